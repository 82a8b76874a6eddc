//! `offerlens template --ratings`: the sheet one evaluator fills in — the vendors down the
//! rows, the rating criteria across with a dropdown of the scale's points, a cell for the
//! evaluator's name and a comments column — laid out so that offerlens reads a filled copy back
//! as one evaluator's ratings with no edits; written as xlsx or ODS from one plan.
//!
//! ```text
//!  row  A                       B                 C …               last
//!   1   Oceniający (Evaluator): [name]
//!   2   the instructions, in the chosen language
//!   4   Agencja / Vendor        <rating label>    <rating label>    Uwagi / Comments
//!   5   vendor                  [points]          [points]          [comment]
//! ```
//!
//! Pure and deterministic: the same criteria and vendors give the same bytes.

mod ods;
mod xlsx;

use crate::criteria::{Criteria, Kind};
use crate::i18n::{Arg, Lang, Msg, t, tr};
use crate::sanitize::clean;

/// Rows left for names when no offers are given.
const BLANK_ROWS: usize = 12;
/// The header row (0-based); the vendors start on the row below.
const HEAD: u32 = 3;
/// Column widths in characters: the vendor, each rating, the comments.
const VENDOR_WIDTH: u16 = 32;
const POINTS_WIDTH: u16 = 16;
const COMMENTS_WIDTH: u16 = 48;
/// Excel keeps at most 255 UTF-16 units of an input message; the ODS copy says the same.
const MESSAGE_UNITS: usize = 255;

/// The file the sheet is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Container {
    Xlsx,
    Ods,
}

/// What one evaluator's sheet holds, before it is written in either format.
struct Plan {
    title: String,
    sheet: String,
    evaluator: String,
    how: String,
    /// The header row: the vendor column, one per rating criterion, the comments.
    headers: Vec<String>,
    /// One row per vendor; `None` is a blank row for a name to be typed.
    vendors: Vec<Option<String>>,
    /// One per rating criterion, in the order of `headers[1..]`.
    points: Vec<Points>,
}

/// The check on one rating column: the points offered and what they mean.
struct Points {
    allowed: Allowed,
    title: String,
    message: String,
}

enum Allowed {
    /// Whole points, offered as a dropdown.
    List(Vec<String>),
    /// Any number between the two ends.
    Between(f64, f64),
}

impl Plan {
    /// The column of the comments (0-based).
    fn comments(&self) -> u16 {
        self.points.len() as u16 + 1
    }

    /// The last row of the vendors (0-based; the header row when there are none).
    fn last(&self) -> u32 {
        HEAD + self.vendors.len() as u32
    }
}

/// The ratings sheet for `vendors` (in order) as `container` bytes; refused when the criteria
/// rate nothing.
pub fn write(
    criteria: &Criteria,
    vendors: &[String],
    lang: Lang,
    container: Container,
) -> Result<Vec<u8>, Msg> {
    let plan = plan(criteria, vendors, lang)?;
    match container {
        Container::Xlsx => xlsx::write(&plan)
            .map_err(|e| Msg::new("form-cannot-build").with("reason", e.to_string())),
        Container::Ods => ods::write(&plan)
            .map_err(|e| Msg::new("form-cannot-build").with("reason", e.to_string())),
    }
}

fn plan(criteria: &Criteria, vendors: &[String], lang: Lang) -> Result<Plan, Msg> {
    let rated: Vec<usize> = criteria
        .criteria
        .iter()
        .enumerate()
        .filter(|(_, c)| c.kind == Kind::Rating)
        .map(|(j, _)| j)
        .collect();
    let Some(&first) = rated.first() else {
        return Err(Msg::new("form-ratings-nothing-rated"));
    };
    let (lo, hi) = criteria.criteria[first].rating.unwrap_or_default().scale;
    let mut headers = vec![t(lang, "form-ratings-vendor")];
    headers.extend(
        rated
            .iter()
            .map(|&j| clean(criteria.criteria[j].label_in(lang)).into_owned()),
    );
    headers.push(t(lang, "form-ratings-comments"));
    let vendors = if vendors.is_empty() {
        vec![None; BLANK_ROWS]
    } else {
        vendors
            .iter()
            .map(|v| Some(clean(v).into_owned()))
            .collect()
    };
    Ok(Plan {
        title: clean(&t(lang, "form-ratings-title")).into_owned(),
        sheet: t(lang, "form-ratings-sheet"),
        evaluator: t(lang, "form-ratings-evaluator"),
        how: tr(lang, "form-ratings-how", &scale_args(lo, hi)),
        headers,
        vendors,
        points: rated.iter().map(|&j| points(criteria, j, lang)).collect(),
    })
}

fn scale_args(lo: f64, hi: f64) -> [(&'static str, Arg); 2] {
    [
        ("low", Arg::from(crate::numbers::brief(lo))),
        ("high", Arg::from(crate::numbers::brief(hi))),
    ]
}

/// The points of one rating criterion (a decimal range for a scale that is not whole points or
/// is wide), with what the points mean.
fn points(criteria: &Criteria, j: usize, lang: Lang) -> Points {
    let (lo, hi) = criteria.criteria[j].rating.unwrap_or_default().scale;
    let mut message = tr(lang, "form-ratings-between", &scale_args(lo, hi));
    let labels: Vec<String> = criteria.criteria[j]
        .rating_labels
        .iter()
        .map(|(p, en, pl)| {
            let text = match (lang, pl) {
                (Lang::Pl, Some(pl)) => pl,
                _ => en,
            };
            format!("{} = {}", crate::numbers::brief(*p), clean(text))
        })
        .collect();
    if !labels.is_empty() {
        message.push(' ');
        message.push_str(&tr(
            lang,
            "form-ratings-labels",
            &[("labels", Arg::from(labels.join(", ")))],
        ));
    }
    let allowed = if lo.fract() == 0.0 && hi.fract() == 0.0 && hi - lo <= 20.0 {
        Allowed::List((lo as i64..=hi as i64).map(|p| p.to_string()).collect())
    } else {
        Allowed::Between(lo, hi)
    };
    Points {
        allowed,
        title: t(lang, "form-ratings-points"),
        message: cut(message),
    }
}

/// `message` cut to what a spreadsheet keeps of an input message, with an ellipsis.
fn cut(message: String) -> String {
    if message.encode_utf16().count() <= MESSAGE_UNITS {
        return message;
    }
    let mut units = 0;
    let mut cut: String = message
        .chars()
        .take_while(|c| {
            units += c.len_utf16();
            units < MESSAGE_UNITS
        })
        .collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_criteria_give_the_same_bytes_in_both_containers() {
        let criteria = crate::criteria::parse(
            include_str!("../../../samples/ratings-criteria.toml"),
            "ratings-criteria.toml",
        )
        .unwrap();
        let vendors = ["Kodex Studio".to_string(), "<b>&\"Nova\"</b>".to_string()];
        for container in [Container::Xlsx, Container::Ods] {
            let once = write(&criteria, &vendors, Lang::Pl, container).unwrap();
            assert_eq!(
                once,
                write(&criteria, &vendors, Lang::Pl, container).unwrap()
            );
        }
    }

    #[test]
    fn a_long_message_is_cut_to_what_a_spreadsheet_keeps() {
        let long = "ż".repeat(300);
        let kept = cut(long);
        assert_eq!(kept.encode_utf16().count(), MESSAGE_UNITS);
        assert!(kept.ends_with('…'));
        assert_eq!(cut("krótko".into()), "krótko");
    }
}
