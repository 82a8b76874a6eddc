//! The cells of one sheet as they stream in, charged to the memory budget, then aligned into
//! the rows of a table on its top-left cell.

use super::Limits;
use crate::table::RawCell;

/// Bytes charged for one cell and for one row of a table.
pub(super) use crate::import::{CELL_COST, ROW_COST};

/// The heap bytes behind a cell: its text and the allocator's share for it.
pub(super) fn text_len(cell: &RawCell) -> u64 {
    match cell {
        RawCell::Text(s) => s.len() as u64 + 16,
        RawCell::Error(s) => s.len() as u64 + 16,
        _ => 0,
    }
}

/// Charges `bytes` to the budget; false when it does not hold them.
pub(super) fn charge(budget: &mut u64, bytes: u64) -> bool {
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

/// What became of a cell put in the grid.
pub(super) enum Put {
    /// Kept, or dropped beyond the column cap.
    Kept,
    /// Beyond the row cap: the rest of the sheet is not needed.
    BeyondRows,
    /// The memory budget ran out.
    Full,
}

/// Cells collected in stream order, each row from its own first column, before they are
/// aligned on the table's top-left cell (known only at the end).
pub(super) struct Grid {
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

/// The rows of a table, aligned on its top-left cell `origin`, and whether cells were cut.
pub(super) struct Built {
    pub(super) rows: Vec<Vec<RawCell>>,
    pub(super) origin: (u32, u32),
    pub(super) cut_rows: bool,
    pub(super) cut_cols: bool,
}

impl Grid {
    /// An empty grid with the row and column caps of `limits`.
    pub(super) fn new(limits: &Limits) -> Grid {
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
    pub(super) fn beyond(&self, (row, col): (u32, u32)) -> bool {
        (self.min_row != u32::MAX && u64::from(row) >= u64::from(self.min_row) + self.max_rows)
            || (self.min_col != u32::MAX
                && u64::from(col) >= u64::from(self.min_col) + self.max_cols)
    }

    /// Adds a cell, charging it (and its row's padding) to the budget.
    pub(super) fn put(&mut self, (row, col): (u32, u32), cell: RawCell, budget: &mut u64) -> Put {
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
    pub(super) fn build(mut self, budget: &mut u64) -> Option<Built> {
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
            self.rows = join_pieces(std::mem::take(&mut self.rows), budget)?;
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

/// Puts rows that came out of order in order, joining the pieces of one row into one;
/// `None` when the gaps between pieces would pass the budget.
fn join_pieces(mut rows: Vec<GridRow>, budget: &mut u64) -> Option<Vec<GridRow>> {
    rows.sort_by_key(|r| r.row);
    let mut merged: Vec<GridRow> = Vec::with_capacity(rows.len());
    let mut pieces = rows.into_iter().peekable();
    while let Some(first) = pieces.next() {
        let mut group = vec![first];
        while let Some(next) = pieces.next_if(|p| p.row == group[0].row) {
            group.push(next);
        }
        if group.len() == 1 {
            merged.extend(group);
            continue;
        }
        merged.push(join_row(group, budget)?);
    }
    Some(merged)
}

/// Joins the pieces of one row, in stream order: later cells win, as in the file.
fn join_row(group: Vec<GridRow>, budget: &mut u64) -> Option<GridRow> {
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
    Some(GridRow {
        row,
        first: start,
        cells,
    })
}
