//! Plain numbers: `12`, `1 234,5`, `ok. 15`, `2–4`.

use rust_decimal::Decimal;

use super::literal::Policy;
use super::quantity::{no_roles, read_quantity};
use super::{Reading, ValueError};

const A_NUMBER: &str = "value-a-number";

/// Reads a number: sign, decimal comma or point, thousands separators (blank, NBSP, `'`, and
/// `.` or `,` when the other one is the decimal separator), scientific notation, `800,-`.
/// Accepts prefixes such as `ok.`, `do`, `max.`, `min.`, `≥` and trailing words (`12 projektów`)
/// with a note; a range `2–4` gives its upper bound. `1,234` is refused as ambiguous.
pub(crate) fn parse_number(text: &str) -> Result<Reading<Decimal>, ValueError> {
    let q = read_quantity(text, A_NUMBER, no_roles, Policy::Reject)?;
    let mut reading = Reading::new(q.value, q.notes);
    reading.bound = q.bound;
    reading.low = q.low;
    Ok(reading)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::value::tests::{d, decimal_strategy, err_of, has_notes, ok_of};
    use crate::numbers::polish;
    use proptest::prelude::*;
    use rust_decimal::RoundingStrategy;

    #[test]
    fn numbers_accepted() {
        let cases: &[(&str, &str)] = &[
            ("12", "12"),
            ("0", "0"),
            ("-5", "-5"),
            ("+5", "5"),
            ("\u{2212}5", "-5"),
            ("'123", "123"),
            ("  12  ", "12"),
            ("\u{a0}12\u{a0}", "12"),
            ("1,5", "1.5"),
            ("1.5", "1.5"),
            ("0,125", "0.125"),
            ("0.125", "0.125"),
            ("99,9", "99.9"),
            ("1234,567", "1234.567"),
            ("1234.567", "1234.567"),
            ("1.234,56", "1234.56"),
            ("1,234.56", "1234.56"),
            ("1.234.567", "1234567"),
            ("1,234,567", "1234567"),
            ("1 234 567", "1234567"),
            ("1 234", "1234"),
            ("1\u{a0}234,5", "1234.5"),
            ("1\u{202f}234", "1234"),
            ("1\u{2009}234", "1234"),
            ("1'234'567", "1234567"),
            ("1’234.5", "1234.5"),
            ("1 234,567", "1234.567"),
            ("12 345 678,9", "12345678.9"),
            ("1e3", "1000"),
            ("1,5E-2", "0.015"),
            ("2.5e+2", "250"),
            ("800,-", "800"),
            ("800.-", "800"),
            ("1.200,-", "1200"),
            (".5", "0.5"),
            ("-0,25", "-0.25"),
            ("007", "7"),
        ];
        for &(t, want) in cases {
            let r = ok_of(parse_number(t), t);
            assert_eq!(r.value, d(want), "{t:?}");
            assert!(r.notes.is_empty(), "{t:?}: unexpected notes {:?}", r.notes);
        }
    }

    #[test]
    fn numbers_with_words_and_ranges() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("ok. 15", "15", &["approximate: 'ok.'"]),
            ("około 15", "15", &["approximate"]),
            ("ca 15", "15", &["approximate"]),
            ("~15", "15", &["approximate: '~'"]),
            ("approx. 15", "15", &["approximate"]),
            ("about 15", "15", &["approximate"]),
            ("do 15", "15", &["upper bound: 'do'"]),
            ("max 15", "15", &["upper bound"]),
            ("max. 15", "15", &["upper bound: 'max.'"]),
            ("maks. 15", "15", &["upper bound"]),
            ("maksymalnie 15", "15", &["upper bound"]),
            ("up to 15", "15", &["upper bound: 'up to'"]),
            ("<15", "15", &["upper bound: '<'"]),
            ("<= 15", "15", &["upper bound"]),
            ("≤ 15", "15", &["upper bound"]),
            ("poniżej 15", "15", &["upper bound"]),
            ("below 15", "15", &["upper bound"]),
            ("w ciągu 15", "15", &["upper bound: 'w ciągu'"]),
            ("within 15", "15", &["upper bound"]),
            ("min. 15", "15", &["lower bound: 'min.'"]),
            ("minimum 15", "15", &["lower bound"]),
            ("od 15", "15", &["lower bound: 'od'"]),
            ("from 15", "15", &["lower bound"]),
            (">15", "15", &["lower bound"]),
            (">= 15", "15", &["lower bound"]),
            ("≥15", "15", &["lower bound"]),
            ("powyżej 15", "15", &["lower bound"]),
            ("above 15", "15", &["lower bound"]),
            ("12 projektów", "12", &["ignored 'projektów'"]),
            ("8 h", "8", &["ignored 'h'"]),
            ("ok. 10", "10", &["approximate"]),
            ("2k", "2000", &["× 1000"]),
            ("1,2 mln", "1200000", &["× 1000000"]),
            ("2–4", "4", &["upper bound of the range '2–4' taken"]),
            ("2-4", "4", &["upper bound of the range '2-4' taken"]),
            ("2 - 4", "4", &["upper bound of the range"]),
            ("2 do 4", "4", &["upper bound of the range '2 do 4' taken"]),
            ("2 to 4", "4", &["upper bound of the range"]),
            (
                "8–40 h/mies.",
                "40",
                &["upper bound of the range '8–40'", "ignored 'h/mies.'"],
            ),
            ("1 234,50 zł", "1234.50", &["ignored 'zł'"]),
        ];
        for &(t, want, notes) in cases {
            let r = ok_of(parse_number(t), t);
            assert_eq!(r.value, d(want), "{t:?}");
            has_notes(&r.notes, notes, t);
        }
        // "od 2 do 4" is a range, not a lower bound.
        let r = ok_of(parse_number("od 2 do 4"), "od 2 do 4");
        assert_eq!(r.value, d("4"));
        assert!(
            !r.notes
                .iter()
                .any(|n| n.to_string().contains("lower bound")),
            "{:?}",
            r.notes
        );
    }

    #[test]
    fn numbers_rejected() {
        let cases: &[(&str, &[&str])] = &[
            (
                "1,234",
                &[
                    "ambiguous number '1,234'",
                    "1234",
                    "1.234",
                    "1 234",
                    "thousands",
                    "decimal",
                ],
            ),
            ("12.345", &["ambiguous number '12.345'", "12345"]),
            ("123,456", &["ambiguous"]),
            ("-1,234", &["ambiguous"]),
            ("1,234e3", &["ambiguous"]),
            ("1 albo 2", &["several numbers", "'1 albo 2'"]),
            ("24/7", &["several numbers"]),
            ("abc", &["expected a number", "found 'abc'"]),
            ("Cena 800", &["expected a number"]),
            ("", &["empty"]),
            ("   ", &["empty"]),
            ("-", &["expected a number"]),
            ("ok.", &["expected a number"]),
            (
                "1,23,456",
                &["malformed number '1,23,456'", "groups of three"],
            ),
            ("1.234,567.8", &["malformed"]),
            ("1 234'567", &["malformed"]),
            ("1e999", &["out of range"]),
            ("99999999999999999999999999999999999999", &["out of range"]),
        ];
        for &(t, want) in cases {
            let m = err_of(parse_number(t), t);
            for w in want {
                assert!(m.contains(w), "{t:?}: {m:?} lacks {w:?}");
            }
        }
    }

    /// `^[1-9]\d{0,2}[.,]\d{3}$` after an optional minus: the form refused as ambiguous.
    fn looks_ambiguous(s: &str) -> bool {
        let s = s.strip_prefix('-').unwrap_or(s);
        let Some(k) = s.find(['.', ',']) else {
            return false;
        };
        let (int, frac) = (&s[..k], &s[k + 1..]);
        (1..=3).contains(&int.len())
            && !int.starts_with('0')
            && int.chars().all(|c| c.is_ascii_digit())
            && frac.len() == 3
            && frac.chars().all(|c| c.is_ascii_digit())
    }

    fn format_en(value: Decimal, decimals: u32) -> String {
        polish(value, decimals)
            .replace(',', ".")
            .replace('\u{a0}', ",")
    }

    proptest! {
        #[test]
        fn polish_format_round_trips(v in decimal_strategy(), k in 0u32..=4) {
            let s = polish(v, k);
            let want = v.round_dp_with_strategy(k, RoundingStrategy::MidpointAwayFromZero);
            match parse_number(&s) {
                Ok(r) => {
                    prop_assert!(!looks_ambiguous(&s), "{s:?} should be ambiguous");
                    prop_assert_eq!(r.value, want, "{:?}", s);
                }
                Err(e) => {
                    prop_assert!(k == 3 && looks_ambiguous(&s), "{s:?}: {e}");
                    prop_assert!(e.message.to_string().contains("ambiguous"), "{s:?}: {e}");
                }
            }
        }

        #[test]
        fn english_format_round_trips(v in decimal_strategy(), k in 0u32..=4) {
            let s = format_en(v, k);
            let want = v.round_dp_with_strategy(k, RoundingStrategy::MidpointAwayFromZero);
            match parse_number(&s) {
                Ok(r) => {
                    prop_assert!(!looks_ambiguous(&s), "{s:?} should be ambiguous");
                    prop_assert_eq!(r.value, want, "{:?}", s);
                }
                Err(e) => {
                    prop_assert!(looks_ambiguous(&s), "{s:?}: {e}");
                    prop_assert!(e.message.to_string().contains("ambiguous"), "{s:?}: {e}");
                }
            }
        }
    }
}
