//! The evaluators' sheets turned into the rating criteria's answers: each file one evaluator
//! (named in it, else by the file), each vendor matched to an offer, the ratings of each
//! answer combined as its criterion says, and the buyer told where the evaluators disagree,
//! how much they agree over a criterion, and what could not be used.

use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;

use crate::criteria::{Criteria, Kind, suggest};
use crate::i18n::Msg;
use crate::issue::Issue;
use crate::normalize::{Cell, Offers, Rated, Value};
use crate::table::RawTable;
use crate::text::{fold_words, normalize_label};

use super::combine::{Aggregate, Combined, combine, consensus, widest_apart};
use super::sheet::{SheetRatings, read_sheet};

/// One evaluator and what they rated.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluator {
    pub name: String,
    pub file: String,
    pub sheet: SheetRatings,
}

/// The evaluators of the ratings files, one per file, in the order given: `files` are each
/// file's name and tables. A file without a ratings sheet, or a second file of an evaluator
/// already read, is left out with a warning.
pub fn evaluators(
    files: Vec<(String, Vec<RawTable>)>,
    criteria: &Criteria,
    issues: &mut Vec<Issue>,
) -> Vec<Evaluator> {
    let mut out: Vec<Evaluator> = Vec::new();
    for (file, tables) in files {
        let Some(sheet) = tables.iter().find_map(|t| read_sheet(t, criteria, issues)) else {
            issues.push(Issue::warning(file.clone(), Msg::new("rating-no-sheet")));
            continue;
        };
        let name = match &sheet.evaluator {
            Some(name) => name.clone(),
            None => {
                let stem = std::path::Path::new(&file)
                    .file_stem()
                    .map_or_else(|| file.clone(), |s| s.to_string_lossy().into_owned());
                issues.push(Issue::info(
                    file.clone(),
                    Msg::new("rating-named-by-file").with("name", stem.clone()),
                ));
                stem
            }
        };
        // Compared folded but with any bracket kept: "Anna (IT)" and "Anna (marketing)" are
        // two people, and so are the files "ocena (1)" and "ocena (2)".
        if let Some(first) = out
            .iter()
            .find(|e| fold_words(&e.name) == fold_words(&name))
        {
            issues.push(Issue::warning(
                file.clone(),
                Msg::new("rating-same-evaluator")
                    .with("name", name)
                    .with("first", first.file.clone()),
            ));
            continue;
        }
        if sheet.rows.iter().all(|r| r.points.is_empty()) {
            issues.push(Issue::warning(
                file.clone(),
                Msg::new("rating-nobody-rated").with("name", name.clone()),
            ));
        }
        out.push(Evaluator { name, file, sheet });
    }
    out
}

/// Fills the rating criteria's answers from the evaluators (`place`: the ratings folder, for
/// the messages about it as a whole). A rating criterion with weight that nobody rated is a
/// warning: every offer is blank on it.
pub fn apply(
    offers: &mut Offers,
    criteria: &Criteria,
    evaluators: &[Evaluator],
    place: &str,
    issues: &mut Vec<Issue>,
) {
    let n = offers.len();
    let names: Vec<String> = offers
        .offers
        .iter()
        .map(|o| normalize_label(&o.vendor))
        .collect();
    for e in evaluators {
        // The first row of each vendor in this evaluator's sheet.
        let mut seen: Vec<(usize, &str)> = Vec::new();
        for row in &e.sheet.rows {
            let Some(o) = match_vendor(&row.vendor, &names, &row.at, offers, issues) else {
                continue;
            };
            if let Some((_, first)) = seen.iter().find(|(v, _)| *v == o) {
                issues.push(Issue::warning(
                    row.at.clone(),
                    Msg::new("rating-vendor-twice")
                        .with("vendor", offers.offers[o].vendor.clone())
                        .with("first", *first),
                ));
                continue;
            }
            seen.push((o, row.at.as_str()));
            for (j, points, at) in &row.points {
                let rated = offers.rated.entry((*j, o)).or_default();
                rated.by.push((e.name.clone(), *points, at.clone()));
            }
            if let Some(comment) = &row.comment {
                for (j, c) in criteria.criteria.iter().enumerate() {
                    if c.kind == Kind::Rating {
                        let rated = offers.rated.entry((j, o)).or_default();
                        rated.comments.push((e.name.clone(), comment.clone()));
                    }
                }
            }
        }
    }
    for (j, c) in criteria.criteria.iter().enumerate() {
        let Some(rule) = c.rating else { continue };
        if offers.rated.range((j, 0)..(j + 1, 0)).next().is_some() {
            offers.cells[j] = vec![Cell::default(); n];
        }
        for o in 0..n {
            let Some(rated) = offers.rated.get_mut(&(j, o)) else {
                continue;
            };
            let points: Vec<f64> = rated.by.iter().map(|(_, p, _)| *p).collect();
            let Some((cell, combined)) = rated_cell(rated, rule.aggregate, None) else {
                continue;
            };
            rated.spread = combined.spread;
            if let Some((hi, lo)) = widest_apart(&points, rule.disagreement) {
                issues.push(Issue::warning(
                    place.to_string(),
                    Msg::new("rating-disagreement")
                        .with("vendor", offers.offers[o].vendor.clone())
                        .both("label", &c.label, c.label_pl.as_deref())
                        .with("high", rated.by[hi].0.clone())
                        .with("high_points", crate::numbers::brief(points[hi]))
                        .with("low", rated.by[lo].0.clone())
                        .with("low_points", crate::numbers::brief(points[lo])),
                ));
            }
            offers.cells[j][o] = cell;
        }
        let (mut vendors, mut disputed) = (0, 0);
        for (_, rated) in offers.rated.range((j, 0)..(j + 1, 0)) {
            if !rated.by.is_empty() {
                vendors += 1;
                disputed += usize::from(rated.spread >= rule.disagreement);
            }
        }
        match agreement(offers, j) {
            Some(share) => issues.push(Issue::info(
                place.to_string(),
                Msg::new("rating-consensus")
                    .both("label", &c.label, c.label_pl.as_deref())
                    .msg("aggregate", Msg::new(aggregate_id(rule.aggregate)))
                    .percent("share", (share * 100.0).round())
                    .num("apart", rule.disagreement)
                    .count("disputed", disputed)
                    .count("vendors", vendors),
            )),
            None if c.weight > 0.0 => issues.push(Issue::warning(
                format!("{}:{}", criteria.origin, c.line),
                Msg::new("rating-none-given").with("criterion", &c.id).both(
                    "label",
                    &c.label,
                    c.label_pl.as_deref(),
                ),
            )),
            None => {}
        }
    }
}

/// The offer a ratings sheet's vendor name stands for: the same name up to case, accents,
/// punctuation and spaces, else the one offer whose name starts with it ("Pixel Serwis" for
/// "Pixel Serwis s.c.", noted at the cell); else a warning with the nearest name.
fn match_vendor(
    vendor: &str,
    names: &[String],
    at: &str,
    offers: &Offers,
    issues: &mut Vec<Issue>,
) -> Option<usize> {
    let key = normalize_label(vendor);
    if let Some(o) = names.iter().position(|v| *v == key) {
        return Some(o);
    }
    let squash = |s: &str| s.replace(' ', "");
    let squashed = squash(&key);
    let same: Vec<usize> = (0..names.len())
        .filter(|&o| squash(&names[o]) == squashed)
        .collect();
    let starting: Vec<usize> = (0..names.len())
        .filter(|&o| !key.is_empty() && names[o].starts_with(&format!("{key} ")))
        .collect();
    let found = match (same.as_slice(), starting.as_slice()) {
        ([o], _) | ([], [o]) => Some(*o),
        _ => None,
    };
    if let Some(o) = found {
        issues.push(Issue::info(
            at.to_string(),
            Msg::new("rating-vendor-read-as")
                .with("vendor", vendor)
                .with("offer", offers.offers[o].vendor.clone()),
        ));
        return Some(o);
    }
    let near = suggest(vendor, offers.offers.iter().map(|o| o.vendor.as_str()));
    issues.push(Issue::warning(
        at.to_string(),
        match near {
            Some(near) => Msg::new("rating-unknown-vendor-near")
                .with("vendor", vendor)
                .with("near", near.to_string()),
            None => Msg::new("rating-unknown-vendor").with("vendor", vendor),
        },
    ));
    None
}

/// How much the evaluators agreed on criterion `j`: the share of its ratings within one point
/// of the median of the vendor they rate (`None`: nobody rated it).
pub fn agreement(offers: &Offers, j: usize) -> Option<f64> {
    let by_vendor: Vec<Vec<f64>> = offers
        .rated
        .range((j, 0)..(j + 1, 0))
        .map(|(_, rated)| rated.by.iter().map(|(_, p, _)| *p).collect())
        .collect();
    consensus(&by_vendor)
}

/// The catalogue id of how an answer's ratings are combined, in words.
fn aggregate_id(how: Aggregate) -> &'static str {
    match how {
        Aggregate::Median => "rating-by-median",
        Aggregate::Mean => "rating-by-mean",
        Aggregate::Geometric => "rating-by-geometric",
    }
}

/// A rated answer as a cell: the ratings as written (`Anna 4 · Piotr 2`), the value they
/// combine to; `None` when no rating is left once the evaluator `without` is left out.
fn rated_cell(rated: &Rated, how: Aggregate, without: Option<&str>) -> Option<(Cell, Combined)> {
    let kept: Vec<&(String, f64, String)> = rated
        .by
        .iter()
        .filter(|(who, _, _)| Some(who.as_str()) != without)
        .collect();
    let points: Vec<f64> = kept.iter().map(|(_, p, _)| *p).collect();
    let combined = combine(&points, how)?;
    let raw: Vec<String> = kept
        .iter()
        .map(|(who, p, _)| format!("{who} {}", crate::numbers::brief(*p)))
        .collect();
    let cell = Cell {
        // The value first, then who gave what: "4 (Anna 5 · Piotr 2 · Ewa 4)".
        raw: format!(
            "{} ({})",
            crate::numbers::brief(combined.value),
            raw.join(" · ")
        )
        .into(),
        value: Decimal::from_f64(combined.value).map(Value::Num),
        ..Cell::default()
    };
    Some((cell, combined))
}

/// The evaluators who rated anything, in the order their files were read.
pub fn evaluator_names(offers: &Offers) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for rated in offers.rated.values() {
        for (who, _, _) in &rated.by {
            if !names.contains(who) {
                names.push(who.clone());
            }
        }
    }
    names
}

/// The offers as they would be without one evaluator's ratings: each rated answer combined
/// again from the others' (blank where nobody else rated it).
pub fn without(offers: &Offers, criteria: &Criteria, evaluator: &str) -> Offers {
    let mut out = offers.clone();
    for (&(j, o), rated) in &offers.rated {
        let Some(rule) = criteria.criteria.get(j).and_then(|c| c.rating) else {
            continue;
        };
        if let Some(cells) = out.cells.get_mut(j)
            && let Some(cell) = cells.get_mut(o)
        {
            *cell = rated_cell(rated, rule.aggregate, Some(evaluator))
                .map_or_else(Cell::default, |(cell, _)| cell);
        }
    }
    out
}
