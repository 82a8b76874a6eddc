//! The `offerlens` binary: parse the command line, run, print the error, return the exit status.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // A panic inside a file reader becomes that file's error message; only the others reach
    // the default hook.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !offerlens::import::panic_is_caught() {
            default_hook(info);
        }
    }));
    let cli = offerlens::cli::Cli::parse();
    match offerlens::cli::run(cli) {
        Ok(code) => code,
        Err(e) => {
            // File names, sheet names and cell text are the user's data: sanitized per line.
            let text = e.to_string();
            let lines: Vec<_> = text.split('\n').map(offerlens::sanitize::clean).collect();
            eprintln!("offerlens: {}", lines.join("\n"));
            ExitCode::from(2)
        }
    }
}
