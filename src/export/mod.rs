//! Writers that turn an [`Analysis`] into output, and the one [`Format`] enum both the command
//! line and the screen export through ([`write`]). Pure: bytes out, no files.

pub mod audit;
pub mod check;
pub mod csv;
pub mod json;
pub mod markdown;
pub mod table;
pub mod xlsx;

use crate::analysis::Analysis;
use crate::numbers::whole_money;
use audit::Audit;

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
}

impl Format {
    /// The formats the screen's export offers, in its order.
    pub(crate) const MENU: [Format; 6] = [
        Format::Xlsx,
        Format::Markdown,
        Format::Csv(csv::Dialect::Rfc4180),
        Format::Csv(csv::Dialect::Polish),
        Format::Json,
        Format::Table,
    ];

    /// The file name extension that goes with the format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Xlsx => "xlsx",
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
            "txt" => Some(Format::Table),
            _ => None,
        }
    }

    /// The name shown in the screen's export menu.
    pub fn name(self) -> &'static str {
        match self {
            Format::Xlsx => "XLSX",
            Format::Markdown => "Markdown",
            Format::Csv(csv::Dialect::Rfc4180) => "CSV",
            Format::Csv(csv::Dialect::Polish) => "CSV (PL Excel)",
            Format::Json => "JSON",
            Format::Table => "text",
        }
    }
}

/// The analysis written in a format, stamped with `audit` (the text table carries no stamp).
pub fn write(a: &Analysis, audit: &Audit, format: Format) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let written = match format {
        Format::Table => table::write(a, &mut out),
        Format::Json => json::write(a, audit, &mut out),
        Format::Csv(dialect) => csv::write(a, audit, dialect, &mut out),
        Format::Markdown => markdown::write(a, audit, &mut out),
        Format::Xlsx => return xlsx::write(a, audit),
    };
    written.map(|()| out).map_err(|e| e.to_string())
}

/// An offer's answer to a criterion as a person reads it: the cell as written, the computed
/// risk cost for `risk_cost` criteria, or "no answer".
pub fn answer(a: &Analysis, criterion: usize, offer: usize) -> String {
    let c = &a.criteria.criteria[criterion];
    if c.kind == crate::criteria::Kind::RiskCost {
        return match &a.evaluation.costs[offer].risk {
            Ok(d) => format!("{} {}", whole_money(Some(d)), a.criteria.currency),
            Err(_) => "no answer".to_string(),
        };
    }
    let raw = a.offers.cell(criterion, offer).raw.trim();
    if raw.is_empty() {
        "no answer".to_string()
    } else {
        raw.to_string()
    }
}

/// The scoring method as reports name it.
pub(crate) fn method_name(m: crate::criteria::Method) -> &'static str {
    match m {
        crate::criteria::Method::WeightedSum => "weighted sum",
        crate::criteria::Method::Topsis => "TOPSIS",
    }
}

/// Cuts text to `width` characters, marking the cut with an ellipsis.
pub(crate) fn fit(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_string()
    } else if width == 0 {
        String::new()
    } else {
        let mut s: String = text.chars().take(width - 1).collect();
        s.push('…');
        s
    }
}
