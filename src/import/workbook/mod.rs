//! Workbooks (xlsx, xlsm, xlsb, xls, ods) through calamine, behind guards against hostile files.
//!
//! [`guard`] checks the bytes before calamine sees them (calamine can abort the process on
//! crafted files); here every calamine call runs under [`catch_panic`], each visible sheet
//! becomes a [`RawTable`] within the row and column caps of [`Limits`] and a memory budget,
//! merged areas are filled with their top-left value, and formulas without a saved result
//! are reported. xlsx and xlsb sheets are streamed cell by cell, so a huge declared dimension
//! or a million-row sheet costs nothing beyond the rows kept.

mod guard;

use std::collections::HashMap;
use std::io::Cursor;

use calamine::{
    CellErrorType, Data, DataRef, Dimensions, ExcelDateTime, Ods, OdsError, Reader, Sheet,
    SheetType, SheetVisible, Xls, XlsError, Xlsb, XlsbError, Xlsx, XlsxError, XlsxFormulaMetadata,
};

use super::{Limits, catch_panic};
use crate::calendar;
use crate::issue::Issue;
use crate::table::{RawCell, RawTable, cell_location};
use guard::{Format, Xml};

/// Memory for reading one workbook: its bytes, what calamine keeps (estimated by the guard)
/// and the tables (cells, rows and text), which get what the other two leave, at least
/// [`MIN_TABLE_BUDGET`].
const TOTAL_BUDGET: u64 = 448 << 20;
const MIN_TABLE_BUDGET: u64 = 16 << 20;
/// Bytes charged for one cell and for one row of a table.
const CELL_COST: u64 = size_of::<RawCell>() as u64;
const ROW_COST: u64 = 3 * size_of::<Vec<RawCell>>() as u64;
/// Notes of one kind given cell by cell in a sheet before the rest are summed up.
const NOTES_PER_KIND: usize = 20;
/// Most merged areas, shared formulas and unusual error cells taken from one sheet.
const MAX_PER_SHEET: usize = 100_000;
/// Unreadable cells tolerated in one xlsx sheet before the sheet is given up.
const MAX_UNREADABLE: usize = 1_000;
/// Most bytes of shared-formula text kept while reading one sheet.
const MAX_ANCHOR_TEXT: usize = 16 << 20;
/// Most cells visited to fill the merged areas of one sheet.
const MAX_MERGE_VISITS: u64 = 4_000_000;
/// Most sheets in a workbook (Excel files hold a few, a few hundred at most).
const MAX_SHEETS: usize = 4_096;

/// Reads every visible sheet of a workbook (xlsx, xlsm, xlsb, xls or ods, detected from the
/// content, not the file name).
///
/// Returns one table per visible worksheet (empty sheets included) and notes about how they
/// were read, or one file error when nothing usable is inside: a damaged, truncated,
/// password-protected, empty or hostile file.
pub fn read(
    bytes: &[u8],
    file: &str,
    limits: &Limits,
) -> Result<(Vec<RawTable>, Vec<Issue>), Issue> {
    let checked = guard::check(bytes, limits).map_err(|m| Issue::file_error(file, m))?;
    let mut book = Book {
        file,
        limits,
        tables: Vec::new(),
        notes: Vec::new(),
        budget: TOTAL_BUDGET
            .saturating_sub(bytes.len() as u64 + checked.held)
            .max(MIN_TABLE_BUDGET),
        stopped: false,
    };
    let read = match checked.format {
        Format::Xlsx(layout) => book.read_xlsx(bytes, &layout),
        Format::Xlsb => book.read_xlsb(bytes),
        Format::Ods => book.read_ods(bytes),
        Format::Xls => book.read_xls(bytes),
    };
    read.map_err(|m| Issue::file_error(file, m))?;
    book.finish()
}

/// Runs calamine code, turning a panic into the file's error message (quietly: see
/// [`catch_panic`]).
fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    catch_panic(f)
        .map_err(|what| format!("could not read the workbook (the file looks damaged): {what}"))
}

const PASSWORD: &str = "the workbook is password-protected: save an unprotected copy (Save As, without a password) and read that";

/// Opens a workbook with calamine; `password` tells a password error from the others.
fn open<W, E: std::fmt::Display>(
    new: impl FnOnce() -> Result<W, E>,
    password: impl Fn(&E) -> bool,
) -> Result<W, String> {
    match guarded(new)? {
        Ok(wb) => Ok(wb),
        Err(e) if password(&e) => Err(PASSWORD.to_string()),
        Err(e) => Err(format!(
            "could not read the workbook (the file looks damaged): {e}"
        )),
    }
}

/// The workbook being read: tables so far, notes, and what is left of the memory budget.
struct Book<'a> {
    file: &'a str,
    limits: &'a Limits,
    tables: Vec<RawTable>,
    notes: Vec<Issue>,
    budget: u64,
    /// The budget ran out: the remaining sheets are not read.
    stopped: bool,
}

impl<'a> Book<'a> {
    /// The names of the sheets to read, with a note for each one skipped.
    fn select(&mut self, sheets: &[Sheet]) -> Result<Vec<String>, String> {
        if sheets.is_empty() {
            return Err("the workbook has no sheets: expected a sheet with a header row and one row per offer".into());
        }
        if sheets.len() > MAX_SHEETS {
            return Err(format!(
                "the workbook holds {} sheets, more than the {MAX_SHEETS} offerlens reads: damaged or hostile, such files are refused",
                sheets.len()
            ));
        }
        let mut names: Vec<String> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut skipped_count = 0usize;
        for sheet in sheets {
            let skipped = match (&sheet.visible, &sheet.typ) {
                (SheetVisible::Hidden | SheetVisible::VeryHidden, _) => Some("hidden"),
                (_, SheetType::WorkSheet) if !seen.insert(sheet.name.as_str()) => {
                    Some("a second sheet with the same name")
                }
                (_, SheetType::WorkSheet) => None,
                (_, SheetType::ChartSheet) => Some("a chart sheet"),
                (_, SheetType::DialogSheet) => Some("a dialog sheet"),
                (_, SheetType::MacroSheet) => Some("a macro sheet"),
                (_, SheetType::Vba) => Some("a VBA module"),
            };
            match skipped {
                Some(why) => {
                    skipped_count += 1;
                    if skipped_count <= NOTES_PER_KIND {
                        self.notes.push(Issue::info(
                            format!("{}:{}", self.file, sheet.name),
                            format!("sheet '{}' skipped: {why}", sheet.name),
                        ));
                    }
                }
                None => names.push(sheet.name.clone()),
            }
        }
        if skipped_count > NOTES_PER_KIND {
            self.notes.push(Issue::info(
                self.file,
                format!(
                    "… and {} more sheets skipped",
                    skipped_count - NOTES_PER_KIND
                ),
            ));
        }
        if names.is_empty() {
            return Err(
                "no sheet to read: every sheet of the workbook is hidden or a chart (unhide the sheet that holds the offers)"
                    .into(),
            );
        }
        Ok(names)
    }

    fn sheet(&self, name: &str, is_1904: bool) -> SheetRead<'a> {
        SheetRead {
            file: self.file,
            name: name.to_string(),
            limits: self.limits,
            is_1904,
            grid: Grid::new(self.limits),
            notes: Vec::new(),
            counts: [0; 3],
            full: false,
        }
    }

    /// Reads one sheet with `fill`, then turns it into a table (or a sheet error).
    fn read_sheet(
        &mut self,
        name: &str,
        is_1904: bool,
        fill: impl FnOnce(&mut SheetRead<'a>, &mut u64) -> Result<Vec<Dimensions>, String>,
    ) {
        if self.stopped {
            return;
        }
        let mut sheet = self.sheet(name, is_1904);
        let mut budget = self.budget;
        let read = guarded(|| fill(&mut sheet, &mut budget)).and_then(|r| r);
        let merges = match read {
            Ok(merges) => merges,
            Err(e) => {
                self.notes.push(Issue::file_error(
                    format!("{}:{name}", self.file),
                    format!("sheet '{name}' could not be read: {e}"),
                ));
                return;
            }
        };
        let full = sheet.full;
        let (table, notes) = sheet.finish(&merges, &mut budget);
        self.budget = budget;
        self.notes.extend(notes);
        // Without a table, the budget is spent: the sheet's error says why.
        let Some(table) = table else {
            self.stopped = true;
            return;
        };
        self.tables.push(table);
        if full {
            self.stopped = true;
            self.notes.push(Issue::file_error(
                format!("{}:{name}", self.file),
                format!(
                    "the workbook holds more cell data than offerlens can keep in memory: reading stopped in sheet '{name}', and later sheets were not read — split the workbook into smaller files"
                ),
            ));
        }
    }

    fn read_xlsx(&mut self, bytes: &[u8], layout: &guard::XlsxLayout) -> Result<(), String> {
        let mut wb = open(
            || Xlsx::new(Cursor::new(bytes)),
            |e| matches!(e, XlsxError::Password),
        )?;
        let is_1904 = wb.has_1904_epoch();
        let sheets = wb.sheets_metadata().to_vec();
        let names = self.select(&sheets)?;
        let mut zip = guard::open_zip(bytes)?;
        let entries: HashMap<String, String> = guard::entry_names(&zip)
            .into_iter()
            .map(|n| (n.replace('\\', "/").to_ascii_lowercase(), n))
            .collect();
        for name in names {
            // The scan first: it also refuses tags and texts too long for calamine's buffers.
            let part = layout
                .path(&name)
                .and_then(|p| entries.get(&p.to_ascii_lowercase()));
            let extras = match part {
                Some(part) => scan_xlsx_sheet(&mut zip, part),
                None => Err("its part cannot be found in the file".to_string()),
            };
            self.read_sheet(&name, is_1904, |sheet, budget| {
                let extras = extras?;
                read_xlsx_cells(&mut wb, sheet, budget)?;
                for (pos, text) in extras.errors {
                    sheet.put(pos, Value::Error(text), budget);
                }
                Ok(extras.merges)
            });
        }
        Ok(())
    }

    fn read_xlsb(&mut self, bytes: &[u8]) -> Result<(), String> {
        let mut wb = open(
            || Xlsb::new(Cursor::new(bytes)),
            |e| matches!(e, XlsbError::Password),
        )?;
        let is_1904 = wb.has_1904_epoch();
        let sheets = wb.sheets_metadata().to_vec();
        for name in self.select(&sheets)? {
            self.read_sheet(&name, is_1904, |sheet, budget| {
                let mut cells = wb
                    .worksheet_cells_reader(&name)
                    .map_err(|e| e.to_string())?;
                let mut unreadable = 0usize;
                loop {
                    let cell = match cells.next_cell() {
                        Ok(Some(cell)) => cell,
                        Ok(None) => break,
                        // An error code calamine does not know: the record is consumed.
                        Err(e @ XlsbError::CellError(_)) if unreadable < MAX_UNREADABLE => {
                            unreadable += 1;
                            sheet.unreadable(&e.to_string());
                            continue;
                        }
                        Err(e) => return Err(e.to_string()),
                    };
                    let value = Value::from_ref(cell.get_value());
                    if !sheet.put(cell.get_position(), value, budget) {
                        break;
                    }
                }
                Ok(Vec::new())
            });
        }
        Ok(())
    }

    fn read_xls(&mut self, bytes: &[u8]) -> Result<(), String> {
        let mut wb = open(
            || Xls::new(Cursor::new(bytes)),
            |e| matches!(e, XlsError::Password),
        )?;
        let is_1904 = wb.has_1904_epoch();
        let sheets = wb.sheets_metadata().to_vec();
        for name in self.select(&sheets)? {
            self.read_sheet(&name, is_1904, |sheet, budget| {
                let values = wb.worksheet_range(&name).map_err(|e| e.to_string())?;
                let (r0, c0) = values.start().unwrap_or_default();
                for (r, c, v) in values.used_cells() {
                    if !sheet.put((r0 + r as u32, c0 + c as u32), Value::from_data(v), budget) {
                        break;
                    }
                }
                Ok(wb.merge_cells_by_sheet_name(&name).unwrap_or_default())
            });
        }
        Ok(())
    }

    fn read_ods(&mut self, bytes: &[u8]) -> Result<(), String> {
        let mut wb = open(
            || Ods::new(Cursor::new(bytes)),
            |e| matches!(e, OdsError::Password),
        )?;
        let sheets = wb.sheets_metadata().to_vec();
        for name in self.select(&sheets)? {
            self.read_sheet(&name, false, |sheet, budget| {
                let values = wb.worksheet_range(&name).map_err(|e| e.to_string())?;
                let (r0, c0) = values.start().unwrap_or_default();
                for (r, c, v) in values.used_cells() {
                    if !sheet.put((r0 + r as u32, c0 + c as u32), Value::from_data(v), budget) {
                        break;
                    }
                }
                let formulas = wb.worksheet_formula(&name).map_err(|e| e.to_string())?;
                let (f0, g0) = formulas.start().unwrap_or_default();
                for (r, c, f) in formulas.used_cells() {
                    let pos = (f0 + r as u32, g0 + c as u32);
                    if values.get_value(pos).is_none_or(|v| *v == Data::Empty) {
                        sheet.formula_without_result(pos, f.strip_prefix("of:").unwrap_or(f));
                    }
                }
                Ok(Vec::new())
            });
        }
        Ok(())
    }

    fn finish(self) -> Result<(Vec<RawTable>, Vec<Issue>), Issue> {
        if self.tables.iter().all(|t| t.rows.is_empty()) {
            if let Some(failed) = self.notes.into_iter().find(|i| i.whole_file) {
                return Err(failed);
            }
            return Err(Issue::file_error(
                self.file,
                "the workbook is empty: no visible sheet holds any cell (expected a header row and one row per offer)",
            ));
        }
        Ok((self.tables, self.notes))
    }
}

/// Streams an xlsx sheet through calamine's cell reader (which, unlike `worksheet_range`,
/// allocates nothing from the declared dimension), stopping at the row cap.
fn read_xlsx_cells(
    wb: &mut Xlsx<Cursor<&[u8]>>,
    sheet: &mut SheetRead<'_>,
    budget: &mut u64,
) -> Result<(), String> {
    let mut cells = wb
        .worksheet_cells_reader(&sheet.name)
        .map_err(|e| e.to_string())?;
    // Shared formulas: the first cell holds the text, the others only its index.
    let mut anchors: HashMap<usize, (String, (u32, u32))> = HashMap::new();
    let mut anchor_text = 0usize;
    let mut unreadable = 0usize;
    loop {
        // The metadata variant does not allocate for the declared shared-formula indexes.
        let cell = match cells.next_cell_with_formula_metadata() {
            Ok(Some(cell)) => cell,
            Ok(None) => return Ok(()),
            // An error value calamine does not know (`#SPILL!`): the sheet scan places it.
            Err(XlsxError::CellError(_)) => continue,
            Err(
                e @ (XlsxError::ParseFloat(_)
                | XlsxError::ParseInt(_)
                | XlsxError::Unrecognized { .. }
                | XlsxError::CellTAttribute(_)
                | XlsxError::Unexpected(_)),
            ) if unreadable < MAX_UNREADABLE => {
                unreadable += 1;
                sheet.unreadable(&e.to_string());
                continue;
            }
            Err(e) => return Err(e.to_string()),
        };
        if let Some(XlsxFormulaMetadata::Shared {
            shared_index,
            range,
            formula,
        }) = &cell.formula
            && anchors.len() < MAX_PER_SHEET
            && anchor_text + formula.len() <= MAX_ANCHOR_TEXT
        {
            anchor_text += formula.len();
            anchors.insert(
                *shared_index,
                (formula.clone(), range.map_or(cell.pos, |r| r.start)),
            );
        }
        let value = Value::from_ref(&cell.value);
        if matches!(value, Value::Empty) {
            let formula = match &cell.formula {
                Some(
                    XlsxFormulaMetadata::Normal { formula }
                    | XlsxFormulaMetadata::Shared { formula, .. },
                ) => Some(formula.clone()),
                Some(XlsxFormulaMetadata::SharedDerived { shared_index }) => {
                    anchors.get(shared_index).map(|(f, origin)| {
                        calamine::expand_shared_formula(f, *origin, cell.pos)
                            .unwrap_or_else(|_| f.clone())
                    })
                }
                _ => None,
            };
            if let Some(formula) = formula {
                sheet.formula_without_result(cell.pos, &formula);
            }
            continue;
        }
        if !sheet.put(cell.pos, value, budget) {
            return Ok(());
        }
    }
}

/// What calamine's cell reader does not give for an xlsx sheet, read with the scanner.
#[derive(Default)]
struct SheetExtras {
    merges: Vec<Dimensions>,
    /// Error values calamine refuses (`#SPILL!`, `#CALC!`, …), by position.
    errors: Vec<((u32, u32), String)>,
}

type ErrorCell = ((u32, u32), Option<Vec<u8>>);

/// Reads the merged areas and the unusual error cells of an xlsx sheet part; refuses a part
/// that cannot be unpacked or holds a tag or text too long for calamine's buffers.
fn scan_xlsx_sheet(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    part: &str,
) -> Result<SheetExtras, String> {
    let mut extras = SheetExtras::default();
    let input = zip
        .by_name(part)
        .map_err(|e| format!("its part '{part}' cannot be opened ({e})"))?;
    // The error cell being read: its position, and the text of its value once it starts.
    let mut error_cell: Option<ErrorCell> = None;
    let scanned = guard::scan_xml(input, |ev| {
        match ev {
            Xml::Start { name, attrs, .. } => match guard::local(name) {
                b"c" => {
                    error_cell = None;
                    if guard::attr(attrs, b"t") == Some(b"e")
                        && let Some(pos) = guard::attr(attrs, b"r").and_then(parse_cell_ref)
                    {
                        error_cell = Some((pos, None));
                    }
                }
                b"v" => {
                    if let Some((_, text)) = &mut error_cell {
                        *text = Some(Vec::new());
                    }
                }
                b"mergeCell" if extras.merges.len() < MAX_PER_SHEET => {
                    if let Some(area) = guard::attr(attrs, b"ref").and_then(parse_area) {
                        extras.merges.push(area);
                    }
                }
                _ => {}
            },
            Xml::Text(t) => {
                if let Some((_, Some(text))) = &mut error_cell
                    && text.len() < 64
                {
                    text.extend_from_slice(t);
                }
            }
            Xml::End { name } if guard::local(name) == b"c" => {
                if let Some((pos, Some(text))) = error_cell.take() {
                    let text = guard::unescape(&text).trim().to_string();
                    let known = [
                        "#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!",
                    ];
                    if !text.is_empty()
                        && !known.contains(&text.as_str())
                        && extras.errors.len() < MAX_PER_SHEET
                    {
                        extras.errors.push((pos, text));
                    }
                }
            }
            Xml::End { .. } => {}
        }
        Ok(())
    });
    match scanned {
        // calamine reports a part cut short itself.
        Ok(()) | Err(guard::ScanError::Truncated) => Ok(extras),
        Err(e) => Err(e.message(part)),
    }
}

/// `C7` or `$C$7` -> (6, 2), 0-based.
fn parse_cell_ref(r: &[u8]) -> Option<(u32, u32)> {
    let r: Vec<u8> = r.iter().copied().filter(|&b| b != b'$').collect();
    let letters = r.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    if letters == 0 || letters > 3 || letters == r.len() {
        return None;
    }
    let col = r[..letters].iter().fold(0u32, |acc, b| {
        acc * 26 + u32::from(b.to_ascii_uppercase() - b'A') + 1
    });
    let row: u32 = std::str::from_utf8(&r[letters..]).ok()?.parse().ok()?;
    ((1..=1 << 20).contains(&row) && col <= 1 << 14).then(|| (row - 1, col - 1))
}

/// `A1:C2` (or a single cell) -> the area it covers.
fn parse_area(r: &[u8]) -> Option<Dimensions> {
    let mut parts = r.split(|&b| b == b':');
    let start = parse_cell_ref(parts.next()?)?;
    let end = parts.next().map_or(Some(start), parse_cell_ref)?;
    Some(Dimensions {
        start: (start.0.min(end.0), start.1.min(end.1)),
        end: (start.0.max(end.0), start.1.max(end.1)),
    })
}

/// A cell value from any calamine reader, before it becomes a [`RawCell`].
enum Value<'s> {
    Empty,
    Text(&'s str),
    Number(f64),
    Bool(bool),
    DateTime(ExcelDateTime),
    Iso(&'s str),
    DurationIso(&'s str),
    Error(String),
}

impl<'s> Value<'s> {
    fn from_data(d: &'s Data) -> Value<'s> {
        match d {
            Data::Int(i) => Value::Number(*i as f64),
            Data::Float(f) => Value::Number(*f),
            Data::String(s) => Value::Text(s),
            Data::Bool(b) => Value::Bool(*b),
            Data::DateTime(dt) => Value::DateTime(*dt),
            Data::DateTimeIso(s) => Value::Iso(s),
            Data::DurationIso(s) => Value::DurationIso(s),
            Data::Error(e) => Value::Error(error_text(e)),
            Data::Empty => Value::Empty,
        }
    }

    fn from_ref(d: &'s DataRef<'_>) -> Value<'s> {
        match d {
            DataRef::Int(i) => Value::Number(*i as f64),
            DataRef::Float(f) => Value::Number(*f),
            DataRef::String(s) => Value::Text(s),
            DataRef::SharedString(s) => Value::Text(s),
            DataRef::Bool(b) => Value::Bool(*b),
            DataRef::DateTime(dt) => Value::DateTime(*dt),
            DataRef::DateTimeIso(s) => Value::Iso(s),
            DataRef::DurationIso(s) => Value::DurationIso(s),
            DataRef::Error(e) => Value::Error(error_text(e)),
            DataRef::Empty => Value::Empty,
        }
    }
}

/// An error value as Excel shows it.
fn error_text(e: &CellErrorType) -> String {
    match e {
        CellErrorType::GettingData => "#GETTING_DATA".to_string(),
        e => e.to_string(),
    }
}

/// One sheet being read: its grid of cells and the notes about it.
struct SheetRead<'a> {
    file: &'a str,
    name: String,
    limits: &'a Limits,
    is_1904: bool,
    grid: Grid,
    notes: Vec<Issue>,
    /// Cells cut, formulas without a result, unreadable cells: counted past the first few.
    counts: [usize; 3],
    /// The memory budget ran out while reading.
    full: bool,
}

const CUT: usize = 0;
const NO_RESULT: usize = 1;
const UNREADABLE: usize = 2;

impl SheetRead<'_> {
    fn location(&self, (row, col): (u32, u32)) -> String {
        cell_location(self.file, Some(&self.name), row as usize, col as usize)
    }

    fn sheet_location(&self) -> String {
        format!("{}:{}", self.file, self.name)
    }

    /// Counts a note of one kind; true while it should still be given on its own.
    fn count(&mut self, kind: usize) -> bool {
        self.counts[kind] += 1;
        self.counts[kind] <= NOTES_PER_KIND
    }

    /// Adds a cell; false once reading should stop (row cap or memory budget).
    fn put(&mut self, pos: (u32, u32), value: Value<'_>, budget: &mut u64) -> bool {
        let cell = match value {
            Value::Empty => return true,
            Value::Text(s) => RawCell::Text(self.capped(s, pos)),
            Value::Number(x) => RawCell::Number(x),
            Value::Bool(b) => RawCell::Bool(b),
            Value::DateTime(dt) if dt.is_duration() => RawCell::Duration(dt.as_f64()),
            // calamine gives 1904-based serials as stored; offerlens counts from 1899-12-30.
            Value::DateTime(dt) => {
                RawCell::Date(dt.as_f64() + if self.is_1904 { 1462.0 } else { 0.0 })
            }
            Value::Iso(s) => {
                iso_serial(s).map_or_else(|| RawCell::Text(self.capped(s, pos)), RawCell::Date)
            }
            Value::DurationIso(s) => iso_duration_days(s)
                .map_or_else(|| RawCell::Text(self.capped(s, pos)), RawCell::Duration),
            Value::Error(e) => RawCell::Error(e),
        };
        match self.grid.put(pos, cell, budget) {
            Put::Kept => true,
            Put::BeyondRows => false,
            Put::Full => {
                self.full = true;
                false
            }
        }
    }

    /// The text of a cell, cut to the cap with a note.
    fn capped(&mut self, s: &str, pos: (u32, u32)) -> String {
        let max = self.limits.max_cell_bytes;
        if s.len() <= max {
            return s.to_string();
        }
        let mut end = max;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        if !self.grid.beyond(pos) && self.count(CUT) {
            let loc = self.location(pos);
            self.notes.push(Issue::warning(
                loc,
                format!(
                    "a cell of {} KB: only the first {} KB are kept",
                    s.len() >> 10,
                    max >> 10
                ),
            ));
        }
        s[..end].to_string()
    }

    fn formula_without_result(&mut self, pos: (u32, u32), formula: &str) {
        if self.grid.beyond(pos) || !self.count(NO_RESULT) {
            return;
        }
        let shown: String = formula.trim_start_matches('=').chars().take(200).collect();
        let loc = self.location(pos);
        self.notes.push(Issue::warning(
            loc,
            format!(
                "formula '={shown}' has no saved result (the file was written by a program that does not calculate); the cell counts as blank — open and save it in Excel or LibreOffice"
            ),
        ));
    }

    fn unreadable(&mut self, what: &str) {
        if self.count(UNREADABLE) {
            let loc = self.sheet_location();
            self.notes.push(Issue::warning(
                loc,
                format!("a cell could not be read ({what}); it counts as blank"),
            ));
        }
    }

    /// The finished table and the notes, or `None` for the table when the cells were spread
    /// so widely that aligning them would pass the memory budget.
    fn finish(mut self, merges: &[Dimensions], budget: &mut u64) -> (Option<RawTable>, Vec<Issue>) {
        let loc = self.sheet_location();
        let extra =
            |n: usize, what: &str| format!("… and {n} more {what} in sheet '{}'", self.name);
        let mut summary = Vec::new();
        for (kind, what) in [
            (CUT, "cells cut"),
            (NO_RESULT, "formulas without a saved result"),
            (UNREADABLE, "unreadable cells"),
        ] {
            if self.counts[kind] > NOTES_PER_KIND {
                summary.push(Issue::warning(
                    &loc,
                    extra(self.counts[kind] - NOTES_PER_KIND, what),
                ));
            }
        }
        self.notes.extend(summary);
        let (max_rows, max_cols) = (self.limits.max_rows, self.limits.max_cols);
        let Some(built) = self.grid.build(budget) else {
            self.notes.push(Issue::file_error(
                &loc,
                format!(
                    "sheet '{}' spreads its cells over too wide an area to keep in memory; it was not read",
                    self.name
                ),
            ));
            return (None, self.notes);
        };
        let Built {
            mut rows,
            origin,
            cut_rows,
            cut_cols,
        } = built;
        if !fill_merges(&mut rows, origin, merges, budget) {
            self.notes.push(Issue::warning(
                &loc,
                "the merged areas are too many or too big: only some were filled with their top-left value",
            ));
        }
        if cut_rows {
            self.notes.push(Issue::error(
                &loc,
                format!("more than {max_rows} rows: only the first {max_rows} were read (raise the cap with --max-rows)"),
            ));
        }
        if cut_cols {
            self.notes.push(Issue::warning(
                &loc,
                format!("more than {max_cols} columns: only the first {max_cols} were read"),
            ));
        }
        let table = RawTable {
            file: self.file.to_string(),
            sheet: Some(self.name.clone()),
            rows,
            origin_row: origin.0,
            origin_col: origin.1,
            transposed: false,
        };
        (Some(table), self.notes)
    }
}

/// Fills every cell of each merged area with the area's top-left value, within the table;
/// false when the areas were too many or too big to fill them all.
fn fill_merges(
    rows: &mut [Vec<RawCell>],
    origin: (u32, u32),
    merges: &[Dimensions],
    budget: &mut u64,
) -> bool {
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut visits = 0u64;
    for area in merges {
        let (Some(top), Some(left)) = (
            area.start.0.checked_sub(origin.0),
            area.start.1.checked_sub(origin.1),
        ) else {
            continue; // the top-left cell is outside the table: it is blank
        };
        let (top, left) = (top as usize, left as usize);
        let Some(value) = rows
            .get(top)
            .and_then(|r| r.get(left))
            .filter(|c| **c != RawCell::Empty)
            .cloned()
        else {
            continue;
        };
        if area.end.0 < area.start.0 || area.end.1 < area.start.1 {
            continue; // a damaged area
        }
        let bottom = ((area.end.0 - origin.0) as usize).min(rows.len() - 1);
        let right = ((area.end.1 - origin.1) as usize).min(width - 1);
        for row in &mut rows[top..=bottom] {
            for col in left..=right {
                visits += 1;
                if visits > MAX_MERGE_VISITS {
                    return false;
                }
                let padding = (col + 1).saturating_sub(row.len()) as u64 * CELL_COST;
                if row.get(col).is_some_and(|c| *c != RawCell::Empty) {
                    continue;
                }
                if !charge(budget, padding + text_len(&value)) {
                    return false;
                }
                if row.len() <= col {
                    row.resize(col + 1, RawCell::Empty);
                }
                row[col] = value.clone();
            }
        }
    }
    true
}

/// The heap bytes behind a cell: its text and the allocator's share for it.
fn text_len(cell: &RawCell) -> u64 {
    match cell {
        RawCell::Text(s) | RawCell::Error(s) => s.len() as u64 + 16,
        _ => 0,
    }
}

/// Charges `bytes` to the budget; false when it does not hold them.
fn charge(budget: &mut u64, bytes: u64) -> bool {
    match budget.checked_sub(bytes) {
        Some(left) => {
            *budget = left;
            true
        }
        None => {
            *budget = 0;
            false
        }
    }
}

enum Put {
    Kept,
    BeyondRows,
    Full,
}

/// Cells collected in stream order, each row from its own first column, before they are
/// aligned on the table's top-left cell (known only at the end).
struct Grid {
    max_rows: u64,
    max_cols: u64,
    rows: Vec<GridRow>,
    unordered: bool,
    min_row: u32,
    min_col: u32,
    cut_rows: bool,
    cut_cols: bool,
}

struct GridRow {
    row: u32,
    first: u32,
    cells: Vec<RawCell>,
}

impl GridRow {
    /// Sets the cell at an absolute column, at or right of `first`; returns the cells added.
    fn set(&mut self, col: u32, cell: RawCell) -> u64 {
        let i = (col - self.first) as usize;
        let mut added = 0;
        if i >= self.cells.len() {
            added = (i + 1 - self.cells.len()) as u64;
            self.cells.resize(i + 1, RawCell::Empty);
        }
        self.cells[i] = cell;
        added
    }
}

struct Built {
    rows: Vec<Vec<RawCell>>,
    origin: (u32, u32),
    cut_rows: bool,
    cut_cols: bool,
}

impl Grid {
    fn new(limits: &Limits) -> Grid {
        Grid {
            max_rows: limits.max_rows as u64,
            max_cols: limits.max_cols as u64,
            rows: Vec::new(),
            unordered: false,
            min_row: u32::MAX,
            min_col: u32::MAX,
            cut_rows: false,
            cut_cols: false,
        }
    }

    /// True for a position beyond the row or column cap of the cells seen so far.
    fn beyond(&self, (row, col): (u32, u32)) -> bool {
        (self.min_row != u32::MAX && u64::from(row) >= u64::from(self.min_row) + self.max_rows)
            || (self.min_col != u32::MAX
                && u64::from(col) >= u64::from(self.min_col) + self.max_cols)
    }

    fn put(&mut self, (row, col): (u32, u32), cell: RawCell, budget: &mut u64) -> Put {
        if self.min_row != u32::MAX && u64::from(row) >= u64::from(self.min_row) + self.max_rows {
            self.cut_rows = true;
            return Put::BeyondRows;
        }
        if self.max_rows == 0 {
            self.cut_rows = true;
            return Put::BeyondRows;
        }
        if (self.min_col != u32::MAX && u64::from(col) >= u64::from(self.min_col) + self.max_cols)
            || self.max_cols == 0
        {
            self.cut_cols = true;
            return Put::Kept;
        }
        self.min_row = self.min_row.min(row);
        self.min_col = self.min_col.min(col);
        let mut cost = text_len(&cell);
        match self.rows.last() {
            Some(last) if last.row == row && col >= last.first => {}
            last => {
                // A row, or a cell left of its row's first one, out of order: a new piece,
                // put in place when the table is built.
                if last.is_some_and(|l| l.row >= row) {
                    self.unordered = true;
                }
                cost += ROW_COST;
                self.rows.push(GridRow {
                    row,
                    first: col,
                    cells: Vec::new(),
                });
            }
        }
        let Some(current) = self.rows.last_mut() else {
            return Put::Full;
        };
        cost += current.set(col, cell) * CELL_COST;
        if charge(budget, cost) {
            Put::Kept
        } else {
            Put::Full
        }
    }

    /// Aligns the rows on the top-left cell; `None` when the padding would pass the budget.
    fn build(mut self, budget: &mut u64) -> Option<Built> {
        let mut built = Built {
            rows: Vec::new(),
            origin: (0, 0),
            cut_rows: self.cut_rows,
            cut_cols: self.cut_cols,
        };
        if self.rows.is_empty() {
            return Some(built);
        }
        if self.unordered {
            self.rows.sort_by_key(|r| r.row);
            let mut merged: Vec<GridRow> = Vec::with_capacity(self.rows.len());
            let mut pieces = std::mem::take(&mut self.rows).into_iter().peekable();
            while let Some(first) = pieces.next() {
                let mut group = vec![first];
                while let Some(next) = pieces.next_if(|p| p.row == group[0].row) {
                    group.push(next);
                }
                if group.len() == 1 {
                    merged.extend(group);
                    continue;
                }
                // Pieces of one row, in stream order: later cells win, as in the file.
                let start = group.iter().map(|p| p.first).min().unwrap_or(0);
                let end = group
                    .iter()
                    .map(|p| p.first as usize + p.cells.len())
                    .max()
                    .unwrap_or(0);
                let width = end - start as usize;
                let held: usize = group.iter().map(|p| p.cells.len()).sum();
                if !charge(budget, width.saturating_sub(held) as u64 * CELL_COST) {
                    return None;
                }
                let mut cells = vec![RawCell::Empty; width];
                let row = group[0].row;
                for piece in group {
                    let at = (piece.first - start) as usize;
                    for (i, cell) in piece.cells.into_iter().enumerate() {
                        if cell != RawCell::Empty {
                            cells[at + i] = cell;
                        }
                    }
                }
                merged.push(GridRow {
                    row,
                    first: start,
                    cells,
                });
            }
            self.rows = merged;
        }
        let origin = (self.min_row, self.min_col);
        let last_row = u64::from(origin.0) + self.max_rows;
        let padding: u64 = self
            .rows
            .iter()
            .filter(|r| u64::from(r.row) < last_row)
            .map(|r| u64::from(r.first - origin.1) * CELL_COST)
            .sum();
        if !charge(budget, padding) {
            return None;
        }
        let max_cols = self.max_cols as usize;
        for row in self.rows {
            if u64::from(row.row) >= last_row {
                built.cut_rows = true;
                break;
            }
            let at = (row.row - origin.0) as usize;
            built.rows.resize_with(at, Vec::new);
            let pad = (row.first - origin.1) as usize;
            let mut cells = if pad == 0 {
                row.cells
            } else {
                let mut cells = Vec::with_capacity(pad + row.cells.len());
                cells.resize(pad, RawCell::Empty);
                cells.extend(row.cells);
                cells
            };
            if cells.len() > max_cols {
                built.cut_cols |= cells[max_cols..].iter().any(|c| *c != RawCell::Empty);
                cells.truncate(max_cols);
            }
            while cells.last() == Some(&RawCell::Empty) {
                cells.pop();
            }
            built.rows.push(cells);
        }
        built.origin = origin;
        Some(built)
    }
}

/// `2021-03-01` or `2021-03-01T14:30:00` (ODS dates, xlsx `t="d"` cells) as an Excel serial.
fn iso_serial(s: &str) -> Option<f64> {
    let s = s.trim();
    let (date, time) = match s.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (s, None),
    };
    let mut parts = date.splitn(3, '-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let d: u32 = parts.next()?.parse().ok()?;
    if !(1..=9999).contains(&y) || d == 0 || d > calendar::days_in_month(y, m) {
        return None;
    }
    let seconds = match time {
        Some(t) => time_seconds(t)?,
        None => 0.0,
    };
    Some(calendar::serial_of(y, m, d, seconds))
}

/// `14:30`, `14:30:05.5`, with an optional `Z` or offset (ignored): seconds since midnight.
fn time_seconds(t: &str) -> Option<f64> {
    let t = t.trim_end_matches('Z');
    let t = match t.rfind(['+', '-']) {
        Some(i) if i > 0 => &t[..i],
        _ => t,
    };
    let mut parts = t.splitn(3, ':');
    let h: f64 = parts.next()?.parse().ok()?;
    let m: f64 = parts.next()?.parse().ok()?;
    let s: f64 = parts.next().map_or(Some(0.0), |s| s.parse().ok())?;
    (h.is_finite() && m.is_finite() && s.is_finite()).then_some(h * 3600.0 + m * 60.0 + s)
}

/// An ISO 8601 duration (`PT15M`, `PT01H30M00S`, `P1DT2H`, `-PT1H`) in days.
fn iso_duration_days(s: &str) -> Option<f64> {
    let s = s.trim();
    let (sign, s) = match s.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, s),
    };
    let s = s.strip_prefix('P')?;
    let (days_part, time_part) = s.split_once('T').unwrap_or((s, ""));
    let mut seconds = 0.0;
    for (part, units) in [
        (days_part, &[('D', 86_400.0)][..]),
        (time_part, &[('H', 3_600.0), ('M', 60.0), ('S', 1.0)][..]),
    ] {
        let mut rest = part;
        for &(unit, factor) in units {
            if let Some(i) = rest.find(unit) {
                let n: f64 = rest[..i].parse().ok()?;
                seconds += n * factor;
                rest = &rest[i + 1..];
            }
        }
        if !rest.is_empty() {
            return None;
        }
    }
    seconds.is_finite().then_some(sign * seconds / 86_400.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_become_serials() {
        assert_eq!(iso_serial("2021-03-01"), Some(44_256.0));
        assert_eq!(iso_serial("1899-12-30"), Some(0.0));
        assert_eq!(iso_serial("2021-03-01T12:00:00"), Some(44_256.5));
        assert_eq!(iso_serial("2021-02-30"), None);
        assert_eq!(iso_serial("soon"), None);
    }

    #[test]
    fn iso_durations_become_days() {
        assert_eq!(iso_duration_days("PT15M"), Some(15.0 / 1440.0));
        assert_eq!(iso_duration_days("PT01H30M00S"), Some(1.5 / 24.0));
        assert_eq!(iso_duration_days("P1DT12H"), Some(1.5));
        assert_eq!(iso_duration_days("-PT1H"), Some(-1.0 / 24.0));
        assert_eq!(iso_duration_days("P1Y"), None);
    }

    #[test]
    fn cell_references_parse() {
        assert_eq!(parse_cell_ref(b"A1"), Some((0, 0)));
        assert_eq!(parse_cell_ref(b"$C$7"), Some((6, 2)));
        assert_eq!(parse_cell_ref(b"XFD1048576"), Some((1_048_575, 16_383)));
        assert_eq!(parse_cell_ref(b"A0"), None);
        let area = parse_area(b"B2:D3").unwrap();
        assert_eq!((area.start, area.end), ((1, 1), (2, 3)));
    }
}
