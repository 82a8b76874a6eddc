//! The command line's help in the chosen language: about texts, argument helps, the values of
//! `--format` and clap's own headings, from the catalogue.

use clap::{Arg, ArgAction, Command};

use crate::i18n::{Lang, t};

/// `cmd` with its help in `lang`.
pub fn translate(cmd: Command, lang: Lang) -> Command {
    let mut cmd = command(cmd, lang, "offerlens")
        .subcommand_help_heading(fixed(t(lang, "help-heading-commands")))
        // clap's `help` command describes itself in English only: in Polish, -h and --help.
        .disable_help_subcommand(lang != Lang::En);
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(name.clone(), |sub| command(sub, lang, &name));
    }
    cmd
}

/// One command: its about text, every argument's help and heading, its help and version
/// flags, and the usage line's heading.
fn command(cmd: Command, lang: Lang, name: &str) -> Command {
    let about = format!("help-about-{name}");
    let mut cmd = cmd
        .about(t(lang, &about))
        .help_template(format!(
            "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            t(lang, "help-heading-usage")
        ))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(t(lang, "help-flag-help"))
                .help_heading(fixed(t(lang, "help-heading-options"))),
        );
    if name == "offerlens" {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t(lang, "help-flag-version"))
                .help_heading(fixed(t(lang, "help-heading-options"))),
        );
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .filter(|id| id != "help" && id != "version")
        .collect();
    for id in ids {
        let specific = format!("help-arg-{name}-{id}");
        let general = format!("help-arg-{id}");
        let text = Some(t(lang, &specific))
            .filter(|s| *s != specific)
            .unwrap_or_else(|| t(lang, &general));
        cmd = cmd.mut_arg(id.as_str(), |a| {
            let heading = if a.is_positional() {
                "help-heading-arguments"
            } else {
                "help-heading-options"
            };
            let takes_values = a.get_action().takes_values();
            let names: Vec<&'static str> = a
                .get_value_names()
                .unwrap_or_default()
                .iter()
                .map(|n| fixed(value_name(lang, n.as_str())))
                .collect();
            let a = if names.is_empty() {
                a
            } else {
                a.value_names(names)
            };
            a.help(text.clone())
                .long_help(text)
                .hide_default_value(takes_values)
                .hide_possible_values(takes_values)
                .help_heading(fixed(t(lang, heading)))
        });
    }
    // The usage line's placeholders, in the language: "[OPCJE]", "<POLECENIE>".
    let usage = cmd.clone().render_usage().to_string();
    let usage = usage
        .split_once(' ')
        .map_or(usage.as_str(), |(_, rest)| rest)
        .replace("[OPTIONS]", &format!("[{}]", t(lang, "help-value-OPTIONS")))
        .replace("<COMMAND>", &format!("<{}>", t(lang, "help-value-COMMAND")));
    // A subcommand built apart from its parent leaves the program's name out.
    let usage = if name == "offerlens" {
        usage
    } else {
        format!("offerlens {usage}")
    };
    cmd.override_usage(usage)
}

/// A value's placeholder (`FILE`, `OFFERS`) in `lang`, or as it is.
fn value_name(lang: Lang, name: &str) -> String {
    let id = format!("help-value-{name}");
    let text = t(lang, &id);
    if text == id { name.to_string() } else { text }
}

/// A heading for clap, which keeps headings for the whole run: the few short texts of one help
/// screen are leaked once, when it is built.
fn fixed(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}
