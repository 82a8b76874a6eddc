//! Matching a header row's texts to criteria: which column answers which criterion, which is
//! the vendor's, and what matched nothing (with a near-miss hint).

use crate::criteria::{Criteria, Kind, suggest};
use crate::i18n::Msg;
use crate::issue::{Issue, Severity};
use crate::table::RawTable;

use super::headers::Names;
use super::meaning::Verdict;
use super::{MatchedBy, TableReport};
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
    /// Per criterion: net or gross, when its money column's header says ("Cena brutto").
    pub header_tax: Vec<Option<super::value::Tax>>,
    /// Columns whose header named nothing.
    pub unmatched: Vec<usize>,
}

/// Matches the header row's texts: first by name (the listed aliases, as before), then the
/// headers left by meaning, so that a column named exactly is never taken by a look-alike.
/// Reports duplicates, by-meaning matches (a note), unclear and unmatched headers; marks the
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
    let mut m = Matching {
        table,
        header_row,
        criteria,
        names,
        seen,
        columns: Columns {
            header: Vec::new(),
            of_criterion: vec![None; criteria.criteria.len()],
            vendor: None,
            package: None,
            notes: Vec::new(),
            header_tax: Vec::new(),
            unmatched: Vec::new(),
        },
        found: Vec::new(),
        issues: Vec::new(),
    };
    let mut left = Vec::new();
    for (col, text) in header.iter().enumerate() {
        let norm = normalize_label(text);
        if !norm.is_empty() && !m.by_name(col, text, &norm) {
            left.push((col, norm));
        }
    }
    for (col, norm) in left {
        m.by_meaning(col, &header[col], &norm);
    }
    let mut columns = m.finish(report, issues);
    // "Cena brutto", "Abonament (netto)": the header says how the column's prices are written.
    columns.header_tax = columns
        .of_criterion
        .iter()
        .zip(&criteria.criteria)
        .map(|(col, c)| {
            col.filter(|_| c.kind == Kind::Money)
                .and_then(|col| super::value::tax_in(&header[col]))
        })
        .collect();
    columns.header = header;
    columns
}

/// One header row being matched.
struct Matching<'a> {
    table: &'a RawTable,
    header_row: usize,
    criteria: &'a Criteria,
    names: &'a Names,
    seen: &'a mut Seen,
    columns: Columns,
    /// (column, header text, what it names, how) of every matched column.
    found: Vec<(usize, String, String, MatchedBy)>,
    /// The issues, by column: listed in column order whichever pass found them.
    issues: Vec<(usize, Issue)>,
}

impl Matching<'_> {
    fn at(&self, col: usize) -> String {
        self.table.location(self.header_row, col)
    }

    /// The first pass: a header that is one of the names listed. False when it is none.
    fn by_name(&mut self, col: usize, text: &str, norm: &str) -> bool {
        if self.columns.vendor.is_none() && self.names.is_vendor(norm) {
            self.columns.vendor = Some(col);
            self.found(col, text, VENDOR_COLUMN, MatchedBy::Alias);
            return true;
        }
        let criterion = self.names.criterion_of(self.criteria, norm);
        if self.columns.package.is_none() && PACKAGE_HEADERS.contains(&norm) && criterion.is_none()
        {
            self.columns.package = Some(col);
            self.found(col, text, PACKAGE_COLUMN, MatchedBy::Alias);
            return true;
        }
        if NOTES_HEADERS.contains(&norm) && criterion.is_none() {
            self.columns.notes.push(col);
            self.found(col, text, NOTES_COLUMN, MatchedBy::Alias);
            return true;
        }
        match criterion {
            Some(i) => {
                self.take(i, col, text, MatchedBy::Alias);
                true
            }
            None => false,
        }
    }

    /// The second pass: a header matching no name, read by meaning.
    fn by_meaning(&mut self, col: usize, text: &str, norm: &str) {
        match self.names.meaning.verdict(text) {
            Verdict::Match { slot, reason } if slot == self.names.vendor_slot() => {
                if self.columns.vendor.is_some() {
                    return self.unmatched(col, text, norm);
                }
                self.columns.vendor = Some(col);
                self.note(
                    col,
                    Msg::new("header-vendor-by-meaning")
                        .with("header", text)
                        .with("reason", &reason),
                );
                self.found(col, text, VENDOR_COLUMN, MatchedBy::Meaning(reason));
            }
            Verdict::Match { slot, reason } => {
                if self.columns.of_criterion[slot].is_none() {
                    self.note(
                        col,
                        Msg::new("header-criterion-by-meaning")
                            .with("header", text)
                            .with("criterion", &self.criteria.criteria[slot].id)
                            .with("reason", &reason),
                    );
                }
                self.take(slot, col, text, MatchedBy::Meaning(reason));
            }
            Verdict::Unclear { slots, tie } => {
                self.columns.unmatched.push(col);
                self.seen.unmatched_headers.push(text.to_string());
                let issue = Issue::warning(self.at(col), self.unclear(text, &slots, tie));
                self.issues.push((col, issue));
            }
            Verdict::Nothing => self.unmatched(col, text, norm),
        }
    }

    /// Reads criterion `i` from the column, unless another column already answers it.
    fn take(&mut self, i: usize, col: usize, text: &str, by: MatchedBy) {
        let id = &self.criteria.criteria[i].id;
        match self.columns.of_criterion[i] {
            Some(first) => {
                let issue = Issue::warning(
                    self.at(col),
                    Msg::new("header-duplicate")
                        .with("header", text)
                        .with("criterion", id)
                        .with("first", self.at(first)),
                );
                self.issues.push((col, issue));
            }
            None => {
                self.columns.of_criterion[i] = Some(col);
                self.seen.answered[i] = true;
                self.found(col, text, &id.clone(), by);
            }
        }
    }

    fn found(&mut self, col: usize, text: &str, what: &str, by: MatchedBy) {
        self.found
            .push((col, text.to_string(), what.to_string(), by));
    }

    fn note(&mut self, col: usize, message: Msg) {
        let issue = Issue::info(self.at(col), message);
        self.issues.push((col, issue));
    }

    /// A header naming nothing, by name or by meaning.
    fn unmatched(&mut self, col: usize, text: &str, norm: &str) {
        self.columns.unmatched.push(col);
        self.seen.unmatched_headers.push(text.to_string());
        if let Some(issue) = unmatched(text, norm, self.criteria, self.names, self.table.transposed)
        {
            let issue = issue.at(self.at(col));
            self.issues.push((col, issue));
        }
    }

    /// What to say about a header that fits several criteria equally, or some only loosely.
    fn unclear(&self, text: &str, slots: &[usize], tie: bool) -> Msg {
        const NAMED: usize = 4;
        let named: Vec<Msg> = slots
            .iter()
            .take(NAMED)
            .map(|&s| match self.criteria.criteria.get(s) {
                Some(c) => Msg::new("note-quoted").with("words", &c.id),
                None => Msg::new("header-the-vendor-name"),
            })
            .collect();
        let more = slots.len().saturating_sub(NAMED);
        // "'a', 'b' or 'c'": the last one after "or" when they are all named.
        let named = match (more, named.split_last()) {
            (0, Some((last, rest))) if !rest.is_empty() => vec![
                Msg::new("header-either")
                    .joined("first", rest.to_vec(), ", ")
                    .msg("last", last.clone()),
            ],
            _ => named,
        };
        Msg::new(if tie {
            "header-unclear-tie"
        } else {
            "header-unclear-loose"
        })
        .with("header", text)
        .joined("named", named, ", ")
        .count("more", more)
        .with(
            "vendor",
            if slots.contains(&self.names.vendor_slot()) {
                "yes"
            } else {
                "no"
            },
        )
    }

    /// Lists the matched columns in column order, and the issues; hands back the columns.
    fn finish(mut self, report: &mut TableReport, issues: &mut Vec<Issue>) -> Columns {
        self.found.sort_by_key(|f| f.0);
        for (_, text, what, by) in self.found {
            report.matched.push((text, what));
            report.matched_by.push(by);
        }
        if let Some(first) = self.columns.of_criterion.iter().flatten().min() {
            report.header = Some(self.table.location(self.header_row, *first));
        }
        self.issues.sort_by_key(|i| i.0);
        issues.extend(self.issues.into_iter().map(|(_, i)| i));
        self.columns
    }
}

/// What `check` shows for the columns that are not criteria (it names them in its language).
// not for people: markers the `check` report translates
pub const VENDOR_COLUMN: &str = "(vendor name)";
// not for people: a marker the `check` report translates
pub const PACKAGE_COLUMN: &str = "(package)";
// not for people: a marker the `check` report translates
pub const NOTES_COLUMN: &str = "(notes)";

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
    let known = names.near.borrow().get(norm).copied();
    let near = known.unwrap_or_else(|| {
        let all = names
            .criteria
            .iter()
            .enumerate()
            .flat_map(|(i, ns)| ns.iter().map(move |n| (i, n)));
        let found = suggest(norm, all.clone().map(|(_, n)| n.as_str()))
            .and_then(|n| all.clone().find(|(_, m)| m.as_str() == n))
            .map(|(i, _)| i);
        names.near.borrow_mut().insert(norm.to_string(), found);
        found
    });
    let near = near.map(|i| &criteria.criteria[i]);
    if transposed && near.is_none() {
        return None;
    }
    Some(match near {
        Some(c) => Unmatched {
            severity: Severity::Warning,
            message: Msg::new("header-unmatched-near")
                .with("header", text)
                .with("criterion", &c.id),
        },
        None => Unmatched {
            severity: Severity::Info,
            message: Msg::new("header-unmatched").with("header", text),
        },
    })
}

/// The issue about an unmatched header, before its location is known.
struct Unmatched {
    severity: Severity,
    message: Msg,
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
        .filter(|&i| criteria.criteria[i].kind.is_answered())
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
        let message = Msg::new("header-no-column").with("criterion", &c.id).both(
            "label",
            &c.label,
            c.label_pl.as_deref(),
        );
        issues.push(match hint {
            Some(h) => Issue::warning(
                location,
                Msg::new("header-no-column-did-you-mean")
                    .msg("message", message)
                    .with("header", h),
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
        Msg::new("header-coverage")
            .count("found", asked - missing.len())
            .count("asked", asked)
            .count("missing", missing.len())
            .with("ids", ids.join(", ")),
    )
}
