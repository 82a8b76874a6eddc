//! A panic inside a file reader caught and turned into that file's error message.
//!
//! The panic's own text ("range end index 255 out of range for slice of length 13") says
//! where the reader tripped, not what is wrong with the file, so it is kept out of every
//! output: the user reads [`panicked`]. For debugging a reader, set the environment variable
//! `OFFERLENS_DEBUG_PANICS` (to anything but empty): the panic's text is then also written to
//! stderr, sanitized, one line per caught panic.

use crate::i18n::Msg;
use crate::sanitize::clean;

thread_local! {
    static CATCHING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// What a caught panic becomes: the error of the workbook (or of the sheet) being read.
pub(crate) fn panicked() -> Msg {
    Msg::new("file-panicked")
}

/// The environment variable that makes caught panics print their own text to stderr.
const DEBUG_VARIABLE: &str = "OFFERLENS_DEBUG_PANICS";

/// Runs a reader, turning a panic inside it into `Err(panicked())`. While it runs, panics are
/// caught here and reported as that file's error, so the panic hook should stay quiet
/// (see [`panic_is_caught`]).
pub(crate) fn catch_panic<T>(f: impl FnOnce() -> T) -> Result<T, Msg> {
    let was = CATCHING.with(|c| c.replace(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    CATCHING.with(|c| c.set(was));
    result.map_err(|payload| {
        if std::env::var_os(DEBUG_VARIABLE).is_some_and(|v| !v.is_empty()) {
            let text = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            // not for people: a developer's switch, in English like the panic it shows
            eprintln!("offerlens: debug: a reader panicked: {}", clean(&text));
        }
        panicked()
    })
}

/// True while [`catch_panic`] runs on this thread: a panic hook uses it to stay silent about
/// panics that become a file's error message.
pub fn panic_is_caught() -> bool {
    CATCHING.with(|c| c.get())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_the_plain_message() {
        let caught = catch_panic(|| {
            let v: Vec<u8> = Vec::new();
            v[usize::MAX / 2]
        });
        assert_eq!(caught, Err(panicked()));
        assert!(!panic_is_caught());
        assert_eq!(catch_panic(|| 7), Ok(7));
    }
}
