//! Running the `offerlens` binary as a user would.

use assert_cmd::Command;

/// The built binary, ready for arguments.
/// The program, in English whatever the machine's locale (a test that wants Polish says so).
pub fn offerlens() -> Command {
    let mut cmd = Command::cargo_bin("offerlens").unwrap();
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C");
    cmd
}

/// What a command printed, after checking that it succeeded (else its stderr in the panic).
pub fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "exit {:?}, stderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The first of `programs` installed on this machine (it answers `--version`); `None` when
/// there is none and this is not CI (the test is then skipped with a note). On CI a missing
/// program fails the test: `.ci/run` installs `what`.
pub fn installed(programs: &[&'static str], what: &str) -> Option<&'static str> {
    let found = programs.iter().copied().find(|b| {
        std::process::Command::new(b)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    });
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "{what} is needed for this test (.ci/run installs it)"
        );
        eprintln!("skipping the test: {what} is not installed");
    }
    found
}
