//! Raw tables + criteria -> typed offers: header matching, per-kind value parsing, provenance.
//!
//! Every value keeps the cell it came from. A cell that cannot be read becomes an error issue
//! at that cell, and the offer stays in the list with that value missing.

use std::collections::HashMap;

use rust_decimal::Decimal;

use crate::criteria::{Criteria, Criterion, Kind, suggest};
use crate::import::RawTable;
use crate::issue::Issue;
use crate::value::{self, Tax, normalize_label};

/// Where a value came from: a cell of one of the raw tables.
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
    /// The cell's text as read (empty when the criterion had no column).
    pub raw: String,
    /// `None` when blank or unreadable.
    pub value: Option<Value>,
    pub source: Option<SourceRef>,
}

/// One vendor's offer.
#[derive(Debug, Clone, PartialEq)]
pub struct Offer {
    pub vendor: String,
    /// Where the offer's row (its vendor cell) is.
    pub source: SourceRef,
}

/// Where the tables came from, to turn a [`SourceRef`] into a location.
#[derive(Debug, Clone, PartialEq)]
pub struct TableInfo {
    pub file: String,
    pub sheet: Option<String>,
}

/// The offers, column-major: `cells[criterion][offer]`, in the criteria's order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Offers {
    pub tables: Vec<TableInfo>,
    pub offers: Vec<Offer>,
    pub cells: Vec<Vec<Cell>>,
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
            Some(t) => crate::import::cell_location(
                &t.file,
                t.sheet.as_deref(),
                src.row as usize,
                src.col as usize,
            ),
            None => String::from("?"),
        }
    }

    pub fn cell(&self, criterion: usize, offer: usize) -> &Cell {
        &self.cells[criterion][offer]
    }
}

/// How many of the first rows are searched for the header row.
const HEADER_SEARCH_ROWS: usize = 30;

/// Turns raw tables into offers. Issues say what was matched, skipped or unreadable.
pub fn normalize(tables: &[RawTable], criteria: &Criteria) -> (Offers, Vec<Issue>) {
    let mut out = Offers {
        cells: vec![Vec::new(); criteria.criteria.len()],
        ..Offers::default()
    };
    let mut issues = Vec::new();
    let names: Vec<Vec<String>> = criteria
        .criteria
        .iter()
        .map(Criterion::header_names)
        .collect();
    let vendor_names: Vec<String> = criteria
        .vendor_columns
        .iter()
        .map(|c| normalize_label(c))
        .collect();
    let mut answered = vec![false; criteria.criteria.len()];
    let mut unmatched_headers: Vec<String> = Vec::new();
    let mut first_offer_of: HashMap<String, usize> = HashMap::new();

    for table in tables {
        let table_index = out.tables.len() as u32;
        out.tables.push(TableInfo {
            file: table.file.clone(),
            sheet: table.sheet.clone(),
        });
        let Some(header_row) = find_header_row(table, &names, &vendor_names) else {
            issues.push(Issue::file_error(
                table_location(table),
                "no header row naming any criterion was found in the first rows: expected column headers such as the criteria's labels or `columns`",
            ));
            continue;
        };
        let header = &table.rows[header_row];

        // Match columns.
        let mut column_of: Vec<Option<usize>> = vec![None; criteria.criteria.len()];
        let mut vendor_col = None;
        for (col, text) in header.iter().enumerate() {
            let norm = normalize_label(text);
            if norm.is_empty() {
                continue;
            }
            if vendor_col.is_none() && vendor_names.contains(&norm) {
                vendor_col = Some(col);
                continue;
            }
            let matched = criteria
                .criteria
                .iter()
                .enumerate()
                .find(|(i, c)| c.kind != Kind::RiskCost && names[*i].contains(&norm));
            match matched {
                Some((i, c)) => {
                    if let Some(first) = column_of[i] {
                        issues.push(Issue::warning(
                            table.location(header_row, col),
                            format!(
                                "column '{}' also matches criterion '{}', already read from column {}; this one is ignored",
                                text.trim(),
                                c.id,
                                crate::import::column_letters(first)
                            ),
                        ));
                    } else {
                        column_of[i] = Some(col);
                        answered[i] = true;
                    }
                }
                None => {
                    unmatched_headers.push(text.trim().to_string());
                    issues.push(Issue::info(
                        table.location(header_row, col),
                        format!("column '{}' matches no criterion; ignored", text.trim()),
                    ));
                }
            }
        }
        let vendor_col = match vendor_col {
            Some(c) => c,
            None => {
                let first = (0..header.len())
                    .find(|c| !column_of.contains(&Some(*c)))
                    .unwrap_or(0);
                issues.push(Issue::warning(
                    table.location(header_row, first),
                    format!(
                        "no vendor column (expected a header such as {}); using column '{}' for vendor names",
                        criteria.vendor_columns.iter().take(4).map(|s| format!("'{s}'")).collect::<Vec<_>>().join(", "),
                        header.get(first).map_or("", |s| s.trim())
                    ),
                ));
                first
            }
        };

        // Read the offers.
        let offers_before = out.offers.len();
        for (r, row) in table.rows.iter().enumerate().skip(header_row + 1) {
            if row.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            let offer_index = out.offers.len();
            let raw_vendor = row.get(vendor_col).map_or("", |s| s.trim());
            let vendor = if raw_vendor.is_empty() {
                let name = format!("(row {})", r + 1);
                issues.push(
                    Issue::warning(
                        table.location(r, vendor_col),
                        format!("no vendor name; the offer is listed as '{name}'"),
                    )
                    .for_offer(offer_index),
                );
                name
            } else {
                raw_vendor.to_string()
            };
            if let Some(&prev) = first_offer_of.get(&vendor) {
                issues.push(
                    Issue::warning(
                        table.location(r, vendor_col),
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
                    col: vendor_col as u32,
                },
            });
            for (i, criterion) in criteria.criteria.iter().enumerate() {
                let cell = match column_of[i] {
                    None => Cell::default(),
                    Some(col) => {
                        let raw = row.get(col).map_or("", |s| s.as_str());
                        let source = SourceRef {
                            table: table_index,
                            row: r as u32,
                            col: col as u32,
                        };
                        let value = read_value(
                            raw,
                            criterion,
                            criteria,
                            || table.location(r, col),
                            offer_index,
                            &mut issues,
                        );
                        Cell {
                            raw: raw.trim().to_string(),
                            value,
                            source: Some(source),
                        }
                    }
                };
                out.cells[i].push(cell);
            }
        }
        if out.offers.len() == offers_before {
            issues.push(Issue::file_error(
                table_location(table),
                format!(
                    "no offers: the header row (row {}) has no rows with answers below it",
                    header_row + 1
                ),
            ));
        }
    }

    // Criteria no file answered, with a near-miss suggestion among the unmatched headers.
    if !tables.is_empty() {
        for (i, c) in criteria.criteria.iter().enumerate() {
            if answered[i] || c.kind == Kind::RiskCost {
                continue;
            }
            let hint = names[i]
                .iter()
                .find_map(|n| {
                    let norm: Vec<String> = unmatched_headers
                        .iter()
                        .map(|h| normalize_label(h))
                        .collect();
                    suggest(n, norm.iter().map(String::as_str)).and_then(|s| {
                        unmatched_headers
                            .iter()
                            .find(|h| normalize_label(h) == s)
                            .cloned()
                    })
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
    warn_mixed_tax(&out, criteria, tables, &mut issues);
    (out, issues)
}

fn table_location(t: &RawTable) -> String {
    match &t.sheet {
        Some(s) => format!("{}:{s}", t.file),
        None => t.file.clone(),
    }
}

/// The row among the first ones that names the most criteria (and a vendor column).
fn find_header_row(
    table: &RawTable,
    names: &[Vec<String>],
    vendor_names: &[String],
) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (r, row) in table.rows.iter().enumerate().take(HEADER_SEARCH_ROWS) {
        let hits = row
            .iter()
            .map(|c| normalize_label(c))
            .filter(|n| {
                !n.is_empty() && (vendor_names.contains(n) || names.iter().any(|ns| ns.contains(n)))
            })
            .count();
        if hits > 0 && best.is_none_or(|(_, h)| hits > h) {
            best = Some((r, hits));
        }
    }
    best.map(|(r, _)| r)
}

fn read_value(
    raw: &str,
    c: &Criterion,
    criteria: &Criteria,
    location: impl Fn() -> String,
    offer: usize,
    issues: &mut Vec<Issue>,
) -> Option<Value> {
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
fn warn_mixed_tax(
    offers: &Offers,
    criteria: &Criteria,
    tables: &[RawTable],
    issues: &mut Vec<Issue>,
) {
    for (i, c) in criteria.criteria.iter().enumerate() {
        if c.kind != Kind::Money {
            continue;
        }
        let mut net = Vec::new();
        let mut gross = Vec::new();
        for (o, cell) in offers.cells[i].iter().enumerate() {
            let Some(src) = cell.source else { continue };
            let Some(table) = tables.get(src.table as usize) else {
                continue;
            };
            let Some(raw) = table
                .rows
                .get(src.row as usize)
                .and_then(|r| r.get(src.col as usize))
            else {
                continue;
            };
            if let Ok(m) = value::parse_money(raw) {
                match m.value.tax {
                    Some(Tax::Net) => net.push(o),
                    Some(Tax::Gross) => gross.push(o),
                    None => {}
                }
            }
        }
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
