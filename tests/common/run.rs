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
