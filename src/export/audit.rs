//! The audit stamp every export carries: which tool, criteria and input files made a ranking,
//! and when, so that a procurement file can be checked and reproduced.
//!
//! Pure: the clock and the files' hashes are read by the caller (`cli`, `tui`) and passed in.

use crate::i18n::{Arg, Lang, t, tr};
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
    /// The criteria's name in Polish, when the file writes one.
    pub criteria_name_pl: Option<String>,
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
            generated_at: unix_seconds.map(crate::calendar::rfc3339),
            criteria_name: c.name.clone(),
            criteria_name_pl: c.name_pl.clone(),
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
    pub(crate) fn input_sha256(&self, file: &str) -> Option<&str> {
        self.inputs
            .iter()
            .find(|i| i.path == file)
            .map(|i| i.sha256.as_str())
    }

    /// The stamp as (label, value) lines, for text formats: tool, time, criteria, profile,
    /// method, then one line per input file.
    pub fn lines(&self) -> Vec<(String, String)> {
        self.lines_in(Lang::En)
    }

    /// [`Audit::lines`] with the labels in `lang`.
    pub fn lines_in(&self, lang: Lang) -> Vec<(String, String)> {
        let mut out = vec![
            (t(lang, "audit-tool"), self.tool.clone()),
            (
                t(lang, "audit-generated"),
                self.generated_at
                    .clone()
                    .unwrap_or_else(|| t(lang, "audit-no-timestamp")),
            ),
            (
                t(lang, "audit-criteria"),
                format!(
                    "{} ({})",
                    match (lang, &self.criteria_name_pl) {
                        (Lang::Pl, Some(pl)) => pl,
                        _ => &self.criteria_name,
                    },
                    self.criteria_origin
                ),
            ),
            (t(lang, "audit-criteria-sha"), self.criteria_sha256.clone()),
        ];
        if let Some(p) = &self.profile {
            out.push((t(lang, "audit-profile"), p.clone()));
        }
        out.push((t(lang, "audit-method"), self.method.clone()));
        for i in &self.inputs {
            out.push((
                tr(lang, "audit-input", &[("path", Arg::from(i.path.as_str()))]),
                i.sha256.clone(),
            ));
        }
        out
    }
}
