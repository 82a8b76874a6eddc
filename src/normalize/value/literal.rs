//! Number literals: where one ends, which of its separators group thousands and which one
//! marks decimals, its exact value, and how a reader settles or refuses `1,234`.

use crate::i18n::Msg;
use std::str::FromStr;

use rust_decimal::Decimal;

use super::{ValueError, quoted};
use crate::numbers::polish;
use crate::text::chars::char_at;

/// What a run of digits and separators means.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Lit {
    Value(Decimal),
    /// `1,234`: a thousands separator or a decimal one; the caller decides or refuses.
    Ambiguous {
        thousands: Decimal,
        decimal: Decimal,
        sep: char,
    },
    Malformed,
    OutOfRange,
}

impl Lit {
    /// The literal as a whole number that fits a `u32`, if it is one.
    pub(super) fn whole(&self) -> Option<u32> {
        match self {
            Lit::Value(d) if d.fract().is_zero() && *d >= Decimal::ZERO => {
                u32::try_from(d.mantissa() / 10i128.pow(d.scale())).ok()
            }
            _ => None,
        }
    }
}

pub(super) fn is_sign(c: char) -> bool {
    matches!(c, '-' | '+' | '\u{2212}')
}

fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}')
}

/// The digit groups and separators of a number literal, as much as `analyse` needs of them.
#[derive(Default)]
struct Shape {
    /// Byte offsets: where the first group starts, where the last one starts and ends.
    start: usize,
    last_start: usize,
    end: usize,
    groups: usize,
    first_len: usize,
    last_len: usize,
    /// Some group between the first and the last is not three digits long.
    odd_inner: bool,
    first_sep: Option<char>,
    last_sep: Option<char>,
    /// The separators before the last one are not all the same.
    mixed: bool,
    points: usize,
    commas: usize,
}

impl Shape {
    fn at(start: usize) -> Shape {
        Shape {
            start,
            ..Shape::default()
        }
    }

    /// Adds the group of digits at bytes `start..end`.
    fn group(&mut self, start: usize, end: usize) {
        if self.groups >= 2 && self.last_len != 3 {
            self.odd_inner = true;
        }
        if self.groups == 0 {
            self.first_len = end - start;
        }
        self.groups += 1;
        self.last_start = start;
        self.last_len = end - start;
        self.end = end;
    }

    fn sep(&mut self, c: char) {
        if let Some(prev) = self.last_sep
            && Some(prev) != self.first_sep
        {
            self.mixed = true;
        }
        self.first_sep.get_or_insert(c);
        self.last_sep = Some(c);
        match c {
            '.' => self.points += 1,
            ',' => self.commas += 1,
            _ => {}
        }
    }
}

/// Reads one number literal starting at byte `start` (a digit, a sign or a leading point);
/// returns what it means and the byte offset just after it.
pub(super) fn scan_number(text: &str, start: usize) -> (Lit, usize) {
    let bytes = text.as_bytes();
    let ch = |k: usize| char_at(text, k);
    let digit_at = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_digit);
    let digits_end = |k: usize| k + bytes[k..].iter().take_while(|b| b.is_ascii_digit()).count();
    let mut i = start;
    let mut neg = false;
    if let Some(c) = ch(i)
        && is_sign(c)
    {
        neg = c != '+';
        i += c.len_utf8();
    }
    let mut shape = Shape::at(i);
    if let Some(&b @ (b'.' | b',')) = bytes.get(i) {
        shape.group(i, i);
        shape.sep(char::from(b));
        i += 1;
    }
    let end = digits_end(i);
    shape.group(i, end);
    i = end;
    loop {
        match ch(i) {
            Some(c @ ('.' | ',')) if digit_at(i + 1) => {
                shape.sep(c);
                let end = digits_end(i + 1);
                shape.group(i + 1, end);
                i = end;
            }
            Some(c) if is_group_space(c) || matches!(c, '\'' | '’') => {
                // A blank is a thousands separator only between groups of three digits
                // ("1 234 567"); otherwise it separates two numbers ("1 h 30 min", "2 4").
                let fits = if shape.groups == 1 {
                    (1..=3).contains(&shape.last_len)
                } else {
                    shape.last_len == 3
                };
                let next = i + c.len_utf8();
                let end = digits_end(next);
                if fits && end - next == 3 && shape.points + shape.commas == 0 {
                    shape.sep(if is_group_space(c) { ' ' } else { '\'' });
                    shape.group(next, end);
                    i = end;
                } else {
                    break;
                }
            }
            _ => break,
        }
    }
    // "800,-": the Polish price style for "no decimals".
    let mut dash = false;
    if let Some(&b @ (b'.' | b',')) = bytes.get(i)
        && let Some(d @ ('-' | '–' | '—')) = ch(i + 1)
        && !digit_at(i + 1 + d.len_utf8())
    {
        i += 1 + d.len_utf8();
        shape.sep(char::from(b));
        shape.group(i, i);
        dash = true;
    }
    let mut exp = None;
    if !dash && matches!(bytes.get(i), Some(b'e' | b'E')) {
        let mut k = i + 1;
        let mut eneg = false;
        if let Some(c) = ch(k)
            && is_sign(c)
        {
            eneg = c != '+';
            k += c.len_utf8();
        }
        if digit_at(k) {
            let end = digits_end(k);
            let e = (end - k <= 4).then(|| {
                let e = bytes[k..end]
                    .iter()
                    .fold(0i32, |e, d| e * 10 + i32::from(d - b'0'));
                if eneg { -e } else { e }
            });
            exp = Some(e);
            i = end;
        }
    }
    (analyse(text, &shape, dash, neg, exp), i)
}

/// Decides which separators group thousands and which one marks decimals.
fn analyse(text: &str, shape: &Shape, dash: bool, neg: bool, exp: Option<Option<i32>>) -> Lit {
    let mut ambiguous = None;
    // Integer digits (separators among them are skipped) and fraction digits.
    let (int, frac) = match shape.last_sep {
        None => (&text[shape.start..shape.end], ""),
        Some(last) => {
            let decimal = match last {
                '.' => shape.points == 1,
                ',' => shape.commas == 1,
                _ => false,
            };
            // All separators but the decimal one group thousands, and must be the same.
            if shape.mixed || (!decimal && shape.first_sep != Some(last)) {
                return Lit::Malformed;
            }
            if decimal
                && shape.groups == 2
                && !dash
                && shape.last_len == 3
                && (1..=3).contains(&shape.first_len)
                && text.as_bytes()[shape.start] != b'0'
            {
                ambiguous = Some(last);
            }
            let int_groups = if decimal {
                shape.groups - 1
            } else {
                shape.groups
            };
            if int_groups > 1
                && (!(1..=3).contains(&shape.first_len)
                    || shape.odd_inner
                    || (!decimal && shape.last_len != 3))
            {
                return Lit::Malformed;
            }
            if decimal {
                (
                    &text[shape.start..shape.last_start],
                    &text[shape.last_start..shape.end],
                )
            } else {
                (&text[shape.start..shape.end], "")
            }
        }
    };
    let finish = |int: &[&str], frac: &str| -> Option<Decimal> {
        let v = to_decimal(int, frac)?;
        let v = match exp {
            None => v,
            Some(e) => scale10(v, e?)?,
        };
        Some(if neg { -v } else { v })
    };
    match ambiguous {
        None => finish(&[int], frac).map_or(Lit::OutOfRange, Lit::Value),
        Some(sep) => match (finish(&[int, frac], ""), finish(&[int], frac)) {
            (Some(thousands), Some(decimal)) => Lit::Ambiguous {
                thousands,
                decimal,
                sep,
            },
            _ => Lit::OutOfRange,
        },
    }
}

/// The number whose integer digits are those of `int` (anything else in it skipped) and whose
/// fraction digits are `frac`.
fn to_decimal(int: &[&str], frac: &str) -> Option<Decimal> {
    // Significant integer digits: their count, and their value while it is exact.
    let mut mantissa: u128 = 0;
    let mut int_len = 0;
    for &d in int.iter().flat_map(|part| part.as_bytes()) {
        if d.is_ascii_digit() && (int_len > 0 || d != b'0') {
            int_len += 1;
            if int_len <= 28 {
                mantissa = mantissa * 10 + u128::from(d - b'0');
            }
        }
    }
    if int_len > 29 {
        return None;
    }
    // Digits beyond Decimal's precision cannot matter; the slice is ASCII digits.
    let frac = &frac[..frac.len().min(28)];
    if int_len + frac.len() <= 28 {
        // Fewer than 29 digits always fit Decimal's 96-bit mantissa: exact, no rounding.
        for &d in frac.as_bytes() {
            mantissa = mantissa * 10 + u128::from(d - b'0');
        }
        return Decimal::try_from_i128_with_scale(mantissa as i128, frac.len() as u32).ok();
    }
    let int: String = int
        .iter()
        .flat_map(|part| part.chars())
        .filter(char::is_ascii_digit)
        .skip_while(|&d| d == '0')
        .collect();
    let int = if int.is_empty() { "0" } else { &int };
    if frac.is_empty() {
        Decimal::from_str(int).ok()
    } else {
        Decimal::from_str(&format!("{int}.{frac}")).ok()
    }
}

fn scale10(v: Decimal, e: i32) -> Option<Decimal> {
    if v.is_zero() {
        return Some(v);
    }
    if e.unsigned_abs() > 60 {
        return None;
    }
    let mut v = v;
    for _ in 0..e.unsigned_abs() {
        v = if e > 0 {
            v.checked_mul(Decimal::TEN)?
        } else {
            v.checked_div(Decimal::TEN)?
        };
    }
    Some(v)
}

/// How a reader treats `1,234`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Policy {
    Reject,
    Decimal,
    Thousands,
}

pub(super) fn resolve(
    lit: &Lit,
    lit_text: &str,
    policy: Policy,
    notes: &mut Vec<Msg>,
) -> Result<Decimal, ValueError> {
    match *lit {
        Lit::Value(v) => Ok(v),
        Lit::Ambiguous {
            thousands,
            decimal,
            sep,
        } => match policy {
            Policy::Reject => Err(ambiguous(lit_text, thousands, decimal, sep)),
            Policy::Decimal => {
                notes.push(
                    Msg::new("note-decimal-separator")
                        .with("words", quoted(lit_text))
                        .dec("value", decimal)
                        .with("sep", sep.to_string()),
                );
                Ok(decimal)
            }
            Policy::Thousands => {
                notes.push(
                    Msg::new("note-thousands-separator")
                        .with("words", quoted(lit_text))
                        .dec("value", thousands)
                        .with("sep", sep.to_string()),
                );
                Ok(thousands)
            }
        },
        Lit::Malformed => Err(ValueError::new(
            Msg::new("value-malformed-number").with("found", quoted(lit_text)),
        )),
        Lit::OutOfRange => Err(ValueError::new(
            Msg::new("value-number-out-of-range").with("found", quoted(lit_text)),
        )),
    }
}

fn ambiguous(lit_text: &str, thousands: Decimal, decimal: Decimal, sep: char) -> ValueError {
    let spaced = polish(thousands, 0).replace('\u{00A0}', " ");
    let mut fraction = decimal.to_string();
    if sep == ',' {
        fraction = fraction.replace('.', ",");
    }
    let exponent = lit_text.contains(['e', 'E']);
    let id = if fraction.contains(sep) && !exponent {
        "value-ambiguous-number-fraction"
    } else {
        "value-ambiguous-number"
    };
    // The numbers are written as the vendor should type them, not in the reader's style.
    ValueError::new(
        Msg::new(id)
            .with("found", quoted(lit_text))
            .with("thousands", thousands.to_string())
            .with("decimal", decimal.to_string())
            .with("sep", sep.to_string())
            .with("spaced", spaced)
            .with("fraction", format!("{fraction}0")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn decimals_are_exact(int in "[0-9]{0,32}", frac in "[0-9]{0,32}") {
            // The slow, obviously right reading: Decimal's own parser.
            let digits = int.trim_start_matches('0');
            let digits = if digits.is_empty() { "0" } else { digits };
            let frac28 = &frac[..frac.len().min(28)];
            let want = if digits.len() > 29 {
                None
            } else if frac28.is_empty() {
                Decimal::from_str(digits).ok()
            } else {
                Decimal::from_str(&format!("{digits}.{frac28}")).ok()
            };
            let got = to_decimal(&[int.as_str()], &frac);
            let parts = |d: Option<Decimal>| d.map(|d| (d.mantissa(), d.scale()));
            prop_assert_eq!(parts(got), parts(want));
        }
    }
}
