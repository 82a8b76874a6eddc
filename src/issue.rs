//! Non-fatal problems as data: an issue has a severity, a location and a message.
//!
//! Import, normalization and scoring push issues instead of failing, so that a problem in one
//! offer never hides the others; `check` prints them and the exit status counts the errors.

use serde::Serialize;

use crate::i18n::{Lang, Msg};

/// How serious an issue is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The data is wrong: a value could not be read, a file could not be used.
    Error,
    /// Something the user should look at: a criterion nobody answered, a suspicious value.
    Warning,
    /// Worth knowing: an ignored column, a value read with a note.
    Info,
}

impl Severity {
    /// The lowercase word used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// One problem found in the inputs, with the place it was found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Issue {
    pub severity: Severity,
    /// `file:row:column` for CSV, `file:Sheet!C7` for workbooks, `file:line:column` for TOML,
    /// or just the file name when the whole file is concerned.
    pub location: String,
    pub message: Msg,
    /// The offer the issue belongs to, when there is one (index into the offers).
    #[serde(skip)]
    pub offer: Option<usize>,
    /// True when a whole file (or sheet) could not be used: the comparison is incomplete.
    #[serde(skip)]
    pub whole_file: bool,
}

impl Issue {
    pub fn new(severity: Severity, location: impl Into<String>, message: impl Into<Msg>) -> Self {
        Issue {
            severity,
            location: location.into(),
            message: message.into(),
            offer: None,
            whole_file: false,
        }
    }

    /// An error that made a whole file (or sheet) unusable.
    pub(crate) fn file_error(location: impl Into<String>, message: impl Into<Msg>) -> Self {
        let mut issue = Self::error(location, message);
        issue.whole_file = true;
        issue
    }

    pub fn error(location: impl Into<String>, message: impl Into<Msg>) -> Self {
        Self::new(Severity::Error, location, message)
    }

    pub fn warning(location: impl Into<String>, message: impl Into<Msg>) -> Self {
        Self::new(Severity::Warning, location, message)
    }

    pub fn info(location: impl Into<String>, message: impl Into<Msg>) -> Self {
        Self::new(Severity::Info, location, message)
    }

    /// The message in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        self.message.in_lang(lang)
    }

    /// Ties the issue to one offer.
    pub(crate) fn for_offer(mut self, offer: usize) -> Self {
        self.offer = Some(offer);
        self
    }
}

impl std::fmt::Display for Issue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {}: {}",
            self.location,
            self.severity.as_str(),
            self.message
        )
    }
}

/// Counts of issues by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Counts {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Counts {
    pub fn of(issues: &[Issue]) -> Counts {
        let mut c = Counts::default();
        for i in issues {
            match i.severity {
                Severity::Error => c.errors += 1,
                Severity::Warning => c.warnings += 1,
                Severity::Info => c.infos += 1,
            }
        }
        c
    }
}
