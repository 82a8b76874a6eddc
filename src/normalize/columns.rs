//! Matching a header row's texts to criteria: which column answers which criterion, which is
//! the vendor's, and what matched nothing (with a near-miss hint).

use crate::criteria::{Criteria, Kind, suggest};
use crate::issue::{Issue, Severity};
use crate::table::RawTable;

use super::TableReport;
use super::headers::Names;
use crate::text::normalize_label;

/// Headers of a column naming the package or variant of an offer: one agency may offer several.
const PACKAGE_HEADERS: &[&str] = &[
    "pakiet",
    "wariant",
    "opcja",
    "oferta pakietowa",
    "plan",
    "package",
    "variant",
    "tier",
    "option",
];

/// Headers of a column of remarks written beside the answers ("Uwagi", "Notes"): kept with
/// each offer as its notes, never scored. Down a questionnaire's answers, a column so headed
/// holds remarks on the questions, not another offer.
pub(super) const NOTES_HEADERS: &[&str] = &[
    "uwagi",
    "uwaga",
    "uwagi wykonawcy",
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

/// What the header rows of all tables told so far: which criteria some table answers, and
/// the header texts that named none (for near-miss hints).
pub(super) struct Seen {
    pub answered: Vec<bool>,
    pub unmatched_headers: Vec<String>,
}

impl Seen {
    pub fn new(criteria: &Criteria) -> Seen {
        Seen {
            answered: vec![false; criteria.criteria.len()],
            unmatched_headers: Vec::new(),
        }
    }
}

/// What a header row's columns mean.
pub(super) struct Columns {
    /// The header texts, as the spreadsheet shows them.
    pub header: Vec<String>,
    /// The column of each criterion, in the criteria's order.
    pub of_criterion: Vec<Option<usize>>,
    /// The column a vendor header names.
    pub vendor: Option<usize>,
    /// The column that names the package or variant of a vendor's offer ("Pakiet": Basic, Pro).
    pub package: Option<usize>,
    /// The columns of remarks kept as the offer's notes ("Uwagi", "Notes"), in sheet order.
    pub notes: Vec<usize>,
    /// Columns whose header named nothing.
    pub unmatched: Vec<usize>,
}

/// Matches the header row's texts. Reports duplicates and unmatched headers; marks the
/// criteria answered; collects the unmatched texts for [`report_unanswered`].
pub(super) fn match_columns(
    table: &RawTable,
    header_row: usize,
    criteria: &Criteria,
    names: &Names,
    report: &mut TableReport,
    seen: &mut Seen,
    issues: &mut Vec<Issue>,
) -> Columns {
    let header: Vec<String> = table.rows[header_row]
        .iter()
        .map(crate::table::RawCell::display)
        .collect();
    let mut columns = Columns {
        header: Vec::new(),
        of_criterion: vec![None; criteria.criteria.len()],
        vendor: None,
        package: None,
        notes: Vec::new(),
        unmatched: Vec::new(),
    };
    for (col, text) in header.iter().enumerate() {
        let norm = normalize_label(text);
        if norm.is_empty() {
            continue;
        }
        if columns.vendor.is_none() && names.is_vendor(&norm) {
            columns.vendor = Some(col);
            report
                .matched
                .push((text.clone(), "(vendor name)".to_string()));
            continue;
        }
        let at = || table.location(header_row, col);
        if columns.package.is_none()
            && PACKAGE_HEADERS.contains(&norm.as_str())
            && names.criterion_of(criteria, &norm).is_none()
        {
            columns.package = Some(col);
            report.matched.push((
                text.clone(),
                "(package, part of the offer's name)".to_string(),
            ));
            continue;
        }
        if NOTES_HEADERS.contains(&norm.as_str()) && names.criterion_of(criteria, &norm).is_none() {
            columns.notes.push(col);
            report
                .matched
                .push((text.clone(), "(notes, kept with the offer)".to_string()));
            continue;
        }
        match names.criterion_of(criteria, &norm) {
        Some(i) => match columns.of_criterion[i] {
            Some(first) => issues.push(Issue::warning(
                at(),
                format!(
                    "'{}' also matches criterion '{}', already read from {}; this one is ignored",
                    text,
                    criteria.criteria[i].id,
                    table.location(header_row, first)
                ),
            )),
            None => {
                columns.of_criterion[i] = Some(col);
                seen.answered[i] = true;
                if report.header.is_none() {
                    report.header = Some(at());
                }
                report
                    .matched
                    .push((text.clone(), criteria.criteria[i].id.clone()));
            }
        },
        None => {
            columns.unmatched.push(col);
            seen.unmatched_headers.push(text.clone());
            if let Some(issue) = unmatched(text, &norm, criteria, names, table.transposed) {
                issues.push(issue.at(at()));
            }
        }
    }
    }
    columns.header = header;
    columns
}

/// What to say about a header that names no criterion: a warning when it is close to one
/// (with the fix), a note otherwise; nothing down a criteria column, where titles and labels
/// such as "Pytanie" are expected.
fn unmatched(
    text: &str,
    norm: &str,
    criteria: &Criteria,
    names: &Names,
    transposed: bool,
) -> Option<Unmatched> {
    let all = names
        .criteria
        .iter()
        .enumerate()
        .flat_map(|(i, ns)| ns.iter().map(move |n| (i, n)));
    let near = suggest(norm, all.clone().map(|(_, n)| n.as_str()))
        .and_then(|n| all.clone().find(|(_, m)| m.as_str() == n))
        .map(|(i, _)| &criteria.criteria[i]);
    if transposed && near.is_none() {
        return None;
    }
    let hint = near
        .map(|c| {
            format!(
                " (close to criterion '{}': if it is the same, add '{text}' to its `columns`)",
                c.id
            )
        })
        .unwrap_or_default();
    Some(Unmatched {
        severity: if near.is_some() {
            Severity::Warning
        } else {
            Severity::Info
        },
        message: format!("'{text}' matches no criterion; ignored{hint}"),
    })
}

/// The issue about an unmatched header, before its location is known.
struct Unmatched {
    severity: Severity,
    message: String,
}

impl Unmatched {
    fn at(self, location: String) -> Issue {
        Issue::new(self.severity, location, self.message)
    }
}

/// How many criteria the offers answer, said once and first when some have no column (a
/// sparse sheet scores low because of the sheet, not the agencies); then each criterion
/// without a column: a warning when an unmatched header is close to it (with the fix), else a
/// note.
pub(super) fn report_unanswered(
    criteria: &Criteria,
    names: &Names,
    seen: &Seen,
    issues: &mut Vec<Issue>,
) {
    let Seen {
        answered,
        unmatched_headers,
    } = seen;
    let asked: Vec<usize> = (0..criteria.criteria.len())
        .filter(|&i| criteria.criteria[i].kind != Kind::RiskCost)
        .collect();
    let missing: Vec<usize> = asked.iter().copied().filter(|&i| !answered[i]).collect();
    if missing.is_empty() {
        return;
    }
    issues.insert(0, coverage(criteria, asked.len(), &missing));
    let unmatched: Vec<String> = unmatched_headers
        .iter()
        .map(|h| normalize_label(h))
        .collect();
    for i in missing {
        let c = &criteria.criteria[i];
        let hint = names.criteria[i].iter().find_map(|n| {
            let s = suggest(n, unmatched.iter().map(String::as_str))?;
            let k = unmatched.iter().position(|u| u == s)?;
            Some(unmatched_headers[k].clone())
        });
        let location = format!("{}:{}", criteria.origin, c.line);
        let message = format!("no column found for criterion '{}' ({})", c.id, c.label);
        issues.push(match hint {
            Some(h) => Issue::warning(
                location,
                format!("{message} (did you mean '{h}'? add it to the criterion's `columns`)"),
            ),
            None => Issue::info(location, message),
        });
    }
}

/// "9 of 40 criteria found in the offers; the other 31 score as blank: …".
fn coverage(criteria: &Criteria, asked: usize, missing: &[usize]) -> Issue {
    const NAMED: usize = 8;
    let mut ids: Vec<&str> = missing
        .iter()
        .take(NAMED)
        .map(|&i| criteria.criteria[i].id.as_str())
        .collect();
    if missing.len() > NAMED {
        ids.push("…");
    }
    Issue::warning(
        criteria.origin.as_str(),
        format!(
            "{} of {asked} criteria found in the offers; the other {} score as blank: {} (`offerlens check` lists each)",
            asked - missing.len(),
            missing.len(),
            ids.join(", ")
        ),
    )
}
