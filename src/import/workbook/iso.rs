//! ISO 8601 text as ODS and xlsx give dates, times and durations, turned into the serials
//! and day counts of spreadsheet cells.

use crate::calendar;

/// `2021-03-01` or `2021-03-01T14:30:00` (ODS dates, xlsx `t="d"` cells) as an Excel serial.
pub(super) fn iso_serial(s: &str) -> Option<f64> {
    let s = s.trim();
    let (date, time) = match s.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (s, None),
    };
    let mut parts = date.splitn(3, '-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let d: u32 = parts.next()?.parse().ok()?;
    if !(1..=9999).contains(&y) || d == 0 || d > calendar::days_in_month(y, m) {
        return None;
    }
    let seconds = match time {
        Some(t) => time_seconds(t)?,
        None => 0.0,
    };
    Some(calendar::serial_of(y, m, d, seconds))
}

/// `14:30`, `14:30:05.5`, with an optional `Z` or offset (ignored): seconds since midnight.
fn time_seconds(t: &str) -> Option<f64> {
    let t = t.trim_end_matches('Z');
    let t = match t.rfind(['+', '-']) {
        Some(i) if i > 0 => &t[..i],
        _ => t,
    };
    let mut parts = t.splitn(3, ':');
    let h: f64 = parts.next()?.parse().ok()?;
    let m: f64 = parts.next()?.parse().ok()?;
    let s: f64 = parts.next().map_or(Some(0.0), |s| s.parse().ok())?;
    (h.is_finite() && m.is_finite() && s.is_finite()).then_some(h * 3600.0 + m * 60.0 + s)
}

/// An ISO 8601 duration (`PT15M`, `PT01H30M00S`, `P1DT2H`, `-PT1H`) in days.
pub(super) fn iso_duration_days(s: &str) -> Option<f64> {
    let s = s.trim();
    let (sign, s) = match s.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, s),
    };
    let s = s.strip_prefix('P')?;
    let (days_part, time_part) = s.split_once('T').unwrap_or((s, ""));
    let mut seconds = 0.0;
    for (part, units) in [
        (days_part, &[('D', 86_400.0)][..]),
        (time_part, &[('H', 3_600.0), ('M', 60.0), ('S', 1.0)][..]),
    ] {
        let mut rest = part;
        for &(unit, factor) in units {
            if let Some(i) = rest.find(unit) {
                let n: f64 = rest[..i].parse().ok()?;
                seconds += n * factor;
                rest = &rest[i + 1..];
            }
        }
        if !rest.is_empty() {
            return None;
        }
    }
    seconds.is_finite().then_some(sign * seconds / 86_400.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_become_serials() {
        assert_eq!(iso_serial("2021-03-01"), Some(44_256.0));
        assert_eq!(iso_serial("1899-12-30"), Some(0.0));
        assert_eq!(iso_serial("2021-03-01T12:00:00"), Some(44_256.5));
        assert_eq!(iso_serial("2021-02-30"), None);
        assert_eq!(iso_serial("soon"), None);
    }

    #[test]
    fn iso_durations_become_days() {
        assert_eq!(iso_duration_days("PT15M"), Some(15.0 / 1440.0));
        assert_eq!(iso_duration_days("PT01H30M00S"), Some(1.5 / 24.0));
        assert_eq!(iso_duration_days("P1DT12H"), Some(1.5));
        assert_eq!(iso_duration_days("-PT1H"), Some(-1.0 / 24.0));
        assert_eq!(iso_duration_days("P1Y"), None);
    }
}
