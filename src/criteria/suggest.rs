//! Did-you-mean: the closest known name to a mistyped one.

/// The closest candidate to `word`, if it is close enough to be a likely typo: few edits
/// apart, or (for short words) sharing most letters in order. Long phrases that merely start
/// alike ("Czas przywrócenia P1" and "Czas reakcji P1") are not suggested.
pub(crate) fn suggest<'a>(
    word: &str,
    candidates: impl Iterator<Item = &'a str>,
) -> Option<&'a str> {
    let w = word.to_lowercase();
    candidates
        .map(|c| {
            let c_low = c.to_lowercase();
            let edits = strsim::normalized_levenshtein(&w, &c_low);
            let short = w.chars().count().max(c_low.chars().count()) <= 12;
            let similar = edits >= 0.75 || (short && strsim::jaro_winkler(&w, &c_low) >= 0.88);
            (similar, edits, c)
        })
        .filter(|(similar, _, _)| *similar)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(_, _, c)| c)
}
