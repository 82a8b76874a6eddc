//! The command line: clap definitions, and one function per command that calls the session.

mod ask;
mod followup;

use crate::i18n::Msg;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::builder::PossibleValue;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::error::{Error, Result};
use crate::export::{self, Format};
use crate::i18n::Lang;
use crate::import;
use crate::issue::{Counts, Severity};
use crate::sanitize::clean;
use crate::session::{self, Source};

/// Compare vendor offers (website-maintenance agencies first of all) and rank them by business risk.
#[derive(Debug, Parser)]
#[command(name = "offerlens", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// The language of the output: pl or en (default: from LC_ALL, LC_MESSAGES or LANG; a
    /// pl_* locale is Polish, anything else English)
    #[arg(long = "lang", value_name = "LANG", global = true, value_parser = parse_lang)]
    lang: Option<Lang>,
    #[command(flatten)]
    rank: RankArgs,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Score and rank the offers.
    Rank(RankArgs),
    /// Diagnostics only: what was read, what could not be, and where.
    Check(CheckArgs),
    /// The interactive screen: live ranking, weight tuning, compare, save.
    Tui(TuiArgs),
    /// The questionnaire to send to agencies (xlsx), built from the criteria.
    Template(TemplateArgs),
    /// Why one offer beats another, criterion by criterion.
    Explain(ExplainArgs),
    /// How sure the winner is: tipping points, chance of first place, price to win.
    Sensitivity(SensitivityArgs),
    /// What to ask each vendor next: an e-mail per vendor, most points at stake first.
    Ask(ask::AskArgs),
}

#[derive(Debug, Args)]
struct SensitivityArgs {
    /// Offer files or folders (every spreadsheet inside is read).
    #[arg(value_name = "OFFERS")]
    offers: Vec<PathBuf>,
    #[command(flatten)]
    criteria: CriteriaArgs,
    #[command(flatten)]
    limits: LimitArgs,
    /// Output format.
    #[arg(short = 'f', long = "format", value_enum, default_value_t = ExplainFormat::Table)]
    format: ExplainFormat,
    /// Weight samples drawn for the chance of each place.
    #[arg(long = "samples", value_name = "N", default_value_t = 10_000)]
    samples: usize,
    /// How far each weight may be off, in percent (0–100).
    #[arg(long = "spread", value_name = "PCT", default_value_t = 30.0)]
    spread: f64,
    /// The seed of the draws: the same seed gives the same shares.
    #[arg(long = "seed", value_name = "S", default_value_t = 2026)]
    seed: u64,
}

#[derive(Debug, Args)]
struct ExplainArgs {
    /// Offer files or folders (every spreadsheet inside is read).
    #[arg(value_name = "OFFERS")]
    offers: Vec<PathBuf>,
    #[command(flatten)]
    criteria: CriteriaArgs,
    #[command(flatten)]
    limits: LimitArgs,
    /// The offer to explain (default: the leader); case and diacritics do not matter.
    #[arg(long = "vendor", value_name = "NAME")]
    vendor: Option<String>,
    /// The offer to compare it with (default: the runner-up, or the leader).
    #[arg(long = "vs", value_name = "NAME")]
    vs: Option<String>,
    /// Output format.
    #[arg(short = 'f', long = "format", value_enum, default_value_t = ExplainFormat::Table)]
    format: ExplainFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ExplainFormat {
    Table,
    Json,
    Md,
}

#[derive(Debug, Args)]
struct TemplateArgs {
    #[command(flatten)]
    criteria: CriteriaSource,
    /// The ratings sheet one evaluator fills in, instead of the vendors' questionnaire.
    #[arg(long = "ratings", conflicts_with = "followup")]
    ratings: bool,
    /// Each vendor's own questionnaire again, pre-filled, the answers to clarify highlighted:
    /// one file per vendor into the folder -o names.
    #[arg(long = "followup")]
    followup: bool,
    /// With --ratings: the offers whose vendors are rated.
    #[arg(value_name = "OFFERS")]
    offers: Vec<PathBuf>,
    #[command(flatten)]
    limits: LimitArgs,
    /// The questionnaire file to write (.xlsx); with --followup, the folder.
    #[arg(short = 'o', long = "output", value_name = "PATH", required = true)]
    output: PathBuf,
}

/// Where the criteria come from: a file or a built-in profile.
#[derive(Debug, Args)]
struct CriteriaSource {
    /// A criteria TOML file.
    #[arg(
        short = 'c',
        long = "criteria",
        value_name = "FILE",
        conflicts_with = "profile"
    )]
    criteria: Option<PathBuf>,
    /// A built-in profile: info-site, sme or ecommerce. Default: sme.
    #[arg(short = 'p', long = "profile", value_name = "PROFILE")]
    profile: Option<String>,
}

impl CriteriaSource {
    fn source(&self) -> Source {
        Source::new(self.criteria.as_deref(), self.profile.as_deref())
    }
}

#[derive(Debug, Args)]
struct CriteriaArgs {
    #[command(flatten)]
    from: CriteriaSource,
    /// The evaluators' ratings files (one per evaluator) of the rating criteria. Default: a
    /// `ratings` folder beside the offers.
    #[arg(long = "ratings", value_name = "DIR")]
    ratings: Option<PathBuf>,
}

/// Caps on what is read from one file.
#[derive(Debug, Args)]
struct LimitArgs {
    /// Most rows read from one sheet or CSV file.
    #[arg(long = "max-rows", value_name = "N", default_value_t = import::Limits::default().max_rows)]
    max_rows: usize,
    /// Largest offer file read, in MB.
    #[arg(long = "max-file-mb", value_name = "MB", default_value_t = import::Limits::default().max_file_bytes >> 20)]
    max_file_mb: u64,
    /// Memory for the cells of all offer files of the run together, in MB.
    #[arg(long = "max-memory-mb", value_name = "MB", default_value_t = import::Limits::default().max_memory_bytes >> 20)]
    max_memory_mb: u64,
}

impl CriteriaArgs {
    fn source(&self) -> Source {
        self.from.source()
    }

    /// The ratings folder named with `--ratings`; one that does not exist is refused before
    /// anything is read, rather than ranking with every rating blank.
    fn ratings(&self) -> Result<Option<&Path>> {
        match self.ratings.as_deref() {
            Some(dir) if !dir.exists() => Err(Error::Input {
                path: dir.display().to_string(),
                message: Msg::new("cli-ratings-not-found"),
            }),
            dir => Ok(dir),
        }
    }
}

impl LimitArgs {
    fn limits(&self) -> import::Limits {
        import::Limits {
            max_rows: self.max_rows,
            max_file_bytes: self.max_file_mb.saturating_mul(1 << 20),
            max_memory_bytes: self.max_memory_mb.saturating_mul(1 << 20),
            ..import::Limits::default()
        }
    }
}

#[derive(Debug, Args)]
struct RankArgs {
    /// Offer files or folders (every spreadsheet inside is read).
    #[arg(value_name = "OFFERS")]
    offers: Vec<PathBuf>,
    #[command(flatten)]
    criteria: CriteriaArgs,
    #[command(flatten)]
    limits: LimitArgs,
    /// Output format [default: from the -o file's extension, else table].
    #[arg(short = 'f', long = "format", value_enum)]
    format: Option<Format>,
    /// Write to this file (atomically) instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: Option<PathBuf>,
    /// CSV for: rfc4180 (`,`, decimal point) or pl (Polish Excel: BOM, `;`, decimal comma).
    #[arg(long = "csv-dialect", value_enum, default_value_t = CsvDialect::Rfc4180)]
    csv_dialect: CsvDialect,
    /// Leave the time out of the audit stamp (SOURCE_DATE_EPOCH sets a fixed time instead).
    #[arg(long = "no-timestamp")]
    no_timestamp: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum CsvDialect {
    Rfc4180,
    Pl,
}

#[derive(Debug, Args)]
struct CheckArgs {
    /// Offer files or folders; none: only the criteria are checked.
    #[arg(value_name = "OFFERS")]
    offers: Vec<PathBuf>,
    /// Per table a count of the columns matched, and only errors and warnings
    #[arg(long = "brief")]
    brief: bool,
    #[command(flatten)]
    criteria: CriteriaArgs,
    #[command(flatten)]
    limits: LimitArgs,
}

#[derive(Debug, Args)]
struct TuiArgs {
    /// Offer files or folders (every spreadsheet inside is read).
    #[arg(value_name = "OFFERS", required = true)]
    offers: Vec<PathBuf>,
    #[command(flatten)]
    criteria: CriteriaArgs,
    #[command(flatten)]
    limits: LimitArgs,
}

impl ValueEnum for Format {
    fn value_variants<'a>() -> &'a [Self] {
        &[
            Format::Table,
            Format::Json,
            Format::Csv(export::csv::Dialect::Rfc4180),
            Format::Markdown,
            Format::Xlsx,
            Format::Html,
        ]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            // The values are described by `--format`'s help, from the catalogue.
            Format::Table => PossibleValue::new("table"),
            Format::Json => PossibleValue::new("json"),
            Format::Csv(_) => PossibleValue::new("csv"),
            Format::Markdown => PossibleValue::new("md").alias("markdown"),
            Format::Xlsx => PossibleValue::new("xlsx"),
            Format::Html => PossibleValue::new("html"),
        })
    }
}

/// The program: reads the command line (a global option typed before the command moves after
/// it), runs it, and prints a fatal error in the chosen language, each line sanitized (exit 2).
pub fn main() -> ExitCode {
    let args = crate::argv::command_first(std::env::args_os().collect());
    // The help is written before the arguments are parsed: the language comes from them first.
    let asked = args
        .windows(2)
        .find(|w| w[0] == "--lang")
        .and_then(|w| w[1].to_str().and_then(Lang::from_key))
        .or_else(|| {
            args.iter()
                .find_map(|a| a.to_str()?.strip_prefix("--lang=").and_then(Lang::from_key))
        })
        .unwrap_or_else(|| Lang::from_env(|k| std::env::var(k).ok()));
    let command = crate::help::translate(<Cli as clap::CommandFactory>::command(), asked);
    let matches = command.get_matches_from(args);
    let cli =
        <Cli as clap::FromArgMatches>::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let lang = language(&cli);
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            // File names, sheet names and cell text are the user's data: sanitized per line.
            let text = e.in_lang(lang);
            let lines: Vec<_> = text.split('\n').map(clean).collect();
            eprintln!("offerlens: {}", lines.join("\n"));
            ExitCode::from(2)
        }
    }
}

/// `--lang`, else the locale.
fn language(cli: &Cli) -> Lang {
    cli.lang
        .unwrap_or_else(|| Lang::from_env(|k| std::env::var(k).ok()))
}

/// Runs the parsed command. Fatal errors come back as `Err` (exit 2).
pub fn run(cli: Cli) -> Result<ExitCode> {
    let lang = language(&cli);
    match cli.command {
        Some(Command::Rank(args)) => rank(args, lang),
        Some(Command::Check(args)) => check(args, lang),
        Some(Command::Tui(args)) => tui(args, lang),
        Some(Command::Template(args)) => template(args, lang),
        Some(Command::Explain(args)) => explain(args, lang),
        Some(Command::Sensitivity(args)) => sensitivity(args, lang),
        Some(Command::Ask(args)) => ask::ask(args, lang),
        // Bare `offerlens OFFERS`: the screen when there is one to show, else the table.
        None if cli.rank.format.is_none()
            && cli.rank.output.is_none()
            && !cli.rank.offers.is_empty()
            && crate::tui::has_terminal() =>
        {
            tui(
                TuiArgs {
                    offers: cli.rank.offers,
                    criteria: cli.rank.criteria,
                    limits: cli.rank.limits,
                },
                lang,
            )
        }
        None => rank(cli.rank, lang),
    }
}

/// `--lang`: `pl` or `en`.
fn parse_lang(s: &str) -> std::result::Result<Lang, String> {
    // The language is what is being chosen: the message follows the locale.
    let lang = Lang::from_env(|k| std::env::var(k).ok());
    Lang::from_key(s).ok_or_else(|| {
        Msg::new("cli-expected-pl-or-en-found")
            .with("a0", clean(s))
            .in_lang(lang)
    })
}

fn rank(args: RankArgs, lang: Lang) -> Result<ExitCode> {
    if args.offers.is_empty() {
        return Err(Error::Usage(Msg::new("cli-no-offers")));
    }
    // `-o -` is standard output, as usual.
    let output = args.output.filter(|p| p.as_os_str() != "-");
    let format = format_for(args.format, output.as_deref())?;
    if format == Format::Xlsx && output.is_none() {
        return Err(Error::Usage(Msg::new("cli-xlsx-needs-output")));
    }
    let source = args.criteria.source();
    if let Some(path) = &output {
        session::guard_output(path, &source, &args.offers)?;
    }
    let (criteria, _) = session::load_criteria(&source)?;
    let time = session::timestamp(args.no_timestamp)?;
    let today = session::today()?;
    let loaded = session::analyze_rated(
        &args.offers,
        args.criteria.ratings()?,
        criteria,
        &args.limits.limits(),
        today,
    );
    let format = match format {
        Format::Csv(_) => Format::Csv(match args.csv_dialect {
            CsvDialect::Rfc4180 => export::csv::Dialect::Rfc4180,
            CsvDialect::Pl => export::csv::Dialect::Polish,
        }),
        other => other,
    };
    if loaded.unreadable {
        return Ok(failed_run(&loaded, output.as_deref(), format, time, lang));
    }
    report_read_errors(&loaded.analysis.issues, lang);
    if format != Format::Xlsx {
        session::export_into(
            &loaded.analysis,
            &loaded.files,
            format,
            time,
            lang,
            output.as_deref(),
        )?;
        // The process ends next: freeing a hundred thousand offers' strings one by one would
        // only delay the exit (the operating system takes the memory back whole).
        std::mem::forget(loaded);
        return Ok(ExitCode::SUCCESS);
    }
    let bytes = match session::export(&loaded.analysis, &loaded.files, format, time, lang) {
        Ok(bytes) => bytes,
        Err(message) => {
            say(lang, Msg::new("cli-output-failed").with("reason", message));
            if let Some(path) = &output {
                say(lang, untouched(path));
            }
            return Ok(ExitCode::from(2));
        }
    };
    session::emit(&bytes, output.as_deref())?;
    std::mem::forget(loaded);
    Ok(ExitCode::SUCCESS)
}

/// One line on stderr, in `lang`, sanitized.
fn say(lang: Lang, message: Msg) {
    eprintln!("offerlens: {}", clean(&message.in_lang(lang)));
}

/// What became of `-o` when nothing was written to it.
fn untouched(path: &Path) -> Msg {
    Msg::new(if path.exists() {
        "cli-nothing-written-kept"
    } else {
        "cli-nothing-written-not-created"
    })
    .with("file", path.display().to_string())
}

/// A run whose input could not be read (exit 2): the first error on stderr, and `-o` left as
/// it was — a good file from an earlier run is never replaced by a broken one. Without `-o` the
/// ranking of what could be read still goes to stdout, unless reading was stopped by the
/// memory budget: a part of the offers is not a ranking.
fn failed_run(
    loaded: &session::Loaded,
    output: Option<&Path>,
    format: Format,
    time: Option<i64>,
    lang: Lang,
) -> ExitCode {
    let analysis = &loaded.analysis;
    if output.is_none() && !loaded.stopped {
        match session::export(analysis, &loaded.files, format, time, lang) {
            Ok(bytes) => {
                if let Err(e) = session::emit(&bytes, None) {
                    eprintln!("offerlens: {}", clean(&e.in_lang(lang)));
                }
            }
            Err(message) => say(lang, Msg::new("cli-output-failed").with("reason", message)),
        }
    }
    let first = analysis
        .issues
        .iter()
        .find(|i| i.severity == Severity::Error)
        .map_or_else(
            || Msg::new("cli-no-offers-read"),
            |i| {
                Msg::new("cli-issue")
                    .with("location", &i.location)
                    .msg("severity", Msg::new("cli-error"))
                    .msg("message", i.message.clone())
            },
        );
    say(lang, first);
    if let Some(path) = output {
        say(lang, untouched(path));
    }
    ExitCode::from(2)
}

/// The lowercased extension of a path.
fn extension(path: &Path) -> Option<String> {
    path.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
}

/// The output format: `-f`, else what the `-o` file's extension says, else the table. A
/// format that contradicts the extension (`-f xlsx -o report.md`) is refused.
fn format_for(given: Option<Format>, output: Option<&Path>) -> Result<Format> {
    let by_extension = output
        .and_then(extension)
        .and_then(|e| Format::from_extension(&e));
    match (given, by_extension) {
        (Some(f), Some(e)) if f.extension() != e.extension() => Err(Error::Usage(
            Msg::new("cli-f-does-not-match-the")
                .with(
                    "a0",
                    (f.to_possible_value()
                        .map_or("?".into(), |v| v.get_name().to_string()))
                    .to_string(),
                )
                .with(
                    "a1",
                    (output.map_or(String::new(), |p| p.display().to_string())).to_string(),
                )
                .with("a2", (f.extension()).to_string()),
        )),
        (Some(f), _) => Ok(f),
        (None, Some(e)) => Ok(e),
        (None, None) => Ok(Format::Table),
    }
}

fn tui(args: TuiArgs, lang: Lang) -> Result<ExitCode> {
    if !crate::tui::has_terminal() {
        return Err(Error::Usage(Msg::new("cli-needs-terminal")));
    }
    let source = args.criteria.source();
    let (criteria, text) = session::load_criteria(&source)?;
    let limits = args.limits.limits();
    // Everything is read before the screen is taken over: a file that cannot be read is a
    // message in the issues list, not a half-drawn screen.
    let loaded = session::analyze_rated(
        &args.offers,
        args.criteria.ratings()?,
        criteria,
        &limits,
        session::today()?,
    );
    if loaded.stopped {
        // Part of the offers is not a comparison to tune weights on.
        let first = loaded
            .analysis
            .issues
            .iter()
            .find(|i| {
                i.severity == Severity::Error && i.message.id() == "file-the-offers-read-in-this"
            })
            .map_or_else(
                || Msg::new("file-the-offers-read-in-this").with("a0", "?"),
                |i| i.message.clone(),
            );
        return Err(Error::Usage(first));
    }
    let inputs = args
        .offers
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    let mut app = crate::tui::app::App::new(loaded.analysis, source, text, inputs);
    app.lang = lang;
    crate::tui::run(crate::tui::Session {
        app,
        offers: args.offers,
        ratings: args.criteria.ratings,
        files: loaded.files,
        limits,
        lang,
    })
    .map_err(|e| Error::io("terminal", e))?;
    Ok(ExitCode::SUCCESS)
}

fn template(args: TemplateArgs, lang: Lang) -> Result<ExitCode> {
    if args.followup {
        return followup::followup(&args, lang);
    }
    if let Some(ext) = extension(&args.output)
        && ext != "xlsx"
        && !(args.ratings && ext == "ods")
    {
        let id = if args.ratings {
            "cli-the-ratings-sheet-is-xlsx-or-ods"
        } else {
            "cli-the-questionnaire-is-an-xlsx"
        };
        return Err(Error::Usage(Msg::new(id).with("ext", ext)));
    }
    let source = args.criteria.source();
    session::guard_output(&args.output, &source, &args.offers)?;
    let (criteria, _) = session::load_criteria(&source)?;
    if args.ratings {
        return ratings_template(&args, criteria, lang);
    }
    if !args.offers.is_empty() {
        return Err(Error::Usage(Msg::new("cli-template-offers-need-ratings")));
    }
    let bytes = crate::questionnaire::write(&criteria).map_err(|message| Error::Input {
        path: criteria.origin.clone(),
        message,
    })?;
    session::emit(&bytes, Some(&args.output))?;
    say(
        lang,
        Msg::new("cli-wrote-questionnaire")
            .both("name", &criteria.name, criteria.name_pl.as_deref())
            .with("file", args.output.display().to_string())
            .with("option", source.option()),
    );
    Ok(ExitCode::SUCCESS)
}

/// `template --ratings`: the sheet one evaluator fills in, the vendors of the offers given.
fn ratings_template(
    args: &TemplateArgs,
    criteria: crate::criteria::Criteria,
    lang: Lang,
) -> Result<ExitCode> {
    let vendors: Vec<String> = if args.offers.is_empty() {
        Vec::new()
    } else {
        let loaded = session::analyze_rated(
            &args.offers,
            None,
            criteria.clone(),
            &args.limits.limits(),
            session::today()?,
        );
        // The sheet lists every vendor: a file that could not be read would leave some out.
        refuse_part(&loaded)?;
        loaded
            .analysis
            .offers
            .offers
            .iter()
            .map(|o| o.vendor.clone())
            .collect()
    };
    let container = if extension(&args.output).as_deref() == Some("ods") {
        crate::questionnaire::ratings::Container::Ods
    } else {
        crate::questionnaire::ratings::Container::Xlsx
    };
    let bytes = crate::questionnaire::ratings::write(&criteria, &vendors, lang, container)
        .map_err(|message| Error::Input {
            path: criteria.origin.clone(),
            message,
        })?;
    session::emit(&bytes, Some(&args.output))?;
    let id = if vendors.is_empty() {
        "cli-wrote-ratings-sheet-blank"
    } else {
        "cli-wrote-ratings-sheet"
    };
    say(
        lang,
        Msg::new(id)
            .with("file", args.output.display().to_string())
            .with("count", vendors.len().to_string()),
    );
    Ok(ExitCode::SUCCESS)
}

/// The offers of `explain` and `sensitivity`, read whole: a file that could not be read (or a
/// run stopped by the memory budget) makes a comparison of part of the offers, which is refused
/// with the first error; errors in single cells are counted on stderr.
fn load_whole(
    offers: &[PathBuf],
    criteria: &CriteriaArgs,
    limits: &LimitArgs,
    lang: Lang,
) -> Result<session::Loaded> {
    if offers.is_empty() {
        return Err(Error::Usage(Msg::new("cli-no-offers")));
    }
    let ratings = criteria.ratings()?;
    let (criteria, _) = session::load_criteria(&criteria.source())?;
    let loaded = session::analyze_rated(
        offers,
        ratings,
        criteria,
        &limits.limits(),
        session::today()?,
    );
    refuse_part(&loaded)?;
    report_read_errors(&loaded.analysis.issues, lang);
    Ok(loaded)
}

/// A file that could not be read (or a run stopped by the memory budget) leaves only part of
/// the offers: refused with the first error.
fn refuse_part(loaded: &session::Loaded) -> Result<()> {
    if loaded.unreadable || loaded.stopped {
        let issues = &loaded.analysis.issues;
        return Err(
            match issues.iter().find(|i| i.severity == Severity::Error) {
                Some(i) => Error::Input {
                    path: i.location.clone(),
                    message: i.message.clone(),
                },
                None => Error::Usage(Msg::new("cli-no-offers-read")),
            },
        );
    }
    Ok(())
}

/// Errors met while reading the offers, said on stderr whatever the output goes to: one about
/// a whole file (rows past `--max-rows` not read) in full, at its place; errors in single cells
/// counted (`check` lists them).
fn report_read_errors(issues: &[crate::issue::Issue], lang: Lang) {
    let errors = issues.iter().filter(|i| i.severity == Severity::Error);
    let (files, cells): (Vec<_>, Vec<_>) = errors.partition(|i| i.offer.is_none());
    for i in files {
        say(
            lang,
            Msg::new("cli-at")
                .with("place", &i.location)
                .msg("message", i.message.clone()),
        );
    }
    if !cells.is_empty() {
        say(
            lang,
            Msg::new("cli-errors-while-reading").count("errors", cells.len()),
        );
    }
}

fn explain(args: ExplainArgs, lang: Lang) -> Result<ExitCode> {
    let loaded = load_whole(&args.offers, &args.criteria, &args.limits, lang)?;
    let a = &loaded.analysis;
    if a.offers.len() < 2 {
        return Err(Error::Usage(
            Msg::new("explain-needs-two").count("offers", a.offers.len()),
        ));
    }
    let (leader, runner_up) = crate::explain::default_pair(a).unwrap_or((0, 1));
    let pick = |name: &Option<String>, default: usize| match name {
        Some(n) => crate::explain::find_vendor(a, n).map_err(Error::Usage),
        None => Ok(default),
    };
    let first = pick(&args.vendor, leader)?;
    let fallback = if first == leader { runner_up } else { leader };
    let second = pick(&args.vs, fallback)?;
    if first == second {
        return Err(Error::Usage(
            Msg::new("explain-same-offer").with("vendor", &a.offers.offers[first].vendor),
        ));
    }
    let e = crate::explain::explain(a, first, second);
    let form = match args.format {
        ExplainFormat::Table => export::explain::Form::Table,
        ExplainFormat::Json => export::explain::Form::Json,
        ExplainFormat::Md => export::explain::Form::Markdown,
    };
    let mut out = Vec::new();
    export::explain::write(a, &e, form, lang, &mut out).map_err(|e| Error::io("output", e))?;
    session::emit(&out, None)?;
    Ok(ExitCode::SUCCESS)
}

fn sensitivity(args: SensitivityArgs, lang: Lang) -> Result<ExitCode> {
    use crate::sensitivity as sens;
    if !(0.0..=100.0).contains(&args.spread) || args.samples == 0 || args.samples > 1_000_000 {
        return Err(Error::Usage(Msg::new("sens-bad-options")));
    }
    let loaded = load_whole(&args.offers, &args.criteria, &args.limits, lang)?;
    let a = &loaded.analysis;
    let order = a.order_with(&a.weights);
    if order.is_empty() {
        return Err(Error::Usage(Msg::new("sens-nothing-ranked")));
    }
    let draws = sens::Draws {
        samples: args.samples,
        spread: args.spread / 100.0,
        seed: args.seed,
    };
    let findings = sens::findings(a, draws);
    let mut out = Vec::new();
    match args.format {
        ExplainFormat::Json => export::sensitivity::json_out(a, &findings, lang, &mut out),
        ExplainFormat::Table => export::sensitivity::text_out(a, &findings, false, lang, &mut out),
        ExplainFormat::Md => export::sensitivity::text_out(a, &findings, true, lang, &mut out),
    }
    .map_err(|e| Error::io("output", e))?;
    session::emit(&out, None)?;
    Ok(ExitCode::SUCCESS)
}

fn check(args: CheckArgs, lang: Lang) -> Result<ExitCode> {
    let (criteria, _) = session::load_criteria(&args.criteria.source())?;
    let mut out = Vec::new();
    let total: f64 = criteria.criteria.iter().map(|c| c.weight).sum();
    writeln!(
        out,
        "{}",
        clean(
            &Msg::new("cli-criteria-ok")
                .with("origin", &criteria.origin)
                .both("name", &criteria.name, criteria.name_pl.as_deref())
                .count("criteria", criteria.criteria.len())
                .msg(
                    "method",
                    Msg::new(crate::export::method_id(criteria.method))
                )
                .num("total", total)
                .in_lang(lang)
        )
    )
    .ok();
    if args.offers.is_empty() {
        session::emit(&out, None)?;
        return Ok(ExitCode::SUCCESS);
    }
    let loaded = session::analyze_rated(
        &args.offers,
        args.criteria.ratings()?,
        criteria,
        &args.limits.limits(),
        session::today()?,
    );
    let mut out = Vec::new();
    export::check::write_with(
        &loaded.analysis,
        &loaded.files,
        if args.brief {
            export::check::Detail::Brief
        } else {
            export::check::Detail::Full
        },
        lang,
        &mut out,
    )
    .map_err(|e| Error::io("output", e))?;
    session::emit(&out, None)?;
    let counts = Counts::of(&loaded.analysis.issues);
    Ok(if loaded.unreadable {
        ExitCode::from(2)
    } else if counts.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
