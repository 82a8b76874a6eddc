//! One criterion's column of a table read into cells (on a core of its own): each cell through
//! the value grammar, a text read plainly once remembered for the rest of the column, and the
//! column's cell issues listed up to a cap and counted past it.

use std::collections::HashMap;

use crate::criteria::Criteria;
use crate::issue::{Issue, Severity};
use crate::table::{RawCell, RawTable};

use super::cell::{At, read_value};
use super::value::{Tax, Window};
use super::{Cell, Value};

/// How many problems with single cells are listed per column and table; the rest are counted.
pub(super) const CELL_ISSUES_PER_COLUMN: usize = 20;

/// Counts of one column's cell issues: listed, and errors and notes past the listing cap.
#[derive(Clone, Copy, Default)]
pub(super) struct Overflow {
    pub(super) listed: usize,
    pub(super) errors: usize,
    pub(super) notes: usize,
}

/// Where one criterion's answers are: a column of a table, on the offers' lines.
pub(super) struct Column<'a> {
    pub(super) criteria: &'a Criteria,
    pub(super) criterion: usize,
    /// Net or gross, as the column's header says.
    pub(super) header_tax: Option<Tax>,
    pub(super) table: &'a RawTable,
    pub(super) col: usize,
    pub(super) lines: &'a [usize],
    /// The offer on the first line.
    pub(super) first_offer: usize,
}

/// A text read without a note or a problem: what any cell holding the same text reads as.
#[derive(Clone)]
struct Plain {
    value: Option<Value>,
    window: Option<Window>,
    tax: Option<Tax>,
}

/// Most distinct texts a column remembers the reading of.
const PLAIN_KEPT: usize = 4_096;

impl Column<'_> {
    /// Reads the column's cells (`raws`, one per line). A text read before without a note or
    /// a problem is not read again: answers repeat ("tak", "codziennie", "99,9 %").
    pub(super) fn read(&self, raws: Vec<RawCell>) -> ColumnRead {
        let mut read = ColumnRead::default();
        read.cells.reserve_exact(raws.len());
        let mut plain: HashMap<Box<str>, Plain> = HashMap::new();
        for (k, raw) in raws.into_iter().enumerate() {
            let text = match &raw {
                RawCell::Text(t) => Some(t.as_str()),
                _ => None,
            };
            let known = text.and_then(|t| plain.get(t)).cloned();
            let (value, window, unreadable) = match known {
                Some(p) => {
                    if let Some(tax) = p.tax {
                        read.taxes.push((self.first_offer + k, tax));
                    }
                    (p.value, p.window, false)
                }
                None => {
                    let (result, p) = self.read_cell(k, &raw, &mut read);
                    if let (Some(p), Some(t)) = (p, text)
                        && plain.len() < PLAIN_KEPT
                    {
                        plain.insert(t.into(), p);
                    }
                    result
                }
            };
            read.cells.push(Cell {
                raw: raw.into_display(),
                value,
                window,
                unreadable,
            });
        }
        read
    }

    /// Reads the cell on the `k`-th line: (value, window, unreadable), and the reading again
    /// when it holds for any cell of the same text (no note, no problem).
    #[allow(clippy::type_complexity)]
    fn read_cell(
        &self,
        k: usize,
        raw: &RawCell,
        read: &mut ColumnRead,
    ) -> ((Option<Value>, Option<Window>, bool), Option<Plain>) {
        let (r, offer) = (self.lines[k], self.first_offer + k);
        let mut issues = Vec::new();
        let mut at = At::new(
            &self.criteria.criteria[self.criterion],
            || self.table.location(r, self.col),
            offer,
            &mut issues,
        );
        at.header_tax = self.header_tax;
        // Past the listing cap a note would be written only to be counted: count it.
        at.quiet = read.overflow.listed >= CELL_ISSUES_PER_COLUMN;
        let value = read_value(raw, self.criteria, &mut at);
        let (window, unreadable, tax, unwritten) = (at.window, at.failed, at.tax, at.unwritten);
        read.overflow.notes += unwritten;
        if let Some(tax) = tax {
            read.taxes.push((offer, tax));
        }
        let plain = (issues.is_empty() && unwritten == 0 && !unreadable).then(|| Plain {
            value: value.clone(),
            window,
            tax,
        });
        read.keep_issues(k, issues);
        ((value, window, unreadable), plain)
    }
}

/// One criterion's column of a table, read: its cells in line order, their issues (each with
/// its line's position among the offer lines), the taxes prices stated, and the count past
/// the listing cap.
#[derive(Default)]
pub(super) struct ColumnRead {
    pub(super) cells: Vec<Cell>,
    pub(super) issues: Vec<(usize, Issue)>,
    pub(super) taxes: Vec<(usize, Tax)>,
    pub(super) overflow: Overflow,
}

impl ColumnRead {
    /// Keeps a cell's issues while the column has listed fewer than the cap; past it, counts
    /// them: a column full of bad cells would otherwise bury everything else (and memory).
    fn keep_issues(&mut self, line: usize, issues: Vec<Issue>) {
        if issues.is_empty() {
            return;
        }
        if self.overflow.listed < CELL_ISSUES_PER_COLUMN {
            self.overflow.listed += issues.len();
            self.issues.extend(issues.into_iter().map(|i| (line, i)));
            return;
        }
        for issue in issues {
            match issue.severity {
                Severity::Error => self.overflow.errors += 1,
                _ => self.overflow.notes += 1,
            }
        }
    }
}
