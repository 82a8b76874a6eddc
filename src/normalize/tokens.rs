//! The words of a header, for matching it by meaning: folded, split, units, bracketed numbers
//! and stop-words dropped, abbreviations spelt out, and Polish (and English plural) endings
//! stripped by a small stemmer, so that "Stawka za roboczogodzinę (zł)" reads as
//! `stawk roboczogodzin`.

use crate::text::chars::with_fold;

/// The most words a header may keep and still be read by meaning: a longer text is a sentence
/// (a question, an answer, a note), not a header.
pub(super) const MAX_WORDS: usize = 10;

/// The longest text read by meaning, in bytes: past it a cell is prose.
const MAX_LEN: usize = 100;

/// The shortest stem an ending may leave: "cena" stays "cena", "awarii" becomes "awar".
const MIN_STEM: usize = 4;

/// Words that carry no meaning in a header: prepositions, conjunctions, question words and
/// possessives, the Polish ones ("a" to "ze"), then the English (folded).
const STOP_WORDS: &[&str] = &[
    "a", "albo", "co", "czy", "dla", "do", "i", "ile", "jak", "jaka", "jaki", "jakie", "kto",
    "lub", "na", "nasz", "nasza", "nasze", "naszego", "naszej", "naszych", "naszym", "o", "od",
    "oraz", "po", "przez", "przy", "ramach", "u", "w", "we", "z", "za", "ze", "an", "and", "are",
    "at", "by", "does", "for", "how", "in", "is", "of", "on", "or", "our", "per", "the", "to",
    "up", "what", "who", "with", "your",
];

/// Units and tax qualifiers, in brackets or not: "(netto)", "[PLN]", "(h)", "zł", "%" (a sign,
/// dropped with the punctuation), "dni" (folded).
const UNITS: &[&str] = &[
    "brutto", "d", "day", "days", "dni", "dniowa", "dniowe", "dniowego", "dniowy", "dnia", "dzien",
    "eur", "euro", "gbp", "gross", "h", "lat", "lata", "min", "mins", "minut", "minuty", "net",
    "netto", "pct", "percent", "pln", "proc", "procent", "rok", "roku", "s", "sek", "szt", "usd",
    "vat", "year", "years", "zl",
];

/// Abbreviations spelt out before stemming ("mies." is "miesiąc"), folded.
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("bezp", "bezpieczenstwo"),
    ("czest", "czestotliwosc"),
    ("freq", "frequency"),
    ("godz", "godzina"),
    ("gwar", "gwarantowany"),
    ("maks", "maksymalny"),
    ("max", "maksymalny"),
    ("mc", "miesiac"),
    ("mies", "miesiac"),
    ("msc", "miesiac"),
    ("odp", "odpowiedz"),
    ("prio", "priorytet"),
    ("rbh", "roboczogodzina"),
    ("tyg", "tydzien"),
];

/// Polish endings (folded), longest first: the stemmer strips the first that leaves a stem of
/// at least [`MIN_STEM`] letters.
const ENDINGS: &[&str] = &[
    "owego", "owemu", "owych", "owymi", "iach", "iego", "iemu", "osci", "ach", "ami", "ego", "emu",
    "ich", "iej", "iem", "imi", "osc", "owa", "owe", "owi", "owy", "ych", "ymi", "ej", "em", "ia",
    "ie", "ii", "iu", "om", "ow", "ym", "a", "e", "i", "o", "u", "y",
];

/// One kept word of a header: its stem, and which word of the text it was (counting every
/// run of letters and digits, the dropped ones too), to name it back in the text as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Word<'a> {
    pub stem: &'a str,
    pub at: u8,
}

/// Calls `f` with the header's kept words. `None` when the text is no header by meaning: too
/// long, a question, or more than [`MAX_WORDS`] words. Allocates nothing for a short text.
pub(super) fn with_words<R>(text: &str, f: impl FnOnce(&[Word<'_>]) -> R) -> Option<R> {
    let text = text.trim();
    if text.len() > MAX_LEN || text.ends_with('?') {
        return None;
    }
    with_fold(text, |folded| {
        let mut words = [Word { stem: "", at: 0 }; MAX_WORDS];
        let n = split(folded, &mut words)?;
        Some(f(&words[..n]))
    })
}

/// Splits folded text into kept words; `None` when there are too many.
fn split<'a>(folded: &'a str, out: &mut [Word<'a>; MAX_WORDS]) -> Option<usize> {
    let mut n = 0;
    let mut depth = 0usize;
    let mut run = 0usize;
    let mut start = None;
    let mut keep = |word: &'a str, bracketed: bool, at: usize| -> Option<()> {
        if let Some(stem) = kept(word, bracketed) {
            let slot = out.get_mut(n)?;
            *slot = Word {
                stem,
                at: u8::try_from(at).unwrap_or(u8::MAX),
            };
            n += 1;
        }
        Some(())
    };
    for (k, c) in folded.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(k);
            continue;
        }
        if let Some(s) = start.take() {
            keep(&folded[s..k], depth > 0, run)?;
            run += 1;
        }
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    if let Some(s) = start {
        keep(&folded[s..], depth > 0, run)?;
    }
    Some(n)
}

/// The stem a word is kept as, or `None` when it is dropped: a stop-word, a unit, or a number
/// of two or more digits in brackets ("(48–72 h)" qualifies the header, while "Monitoring
/// 24/7" names it and "(priorytet 1)" says which priority).
fn kept(word: &str, bracketed: bool) -> Option<&str> {
    if bracketed && word.len() > 1 && word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if STOP_WORDS.contains(&word) || UNITS.contains(&word) {
        return None;
    }
    let word = ABBREVIATIONS
        .iter()
        .find(|(short, _)| *short == word)
        .map_or(word, |(_, long)| long);
    Some(stem(word))
}

/// Strips an English plural "s" or one Polish ending, keeping at least [`MIN_STEM`] letters:
/// "miesięczny", "miesięczna" and "miesięcznie" (folded) all give "miesieczn"; "awarii" and
/// "awaria" give "awar"; "hours" gives "hour". Words with digits, or not plain ASCII after
/// folding, are kept whole.
pub(super) fn stem(word: &str) -> &str {
    if !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return word;
    }
    let b = word.as_bytes();
    // "hours", "backups", "drills"; not "zakres", "serwis", "status".
    if b.len() > MIN_STEM
        && b[b.len() - 1] == b's'
        && !matches!(b[b.len() - 2], b's' | b'u' | b'i' | b'e')
    {
        return &word[..word.len() - 1];
    }
    ENDINGS
        .iter()
        .find(|e| word.len() >= e.len() + MIN_STEM && word.ends_with(*e))
        .map_or(word, |e| &word[..word.len() - e.len()])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(text: &str) -> Option<Vec<String>> {
        with_words(text, |w| w.iter().map(|w| w.stem.to_string()).collect())
    }

    fn one(text: &str) -> String {
        stems(text).unwrap().join(" ")
    }

    #[test]
    fn inflections_meet() {
        let groups: &[&[&str]] = &[
            &[
                "miesięczny",
                "miesięczna",
                "miesięcznie",
                "miesięcznych",
                "miesięczne",
            ],
            &["awarii", "awaria", "awarie", "awarię", "awarią"],
            &["usługi", "usługa", "usług", "usługach"],
            &[
                "godzinę",
                "godzina",
                "godziny",
                "godzin",
                "godzinowa",
                "godzinowy",
            ],
            &["roboczogodzinę", "roboczogodzina", "roboczogodziny"],
            &["reakcji", "reakcja", "reakcję"],
            &["przywrócenia", "przywrócenie", "przywróceniu"],
            &["dostępność", "dostępności", "dostępny"],
            &["częstotliwość", "częstotliwości"],
            &["kopia", "kopie", "kopii", "kopiach"],
            &["zapasowa", "zapasowe", "zapasowych"],
            &["wykonawca", "wykonawcy"],
            &["hours", "hour"],
            &["backups", "backup"],
        ];
        for group in groups {
            let first = one(group[0]);
            for w in *group {
                assert_eq!(one(w), first, "{w} and {}", group[0]);
            }
        }
    }

    #[test]
    fn short_words_and_codes_stay_whole() {
        assert_eq!(one("cena"), "cena");
        assert_eq!(one("czas"), "czas");
        assert_eq!(one("P1"), "p1");
        assert_eq!(one("5xx"), "5xx");
        assert_eq!(one("zakres"), "zakres");
        assert_eq!(one("status"), "status");
    }

    #[test]
    fn units_qualifiers_and_stop_words_are_dropped() {
        assert_eq!(one("Ryczałt miesięczny (netto)"), "ryczalt miesieczn");
        assert_eq!(one("Stawka za roboczogodzinę [PLN]"), "stawk roboczogodzin");
        assert_eq!(one("Dostępność [%]"), "dostepn");
        assert_eq!(one("Czas reakcji P1 (min)"), "czas reakcj p1");
        assert_eq!(one("Cena brutto zł"), "cena");
        assert_eq!(one("Audyt startowy (48–72 h)"), "audyt start");
        assert_eq!(one("Monitoring 24/7"), "monitoring 24 7");
        assert_eq!(one("Rate per hour"), "rate hour");
    }

    #[test]
    fn bracketed_words_that_are_not_units_stay() {
        assert_eq!(one("Czas reakcji (krytyczne)"), "czas reakcj krytyczn");
        assert_eq!(one("Dostępność (uptime)"), "dostepn uptim");
    }

    #[test]
    fn abbreviations_are_spelt_out() {
        assert_eq!(one("Abonament mies. [PLN]"), "abonament miesiac");
        assert_eq!(one("Stawka za godz."), "stawk godzin");
        assert_eq!(one("Koszt rbh"), "koszt roboczogodzin");
    }

    #[test]
    fn word_positions_count_dropped_words() {
        let at = with_words("Stawka za roboczogodzinę", |w| {
            w.iter().map(|w| w.at).collect::<Vec<_>>()
        });
        assert_eq!(at, Some(vec![0, 2]));
    }

    #[test]
    fn sentences_and_questions_are_not_headers() {
        assert_eq!(stems("Jaki jest czas reakcji na awarię krytyczną?"), None);
        assert_eq!(
            stems(
                "aktualizacje wtyczek, kopie, monitoring, poprawki, raporty, audyt, hosting, domena, certyfikat, serwer, poczta"
            ),
            None
        );
        assert_eq!(stems(&"słowo ".repeat(30)), None);
        assert_eq!(stems(""), Some(vec![]));
    }
}
