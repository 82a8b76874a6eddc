//! Missing markers: the cells that say "no value" (`brak`, `b/d`, `n/a`, a dash, `?`…).

use crate::text::chars::{ShortStr, clean, fold, fold_each, is_blank, is_combining, is_letter};

const MISSING: &[&str] = &[
    "brak",
    "zadne",
    "zaden",
    "zadnych",
    "niema",
    "brakdanych",
    "brakinformacji",
    "b/d",
    "b.d",
    "bd",
    "n/d",
    "n.d",
    "nd",
    "n/a",
    "n.a",
    "na",
    "none",
    "niedotyczy",
    "notapplicable",
];

/// Markers that say there is none of the thing asked about, rather than that the answer is
/// unknown: `brak` hours is 0 hours, `brak` WAF is no WAF.
const NONE: &[&str] = &["brak", "none", "zadne", "zaden", "zadnych", "niema"];

/// Whether a missing-value cell says "there is none" (`brak`, `none`, `żadne`, `nie ma`), as
/// opposed to "unknown" or "not applicable" (`b/d`, `n/a`, `nie dotyczy`, a dash).
pub(crate) fn says_none(text: &str) -> bool {
    let t = clean(text);
    // The longest marker is "(żadnych)": a longer cell, or one with a digit, is something else.
    if t.is_empty() || t.len() > 16 || t.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut folded = ShortStr::<64>::new();
    fold_each(t, |c| {
        if !is_blank(c) && !matches!(c, '.' | '!' | '(' | ')' | '"' | '\'') {
            folded.push(c);
        }
    });
    folded.get().is_some_and(|f| NONE.contains(&f))
}

/// Whether a cell says "no value": empty or blank, a dash (`-`, `--`, `–`, `—`), `?`, or one of
/// `brak`, `brak danych`, `b/d`, `n/d`, `nd`, `n/a`, `na`, `none`, `nie dotyczy`
/// (case- and diacritics-insensitive, surrounding punctuation such as a trailing '.' ignored).
pub(crate) fn is_missing(text: &str) -> bool {
    let t = clean(text);
    if t.is_empty() {
        return true;
    }
    // Every marker is short and has no digit: no need to fold a long text or a number.
    if t.len() > 64 || t.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    // Each letter stays a letter when folded: more than the longest marker's 14 is prose.
    if t.chars()
        .filter(|&c| is_letter(c) && !is_combining(c))
        .nth(14)
        .is_some()
    {
        return false;
    }
    let mut short = ShortStr::<256>::new();
    fold_each(t, |c| {
        if !is_blank(c) {
            short.push(c);
        }
    });
    let long: String;
    let compact = match short.get() {
        Some(compact) => compact,
        None => {
            long = fold(t).chars().filter(|&c| !is_blank(c)).collect();
            &long
        }
    };
    let core = compact.trim_matches(|c: char| {
        matches!(
            c,
            '.' | ','
                | ';'
                | ':'
                | '!'
                | '('
                | ')'
                | '['
                | ']'
                | '"'
                | '\''
                | '*'
                | '„'
                | '”'
                | '“'
        )
    });
    core.is_empty()
        || core
            .chars()
            .all(|c| matches!(c, '-' | '–' | '—' | '‒' | '―' | '\u{2212}'))
        || core.chars().all(|c| c == '?')
        || MISSING.contains(&core)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn none_markers() {
        for t in ["brak", "Brak.", "BRAK", "(brak)", "none", "żadne", "nie ma"] {
            assert!(says_none(t), "{t:?} says none");
        }
        for t in [
            "brak danych",
            "b/d",
            "n/a",
            "nie dotyczy",
            "-",
            "",
            "0",
            "nie",
        ] {
            assert!(!says_none(t), "{t:?} does not say none");
        }
    }

    #[test]
    fn missing_markers() {
        let yes = [
            "",
            "   ",
            "\u{a0}",
            "\t\n",
            "-",
            "--",
            "---",
            "—",
            "–",
            "brak",
            "Brak.",
            "BRAK",
            "brak danych",
            "Brak danych.",
            "b/d",
            "B/D",
            "b / d",
            "n/d",
            "N/D",
            "nd",
            "ND",
            "n/a",
            "N/A",
            "N/A.",
            "na",
            "NA",
            "none",
            "None",
            "?",
            "??",
            "(brak)",
            "'-",
            "nie dotyczy",
            ".",
        ];
        for t in yes {
            assert!(is_missing(t), "{t:?} should be missing");
        }
        let no = [
            "0",
            "tak",
            "nie",
            "x",
            "15 min",
            "1",
            "brakuje kopii",
            "nada",
            "n",
            "-5",
            "?!x",
            "codziennie",
        ];
        for t in no {
            assert!(!is_missing(t), "{t:?} should not be missing");
        }
    }
}
