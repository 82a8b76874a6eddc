//! Reading offer files into raw tables of cells: the input edge of the program.
//!
//! Everything here turns bytes into [`RawTable`]s; nothing here knows about criteria.
//! File-system access lives in [`load`]; the format readers take bytes.

mod catch;
pub mod csv;
mod limits;
mod sniff;
pub mod workbook;

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
}

/// What loading the offer paths produced.
#[derive(Debug, Default)]
pub struct Loaded {
    pub tables: Vec<RawTable>,
    pub files: Vec<InputFile>,
    pub issues: Vec<Issue>,
}

/// Reads every offer file named by `paths` (files, or folders whose spreadsheets are read in
/// name order, skipping hidden files and office lock files). A file that cannot be read
/// becomes an error issue; the others are still read.
pub fn load(paths: &[PathBuf], limits: &Limits) -> Loaded {
    let mut loaded = Loaded::default();
    for path in paths {
        if path.is_dir() {
            let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
                Ok(rd) => rd
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| is_offer_file(p))
                    .collect(),
                Err(e) => {
                    loaded.issues.push(Issue::file_error(
                        display(path),
                        format!("cannot read folder: {e}"),
                    ));
                    continue;
                }
            };
            entries.sort();
            if entries.is_empty() {
                loaded.issues.push(Issue::file_error(
                    display(path),
                    format!(
                        "the folder holds no offer files (expected {})",
                        extension_list()
                    ),
                ));
            }
            for p in entries {
                load_file(&p, limits, &mut loaded);
            }
        } else {
            load_file(path, limits, &mut loaded);
        }
    }
    loaded
}

fn extension_list() -> String {
    OFFER_EXTENSIONS
        .iter()
        .map(|e| format!(".{e}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Whether a folder scan reads this file as offers (an existing spreadsheet, not a lock file).
pub(crate) fn is_offer_file(p: &Path) -> bool {
    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
    // Hidden files, Excel's `~$x.xlsx` and LibreOffice's `.~lock.x.ods#` lock files.
    if name.starts_with('.') || name.starts_with("~$") || name.ends_with('#') {
        return false;
    }
    p.is_file() && OFFER_EXTENSIONS.contains(&extension(p).as_str())
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

fn load_file(path: &Path, limits: &Limits, loaded: &mut Loaded) {
    let name = display(path);
    match std::fs::metadata(path) {
        Err(e) => {
            loaded
                .issues
                .push(Issue::file_error(&name, format!("cannot read file: {e}")));
            return;
        }
        Ok(m) if m.len() > limits.max_file_bytes => {
            loaded.issues.push(Issue::file_error(
                &name,
                format!(
                    "the file is {} MB, over the {} MB limit for one file (raise it with --max-file-mb)",
                    m.len().div_ceil(1 << 20),
                    limits.max_file_bytes >> 20
                ),
            ));
            return;
        }
        Ok(_) => {}
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            loaded
                .issues
                .push(Issue::file_error(&name, format!("cannot read file: {e}")));
            return;
        }
    };
    loaded.files.push(InputFile {
        path: name.clone(),
        sha256: crate::digest::sha256_hex(&bytes),
    });
    let ext = extension(path);
    let result = match container(&bytes) {
        Container::Zip | Container::Ole => workbook::read(&bytes, &name, limits),
        Container::Text if WORKBOOK_EXTENSIONS.contains(&ext.as_str()) => {
            if bytes.is_empty() {
                Err(Issue::file_error(
                    &name,
                    "the file is empty (0 bytes): expected a spreadsheet",
                ))
            } else if csv::looks_like_text(&bytes) {
                csv::read(&bytes, &name, limits).map(|(table, mut notes)| {
                    notes.insert(
                        0,
                        Issue::warning(
                            &name,
                            format!(
                                "the extension says .{ext}, but the content is text: read as CSV"
                            ),
                        ),
                    );
                    (vec![table], notes)
                })
            } else {
                Err(Issue::file_error(
                    &name,
                    format!(
                        "not a spreadsheet: the extension says .{ext}, but the content is neither a workbook nor text (damaged, or a different kind of file)"
                    ),
                ))
            }
        }
        Container::Text => {
            csv::read(&bytes, &name, limits).map(|(table, notes)| (vec![table], notes))
        }
    };
    match result {
        Ok((tables, notes)) => {
            loaded.issues.extend(notes);
            loaded.tables.extend(tables);
        }
        Err(issue) => loaded.issues.push(issue),
    }
}
