//! The interactive terminal UI: the only module that touches the terminal.
//!
//! `run` takes over the screen (after everything was imported), reads keys, hands them to
//! [`app::App::update`] as actions, carries out the effects it returns (save, export, quit),
//! watches the criteria file's folder for edits made in another window, and gives the terminal
//! back on every way out: normal quit, error, or panic.
//!
//! This file holds the event loop and carries out effects; `terminal` takes the terminal over
//! and gives it back, `watch` notices edits of the criteria file and `reload` reads it again.

pub mod app;
pub mod clipboard;
pub(crate) mod keymap;
pub mod odds;
mod reload;
mod terminal;
pub mod view;
mod watch;

use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crossterm::event;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use crate::analysis::Analysis;
use crate::export::Format;
use crate::i18n::{Msg, tr};
use crate::import;
use crate::session::{self, Source};
use crate::store;
use app::{App, Effect, SaveFailure};
use reload::{Reloaded, finish_reload, start_reload};
use terminal::{Restore, enter, install_panic_hook, stop_on_signals};
pub(crate) use terminal::{has_terminal, no_color};
use watch::Watch;

/// What the event loop needs besides the app: where to reload from.
pub struct Session {
    pub app: App,
    /// Offer files and folders, read again when the criteria change.
    pub offers: Vec<PathBuf>,
    /// The ratings folder named with `--ratings` (else the one beside the offers is read).
    pub ratings: Option<PathBuf>,
    /// The files read from them, with their sha256, for the exports' audit stamp.
    pub files: Vec<import::InputFile>,
    pub limits: import::Limits,
    /// The language of the exports written from the screen.
    pub lang: crate::i18n::Lang,
}

/// Runs the screen until the user quits.
pub fn run(mut session: Session) -> io::Result<()> {
    session.app.color = !no_color();
    install_panic_hook();
    let stop = stop_on_signals();
    let mut terminal = enter()?;
    // From here on, `_restore` gives the terminal back on every return path.
    let _restore = Restore;
    event_loop(&mut terminal, &mut session, &stop)
}

fn event_loop(
    terminal: &mut Terminal<CrosstermBackend<io::Stdout>>,
    session: &mut Session,
    stop: &AtomicBool,
) -> io::Result<()> {
    let mut watch = match &session.app.source {
        Source::File(p) => Some(Watch::new(p)),
        Source::Profile(_) => None,
    };
    // Editors write in several steps: reload once things have been quiet for a moment. Once
    // at the start too: an edit made while the offers were being read would be missed.
    let mut reload_at: Option<Instant> = Some(Instant::now());
    let mut pending: Option<mpsc::Receiver<Reloaded>> = None;
    let mut odds: Option<odds::Job> = None;
    loop {
        if stop.load(Ordering::Relaxed) {
            return Ok(());
        }
        refresh_odds(&mut odds, &mut session.app);
        terminal.draw(|f| view::render(f, &session.app))?;
        let timeout = match (reload_at, &pending) {
            _ if odds.is_some() => Duration::from_millis(50),
            (_, Some(_)) => Duration::from_millis(50),
            (Some(at), None) => at.saturating_duration_since(Instant::now()),
            (None, None) => Duration::from_millis(250),
        };
        if event::poll(timeout)? {
            // Handle everything already queued before drawing again (fast typing, key repeat).
            loop {
                let ev = event::read()?;
                if let Some(action) = keymap::action(&ev, session.app.mode())
                    && let Some(effect) = session.app.update(action)
                    && carry_out(effect, session)
                {
                    return Ok(());
                }
                if !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
        // A save may have turned a profile into a file: watch that one from now on.
        if let Source::File(p) = &session.app.source
            && watch.as_ref().is_none_or(|w| &w.path != p)
        {
            watch = Some(Watch::new(p));
        }
        if let Some(w) = watch.as_mut()
            && w.changed()
        {
            reload_at = Some(Instant::now() + Duration::from_millis(150));
        }
        if let Some(rx) = &pending {
            match rx.try_recv() {
                Ok(result) => {
                    pending = None;
                    if finish_reload(session, result) {
                        reload_at = Some(Instant::now());
                    }
                }
                Err(mpsc::TryRecvError::Empty) => {}
                Err(mpsc::TryRecvError::Disconnected) => {
                    pending = None;
                    session.app.reloaded(Err(Msg::new("tui-reread-failed")));
                }
            }
        }
        if pending.is_none() && reload_at.is_some_and(|at| Instant::now() >= at) {
            reload_at = None;
            pending = start_reload(session);
        }
    }
}

/// Takes in the background work's result, and starts it again when the weights or the
/// selected offer changed (dropping a job cancels it).
fn refresh_odds(job: &mut Option<odds::Job>, app: &mut App) {
    if let Some(found) = job.as_ref().and_then(odds::Job::take) {
        app.odds = Some(found);
        *job = None;
    }
    if odds::current(app) {
        *job = None;
    } else if job.as_ref().is_none_or(|j| !j.is_for(app)) {
        *job = Some(odds::Job::start(app));
    }
}

/// Carries out an effect; true when the app should end.
fn carry_out(effect: Effect, session: &mut Session) -> bool {
    match effect {
        Effect::Quit => true,
        Effect::Copy { text, vendor, file } => {
            let result = if std::env::var_os("TMUX").is_some() && clipboard::to_tmux(&text) {
                Ok(clipboard::Copied::Tmux)
            } else {
                let osc52 = clipboard::takes_osc52(|k| std::env::var(k).ok())
                    && std::env::var_os("TMUX").is_none();
                clipboard::copy(&text, &file, osc52, &mut io::stdout())
            };
            session.app.copied(&vendor, result);
            false
        }
        Effect::Save {
            path,
            text,
            expected_sha256,
            overwrite,
        } => {
            let result = match &expected_sha256 {
                Some(sha) => store::save_over(&path, &text, sha),
                None => store::save_new(&path, &text, overwrite),
            };
            let result = result.map_err(|e| match e {
                store::SaveError::Exists { .. } => SaveFailure::Exists,
                other => SaveFailure::Other(other.message()),
            });
            match session.app.saved(path, text, result) {
                Some(next) => carry_out(next, session),
                None => false,
            }
        }
        Effect::Export {
            format,
            path,
            overwrite,
        } => {
            let shown = path.display().to_string();
            let result = match protected(&path, session) {
                Some(why) => Err(SaveFailure::Other(why)),
                None if !overwrite && std::fs::symlink_metadata(&path).is_ok() => {
                    Err(SaveFailure::Exists)
                }
                None => export_with_tuned_weights(
                    &mut session.app,
                    &session.files,
                    format,
                    &path,
                    session.lang,
                )
                .map_err(SaveFailure::Other),
            };
            session.app.exported(format, &shown, result);
            false
        }
    }
}

/// Why an export must not go to `path` (see [`session::refuse_output`]).
fn protected(path: &Path, session: &Session) -> Option<Msg> {
    session::refuse_output(path, &session.app.source, &session.offers).map(|why| {
        Msg::new("tui-file-error")
            .with("file", path.display().to_string())
            .msg("reason", why)
    })
}

/// Exports what is on screen. With unsaved weight changes, the criteria block names the file
/// "with unsaved weights" and carries the sha256 of the text `s` would save, not of the file.
fn export_with_tuned_weights(
    app: &mut App,
    files: &[import::InputFile],
    format: Format,
    path: &Path,
    lang: crate::i18n::Lang,
) -> Result<(), Msg> {
    if !app.dirty() {
        return export_to(&app.analysis, files, format, path, lang);
    }
    let origin = app.analysis.criteria.origin.clone();
    let sha = app.analysis.criteria.sha256.clone();
    if let Some(text) = app.text_to_save() {
        app.analysis.criteria.sha256 = crate::digest::sha256_hex(text.as_bytes());
    }
    app.analysis.criteria.origin = tr(
        lang,
        "tui-origin-unsaved",
        &[("origin", crate::i18n::Arg::from(origin.as_str()))],
    );
    let result = export_to(&app.analysis, files, format, path, lang);
    app.analysis.criteria.origin = origin;
    app.analysis.criteria.sha256 = sha;
    result
}

/// Writes the ranking in a format, atomically, with an audit stamp of `files` and now (or
/// SOURCE_DATE_EPOCH).
pub(crate) fn export_to(
    a: &Analysis,
    files: &[import::InputFile],
    format: Format,
    path: &Path,
    lang: crate::i18n::Lang,
) -> Result<(), Msg> {
    let time =
        session::now().map_err(|e| Msg::new("tui-reason").with("reason", e.in_lang(lang)))?;
    let bytes = session::export(a, files, format, Some(time), lang)
        .map_err(|e| Msg::new("tui-reason").with("reason", e))?;
    store::write_atomically(path, &bytes).map_err(|e| {
        Msg::new("tui-file-error")
            .with("file", path.display().to_string())
            .msg("reason", crate::error::io_reason(&e))
    })
}
