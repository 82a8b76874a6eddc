//! The audit stamp every export carries: which tool, criteria and input files made a ranking,
//! and when, so that a procurement file can be checked and reproduced.
//!
//! Pure: the clock and the files' hashes are read by the caller (`cli`, `tui`) and passed in.

use serde::Serialize;

use crate::analysis::Analysis;
use crate::import::InputFile;

/// What produced a ranking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Audit {
    /// `offerlens 0.1.0`.
    pub tool: String,
    /// When the export was made, RFC 3339 in UTC (`2026-11-21T08:30:00Z`); `None` with
    /// `--no-timestamp`.
    pub generated_at: Option<String>,
    pub criteria_name: String,
    /// The criteria file, or `profile:NAME`.
    pub criteria_origin: String,
    pub criteria_sha256: String,
    /// The built-in profile, when the criteria are one.
    pub profile: Option<String>,
    pub method: String,
    /// Every offer file read, with the sha256 of its bytes, in reading order.
    pub inputs: Vec<AuditInput>,
}

/// One input file of an audit stamp.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditInput {
    pub path: String,
    pub sha256: String,
}

impl Audit {
    /// The stamp for an analysis of `inputs`, made at `unix_seconds` (`None`: no time).
    pub fn new(a: &Analysis, inputs: &[InputFile], unix_seconds: Option<i64>) -> Audit {
        let c = &a.criteria;
        Audit {
            tool: format!("offerlens {}", env!("CARGO_PKG_VERSION")),
            generated_at: unix_seconds.map(rfc3339),
            criteria_name: c.name.clone(),
            criteria_origin: c.origin.clone(),
            criteria_sha256: c.sha256.clone(),
            profile: c.origin.strip_prefix("profile:").map(str::to_string),
            method: c.method.key().to_string(),
            inputs: inputs
                .iter()
                .map(|f| AuditInput {
                    path: f.path.clone(),
                    sha256: f.sha256.clone(),
                })
                .collect(),
        }
    }

    /// The sha256 of the input file an offer came from (`file` as in its source location).
    pub fn input_sha256(&self, file: &str) -> Option<&str> {
        self.inputs
            .iter()
            .find(|i| i.path == file)
            .map(|i| i.sha256.as_str())
    }

    /// The stamp as (label, value) lines, for text formats: tool, time, criteria, profile,
    /// method, then one line per input file.
    pub fn lines(&self) -> Vec<(String, String)> {
        let mut out = vec![
            ("Tool".to_string(), self.tool.clone()),
            (
                "Generated".to_string(),
                self.generated_at
                    .clone()
                    .unwrap_or_else(|| "(no timestamp)".into()),
            ),
            (
                "Criteria".to_string(),
                format!("{} ({})", self.criteria_name, self.criteria_origin),
            ),
            ("Criteria sha256".to_string(), self.criteria_sha256.clone()),
        ];
        if let Some(p) = &self.profile {
            out.push(("Profile".to_string(), p.clone()));
        }
        out.push(("Method".to_string(), self.method.clone()));
        for i in &self.inputs {
            out.push((format!("Input {}", i.path), i.sha256.clone()));
        }
        out
    }
}

/// Seconds since 1970-01-01 UTC as RFC 3339: `2026-11-21T08:30:00Z`.
pub fn rfc3339(unix_seconds: i64) -> String {
    let days = unix_seconds.div_euclid(86_400);
    let secs = unix_seconds.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

/// The calendar date of a day count since 1970-01-01 (proleptic Gregorian; the algorithm of
/// Howard Hinnant's "chrono-compatible low-level date algorithms").
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
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
}
