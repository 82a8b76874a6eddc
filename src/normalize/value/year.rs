//! Years from 1900 to 2100, found among dates, words and ranges.

use super::{Reading, ValueError, expected, prepare, quoted};
use crate::i18n::Msg;
use crate::text::chars::{fold, is_blank};

const A_YEAR: &str = "value-a-year";

const YEAR_RANGE_SEPS: &[&str] = &["-", "–", "—", "‒", "\u{2212}", "/", "do", "to", ".."];

/// Reads a year from 1900 to 2100: `2021`, `2021 r.`, `rok 2021`, `03.2021`, `2021-05`,
/// `maj 2021`, `2021.0`. A range (`2019–2023`) or several years give the latest, with a note.
pub(crate) fn parse_year(text: &str) -> Result<Reading<i32>, ValueError> {
    let t = prepare(text, A_YEAR)?;
    let bytes = t.as_bytes();
    let mut years: Vec<(usize, usize, i32)> = Vec::new();
    let mut out_of_range = false;
    let mut k = 0;
    while k < bytes.len() {
        if !bytes[k].is_ascii_digit() {
            k += 1;
            continue;
        }
        let s = k;
        while k < bytes.len() && bytes[k].is_ascii_digit() {
            k += 1;
        }
        if k - s == 4 {
            let y = bytes[s..k]
                .iter()
                .fold(0i32, |acc, d| acc * 10 + i32::from(d - b'0'));
            if (1900..=2100).contains(&y) {
                years.push((s, k, y));
            } else {
                out_of_range = true;
            }
        }
    }
    let Some(latest) = years.iter().map(|&(_, _, y)| y).max() else {
        if out_of_range {
            return Err(ValueError::new(
                Msg::new("value-year-out-of-range").with("found", quoted(t)),
            ));
        }
        return Err(expected(A_YEAR, t));
    };
    let mut notes: Vec<Msg> = Vec::new();
    if years.iter().any(|&(_, _, y)| y != latest) {
        let is_range = years.len() == 2 && {
            let between = fold(t[years[0].1..years[1].0].trim_matches(is_blank));
            YEAR_RANGE_SEPS.contains(&between.as_str())
        };
        if is_range {
            notes.push(
                Msg::new("note-year-range").with("range", quoted(&t[years[0].0..years[1].1])),
            );
        } else {
            let all: Vec<String> = years.iter().map(|&(_, _, y)| y.to_string()).collect();
            notes.push(
                Msg::new("note-several-years")
                    .with("years", all.join(", "))
                    .with("latest", latest.to_string()),
            );
        }
    }
    Ok(Reading::new(latest, notes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::value::tests::{err_of, has_notes, ok_of};

    #[test]
    fn years() {
        let cases: &[(&str, i32, &[&str])] = &[
            ("2021", 2021, &[]),
            ("2021 r.", 2021, &[]),
            ("rok 2021", 2021, &[]),
            ("03.2021", 2021, &[]),
            ("2021-05", 2021, &[]),
            ("12.05.2021", 2021, &[]),
            ("maj 2021", 2021, &[]),
            ("2021.0", 2021, &[]),
            ("'2021", 2021, &[]),
            ("1900", 1900, &[]),
            ("2100", 2100, &[]),
            ("2021 (2021)", 2021, &[]),
            (
                "2019–2023",
                2023,
                &["later year of the range '2019–2023' taken"],
            ),
            ("2023-2019", 2023, &["later year of the range"]),
            ("od 2019 do 2023", 2023, &["later year of the range"]),
            ("2019, 2021", 2021, &["several years (2019, 2021)", "2021"]),
            ("sklep 2018, portal 2022, B2B 2020", 2022, &["latest, 2022"]),
        ];
        for &(t, want, notes) in cases {
            let r = ok_of(parse_year(t), t);
            assert_eq!(r.value, want, "{t:?}");
            has_notes(&r.notes, notes, t);
            if notes.is_empty() {
                assert!(r.notes.is_empty(), "{t:?}: {:?}", r.notes);
            }
        }
        let bad: &[(&str, &str)] = &[
            ("1850", "between 1900 and 2100"),
            ("2101", "between 1900 and 2100"),
            ("dawno", "expected a year such as '2021', found 'dawno'"),
            ("21", "expected a year"),
            ("20210", "expected a year"),
            ("", "empty"),
        ];
        for &(t, want) in bad {
            let m = err_of(parse_year(t), t);
            assert!(m.contains(want), "{t:?}: {m}");
        }
    }
}
