//! Reading offer files into raw tables of text cells: the input edge of the program.
//!
//! Everything here turns bytes into [`RawTable`]s; nothing here knows about criteria.
//! File-system access lives in [`load`]; the format readers take bytes.

pub mod csv;

use std::path::{Path, PathBuf};

use crate::issue::Issue;

/// One grid of text cells read from a file (a CSV file, or later one sheet of a workbook).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RawTable {
    /// The file's name as the user gave it, used in every location.
    pub file: String,
    /// The sheet's name, for workbooks; `None` for CSV.
    pub sheet: Option<String>,
    /// Rows of cells; row 0 is the file's first row.
    pub rows: Vec<Vec<String>>,
}

impl RawTable {
    /// The location of a cell (0-based row and column) as users see it:
    /// `file:row:column` for CSV, `file:Sheet!C7` for workbooks.
    pub fn location(&self, row: usize, col: usize) -> String {
        cell_location(&self.file, self.sheet.as_deref(), row, col)
    }
}

/// Formats a 0-based cell position as a user-facing location.
pub fn cell_location(file: &str, sheet: Option<&str>, row: usize, col: usize) -> String {
    match sheet {
        Some(s) => format!("{file}:{s}!{}{}", column_letters(col), row + 1),
        None => format!("{file}:{}:{}", row + 1, col + 1),
    }
}

/// Spreadsheet column letters for a 0-based column: 0 -> A, 25 -> Z, 26 -> AA.
pub fn column_letters(mut col: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

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

/// Extensions read as offers.
const OFFER_EXTENSIONS: &[&str] = &["csv", "tsv", "txt"];

/// Reads every offer file named by `paths` (files, or folders whose spreadsheets are read in
/// name order). A file that cannot be read becomes an error issue; the others are still read.
pub fn load(paths: &[PathBuf]) -> Loaded {
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
                loaded.issues.push(Issue::warning(
                    display(path),
                    "folder holds no offer files (.csv)",
                ));
            }
            for p in entries {
                load_file(&p, &mut loaded);
            }
        } else {
            load_file(path, &mut loaded);
        }
    }
    loaded
}

fn is_offer_file(p: &Path) -> bool {
    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if name.starts_with('.') || name.starts_with("~$") {
        return false;
    }
    p.is_file()
        && p.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| OFFER_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

fn display(p: &Path) -> String {
    p.display().to_string()
}

fn load_file(path: &Path, loaded: &mut Loaded) {
    let name = display(path);
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
        sha256: crate::criteria::sha256_hex(&bytes),
    });
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match ext.as_str() {
        "csv" | "tsv" | "txt" | "" => match csv::read(&bytes, &name) {
            Ok((table, notes)) => {
                loaded.issues.extend(notes);
                loaded.tables.push(table);
            }
            Err(issue) => loaded.issues.push(issue),
        },
        other => loaded.issues.push(Issue::file_error(
            &name,
            format!(
                "unsupported file type .{other}: offerlens reads .csv, .tsv and .txt offer files"
            ),
        )),
    }
}
