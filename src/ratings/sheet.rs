//! One evaluator's ratings sheet read from its table: who rated, which vendor got which points
//! on which rating criterion, and their comments. A sheet the way `template --ratings` writes
//! it, or as a person lays it out: a header row naming the vendor column and the rating
//! criteria (by label, in either language, or id), a comments column, and a cell naming the
//! evaluator ("Oceniający:", "Evaluator:") with the name beside it.

use crate::criteria::{Criteria, Kind};
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
    let folded = |cell: &RawCell| {
        cell.as_text()
            .map(|t| normalize_label(t.trim_end_matches(':')))
    };
    let (header, vendor_col) = table.rows.iter().enumerate().find_map(|(r, row)| {
        let v = row
            .iter()
            .position(|c| folded(c).is_some_and(|t| VENDOR_WORDS.contains(&t.as_str())))?;
        let rates = row
            .iter()
            .any(|c| folded(c).is_some_and(|t| rated.iter().any(|(_, names)| names.contains(&t))));
        rates.then_some((r, v))
    })?;
    let mut columns: Vec<(usize, usize)> = Vec::new();
    let mut comment_col = None;
    for (col, cell) in table.rows[header].iter().enumerate() {
        let Some(t) = folded(cell) else { continue };
        if let Some((j, _)) = rated.iter().find(|(_, names)| names.contains(&t)) {
            columns.push((col, *j));
        } else if COMMENT_WORDS.contains(&t.as_str()) {
            comment_col = Some(col);
        }
    }
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
            match rating_of(table.cell(r, col)) {
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

/// A cell's points: a number, or text that is one (`4`, `3,5`); `Err` with the text when it
/// is not; `None` when blank.
fn rating_of(cell: &RawCell) -> Option<Result<f64, String>> {
    match cell {
        RawCell::Number(x) if x.is_finite() => Some(Ok(*x)),
        RawCell::Empty => None,
        other => {
            let text = other.display();
            let t = text.trim();
            if t.is_empty() {
                return None;
            }
            Some(
                t.replace(',', ".")
                    .parse::<f64>()
                    .ok()
                    .filter(|x| x.is_finite())
                    .ok_or_else(|| t.to_string()),
            )
        }
    }
}
