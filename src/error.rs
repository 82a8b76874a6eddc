//! Fatal errors: what stops a command, each naming the file and the place.

use std::fmt;

use crate::i18n::{Lang, Msg};

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
    #[error("{}", self.in_lang(Lang::En))]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// A file that exists but cannot be used as offers.
    #[error("{}", self.in_lang(Lang::En))]
    Input { path: String, message: Msg },
    #[error("{0}")]
    Usage(Msg),
}

impl Error {
    pub fn io(path: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// The error in `lang`, one problem per line.
    pub fn in_lang(&self, lang: Lang) -> String {
        match self {
            Error::Criteria(errors) => errors.in_lang(lang),
            Error::Io { path, source } => format!("{path}: {}", io_reason(source).in_lang(lang)),
            Error::Input { path, message } => format!("{path}: {}", message.in_lang(lang)),
            Error::Usage(message) => message.in_lang(lang),
        }
    }
}

/// A message carried inside an `io::Error` (`io::Error::new(kind, MsgError(…))`), so that a
/// refusal made deep in a write is still said in the reader's language.
#[derive(Debug)]
pub struct MsgError(pub Msg);

impl fmt::Display for MsgError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl std::error::Error for MsgError {}

/// What an IO error means, in words of the catalogue: the message it carries, else its kind
/// (not found, permission denied…), else the system's own text.
pub fn io_reason(e: &std::io::Error) -> Msg {
    use std::io::ErrorKind as K;
    if let Some(m) = e
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<MsgError>())
    {
        return m.0.clone();
    }
    let id = match e.kind() {
        K::NotFound => "io-not-found",
        K::PermissionDenied => "io-permission-denied",
        K::IsADirectory => "io-is-a-directory",
        K::NotADirectory => "io-not-a-directory",
        K::AlreadyExists => "io-already-exists",
        K::StorageFull => "io-storage-full",
        K::ReadOnlyFilesystem => "io-read-only-filesystem",
        K::InvalidData => "io-invalid-data",
        _ => return Msg::new("io-other").with("reason", e.to_string()),
    };
    Msg::new(id)
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
