//! What vendors type into cells, Polish and English: a dictionary of phrases and a small
//! grammar that strings numbers, units, qualifiers and phrases together.

use super::rng::{Rng, huge};

/// Whole answers as offers write them.
pub const PHRASES: &[&str] = &[
    // Money
    "1 200 zł netto",
    "920 zł",
    "1 500,00 zł",
    "1.234,56 zł",
    "800,-",
    "1,2 tys. zł",
    "1476 zł brutto",
    "14 400 zł rocznie",
    "300 EUR",
    "€1,200",
    "$99/mo",
    "150 zł/h",
    "200 PLN + VAT",
    "800 PLN netto / mies.",
    "od 500 zł",
    "do negocjacji",
    "w cenie",
    "gratis",
    "0 zł",
    "-50 zł",
    "79228162514264337593543950335 zł",
    "99999999999999999999999999999999 zł",
    // Durations and windows
    "pół godziny",
    "kwadrans",
    "półtorej godziny",
    "trzy godziny",
    "w ciągu godziny",
    "doba",
    "half an hour",
    "15 min",
    "1h 30min",
    "2–4 h",
    "8 godz.",
    "1 dzień",
    "2 dni robocze",
    "48 h",
    "0:15",
    "00:15:00",
    "natychmiast",
    "niezwłocznie",
    "ASAP",
    "następnego dnia roboczego",
    "1 h (24/7)",
    "30 min (pn–pt 8–16)",
    "pn-pt 08:00-16:00",
    "Mon–Fri 08:00–16:00",
    "24/7",
    "24/7/365",
    "w dni robocze",
    "99999999999999999999 d",
    // Percentages
    "99,9 %",
    "99.95%",
    "0.999",
    "99,5–99,9 %",
    "100%",
    "0 %",
    "ponad 99%",
    "150 %",
    // Frequencies
    "co 6 h",
    "codziennie",
    "co tydzień",
    "raz w miesiącu",
    "co kwartał",
    "co godzinę",
    "2x dziennie",
    "na bieżąco",
    "hourly",
    "every day",
    "w trybie ciągłym",
    // Yes, no, blank-like
    "tak",
    "nie",
    "TAK",
    "yes",
    "no",
    "true",
    "false",
    "x",
    "✓",
    "✗",
    "tak (za dopłatą)",
    "tak, za dopłatą",
    "opcjonalnie",
    "na życzenie",
    "brak",
    "n/d",
    "N/A",
    "-",
    "—",
    "?",
    "nigdy",
    "tylko P1",
    "w ciągu 24 h",
    // Years and dates
    "2025",
    "2021 r.",
    "03.2021",
    "2024-03-01",
    "01.03.2024",
    "marzec 2024",
    "'19",
    "1899",
    "2101",
    "45000",
    // Numbers
    "10",
    "1,5",
    "1.5",
    "1 234,5",
    "ok. 10",
    "2–4",
    "10-20",
    "dziesięć",
    "kilka",
    "kilkanaście",
    "1e9",
    "1e400",
    "NaN",
    "inf",
    "-0",
    "½",
    "∞",
    "0x1F",
    "١٢٣",
    // Text
    "kompleksowa opieka",
    "pełna obsługa",
    "aktualizacje; kopie; monitoring; raport",
    "aktualizacje WordPressa i wtyczek; kopie codzienne (30 dni wstecz)",
    "wszystko",
    "=SUM(A1:A9)",
    "+48 600 000 000",
    "@cmd",
    "<script>alert(1)</script>",
    "\u{202E}lanigiro",
    "e\u{301}\u{301}\u{301}",
    "👩‍💻🔥",
    "\t \u{a0}\u{2007}",
    "",
];

const UNITS: &[&str] = &[
    "zł", "PLN", "pln", "EUR", "€", "USD", "$", "h", "godz.", "godzin", "min", "minut", "s", "d",
    "dni", "dzień", "tyg.", "mies.", "%", "‰", "GB", "x", "r.", "rok",
];

const QUALIFIERS: &[&str] = &[
    "netto",
    "brutto",
    "z VAT",
    "+ VAT",
    "/h",
    "/mies.",
    "/ miesiąc",
    "rocznie",
    "miesięcznie",
    "kwartalnie",
    "za godzinę",
    "(za dopłatą)",
    "(pn–pt)",
    "(24/7)",
    "w dni robocze",
    "do",
    "od",
    "ok.",
    "max",
    "min.",
    "lub",
    "albo",
    "/",
    "-",
    "–",
    "(",
    ")",
];

const SEPARATORS: &[&str] = &[" ", "", "\u{a0}", "\u{202f}", ".", ",", "'", "_", "  "];

/// A number as people write them: signs, thousands separators, decimal commas, exponents.
pub fn number(rng: &mut Rng) -> String {
    let mut out = String::new();
    if rng.one_in(8) {
        out.push_str(rng.word(&["-", "+", "−", "~", "ok. "]));
    }
    let groups = rng.between(1, 4);
    let sep = *rng.pick(SEPARATORS);
    for g in 0..groups {
        if g > 0 {
            out.push_str(sep);
        }
        let digits = if g == 0 { rng.between(1, 3) } else { 3 };
        for _ in 0..digits {
            out.push(char::from(b'0' + rng.below(10) as u8));
        }
    }
    if rng.one_in(3) {
        out.push_str(rng.word(&[",", ".", ",-", ".00", ",00"]));
        for _ in 0..rng.below(4) {
            out.push(char::from(b'0' + rng.below(10) as u8));
        }
    }
    if rng.one_in(20) {
        out.push_str(rng.word(&["e9", "E-3", "e400", "e"]));
    }
    if rng.one_in(30) {
        out = "9".repeat(rng.between(20, huge(400).max(20)));
    }
    out
}

/// A cell value from the grammar: phrases, numbers, units and qualifiers strung together.
pub fn value(rng: &mut Rng) -> String {
    let parts = rng.between(1, 4);
    let mut out = String::new();
    for i in 0..parts {
        if i > 0 {
            out.push_str(rng.word(&[" ", " / ", " lub ", ", ", "; ", " (", ") ", "–", "\n"]));
        }
        match rng.below(5) {
            0 | 1 => out.push_str(rng.word(PHRASES)),
            2 => {
                out.push_str(&number(rng));
                if !rng.one_in(4) {
                    out.push_str(rng.word(&[" ", ""]));
                    out.push_str(rng.word(UNITS));
                }
            }
            3 => {
                out.push_str(&number(rng));
                out.push(' ');
                out.push_str(rng.word(UNITS));
                out.push(' ');
                out.push_str(rng.word(QUALIFIERS));
            }
            _ => {
                out.push_str(rng.word(QUALIFIERS));
                out.push(' ');
                out.push_str(rng.word(PHRASES));
            }
        }
    }
    if rng.one_in(10) {
        out = out.to_uppercase();
    }
    if rng.one_in(15) {
        out = out.repeat(rng.between(2, huge(500).max(2)));
    }
    out
}
