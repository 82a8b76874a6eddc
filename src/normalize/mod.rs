//! Raw tables + criteria -> typed offers: layout detection, header matching, per-kind value
//! parsing, provenance.
//!
//! Three layouts are recognised from where the headers match the criteria: one offer per row
//! (the header row anywhere in the first rows), one offer per column (criteria down a column),
//! and a questionnaire (a question column and an answer column, the agency named in a labelled
//! cell or else by the file name). Every value keeps the cell it came from. A cell that cannot
//! be read becomes an error issue at that cell, and the offer stays with that value missing.

use std::collections::HashMap;
use std::str::FromStr;

use rust_decimal::Decimal;

pub mod value;

use crate::calendar::serial_year;
use crate::criteria::{Criteria, Criterion, Kind, suggest};
use crate::issue::{Issue, Severity};
use crate::table::{RawCell, RawTable};
use value::{Tax, TimeUnit, normalize_label};

/// Where a value came from: a cell of one of the tables (see [`Offers::location`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceRef {
    pub table: u32,
    pub row: u32,
    pub col: u32,
}

/// A parsed answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Numbers, money, percents (in %), durations (in the criterion's unit), years.
    Num(Decimal),
    Bool(bool),
    /// Index into the criterion's `choices`.
    Choice(usize),
    /// Free text; the text itself is the cell's `raw`.
    Text,
}

/// One offer's answer to one criterion.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cell {
    /// The cell as the spreadsheet shows it (empty when the criterion had no column).
    pub raw: String,
    /// `None` when blank or unreadable.
    pub value: Option<Value>,
    pub source: Option<SourceRef>,
}

/// One vendor's offer.
#[derive(Debug, Clone, PartialEq)]
pub struct Offer {
    pub vendor: String,
    /// Where the offer's vendor name is (or its first answer, when named after the file).
    pub source: SourceRef,
}

/// How a table's offers are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// One offer per row under a header row.
    Rows,
    /// One offer per column, criteria down a column.
    Columns,
    /// One agency's questionnaire: questions down a column, answers beside them.
    Questionnaire,
}

impl Layout {
    pub fn describe(self) -> &'static str {
        match self {
            Layout::Rows => "one offer per row",
            Layout::Columns => "one offer per column",
            Layout::Questionnaire => "questionnaire",
        }
    }
}

/// What was made of one table (a CSV file or one sheet), for `check`.
#[derive(Debug, Clone, PartialEq)]
pub struct TableReport {
    /// `file` or `file:Sheet`.
    pub name: String,
    pub file: String,
    /// `None` when the table was skipped.
    pub layout: Option<Layout>,
    /// Why the table was skipped.
    pub skipped: Option<String>,
    /// Where the header row (or criteria column) is.
    pub header: Option<String>,
    pub offers: usize,
    /// (header text, criterion id) for every matched column.
    pub matched: Vec<(String, String)>,
}

/// The offers, column-major: `cells[criterion][offer]`, in the criteria's order. A criterion
/// that no table has a column for holds no cells at all (read them through [`Offers::cell`]).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Offers {
    /// The tables the offers came from, without their cells: enough to name a location.
    pub tables: Vec<RawTable>,
    pub offers: Vec<Offer>,
    pub cells: Vec<Vec<Cell>>,
    pub reports: Vec<TableReport>,
    /// (criterion, offer, net or gross) of every price that said which, noted while parsing.
    taxes: Vec<(usize, usize, Tax)>,
}

impl Offers {
    pub fn len(&self) -> usize {
        self.offers.len()
    }

    pub fn is_empty(&self) -> bool {
        self.offers.is_empty()
    }

    /// `file:row:col` or `file:Sheet!C7`.
    pub fn location(&self, src: SourceRef) -> String {
        match self.tables.get(src.table as usize) {
            Some(t) => t.location(src.row as usize, src.col as usize),
            None => String::from("?"),
        }
    }

    /// One offer's answer to one criterion (an empty cell when there was no column for it).
    pub fn cell(&self, criterion: usize, offer: usize) -> &Cell {
        static EMPTY: Cell = Cell {
            raw: String::new(),
            value: None,
            source: None,
        };
        self.cells
            .get(criterion)
            .and_then(|c| c.get(offer))
            .unwrap_or(&EMPTY)
    }
}

/// How many problems with single cells are listed per column and table; the rest are counted.
const CELL_ISSUES_PER_COLUMN: usize = 20;

/// How many of the first rows (or columns) are searched for the headers.
const HEADER_SEARCH: usize = 30;

/// Headers of columns that hold remarks beside the answers, never an offer.
const REMARK_HEADERS: &[&str] = &[
    "uwagi",
    "uwaga",
    "komentarz",
    "komentarze",
    "notatki",
    "notatka",
    "notes",
    "note",
    "remarks",
    "comments",
    "comment",
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

/// The header texts the criteria answer to, normalized.
struct Names {
    criteria: Vec<Vec<String>>,
    vendor: Vec<String>,
}

impl Names {
    fn criterion_of(&self, criteria: &Criteria, norm: &str) -> Option<usize> {
        criteria
            .criteria
            .iter()
            .enumerate()
            .find(|(i, c)| c.kind != Kind::RiskCost && self.criteria[*i].iter().any(|n| n == norm))
            .map(|(i, _)| i)
    }

    fn is_vendor(&self, norm: &str) -> bool {
        self.vendor.iter().any(|v| v == norm)
    }

    /// Which header a text is, as a slot in `0..=criteria.len()`: the criterion it names, or
    /// `criteria.len()` for a vendor column. `None` when it names neither.
    fn header_slot(&self, norm: &str) -> Option<usize> {
        if norm.is_empty() {
            return None;
        }
        if self.is_vendor(norm) {
            return Some(self.criteria.len());
        }
        self.criteria
            .iter()
            .position(|ns| ns.iter().any(|n| n == norm))
    }
}

/// Turns raw tables into offers. Issues say what was matched, skipped or unreadable.
pub fn normalize(tables: Vec<RawTable>, criteria: &Criteria) -> (Offers, Vec<Issue>) {
    let no_tables = tables.is_empty();
    let mut out = Offers {
        cells: vec![Vec::new(); criteria.criteria.len()],
        ..Offers::default()
    };
    let mut issues = Vec::new();
    let names = Names {
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
    };
    let mut answered = vec![false; criteria.criteria.len()];
    let mut unmatched_headers: Vec<String> = Vec::new();
    let mut first_offer_of: HashMap<String, usize> = HashMap::new();
    let threshold = criteria
        .criteria
        .iter()
        .filter(|c| c.kind != Kind::RiskCost)
        .count()
        .clamp(1, 2);

    for mut table in tables {
        let (row_best, row_hits) = best_header(
            table.rows.iter().take(HEADER_SEARCH).map(|r| r.as_slice()),
            &names,
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
            best_header(columns.iter().map(|c| c.as_slice()), &names)
        };
        let mut report = TableReport {
            name: table.name(),
            file: table.file.clone(),
            layout: None,
            skipped: None,
            header: None,
            offers: 0,
            matched: Vec::new(),
        };
        if row_hits.max(col_hits) < threshold {
            let reason = if row_hits.max(col_hits) == 0 {
                "no header naming a criterion in the first rows or columns".to_string()
            } else {
                "only one header names a criterion: not an offer table".to_string()
            };
            if table.sheet.is_some() {
                issues.push(Issue::info(
                    table.name(),
                    format!("sheet skipped: {reason}"),
                ));
            } else {
                issues.push(Issue::file_error(
                    table.name(),
                    format!("{reason}: expected column headers such as the criteria's labels or `columns` (see `offerlens check`)"),
                ));
            }
            report.skipped = Some(reason);
            out.reports.push(report);
            continue;
        }
        let (mut view, header_row) = if col_hits > row_hits {
            (table.transpose(), col_best)
        } else {
            (std::mem::take(&mut table), row_best)
        };
        let table_index = out.tables.len() as u32;
        out.tables.push(view.shape());
        read_table(
            &mut view,
            table_index,
            header_row,
            criteria,
            &names,
            &mut report,
            &mut out,
            &mut issues,
            &mut answered,
            &mut unmatched_headers,
            &mut first_offer_of,
        );
        out.reports.push(report);
    }

    // A file none of whose tables gave an offer is unusable as a whole, unless a table was
    // recognised and is only empty (an unfilled questionnaire beside filled ones): that one
    // has its warning already.
    let mut files: Vec<&str> = Vec::new();
    for r in &out.reports {
        if !files.contains(&r.file.as_str()) {
            files.push(&r.file);
        }
    }
    for file in files {
        let reports: Vec<&TableReport> = out.reports.iter().filter(|r| r.file == file).collect();
        let already = issues
            .iter()
            .any(|i| i.whole_file && i.location.starts_with(file));
        if reports.iter().all(|r| r.offers == 0 && r.layout.is_none()) && !already {
            issues.push(Issue::file_error(
                file,
                format!(
                    "no offers found in {}: expected a table whose headers name the criteria",
                    if reports.len() > 1 {
                        "any sheet"
                    } else {
                        "the file"
                    }
                ),
            ));
        }
    }

    let n = out.offers.len();
    for column in out.cells.iter_mut().filter(|c| !c.is_empty()) {
        column.resize(n, Cell::default());
    }
    report_unanswered(
        criteria,
        &names,
        &answered,
        &unmatched_headers,
        no_tables,
        &mut issues,
    );
    warn_mixed_tax(&out, criteria, &mut issues);
    (out, issues)
}

/// The line (row, or column of a transposed view) among the given ones that names the most
/// distinct headers (criteria, and a vendor column): (its index, how many). The first such
/// line wins a tie.
///
/// Headers are counted once per line, not once per cell: a header line names each criterion
/// once, while the same text repeated down a line is data. An answer can read like a header
/// (`agencja` answers "who is responsible for security" and is also a vendor column alias), and
/// counting every cell let a column of such answers outnumber the real header row once there
/// were more offers than criteria, so the file was read sideways.
fn best_header<'a>(lines: impl Iterator<Item = &'a [RawCell]>, names: &Names) -> (usize, usize) {
    let mut best = (0, 0);
    let mut seen = vec![false; names.criteria.len() + 1];
    for (i, line) in lines.enumerate() {
        seen.fill(false);
        let mut hits = 0;
        for cell in line {
            if !matches!(cell, RawCell::Text(_)) {
                continue;
            }
            if let Some(slot) = names.header_slot(&normalize_label(&cell.display()))
                && !seen[slot]
            {
                seen[slot] = true;
                hits += 1;
            }
        }
        if hits > best.1 {
            best = (i, hits);
        }
    }
    best
}

#[allow(clippy::too_many_arguments)]
fn read_table(
    table: &mut RawTable,
    table_index: u32,
    header_row: usize,
    criteria: &Criteria,
    names: &Names,
    report: &mut TableReport,
    out: &mut Offers,
    issues: &mut Vec<Issue>,
    answered: &mut [bool],
    unmatched_headers: &mut Vec<String>,
    first_offer_of: &mut HashMap<String, usize>,
) {
    let header: Vec<String> = table.rows[header_row]
        .iter()
        .map(RawCell::display)
        .collect();

    // Match columns.
    let mut column_of: Vec<Option<usize>> = vec![None; criteria.criteria.len()];
    let mut vendor_col = None;
    let mut unmatched_cols = Vec::new();
    for (col, text) in header.iter().enumerate() {
        let norm = normalize_label(text);
        if norm.is_empty() {
            continue;
        }
        if vendor_col.is_none() && names.is_vendor(&norm) {
            vendor_col = Some(col);
            report
                .matched
                .push((text.clone(), "(vendor name)".to_string()));
            continue;
        }
        match names.criterion_of(criteria, &norm) {
            Some(i) => {
                if let Some(first) = column_of[i] {
                    issues.push(Issue::warning(
                        table.location(header_row, col),
                        format!(
                            "'{}' also matches criterion '{}', already read from {}; this one is ignored",
                            text,
                            criteria.criteria[i].id,
                            table.location(header_row, first)
                        ),
                    ));
                } else {
                    column_of[i] = Some(col);
                    answered[i] = true;
                    if report.header.is_none() {
                        report.header = Some(table.location(header_row, col));
                    }
                    report
                        .matched
                        .push((text.clone(), criteria.criteria[i].id.clone()));
                }
            }
            None => {
                unmatched_cols.push(col);
                unmatched_headers.push(text.clone());
                let all = names
                    .criteria
                    .iter()
                    .enumerate()
                    .flat_map(|(i, ns)| ns.iter().map(move |n| (i, n)));
                let near = suggest(&norm, all.clone().map(|(_, n)| n.as_str()))
                    .and_then(|n| all.clone().find(|(_, m)| m.as_str() == n))
                    .map(|(i, _)| &criteria.criteria[i]);
                let hint = near
                    .map(|c| format!(" (close to criterion '{}': if it is the same, add '{text}' to its `columns`)", c.id))
                    .unwrap_or_default();
                let severity = if near.is_some() {
                    Severity::Warning
                } else {
                    Severity::Info
                };
                // Down a criteria column, titles and labels such as "Pytanie" are expected.
                if table.transposed && near.is_none() {
                    continue;
                }
                issues.push(Issue::new(
                    severity,
                    table.location(header_row, col),
                    format!("'{text}' matches no criterion; ignored{hint}"),
                ));
            }
        }
    }

    // Candidate offers: lines below the header with a vendor name or an answer, minus the
    // remark columns of a questionnaire.
    let is_answer_line = |r: usize| {
        vendor_col.is_some_and(|c| !table.cell(r, c).is_empty())
            || column_of
                .iter()
                .flatten()
                .any(|&c| !table.cell(r, c).is_empty())
    };
    let mut lines: Vec<usize> = Vec::new();
    for r in header_row + 1..table.rows.len() {
        if !is_answer_line(r) {
            continue;
        }
        let remark = unmatched_cols
            .iter()
            .map(|&c| (c, table.cell(r, c).display()))
            .find(|(_, t)| REMARK_HEADERS.contains(&normalize_label(t).as_str()));
        if let Some((c, label)) = remark {
            issues.push(Issue::info(
                table.location(r, c),
                format!("'{label}' holds remarks, not an offer; not ranked"),
            ));
            continue;
        }
        lines.push(r);
    }

    let layout = match (table.transposed, lines.len()) {
        (false, _) => Layout::Rows,
        (true, 1) => Layout::Questionnaire,
        (true, _) => Layout::Columns,
    };
    report.layout = Some(layout);

    // Where vendor names are, when no header says.
    let vendor_col = vendor_col.or_else(|| {
        let first = (0..header.len()).find(|c| !column_of.contains(&Some(*c)))?;
        if layout == Layout::Rows {
            issues.push(Issue::warning(
                table.location(header_row, first),
                format!(
                    "no vendor column (expected a header such as {}); using '{}' for vendor names",
                    criteria
                        .vendor_columns
                        .iter()
                        .take(4)
                        .map(|s| format!("'{s}'"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    header.get(first).map_or("", |s| s.as_str())
                ),
            ));
        }
        Some(first)
    });

    // Per criterion: (issues listed, errors not listed, notes not listed).
    let mut per_column: Vec<(usize, usize, usize)> = vec![(0, 0, 0); criteria.criteria.len()];
    for r in lines {
        let offer_index = out.offers.len();
        let named = vendor_col.map(|c| (c, table.cell(r, c).display()));
        let (vendor, vendor_source_col) = match named {
            Some((c, name))
                if !name.is_empty()
                    && !ANSWER_HEADERS.contains(&normalize_label(&name).as_str()) =>
            {
                (name, c)
            }
            other => {
                let first_answer = column_of.iter().flatten().copied().min().unwrap_or(0);
                let col = other.map_or(first_answer, |(c, _)| c);
                if layout == Layout::Questionnaire {
                    let stem = file_stem(&table.file);
                    issues.push(
                        Issue::info(
                            table.name(),
                            format!("no 'Agencja:' / 'Agency:' cell: the agency is named after the file, '{stem}'"),
                        )
                        .for_offer(offer_index),
                    );
                    (stem, col)
                } else {
                    let name = format!("(unnamed, {})", table.location(r, col));
                    issues.push(
                        Issue::warning(
                            table.location(r, col),
                            format!("no vendor name; the offer is listed as '{name}'"),
                        )
                        .for_offer(offer_index),
                    );
                    (name, col)
                }
            }
        };
        if let Some(&prev) = first_offer_of.get(&vendor) {
            issues.push(
                Issue::warning(
                    table.location(r, vendor_source_col),
                    format!(
                        "vendor '{vendor}' appears twice (first at {}); both offers are ranked",
                        out.location(out.offers[prev].source)
                    ),
                )
                .for_offer(offer_index),
            );
        } else {
            first_offer_of.insert(vendor.clone(), offer_index);
        }
        out.offers.push(Offer {
            vendor,
            source: SourceRef {
                table: table_index,
                row: r as u32,
                col: vendor_source_col as u32,
            },
        });
        report.offers += 1;
        // Only criteria with a column here get cells; the others are padded later, if some
        // other table answers them at all.
        for (i, criterion) in criteria.criteria.iter().enumerate() {
            let Some(col) = column_of[i] else { continue };
            // Each column feeds one criterion: its text moves into the offer, uncopied.
            let raw = table.take_cell(r, col);
            let before = issues.len();
            let mut tax = None;
            let value = read_value(
                &raw,
                criterion,
                criteria,
                || table.location(r, col),
                offer_index,
                issues,
                &mut tax,
            );
            if let Some(tax) = tax {
                out.taxes.push((i, offer_index, tax));
            }
            // A column full of bad cells would otherwise bury everything else (and memory):
            // the first few are listed, the rest counted.
            if issues.len() > before {
                let listed = &mut per_column[i];
                if listed.0 < CELL_ISSUES_PER_COLUMN {
                    listed.0 += issues.len() - before;
                } else {
                    for issue in issues.drain(before..) {
                        match issue.severity {
                            Severity::Error => listed.1 += 1,
                            _ => listed.2 += 1,
                        }
                    }
                }
            }
            let column = &mut out.cells[i];
            column.resize(offer_index, Cell::default());
            column.push(Cell {
                raw: raw.into_display(),
                value,
                source: Some(SourceRef {
                    table: table_index,
                    row: r as u32,
                    col: col as u32,
                }),
            });
        }
    }
    for (i, &(_, errors, notes)) in per_column.iter().enumerate() {
        let Some(col) = column_of[i] else { continue };
        if errors + notes == 0 {
            continue;
        }
        let what = match (errors, notes) {
            (0, n) => format!("{n} more cells were read with notes"),
            (e, 0) => format!("{e} more cells could not be read"),
            (e, n) => format!("{e} more cells could not be read and {n} were read with notes"),
        };
        let severity = if errors > 0 {
            Severity::Error
        } else {
            Severity::Info
        };
        issues.push(Issue::new(
            severity,
            table.location(header_row, col),
            format!(
                "{}: {what} in column '{}' (only the first {CELL_ISSUES_PER_COLUMN} are listed)",
                criteria.criteria[i].id, header[col]
            ),
        ));
    }
    if report.offers == 0 {
        let reason = "the headers are there but no offer is filled in below them".to_string();
        issues.push(Issue::warning(table.name(), format!("no offers: {reason}")));
        report.skipped = Some(reason);
    }
}

fn file_stem(path: &str) -> String {
    std::path::Path::new(path)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(path)
        .to_string()
}

/// Criteria no file answered, each with a near-miss suggestion among the unmatched headers.
fn report_unanswered(
    criteria: &Criteria,
    names: &Names,
    answered: &[bool],
    unmatched_headers: &[String],
    no_tables: bool,
    issues: &mut Vec<Issue>,
) {
    if no_tables {
        return;
    }
    let unmatched: Vec<String> = unmatched_headers
        .iter()
        .map(|h| normalize_label(h))
        .collect();
    for (i, c) in criteria.criteria.iter().enumerate() {
        if answered[i] || c.kind == Kind::RiskCost {
            continue;
        }
        let hint = names.criteria[i]
            .iter()
            .find_map(|n| {
                let s = suggest(n, unmatched.iter().map(String::as_str))?;
                let k = unmatched.iter().position(|u| u == s)?;
                Some(unmatched_headers[k].clone())
            })
            .map(|h| format!(" (did you mean '{h}'? add it to the criterion's `columns`)"))
            .unwrap_or_default();
        issues.push(Issue::warning(
            format!("{}:{}", criteria.origin, c.line),
            format!(
                "no column found for criterion '{}' ({}){hint}",
                c.id, c.label
            ),
        ));
    }
}

/// A spreadsheet number as an exact decimal (via its shortest round-trip text).
fn decimal_of(x: f64) -> Option<Decimal> {
    if !x.is_finite() {
        return None;
    }
    let text = format!("{x}");
    Decimal::from_str(&text)
        .or_else(|_| Decimal::from_scientific(&text))
        .ok()
}

/// Reads a typed (non-text) cell for a criterion.
fn read_typed(cell: &RawCell, c: &Criterion) -> Result<Value, String> {
    let found = || match cell {
        RawCell::Number(x) => format!("the number {}", crate::table::format_number(*x)),
        RawCell::Bool(b) => format!("the boolean {}", if *b { "TRUE" } else { "FALSE" }),
        RawCell::Date(_) => format!("the date {}", cell.display()),
        RawCell::Duration(_) => format!("the duration {}", cell.display()),
        _ => cell.display(),
    };
    let num = |d: Option<Decimal>| {
        d.map(Value::Num)
            .ok_or_else(|| format!("{} is out of range", found()))
    };
    match (cell, c.kind) {
        (RawCell::Error(e), _) => Err(format!(
            "the cell holds the spreadsheet error {e}; fix the formula or type the value"
        )),
        (RawCell::Number(x), Kind::Number | Kind::Money) => num(decimal_of(*x)),
        (RawCell::Number(x), Kind::Percent) => {
            // Excel stores 99.9 % as 0.999.
            let pct = if (0.0..=1.0).contains(x) {
                x * 100.0
            } else {
                *x
            };
            if !(0.0..=100.0).contains(&pct) {
                return Err(format!(
                    "expected a percentage between 0 and 100, found {}",
                    found()
                ));
            }
            num(decimal_of(pct).map(|d| d.round_dp(10).normalize()))
        }
        (RawCell::Number(x), Kind::Duration) => {
            if *x < 0.0 {
                return Err(format!("expected a duration, found {}", found()));
            }
            num(decimal_of(*x))
        }
        (RawCell::Number(x), Kind::Year) => {
            if x.fract() == 0.0 && (1900.0..=2100.0).contains(x) {
                Ok(Value::Num(Decimal::from(*x as i64)))
            } else {
                Err(format!("expected a year such as 2021, found {}", found()))
            }
        }
        (RawCell::Number(x), Kind::Bool) if *x == 0.0 || *x == 1.0 => Ok(Value::Bool(*x == 1.0)),
        (RawCell::Bool(b), Kind::Bool) => Ok(Value::Bool(*b)),
        (RawCell::Date(serial), Kind::Year) => serial_year(*serial)
            .map(|y| Value::Num(Decimal::from(y)))
            .ok_or_else(|| format!("expected a year, found {}", found())),
        // A time of day typed into a duration column: 0:15 means 15 minutes.
        (RawCell::Date(days), Kind::Duration) if (0.0..1.0).contains(days) => {
            num(days_in(*days, c))
        }
        (RawCell::Duration(days), Kind::Duration) if *days >= 0.0 => num(days_in(*days, c)),
        (_, Kind::Text) => Ok(Value::Text),
        _ => Err(format!("expected {}, found {}", expected(c), found())),
    }
}

/// Days as a duration in the criterion's unit.
fn days_in(days: f64, c: &Criterion) -> Option<Decimal> {
    let minutes = decimal_of((days * 1440.0 * 1e6).round() / 1e6)?;
    Some((minutes / c.time_unit.unwrap_or(TimeUnit::Minute).minutes()).normalize())
}

fn expected(c: &Criterion) -> String {
    match c.kind {
        Kind::Number => "a number".into(),
        Kind::Money => "an amount of money".into(),
        Kind::Percent => "a percentage".into(),
        Kind::Duration => "a duration such as '15 min' or '2 h'".into(),
        Kind::Bool => "yes or no (tak/nie)".into(),
        Kind::Year => "a year such as 2021".into(),
        Kind::Choice => format!(
            "one of {}",
            c.choices
                .iter()
                .map(|(k, _)| k.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Kind::Text => "text".into(),
        Kind::RiskCost => "nothing (computed)".into(),
    }
}

fn read_value(
    cell: &RawCell,
    c: &Criterion,
    criteria: &Criteria,
    location: impl Fn() -> String,
    offer: usize,
    issues: &mut Vec<Issue>,
    tax: &mut Option<Tax>,
) -> Option<Value> {
    let text = match cell {
        RawCell::Empty => return None,
        RawCell::Text(t) => t.clone(),
        // A choice is matched by its text, whatever the cell type.
        other if c.kind == Kind::Choice => other.display(),
        other => {
            return match read_typed(other, c) {
                Ok(v) => Some(v),
                Err(message) => {
                    issues.push(
                        Issue::error(location(), format!("{}: {message}", c.id)).for_offer(offer),
                    );
                    None
                }
            };
        }
    };
    let raw = text.as_str();
    if value::is_missing(raw) {
        return None;
    }
    let shown = raw.trim();
    let fail = |issues: &mut Vec<Issue>, message: String| {
        issues.push(Issue::error(location(), format!("{}: {message}", c.id)).for_offer(offer));
        None
    };
    let note = |issues: &mut Vec<Issue>, notes: Vec<String>| {
        if !notes.is_empty() {
            issues.push(
                Issue::info(
                    location(),
                    format!("{}: read '{shown}' ({})", c.id, notes.join("; ")),
                )
                .for_offer(offer),
            );
        }
    };
    match c.kind {
        Kind::Number => match value::parse_number(raw) {
            Ok(r) => {
                note(issues, r.notes);
                Some(Value::Num(r.value))
            }
            Err(e) => fail(issues, e.message),
        },
        Kind::Money => match value::parse_money(raw) {
            Ok(r) => {
                if let Some(cur) = r.value.currency
                    && cur != criteria.currency
                {
                    return fail(
                        issues,
                        format!(
                            "'{shown}' is in {cur} but the criteria compare {}: convert it (offerlens does not guess exchange rates)",
                            criteria.currency
                        ),
                    );
                }
                note(issues, r.notes);
                *tax = r.value.tax;
                Some(Value::Num(r.value.amount))
            }
            Err(e) => fail(issues, e.message),
        },
        Kind::Percent => match value::parse_percent(raw) {
            Ok(r) => {
                note(issues, r.notes);
                Some(Value::Num(r.value))
            }
            Err(e) => fail(issues, e.message),
        },
        Kind::Duration => {
            match value::parse_duration(raw, c.time_unit.unwrap_or(value::TimeUnit::Minute)) {
                Ok(r) => {
                    note(issues, r.notes);
                    Some(Value::Num(r.value))
                }
                Err(e) => fail(issues, e.message),
            }
        }
        Kind::Bool => match value::parse_bool(raw) {
            Ok(r) => {
                note(issues, r.notes);
                Some(Value::Bool(r.value))
            }
            Err(e) => fail(issues, e.message),
        },
        Kind::Year => match value::parse_year(raw) {
            Ok(r) => {
                note(issues, r.notes);
                Some(Value::Num(Decimal::from(r.value)))
            }
            Err(e) => fail(issues, e.message),
        },
        Kind::Choice => {
            let keys: Vec<&str> = c.choices.iter().map(|(k, _)| k.as_str()).collect();
            match value::match_choice(raw, &keys) {
                Some(i) => Some(Value::Choice(i)),
                None => fail(
                    issues,
                    format!("expected one of {}, found '{shown}'", keys.join(", ")),
                ),
            }
        }
        Kind::Text => Some(Value::Text),
        Kind::RiskCost => None,
    }
}

/// Comparing net prices with gross ones misleads by the VAT rate: say so when a money
/// criterion mixes them.
fn warn_mixed_tax(offers: &Offers, criteria: &Criteria, issues: &mut Vec<Issue>) {
    for (i, c) in criteria.criteria.iter().enumerate() {
        let of = |wanted: Tax| -> Vec<usize> {
            offers
                .taxes
                .iter()
                .filter(|&&(j, _, t)| j == i && t == wanted)
                .map(|&(_, o, _)| o)
                .collect()
        };
        let (net, gross) = (of(Tax::Net), of(Tax::Gross));
        if !net.is_empty() && !gross.is_empty() {
            let names = |v: &[usize]| {
                v.iter()
                    .map(|&o| offers.offers[o].vendor.clone())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            issues.push(Issue::warning(
                format!("{}:{}", criteria.origin, c.line),
                format!(
                    "{}: some prices are net (netto: {}) and some gross (brutto: {}); compare like with like",
                    c.id,
                    names(&net),
                    names(&gross)
                ),
            ));
        }
    }
}
