//! The command line as typed, put in the order the parser reads: a global option written
//! before the command (`offerlens --lang pl rank offers.csv`) moves after the command's name.
//!
//! Without a command, `offerlens offers.csv` ranks; so once an option is seen before any
//! name, the parser takes a following `rank` for a file. Moving the leading global options
//! after the command's name keeps both spellings working.

use std::ffi::OsString;

/// The commands, as typed.
const COMMANDS: &[&str] = &[
    "rank",
    "check",
    "tui",
    "template",
    "explain",
    "sensitivity",
    "help",
];

/// Global options that take a value (`--lang pl`, `--lang=pl`).
const GLOBAL_WITH_VALUE: &[&str] = &["--lang"];

/// `args` (the program name first) with the global options written before the command's
/// name moved after it. Anything else is left as it is.
pub fn command_first(args: Vec<OsString>) -> Vec<OsString> {
    let mut leading = Vec::new();
    let mut i = 1;
    while i < args.len() {
        let Some(arg) = args[i].to_str() else { break };
        if GLOBAL_WITH_VALUE.contains(&arg) && i + 1 < args.len() {
            leading.extend_from_slice(&args[i..i + 2]);
            i += 2;
        } else if GLOBAL_WITH_VALUE.iter().any(|g| {
            arg.strip_prefix(g)
                .is_some_and(|rest| rest.starts_with('='))
        }) {
            leading.push(args[i].clone());
            i += 1;
        } else {
            break;
        }
    }
    let names_a_command = args
        .get(i)
        .and_then(|a| a.to_str())
        .is_some_and(|a| COMMANDS.contains(&a));
    if leading.is_empty() || !names_a_command {
        return args;
    }
    let mut out = Vec::with_capacity(args.len());
    out.push(args[0].clone());
    out.push(args[i].clone());
    out.extend(leading);
    out.extend_from_slice(&args[i + 1..]);
    out
}

#[cfg(test)]
mod tests {
    use super::command_first;

    fn run(args: &[&str]) -> Vec<String> {
        command_first(args.iter().map(Into::into).collect())
            .into_iter()
            .map(|a| a.into_string().unwrap())
            .collect()
    }

    #[test]
    fn a_global_option_before_the_command_moves_after_its_name() {
        assert_eq!(
            run(&["offerlens", "--lang", "pl", "rank", "a.csv"]),
            ["offerlens", "rank", "--lang", "pl", "a.csv"]
        );
        assert_eq!(
            run(&["offerlens", "--lang=pl", "check", "a.csv"]),
            ["offerlens", "check", "--lang=pl", "a.csv"]
        );
    }

    #[test]
    fn anything_else_stays_as_typed() {
        for args in [
            &["offerlens", "--lang", "pl", "a.csv"][..],
            &["offerlens", "rank", "--lang", "pl", "a.csv"],
            &["offerlens", "a.csv", "--lang", "pl"],
            &["offerlens", "--lang"],
            &["offerlens", "-f", "json", "rank"],
            &["offerlens"],
        ] {
            assert_eq!(run(args), args);
        }
    }
}
