//! Numbers formatted the way Polish Excel shows them.

use rust_decimal::{Decimal, RoundingStrategy};

/// Formats a number the way Polish Excel shows it: NBSP (U+00A0) thousands separator, decimal
/// comma, exactly `decimals` decimals (at most 28), rounded half away from zero.
pub fn format_pl(value: Decimal, decimals: u32) -> String {
    let decimals = decimals.min(28);
    let rounded = value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
    let digits = rounded.abs().to_string();
    let (int, frac) = digits.split_once('.').unwrap_or((&digits, ""));
    let mut out = String::with_capacity(int.len() * 2 + decimals as usize + 2);
    if rounded.is_sign_negative() && !rounded.is_zero() {
        out.push('-');
    }
    for (k, c) in int.chars().enumerate() {
        if k > 0 && (int.len() - k) % 3 == 0 {
            out.push('\u{00A0}');
        }
        out.push(c);
    }
    if decimals > 0 {
        out.push(',');
        out.push_str(frac);
        for _ in frac.len()..decimals as usize {
            out.push('0');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::value::tests::d;

    #[test]
    fn formatting() {
        let nb = '\u{a0}';
        let cases: &[(&str, u32, String)] = &[
            ("1234.5", 2, format!("1{nb}234,50")),
            ("0", 0, "0".to_string()),
            ("0", 2, "0,00".to_string()),
            ("-1234567.891", 2, format!("-1{nb}234{nb}567,89")),
            ("0.125", 3, "0,125".to_string()),
            ("2.5", 0, "3".to_string()),
            ("-2.5", 0, "-3".to_string()),
            ("-0.001", 2, "0,00".to_string()),
            ("999.995", 2, format!("1{nb}000,00")),
            ("12", 3, "12,000".to_string()),
            ("123456", 0, format!("123{nb}456")),
            ("1000000", 1, format!("1{nb}000{nb}000,0")),
        ];
        for (v, k, want) in cases {
            assert_eq!(&format_pl(d(v), *k), want, "{v} with {k}");
        }
        assert!(!format_pl(Decimal::MAX, 40).is_empty());
    }
}
