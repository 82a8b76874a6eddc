//! The command line: clap definitions and the commands, the only place that reads and writes
//! files for the pure core.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::analysis::Analysis;
use crate::audit::Audit;
use crate::criteria::{self, Criteria};
use crate::error::{Error, Result};
use crate::export;
use crate::import;
use crate::issue::{Counts, Severity};

/// Compare vendor offers (website-maintenance agencies first of all) and rank them by business risk.
#[derive(Debug, Parser)]
#[command(name = "offerlens", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
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
}

#[derive(Debug, Args)]
struct TemplateArgs {
    #[command(flatten)]
    criteria: CriteriaArgs,
    /// The questionnaire file to write (.xlsx).
    #[arg(
        short = 'o',
        long = "output",
        value_name = "FILE.xlsx",
        required = true
    )]
    output: PathBuf,
}

#[derive(Debug, Args)]
struct CriteriaArgs {
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

/// Caps on what is read from one file.
#[derive(Debug, Args)]
struct LimitArgs {
    /// Most rows read from one sheet or CSV file.
    #[arg(long = "max-rows", value_name = "N", default_value_t = import::Limits::default().max_rows)]
    max_rows: usize,
    /// Largest offer file read, in MB.
    #[arg(long = "max-file-mb", value_name = "MB", default_value_t = import::Limits::default().max_file_bytes >> 20)]
    max_file_mb: u64,
}

impl LimitArgs {
    fn limits(&self) -> import::Limits {
        import::Limits {
            max_rows: self.max_rows,
            max_file_bytes: self.max_file_mb.saturating_mul(1 << 20),
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// An aligned text table for 80 columns.
    Table,
    /// The machine-readable ranking (DESIGN.md's contract) with an audit block.
    Json,
    /// One row per offer, one column per criterion, the audit stamp closing each row.
    Csv,
    /// Markdown: a report to paste into an email.
    #[value(alias = "markdown")]
    Md,
    /// A workbook for procurement (needs -o).
    Xlsx,
}

/// Parses the arguments and runs the command. Fatal errors come back as `Err` (exit 2).
pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Some(Command::Rank(args)) => rank(args),
        Some(Command::Check(args)) => check(args),
        Some(Command::Tui(args)) => tui(args),
        Some(Command::Template(args)) => template(args),
        // Bare `offerlens OFFERS`: the screen when there is one to show, else the table.
        None if cli.rank.format.is_none()
            && cli.rank.output.is_none()
            && !cli.rank.offers.is_empty()
            && crate::tui::has_terminal() =>
        {
            tui(TuiArgs {
                offers: cli.rank.offers,
                criteria: cli.rank.criteria,
                limits: cli.rank.limits,
            })
        }
        None => rank(cli.rank),
    }
}

fn load_criteria(args: &CriteriaArgs) -> Result<Criteria> {
    load_criteria_text(args).map(|(c, _)| c)
}

/// The criteria and the text they were parsed from (a file's, or a built-in profile's).
fn load_criteria_text(args: &CriteriaArgs) -> Result<(Criteria, String)> {
    if let Some(path) = &args.criteria {
        let name = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| Error::io(&name, e))?;
        let text = String::from_utf8(bytes).map_err(|e| Error::Input {
            path: name.clone(),
            message: format!(
                "not UTF-8 text (byte {}): save the criteria file as UTF-8",
                e.utf8_error().valid_up_to()
            ),
        })?;
        let parsed = criteria::parse(&text, &name).map_err(Error::Criteria)?;
        return Ok((parsed, text));
    }
    let name = args.profile.as_deref().unwrap_or(criteria::DEFAULT_PROFILE);
    let text = criteria::PROFILES.iter().find(|(n, _)| *n == name);
    match (criteria::profile(name), text) {
        (Some(result), Some((_, text))) => result
            .map(|c| (c, text.to_string()))
            .map_err(Error::Criteria),
        _ => {
            let names: Vec<&str> = criteria::PROFILES.iter().map(|(n, _)| *n).collect();
            Err(Error::Usage(format!(
                "unknown profile '{name}': expected one of {}",
                names.join(", ")
            )))
        }
    }
}

fn analyze(
    offers: &[PathBuf],
    criteria: Criteria,
    limits: &import::Limits,
) -> (Analysis, Vec<import::InputFile>, bool) {
    let loaded = import::load(offers, limits);
    let analysis = Analysis::from_tables(criteria, loaded.tables, loaded.issues);
    let unreadable = analysis.offers.is_empty() || analysis.issues.iter().any(|i| i.whole_file);
    (analysis, loaded.files, unreadable)
}

fn rank(args: RankArgs) -> Result<ExitCode> {
    if args.offers.is_empty() {
        return Err(Error::Usage(
            "no offers given: name offer files or folders, e.g. `offerlens rank samples/agencies.csv`".into(),
        ));
    }
    // `-o -` is standard output, as usual.
    let output = args.output.filter(|p| p.as_os_str() != "-");
    let format = format_for(args.format, output.as_deref())?;
    if format == Format::Xlsx && output.is_none() {
        return Err(Error::Usage(
            "-f xlsx writes a workbook: name the file with -o, e.g. `-o ranking.xlsx`".into(),
        ));
    }
    if let Some(path) = &output {
        guard_inputs(path, &args.criteria, &args.offers)?;
    }
    let criteria = load_criteria(&args.criteria)?;
    let time = timestamp(args.no_timestamp)?;
    let (analysis, files, unreadable) = analyze(&args.offers, criteria, &args.limits.limits());
    let audit = Audit::new(&analysis, &files, time);
    let mut buf = Vec::new();
    let written = match format {
        Format::Table => export::table::write(&analysis, &mut buf),
        Format::Json => export::json::write(&analysis, &audit, &mut buf),
        Format::Csv => export::csv::write(
            &analysis,
            &audit,
            match args.csv_dialect {
                CsvDialect::Rfc4180 => export::csv::Dialect::Rfc4180,
                CsvDialect::Pl => export::csv::Dialect::Polish,
            },
            &mut buf,
        ),
        Format::Md => export::markdown::write(&analysis, &audit, &mut buf),
        Format::Xlsx => export::xlsx::write(&analysis, &audit)
            .map(|bytes| buf = bytes)
            .map_err(io::Error::other),
    };
    written.map_err(|e| Error::io("output", e))?;
    emit(&buf, output.as_deref())?;
    if unreadable {
        let first = analysis
            .issues
            .iter()
            .find(|i| i.severity == Severity::Error)
            .map(|i| i.to_string())
            .unwrap_or_else(|| "no offers could be read".into());
        eprintln!("offerlens: {first}");
        return Ok(ExitCode::from(2));
    }
    Ok(ExitCode::SUCCESS)
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
    let by_extension = output.and_then(extension).and_then(|e| match e.as_str() {
        "csv" => Some(Format::Csv),
        "json" => Some(Format::Json),
        "md" | "markdown" => Some(Format::Md),
        "xlsx" => Some(Format::Xlsx),
        "txt" => Some(Format::Table),
        _ => None,
    });
    match (given, by_extension) {
        (Some(f), Some(e)) if f != e => Err(Error::Usage(format!(
            "-f {} does not match the file name {}: use .{} or another -f",
            f.to_possible_value()
                .map_or("?".into(), |v| v.get_name().to_string()),
            output.map_or(String::new(), |p| p.display().to_string()),
            match f {
                Format::Table => "txt",
                Format::Json => "json",
                Format::Csv => "csv",
                Format::Md => "md",
                Format::Xlsx => "xlsx",
            }
        ))),
        (Some(f), _) => Ok(f),
        (None, Some(e)) => Ok(e),
        (None, None) => Ok(Format::Table),
    }
}

/// Refuses to write over the criteria file or an offer file, or into an offers folder.
fn guard_inputs(path: &Path, criteria: &CriteriaArgs, offers: &[PathBuf]) -> Result<()> {
    match crate::store::refuse_clobbering_inputs(path, criteria.criteria.as_deref(), offers) {
        Some(why) => Err(Error::Input {
            path: path.display().to_string(),
            message: why,
        }),
        None => Ok(()),
    }
}

/// The time stamped on exports: SOURCE_DATE_EPOCH when set (reproducible builds' convention),
/// else now; none with `--no-timestamp`.
pub fn timestamp(none: bool) -> Result<Option<i64>> {
    if none {
        return Ok(None);
    }
    if let Some(v) = std::env::var_os("SOURCE_DATE_EPOCH")
        && !v.is_empty()
    {
        let text = v.to_string_lossy();
        // Years 1970–9999: what RFC 3339 and spreadsheets can show.
        return match text.trim().parse::<i64>() {
            Ok(secs) if (0..=253_402_300_799).contains(&secs) => Ok(Some(secs)),
            _ => Err(Error::Usage(format!(
                "SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 (up to the year 9999), found '{text}'"
            ))),
        };
    }
    Ok(std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()
        .map(|d| d.as_secs() as i64))
}

fn tui(args: TuiArgs) -> Result<ExitCode> {
    if !crate::tui::has_terminal() {
        return Err(Error::Usage(
            "the interactive screen needs a terminal: for text output use `offerlens rank OFFERS` (or `-f json|csv`)".into(),
        ));
    }
    let (criteria, text) = load_criteria_text(&args.criteria)?;
    let source = match &args.criteria.criteria {
        Some(path) => crate::tui::app::Source::File(path.clone()),
        None => crate::tui::app::Source::Profile(
            args.criteria
                .profile
                .clone()
                .unwrap_or_else(|| criteria::DEFAULT_PROFILE.to_string()),
        ),
    };
    let limits = args.limits.limits();
    // Everything is read before the screen is taken over: a file that cannot be read is a
    // message in the issues list, not a half-drawn screen.
    let (analysis, files, _unreadable) = analyze(&args.offers, criteria, &limits);
    let inputs = args
        .offers
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    let app = crate::tui::app::App::new(analysis, source, text, inputs);
    crate::tui::run(crate::tui::Session {
        app,
        offers: args.offers,
        files,
        limits,
    })
    .map_err(|e| Error::io("terminal", e))?;
    Ok(ExitCode::SUCCESS)
}

fn template(args: TemplateArgs) -> Result<ExitCode> {
    if let Some(ext) = extension(&args.output)
        && ext != "xlsx"
    {
        return Err(Error::Usage(format!(
            "the questionnaire is an .xlsx workbook: name the file with .xlsx, not .{ext}"
        )));
    }
    guard_inputs(&args.output, &args.criteria, &[])?;
    let criteria = load_criteria(&args.criteria)?;
    let bytes = export::template::write(&criteria).map_err(|message| Error::Input {
        path: criteria.origin.clone(),
        message,
    })?;
    emit(&bytes, Some(&args.output))?;
    eprintln!(
        "offerlens: wrote the questionnaire for \"{}\" to {}: send it to the agencies, then rank the filled files: offerlens rank FOLDER {}",
        criteria.name,
        args.output.display(),
        match &args.criteria.criteria {
            Some(p) => format!("-c {}", p.display()),
            None => format!(
                "-p {}",
                args.criteria
                    .profile
                    .as_deref()
                    .unwrap_or(criteria::DEFAULT_PROFILE)
            ),
        }
    );
    Ok(ExitCode::SUCCESS)
}

fn check(args: CheckArgs) -> Result<ExitCode> {
    let criteria = load_criteria(&args.criteria)?;
    let mut out = Vec::new();
    let total: f64 = criteria.criteria.iter().map(|c| c.weight).sum();
    writeln!(
        out,
        "{}: OK · \"{}\" · {} criteria · {} · weights sum to {}",
        criteria.origin,
        criteria.name,
        criteria.criteria.len(),
        criteria.method.key(),
        total
    )
    .ok();
    if args.offers.is_empty() {
        emit(&out, None)?;
        return Ok(ExitCode::SUCCESS);
    }
    let (analysis, files, unreadable) = analyze(&args.offers, criteria, &args.limits.limits());
    let mut out = Vec::new();
    export::check::write(&analysis, &files, &mut out).map_err(|e| Error::io("output", e))?;
    emit(&out, None)?;
    let counts = Counts::of(&analysis.issues);
    Ok(if unreadable {
        ExitCode::from(2)
    } else if counts.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Writes output to a file atomically (a temporary file in the same folder, renamed over the
/// target), or to stdout, where a closed pipe (`| head`) is not an error.
fn emit(bytes: &[u8], path: Option<&Path>) -> Result<()> {
    match path {
        Some(path) => crate::store::write_atomically(path, bytes).map_err(|e| Error::Input {
            path: path.display().to_string(),
            message: format!("cannot write: {e}"),
        }),
        None => {
            let mut stdout = io::stdout().lock();
            match stdout.write_all(bytes).and_then(|_| stdout.flush()) {
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
                other => other.map_err(|e| Error::io("standard output", e)),
            }
        }
    }
}
