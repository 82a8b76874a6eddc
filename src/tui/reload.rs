//! Live reload: reading the criteria file again after an edit, and the offers with it on
//! another thread.

use crate::i18n::Msg;
use std::io;
use std::path::Path;
use std::sync::mpsc;

use super::Session;
use crate::analysis::Analysis;
use crate::criteria;
use crate::import;
use crate::session::{self, Source};
use crate::tui::app::Level;

/// A reload whose offers are being read on another thread: the screen stays responsive while
/// large files are imported again.
pub(super) type Reloaded = (Analysis, String, Vec<import::InputFile>);

/// Reads the criteria file again. A bad edit is handed to the app at once; a good one starts
/// reading the offers on another thread, whose result [`finish_reload`] applies.
pub(super) fn start_reload(session: &mut Session) -> Option<mpsc::Receiver<Reloaded>> {
    let Source::File(path) = &session.app.source else {
        return None;
    };
    let shown = path.display().to_string();
    let text = match read_text(path) {
        Ok(Some(t)) => t,
        // Between an editor's delete and rename: the next event brings the new file.
        Ok(None) => return None,
        Err(e) => {
            session.app.reloaded(Err(e));
            return None;
        }
    };
    if crate::digest::sha256_hex(text.as_bytes()) == session.app.base_sha256
        && session.app.reload_error.is_none()
    {
        return None;
    }
    match criteria::parse(&text, &shown) {
        Ok(c) => {
            let (tx, rx) = mpsc::channel();
            let offers = session.offers.clone();
            let ratings = session.ratings.clone();
            let limits = session.limits;
            let today = session.app.analysis.evaluated_on;
            session.app.say(Level::Info, Msg::new("tui-reloading"));
            std::thread::spawn(move || {
                let loaded = session::analyze_rated(&offers, ratings.as_deref(), c, &limits, today);
                let _ = tx.send((loaded.analysis, text, loaded.files));
            });
            Some(rx)
        }
        Err(errors) => {
            let n = errors.0.len();
            let first = errors.0.first().map_or_else(
                || Msg::new("tui-criteria-invalid"),
                |d| {
                    Msg::new("tui-at")
                        .with("place", format!("{}:{}:{}", d.file, d.line, d.column))
                        .msg("message", d.message.clone())
                },
            );
            session.app.reloaded(Err(if n > 1 {
                Msg::new("tui-and-more")
                    .msg("first", first)
                    .count("more", n - 1)
            } else {
                first
            }));
            None
        }
    }
}

/// Applies a finished reload, unless the file changed again meanwhile (a save, another
/// edit): then it is dropped and `true` asks for a new reload.
pub(super) fn finish_reload(session: &mut Session, (analysis, text, files): Reloaded) -> bool {
    let Source::File(path) = &session.app.source else {
        return false;
    };
    match read_text(path) {
        Ok(Some(now)) if now == text => {
            session.files = files;
            session.app.reloaded(Ok((analysis, text)));
            false
        }
        _ => true,
    }
}

/// The criteria file's text; `Ok(None)` when it is (momentarily) missing.
fn read_text(path: &Path) -> Result<Option<String>, Msg> {
    let shown = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => String::from_utf8(bytes)
            .map(Some)
            .map_err(|_| Msg::new("tui-criteria-not-utf8").with("file", shown)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Msg::new("tui-file-error")
            .with("file", shown)
            .with("reason", e.to_string())),
    }
}
