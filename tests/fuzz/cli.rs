//! The CLI-level property: the built binary, run on an input, exits with 0, 1 or 2 in time —
//! never a panic (101), another code, or a signal.

use std::ffi::OsString;
use std::fs::File;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::guard::{one_line, short_path};
use super::harness::Failure;

/// Runs each command line in `dir`; the first that breaks the property is the failure.
pub fn run_all(commands: &[Vec<OsString>], dir: &Path, timeout: Duration) -> Option<Failure> {
    commands.iter().find_map(|args| run(args, dir, timeout))
}

fn run(args: &[OsString], dir: &Path, timeout: Duration) -> Option<Failure> {
    let out_path = dir.join("stdout.txt");
    let err_path = dir.join("stderr.txt");
    // The folder goes away after the run: the files are named as the input's own.
    let folder = format!("{}/", dir.display());
    let shown = format!(
        "offerlens {}",
        args.iter()
            .map(|a| a.to_string_lossy().replace(&folder, ""))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_offerlens"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(File::create(&out_path).unwrap())
        .stderr(File::create(&err_path).unwrap())
        .env("NO_COLOR", "1")
        .env_remove("RUST_BACKTRACE")
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {shown}: {e}"));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > timeout {
            child.kill().ok();
            child.wait().ok();
            return Some(Failure {
                signature: "timeout".into(),
                detail: format!("{shown} ran over {} s and was killed", timeout.as_secs()),
            });
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let stderr = std::fs::read_to_string(&err_path).unwrap_or_default();
    match status.code() {
        Some(0..=2) => None,
        Some(101) => Some(Failure {
            signature: format!("panic at {}", panic_location(&stderr)),
            detail: format!("{shown} exited 101: {}", one_line(&stderr, 300)),
        }),
        Some(code) => Some(Failure {
            signature: format!("exit {code}"),
            detail: format!("{shown} exited {code}: {}", one_line(&stderr, 300)),
        }),
        None => Some(Failure {
            signature: format!("crash: signal {}", signal(&status)),
            detail: format!("{shown} was killed by a signal: {}", one_line(&stderr, 300)),
        }),
    }
}

/// `src/x.rs:10:5` from the panic message of the default hook.
fn panic_location(stderr: &str) -> String {
    stderr
        .split_once("panicked at ")
        .map(|(_, rest)| {
            let line = rest.lines().next().unwrap_or("");
            short_path(line.trim_end_matches(':'))
        })
        .unwrap_or_else(|| "an unknown place".into())
}

#[cfg(unix)]
fn signal(status: &std::process::ExitStatus) -> i32 {
    use std::os::unix::process::ExitStatusExt;
    status.signal().unwrap_or(0)
}

#[cfg(not(unix))]
fn signal(_: &std::process::ExitStatus) -> i32 {
    0
}
