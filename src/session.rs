//! One run's work shared by the command line and the screen: the criteria and the offers
//! loaded, the analysis built, exports written; the clock.

use crate::i18n::Msg;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::analysis::{Analysis, Ratings};
use crate::calendar::Date;
use crate::criteria::{self, Criteria, Kind};
use crate::error::{Error, Result};
use crate::export::{self, Format, audit::Audit};
use crate::import::{self, InputFile, Limits};
use crate::store;

/// Where the criteria came from, and so where a save goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A built-in profile: saved as a new file the user names.
    Profile(String),
    /// A criteria file: saved in place.
    File(PathBuf),
}

impl Source {
    /// `-c FILE` when given, else `-p PROFILE`, else the default profile.
    pub fn new(file: Option<&Path>, profile: Option<&str>) -> Source {
        match file {
            Some(path) => Source::File(path.to_path_buf()),
            None => Source::Profile(profile.unwrap_or(criteria::DEFAULT_PROFILE).to_string()),
        }
    }

    /// The criteria file, when the criteria come from one.
    pub fn file(&self) -> Option<&Path> {
        match self {
            Source::File(path) => Some(path),
            Source::Profile(_) => None,
        }
    }

    /// The option that names these criteria again: `-c FILE` or `-p NAME`.
    pub fn option(&self) -> String {
        match self {
            Source::File(path) => format!("-c {}", path.display()),
            Source::Profile(name) => format!("-p {name}"),
        }
    }
}

/// The criteria and the text they were parsed from (a file's, or a built-in profile's).
pub(crate) fn load_criteria(source: &Source) -> Result<(Criteria, String)> {
    match source {
        Source::File(path) => {
            let name = path.display().to_string();
            let bytes = std::fs::read(path).map_err(|e| Error::io(&name, e))?;
            let text = String::from_utf8(bytes).map_err(|e| Error::Input {
                path: name.clone(),
                message: Msg::new("cli-not-utf-text-byte-save")
                    .with("a0", (e.utf8_error().valid_up_to()).to_string()),
            })?;
            let parsed = criteria::parse(&text, &name).map_err(Error::Criteria)?;
            Ok((parsed, text))
        }
        Source::Profile(name) => {
            let text = criteria::PROFILES.iter().find(|(n, _)| n == name);
            match (criteria::profile(name), text) {
                (Some(result), Some((_, text))) => result
                    .map(|c| (c, text.to_string()))
                    .map_err(Error::Criteria),
                _ => {
                    let names: Vec<&str> = criteria::PROFILES.iter().map(|(n, _)| *n).collect();
                    Err(Error::Usage(
                        Msg::new("cli-unknown-profile-expected-one-of")
                            .with("name", (name).to_string())
                            .with("a0", (names.join(", ")).to_string()),
                    ))
                }
            }
        }
    }
}

/// What reading the offers against the criteria gave.
pub struct Loaded {
    pub analysis: Analysis,
    /// Every offer file read, with its hash for the audit stamp.
    pub files: Vec<InputFile>,
    /// True when the comparison is incomplete: no offer was read, or a whole file could not be.
    pub unreadable: bool,
    /// The run's memory budget ran out: reading stopped, and what was read is only part.
    pub stopped: bool,
}

/// Reads the offer files and folders and analyses them, judged on `today`; the rating
/// criteria's answers come from the ratings folder beside the offers (`ratings/`), when the
/// criteria rate anything.
pub fn analyze(offers: &[PathBuf], criteria: Criteria, limits: &Limits, today: Date) -> Loaded {
    analyze_rated(offers, None, criteria, limits, today)
}

/// The ratings folder of the offers: `ratings/` inside the first offers folder, else beside
/// the first offers file or folder.
pub fn ratings_beside(offers: &[PathBuf]) -> Option<PathBuf> {
    let first = offers.first()?;
    let inside = first.is_dir().then(|| first.join("ratings"));
    let folder = first.parent().filter(|p| !p.as_os_str().is_empty());
    let beside = folder.unwrap_or(Path::new(".")).join("ratings");
    inside
        .into_iter()
        .chain([beside])
        .find(|dir| dir.is_dir() && !offers.iter().any(|o| o == dir))
}

/// Reads the evaluators' ratings files of `dir` (each file one evaluator).
fn load_ratings(dir: &Path, criteria: &Criteria, limits: &Limits) -> (Ratings, import::Loaded) {
    let mut loaded = import::load(&[dir.to_path_buf()], limits);
    let mut files: Vec<(String, Vec<crate::table::RawTable>)> = Vec::new();
    for table in std::mem::take(&mut loaded.tables) {
        match files.last_mut() {
            Some((file, tables)) if *file == table.file => tables.push(table),
            _ => files.push((table.file.clone(), vec![table])),
        }
    }
    for file in &mut loaded.files {
        file.ratings = true;
    }
    // An empty folder holds no ratings files, not "no offer files"; the offers are whole
    // without them (every rating is blank, which is said too).
    for issue in &mut loaded.issues {
        if issue.message.id() == "file-the-folder-holds-no-offer" {
            *issue = crate::issue::Issue::warning(
                std::mem::take(&mut issue.location),
                Msg::new("rating-folder-empty"),
            );
        }
    }
    let evaluators = crate::ratings::evaluators(files, criteria, &mut loaded.issues);
    let ratings = Ratings {
        place: dir.display().to_string(),
        evaluators,
    };
    (ratings, loaded)
}

/// [`analyze`] with the ratings read from `ratings` (else from the folder beside the offers).
pub fn analyze_rated(
    offers: &[PathBuf],
    ratings: Option<&Path>,
    criteria: Criteria,
    limits: &Limits,
    today: Date,
) -> Loaded {
    let rates = criteria.criteria.iter().any(|c| c.kind == Kind::Rating);
    let dir = ratings
        .map(Path::to_path_buf)
        .or_else(|| ratings_beside(offers));
    // Read and analysed on a thread of the pool that does the parallel work: the memory the
    // read table leaves behind is then taken again by that work (an allocator keeps each
    // thread's memory apart, and the main thread would keep it idle).
    let (analysis, files, stopped) = rayon::scope(|_| {
        let mut loaded = import::load(offers, limits);
        let mut rated = Ratings::default();
        if rates && let Some(dir) = &dir {
            let (r, read) = load_ratings(dir, &criteria, limits);
            rated = r;
            loaded.issues.extend(read.issues);
            loaded.files.extend(read.files);
            loaded.stopped |= read.stopped;
        }
        let analysis =
            Analysis::from_tables_rated(criteria, loaded.tables, &rated, loaded.issues, today);
        (analysis, loaded.files, loaded.stopped)
    });
    let unreadable =
        stopped || analysis.offers.is_empty() || analysis.issues.iter().any(|i| i.whole_file);
    Loaded {
        analysis,
        files,
        unreadable,
        stopped,
    }
}

/// Now, in seconds since 1970-01-01 UTC: SOURCE_DATE_EPOCH when set (the reproducible-builds
/// convention; empty means unset), else the system clock.
pub fn now() -> Result<i64> {
    if let Some(v) = std::env::var_os("SOURCE_DATE_EPOCH")
        && !v.is_empty()
    {
        let text = v.to_string_lossy();
        // Years 1970–9999: what RFC 3339 and spreadsheets can show.
        return match text.trim().parse::<i64>() {
            Ok(secs) if (0..=253_402_300_799).contains(&secs) => Ok(secs),
            _ => Err(Error::Usage(
                Msg::new("cli-source-date-epoch-must-be").with("text", (text).to_string()),
            )),
        };
    }
    Ok(std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64))
}

/// The day offers are judged on: today (UTC), or SOURCE_DATE_EPOCH's day.
pub(crate) fn today() -> Result<Date> {
    now().map(Date::from_unix_seconds)
}

/// The time stamped on exports; none with `--no-timestamp`.
pub fn timestamp(none: bool) -> Result<Option<i64>> {
    if none { Ok(None) } else { now().map(Some) }
}

/// The analysis in a format, with an audit stamp of `files` at `time`.
pub fn export(
    a: &Analysis,
    files: &[InputFile],
    format: Format,
    time: Option<i64>,
    lang: crate::i18n::Lang,
) -> std::result::Result<Vec<u8>, String> {
    let audit = Audit::new(a, files, time);
    export::write(a, &audit, format, lang)
}

/// The analysis exported straight into `path` (atomically: a failed run leaves it as it was)
/// or standard output, as it is written: for every format but xlsx, which is built whole
/// ([`export`]).
pub(crate) fn export_into(
    a: &Analysis,
    files: &[InputFile],
    format: Format,
    time: Option<i64>,
    lang: crate::i18n::Lang,
    path: Option<&Path>,
) -> Result<()> {
    let audit = Audit::new(a, files, time);
    emit_with(path, &mut |w: &mut dyn Write| {
        export::write_to(a, &audit, format, lang, w)
    })
}

/// Output written as it is made: into `path` atomically (a failed run leaves it as it was), or
/// to standard output, where a closed pipe (`| head`) is not an error.
pub(crate) fn emit_with(
    path: Option<&Path>,
    write: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    match path {
        Some(path) => store::write_atomically_with(path, write).map_err(|e| Error::Input {
            path: path.display().to_string(),
            message: Msg::new("cli-cannot-write").msg("e", crate::error::io_reason(&e)),
        }),
        None => {
            let mut stdout = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
            match write(&mut stdout).and_then(|()| stdout.flush()) {
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
                other => other.map_err(|e| Error::io("standard output", e)),
            }
        }
    }
}

/// Why output must not go to `path`: it would overwrite the criteria file or an offer file,
/// or land in an offers folder.
pub(crate) fn refuse_output(path: &Path, source: &Source, offers: &[PathBuf]) -> Option<Msg> {
    store::refuse_clobbering_inputs(path, source.file(), offers)
}

/// The same, as a fatal error.
pub(crate) fn guard_output(path: &Path, source: &Source, offers: &[PathBuf]) -> Result<()> {
    match refuse_output(path, source, offers) {
        Some(why) => Err(Error::Input {
            path: path.display().to_string(),
            message: why,
        }),
        None => Ok(()),
    }
}

/// Writes output to a file atomically (a temporary file in the same folder, renamed over the
/// target), or to stdout, where a closed pipe (`| head`) is not an error.
pub(crate) fn emit(bytes: &[u8], path: Option<&Path>) -> Result<()> {
    match path {
        Some(path) => store::write_atomically(path, bytes).map_err(|e| Error::Input {
            path: path.display().to_string(),
            message: Msg::new("cli-cannot-write").msg("e", crate::error::io_reason(&e)),
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
