//! Percentages: `99,9 %`, `99.9 percent`, and Excel's fractions such as `0.999`.

use crate::i18n::Msg;
use rust_decimal::Decimal;

use super::lexer::Token;
use super::lexicon::Phrases;
use super::literal::Policy;
use super::quantity::{Role, read_quantity};
use super::{Reading, ValueError, expected, quoted};
use crate::text::chars::clean;

const A_PERCENT: &str = "value-a-percent";

pub(super) static PERCENT_WORDS: Phrases<()> = Phrases::new(&[
    (&["%"], ()),
    (&["％"], ()),
    (&["proc"], ()),
    (&["procent"], ()),
    (&["procenta"], ()),
    (&["procenty"], ()),
    (&["procentow"], ()),
    (&["percent"], ()),
    (&["per", "cent"], ()),
    (&["pct"], ()),
]);

fn percent_roles(toks: &[Token], i: usize) -> Option<(usize, Role)> {
    PERCENT_WORDS
        .longest(toks, i)
        .map(|(l, ())| (l, Role::Percent))
}

/// Reads a percentage, in percent: `99,9 %`, `99.9%`, `99,9 proc.`, `99.9 percent`. A bare
/// number from 0 to 1 is a fraction (Excel stores 99.9 % as 0.999) and is multiplied by 100.
/// `99,999 %` reads as 99.999. The result must lie in 0..=100.
pub(crate) fn parse_percent(text: &str) -> Result<Reading<Decimal>, ValueError> {
    let q = read_quantity(text, A_PERCENT, percent_roles, Policy::Decimal)?;
    let mut notes = q.notes;
    let mut value = q.value;
    let mut fraction = false;
    let has_sign = q.found.iter().any(|(r, _)| *r == Role::Percent);
    if !has_sign && value > Decimal::ZERO && value <= Decimal::ONE {
        let percent = value
            .checked_mul(Decimal::ONE_HUNDRED)
            .map(|v| v.normalize())
            .ok_or_else(|| expected(A_PERCENT, text))?;
        notes.push(
            Msg::new("note-fraction")
                .dec("value", value)
                .dec("percent", percent),
        );
        value = percent;
        fraction = true;
    }
    if value < Decimal::ZERO || value > Decimal::ONE_HUNDRED {
        return Err(ValueError::new(
            Msg::new("value-percent-out-of-range")
                .msg("what", Msg::new(A_PERCENT))
                .with("found", quoted(clean(text))),
        ));
    }
    let mut reading = Reading::new(value, notes);
    reading.bound = q.bound;
    reading.low = q.low.map(|l| {
        if fraction {
            (l * Decimal::ONE_HUNDRED).normalize()
        } else {
            l
        }
    });
    Ok(reading)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::value::tests::{any_text, d, err_of, has_notes, ok_of};
    use proptest::prelude::*;

    #[test]
    fn percents() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("99,9 %", "99.9", &[]),
            ("99.9%", "99.9", &[]),
            ("99,9 proc.", "99.9", &[]),
            ("99.9 percent", "99.9", &[]),
            ("99,95%", "99.95", &[]),
            ("99,95 %", "99.95", &[]),
            ("100%", "100", &[]),
            ("0 %", "0", &[]),
            ("0,5 %", "0.5", &[]),
            ("0.999", "99.9", &["read as a fraction"]),
            ("0,998", "99.8", &["read as a fraction"]),
            ("1", "100", &["read as a fraction"]),
            ("0", "0", &[]),
            ("50", "50", &[]),
            ("99,999 %", "99.999", &["decimal separator"]),
            ("99,999", "99.999", &["decimal separator"]),
            ("min. 99,9%", "99.9", &["lower bound"]),
            ("≥ 99.5 %", "99.5", &["lower bound"]),
            ("99,5–99,9 %", "99.9", &["upper bound of the range"]),
            ("99,5 % – 99,9 %", "99.9", &["upper bound of the range"]),
            ("ok. 99,9 % SLA", "99.9", &["approximate", "ignored 'SLA'"]),
        ];
        for &(t, want, notes) in cases {
            let r = ok_of(parse_percent(t), t);
            assert_eq!(r.value, d(want), "{t:?}");
            has_notes(&r.notes, notes, t);
            if notes.is_empty() {
                assert!(r.notes.is_empty(), "{t:?}: {:?}", r.notes);
            }
        }
        let bad: &[(&str, &[&str])] = &[
            ("101 %", &["between 0 and 100", "'101 %'"]),
            ("150", &["between 0 and 100"]),
            ("-1 %", &["between 0 and 100"]),
            ("wysoka", &["expected a percentage", "'wysoka'"]),
            ("99,9 % / 99,5 %", &["several numbers"]),
        ];
        for &(t, want) in bad {
            let m = err_of(parse_percent(t), t);
            for w in want {
                assert!(m.contains(w), "{t:?}: {m:?} lacks {w:?}");
            }
        }
    }

    proptest! {
        #[test]
        fn percents_stay_in_range(t in any_text()) {
            if let Ok(r) = parse_percent(&t) {
                prop_assert!(r.value >= Decimal::ZERO && r.value <= Decimal::ONE_HUNDRED);
            }
        }
    }
}
