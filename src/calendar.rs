//! Civil dates: day counts, spreadsheet serial dates and RFC 3339 times. Pure arithmetic, no clock.
//!
//! Spreadsheets count days from 1899-12-30 (a "serial"); Unix time counts seconds from
//! 1970-01-01. Both meet here, through the day count since 1970-01-01 in the proleptic
//! Gregorian calendar (the algorithms of Howard Hinnant's "chrono-compatible low-level date
//! algorithms").

/// The serial of 1970-01-01 (days from 1899-12-30).
pub(crate) const UNIX_EPOCH_SERIAL: i64 = 25_569;

const SECONDS_PER_DAY: i64 = 86_400;

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// The date of a moment given as seconds since 1970-01-01 UTC.
    pub(crate) fn from_unix_seconds(seconds: i64) -> Date {
        let (year, month, day) = civil_from_days(seconds.div_euclid(SECONDS_PER_DAY));
        Date {
            year: year as i32,
            month,
            day,
        }
    }

    /// A date given by its parts, when it exists (years 1–9999).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        ((1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && (1..=days_in_month(i64::from(year), month)).contains(&day))
        .then_some(Date { year, month, day })
    }
}

/// Days since 1970-01-01 -> (year, month, day).
pub(crate) fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// (year, month, day) -> days since 1970-01-01; the inverse of [`civil_from_days`].
pub(crate) fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = i64::from((m + 9) % 12);
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Whether a year of the proleptic Gregorian calendar has a 29 February.
pub(crate) fn is_leap_year(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// How many days a month has (0 for a month outside 1–12).
pub(crate) fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// The calendar year of a spreadsheet serial date (from 1900 on).
pub(crate) fn serial_year(serial: f64) -> Option<i32> {
    if !serial.is_finite() || !(1.0..1e7).contains(&serial) {
        return None;
    }
    Some(civil_from_days(serial.floor() as i64 - UNIX_EPOCH_SERIAL).0 as i32)
}

/// A serial date -> (year, month, day) and the minutes into that day.
pub(crate) fn serial_parts(serial: f64) -> ((i64, u32, u32), i64) {
    let days = serial.floor() as i64;
    let minutes = ((serial - serial.floor()) * 1440.0).round() as i64;
    (civil_from_days(days - UNIX_EPOCH_SERIAL), minutes)
}

/// A date (and seconds into the day) as a spreadsheet serial.
pub(crate) fn serial_of(y: i64, m: u32, d: u32, seconds: f64) -> f64 {
    (days_from_civil(y, m, d) + UNIX_EPOCH_SERIAL) as f64 + seconds / SECONDS_PER_DAY as f64
}

/// Seconds since 1970-01-01 UTC as RFC 3339: `2026-11-21T08:30:00Z`.
pub(crate) fn rfc3339(unix_seconds: i64) -> String {
    let secs = unix_seconds.rem_euclid(SECONDS_PER_DAY);
    let (y, m, d) = civil_from_days(unix_seconds.div_euclid(SECONDS_PER_DAY));
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_rfc3339_in_utc() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339(1_795_336_200), "2026-11-22T08:30:00Z");
        assert_eq!(rfc3339(-1), "1969-12-31T23:59:59Z");
        assert_eq!(rfc3339(4_102_444_799), "2099-12-31T23:59:59Z");
    }

    #[test]
    fn day_counts_and_dates_are_inverse() {
        for days in (-800_000..3_000_000).step_by(997) {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
            assert!(d >= 1 && d <= days_in_month(y, m));
        }
    }

    #[test]
    fn serials_meet_the_spreadsheet_epoch() {
        assert_eq!(serial_of(1899, 12, 30, 0.0), 0.0);
        assert_eq!(serial_of(2021, 3, 1, 43_200.0), 44_256.5);
        assert_eq!(serial_year(45_047.0), Some(2023));
        assert_eq!(serial_year(0.5), None);
        assert_eq!(serial_parts(44_256.5), ((2021, 3, 1), 720));
    }

    #[test]
    fn dates_from_the_clock_and_by_parts() {
        assert_eq!(
            Date::from_unix_seconds(1_780_000_000),
            Date {
                year: 2026,
                month: 5,
                day: 28
            }
        );
        assert_eq!(Date::new(2024, 2, 29).map(|d| d.day), Some(29));
        assert_eq!(Date::new(2023, 2, 29), None);
        assert_eq!(Date::new(2023, 13, 1), None);
    }
}
