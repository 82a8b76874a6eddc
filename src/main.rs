//! The `offerlens` binary: parse the command line, run, print the error, return the exit status.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = offerlens::cli::Cli::parse();
    match offerlens::cli::run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("offerlens: {e}");
            ExitCode::from(2)
        }
    }
}
