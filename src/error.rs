//! Fatal errors: what stops a command, each naming the file and the place.

use std::fmt;

use crate::i18n::Lang;

/// One problem in a criteria file, at a line and column (1-based, columns in characters).
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: crate::i18n::Msg,
}

impl Diagnostic {
    /// `file:line:column: message`, the message in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        format!(
            "{}:{}:{}: {}",
            self.file,
            self.line,
            self.column,
            self.message.in_lang(lang)
        )
    }
}

impl CriteriaErrors {
    /// Every problem, one per line, in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        let lines: Vec<String> = self.0.iter().map(|d| d.in_lang(lang)).collect();
        lines.join("\n")
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )
    }
}

/// Every problem found in one criteria file (validation goes on after the first).
#[derive(Debug, Clone, PartialEq)]
pub struct CriteriaErrors(pub Vec<Diagnostic>);

impl fmt::Display for CriteriaErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

/// A fatal error: the command cannot go on. Exit status 2.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    Criteria(CriteriaErrors),
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// A file that exists but cannot be used as offers.
    #[error("{path}: {message}")]
    Input { path: String, message: String },
    #[error("{0}")]
    Usage(String),
}

impl Error {
    pub fn io(path: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
