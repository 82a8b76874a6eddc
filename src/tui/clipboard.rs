//! Text put on the clipboard from the screen: inside tmux into its paste buffer (and on to the
//! terminal's clipboard where tmux passes it), elsewhere through the terminal (OSC 52) where
//! it is known to take it — also over SSH — else into a new file beside the user.

use std::io::Write;

use crate::i18n::Msg;
use std::path::{Path, PathBuf};

use base64::Engine;

/// Where the text went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Copied {
    /// Into tmux's paste buffer.
    Tmux,
    /// Sent to the terminal's clipboard.
    Clipboard,
    /// Written to this file.
    File(PathBuf),
}

/// Puts `text` into tmux's paste buffer (`-w`: also to the clipboard, as tmux's
/// `set-clipboard` allows); false when that did not work.
pub fn to_tmux(text: &str) -> bool {
    use std::process::{Command, Stdio};
    // not for people: tmux's command line
    let args = ["load-buffer", "-w", "-"];
    let Ok(mut child) = Command::new("tmux")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
    else {
        return false;
    };
    let sent = child
        .stdin
        .take()
        .is_some_and(|mut stdin| stdin.write_all(text.as_bytes()).is_ok());
    child.wait().is_ok_and(|s| s.success()) && sent
}

/// Terminals known to put OSC 52 text on the clipboard, by what they set in the environment.
/// Others (GNOME Terminal and other VTE ones, xterm as shipped) ignore it silently, so the text
/// goes to a file there.
pub fn takes_osc52(env: impl Fn(&str) -> Option<String>) -> bool {
    let set = |k: &str| env(k).is_some_and(|v| !v.is_empty());
    // tmux takes it (set-clipboard), and so do Windows Terminal and kitty.
    if set("TMUX") || set("WT_SESSION") || set("KITTY_WINDOW_ID") {
        return true;
    }
    let program = env("TERM_PROGRAM").unwrap_or_default();
    if ["iTerm.app", "WezTerm", "vscode", "ghostty", "Tabby", "rio"].contains(&program.as_str()) {
        return true;
    }
    let term = env("TERM").unwrap_or_default();
    [
        "kitty",
        "alacritty",
        "foot",
        "wezterm",
        "ghostty",
        "contour",
        "tmux",
    ]
    .iter()
    .any(|t| term.contains(t))
}

/// The OSC 52 sequence that sets the clipboard to `text`.
pub fn osc52(text: &str) -> String {
    format!(
        "\u{1b}]52;c;{}\u{7}",
        base64::engine::general_purpose::STANDARD.encode(text)
    )
}

/// Puts `text` on the clipboard through `out` when `osc52` says the terminal takes it, else
/// writes it to `file` (or `file-2`… when that exists: nothing is overwritten).
pub fn copy(text: &str, file: &Path, osc52_ok: bool, out: &mut dyn Write) -> Result<Copied, Msg> {
    if osc52_ok {
        return out
            .write_all(osc52(text).as_bytes())
            .and_then(|()| out.flush())
            .map(|()| Copied::Clipboard)
            .map_err(|e| Msg::new("tui-reason").msg("reason", crate::error::io_reason(&e)));
    }
    let stem = file
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    let ext = file
        .extension()
        .map_or_else(String::new, |e| format!(".{}", e.to_string_lossy()));
    let mut path = file.to_path_buf();
    let mut n = 2;
    loop {
        match crate::store::save_new(&path, text, false) {
            Ok(()) => return Ok(Copied::File(path)),
            Err(crate::store::SaveError::Exists { .. }) if n < 1000 => {
                path = file.with_file_name(format!("{stem}-{n}{ext}"));
                n += 1;
            }
            Err(e) => return Err(e.message()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn only_terminals_known_to_take_osc52_get_it() {
        assert!(takes_osc52(env(&[("TMUX", "/tmp/tmux-0/default,1,0")])));
        assert!(takes_osc52(env(&[("TERM", "xterm-kitty")])));
        assert!(takes_osc52(env(&[("TERM_PROGRAM", "WezTerm")])));
        assert!(!takes_osc52(env(&[("TERM", "xterm-256color")])));
        assert!(!takes_osc52(env(&[])));
    }

    #[test]
    fn the_sequence_carries_the_text_in_base64() {
        assert_eq!(osc52("Dzień"), "\u{1b}]52;c;RHppZcWE\u{7}");
    }

    #[test]
    fn a_file_is_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("q.txt");
        std::fs::write(&file, "mine").unwrap();
        let mut sink = Vec::new();
        let copied = copy("pytania", &file, false, &mut sink).unwrap();
        assert_eq!(copied, Copied::File(dir.path().join("q-2.txt")));
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "mine");
        assert!(sink.is_empty());
    }
}
