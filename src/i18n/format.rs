//! Numbers, amounts, percentages, durations and dates for people, in the language's style: one
//! formatter for the whole program (`1 266,67 zł` / `1,266.67 PLN`, `99,9 %` / `99.9%`).

use rust_decimal::prelude::{FromPrimitive, ToPrimitive};
use rust_decimal::{Decimal, RoundingStrategy};

use super::{Arg, Lang, count, tr};
use crate::numbers::grouped;

/// No-break space: Polish groups thousands with it, and a number never breaks across lines.
const NBSP: char = '\u{00A0}';

/// `x` with exactly `decimals` decimals (rounded half away from zero), thousands grouped:
/// `1 266,67` / `1,266.67`. A negative zero is shown as 0.
pub fn number(lang: Lang, x: f64, decimals: u32) -> String {
    Decimal::from_f64(x).map_or_else(|| x.to_string(), |d| decimal(lang, d, decimals))
}

/// A score or points for a person: `number`, or `—` when there is none (NaN).
pub fn score(lang: Lang, x: f64, decimals: u32) -> String {
    if x.is_finite() {
        number(lang, x, decimals)
    } else {
        "—".to_string()
    }
}

/// A decimal with exactly `decimals` decimals, thousands grouped in the language's style, a
/// true minus sign.
pub(crate) fn decimal(lang: Lang, value: Decimal, decimals: u32) -> String {
    match lang {
        Lang::Pl => grouped(value, decimals, [NBSP, ',', '−']),
        Lang::En => grouped(value, decimals, [',', '.', '−']),
    }
}

/// An amount: `1 266,67 zł` / `1,266.67 PLN`; `decimals` 0 for whole amounts in tables.
pub fn money(lang: Lang, value: Decimal, currency: &str, decimals: u32) -> String {
    let n = decimal(lang, value, decimals);
    match (lang, currency) {
        (Lang::Pl, "PLN") => format!("{n}{NBSP}zł"),
        _ => format!("{n}{NBSP}{currency}"),
    }
}

/// A percentage with as many decimals as it has (up to two): `99,9 %` / `99.9%`.
pub fn percent(lang: Lang, value: Decimal) -> String {
    let v = value.round_dp(2).normalize();
    let decimals = v.scale();
    let n = decimal(lang, v, decimals);
    match lang {
        Lang::Pl => format!("{n}{NBSP}%"),
        Lang::En => format!("{n}%"),
    }
}

/// A duration in the largest natural unit: `1 tydzień`, `7 dni` / `7 days`, `2 h 30 min`,
/// `45 min`; rounded to whole minutes.
pub fn duration_minutes(lang: Lang, minutes: Decimal) -> String {
    let m = minutes
        .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
        .to_i64()
        .unwrap_or(i64::MAX)
        .max(0);
    let n = |x: i64| usize::try_from(x).unwrap_or(usize::MAX);
    if m > 0 && m % 10_080 == 0 {
        return count(lang, "weeks", n(m / 10_080));
    }
    if m > 0 && m % 1_440 == 0 {
        return count(lang, "days", n(m / 1_440));
    }
    let (h, rest) = (m / 60, m % 60);
    let hours = |h: i64| {
        tr(
            lang,
            "hours",
            &[("n", Arg::Text(decimal(lang, h.into(), 0)))],
        )
    };
    let mins = |x: i64| tr(lang, "minutes", &[("n", Arg::Text(x.to_string()))]);
    match (h, rest) {
        (0, r) => mins(r),
        (h, 0) => hours(h),
        (h, r) => format!("{} {}", hours(h), mins(r)),
    }
}

/// A date: `4 grudnia 2026` / `4 December 2026`.
pub fn date(lang: Lang, year: i32, month: u32, day: u32) -> String {
    tr(
        lang,
        "date",
        &[
            ("day", Arg::Text(day.to_string())),
            (
                "month",
                Arg::Text(super::t(lang, &format!("month-{month}"))),
            ),
            ("year", Arg::Text(year.to_string())),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn amounts_and_percentages_in_each_language() {
        assert_eq!(
            money(Lang::Pl, d("1266.666"), "PLN", 2),
            "1\u{a0}266,67\u{a0}zł"
        );
        assert_eq!(
            money(Lang::En, d("1266.666"), "PLN", 2),
            "1,266.67\u{a0}PLN"
        );
        assert_eq!(money(Lang::Pl, d("300"), "EUR", 0), "300\u{a0}EUR");
        assert_eq!(percent(Lang::Pl, d("99.9")), "99,9\u{a0}%");
        assert_eq!(percent(Lang::En, d("99.95")), "99.95%");
        assert_eq!(number(Lang::En, 1_234_567.0, 0), "1,234,567");
        // No negative zero, whatever the rounding.
        assert_eq!(number(Lang::Pl, -0.001, 1), "0,0");
        assert_eq!(number(Lang::En, -0.0, 2), "0.00");
        assert_eq!(number(Lang::En, -2.5, 1), "−2.5");
    }

    #[test]
    fn durations_in_the_largest_natural_unit() {
        assert_eq!(duration_minutes(Lang::Pl, d("10080")), "1 tydzień");
        assert_eq!(duration_minutes(Lang::Pl, d("20160")), "2 tygodnie");
        assert_eq!(duration_minutes(Lang::Pl, d("1440")), "1 dzień");
        assert_eq!(duration_minutes(Lang::Pl, d("7200")), "5 dni");
        assert_eq!(duration_minutes(Lang::En, d("2880")), "2 days");
        assert_eq!(duration_minutes(Lang::En, d("150")), "2 h 30 min");
        assert_eq!(duration_minutes(Lang::Pl, d("45")), "45 min");
        assert_eq!(duration_minutes(Lang::Pl, d("914.29")), "15 h 14 min");
        assert_eq!(duration_minutes(Lang::En, d("0")), "0 min");
    }

    #[test]
    fn dates_with_month_names() {
        assert_eq!(date(Lang::Pl, 2026, 12, 4), "4 grudnia 2026");
        assert_eq!(date(Lang::En, 2026, 12, 4), "4 December 2026");
    }
}
