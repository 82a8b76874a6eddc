//! Reading offer files into raw tables of cells: the input edge of the program.
//!
//! Everything here turns bytes into [`RawTable`]s; nothing here knows about criteria.
//! File-system access lives in [`load`]; the format readers take bytes.

pub mod csv;
pub mod workbook;

use std::path::{Path, PathBuf};

use crate::issue::Issue;

/// One cell as the file holds it, before any criterion gives it a meaning.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum RawCell {
    #[default]
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
    /// A date or a time of day, as an Excel serial number: days since 1899-12-30, the
    /// fraction being the time of day (`0.0104…` is 0:15).
    Date(f64),
    /// A duration in days (an Excel `[h]:mm` cell, an ODS `PT0H15M0S`).
    Duration(f64),
    /// A formula error such as `#N/A` or `#DIV/0!`.
    Error(String),
}

impl RawCell {
    pub fn is_empty(&self) -> bool {
        match self {
            RawCell::Empty => true,
            RawCell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }

    /// The text of a text cell; `None` for the other kinds.
    pub fn as_text(&self) -> Option<&str> {
        match self {
            RawCell::Text(t) => Some(t),
            _ => None,
        }
    }

    /// [`RawCell::display`], reusing the text of a text cell instead of copying it.
    pub fn into_display(self) -> String {
        match self {
            RawCell::Text(t) if t.trim().len() == t.len() => t,
            other => other.display(),
        }
    }

    /// The cell as a user would read it in the spreadsheet: `1200`, `0.999`, `2021-03-01`,
    /// `0:15`, `TRUE`, `#N/A`.
    pub fn display(&self) -> String {
        match self {
            RawCell::Empty => String::new(),
            RawCell::Text(t) => t.trim().to_string(),
            RawCell::Number(x) => format_number(*x),
            RawCell::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
            RawCell::Date(serial) => format_serial(*serial),
            RawCell::Duration(days) => format_duration(*days),
            RawCell::Error(e) => e.clone(),
        }
    }
}

/// The shortest text that reads back as the same f64 (`1200`, not `1200.0`).
pub fn format_number(x: f64) -> String {
    if x.is_finite() && x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

/// Days since 1899-12-30 -> `2021-03-01`, `2021-03-01 14:30` or, below one day, `0:15`.
pub fn format_serial(serial: f64) -> String {
    if !serial.is_finite() || !(-1e7..1e7).contains(&serial) {
        return format_number(serial);
    }
    let days = serial.floor() as i64;
    let minutes = ((serial - serial.floor()) * 1440.0).round() as i64;
    if days == 0 {
        return format!("{}:{:02}", minutes / 60, minutes % 60);
    }
    let (y, m, d) = civil_from_days(days - 25569);
    if minutes == 0 {
        format!("{y:04}-{m:02}-{d:02}")
    } else {
        format!("{y:04}-{m:02}-{d:02} {}:{:02}", minutes / 60, minutes % 60)
    }
}

/// A duration in days as `h:mm` (`1.5` days -> `36:00`).
pub fn format_duration(days: f64) -> String {
    if !days.is_finite() || days.abs() > 1e9 {
        return format_number(days);
    }
    let minutes = (days * 1440.0).round() as i64;
    format!("{}:{:02}", minutes / 60, (minutes % 60).abs())
}

/// The calendar year of an Excel serial date.
pub fn serial_year(serial: f64) -> Option<i32> {
    if !serial.is_finite() || !(1.0..1e7).contains(&serial) {
        return None;
    }
    Some(civil_from_days(serial.floor() as i64 - 25569).0 as i32)
}

/// Days since 1970-01-01 -> (year, month, day), proleptic Gregorian (Howard Hinnant's method).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// One grid of cells read from a file: a CSV file, or one sheet of a workbook.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RawTable {
    /// The file's name as the user gave it, used in every location.
    pub file: String,
    /// The sheet's name, for workbooks; `None` for CSV.
    pub sheet: Option<String>,
    /// Rows of cells; `rows[0][0]` is the cell at (`origin_row`, `origin_col`) of the file.
    pub rows: Vec<Vec<RawCell>>,
    /// 0-based position of `rows[0][0]` in the sheet (workbook ranges start at their first
    /// used cell).
    pub origin_row: u32,
    pub origin_col: u32,
    /// True when `rows` hold the sheet's columns (an offer-per-column layout turned so that
    /// offers are rows); locations are turned back.
    pub transposed: bool,
}

impl RawTable {
    /// The cell at a 0-based position of `rows`, `Empty` beyond the edges.
    pub fn cell(&self, row: usize, col: usize) -> &RawCell {
        static EMPTY: RawCell = RawCell::Empty;
        self.rows
            .get(row)
            .and_then(|r| r.get(col))
            .unwrap_or(&EMPTY)
    }

    /// Takes a cell out of the table (leaving it empty).
    pub fn take_cell(&mut self, row: usize, col: usize) -> RawCell {
        self.rows
            .get_mut(row)
            .and_then(|r| r.get_mut(col))
            .map(std::mem::take)
            .unwrap_or_default()
    }

    /// The sheet position (0-based row, column) of a position in `rows`.
    pub fn sheet_position(&self, row: usize, col: usize) -> (usize, usize) {
        let (r, c) = if self.transposed {
            (col, row)
        } else {
            (row, col)
        };
        (r + self.origin_row as usize, c + self.origin_col as usize)
    }

    /// The location of a cell (0-based position in `rows`) as users see it:
    /// `file:row:column` for CSV, `file:Sheet!C7` for workbooks.
    pub fn location(&self, row: usize, col: usize) -> String {
        let (r, c) = self.sheet_position(row, col);
        cell_location(&self.file, self.sheet.as_deref(), r, c)
    }

    /// `file` or `file:Sheet`, for messages about the whole table.
    pub fn name(&self) -> String {
        match &self.sheet {
            Some(s) => format!("{}:{s}", self.file),
            None => self.file.clone(),
        }
    }

    /// The same table with rows and columns swapped (locations still point at the sheet).
    pub fn transpose(&self) -> RawTable {
        let width = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        let rows = (0..width)
            .map(|c| {
                (0..self.rows.len())
                    .map(|r| self.cell(r, c).clone())
                    .collect()
            })
            .collect();
        RawTable {
            rows,
            transposed: !self.transposed,
            ..self.shape()
        }
    }

    /// The table's description (file, sheet, origin, orientation) without its cells: enough to
    /// turn positions into locations.
    pub fn shape(&self) -> RawTable {
        RawTable {
            file: self.file.clone(),
            sheet: self.sheet.clone(),
            rows: Vec::new(),
            origin_row: self.origin_row,
            origin_col: self.origin_col,
            transposed: self.transposed,
        }
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

/// Caps that keep a hostile or broken file from taking the process down. Each message that
/// hits one names it and the command-line option that raises it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest file read at all (`--max-file-mb`).
    pub max_file_bytes: u64,
    /// Most rows read from one sheet or CSV file (`--max-rows`).
    pub max_rows: usize,
    /// Most columns read from one sheet or CSV file.
    pub max_cols: usize,
    /// Longest text kept from one cell; longer text is cut, with a warning.
    pub max_cell_bytes: usize,
    /// Most bytes a workbook may unpack to, all parts together (zip-bomb guard).
    pub max_unpacked_bytes: u64,
    /// Highest unpacked/packed ratio of one workbook part.
    pub max_ratio: u64,
    /// Most shared strings a workbook may declare.
    pub max_shared_strings: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 100 << 20,
            max_rows: 50_000,
            max_cols: 1_000,
            max_cell_bytes: 32 << 10,
            max_unpacked_bytes: 400 << 20,
            max_ratio: 200,
            max_shared_strings: 2_000_000,
        }
    }
}

/// What a file's first bytes say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Container {
    /// A zip archive: xlsx, xlsm, xlsb or ods.
    Zip,
    /// An OLE2 compound file: xls, or an encrypted (password-protected) xlsx.
    Ole,
    /// Anything else: read as delimited text.
    Text,
}

/// Sniffs the container from the content, whatever the extension says.
pub fn container(bytes: &[u8]) -> Container {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        Container::Zip
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        Container::Ole
    } else {
        Container::Text
    }
}

/// Extensions read as offers (matched case-insensitively).
pub const OFFER_EXTENSIONS: &[&str] = &["xlsx", "xlsm", "xlsb", "xls", "ods", "csv", "tsv", "txt"];
const WORKBOOK_EXTENSIONS: &[&str] = &["xlsx", "xlsm", "xlsb", "xls", "ods"];

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
pub fn is_offer_file(p: &Path) -> bool {
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
        sha256: crate::criteria::sha256_hex(&bytes),
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

thread_local! {
    static CATCHING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs a reader, turning a panic inside it into `Err(message)`. While it runs, panics are
/// caught here and reported as that file's error, so the panic hook should stay quiet
/// (see [`panic_is_caught`]).
pub fn catch_panic<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    let was = CATCHING.with(|c| c.replace(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    CATCHING.with(|c| c.set(was));
    result.map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "an internal error".to_string())
    })
}

/// True while [`catch_panic`] runs on this thread: a panic hook uses it to stay silent about
/// panics that become a file's error message.
pub fn panic_is_caught() -> bool {
    CATCHING.with(|c| c.get())
}
