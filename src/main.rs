//! The `offerlens` binary: parse the command line, run, print the error, return the exit status.

use std::process::ExitCode;

fn main() -> ExitCode {
    // A panic inside a file reader becomes that file's error message; only the others reach
    // the default hook.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !offerlens::import::panic_is_caught() {
            default_hook(info);
        }
    }));
    offerlens::cli::main()
}
