//! The fuzzing loop: settings from the environment, the corpus replayed first, one input per
//! iteration checked in-process (a panic fails) and now and then through the binary, and every
//! new failure kept in `tests/fuzz_corpus/<target>/`.

use std::collections::{BTreeMap, HashSet};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::cli;
use super::guard::{self, Watchdog};
use super::rng::Rng;

/// One input: its bytes and the file extension it is written with.
pub struct Input {
    pub bytes: Vec<u8>,
    pub ext: String,
}

impl Input {
    pub fn new(bytes: Vec<u8>, ext: &str) -> Input {
        Input {
            bytes,
            ext: ext.to_string(),
        }
    }
}

/// How much of the library an input goes through in-process.
#[derive(Clone, Copy)]
pub enum Depth {
    /// Every variant and every writer (the xlsx too): replays, and the inputs the binary
    /// runs on.
    Full,
    /// One variant and one writer, chosen by this number in turn: the other iterations, to
    /// keep `cargo test` quick.
    Turn(u64),
}

/// A fuzzing target: how inputs are made, run in-process, and run through the binary.
pub struct Target {
    pub name: &'static str,
    /// Extensions of its corpus files.
    pub extensions: &'static [&'static str],
    /// The input of one iteration.
    pub generate: Box<dyn Fn(&mut Rng) -> Input>,
    /// The library on one input, in-process; a panic is a failure. True when the input was
    /// read and analysed (not refused as unreadable), for the statistics.
    pub run: fn(&Input, Depth) -> bool,
    /// Writes the input's files into the folder and returns the command lines to run.
    pub commands: fn(&Input, &Path) -> Vec<Vec<OsString>>,
}

/// What went wrong with one input. Failures with the same signature are the same bug.
pub struct Failure {
    /// `panic at src/x.rs:10:5`, `crash: signal 11`, `timeout`, `exit 3`.
    pub signature: String,
    pub detail: String,
}

/// Iterations per target when no count or time is asked for.
const DEFAULT_ITERATIONS: u64 = 2_000;
/// The seed when none is asked for and the run is the default one: `cargo test` repeats itself.
const DEFAULT_SEED: u64 = 0x0FFE_71E5;

/// The settings of one run, from `OFFERLENS_FUZZ_*`.
struct Config {
    iterations: Option<u64>,
    seconds: Option<f64>,
    seed: u64,
    /// Every how many iterations the binary runs too (0: never).
    cli_every: u64,
    cli_timeout: Duration,
    hang: Duration,
    /// Inputs slower than this in-process are copied to `target/tmp/fuzz-slow/<target>/`.
    keep_slow: Option<Duration>,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

fn env_number<T: std::str::FromStr>(name: &str) -> Option<T> {
    env(name).map(|v| {
        v.trim()
            .replace('_', "")
            .parse()
            .unwrap_or_else(|_| panic!("{name}={v}: not a number"))
    })
}

fn parse_seed(text: &str) -> u64 {
    let t = text.trim().replace('_', "");
    let parsed = match t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        Some(hex) => u64::from_str_radix(hex, 16),
        None => t.parse(),
    };
    parsed.unwrap_or_else(|_| panic!("OFFERLENS_FUZZ_SEED={text}: not a number (or `random`)"))
}

fn clock_seed() -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    let mut rng = Rng::for_iteration(nanos, u64::from(std::process::id()));
    rng.next_u64()
}

impl Config {
    fn from_env() -> Config {
        let iterations = env_number("OFFERLENS_FUZZ_ITERATIONS");
        let seconds = env_number("OFFERLENS_FUZZ_SECONDS");
        let long_run = iterations.is_some() || seconds.is_some();
        let seed = match env("OFFERLENS_FUZZ_SEED") {
            Some(s) if s.trim() == "random" => clock_seed(),
            Some(s) => parse_seed(&s),
            None if long_run => clock_seed(),
            None => DEFAULT_SEED,
        };
        Config {
            iterations: iterations.or(if seconds.is_some() {
                None
            } else {
                Some(DEFAULT_ITERATIONS)
            }),
            seconds,
            seed,
            cli_every: env_number("OFFERLENS_FUZZ_CLI_EVERY").unwrap_or(100),
            cli_timeout: Duration::from_secs_f64(
                env_number("OFFERLENS_FUZZ_CLI_TIMEOUT").unwrap_or(20.0),
            ),
            hang: Duration::from_secs_f64(
                env_number("OFFERLENS_FUZZ_HANG_SECONDS").unwrap_or(60.0),
            ),
            keep_slow: env_number("OFFERLENS_FUZZ_KEEP_SLOW").map(Duration::from_secs_f64),
        }
    }

    fn more(&self, done: u64, elapsed: Duration) -> bool {
        self.iterations.is_none_or(|n| done < n)
            && self.seconds.is_none_or(|s| elapsed.as_secs_f64() < s)
    }
}

/// Whether `OFFERLENS_FUZZ_TARGET` (a comma-separated list) leaves this target in.
fn selected(name: &str) -> bool {
    env("OFFERLENS_FUZZ_TARGET").is_none_or(|list| list.split(',').any(|t| t.trim() == name))
}

/// `tests/fuzz_corpus`.
pub fn corpus_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_corpus")
}

/// The short hex name a failing input is kept under.
pub fn hash_name(bytes: &[u8]) -> String {
    offerlens::digest::sha256_hex(bytes)[..16].to_string()
}

/// `known.txt`: corpus files that still fail (`<target>/<file> <signature prefix>`), until the
/// bug is fixed and the line deleted.
struct Known {
    /// File (relative to the corpus root) -> signature prefix, possibly empty.
    entries: BTreeMap<String, String>,
}

/// Signatures of failures that take the process down or never end: replayed through the
/// binary only, where a timeout and a separate process contain them.
fn fatal(signature: &str) -> bool {
    ["crash", "hang", "timeout", "signal"]
        .iter()
        .any(|w| signature.starts_with(w))
}

impl Known {
    fn read() -> Known {
        let text = std::fs::read_to_string(corpus_root().join("known.txt")).unwrap_or_default();
        let entries = text
            .lines()
            .map(|l| l.split('#').next().unwrap_or("").trim())
            .filter(|l| !l.is_empty())
            .map(|l| match l.split_once(char::is_whitespace) {
                Some((file, sig)) => (file.to_string(), sig.trim().to_string()),
                None => (l.to_string(), String::new()),
            })
            .collect();
        Known { entries }
    }

    /// The known failure a new one is another instance of.
    fn matching(&self, target: &str, signature: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|(file, sig)| {
                file.starts_with(&format!("{target}/"))
                    && !sig.is_empty()
                    && signature.starts_with(sig.as_str())
            })
            .map(|(file, _)| file.as_str())
    }
}

/// One target's run: where its files go and what it found.
struct Run<'a> {
    target: &'a Target,
    config: Config,
    known: Known,
    corpus: PathBuf,
    dir: tempfile::TempDir,
    watchdog: Watchdog,
    /// New failures, one line each, with the file that reproduces them.
    new: Vec<String>,
    seen: HashSet<String>,
    known_hits: BTreeMap<String, u64>,
    repeats: u64,
    cli_runs: u64,
    /// Inputs read and analysed rather than refused.
    accepted: u64,
    slowest: (Duration, String),
}

impl Run<'_> {
    /// Checks one input: in-process (`origin`, where it came from, names it if it hangs; none:
    /// through the binary only), then through the binary at full depth.
    fn check(&mut self, input: &Input, depth: Depth, origin: String) -> Option<Failure> {
        let with_cli = matches!(depth, Depth::Full);
        let cli_only = origin.is_empty();
        if !cli_only {
            self.watchdog.start(input, origin);
            let started = Instant::now();
            let mut accepted = false;
            let result = guard::run_catching(|| accepted = (self.target.run)(input, depth));
            let took = started.elapsed();
            self.watchdog.stop();
            self.accepted += u64::from(accepted);
            if took > self.slowest.0 {
                self.slowest = (took, hash_name(&input.bytes));
            }
            if self.config.keep_slow.is_some_and(|limit| took > limit) {
                let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
                    .join("fuzz-slow")
                    .join(self.target.name);
                let kept = save(&dir, input);
                println!(
                    "fuzz {}: slow input ({:.2} s in-process) kept as {}",
                    self.target.name,
                    took.as_secs_f64(),
                    kept.display()
                );
            }
            if let Err(f) = result {
                return Some(f);
            }
        }
        if with_cli {
            self.cli_runs += 1;
            let commands = (self.target.commands)(input, self.dir.path());
            return cli::run_all(&commands, self.dir.path(), self.config.cli_timeout);
        }
        None
    }

    /// Keeps a failure found while fuzzing: a known bug is counted, a new one saved once.
    fn found(&mut self, failure: Failure, input: &Input, iteration: u64) {
        if let Some(file) = self.known.matching(self.target.name, &failure.signature) {
            *self.known_hits.entry(file.to_string()).or_default() += 1;
            return;
        }
        if !self.seen.insert(failure.signature.clone()) {
            self.repeats += 1;
            return;
        }
        let path = save(&self.corpus, input);
        let line = format!(
            "{}: {} ({}; seed {:#x}, iteration {iteration})",
            display(&path),
            failure.signature,
            failure.detail,
            self.config.seed
        );
        eprintln!("fuzz {}: NEW FAILURE {line}", self.target.name);
        self.new.push(line);
    }

    /// Replays every file already in the corpus, first.
    fn replay(&mut self, crashed: &HashSet<PathBuf>) -> usize {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&self.corpus)
            .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        files.retain(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| self.target.extensions.contains(&e))
        });
        files.sort();
        for path in &files {
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            let rel = format!("{}/{name}", self.target.name);
            let input = Input::new(std::fs::read(path).unwrap(), &extension(path));
            let known = self.known.entries.get(&rel).cloned();
            let cli_only = crashed.contains(path) || known.as_deref().is_some_and(fatal);
            let origin = if cli_only { String::new() } else { rel.clone() };
            let result = self.check(&input, Depth::Full, origin);
            match (known, result) {
                (Some(_), Some(f)) => {
                    println!(
                        "fuzz {}: known failure {rel} still fails: {}",
                        self.target.name, f.signature
                    );
                }
                (Some(_), None) => println!(
                    "fuzz {}: known failure {rel} passes now{}: delete its line from tests/fuzz_corpus/known.txt",
                    self.target.name,
                    if cli_only {
                        " (through the binary)"
                    } else {
                        ""
                    }
                ),
                (None, Some(f)) => {
                    let line = format!("{}: {} ({})", display(path), f.signature, f.detail);
                    eprintln!("fuzz {}: CORPUS FAILURE {line}", self.target.name);
                    self.seen.insert(f.signature);
                    self.new.push(line);
                }
                // A run killed from outside (a machine restart, a CI timeout) leaves its input
                // in flight like a crash does: one that passes through the binary is kept in
                // the corpus (replayed in-process from now on) but is not a failure.
                (None, None) if crashed.contains(path) => {
                    let prefix = format!("{}: crash", display(path));
                    self.new.retain(|line| !line.starts_with(&prefix));
                    println!(
                        "fuzz {}: {rel} was left by a run that stopped, and passes through the binary: kept in the corpus, not a failure",
                        self.target.name
                    );
                }
                (None, None) => {}
            }
        }
        files.len()
    }
}

fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_string()
}

/// A path relative to the crate, for messages.
fn display(path: &Path) -> String {
    path.strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap_or(path)
        .display()
        .to_string()
}

/// Writes a failing input into the corpus folder under its hash.
pub fn save(corpus: &Path, input: &Input) -> PathBuf {
    std::fs::create_dir_all(corpus).unwrap();
    let path = corpus.join(format!("{}.{}", hash_name(&input.bytes), input.ext));
    std::fs::write(&path, &input.bytes).unwrap();
    path
}

/// Runs one target: replays its corpus, fuzzes, prints what happened, fails on anything new.
pub fn fuzz(target: &Target) {
    if !selected(target.name) {
        println!("fuzz {}: skipped (OFFERLENS_FUZZ_TARGET)", target.name);
        return;
    }
    guard::install_hook();
    let config = Config::from_env();
    let corpus = corpus_root().join(target.name);
    let (watchdog, crashed) = Watchdog::new(target.name, &corpus, config.hang);
    let mut run = Run {
        target,
        config,
        known: Known::read(),
        corpus,
        dir: tempfile::tempdir().unwrap(),
        watchdog,
        new: Vec::new(),
        seen: HashSet::new(),
        known_hits: BTreeMap::new(),
        repeats: 0,
        cli_runs: 0,
        accepted: 0,
        slowest: (Duration::ZERO, String::new()),
    };
    for (path, why) in &crashed {
        run.new.push(format!("{}: crash ({why})", display(path)));
    }
    let crashed: HashSet<PathBuf> = crashed.into_iter().map(|(p, _)| p).collect();
    let replayed = run.replay(&crashed);
    let (iterations, elapsed) = fuzz_loop(&mut run);
    report(&run, replayed, iterations, elapsed);
    run.watchdog.finish();
    assert!(
        run.new.is_empty(),
        "fuzz {}: {} failure(s), each kept as a file (replayed on every run; a bug left for \
         later goes into tests/fuzz_corpus/known.txt):\n{}",
        target.name,
        run.new.len(),
        run.new.join("\n")
    );
}

/// The iterations: a fresh input each, the binary on every `cli_every`-th.
fn fuzz_loop(run: &mut Run) -> (u64, Duration) {
    let start = Instant::now();
    let mut last_note = Instant::now();
    let mut i = 0u64;
    while run.config.more(i, start.elapsed()) {
        let mut rng = Rng::for_iteration(run.config.seed, i);
        let input = (run.target.generate)(&mut rng);
        let full = run.config.cli_every > 0 && i.is_multiple_of(run.config.cli_every);
        let depth = if full { Depth::Full } else { Depth::Turn(i) };
        let origin = format!("seed {:#x}, iteration {i}", run.config.seed);
        if let Some(f) = run.check(&input, depth, origin) {
            run.found(f, &input, i);
        }
        i += 1;
        if last_note.elapsed() > Duration::from_secs(60) {
            last_note = Instant::now();
            println!(
                "fuzz {}: {i} iterations, {:.0} s, {} new failure(s)",
                run.target.name,
                start.elapsed().as_secs_f64(),
                run.new.len()
            );
        }
    }
    (i, start.elapsed())
}

fn report(run: &Run, replayed: usize, iterations: u64, elapsed: Duration) {
    let name = run.target.name;
    println!(
        "fuzz {name}: seed {:#x}: {iterations} iterations in {:.1} s ({:.0}/s), {replayed} corpus file(s) replayed, {} input(s) read and analysed (the others refused), the binary run on {} input(s); {} new failure(s), {} repeat(s)",
        run.config.seed,
        elapsed.as_secs_f64(),
        iterations as f64 / elapsed.as_secs_f64().max(1e-9),
        run.accepted,
        run.cli_runs,
        run.new.len(),
        run.repeats,
    );
    for (file, hits) in &run.known_hits {
        println!("fuzz {name}: known failure {file} hit {hits} time(s)");
    }
    println!(
        "fuzz {name}: slowest input in-process: {:.3} s ({})",
        run.slowest.0.as_secs_f64(),
        run.slowest.1
    );
    for (location, count) in guard::caught_inside() {
        println!(
            "fuzz {name}: {count} panic(s) at {location} caught by offerlens' reader guard (reported as a damaged file)"
        );
    }
    println!(
        "fuzz {name}: reproduce with OFFERLENS_FUZZ_SEED={:#x}",
        run.config.seed
    );
}
