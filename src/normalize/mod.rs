//! Raw tables + criteria -> typed offers: layout detection, header matching, per-kind value
//! parsing, provenance.
//!
//! Three layouts are recognised from where the headers match the criteria: one offer per row
//! (the header row anywhere in the first rows), one offer per column (criteria down a column),
//! and a questionnaire (a question column and an answer column, the agency named in a labelled
//! cell or else by the file name). Every value keeps the cell it came from. A cell that cannot
//! be read becomes an error issue at that cell, and the offer stays with that value missing.
//! Remarks beside the answers ("Uwagi", "Notes") are kept with each offer as its notes; two
//! offers with the same name are told apart (`WebMax (2)`), with a warning.

mod cell;
mod column_read;
pub(crate) mod columns;
mod convert;
mod followup;
mod headers;
mod meaning;
mod names;
mod offers;
mod reader;
mod synonyms;
mod tokens;
pub mod value;
mod windows;

pub use offers::{Cell, Layout, MatchedBy, Offer, Offers, Rated, SourceRef, TableReport, Value};
pub(crate) use reader::BUYER_ROW_NOTE;
pub use value::Window;

use crate::criteria::Criteria;
use crate::i18n::Msg;
use crate::issue::Issue;
use crate::table::RawTable;
use reader::Reader;
use value::Tax;

/// Turns raw tables into offers. Issues say what was matched, skipped or unreadable.
pub fn normalize(tables: Vec<RawTable>, criteria: &Criteria) -> (Offers, Vec<Issue>) {
    let no_tables = tables.is_empty();
    let mut reader = Reader::new(criteria);
    for table in tables {
        reader.add(table);
    }
    let Reader {
        mut out,
        mut issues,
        names,
        seen,
        ..
    } = reader;
    report_files_without_offers(&out, &mut issues);
    let n = out.offers.len();
    for column in out.cells.iter_mut().filter(|c| !c.is_empty()) {
        column.resize(n, Cell::default());
    }
    followup::merge(&mut out, criteria, &mut issues);
    for column in out.cells.iter_mut() {
        // Grown by doubling while read: up to half of it would stay empty.
        column.shrink_to_fit();
    }
    names::distinguish(&mut out, &mut issues);
    if !no_tables {
        columns::report_unanswered(criteria, &names, &seen, &mut issues);
    }
    warn_unstated_tax(&out, criteria, &mut issues);
    windows::lend(criteria, &mut out, &mut issues);
    (out, issues)
}

/// A file none of whose tables gave an offer is unusable as a whole, unless a table was
/// recognised and is only empty (an unfilled questionnaire beside filled ones): that one has
/// its warning already. When no file gave an offer at all, there is nothing to rank: those
/// warnings become errors, so that the count of errors says why the run failed.
fn report_files_without_offers(out: &Offers, issues: &mut Vec<Issue>) {
    if out.offers.is_empty() {
        for r in out.reports.iter().filter(|r| r.layout.is_some()) {
            let Some(reason) = &r.skipped else { continue };
            let warning = Msg::new("read-no-offers").msg("reason", reason.clone());
            for i in issues
                .iter_mut()
                .filter(|i| i.location == r.name && i.message == warning)
            {
                *i = Issue::file_error(
                    &r.name,
                    Msg::new("read-no-offers-anywhere").msg("reason", reason.clone()),
                );
            }
        }
    }
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
                Msg::new(if reports.len() > 1 {
                    "read-no-offers-in-any-sheet"
                } else {
                    "read-no-offers-in-file"
                }),
            ));
        }
    }
}

/// Names for a message: all of a few, the first few of many and how many more.
fn some_of(names: &[&str]) -> Msg {
    const SHOWN: usize = 5;
    if names.len() <= SHOWN + 1 {
        return Msg::new("read-names").with("names", names.join(", "));
    }
    Msg::new("read-names-and-more")
        .with("names", names[..SHOWN].join(", "))
        .count("more", names.len() - SHOWN)
}

/// Gross prices are converted to net (or the other way, as `prices` says); a price that says
/// neither is taken to be on that basis. When some vendors of a column wrote the other basis,
/// those who wrote neither may have meant it too: say so, naming them.
fn warn_unstated_tax(offers: &Offers, criteria: &Criteria, issues: &mut Vec<Issue>) {
    // What each price said, by criterion and offer: one pass over the noted taxes.
    let mut said: Vec<Vec<Option<Tax>>> = vec![Vec::new(); criteria.criteria.len()];
    for &(j, o, t) in &offers.taxes {
        let column = &mut said[j];
        if column.len() <= o {
            column.resize(o + 1, None);
        }
        column[o] = Some(t);
    }
    for (i, c) in criteria.criteria.iter().enumerate() {
        let stated = |o: usize| said[i].get(o).copied().flatten();
        let other: Vec<usize> = (0..offers.len())
            .filter(|&o| stated(o).is_some_and(|t| t != criteria.prices))
            .collect();
        if other.is_empty() {
            continue;
        }
        let unstated: Vec<&str> = (0..offers.len())
            .filter(|&o| stated(o).is_none() && offers.cell(i, o).value.is_some())
            .map(|o| offers.offers[o].vendor.as_str())
            .collect();
        if unstated.is_empty() {
            continue;
        }
        let others: Vec<&str> = other
            .iter()
            .map(|&o| offers.offers[o].vendor.as_str())
            .collect();
        issues.push(Issue::warning(
            format!("{}:{}", criteria.origin, c.line),
            Msg::new(if criteria.prices == Tax::Net {
                "read-unstated-tax-net"
            } else {
                "read-unstated-tax-gross"
            })
            .with("criterion", &c.id)
            .msg("wrote", some_of(&others))
            .msg("unstated", some_of(&unstated)),
        ));
    }
}
