//! Reading offer files into raw tables of cells: the input edge of the program.
//!
//! Everything here turns bytes into [`RawTable`]s; nothing here knows about criteria.
//! File-system access lives in [`load`]; the format readers take bytes.

mod budget;
mod catch;
pub mod csv;
mod limits;
mod sniff;
mod waves;
pub mod workbook;

use crate::i18n::Msg;
pub use budget::Budget;
pub(crate) use budget::{CELL_COST, ROW_COST};
pub(crate) use catch::catch_panic;
pub use catch::panic_is_caught;
pub use limits::Limits;
use sniff::WORKBOOK_EXTENSIONS;
pub(crate) use sniff::{Container, OFFER_EXTENSIONS, container};

use std::path::{Path, PathBuf};

use crate::issue::Issue;
use crate::table::RawTable;

/// An input file that was read, with its hash for the audit trail.
#[derive(Debug, Clone, PartialEq)]
pub struct InputFile {
    pub path: String,
    pub sha256: String,
    /// An evaluator's ratings file rather than an offers file.
    pub ratings: bool,
}

/// What loading the offer paths produced.
#[derive(Debug, Default)]
pub struct Loaded {
    pub tables: Vec<RawTable>,
    pub files: Vec<InputFile>,
    pub issues: Vec<Issue>,
    /// The run's memory budget ran out: what was read is incomplete, and the run must stop.
    pub stopped: bool,
}

/// Reads every offer file named by `paths` (files, or folders whose spreadsheets are read in
/// name order, skipping hidden files and office lock files). A file that cannot be read
/// becomes an error issue; the others are still read.
pub fn load(paths: &[PathBuf], limits: &Limits) -> Loaded {
    let mut loaded = Loaded::default();
    let mut budget = Budget::new(limits.max_memory_bytes);
    let mut skipped: Vec<String> = Vec::new();
    for path in paths {
        let files = if path.is_dir() {
            folder_files(path, &mut loaded.issues)
        } else {
            vec![path.clone()]
        };
        waves::read_files(&files, limits, &mut budget, &mut loaded, &mut skipped);
    }
    if !skipped.is_empty() {
        loaded.issues.push(Issue::file_error(
            skipped.join(", "),
            Msg::new("file-not-read-the-run-s")
                .with("a0", (budget.total.div_ceil(1 << 20)).to_string()),
        ));
    }
    loaded.stopped = budget.is_spent();
    loaded
}

/// The offer files of a folder, in name order. An entry named like an offer file that is not
/// one — a link that loops or leads nowhere, a pipe, a device — is said, not silently skipped.
fn folder_files(path: &Path, issues: &mut Vec<Issue>) -> Vec<PathBuf> {
    let listed = match std::fs::read_dir(path) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())),
        Err(e) => {
            issues.push(Issue::file_error(
                display(path),
                Msg::new("file-cannot-read-folder").msg("e", crate::error::io_reason(&e)),
            ));
            return Vec::new();
        }
    };
    let mut entries: Vec<PathBuf> = Vec::new();
    for p in listed {
        if !is_named_like_offers(&p) {
            continue;
        }
        match std::fs::metadata(&p) {
            Ok(m) if m.is_file() => entries.push(p),
            // Folders inside are not read; they are not offer files.
            Ok(m) if m.is_dir() => {}
            Ok(m) => issues.push(Issue::file_error(
                display(&p),
                Msg::new("file-not-a-regular-file-skipped").msg("a0", kind_of(&m)),
            )),
            Err(e) => issues.push(Issue::file_error(
                display(&p),
                Msg::new("file-cannot-read-file-a-link").msg("e", crate::error::io_reason(&e)),
            )),
        }
    }
    entries.sort();
    if entries.is_empty() {
        issues.push(Issue::file_error(
            display(path),
            Msg::new("file-the-folder-holds-no-offer").with("a0", (extension_list()).to_string()),
        ));
    }
    entries
}

fn extension_list() -> String {
    OFFER_EXTENSIONS
        .iter()
        .map(|e| format!(".{e}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Whether a name is an offer file's: a spreadsheet extension, not hidden, not a lock file
/// (Excel's `~$x.xlsx`, LibreOffice's `.~lock.x.ods#`).
fn is_named_like_offers(p: &Path) -> bool {
    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if name.starts_with('.') || name.starts_with("~$") || name.ends_with('#') {
        return false;
    }
    OFFER_EXTENSIONS.contains(&extension(p).as_str())
}

fn extension(p: &Path) -> String {
    p.extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase()
}

fn display(p: &Path) -> String {
    p.display().to_string()
}

/// The bytes of a regular file, at most `--max-file-mb` of them, charged to the budget. Devices,
/// pipes and sockets are refused without being opened: `/dev/zero` never ends, a pipe with no
/// writer never answers.
fn read_bounded(
    path: &Path,
    name: &str,
    limits: &Limits,
    budget: &mut Budget,
) -> Result<Vec<u8>, Issue> {
    let m = std::fs::metadata(path).map_err(|e| {
        Issue::file_error(
            name,
            Msg::new("file-cannot-read-file").msg("e", crate::error::io_reason(&e)),
        )
    })?;
    if !m.is_file() {
        return Err(Issue::file_error(
            name,
            Msg::new("file-not-a-regular-file-offerlens").msg("a0", kind_of(&m)),
        ));
    }
    let too_big = |len: u64| {
        Issue::file_error(
            name,
            Msg::new("file-the-file-is-mb-over")
                .with("a0", (len.div_ceil(1 << 20)).to_string())
                .with("a1", (limits.max_file_bytes >> 20).to_string()),
        )
    };
    if m.len() > limits.max_file_bytes {
        return Err(too_big(m.len()));
    }
    if !budget.take(m.len()) {
        budget.run_out(name);
        return Err(Issue::file_error(name, budget.message()));
    }
    // The size was read before the file was opened: a file that grew since is still cut.
    let mut bytes = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| {
        use std::io::Read;
        f.take(limits.max_file_bytes.saturating_add(1))
            .read_to_end(&mut bytes)
    });
    budget.left = budget.left.saturating_add(m.len()).min(budget.total);
    read.map_err(|e| {
        Issue::file_error(
            name,
            Msg::new("file-cannot-read-file-2").msg("e", crate::error::io_reason(&e)),
        )
    })?;
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(too_big(bytes.len() as u64));
    }
    if !budget.take(bytes.len() as u64) {
        budget.run_out(name);
        return Err(Issue::file_error(name, budget.message()));
    }
    Ok(bytes)
}

/// What a file that is not a regular file is, in words.
fn kind_of(m: &std::fs::Metadata) -> Msg {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = m.file_type();
        if t.is_fifo() {
            return Msg::new("file-kind-pipe");
        }
        if t.is_socket() {
            return Msg::new("file-kind-socket");
        }
        if t.is_char_device() || t.is_block_device() {
            return Msg::new("file-kind-device");
        }
    }
    Msg::new(if m.is_dir() {
        "file-kind-folder"
    } else {
        "file-kind-special"
    })
}

/// What reading one file gave: the file (when its bytes could be read), its tables, and what
/// was found on the way.
#[derive(Default)]
struct FileRead {
    file: Option<InputFile>,
    tables: Vec<RawTable>,
    issues: Vec<Issue>,
}

impl FileRead {
    /// Adds what was read to the run's.
    fn keep(self, loaded: &mut Loaded) {
        loaded.files.extend(self.file);
        loaded.issues.extend(self.issues);
        loaded.tables.extend(self.tables);
    }
}

fn load_file(path: &Path, limits: &Limits, budget: &mut Budget) -> FileRead {
    let name = display(path);
    let mut read = FileRead::default();
    let bytes = match read_bounded(path, &name, limits, budget) {
        Ok(bytes) => bytes,
        Err(issue) => {
            read.issues.push(issue);
            return read;
        }
    };
    read.file = Some(InputFile {
        path: name.clone(),
        sha256: crate::digest::sha256_hex(&bytes),
        ratings: false,
    });
    let ext = extension(path);
    let result = match container(&bytes) {
        Container::Zip | Container::Ole => workbook::read_within(&bytes, &name, limits, budget),
        Container::Text if WORKBOOK_EXTENSIONS.contains(&ext.as_str()) => {
            if bytes.is_empty() {
                Err(Issue::file_error(&name, Msg::new("file-empty-workbook")))
            } else if csv::looks_like_text(&bytes) {
                csv::read_within(&bytes, &name, limits, budget).map(|(table, mut notes)| {
                    notes.insert(
                        0,
                        Issue::warning(
                            &name,
                            Msg::new("file-the-extension-says-but-the")
                                .with("ext", (ext).to_string()),
                        ),
                    );
                    (vec![table], notes)
                })
            } else {
                Err(Issue::file_error(
                    &name,
                    Msg::new("file-not-a-spreadsheet-the-extension").with("ext", (ext).to_string()),
                ))
            }
        }
        Container::Text => csv::read_within(&bytes, &name, limits, budget)
            .map(|(table, notes)| (vec![table], notes)),
    };
    // The file's bytes are freed now; what stays is its tables, charged as they were read.
    budget.left = budget
        .left
        .saturating_add(bytes.len() as u64)
        .min(budget.total);
    match result {
        Ok((tables, notes)) => {
            read.issues = notes;
            read.tables = tables;
        }
        Err(issue) => read.issues.push(issue),
    }
    read
}
