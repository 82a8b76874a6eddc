//! The raw table: a grid of cells as a file holds them, before any criterion gives them a meaning.
//!
//! Import produces raw tables; normalize reads offers out of them. Locations of cells are
//! written here, the way users see them (`file:Sheet!C7`, `file:row:column`).

use crate::calendar;
use crate::numbers::shortest;

/// A cell's text. Up to 24 bytes it is kept in place, without an allocation of its own: most
/// answers are that short ("1 200 zł", "tak", "99,9 %"), and a large comparison holds millions.
pub type Text = compact_str::CompactString;

/// One cell as the file holds it, before any criterion gives it a meaning.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum RawCell {
    #[default]
    Empty,
    Text(Text),
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
    pub(crate) fn into_display(self) -> Text {
        match self {
            RawCell::Text(t) if t.trim().len() == t.len() => t,
            other => Text::from(other.display()),
        }
    }

    /// The cell as a user would read it in the spreadsheet: `1200`, `0.999`, `2021-03-01`,
    /// `0:15`, `TRUE`, `#N/A`.
    pub fn display(&self) -> String {
        match self {
            RawCell::Empty => String::new(),
            RawCell::Text(t) => t.trim().to_string(),
            RawCell::Number(x) => shortest(*x),
            RawCell::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
            RawCell::Date(serial) => format_serial(*serial),
            RawCell::Duration(days) => format_duration(*days),
            RawCell::Error(e) => e.clone(),
        }
    }
}

/// Days since 1899-12-30 -> `2021-03-01`, `2021-03-01 14:30` or, below one day, `0:15`.
pub(crate) fn format_serial(serial: f64) -> String {
    if !serial.is_finite() || !(-1e7..1e7).contains(&serial) {
        return shortest(serial);
    }
    let ((y, m, d), minutes) = calendar::serial_parts(serial);
    if serial.floor() == 0.0 {
        return format!("{}:{:02}", minutes / 60, minutes % 60);
    }
    if minutes == 0 {
        format!("{y:04}-{m:02}-{d:02}")
    } else {
        format!("{y:04}-{m:02}-{d:02} {}:{:02}", minutes / 60, minutes % 60)
    }
}

/// A duration in days as `h:mm` (`1.5` days -> `36:00`).
pub(crate) fn format_duration(days: f64) -> String {
    if !days.is_finite() || days.abs() > 1e9 {
        return shortest(days);
    }
    let minutes = (days * 1440.0).round() as i64;
    format!("{}:{:02}", minutes / 60, (minutes % 60).abs())
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
    /// Cells whose formula sums up a range (`=SUM(B2:B6)`, `=AVERAGE(…)`, `=MIN(…)`…): the
    /// sheet position (0-based row, column) and the formula. A line of them is a summary of
    /// the offers, not one.
    pub aggregates: Vec<((u32, u32), String)>,
}

/// Functions whose result sums up a range of offers.
const AGGREGATES: &[&str] = &[
    "SUM",
    "AVERAGE",
    "MEDIAN",
    "MIN",
    "MAX",
    "SUBTOTAL",
    "AGGREGATE",
    "AVERAGEA",
    "COUNT",
    "COUNTA",
];

/// Whether a formula (with or without its `=`, `of:=` for OpenDocument) sums up a range:
/// `SUM(B2:B6)`, `=AVERAGE(C2:C9)`, `of:=SUM([.B2:.B6])`.
pub fn is_aggregate_formula(formula: &str) -> bool {
    let f = formula
        .trim_start_matches("of:")
        .trim_start_matches('=')
        .trim_start();
    let end = f
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '_'))
        .unwrap_or(f.len());
    let name = f[..end].trim_start_matches("_xlfn.").to_ascii_uppercase();
    AGGREGATES.contains(&name.as_str()) && f[end..].trim_start().starts_with('(') && f.contains(':')
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
    pub(crate) fn take_cell(&mut self, row: usize, col: usize) -> RawCell {
        self.rows
            .get_mut(row)
            .and_then(|r| r.get_mut(col))
            .map(std::mem::take)
            .unwrap_or_default()
    }

    /// The sheet position (0-based row, column) of a position in `rows`.
    pub(crate) fn sheet_position(&self, row: usize, col: usize) -> (usize, usize) {
        let (r, c) = if self.transposed {
            (col, row)
        } else {
            (row, col)
        };
        (r + self.origin_row as usize, c + self.origin_col as usize)
    }

    /// The aggregate formula at a 0-based position of `rows`, if its cell holds one.
    pub fn aggregate_at(&self, row: usize, col: usize) -> Option<&str> {
        if self.aggregates.is_empty() {
            return None;
        }
        let (r, c) = self.sheet_position(row, col);
        self.aggregates
            .iter()
            .find(|((ar, ac), _)| *ar as usize == r && *ac as usize == c)
            .map(|(_, f)| f.as_str())
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
    pub(crate) fn transpose(&self) -> RawTable {
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
            aggregates: self.aggregates.clone(),
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
            aggregates: Vec::new(),
        }
    }
}

/// Formats a 0-based cell position as a user-facing location.
pub(crate) fn cell_location(file: &str, sheet: Option<&str>, row: usize, col: usize) -> String {
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
