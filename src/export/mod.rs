//! Writers that turn an [`Analysis`] into output, and the one [`Format`] enum both the command
//! line and the screen export through ([`write`]). Pure: bytes out, no files.

pub mod ask;
pub mod audit;
pub mod check;
pub mod csv;
pub mod explain;
pub mod html;
pub mod json;
pub mod markdown;
mod md_text;
pub mod sensitivity;
pub mod table;
pub mod xlsx;

use crate::analysis::Analysis;
use audit::Audit;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// What an export is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// An aligned text table for 80 columns.
    Table,
    /// The machine-readable ranking with an audit block.
    Json,
    /// One row per offer, one column per criterion, the audit stamp closing each row.
    Csv(csv::Dialect),
    /// A report to paste into an email.
    Markdown,
    /// A workbook for procurement.
    Xlsx,
    /// One self-contained web page with charts, for the board; prints on A4.
    Html,
}

impl Format {
    /// The formats the screen's export offers, in its order.
    pub(crate) const MENU: [Format; 7] = [
        Format::Xlsx,
        Format::Markdown,
        Format::Html,
        Format::Csv(csv::Dialect::Rfc4180),
        Format::Csv(csv::Dialect::Polish),
        Format::Json,
        Format::Table,
    ];

    /// The file name extension that goes with the format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Xlsx => "xlsx",
            Format::Html => "html",
            Format::Markdown => "md",
            Format::Csv(_) => "csv",
            Format::Json => "json",
            Format::Table => "txt",
        }
    }

    /// The format a file name's extension asks for (`.csv` is the RFC 4180 dialect).
    pub(crate) fn from_extension(extension: &str) -> Option<Format> {
        match extension.to_ascii_lowercase().as_str() {
            "csv" => Some(Format::Csv(csv::Dialect::Rfc4180)),
            "json" => Some(Format::Json),
            "md" | "markdown" => Some(Format::Markdown),
            "xlsx" => Some(Format::Xlsx),
            "html" | "htm" => Some(Format::Html),
            "txt" => Some(Format::Table),
            _ => None,
        }
    }

    /// The name shown in the screen's export menu.
    pub fn name(self) -> &'static str {
        match self {
            Format::Xlsx => "XLSX",
            Format::Html => "HTML",
            Format::Markdown => "Markdown",
            Format::Csv(csv::Dialect::Rfc4180) => "CSV",
            Format::Csv(csv::Dialect::Polish) => "CSV (PL Excel)",
            Format::Json => "JSON",
            Format::Table => "text",
        }
    }
}

/// The analysis written in a format, stamped with `audit` (the text table carries no stamp).
pub fn write(
    a: &Analysis,
    audit: &Audit,
    format: Format,
    lang: crate::i18n::Lang,
) -> Result<Vec<u8>, String> {
    if format == Format::Xlsx {
        return xlsx::write(a, audit, lang);
    }
    let mut out = Vec::new();
    write_to(a, audit, format, lang, &mut out)
        .map(|()| out)
        .map_err(|e| e.to_string())
}

/// The same written as it is made, for every format but xlsx (whose zip is built whole):
/// nothing of the output is held in memory.
pub fn write_to(
    a: &Analysis,
    audit: &Audit,
    format: Format,
    lang: crate::i18n::Lang,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    match format {
        Format::Table => table::write(a, lang, out),
        Format::Json => json::write(a, audit, lang, out),
        Format::Csv(dialect) => csv::write(a, audit, dialect, lang, out),
        Format::Markdown => markdown::write(a, audit, lang, out),
        Format::Html => html::write(a, audit, lang, out),
        Format::Xlsx => {
            let bytes = xlsx::write(a, audit, lang).map_err(std::io::Error::other)?;
            out.write_all(&bytes)
        }
    }
}

/// An offer's answer to a criterion as a person reads it: the cell as written, the computed
/// risk cost for `risk_cost` criteria, or "no answer".
pub fn answer(a: &Analysis, criterion: usize, offer: usize) -> String {
    answer_in(a, criterion, offer, crate::i18n::Lang::En)
}

/// [`answer`] in `lang`.
pub fn answer_in(a: &Analysis, criterion: usize, offer: usize, lang: crate::i18n::Lang) -> String {
    let c = &a.criteria.criteria[criterion];
    if c.kind == crate::criteria::Kind::RiskCost {
        return match &a.evaluation.costs[offer].risk {
            Ok(d) => crate::i18n::money(lang, *d, &a.criteria.currency, 0),
            Err(_) => crate::i18n::t(lang, "export-no-answer"),
        };
    }
    let raw = a.offers.cell(criterion, offer).raw.trim();
    if raw.is_empty() {
        crate::i18n::t(lang, "export-no-answer")
    } else {
        raw.to_string()
    }
}

/// The short marks of the ranking tables (text and screen): `KO` knocked out, `⚑n` red flags,
/// `?n` blank answers, `!n` unreadable cells, `≠n` rating criteria its evaluators disagree on.
pub(crate) fn mark_list(a: &Analysis, o: usize, errors: usize) -> Vec<String> {
    let ev = &a.evaluation;
    let mut marks = Vec::new();
    if ev.disqualified[o] {
        marks.push("KO".to_string());
    }
    if !ev.flags[o].is_empty() {
        marks.push(format!("⚑{}", ev.flags[o].len()));
    }
    if ev.blanks[o] > 0 {
        marks.push(format!("?{}", ev.blanks[o]));
    }
    if errors > 0 {
        marks.push(format!("!{errors}"));
    }
    let apart = disagreements(a, o);
    if apart > 0 {
        marks.push(format!("≠{apart}"));
    }
    marks
}

/// The evaluators' comments on offer `o`'s vendor: (evaluator, comment), each once.
pub(crate) fn evaluator_comments(a: &Analysis, o: usize) -> &[(String, String)] {
    a.criteria
        .criteria
        .iter()
        .enumerate()
        .find_map(|(j, _)| a.offers.rated.get(&(j, o)))
        .map_or(&[], |r| r.comments.as_slice())
}

/// How many rating criteria offer `o`'s evaluators are `disagreement` points apart or more on.
pub(crate) fn disagreements(a: &Analysis, o: usize) -> usize {
    a.criteria
        .criteria
        .iter()
        .enumerate()
        .filter(|(j, c)| {
            c.rating.is_some_and(|rule| {
                a.offers
                    .rated
                    .get(&(*j, o))
                    .is_some_and(|r| r.spread >= rule.disagreement)
            })
        })
        .count()
}

/// An offer's marks as the ranking tables show them: knocked out, how many red flags, how many
/// blank answers.
pub(crate) fn offer_marks(a: &Analysis, lang: crate::i18n::Lang, o: usize) -> Vec<String> {
    let ev = &a.evaluation;
    let mut marks = Vec::new();
    if ev.disqualified[o] {
        marks.push(crate::i18n::t(lang, "details-knocked-out"));
    }
    let flags = ev.flags[o].iter().filter(|f| !f.disqualify).count();
    if flags > 0 {
        marks.push(crate::i18n::count(lang, "md-red-flags-count", flags));
    }
    if ev.blanks[o] > 0 {
        marks.push(crate::i18n::count(lang, "md-blanks-count", ev.blanks[o]));
    }
    let apart = disagreements(a, o);
    if apart > 0 {
        marks.push(crate::i18n::count(lang, "md-disputed-count", apart));
    }
    marks
}

/// The offers whose risk cost was worked out term by term, in ranking order.
pub(crate) fn with_risk_terms(a: &Analysis) -> Vec<usize> {
    let ev = &a.evaluation;
    a.ranking
        .iter()
        .map(|r| r.offer)
        .filter(|&o| ev.costs[o].risk.is_ok() && !ev.costs[o].terms.is_empty())
        .collect()
}

/// The criteria that carry weight, the heaviest first (ties in the criteria file's order),
/// each with its share of all the weight, in percent.
pub(crate) fn weights_by_size(a: &Analysis) -> Vec<(usize, f64)> {
    let total: f64 = a.weights.iter().sum();
    let mut order: Vec<usize> = (0..a.criteria.criteria.len())
        .filter(|&j| a.weights[j] > 0.0)
        .collect();
    order.sort_by(|&i, &j| a.weights[j].total_cmp(&a.weights[i]).then(i.cmp(&j)));
    order
        .into_iter()
        .map(|j| {
            let share = if total > 0.0 {
                100.0 * a.weights[j] / total
            } else {
                0.0
            };
            (j, share)
        })
        .collect()
}

/// The scoring method as reports name it.
/// The catalogue id of a scoring method's name.
pub(crate) fn method_id(m: crate::criteria::Method) -> &'static str {
    match m {
        crate::criteria::Method::WeightedSum => "method-weighted-sum",
        crate::criteria::Method::Topsis => "method-topsis",
    }
}

/// How many terminal columns text takes: wide letters (CJK) and most emoji take two, combining
/// marks none. Text is [`clean`](crate::sanitize::clean)ed first: control characters have no
/// width to speak of.
pub(crate) fn display_width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// Cuts text to `width` terminal columns, marking the cut with an ellipsis; never splits a
/// wide character (the cut is a column short then).
pub(crate) fn fit_width(text: &str, width: usize) -> String {
    if display_width(text) <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for ch in text.chars() {
        let w = UnicodeWidthChar::width(ch).unwrap_or(0);
        if used + w > width - 1 {
            break;
        }
        used += w;
        out.push(ch);
    }
    out.push('…');
    out
}

/// Text padded with spaces on the right to `width` terminal columns (`{:<width$}` counts
/// characters, so a wide letter would push the columns after it out of line).
pub(crate) fn pad_width(text: &str, width: usize) -> String {
    let mut out = text.to_string();
    out.extend(std::iter::repeat_n(
        ' ',
        width.saturating_sub(display_width(text)),
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_cut_and_padded_by_display_width() {
        assert_eq!(display_width("網站"), 4);
        assert_eq!(display_width("Agencja 🚀 Nova"), 15);
        assert_eq!(fit_width("網站網站", 5), "網站…");
        assert_eq!(fit_width("網站網站", 6), "網站…");
        assert_eq!(fit_width("Kodex Studio", 6), "Kodex…");
        assert_eq!(fit_width("Kodex", 0), "");
        assert_eq!(pad_width("網站", 6), "網站  ");
        assert_eq!(pad_width("toolong", 3), "toolong");
    }
}
