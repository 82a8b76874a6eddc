//! Running the `offerlens` binary as a user would.

use assert_cmd::Command;

/// The built binary, ready for arguments.
pub fn offerlens() -> Command {
    Command::cargo_bin("offerlens").unwrap()
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
