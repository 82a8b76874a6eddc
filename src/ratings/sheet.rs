//! One evaluator's ratings sheet read from its table: who rated, which vendor got which points
//! on which rating criterion, and their comments. A sheet the way `template --ratings` writes
//! it, or as a person lays it out: a header row naming the vendor column and the rating
//! criteria (by label, in either language, or id), a comments column, and a cell naming the
//! evaluator ("Oceniający:", "Evaluator:") with the name beside it.

use crate::criteria::{Criteria, Kind, suggest};
use crate::i18n::Msg;
use crate::issue::Issue;
use crate::table::{RawCell, RawTable};
use crate::text::normalize_label;

/// Header words of the vendor column, folded.
// not for people: the headers a ratings sheet's vendor column may have
const VENDOR_WORDS: &[&str] = &[
    "agencja",
    "oferent",
    "dostawca",
    "wykonawca",
    "firma",
    "vendor",
    "agency",
    "supplier",
];
/// Header words of the comments column, folded.
// not for people: the headers of a comments column
const COMMENT_WORDS: &[&str] = &[
    "uwagi",
    "komentarz",
    "komentarze",
    "comment",
    "comments",
    "notes",
];
/// Labels of the evaluator's name cell, folded.
// not for people: the labels of the evaluator's name cell
const EVALUATOR_WORDS: &[&str] = &[
    "oceniajacy",
    "oceniajaca",
    "oceniajacy a",
    "imie i nazwisko",
    "evaluator",
    "rated by",
    "name",
];

/// What one sheet holds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SheetRatings {
    /// The evaluator's name as written, if the sheet names one.
    pub evaluator: Option<String>,
    pub rows: Vec<VendorRatings>,
}

/// One vendor's line: the points per rating criterion and the comment.
#[derive(Debug, Clone, PartialEq)]
pub struct VendorRatings {
    pub vendor: String,
    /// Where the vendor's name is (`file:Sheet!A4`).
    pub at: String,
    /// (criterion, points, where).
    pub points: Vec<(usize, f64, String)>,
    pub comment: Option<String>,
}

/// Reads a ratings sheet; `None` when it has no header row naming a vendor column and at
/// least one rating criterion. Ratings outside their criterion's scale, and cells that are no
/// number, are left out with a warning at their cell.
pub fn read_sheet(
    table: &RawTable,
    criteria: &Criteria,
    issues: &mut Vec<Issue>,
) -> Option<SheetRatings> {
    let rated: Vec<(usize, Vec<String>)> = criteria
        .criteria
        .iter()
        .enumerate()
        .filter(|(_, c)| c.kind == Kind::Rating)
        .map(|(j, c)| {
            let mut names = vec![normalize_label(&c.id), normalize_label(&c.label)];
            names.extend(c.label_pl.as_deref().map(normalize_label));
            (j, names)
        })
        .collect();
    let (header, vendor_col) = header_row(table, &rated, criteria)?;
    let (columns, comment_col) = columns(table, header, vendor_col, &rated, criteria, issues);
    let evaluator = evaluator_name(table, header);
    let mut rows = Vec::new();
    for r in header + 1..table.rows.len() {
        let vendor = table.cell(r, vendor_col).display();
        let vendor = vendor.trim();
        if vendor.is_empty() {
            continue;
        }
        let mut points = Vec::new();
        for &(col, j) in &columns {
            let at = table.location(r, col);
            let (lo, hi) = criteria.criteria[j].rating.unwrap_or_default().scale;
            match rating_of(table.cell(r, col), hi) {
                Some(Ok(x)) if (lo..=hi).contains(&x) => points.push((j, x, at)),
                Some(Ok(x)) => issues.push(Issue::warning(
                    at,
                    Msg::new("rating-outside-scale")
                        .with("points", crate::numbers::brief(x))
                        .with("low", crate::numbers::brief(lo))
                        .with("high", crate::numbers::brief(hi)),
                )),
                Some(Err(text)) => issues.push(Issue::warning(
                    at,
                    Msg::new("rating-not-a-number")
                        .with("text", text)
                        .with("low", crate::numbers::brief(lo))
                        .with("high", crate::numbers::brief(hi)),
                )),
                None => {}
            }
        }
        let comment = comment_col
            .map(|c| table.cell(r, c).display().trim().to_string())
            .filter(|c| !c.is_empty());
        rows.push(VendorRatings {
            vendor: vendor.to_string(),
            at: table.location(r, vendor_col),
            points,
            comment,
        });
    }
    Some(SheetRatings { evaluator, rows })
}

/// A header cell as compared: folded, a trailing colon dropped.
fn folded(cell: &RawCell) -> Option<String> {
    cell.as_text()
        .map(|t| normalize_label(t.trim_end_matches(':')))
}

/// The header row and its vendor column: the first row with a vendor column and a header
/// naming a rating criterion, shortening one or missing one by a typo (each said at its cell
/// by [`columns`]).
fn header_row(
    table: &RawTable,
    rated: &[(usize, Vec<String>)],
    criteria: &Criteria,
) -> Option<(usize, usize)> {
    table.rows.iter().enumerate().find_map(|(r, row)| {
        let v = row
            .iter()
            .position(|c| folded(c).is_some_and(|t| VENDOR_WORDS.contains(&t.as_str())))?;
        let rates = row.iter().enumerate().any(|(col, c)| {
            col != v
                && folded(c).is_some_and(|t| {
                    !t.is_empty()
                        && (rated.iter().any(|(_, names)| names.contains(&t))
                            || other_column(&t, c.display().trim(), rated, criteria)
                                .map_or_else(|m| m.id() == "rating-unknown-column-near", |_| true))
                })
        });
        rates.then_some((r, v))
    })
}

/// The header row's columns: (column, rating criterion) for each rated one, and the comments
/// column; a shortened header is read as its criterion with a note, anything else left out
/// with a message at its cell.
fn columns(
    table: &RawTable,
    header: usize,
    vendor_col: usize,
    rated: &[(usize, Vec<String>)],
    criteria: &Criteria,
    issues: &mut Vec<Issue>,
) -> (Vec<(usize, usize)>, Option<usize>) {
    let mut columns: Vec<(usize, usize)> = Vec::new();
    let mut comment_col = None;
    for (col, cell) in table.rows[header].iter().enumerate() {
        let Some(t) = folded(cell) else { continue };
        if t.is_empty() || col == vendor_col {
            continue;
        }
        if let Some((j, _)) = rated.iter().find(|(_, names)| names.contains(&t)) {
            columns.push((col, *j));
        } else if COMMENT_WORDS.contains(&t.as_str()) {
            comment_col = Some(col);
        } else {
            let header_text = cell.display();
            match other_column(&t, header_text.trim(), rated, criteria) {
                Ok(j) => {
                    issues.push(Issue::info(
                        table.location(header, col),
                        Msg::new("rating-column-read-as")
                            .with("header", header_text.trim())
                            .with("criterion", &criteria.criteria[j].id),
                    ));
                    columns.push((col, j));
                }
                // A near miss is likely a criterion lost; anything else a column of its own.
                Err(message) if message.id() == "rating-unknown-column-near" => {
                    issues.push(Issue::warning(table.location(header, col), message));
                }
                Err(message) => issues.push(Issue::info(table.location(header, col), message)),
            }
        }
    }
    (columns, comment_col)
}

/// A header that names no rating criterion exactly: the one criterion whose name it shortens
/// ("Rozmowa handl." for "Rozmowa handlowa"), else a message saying the column is left out,
/// with the nearest criterion's label when one is close.
fn other_column(
    folded: &str,
    shown: &str,
    rated: &[(usize, Vec<String>)],
    criteria: &Criteria,
) -> Result<usize, Msg> {
    let shortens: Vec<usize> = rated
        .iter()
        .filter(|(_, names)| names.iter().any(|n| n.starts_with(folded)))
        .map(|(j, _)| *j)
        .collect();
    if let [j] = shortens[..] {
        return Ok(j);
    }
    let labels = rated.iter().flat_map(|(j, _)| {
        let c = &criteria.criteria[*j];
        std::iter::once(c.label.as_str()).chain(c.label_pl.as_deref())
    });
    Err(match suggest(shown, labels) {
        Some(near) => Msg::new("rating-unknown-column-near")
            .with("header", shown)
            .with("near", near),
        None => Msg::new("rating-unknown-column").with("header", shown),
    })
}

/// The name in the cell right of an "Evaluator:" label above the header row (or in it).
fn evaluator_name(table: &RawTable, header: usize) -> Option<String> {
    for r in 0..=header {
        let row = &table.rows[r];
        for (c, cell) in row.iter().enumerate() {
            let Some(t) = cell.as_text() else { continue };
            if !EVALUATOR_WORDS.contains(&normalize_label(t.trim_end_matches(':')).as_str()) {
                continue;
            }
            let name = row[c + 1..]
                .iter()
                .map(|x| x.display().trim().to_string())
                .find(|x| !x.is_empty());
            if name.is_some() {
                return name;
            }
        }
    }
    None
}

/// A cell's points: a number, or text that is one (`4`, `3,5`, `4 pkt`, `4/5`); `Err` with the
/// text when it is not; `None` when blank. `/5` is read as written: the scale is checked after.
fn rating_of(cell: &RawCell, high: f64) -> Option<Result<f64, String>> {
    match cell {
        RawCell::Number(x) if x.is_finite() => Some(Ok(*x)),
        RawCell::Empty => None,
        other => {
            let text = other.display();
            let t = text.trim();
            if t.is_empty() {
                return None;
            }
            Some(points_in(t, high).ok_or_else(|| t.to_string()))
        }
    }
}

/// Points written as text: digits with one decimal point or comma, then maybe the word for
/// points (`pkt`, `pkt.`, `punkty`, `points`) or the scale's top (`/5`, only the criterion's
/// own). Anything else (`1e0`, `dobrze`, `4-5`) is no rating.
fn points_in(text: &str, high: f64) -> Option<f64> {
    let lower = text.to_lowercase();
    let mut t = lower.trim();
    for word in [
        "punktów", "punkty", "punkt", "points", "pts", "pkt.", "pkt", "p.",
    ] {
        if let Some(rest) = t.strip_suffix(word) {
            t = rest.trim_end();
            break;
        }
    }
    if let Some((x, top)) = t.split_once('/') {
        let top = plain_number(top.trim())?;
        if top != high {
            return None;
        }
        t = x.trim_end();
    }
    plain_number(t)
}

/// `4`, `3,5`, `3.5`, `-1`: nothing else.
fn plain_number(t: &str) -> Option<f64> {
    let digits = t.strip_prefix('-').unwrap_or(t);
    let mut seps = 0;
    let plain = !digits.is_empty()
        && digits.chars().all(|c| match c {
            '0'..='9' => true,
            '.' | ',' => {
                seps += 1;
                seps == 1
            }
            _ => false,
        })
        && digits.chars().next().is_some_and(|c| c.is_ascii_digit())
        && digits.chars().last().is_some_and(|c| c.is_ascii_digit());
    if !plain {
        return None;
    }
    t.replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|x| x.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_as_people_type_them() {
        for (text, points) in [
            ("4", Some(4.0)),
            ("3,5", Some(3.5)),
            (" 4 pkt ", Some(4.0)),
            ("4 pkt.", Some(4.0)),
            ("5 punktów", Some(5.0)),
            ("4/5", Some(4.0)),
            ("4 / 5", Some(4.0)),
            ("4/10", None),
            ("1e0", None),
            ("dobrze", None),
            ("4-5", None),
            ("", None),
            ("-1", Some(-1.0)),
            ("3,", None),
        ] {
            assert_eq!(points_in(text, 5.0), points, "{text}");
        }
    }
}
