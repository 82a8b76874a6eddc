//! Watching the criteria file for edits made in another window: [`Watch`].

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime};

/// Changes to the criteria file, from a folder watcher or, where none can be set up, from
/// polling the file's metadata.
pub(super) struct Watch {
    pub(super) path: PathBuf,
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
    pub(super) fn new(path: &Path) -> Watch {
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
    pub(super) fn changed(&mut self) -> bool {
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

/// The file's modified time and length, if it can be read.
fn stat(path: &Path) -> Option<(SystemTime, u64)> {
    let m = std::fs::metadata(path).ok()?;
    Some((m.modified().ok()?, m.len()))
}
