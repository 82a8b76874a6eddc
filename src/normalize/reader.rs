//! Reading the recognised tables one by one into offers: which lines are offers, who the
//! vendor is, every answer read at its cell.

use crate::criteria::Criteria;
use crate::i18n::Msg;
use crate::issue::{Issue, Severity};
use crate::table::{RawCell, RawTable};
use rayon::prelude::*;

use super::column_read::{CELL_ISSUES_PER_COLUMN, Column, ColumnRead, Overflow};
use super::columns::{Columns, NOTES_HEADERS, Seen, match_columns};
use super::headers::{self, Header, Names};
use super::{Cell, Layout, Offer, Offers, SourceRef, TableReport};
use crate::text::chars::{fold, is_blank};
use crate::text::normalize_label;

/// What the questionnaire template (`offerlens template`) writes in the remark cell of a row
/// the buyer fills in: the template's, not a remark of the agency.
// not for people: the marker is the template's text in both languages, read back as it is
pub(crate) const BUYER_ROW_NOTE: &str = "Wypełnia zamawiający / Filled in by the buyer";

/// What a spreadsheet writes in the name cell of a row (or column) that sums up the offers
/// above it instead of being one: "Razem", "Średnia", "Min.", "Total"… (folded).
const SUMMARY_NAMES: &[&str] = &[
    "razem",
    "suma",
    "lacznie",
    "ogolem",
    "podsumowanie",
    "srednia",
    "srednio",
    "mediana",
    "min",
    "minimum",
    "maks",
    "max",
    "maksimum",
    "maximum",
    "total",
    "totals",
    "sum",
    "average",
    "avg",
    "mean",
    "median",
];

/// Column headers that say "the answer" rather than naming an agency.
const ANSWER_HEADERS: &[&str] = &[
    "odpowiedz",
    "odpowiedzi",
    "answer",
    "answers",
    "wartosc",
    "value",
    "oferta",
    "offer",
    "response",
];

/// The offers read so far from every table, and what was found on the way.
pub(super) struct Reader<'a> {
    pub criteria: &'a Criteria,
    pub names: Names,
    pub out: Offers,
    pub issues: Vec<Issue>,
    pub seen: Seen,
    /// How many headers must name criteria for a table to be an offer table.
    threshold: usize,
}

impl<'a> Reader<'a> {
    pub fn new(criteria: &'a Criteria) -> Reader<'a> {
        Reader {
            criteria,
            names: Names::of(criteria),
            out: Offers {
                cells: vec![Vec::new(); criteria.criteria.len()],
                ..Offers::default()
            },
            issues: Vec::new(),
            seen: Seen::new(criteria),
            threshold: criteria
                .criteria
                .iter()
                .filter(|c| c.kind.is_answered())
                .count()
                .clamp(1, 2),
        }
    }

    /// Reads one table's offers, or says why it holds none.
    pub fn add(&mut self, mut table: RawTable) {
        let mut report = TableReport {
            name: table.name(),
            file: table.file.clone(),
            layout: None,
            skipped: None,
            header: None,
            offers: 0,
            matched: Vec::new(),
            matched_by: Vec::new(),
        };
        let (mut view, header_row) = match headers::locate(&table, &self.names, self.threshold) {
            Header::Missing(reason) => {
                self.skip(&table, reason.clone());
                report.skipped = Some(reason);
                self.out.reports.push(report);
                return;
            }
            Header::Column(col) => (table.transpose(), col),
            Header::Row(row) => (std::mem::take(&mut table), row),
        };
        let table_index = self.out.tables.len() as u32;
        self.out.tables.push(view.shape());
        self.read_table(&mut view, table_index, header_row, &mut report);
        self.out.reports.push(report);
    }

    /// A sheet without offers is noted; a CSV file without them is an error.
    fn skip(&mut self, table: &RawTable, reason: Msg) {
        self.issues.push(if table.sheet.is_some() {
            Issue::info(
                table.name(),
                Msg::new("read-sheet-skipped").msg("reason", reason),
            )
        } else {
            Issue::file_error(
                table.name(),
                Msg::new("read-no-table").msg("reason", reason),
            )
        });
    }

    fn read_table(
        &mut self,
        table: &mut RawTable,
        table_index: u32,
        header_row: usize,
        report: &mut TableReport,
    ) {
        let mut columns = match_columns(
            table,
            header_row,
            self.criteria,
            &self.names,
            report,
            &mut self.seen,
            &mut self.issues,
        );
        self.out.columns.push(
            columns
                .of_criterion
                .iter()
                .map(|c| c.map(|c| c as u32))
                .collect(),
        );
        let (lines, remarks) = self.offer_lines(table, header_row, &columns);
        let layout = match (table.transposed, lines.len()) {
            (false, _) => Layout::Rows,
            (true, 1) => Layout::Questionnaire,
            (true, _) => Layout::Columns,
        };
        report.layout = Some(layout);
        self.report_remarks(table, &remarks, layout);
        columns.vendor = self.vendor_column(table, header_row, &columns, layout);
        // Each line's name, notes and remarks first, in order; where each line's issues end.
        let first_offer = self.out.offers.len();
        let before = self.issues.len();
        let mut line_ends = Vec::with_capacity(lines.len());
        for &r in &lines {
            let offer = self.name_offer(table, table_index, r, &columns, layout);
            report.offers += 1;
            self.read_notes(table, r, offer, &columns);
            if layout == Layout::Questionnaire {
                for &(line, _) in &remarks {
                    self.read_remarks(table, line, offer, &columns);
                }
            }
            line_ends.push(self.issues.len());
        }
        let answers = self.read_answers(table, &lines, first_offer, &columns);
        self.keep_answers(
            answers,
            before,
            &line_ends,
            first_offer,
            header_row,
            table,
            &columns,
        );
        if report.offers == 0 {
            let reason = Msg::new("read-headers-but-no-offers");
            self.issues.push(Issue::warning(
                table.name(),
                Msg::new("read-no-offers").msg("reason", reason.clone()),
            ));
            report.skipped = Some(reason);
        }
    }

    /// Candidate offers: lines below the header with a vendor name or an answer, minus the
    /// remark lines (returned apart, each with the cell that labels it) and summary lines.
    fn offer_lines(
        &mut self,
        table: &RawTable,
        header_row: usize,
        columns: &Columns,
    ) -> (Vec<usize>, Vec<(usize, usize)>) {
        let is_answer_line = |r: usize| {
            columns.vendor.is_some_and(|c| !table.cell(r, c).is_empty())
                || columns
                    .of_criterion
                    .iter()
                    .flatten()
                    .any(|&c| !table.cell(r, c).is_empty())
        };
        let mut lines: Vec<usize> = Vec::new();
        let mut remarks: Vec<(usize, usize)> = Vec::new();
        for r in header_row + 1..table.rows.len() {
            if !is_answer_line(r) {
                continue;
            }
            let remark = columns.unmatched.iter().copied().find(|&c| {
                NOTES_HEADERS.contains(&normalize_label(&table.cell(r, c).display()).as_str())
            });
            if let Some(c) = remark {
                remarks.push((r, c));
                continue;
            }
            if let Some((c, label)) = summary(table, r, columns) {
                self.issues.push(Issue::info(
                    table.location(r, c),
                    Msg::new("read-summary-line").with("label", label),
                ));
                continue;
            }
            lines.push(r);
        }
        (lines, remarks)
    }

    /// Says what became of each remark line: a questionnaire's remarks are its offer's notes;
    /// beside several offers, whose they are is unknown.
    fn report_remarks(&mut self, table: &RawTable, remarks: &[(usize, usize)], layout: Layout) {
        for &(r, c) in remarks {
            let label = table.cell(r, c).display();
            let id = if layout == Layout::Questionnaire {
                "read-remarks-kept"
            } else {
                "read-remarks-not-ranked"
            };
            self.issues.push(Issue::info(
                table.location(r, c),
                Msg::new(id).with("label", label),
            ));
        }
    }

    /// Where vendor names are: the vendor header's column, else the first column that answers
    /// no criterion (with a warning for a row table, where a vendor header is expected).
    fn vendor_column(
        &mut self,
        table: &RawTable,
        header_row: usize,
        columns: &Columns,
        layout: Layout,
    ) -> Option<usize> {
        if columns.vendor.is_some() {
            return columns.vendor;
        }
        let first = (0..columns.header.len())
            .find(|c| !columns.of_criterion.contains(&Some(*c)) && !columns.notes.contains(c))?;
        if layout == Layout::Rows {
            self.issues.push(Issue::warning(
                table.location(header_row, first),
                Msg::new("read-no-vendor-column")
                    .with(
                        "expected",
                        self.criteria
                            .vendor_columns
                            .iter()
                            .take(4)
                            .map(|s| format!("'{s}'"))
                            .collect::<Vec<_>>()
                            .join(", "),
                    )
                    .with("used", columns.header.get(first).map_or("", |s| s.as_str())),
            ));
        }
        Some(first)
    }

    /// Adds the offer on line `r` under its vendor's name (or a stand-in, said so); returns
    /// its index.
    fn name_offer(
        &mut self,
        table: &RawTable,
        table_index: u32,
        r: usize,
        columns: &Columns,
        layout: Layout,
    ) -> usize {
        let offer_index = self.out.offers.len();
        let named = columns.vendor.map(|c| (c, table.cell(r, c).display()));
        let (vendor, vendor_source_col) = match named {
            Some((c, name))
                if !name.is_empty()
                    && !ANSWER_HEADERS.contains(&normalize_label(&name).as_str()) =>
            {
                (name, c)
            }
            other => {
                let first_answer = columns
                    .of_criterion
                    .iter()
                    .flatten()
                    .copied()
                    .min()
                    .unwrap_or(0);
                let col = other.map_or(first_answer, |(c, _)| c);
                (self.stand_in_name(table, r, col, layout, offer_index), col)
            }
        };
        let vendor = match columns.package.map(|c| table.cell(r, c).display()) {
            Some(package) if !package.is_empty() => {
                format!("{} — {}", short_name(&vendor), short_name(&package))
            }
            _ => short_name(&vendor),
        };
        self.out.offers.push(Offer {
            vendor,
            source: SourceRef {
                table: table_index,
                row: r as u32,
                col: vendor_source_col as u32,
            },
            notes: Vec::new(),
            renamed_from: None,
        });
        offer_index
    }

    /// Keeps the text of line `r`'s notes cells with the offer.
    fn read_notes(&mut self, table: &RawTable, r: usize, offer: usize, columns: &Columns) {
        for &c in &columns.notes {
            if let Some(note) = note_text(&table.cell(r, c).display()) {
                self.out.offers[offer].notes.push(note.to_string());
            }
        }
    }

    /// Keeps a questionnaire's remarks (the remark line's cells beside the answers) with its
    /// offer, each after the question it is about, in the sheet's order. The template's
    /// placeholder on the buyer's rows is left out.
    fn read_remarks(&mut self, table: &RawTable, line: usize, offer: usize, columns: &Columns) {
        let mut questions: Vec<usize> = columns.of_criterion.iter().flatten().copied().collect();
        questions.sort_unstable();
        for c in questions {
            let text = table.cell(line, c).display();
            let Some(remark) = note_text(&text) else {
                continue;
            };
            if fold(remark) == fold(BUYER_ROW_NOTE) {
                continue;
            }
            let question = columns.header[c].trim_matches(is_blank);
            self.out.offers[offer]
                .notes
                .push(format!("{question}: {remark}"));
        }
    }

    /// The name of an offer whose vendor is not written: a questionnaire's file name, else
    /// "(place)".
    fn stand_in_name(
        &mut self,
        table: &RawTable,
        r: usize,
        col: usize,
        layout: Layout,
        offer_index: usize,
    ) -> String {
        if layout == Layout::Questionnaire {
            let stem = file_stem(&table.file);
            self.issues.push(
                Issue::info(
                    table.name(),
                    Msg::new("read-named-after-file").with("name", &stem),
                )
                .for_offer(offer_index),
            );
            return stem;
        }
        // The place alone, in any language: "(Oferty!A7)".
        let name = format!("({})", table.location(r, col));
        self.issues.push(
            Issue::warning(
                table.location(r, col),
                Msg::new("read-no-vendor-name").with("name", &name),
            )
            .for_offer(offer_index),
        );
        name
    }

    /// Reads the answers of the offers on `lines` (offers `first_offer..`), one column per
    /// criterion, the columns on every core. Each column's text moves into its cells, uncopied.
    fn read_answers(
        &self,
        table: &mut RawTable,
        lines: &[usize],
        first_offer: usize,
        columns: &Columns,
    ) -> Vec<Option<ColumnRead>> {
        let criteria = self.criteria;
        // Taken out in the criteria's order: a column feeds the first criterion that has it.
        let taken: Vec<Option<(usize, Vec<RawCell>)>> = columns
            .of_criterion
            .iter()
            .map(|col| {
                col.map(|col| {
                    (
                        col,
                        lines.iter().map(|&r| table.take_cell(r, col)).collect(),
                    )
                })
            })
            .collect();
        let table = &*table;
        taken
            .into_par_iter()
            .enumerate()
            .map(|(i, taken)| {
                let (col, raws) = taken?;
                let column = Column {
                    criteria,
                    criterion: i,
                    header_tax: columns.header_tax.get(i).copied().flatten(),
                    table,
                    col,
                    lines,
                    first_offer,
                };
                Some(column.read(raws))
            })
            .collect()
    }

    /// Puts the columns read into the offers, and their issues among the lines' in the order
    /// one line after the other would have given: each line's own issues (from `before`,
    /// ending at `line_ends`), then its answers' in the criteria's order.
    #[allow(clippy::too_many_arguments)]
    fn keep_answers(
        &mut self,
        answers: Vec<Option<ColumnRead>>,
        before: usize,
        line_ends: &[usize],
        first_offer: usize,
        header_row: usize,
        table: &RawTable,
        columns: &Columns,
    ) {
        let lines_issues: Vec<Issue> = self.issues.drain(before..).collect();
        let mut lines_issues = lines_issues.into_iter();
        let mut answers = answers;
        let mut cursors: Vec<_> = answers
            .iter_mut()
            .flatten()
            .map(|a| std::mem::take(&mut a.issues).into_iter().peekable())
            .collect();
        let mut start = before;
        for (k, &end) in line_ends.iter().enumerate() {
            self.issues.extend(lines_issues.by_ref().take(end - start));
            start = end;
            for cursor in &mut cursors {
                while let Some((_, issue)) = cursor.next_if(|(line, _)| *line == k) {
                    self.issues.push(issue);
                }
            }
        }
        let mut overflow = vec![Overflow::default(); self.criteria.criteria.len()];
        let mut taxes = Vec::new();
        for (i, read) in answers.into_iter().enumerate() {
            let Some(read) = read else { continue };
            overflow[i] = read.overflow;
            taxes.extend(read.taxes.into_iter().map(|(offer, tax)| (offer, i, tax)));
            let column = &mut self.out.cells[i];
            if column.is_empty() && first_offer == 0 {
                *column = read.cells;
            } else {
                column.resize(first_offer, Cell::default());
                column.extend(read.cells);
            }
        }
        // As one line after the other: by offer, then criterion.
        taxes.sort_by_key(|&(offer, i, _)| (offer, i));
        self.out
            .taxes
            .extend(taxes.into_iter().map(|(offer, i, tax)| (i, offer, tax)));
        self.report_overflow(table, header_row, columns, &overflow);
    }

    /// One issue per column for the cell issues past the listing cap.
    fn report_overflow(
        &mut self,
        table: &RawTable,
        header_row: usize,
        columns: &Columns,
        overflow: &[Overflow],
    ) {
        for (i, o) in overflow.iter().enumerate() {
            let Some(col) = columns.of_criterion[i] else {
                continue;
            };
            if o.errors + o.notes == 0 {
                continue;
            }
            let what = Msg::new("read-overflow")
                .count("errors", o.errors)
                .count("notes", o.notes);
            let severity = if o.errors > 0 {
                Severity::Error
            } else {
                Severity::Info
            };
            self.issues.push(Issue::new(
                severity,
                table.location(header_row, col),
                Msg::new("read-overflow-in-column")
                    .with("criterion", &self.criteria.criteria[i].id)
                    .msg("what", what)
                    .with("column", &columns.header[col])
                    .count("listed", CELL_ISSUES_PER_COLUMN),
            ));
        }
    }
}

/// The cell that makes line `r` a summary of the offers ("Razem", "Średnia:", "Min."): its
/// vendor cell, or a cell of a column that answers no criterion, holding a summary word and
/// nothing else (folded; a closing colon or full stop allowed). Anything more, such as
/// "@SUM(A1)" or "Max Serwis", is a name.
///
/// A line whose answers are formulas summing up their column (`=SUM(B2:B6)`, `=AVERAGE(…)`)
/// is one too, whatever its name cell says: the formula is the label.
fn summary(table: &RawTable, r: usize, columns: &Columns) -> Option<(usize, String)> {
    let is_summary = |text: &str| {
        let folded = fold(text.trim());
        SUMMARY_NAMES.contains(&folded.trim_end_matches([':', '.']).trim_end())
    };
    columns
        .vendor
        .iter()
        .chain(&columns.unmatched)
        .map(|&c| (c, table.cell(r, c).display()))
        .find(|(_, t)| is_summary(t))
        .or_else(|| {
            columns
                .of_criterion
                .iter()
                .flatten()
                .find_map(|&c| Some((c, table.aggregate_at(r, c)?.to_string())))
        })
}

/// Longest vendor (or package) name kept, in characters: a longer text is not a name, and
/// every message and line that names the offer would carry it.
const MAX_NAME_CHARS: usize = 100;

/// The name, cut to [`MAX_NAME_CHARS`] with an ellipsis when longer.
fn short_name(name: &str) -> String {
    match name.char_indices().nth(MAX_NAME_CHARS) {
        Some((end, _)) => format!("{}…", name[..end].trim_end()),
        None => name.to_string(),
    }
}

/// A notes cell's text, trimmed; `None` when blank.
fn note_text(text: &str) -> Option<&str> {
    Some(text.trim_matches(is_blank)).filter(|t| !t.is_empty())
}

fn file_stem(path: &str) -> String {
    std::path::Path::new(path)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(path)
        .to_string()
}
