//! `rank -f xlsx`: the ranking as a workbook for procurement (rust_xlsxwriter).
//!
//! Five sheets: **Ranking** (one row per offer in ranking order, knocked-out offers last and
//! greyed, with their reasons), **Breakdown** (offer × criterion: raw answer, parsed value —
//! a number in the criterion's unit, a boolean or a choice; free text stays in the raw column —
//! score, points, source cell), **Flags** (every knock-out and red flag), **Criteria** (the
//! weights actually used, their shares and rules) and **Audit** (the stamp).
//!
//! Vendor-supplied text is only ever written with `write_string`, after [`clean`]: in an XLSX
//! file a string cell is never evaluated, so `=HYPERLINK(…)` stays text and needs no quote
//! (unlike CSV). Numbers this writer computes are written as numbers, with number formats.
//!
//! The bytes depend on the inputs and `audit.generated_at` only: the document's creation
//! time is taken from the stamp (1980-01-01, the zip epoch, when there is none), and
//! rust_xlsxwriter dates every zip entry 1980-01-01.

mod audit;
mod breakdown;
mod criteria;
mod flags;
pub mod questions;
mod ranking;
mod sensitivity;
mod sheet;
mod style;

use crate::i18n::Lang;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook, XlsxError};

use crate::analysis::Analysis;
use crate::export::audit::Audit;
use crate::sanitize::clean;
use style::Styles;

/// The sheets, in workbook order.
// not for people: catalogue ids of the sheets' names
pub(crate) const SHEETS: [&str; 6] = [
    "xlsx-sheet-ranking",
    "xlsx-sheet-breakdown",
    "xlsx-sheet-flags",
    "xlsx-sheet-sensitivity",
    "xlsx-sheet-criteria",
    "xlsx-sheet-audit",
];

/// Sheet `i`'s name in `lang`.
pub(crate) fn sheet_name(lang: Lang, i: usize) -> String {
    crate::i18n::t(lang, SHEETS[i])
}

/// The creation time written when the stamp has none (`--no-timestamp`): the zip epoch, as the
/// entries' own dates.
pub(super) const NO_TIME: &str = "1980-01-01T00:00:00Z";

/// Excel's last row index (1 048 576 rows).
pub(super) const LAST_ROW: u32 = 1_048_575;

/// Excel's longest string, in UTF-16 units.
pub(super) const MAX_STRING: usize = 32_767;

/// The height of one line of 11-point text, in points; a row shows at most `MAX_LINES`.
pub(super) const LINE_HEIGHT: f64 = 15.0;
pub(super) const MAX_LINES: usize = 20;

/// The font colour of knocked-out offers.
pub(super) const GREY: u32 = 0x80_80_80;

/// Most answers (offers × criteria) a workbook is built for: the Breakdown sheet holds one row
/// per answer, and a sheet holds 1 048 576 rows. The sheets are written in constant-memory
/// mode (rows go to a temporary file as they are finished), so memory does not grow with
/// them; a million answers take about ten seconds.
pub const MAX_ANSWERS: usize = 1_000_000;

/// Builds the workbook and returns its bytes; refuses one too big to build in memory.
pub fn write(a: &Analysis, audit: &Audit, lang: Lang) -> Result<Vec<u8>, String> {
    let answers = a.offers.len().saturating_mul(a.criteria.criteria.len());
    if answers > MAX_ANSWERS {
        return Err(crate::i18n::tr(
            lang,
            "xlsx-too-big",
            &[
                ("offers", crate::i18n::Arg::from(a.offers.len())),
                (
                    "criteria",
                    crate::i18n::Arg::from(a.criteria.criteria.len()),
                ),
                ("answers", crate::i18n::Arg::from(answers)),
                ("max", crate::i18n::Arg::from(MAX_ANSWERS)),
            ],
        ));
    }
    build(a, audit, lang).map_err(|e| {
        crate::i18n::tr(
            lang,
            "xlsx-cannot-write",
            &[("reason", crate::i18n::Arg::from(e.to_string()))],
        )
    })
}

fn build(a: &Analysis, audit: &Audit, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let styles = Styles::in_lang(&a.criteria.currency, lang);
    let mut workbook = Workbook::new();
    let created = audit.generated_at.as_deref().unwrap_or(NO_TIME);
    let created = ExcelDateTime::parse_from_str(created)
        .or_else(|_| ExcelDateTime::parse_from_str(NO_TIME))?;
    let properties = DocProperties::new()
        .set_title(clean(&crate::i18n::tr(
            lang,
            "xlsx-title",
            &[("name", crate::i18n::Arg::from(a.criteria.name_in(lang)))],
        )))
        .set_subject(crate::i18n::t(lang, "xlsx-subject"))
        .set_comment(clean(&audit.tool))
        .set_creation_datetime(&created);
    workbook.set_properties(&properties);

    // Each sheet in constant-memory mode: its rows go to a temporary file as they are
    // finished, so a workbook of a million answers is not held in memory cell by cell.
    ranking::ranking(a, &styles, workbook.add_worksheet_with_constant_memory()?)?;
    breakdown::breakdown(a, &styles, workbook.add_worksheet_with_constant_memory()?)?;
    flags::flags(a, &styles, workbook.add_worksheet_with_constant_memory()?)?;
    sensitivity::sensitivity(a, &styles, workbook.add_worksheet_with_constant_memory()?)?;
    criteria::criteria(a, &styles, workbook.add_worksheet_with_constant_memory()?)?;
    audit::audit_sheet(
        a,
        audit,
        &styles,
        workbook.add_worksheet_with_constant_memory()?,
    )?;
    // Compressing the sheets' XML is a third of the time of a large workbook: level 3 instead
    // of 6 makes the file about a fifth larger and the export about a fifth faster.
    workbook.set_zip_compression_level(3);
    workbook.save_to_buffer()
}
