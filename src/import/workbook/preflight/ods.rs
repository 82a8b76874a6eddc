//! ODS: calamine reads content.xml whole, expanding repeated rows and columns and cloning
//! their values, and loops forever when the XML ends inside a table or an annotation. A dry
//! run of its reader over the XML adds up the memory it will need.

use super::archive::{Zip, scan_part};
use super::{MAX_PART_ELEMENTS, MEMORY_BUDGET};
use crate::i18n::Msg;
use crate::import::workbook::xml::{ScanError, Xml, attr, attributes, scan_xml, unescape};
use crate::import::workbook::{damaged, password_msg};

/// Deepest XML nesting accepted in an `.ods` (real files nest a dozen levels).
const MAX_ODS_DEPTH: usize = 2_000;
/// calamine's own caps on ODS repeats.
const ODS_MAX_ROWS: usize = 1_048_576;
const ODS_MAX_COLUMNS: usize = 16_384;
/// Bytes one cell costs calamine: its value (32) and its formula string (24); once
/// expanded, the formula strings are kept only for a table that has formulas.
const ODS_CELL: u64 = 56;
const ODS_VALUE: u64 = 32;

/// Checks an `.ods`: not encrypted, and its content within the memory budget; returns the
/// bytes calamine will keep.
pub(super) fn check_ods(zip: &mut Zip<'_>, names: &[String]) -> Result<u64, Msg> {
    // calamine opens the ODS parts by their exact names.
    let exact = |path: &str| names.iter().any(|n| n == path).then(|| path.to_string());
    if let Some(manifest) = exact("META-INF/manifest.xml") {
        let mut encrypted = false;
        scan_part(zip, &manifest, MAX_PART_ELEMENTS, |ev| {
            if let Xml::Start {
                name: b"manifest:encryption-data",
                ..
            } = ev
            {
                encrypted = true;
            }
            Ok(())
        })?;
        if encrypted {
            return Err(password_msg());
        }
    }
    let Some(content) = exact("content.xml") else {
        return Ok(0); // calamine says the part is missing
    };
    let part = zip.by_name(&content).map_err(|e| {
        damaged(Msg::new("file-its-part-content-xml-cannot").with("e", (e).to_string()))
    })?;
    let mut sim = OdsSim::default();
    let result = scan_xml(part, |ev| sim.step(ev));
    match result {
        Ok(()) if sim.stack.is_empty() || sim.gave_up => Ok(sim.kept.saturating_add(sim.largest)),
        Ok(()) | Err(ScanError::Truncated) => Err(damaged(Msg::new("file-ods-cut-short"))),
        Err(e) => Err(e.message("content.xml")),
    }
}

/// A dry run of calamine's ODS reader (`parse_content`, `read_table`, `read_row`,
/// `get_range`) that adds up, from above, the memory it will need.
#[derive(Default)]
struct OdsSim {
    /// Open elements, to check that every tag is closed by its own end tag.
    stack: Vec<Box<[u8]>>,
    /// calamine will stop with an error at this point: nothing after it matters.
    gave_up: bool,
    table: Option<TableSim>,
    row: Option<RowSim>,
    cell: Option<CellSim>,
    /// Bytes kept for the tables read so far, and the largest copy of one table.
    kept: u64,
    largest: u64,
}

#[derive(Default)]
struct TableSim {
    name: String,
    depth: usize,
    total_rows: usize,
    rows_seen: usize,
    raw_cells: u64,
    raw_text: u64,
    repeats_so_far: u64,
    repeats_before_first: Option<u64>,
    repeats_through_last: u64,
    expanded_rows_text: u64,
    col_min: usize,
    col_max: usize,
    expanded_rows: u64,
    has_formula: bool,
}

#[derive(Default)]
struct RowSim {
    depth: usize,
    repeats: usize,
    len: usize,
    pending_empty: usize,
    first: Option<usize>,
    last: usize,
    text: u64,
}

#[derive(Default)]
struct CellSim {
    depth: usize,
    repeats: usize,
    filled: bool,
    formula: bool,
    text: u64,
}

impl CellSim {
    /// A tag inside the cell: text that adds to its length, or a nested table, refused.
    fn start(&mut self, name: &[u8], attrs: &[u8]) -> Result<(), Msg> {
        match name {
            // calamine adds `text:c` spaces; unparsable, it stops (string cells) or
            // skips the cell (others): either way nothing to count.
            b"text:s" => {
                let spaces =
                    attr(attrs, b"text:c").map_or(Some(1), |c| parse_usize(unescape(c).as_bytes()));
                self.text = self.text.saturating_add(spaces.unwrap_or(0) as u64);
            }
            b"text:p" | b"text:tab" | b"text:line-break" => self.text += 1,
            // calamine ends a text cell at the first cell end, even a nested one, and
            // would then read the nested table's rows as rows of the sheet.
            b"table:table"
            | b"table:table-row"
            | b"table:table-cell"
            | b"table:covered-table-cell" => {
                return Err(damaged(Msg::new("file-ods-table-in-cell")));
            }
            _ => {}
        }
        Ok(())
    }
}

impl OdsSim {
    fn step(&mut self, ev: Xml<'_>) -> Result<(), Msg> {
        if self.gave_up {
            return Ok(());
        }
        match ev {
            Xml::Start { name, attrs, empty } => {
                let depth = self.stack.len();
                self.start(name, attrs, depth)?;
                if empty {
                    self.end(name, depth)?;
                } else {
                    if self.stack.len() >= MAX_ODS_DEPTH {
                        return Err(damaged(
                            Msg::new("file-its-content-xml-nests-more")
                                .with("MAX_ODS_DEPTH", (MAX_ODS_DEPTH).to_string()),
                        ));
                    }
                    self.stack.push(name.into());
                }
            }
            Xml::End { name } => {
                if self.stack.pop().as_deref() != Some(name) {
                    return Err(damaged(Msg::new("file-ods-mismatched-tags")));
                }
                let depth = self.stack.len();
                self.end(name, depth)?;
            }
            Xml::Text(t) => {
                if let Some(cell) = &mut self.cell {
                    cell.text += t.len() as u64;
                } else if self.row.is_some() {
                    // calamine refuses anything but cells inside a row.
                    self.gave_up = true;
                }
            }
        }
        Ok(())
    }

    fn start(&mut self, name: &[u8], attrs: &[u8], depth: usize) -> Result<(), Msg> {
        if let Some(cell) = &mut self.cell {
            return cell.start(name, attrs);
        }
        if self.row.is_some() {
            self.start_cell(name, attrs, depth);
            return Ok(());
        }
        if self.table.is_some() {
            if name == b"table:table-row" {
                self.start_row(attrs, depth);
            }
            return Ok(());
        }
        match name {
            b"table:table" => {
                if let Some(n) = attr(attrs, b"table:name") {
                    self.table = Some(TableSim {
                        name: unescape(n),
                        depth,
                        col_min: usize::MAX,
                        ..TableSim::default()
                    });
                }
            }
            b"table:named-range" | b"table:named-expression" => {
                self.kept += 48 + attrs.len() as u64;
                self.check_budget(None)?;
            }
            _ => {}
        }
        Ok(())
    }

    /// A tag inside a row: a cell (with its repeats, whether it holds a value or a formula,
    /// and the text of its attributes), or anything else, where calamine stops.
    fn start_cell(&mut self, name: &[u8], attrs: &[u8], depth: usize) {
        if name != b"table:table-cell" && name != b"table:covered-table-cell" {
            self.gave_up = true;
            return;
        }
        let repeats = match attr(attrs, b"table:number-columns-repeated") {
            None => 1,
            Some(v) => match std::str::from_utf8(v)
                .ok()
                .and_then(|s| s.parse::<usize>().ok())
            {
                Some(n) => n,
                None => {
                    self.gave_up = true;
                    return;
                }
            },
        };
        let mut filled = false;
        let mut formula = false;
        let mut text = 0u64;
        for (key, value) in attributes(attrs) {
            formula |= key == b"table:formula";
            text += value.len() as u64;
            filled |= matches!(
                key,
                b"office:value"
                    | b"office:string-value"
                    | b"office:date-value"
                    | b"office:time-value"
                    | b"office:boolean-value"
                    | b"table:formula"
            ) || (key == b"office:value-type" && value == b"string")
                || (key == b"calcext:value-type" && value == b"error");
        }
        self.cell = Some(CellSim {
            depth,
            repeats,
            filled,
            formula,
            text,
        });
    }

    /// A row of the open table, its repeats capped as calamine caps them.
    fn start_row(&mut self, attrs: &[u8], depth: usize) {
        let Some(table) = &mut self.table else {
            return;
        };
        let repeats = match attr(attrs, b"table:number-rows-repeated") {
            None => 1,
            Some(v) => match parse_usize(unescape(v).as_bytes()) {
                Some(n) => n,
                None => {
                    self.gave_up = true;
                    return;
                }
            },
        };
        let capped = repeats.min(ODS_MAX_ROWS.saturating_sub(table.total_rows));
        table.total_rows += capped;
        self.row = Some(RowSim {
            depth,
            repeats: capped,
            ..RowSim::default()
        });
    }

    fn end(&mut self, name: &[u8], depth: usize) -> Result<(), Msg> {
        if let Some(cell) = &self.cell {
            if depth == cell.depth {
                let cell = self.cell.take().unwrap_or_default();
                self.finish_cell(cell);
                self.check_budget(None)?;
            }
            return Ok(());
        }
        if let Some(row) = &self.row {
            if depth == row.depth && name == b"table:table-row" {
                let row = self.row.take().unwrap_or_default();
                self.finish_row(row);
                self.check_budget(None)?;
            } else {
                self.gave_up = true;
            }
            return Ok(());
        }
        if name == b"table:table" && self.table.as_ref().is_some_and(|t| depth >= t.depth) {
            let table = self.table.take().unwrap_or_default();
            self.finish_table(table)?;
        }
        Ok(())
    }

    fn finish_cell(&mut self, cell: CellSim) {
        let (Some(row), Some(table)) = (&mut self.row, &mut self.table) else {
            return;
        };
        let pushed_empty = row
            .pending_empty
            .min(ODS_MAX_COLUMNS.saturating_sub(row.len));
        row.len += pushed_empty;
        table.raw_cells += pushed_empty as u64;
        row.pending_empty = 0;
        let capped = cell.repeats.min(ODS_MAX_COLUMNS.saturating_sub(row.len));
        table.has_formula |= cell.formula;
        if !cell.filled {
            row.pending_empty = capped;
            return;
        }
        if capped > 0 {
            row.first.get_or_insert(row.len);
            row.last = row.len + capped - 1;
        }
        row.len += capped;
        table.raw_cells += capped as u64;
        let text = cell.text.saturating_mul(capped as u64);
        table.raw_text = table.raw_text.saturating_add(text);
        row.text = row.text.saturating_add(text);
    }

    fn finish_row(&mut self, row: RowSim) {
        let Some(table) = &mut self.table else { return };
        let repeats = row.repeats as u64;
        if let Some(first) = row.first {
            table
                .repeats_before_first
                .get_or_insert(table.repeats_so_far);
            table.repeats_through_last = table.repeats_so_far + repeats;
            table.col_min = table.col_min.min(first);
            table.col_max = table.col_max.max(row.last);
            table.expanded_rows_text = table
                .expanded_rows_text
                .saturating_add(row.text.saturating_mul(repeats));
        }
        table.repeats_so_far += repeats;
        table.rows_seen += 1;
        table.expanded_rows = table.repeats_through_last - table.repeats_before_first.unwrap_or(0);
    }

    /// Bytes calamine holds for a table once expanded (its values and formulas).
    fn expanded_bytes(table: &TableSim) -> u64 {
        if table.repeats_before_first.is_none() {
            return 0;
        }
        let width = (table.col_max + 1).saturating_sub(table.col_min) as u64;
        let cell = if table.has_formula {
            ODS_CELL
        } else {
            ODS_VALUE
        };
        table
            .expanded_rows
            .saturating_mul(width)
            .saturating_mul(cell)
            .saturating_add(table.expanded_rows_text)
    }

    fn finish_table(&mut self, table: TableSim) -> Result<(), Msg> {
        let expanded = Self::expanded_bytes(&table);
        let raw = table
            .raw_cells
            .saturating_mul(ODS_CELL)
            .saturating_add(table.raw_text);
        self.kept = self.kept.saturating_add(raw).saturating_add(expanded);
        self.largest = self.largest.max(expanded);
        self.check_budget(Some(&table))
    }

    /// Refuses once the estimate passes the budget (also while a table is being read).
    fn check_budget(&self, finished: Option<&TableSim>) -> Result<(), Msg> {
        let current = self.table.as_ref().or(finished);
        let open = match (&self.table, current) {
            (Some(t), _) => t
                .raw_cells
                .saturating_mul(ODS_CELL)
                .saturating_add(t.raw_text)
                .saturating_add(Self::expanded_bytes(t)),
            _ => 0,
        };
        let need = self.kept.saturating_add(open).saturating_add(self.largest);
        if need <= MEMORY_BUDGET {
            return Ok(());
        }
        let sheet = current
            .map(|t| Msg::new("file-sheet").with("a0", (t.name).to_string()))
            .unwrap_or_else(|| Msg::new("file-the-workbook"));
        Err(Msg::new("file-is-too-big-to-read")
            .msg("sheet", sheet)
            .with("a0", (need >> 20).to_string())
            .with("a1", (MEMORY_BUDGET >> 20).to_string()))
    }
}

fn parse_usize(raw: &[u8]) -> Option<usize> {
    std::str::from_utf8(raw).ok()?.trim().parse().ok()
}
