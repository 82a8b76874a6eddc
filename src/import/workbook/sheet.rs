//! One sheet being read: calamine's cell values turned into table cells (text cut to the
//! cap, dates and durations to serials) in the sheet's grid, notes about the cells, and the
//! finished table with its merged areas filled.

use crate::i18n::Msg;
use calamine::{CellErrorType, Data, DataRef, Dimensions, ExcelDateTime};

use super::grid::{Built, CELL_COST, Grid, Put, charge, text_len};
use super::iso::{iso_duration_days, iso_serial};
use super::{Limits, NOTES_PER_KIND};
use crate::issue::Issue;
use crate::table::is_aggregate_formula;
use crate::table::{RawCell, RawTable, Text, cell_location};

/// Most cells visited to fill the merged areas of one sheet.
const MAX_MERGE_VISITS: u64 = 4_000_000;

/// A cell value from any calamine reader, before it becomes a [`RawCell`].
pub(super) enum Value<'s> {
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
    /// A value from a whole-sheet range (`.xls`, `.ods`).
    pub(super) fn from_data(d: &'s Data) -> Value<'s> {
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

    /// A value from a cell reader (`.xlsx`, `.xlsb`).
    pub(super) fn from_ref(d: &'s DataRef<'_>) -> Value<'s> {
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
pub(super) struct SheetRead<'a> {
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
    /// Cells whose formula sums up a range, with the formula.
    aggregates: Vec<((u32, u32), String)>,
}

/// Most aggregate formulas kept from one sheet: a summary line or two per table is usual.
const MAX_AGGREGATES: usize = 10_000;

const CUT: usize = 0;
const NO_RESULT: usize = 1;
const UNREADABLE: usize = 2;

impl<'a> SheetRead<'a> {
    /// A sheet to read, its grid still empty.
    pub(super) fn new(file: &'a str, name: &str, limits: &'a Limits, is_1904: bool) -> Self {
        SheetRead {
            file,
            name: name.to_string(),
            limits,
            is_1904,
            grid: Grid::new(limits),
            aggregates: Vec::new(),
            notes: Vec::new(),
            counts: [0; 3],
            full: false,
        }
    }

    /// The sheet's name.
    pub(super) fn name(&self) -> &str {
        &self.name
    }

    /// True once the memory budget ran out while reading.
    pub(super) fn is_full(&self) -> bool {
        self.full
    }

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
    pub(super) fn put(&mut self, pos: (u32, u32), value: Value<'_>, budget: &mut u64) -> bool {
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
    fn capped(&mut self, s: &str, pos: (u32, u32)) -> Text {
        let max = self.limits.max_cell_bytes;
        if s.len() <= max {
            return Text::from(s);
        }
        let mut end = max;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        if !self.grid.beyond(pos) && self.count(CUT) {
            let loc = self.location(pos);
            self.notes.push(Issue::warning(
                loc,
                Msg::new("file-a-cell-of-kb-only-2")
                    .with("a0", (s.len() >> 10).to_string())
                    .with("a1", (max >> 10).to_string()),
            ));
        }
        Text::from(&s[..end])
    }

    /// Keeps the position of a cell whose formula sums up a range (a summary line's mark).
    pub(super) fn formula_with_result(&mut self, pos: (u32, u32), formula: &str) {
        if self.aggregates.len() < MAX_AGGREGATES && is_aggregate_formula(formula) {
            let shown: String = formula.trim_start_matches("of:").chars().take(80).collect();
            let shown = if shown.starts_with('=') {
                shown
            } else {
                format!("={shown}")
            };
            self.aggregates.push((pos, shown));
        }
    }

    /// Notes a formula whose result was not saved (its cell counts as blank).
    pub(super) fn formula_without_result(&mut self, pos: (u32, u32), formula: &str) {
        if self.grid.beyond(pos) || !self.count(NO_RESULT) {
            return;
        }
        let shown: String = formula.trim_start_matches('=').chars().take(200).collect();
        let loc = self.location(pos);
        self.notes.push(Issue::warning(
            loc,
            Msg::new("file-formula-has-no-saved-result").with("shown", (shown).to_string()),
        ));
    }

    /// Notes a cell calamine could not read (it counts as blank).
    pub(super) fn unreadable(&mut self, what: &str) {
        if self.count(UNREADABLE) {
            let loc = self.sheet_location();
            self.notes.push(Issue::warning(
                loc,
                Msg::new("file-a-cell-could-not-be").with("what", (what).to_string()),
            ));
        }
    }

    /// The finished table and the notes, or `None` for the table when the cells were spread
    /// so widely that aligning them would pass the memory budget.
    pub(super) fn finish(
        mut self,
        merges: &[Dimensions],
        budget: &mut u64,
    ) -> (Option<RawTable>, Vec<Issue>) {
        let loc = self.sheet_location();
        let extra = |n: usize, what: &'static str| {
            Msg::new("file-and-more-in-sheet")
                .count("n", n)
                .msg("what", Msg::new(what))
                .with("a0", &self.name)
        };
        let mut summary = Vec::new();
        for (kind, what) in [
            (CUT, "file-cells-cut"),
            (NO_RESULT, "file-formulas-without-result"),
            (UNREADABLE, "file-unreadable-cells"),
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
                Msg::new("file-sheet-spreads-its-cells-over").with("a0", (self.name).to_string()),
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
            self.notes
                .push(Issue::warning(&loc, Msg::new("file-merges-too-big")));
        }
        if cut_rows {
            self.notes.push(Issue::error(
                &loc,
                Msg::new("file-more-than-rows-only-the-2").with("max_rows", (max_rows).to_string()),
            ));
        }
        if cut_cols {
            self.notes.push(Issue::warning(
                &loc,
                Msg::new("file-more-than-columns-only-the")
                    .with("max_cols", (max_cols).to_string()),
            ));
        }
        let table = RawTable {
            file: self.file.to_string(),
            sheet: Some(self.name.clone()),
            rows,
            origin_row: origin.0,
            origin_col: origin.1,
            transposed: false,
            aggregates: std::mem::take(&mut self.aggregates),
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
