//! What keeps a fuzzing run honest about failures it cannot catch with `catch_unwind`: the
//! panic hook that records where a panic happened (and counts the ones offerlens catches
//! itself), the in-flight copy of the input being run, which the next run adopts when a crash
//! took the process down, and the watchdog that keeps an input that hangs.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Once};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::harness::{Failure, Input, save};

thread_local! {
    /// An input is running on this thread: panics are recorded, not printed.
    static FUZZING: Cell<bool> = const { Cell::new(false) };
    /// Where and why the last uncaught panic on this thread happened.
    static LAST: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
    /// Panics offerlens caught itself (a reader's guard), by location.
    static CAUGHT: RefCell<BTreeMap<String, u64>> = const { RefCell::new(BTreeMap::new()) };
}

/// A source path made short and stable: `calamine-0.38.0/src/xlsx/mod.rs` for a dependency,
/// `src/…` for offerlens itself.
pub fn short_path(file: &str) -> String {
    if let Some(i) = file.find("/registry/src/") {
        let rest = &file[i + "/registry/src/".len()..];
        return rest.split_once('/').map_or(rest, |(_, r)| r).to_string();
    }
    if let Some(rest) = file.strip_prefix("/rustc/") {
        return format!("std:{}", rest.split_once('/').map_or(rest, |(_, r)| r));
    }
    file.to_string()
}

/// Installs the panic hook (once): quiet about panics of a running input, the default
/// elsewhere.
pub fn install_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !FUZZING.get() {
                default(info);
                return;
            }
            let location = info.location().map_or_else(
                || "an unknown place".to_string(),
                |l| format!("{}:{}:{}", short_path(l.file()), l.line(), l.column()),
            );
            if offerlens::import::panic_is_caught() {
                CAUGHT.with_borrow_mut(|m| *m.entry(location).or_default() += 1);
            } else {
                let payload = info.payload();
                let message = payload
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_string())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                LAST.set(Some((location, message)));
            }
        }));
    });
}

/// Text from a failure made one short line.
pub fn one_line(text: &str, max: usize) -> String {
    let flat: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if flat.chars().count() > max {
        format!("{}…", flat.chars().take(max).collect::<String>())
    } else {
        flat
    }
}

/// Runs `f`; a panic that escapes it is a failure named after where it happened.
pub fn run_catching(f: impl FnOnce()) -> Result<(), Failure> {
    FUZZING.set(true);
    LAST.set(None);
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    FUZZING.set(false);
    result.map_err(|_| {
        let (location, message) = LAST
            .take()
            .unwrap_or_else(|| ("an unknown place".into(), String::new()));
        Failure {
            signature: format!("panic at {location}"),
            detail: format!("panicked in-process: {}", one_line(&message, 300)),
        }
    })
}

/// The panics offerlens' own guard caught on this thread so far, by location.
pub fn caught_inside() -> BTreeMap<String, u64> {
    CAUGHT.with_borrow(Clone::clone)
}

/// Where the input being run is copied (`target/tmp/fuzz-inflight`).
fn inflight_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz-inflight")
}

/// Whether a process is gone (Linux only; elsewhere nothing is assumed dead).
fn process_is_gone(pid: u32) -> bool {
    cfg!(target_os = "linux")
        && Path::new("/proc/self").exists()
        && !Path::new("/proc").join(pid.to_string()).exists()
}

/// Moves the in-flight inputs of runs of this target that died into the corpus.
fn adopt(target: &str, corpus: &Path) -> Vec<(PathBuf, String)> {
    let mut adopted = Vec::new();
    let Ok(entries) = std::fs::read_dir(inflight_dir()) else {
        return adopted;
    };
    for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let Some(rest) = name.strip_prefix(&format!("{target}-")) else {
            continue;
        };
        let Some((pid, ext)) = rest.split_once('.') else {
            continue;
        };
        let Ok(pid) = pid.parse::<u32>() else {
            continue;
        };
        if !process_is_gone(pid) {
            continue;
        }
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let kept = save(corpus, &Input::new(bytes, ext));
        std::fs::remove_file(&path).ok();
        eprintln!(
            "fuzz {target}: process {pid} died while running {} in-process (abort, stack overflow or out of memory): kept",
            kept.display()
        );
        let why = format!(
            "process {pid} died while running it in-process: abort, stack overflow or out of memory; until it is fixed, list it in tests/fuzz_corpus/known.txt as `{target}/{} crash`",
            kept.file_name().unwrap().to_string_lossy()
        );
        adopted.push((kept, why));
    }
    adopted
}

/// Keeps a copy of the input being run and watches how long it runs.
pub struct Watchdog {
    target: String,
    /// The in-flight copy of the current input, and where it came from (seed and iteration).
    current: Arc<Mutex<(PathBuf, String)>>,
    /// Milliseconds since `origin` when the current input started, plus one; 0 when idle.
    started: Arc<AtomicU64>,
    origin: Instant,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Watchdog {
    /// Starts the watchdog of a target, after adopting what crashed runs left: (corpus file,
    /// what happened) for each.
    pub fn new(target: &str, corpus: &Path, hang: Duration) -> (Watchdog, Vec<(PathBuf, String)>) {
        let adopted = adopt(target, corpus);
        std::fs::create_dir_all(inflight_dir()).unwrap();
        let current = Arc::new(Mutex::new((PathBuf::new(), String::new())));
        let started = Arc::new(AtomicU64::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let origin = Instant::now();
        let thread = {
            let (current, started, stop) = (current.clone(), started.clone(), stop.clone());
            let (target, corpus) = (target.to_string(), corpus.to_path_buf());
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    std::thread::sleep(Duration::from_millis(250));
                    let s = started.load(Ordering::Relaxed);
                    let now = origin.elapsed().as_millis() as u64;
                    if s != 0 && now.saturating_sub(s - 1) > hang.as_millis() as u64 {
                        let (path, origin) = current.lock().unwrap().clone();
                        hung(&target, &corpus, &path, &origin, hang);
                    }
                }
            })
        };
        let dog = Watchdog {
            target: target.to_string(),
            current,
            started,
            origin,
            stop,
            thread: Some(thread),
        };
        (dog, adopted)
    }

    /// An input starts running in-process; `origin` says where it came from.
    pub fn start(&self, input: &Input, origin: String) {
        let path = inflight_dir().join(format!(
            "{}-{}.{}",
            self.target,
            std::process::id(),
            input.ext
        ));
        let mut current = self.current.lock().unwrap();
        if current.0 != path && !current.0.as_os_str().is_empty() {
            std::fs::remove_file(&current.0).ok();
        }
        std::fs::write(&path, &input.bytes).unwrap();
        *current = (path, origin);
        drop(current);
        let now = self.origin.elapsed().as_millis() as u64;
        self.started.store(now + 1, Ordering::Relaxed);
    }

    /// The input finished.
    pub fn stop(&self) {
        self.started.store(0, Ordering::Relaxed);
    }

    /// The run is over: the watchdog stops and the in-flight copy goes.
    pub fn finish(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            t.join().ok();
        }
        let current = self.current.lock().unwrap();
        if !current.0.as_os_str().is_empty() {
            std::fs::remove_file(&current.0).ok();
        }
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        self.finish();
    }
}

/// An input ran longer than `hang`: it is kept and the process ends (the stuck thread cannot
/// be stopped).
fn hung(target: &str, corpus: &Path, inflight: &Path, origin: &str, hang: Duration) -> ! {
    let ext = inflight
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("bin")
        .to_string();
    let bytes = std::fs::read(inflight).unwrap_or_default();
    let kept = save(corpus, &Input::new(bytes, &ext));
    std::fs::remove_file(inflight).ok();
    eprintln!(
        "fuzz {target}: HANG: an input ({origin}) ran in-process for more than {} s; kept as {} (until it is fixed, list it in tests/fuzz_corpus/known.txt as `{target}/{} hang`: it is then replayed through the binary only)",
        hang.as_secs(),
        kept.display(),
        kept.file_name().unwrap().to_string_lossy()
    );
    std::process::exit(70);
}
