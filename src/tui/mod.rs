//! The interactive terminal UI: the only module that touches the terminal.
//!
//! `run` takes over the screen (after everything was imported), reads keys, hands them to
//! [`app::App::update`] as actions, carries out the effects it returns (save, export, quit),
//! watches the criteria file's folder for edits made in another window, and gives the terminal
//! back on every way out: normal quit, error, or panic.

pub mod app;
pub mod keymap;
pub mod view;

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant, SystemTime};

use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use crate::analysis::Analysis;
use crate::criteria;
use crate::export::Format;
use crate::import;
use crate::session::{self, Source};
use crate::store;
use app::{App, Effect, SaveFailure};

/// What the event loop needs besides the app: where to reload from.
pub struct Session {
    pub app: App,
    /// Offer files and folders, read again when the criteria change.
    pub offers: Vec<PathBuf>,
    /// The files read from them, with their sha256, for the exports' audit stamp.
    pub files: Vec<import::InputFile>,
    pub limits: import::Limits,
}

/// Whether an interactive screen can be shown here.
pub fn has_terminal() -> bool {
    io::stdout().is_terminal() && io::stdin().is_terminal()
}

/// Whether colors are off (<https://no-color.org>: any non-empty NO_COLOR).
pub fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
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

/// A flag raised by SIGTERM, SIGHUP or SIGQUIT (`kill`, a closed terminal window), so that the
/// loop ends and the terminal is restored instead of the process dying in raw mode.
fn stop_on_signals() -> Arc<AtomicBool> {
    let stop = Arc::new(AtomicBool::new(false));
    #[cfg(unix)]
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGQUIT,
    ] {
        let _ = signal_hook::flag::register(signal, Arc::clone(&stop));
    }
    stop
}

/// Restores the terminal when dropped.
struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        restore();
    }
}

/// Whether the screen is taken over; makes `restore` run once. Leaving the alternate screen
/// twice would move the cursor back to where the program started and overwrite what a panic
/// printed.
static ACTIVE: AtomicBool = AtomicBool::new(false);

fn enter() -> io::Result<Terminal<CrosstermBackend<io::Stdout>>> {
    ACTIVE.store(true, Ordering::SeqCst);
    enable_raw_mode()?;
    if let Err(e) = execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste
    ) {
        restore();
        return Err(e);
    }
    match Terminal::new(CrosstermBackend::new(io::stdout())) {
        Ok(t) => Ok(t),
        Err(e) => {
            restore();
            Err(e)
        }
    }
}

/// Leaves the alternate screen and raw mode; safe to call more than once.
fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let _ = disable_raw_mode();
    let mut out = io::stdout();
    let _ = execute!(
        out,
        DisableBracketedPaste,
        DisableMouseCapture,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
    let _ = out.flush();
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // A panic caught inside a file reader (during a reload) is that file's error message,
        // not the end of the screen.
        if !import::panic_is_caught() {
            restore();
        }
        previous(info);
    }));
}

/// Changes to the criteria file, from a folder watcher or, where none can be set up, from
/// polling the file's metadata.
struct Watch {
    path: PathBuf,
    rx: mpsc::Receiver<()>,
    /// Kept alive for its events; `None` where no watch could be set up (then the file is polled).
    watcher: Option<notify::RecommendedWatcher>,
    /// (modified time, length) last seen, for polling.
    polled: Option<(SystemTime, u64)>,
    last_poll: Instant,
}

impl Watch {
    /// Watches the folder the file is in: editors often write a new file and rename it over
    /// the old one, which a watch on the file itself would miss.
    fn new(path: &Path) -> Watch {
        use notify::Watcher;
        let (tx, rx) = mpsc::channel();
        let name = path.file_name().map(|n| n.to_os_string());
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        // A symlinked file: its target's folder is where editors replace it.
        let target = std::fs::canonicalize(path).ok();
        let target_dir = target
            .as_ref()
            .and_then(|p| p.parent().map(Path::to_path_buf));
        let target_name = target
            .as_ref()
            .and_then(|p| p.file_name().map(|n| n.to_os_string()));
        let watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
            let Ok(ev) = res else { return };
            // Opening and reading the file (our own reload, our own save) is not a change;
            // without this, every reload would trigger the next one.
            let access = matches!(ev.kind, notify::EventKind::Access(_));
            let ours = ev.paths.iter().any(|p| {
                let n = p.file_name();
                n == name.as_deref() || (target_name.is_some() && n == target_name.as_deref())
            });
            if ev.need_rescan() || (!access && ours) {
                let _ = tx.send(());
            }
        })
        .and_then(|mut w| {
            w.watch(&dir, notify::RecursiveMode::NonRecursive)?;
            if let Some(t) = &target_dir
                && std::fs::canonicalize(&dir).ok().as_ref() != Some(t)
            {
                w.watch(t, notify::RecursiveMode::NonRecursive)?;
            }
            Ok(w)
        })
        .ok();
        Watch {
            path: path.to_path_buf(),
            rx,
            watcher,
            polled: stat(path),
            last_poll: Instant::now(),
        }
    }

    /// Whether the file may have changed since the last call.
    fn changed(&mut self) -> bool {
        let mut changed = false;
        while self.rx.try_recv().is_ok() {
            changed = true;
        }
        if self.watcher.is_none() && self.last_poll.elapsed() >= Duration::from_secs(1) {
            self.last_poll = Instant::now();
            let now = stat(&self.path);
            if now != self.polled {
                self.polled = now;
                changed = true;
            }
        }
        changed
    }
}

fn stat(path: &Path) -> Option<(SystemTime, u64)> {
    let m = std::fs::metadata(path).ok()?;
    Some((m.modified().ok()?, m.len()))
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
    loop {
        if stop.load(Ordering::Relaxed) {
            return Ok(());
        }
        terminal.draw(|f| view::render(f, &session.app))?;
        let timeout = match (reload_at, &pending) {
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
                    session
                        .app
                        .reloaded(Err("reading the offers again failed".into()));
                }
            }
        }
        if pending.is_none() && reload_at.is_some_and(|at| Instant::now() >= at) {
            reload_at = None;
            pending = start_reload(session);
        }
    }
}

/// Carries out an effect; true when the app should end.
fn carry_out(effect: Effect, session: &mut Session) -> bool {
    match effect {
        Effect::Quit => true,
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
                other => SaveFailure::Other(other.to_string()),
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
                None => export_with_tuned_weights(&mut session.app, &session.files, format, &path)
                    .map_err(SaveFailure::Other),
            };
            session.app.exported(format, &shown, result);
            false
        }
    }
}

/// Why an export must not go to `path` (see [`session::refuse_output`]).
fn protected(path: &Path, session: &Session) -> Option<String> {
    session::refuse_output(path, &session.app.source, &session.offers)
        .map(|why| format!("{} {why}", path.display()))
}

/// Exports what is on screen. With unsaved weight changes, the criteria block names the file
/// "with unsaved weights" and carries the sha256 of the text `s` would save, not of the file.
fn export_with_tuned_weights(
    app: &mut App,
    files: &[import::InputFile],
    format: Format,
    path: &Path,
) -> Result<(), String> {
    if !app.dirty() {
        return export_to(&app.analysis, files, format, path);
    }
    let origin = app.analysis.criteria.origin.clone();
    let sha = app.analysis.criteria.sha256.clone();
    if let Some(text) = app.text_to_save() {
        app.analysis.criteria.sha256 = criteria::sha256_hex(text.as_bytes());
    }
    app.analysis.criteria.origin = format!("{origin} (with unsaved weights)");
    let result = export_to(&app.analysis, files, format, path);
    app.analysis.criteria.origin = origin;
    app.analysis.criteria.sha256 = sha;
    result
}

/// Writes the ranking in a format, atomically, with an audit stamp of `files` and now (or
/// SOURCE_DATE_EPOCH).
pub fn export_to(
    a: &Analysis,
    files: &[import::InputFile],
    format: Format,
    path: &Path,
) -> Result<(), String> {
    let time = session::now().map_err(|e| e.to_string())?;
    let bytes = session::export(a, files, format, Some(time))?;
    store::write_atomically(path, &bytes).map_err(|e| format!("{}: {e}", path.display()))
}

/// A reload whose offers are being read on another thread: the screen stays responsive while
/// large files are imported again.
type Reloaded = (Analysis, String, Vec<import::InputFile>);

/// Reads the criteria file again. A bad edit is handed to the app at once; a good one starts
/// reading the offers on another thread, whose result [`finish_reload`] applies.
fn start_reload(session: &mut Session) -> Option<mpsc::Receiver<Reloaded>> {
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
    if criteria::sha256_hex(text.as_bytes()) == session.app.base_sha256
        && session.app.reload_error.is_none()
    {
        return None;
    }
    match criteria::parse(&text, &shown) {
        Ok(c) => {
            let (tx, rx) = mpsc::channel();
            let offers = session.offers.clone();
            let limits = session.limits;
            let today = session.app.analysis.evaluated_on;
            session.app.say(
                app::Level::Info,
                "The criteria file changed: reading the offers again…",
            );
            std::thread::spawn(move || {
                let loaded = session::analyze(&offers, c, &limits, today);
                let _ = tx.send((loaded.analysis, text, loaded.files));
            });
            Some(rx)
        }
        Err(errors) => {
            let n = errors.0.len();
            let first = errors.0.first().map(|d| d.to_string()).unwrap_or_default();
            session.app.reloaded(Err(if n > 1 {
                format!("{first} (and {} more)", n - 1)
            } else {
                first
            }));
            None
        }
    }
}

/// Applies a finished reload, unless the file changed again meanwhile (a save, another
/// edit): then it is dropped and `true` asks for a new reload.
fn finish_reload(session: &mut Session, (analysis, text, files): Reloaded) -> bool {
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
fn read_text(path: &Path) -> Result<Option<String>, String> {
    let shown = path.display();
    match std::fs::read(path) {
        Ok(bytes) => String::from_utf8(bytes)
            .map(Some)
            .map_err(|_| format!("{shown}: not UTF-8 text: save the criteria file as UTF-8")),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("{shown}: {e}")),
    }
}
