//! Numbers and money written out for people and for files: the one place that decides how a
//! figure looks (rounding, grouping, decimals).

use rust_decimal::{Decimal, RoundingStrategy};

/// Rounds money for display: two decimals, half away from zero.
pub(crate) fn round_money(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// Money as the JSON and CSV contracts write it: exactly two decimals, a point, no grouping
/// (`1450.00`).
pub fn money_string(d: Decimal) -> String {
    let mut r = round_money(d);
    r.rescale(2);
    r.to_string()
}

/// A decimal without trailing zeros (`7.5`, `240`).
pub fn plain(d: Decimal) -> String {
    d.normalize().to_string()
}

/// The shortest text that reads back as the same f64, a whole number without `.0` (`1200`,
/// `0.999`, `7.5`).
pub fn shortest(x: f64) -> String {
    if x.is_finite() && x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

/// A score or points with a fixed number of decimals; `—` when there is none (NaN). Never a
/// negative zero: a hair below 0 shows as `0.0`, not `-0.0`.
pub fn fixed(x: f64, decimals: usize) -> String {
    if !x.is_finite() {
        return "—".to_string();
    }
    let s = format!("{x:.decimals$}");
    if s.starts_with('-') && s[1..].chars().all(|c| c == '0' || c == '.') {
        s[1..].to_string()
    } else {
        s
    }
}

/// A measured number in a sentence: whole when it is whole, else at most two decimals
/// (`1134`, `99.95`, `2.5`).
pub(crate) fn brief(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        let s = format!("{x:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A number the way Polish Excel shows it: a no-break space (U+00A0) between thousands, a
/// decimal comma, exactly `decimals` decimals (at most 28), rounded half away from zero.
pub(crate) fn polish(value: Decimal, decimals: u32) -> String {
    grouped(value, decimals, ['\u{00A0}', ',', '-'])
}

/// `value` with exactly `decimals` decimals (at most 28), rounded half away from zero, the
/// thousands, the decimal point and the minus sign written as `[thousands, point, minus]`;
/// never a negative zero.
pub(crate) fn grouped(
    value: Decimal,
    decimals: u32,
    [thousands, point, minus]: [char; 3],
) -> String {
    let decimals = decimals.min(28);
    let rounded = value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
    let digits = rounded.abs().to_string();
    let (int, frac) = digits.split_once('.').unwrap_or((&digits, ""));
    let mut out = String::with_capacity(int.len() * 2 + decimals as usize + 2);
    if rounded.is_sign_negative() && !rounded.is_zero() {
        out.push(minus);
    }
    out.push_str(&group(int, thousands));
    if decimals > 0 {
        out.push(point);
        out.push_str(frac);
        for _ in frac.len()..decimals as usize {
            out.push('0');
        }
    }
    out
}

/// Digits with `separator` between groups of three, from the right.
fn group(digits: &str, separator: char) -> String {
    let mut out = String::with_capacity(digits.len() * 2);
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn money_for_files() {
        assert_eq!(money_string(d("2210.955")), "2210.96");
        assert_eq!(money_string(d("7")), "7.00");
    }

    #[test]
    fn no_negative_zero() {
        assert_eq!(fixed(-0.0, 1), "0.0");
        assert_eq!(fixed(-0.0001, 2), "0.00");
        assert_eq!(fixed(-0.06, 1), "-0.1");
        assert_eq!(fixed(f64::NAN, 1), "—");
    }

    #[test]
    fn plain_numbers() {
        assert_eq!(plain(d("240.00")), "240");
        assert_eq!(shortest(1200.0), "1200");
        assert_eq!(shortest(0.999), "0.999");
        assert_eq!(brief(1134.333), "1134.33");
        assert_eq!(brief(2.5), "2.5");
        assert_eq!(polish(d("1234.5"), 2), "1\u{a0}234,50");
        assert_eq!(polish(d("-0.004"), 2), "0,00");
    }
}
