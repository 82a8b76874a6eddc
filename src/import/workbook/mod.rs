//! Workbooks (xlsx, xlsm, xlsb, xls, ods) through calamine, behind guards against hostile files.
//!
//! [`preflight`] checks the bytes before calamine sees them (calamine can abort the process on
//! crafted files); here every calamine call runs under [`catch_panic`], each visible sheet
//! becomes a [`RawTable`] within the row and column caps of [`Limits`] and a memory budget,
//! merged areas are filled with their top-left value, and formulas without a saved result
//! are reported. xlsx and xlsb sheets are streamed cell by cell, so a huge declared dimension
//! or a million-row sheet costs nothing beyond the rows kept.
//!
//! [`sheet`] turns one sheet's cells into a table through the [`grid`] that holds them;
//! [`xlsx_sheet`] reads what calamine's xlsx cell reader leaves out; [`iso`] reads ODS and
//! xlsx ISO dates and durations; [`xml`] is the small XML scanner shared with the preflight;
//! [`gate`] lets calamine read a large xlsx sheet while that scanner checks it on another core.

mod gate;
mod grid;
mod iso;
mod preflight;
mod sheet;
mod xlsx_sheet;
mod xml;

use crate::i18n::Msg;
use std::collections::HashMap;
use std::io::Cursor;
use std::sync::atomic::AtomicU64;

use calamine::{
    Data, Dimensions, Ods, OdsError, Reader, Sheet, SheetType, SheetVisible, Xls, XlsError, Xlsb,
    XlsbError, Xlsx, XlsxError,
};

use super::catch::panicked;
use super::{Budget, Limits, catch_panic};
use crate::issue::Issue;
use crate::table::RawTable;
use gate::{Counted, Gate, Gated};
use preflight::Format;
use sheet::{SheetRead, Value};
use xlsx_sheet::{read_xlsx_cells, scan_xlsx_sheet};

/// Notes of one kind given cell by cell in a sheet before the rest are summed up.
const NOTES_PER_KIND: usize = 20;
/// Unreadable cells tolerated in one xlsx or xlsb sheet before the sheet is given up.
const MAX_UNREADABLE: usize = 1_000;
/// Compressed size from which an xlsx sheet is scanned on another core while calamine reads
/// it; a smaller one is scanned first.
const SCAN_BESIDE: u64 = 256 << 10;
/// Most sheets in a workbook (Excel files hold a few, a few hundred at most).
const MAX_SHEETS: usize = 4_096;

/// Stops the gate when a scan ends without saying how (a panic), so calamine never waits
/// for it.
struct Over<'a>(&'a Gate);

impl Drop for Over<'_> {
    fn drop(&mut self) {
        self.0.finish(false);
    }
}

/// The message for a password-protected workbook, whatever its format.
pub(crate) fn password_msg() -> Msg {
    Msg::new("file-password")
}

/// The message for a file that cannot be read, with what went wrong.
fn damaged(what: Msg) -> Msg {
    Msg::new("file-could-not-read-the-workbook").msg("what", what)
}

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
    let mut budget = Budget::new(limits.max_memory_bytes);
    // Standing alone, the file's own bytes are part of what it costs.
    budget.take(bytes.len() as u64);
    read_within(bytes, file, limits, &mut budget)
}

/// [`read`], charging the cells to the run's memory budget (the file's bytes already taken
/// from it); when it runs out, reading stops with an error naming the sheet and the option.
pub(crate) fn read_within(
    bytes: &[u8],
    file: &str,
    limits: &Limits,
    run: &mut Budget,
) -> Result<(Vec<RawTable>, Vec<Issue>), Issue> {
    let checked = preflight::check(bytes, limits).map_err(|m| Issue::file_error(file, m))?;
    if !run.take(checked.held) {
        run.run_out(file);
        return Err(Issue::file_error(file, run.message()));
    }
    let mut book = Book {
        file,
        limits,
        tables: Vec::new(),
        notes: Vec::new(),
        budget: run.left,
        stopped: false,
        run,
    };
    let read = match checked.format {
        Format::Xlsx(layout) => book.read_xlsx(bytes, &layout),
        Format::Xlsb => book.read_xlsb(bytes),
        Format::Ods => book.read_ods(bytes),
        Format::Xls => book.read_xls(bytes),
    };
    let read = read.map_err(|m| Issue::file_error(file, m));
    // The unpacked parts are freed; the cells stay, charged as they were read.
    book.run.left = book.budget.saturating_add(checked.held).min(book.run.total);
    read?;
    book.finish()
}

/// Runs calamine code, turning a panic into the file's error message, [`panicked`] (quietly:
/// see [`catch_panic`]).
fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, Msg> {
    catch_panic(f)
}

/// Opens a workbook with calamine; `password` tells a password error from the others.
fn open<W, E: std::fmt::Display>(
    new: impl FnOnce() -> Result<W, E>,
    password: impl Fn(&E) -> bool,
) -> Result<W, Msg> {
    match guarded(new)? {
        Ok(wb) => Ok(wb),
        Err(e) if password(&e) => Err(password_msg()),
        Err(e) => Err(damaged(
            Msg::new("file-reason").with("reason", e.to_string()),
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
    /// The run's budget, told where it ran out.
    run: &'a mut Budget,
}

impl<'a> Book<'a> {
    /// The names of the sheets to read, with a note for each one skipped.
    fn select(&mut self, sheets: &[Sheet]) -> Result<Vec<String>, Msg> {
        if sheets.is_empty() {
            return Err(Msg::new("file-no-sheets"));
        }
        if sheets.len() > MAX_SHEETS {
            return Err(Msg::new("file-the-workbook-holds-sheets-more")
                .with("a0", (sheets.len()).to_string())
                .with("MAX_SHEETS", (MAX_SHEETS).to_string()));
        }
        let mut names: Vec<String> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut skipped_count = 0usize;
        for sheet in sheets {
            let skipped = match (&sheet.visible, &sheet.typ) {
                (SheetVisible::Hidden | SheetVisible::VeryHidden, _) => Some("file-sheet-hidden"),
                (_, SheetType::WorkSheet) if !seen.insert(sheet.name.as_str()) => {
                    Some("file-sheet-same-name")
                }
                (_, SheetType::WorkSheet) => None,
                (_, SheetType::ChartSheet) => Some("file-sheet-chart"),
                (_, SheetType::DialogSheet) => Some("file-sheet-dialog"),
                (_, SheetType::MacroSheet) => Some("file-sheet-macro"),
                (_, SheetType::Vba) => Some("file-sheet-vba"),
            };
            match skipped {
                Some(why) => {
                    skipped_count += 1;
                    if skipped_count <= NOTES_PER_KIND {
                        self.notes.push(Issue::info(
                            format!("{}:{}", self.file, sheet.name),
                            Msg::new("file-sheet-skipped")
                                .with("a0", &sheet.name)
                                .msg("why", Msg::new(why)),
                        ));
                    }
                }
                None => names.push(sheet.name.clone()),
            }
        }
        if skipped_count > NOTES_PER_KIND {
            self.notes.push(Issue::info(
                self.file,
                Msg::new("file-and-more-sheets-skipped")
                    .with("a0", (skipped_count - NOTES_PER_KIND).to_string()),
            ));
        }
        if names.is_empty() {
            return Err(Msg::new("file-no-visible-sheet"));
        }
        Ok(names)
    }

    /// Reads one sheet with `fill`, then turns it into a table (or a sheet error).
    fn read_sheet(
        &mut self,
        name: &str,
        is_1904: bool,
        fill: impl FnOnce(&mut SheetRead<'a>, &mut u64) -> Result<Vec<Dimensions>, Msg>,
    ) {
        if self.stopped {
            return;
        }
        let mut sheet = SheetRead::new(self.file, name, self.limits, is_1904);
        let mut budget = self.budget;
        let read = guarded(|| fill(&mut sheet, &mut budget)).and_then(|r| r);
        let merges = match read {
            Ok(merges) => merges,
            Err(e) => {
                self.notes.push(Issue::file_error(
                    format!("{}:{name}", self.file),
                    if e == panicked() {
                        Msg::new("file-sheet-was-skipped-its-structure").with("name", name)
                    } else {
                        Msg::new("file-sheet-could-not-be-read")
                            .with("name", name)
                            .msg("e", e)
                    },
                ));
                return;
            }
        };
        let full = sheet.is_full();
        let (table, notes) = sheet.finish(&merges, &mut budget);
        self.budget = budget;
        self.notes.extend(notes);
        // Without a table, the budget is spent: the sheet's error says why.
        let Some(table) = table else {
            self.stopped = true;
            self.run.run_out(&format!("{}:{name}", self.file));
            return;
        };
        self.tables.push(table);
        if full {
            self.stopped = true;
            let place = format!("{}:{name}", self.file);
            self.run.run_out(&place);
            self.notes
                .push(Issue::file_error(place, self.run.message()));
        }
    }

    fn read_xlsx(&mut self, bytes: &[u8], layout: &preflight::XlsxLayout) -> Result<(), Msg> {
        let gate = Gate::default();
        let mut wb = open(
            || Xlsx::new(Gated::new(bytes, &gate)),
            |e| matches!(e, XlsxError::Password),
        )?;
        let is_1904 = wb.has_1904_epoch();
        let sheets = wb.sheets_metadata().to_vec();
        let names = self.select(&sheets)?;
        let at = AtomicU64::new(0);
        let mut zip = preflight::open_zip_over(Counted::new(bytes, &at))?;
        let entries: HashMap<String, String> = preflight::entry_names(&zip)
            .into_iter()
            .map(|n| (n.replace('\\', "/").to_ascii_lowercase(), n))
            .collect();
        for name in names {
            // The scan first: it also refuses tags and texts too long for calamine's buffers.
            let part = layout
                .path(&name)
                .and_then(|p| entries.get(&p.to_ascii_lowercase()));
            // A large sheet is scanned on another core while calamine reads it, calamine
            // held back behind the scan (see `gate`).
            let window = part
                .and_then(|p| {
                    let f = zip.by_name(p).ok()?;
                    Some((f.data_start()?, f.compressed_size()))
                })
                .filter(|&(_, size)| size >= SCAN_BESIDE);
            if let (Some(part), Some((start, size))) = (part, window) {
                gate.close(start, start.saturating_add(size));
                self.read_sheet(&name, is_1904, |sheet, budget| {
                    std::thread::scope(|s| {
                        let scan = s.spawn(|| {
                            let over = Over(&gate);
                            let extras = scan_xlsx_sheet(&mut zip, part, Some((&at, &gate)));
                            gate.finish(extras.is_ok());
                            std::mem::forget(over);
                            extras
                        });
                        let cells = read_xlsx_cells(&mut wb, sheet, budget);
                        let extras = scan
                            .join()
                            .unwrap_or_else(|e| std::panic::resume_unwind(e))?;
                        cells?;
                        for (pos, text) in extras.errors {
                            sheet.put(pos, Value::Error(text), budget);
                        }
                        Ok(extras.merges)
                    })
                });
                gate.open();
                continue;
            }
            let extras = match part {
                Some(part) => scan_xlsx_sheet(&mut zip, part, None),
                None => Err(Msg::new("file-part-missing")),
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

    fn read_xlsb(&mut self, bytes: &[u8]) -> Result<(), Msg> {
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
                    .map_err(|e| Msg::new("file-reason").with("reason", e.to_string()))?;
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
                        Err(e) => {
                            return Err(Msg::new("file-reason").with("reason", e.to_string()));
                        }
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

    fn read_xls(&mut self, bytes: &[u8]) -> Result<(), Msg> {
        let mut wb = open(
            || Xls::new(Cursor::new(bytes)),
            |e| matches!(e, XlsError::Password),
        )?;
        let is_1904 = wb.has_1904_epoch();
        let sheets = wb.sheets_metadata().to_vec();
        for name in self.select(&sheets)? {
            self.read_sheet(&name, is_1904, |sheet, budget| {
                let values = wb
                    .worksheet_range(&name)
                    .map_err(|e| Msg::new("file-reason").with("reason", e.to_string()))?;
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

    fn read_ods(&mut self, bytes: &[u8]) -> Result<(), Msg> {
        let mut wb = open(
            || Ods::new(Cursor::new(bytes)),
            |e| matches!(e, OdsError::Password),
        )?;
        let sheets = wb.sheets_metadata().to_vec();
        for name in self.select(&sheets)? {
            self.read_sheet(&name, false, |sheet, budget| {
                let values = wb
                    .worksheet_range(&name)
                    .map_err(|e| Msg::new("file-reason").with("reason", e.to_string()))?;
                let (r0, c0) = values.start().unwrap_or_default();
                for (r, c, v) in values.used_cells() {
                    if !sheet.put((r0 + r as u32, c0 + c as u32), Value::from_data(v), budget) {
                        break;
                    }
                }
                let formulas = wb
                    .worksheet_formula(&name)
                    .map_err(|e| Msg::new("file-reason").with("reason", e.to_string()))?;
                let (f0, g0) = formulas.start().unwrap_or_default();
                for (r, c, f) in formulas.used_cells() {
                    let pos = (f0 + r as u32, g0 + c as u32);
                    if values.get_value(pos).is_none_or(|v| *v == Data::Empty) {
                        sheet.formula_without_result(pos, f.strip_prefix("of:").unwrap_or(f));
                    } else {
                        sheet.formula_with_result(pos, f);
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
                Msg::new("file-workbook-empty"),
            ));
        }
        Ok((self.tables, self.notes))
    }
}
