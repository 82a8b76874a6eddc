//! Finding the header: which line of a table names the criteria, and whether offers run down
//! rows or across columns.

use crate::criteria::{Criteria, Criterion, Kind};
use crate::i18n::Msg;
use crate::table::{RawCell, RawTable, Text};

use super::meaning::ByMeaning;
use crate::text::normalize_label;

/// How many of the first rows (or columns) are searched for the headers.
const HEADER_SEARCH: usize = 30;

/// The header texts the criteria answer to: normalized for the exact match, and by meaning.
pub(super) struct Names {
    pub criteria: Vec<Vec<String>>,
    pub vendor: Vec<String>,
    /// The same names read as concepts: slots `0..criteria.len()` are the criteria (none for a
    /// computed one), the last the vendor column.
    pub meaning: ByMeaning,
    /// The criterion an unmatched header is a likely typo of, by the header's label form:
    /// worked out once per distinct header, not once per file (a folder of questionnaires
    /// repeats the same labels hundreds of times).
    pub near: std::cell::RefCell<std::collections::HashMap<String, Option<usize>>>,
    /// What each cell text searched for a header names ([`Names::header_slot`]), by the text:
    /// the same labels head every questionnaire of a folder.
    slots: std::cell::RefCell<std::collections::HashMap<Text, Option<(usize, bool)>>>,
}

/// Most distinct cell texts whose header slot is remembered.
const SLOTS_KEPT: usize = 16_384;

impl Names {
    pub fn of(criteria: &Criteria) -> Names {
        let mut slots: Vec<Vec<String>> = criteria
            .criteria
            .iter()
            .map(|c| match c.kind {
                Kind::RiskCost | Kind::Rating => Vec::new(),
                // The aliases first: a reason names the first best fit, and they are the
                // words a spreadsheet uses.
                _ => c
                    .columns
                    .iter()
                    .map(String::as_str)
                    .chain([c.label.as_str(), c.id.as_str()])
                    .map(str::to_string)
                    .collect(),
            })
            .collect();
        slots.push(criteria.vendor_columns.clone());
        Names {
            criteria: criteria
                .criteria
                .iter()
                .map(Criterion::header_names)
                .collect(),
            vendor: criteria
                .vendor_columns
                .iter()
                .map(|c| normalize_label(c))
                .collect(),
            meaning: ByMeaning::new(slots),
            near: Default::default(),
            slots: Default::default(),
        }
    }

    /// The slot of the vendor column in [`ByMeaning`]'s verdicts.
    pub(crate) fn vendor_slot(&self) -> usize {
        self.criteria.len()
    }

    pub(crate) fn criterion_of(&self, criteria: &Criteria, norm: &str) -> Option<usize> {
        criteria
            .criteria
            .iter()
            .enumerate()
            .find(|(i, c)| c.kind.is_answered() && self.criteria[*i].iter().any(|n| n == norm))
            .map(|(i, _)| i)
    }

    pub(crate) fn is_vendor(&self, norm: &str) -> bool {
        self.vendor.iter().any(|v| v == norm)
    }

    /// [`Names::header_slot`] of a cell's text, worked out once per distinct text.
    fn slot_of(&self, text: &Text) -> Option<(usize, bool)> {
        if let Some(known) = self.slots.borrow().get(text) {
            return *known;
        }
        let slot = self.header_slot(text, &normalize_label(text));
        let mut slots = self.slots.borrow_mut();
        if slots.len() < SLOTS_KEPT {
            slots.insert(text.clone(), slot);
        }
        slot
    }

    /// Which header a text is, as a slot in `0..=criteria.len()`: the criterion it names, or
    /// `criteria.len()` for a vendor column; and whether by one of its names (else by meaning).
    /// `None` when it names neither, or not clearly.
    fn header_slot(&self, text: &str, norm: &str) -> Option<(usize, bool)> {
        if norm.is_empty() {
            return None;
        }
        if self.is_vendor(norm) {
            return Some((self.vendor_slot(), true));
        }
        if let Some(slot) = self
            .criteria
            .iter()
            .position(|ns| ns.iter().any(|n| n == norm))
        {
            return Some((slot, true));
        }
        self.meaning.clear_slot(text).map(|slot| (slot, false))
    }
}

/// Where a table's header is.
pub(super) enum Header {
    /// A header row (its index): one offer per row below it.
    Row(usize),
    /// A header column (its index): read through the transposed table.
    Column(usize),
    /// No header: why the table is not an offer table.
    Missing(Msg),
}

/// Finds the header line: the row or the column that names the most criteria, at least
/// `threshold` of them.
pub(super) fn locate(table: &RawTable, names: &Names, threshold: usize) -> Header {
    let (row_best, row_hits) = best_header(
        table.rows.iter().take(HEADER_SEARCH).map(|r| r.as_slice()),
        names,
    );
    let width = table
        .rows
        .iter()
        .take(HEADER_SEARCH * 40)
        .map(Vec::len)
        .max()
        .unwrap_or(0);
    let (col_best, col_hits) = {
        let columns: Vec<Vec<RawCell>> = (0..width.min(HEADER_SEARCH))
            .map(|c| {
                (0..table.rows.len().min(HEADER_SEARCH * 40))
                    .map(|r| table.cell(r, c).clone())
                    .collect()
            })
            .collect();
        best_header(columns.iter().map(|c| c.as_slice()), names)
    };
    if row_hits.max(col_hits) < threshold {
        return Header::Missing(if row_hits.max(col_hits) == 0 {
            Msg::new("read-no-header")
        } else {
            Msg::new("read-one-header")
        });
    }
    if col_hits > row_hits {
        Header::Column(col_best)
    } else {
        Header::Row(row_best)
    }
}

/// The line (row, or column of a transposed view) among the given ones that names the most
/// distinct headers (criteria, and a vendor column), by name or by meaning: (its index, how
/// many). Of lines naming as many, the one with more exact names wins, then the first.
///
/// Headers are counted once per line, not once per cell: a header line names each criterion
/// once, while the same text repeated down a line is data. An answer can read like a header
/// (`agencja` answers "who is responsible for security" and is also a vendor column alias), and
/// counting every cell let a column of such answers outnumber the real header row once there
/// were more offers than criteria, so the file was read sideways.
fn best_header<'a>(lines: impl Iterator<Item = &'a [RawCell]>, names: &Names) -> (usize, usize) {
    let mut best = (0, (0, 0));
    let mut seen = vec![false; names.criteria.len() + 1];
    for (i, line) in lines.enumerate() {
        seen.fill(false);
        let (mut hits, mut exact) = (0, 0);
        for cell in line {
            let RawCell::Text(text) = cell else {
                continue;
            };
            if let Some((slot, by_name)) = names.slot_of(text)
                && !seen[slot]
            {
                seen[slot] = true;
                hits += 1;
                exact += usize::from(by_name);
            }
        }
        if (hits, exact) > best.1 {
            best = (i, (hits, exact));
        }
    }
    (best.0, best.1.0)
}
