//! Writing the questionnaire workbook from the plan: title block, vendor field, header, one row
//! per criterion, protection and print setup.

use rust_xlsxwriter::{
    DataValidation, DocProperties, ExcelDateTime, Note, ProtectionOptions, Workbook, Worksheet,
    XlsxError,
};

use std::collections::BTreeMap;

use crate::criteria::Criteria;

use super::answers::{add_answer_check, fit_title};
use super::layout::*;
use super::plan::{Row, VendorField};
use super::style::{Formats, formats};
use super::texts::*;
use super::words::both;
use super::{FOLLOWUP_SHEET, SHEET};
use crate::i18n::Lang;

/// What a follow-up questionnaire is filled with.
pub(super) struct Prefill {
    pub(super) vendor: String,
    /// Per criterion (index): the answer as the vendor wrote it; `None` when blank.
    pub(super) answers: Vec<Option<String>>,
    /// Per criterion (index): the question about its answer, for the cell's note.
    pub(super) asked: BTreeMap<usize, String>,
    /// Questions about no one answer (what a low price leaves out): in the name's note.
    pub(super) general: Vec<String>,
    /// The line at the top saying what to do.
    pub(super) instructions: String,
}

pub(super) fn build(
    criteria: &Criteria,
    rows: &[Row<'_>],
    vendor: &VendorField,
    prefill: Option<&Prefill>,
) -> Result<Vec<u8>, XlsxError> {
    let f = formats();
    let mut wb = Workbook::new();
    let props = DocProperties::new()
        .set_title(format!("{} / {}", title(Lang::Pl), title(Lang::En)))
        .set_subject(&criteria.name)
        .set_author("offerlens")
        .set_comment(format!(
            "offerlens {}; criteria: {} ({}), sha256 {}",
            env!("CARGO_PKG_VERSION"),
            criteria.name,
            criteria.origin,
            criteria.sha256
        ))
        // No clock: the same criteria give the same bytes.
        .set_creation_datetime(&ExcelDateTime::from_ymd(1980, 1, 1)?);
    wb.set_properties(&props);
    let ws = wb.add_worksheet();
    ws.set_name(if prefill.is_some() {
        FOLLOWUP_SHEET
    } else {
        SHEET
    })?;
    for (col, width) in WIDTHS.iter().enumerate() {
        ws.set_column_width(col as u16, *width)?;
    }
    ws.set_screen_gridlines(false);
    title_block(ws, &f, criteria, rows, vendor)?;
    vendor_row(ws, &f, vendor)?;
    header_row(ws, &f)?;
    let row = criterion_rows(ws, &f, criteria, rows, prefill)?;
    if let Some(p) = prefill {
        prefill_top(ws, &f, p)?;
    }
    ws.write_string_with_format(row + 1, COL_QUESTION, end_note(), &f.end)?;
    protect_and_print(ws, row)?;
    wb.save_to_buffer()
}

/// Title, criteria, instructions.
fn title_block(
    ws: &mut Worksheet,
    f: &Formats,
    criteria: &Criteria,
    rows: &[Row<'_>],
    vendor: &VendorField,
) -> Result<(), XlsxError> {
    ws.write_string_with_format(ROW_TITLE, 0, title(Lang::Pl), &f.title)?;
    ws.set_row_height(ROW_TITLE, 22)?;
    ws.write_string_with_format(ROW_TITLE_EN, 0, title(Lang::En), &f.subtitle)?;
    ws.write_string_with_format(
        ROW_CRITERIA,
        0,
        match &criteria.name_pl {
            Some(pl) if *pl != criteria.name => {
                format!(
                    "Kryteria oceny / Evaluation criteria: {pl} / {}",
                    criteria.name
                )
            }
            _ => format!("Kryteria oceny / Evaluation criteria: {}", criteria.name),
        },
        &f.info,
    )?;
    let full_width: f64 = WIDTHS.iter().sum();
    let (howto_pl, howto_en) = howto(vendor, &criteria.currency, rows.iter().any(|r| r.by_buyer));
    for (row, text) in [(ROW_HOWTO_PL, howto_pl), (ROW_HOWTO_EN, howto_en)] {
        ws.merge_range(row, 0, row, LAST_COL, &text, &f.howto)?;
        ws.set_row_height(row, height(&[(&text, full_width)]))?;
    }
    Ok(())
}

/// The agency's name: a prompt, the vendor header as its label, the field.
fn vendor_row(ws: &mut Worksheet, f: &Formats, vendor: &VendorField) -> Result<(), XlsxError> {
    let prompt = both(
        if vendor.is_agency {
            "form-agency-name"
        } else {
            "form-company-name"
        },
        " / ",
    );
    ws.merge_range(ROW_VENDOR, 0, ROW_VENDOR, COL_UNIT, &prompt, &f.prompt)?;
    ws.write_string_with_format(ROW_VENDOR, COL_LABEL, &vendor.label, &f.vendor_label)?;
    ws.write_blank(ROW_VENDOR, COL_ANSWER, &f.vendor_input)?;
    ws.set_row_height(ROW_VENDOR, 24)?;
    let name_check = DataValidation::new()
        .allow_any_value()
        .set_input_title(fit_title(&vendor.name_en))?
        .set_input_message(prompt.replace(" / ", ".\n") + ".")?;
    ws.add_data_validation(ROW_VENDOR, COL_ANSWER, ROW_VENDOR, COL_ANSWER, &name_check)?;
    Ok(())
}

/// The header row, repeated on every printed page.
fn header_row(ws: &mut Worksheet, f: &Formats) -> Result<(), XlsxError> {
    for (col, (pl, en)) in HEADERS.iter().enumerate() {
        ws.write_string_with_format(ROW_HEADER, col as u16, format!("{pl}\n({en})"), &f.header)?;
    }
    ws.set_row_height(ROW_HEADER, 2.0 * LINE_HEIGHT + 2.0)?;
    ws.set_repeat_rows(ROW_HEADER, ROW_HEADER)?;
    Ok(())
}

/// One row per criterion, a heading where the group changes. Returns the row after the last.
fn criterion_rows(
    ws: &mut Worksheet,
    f: &Formats,
    criteria: &Criteria,
    rows: &[Row<'_>],
    prefill: Option<&Prefill>,
) -> Result<u32, XlsxError> {
    let mut row = FIRST_ROW;
    let mut group: Option<&str> = None;
    for (n, r) in rows.iter().enumerate() {
        let c = r.criterion;
        if group != Some(c.group.as_str()) {
            group = Some(c.group.as_str());
            let (pl, en) = group_heading(&c.group);
            for col in 0..=LAST_COL {
                ws.write_blank(row, col, &f.group)?;
            }
            ws.write_string_with_format(row, COL_QUESTION, format!("{pl} / {en}"), &f.group)?;
            ws.set_row_height(row, LINE_HEIGHT + 3.0)?;
            row += 1;
        }
        ws.write_number_with_format(row, COL_NO, (n + 1) as f64, &f.number)?;
        let pl = format!("{}\n", r.question_pl);
        ws.write_rich_string_with_format(
            row,
            COL_QUESTION,
            &[
                (&f.plain, pl.as_str()),
                (&f.english, r.question_en.as_str()),
            ],
            &f.question,
        )?;
        ws.write_string_with_format(row, COL_UNIT, &r.unit, &f.unit)?;
        ws.write_string_with_format(row, COL_LABEL, &r.label, &f.label)?;
        let j = criteria.index_of(&c.id).unwrap_or(usize::MAX);
        let given = prefill
            .and_then(|p| p.answers.get(j))
            .and_then(Option::as_deref);
        let asked = prefill.and_then(|p| p.asked.get(&j));
        let answer_format = match (r.by_buyer, asked) {
            (true, _) => &f.buyer_answer,
            (false, Some(_)) => &f.answer_ask,
            (false, None) => &f.answer,
        };
        match given {
            Some(text) => ws.write_string_with_format(row, COL_ANSWER, text, answer_format)?,
            None => ws.write_blank(row, COL_ANSWER, answer_format)?,
        };
        if let Some(question) = asked {
            ws.insert_note(
                row,
                COL_ANSWER,
                &Note::new(question)
                    .set_author("offerlens")
                    .add_author_prefix(false)
                    .set_width(360)
                    .set_height(160),
            )?;
        }
        if r.by_buyer {
            ws.write_string_with_format(row, COL_NOTES, BUYER_NOTE, &f.buyer_notes)?;
        } else {
            ws.write_blank(row, COL_NOTES, &f.notes)?;
        }
        let w = |col: u16| WIDTHS[col as usize];
        ws.set_row_height(
            row,
            height(&[
                (&format!("{pl}{}", r.question_en), w(COL_QUESTION)),
                // The unit column's font is smaller: more fits on a line.
                (&r.unit, w(COL_UNIT) * 1.1),
                (&r.label, w(COL_LABEL) * 0.9),
            ]),
        )?;
        if r.by_buyer {
            let note = DataValidation::new()
                .allow_any_value()
                .set_input_title("Wypełnia zamawiający")?
                .set_input_message(both("form-buyer-fills", "\n"))?;
            ws.add_data_validation(row, COL_ANSWER, row, COL_ANSWER, &note)?;
        } else {
            add_answer_check(ws, row, c, &criteria.currency)?;
        }
        row += 1;
    }
    Ok(row)
}

/// A follow-up's top: the vendor's name filled in, the instructions on what is highlighted,
/// and the questions about no one answer (what a low price leaves out) in the name's note.
fn prefill_top(ws: &mut Worksheet, f: &Formats, p: &Prefill) -> Result<(), XlsxError> {
    if !p.vendor.is_empty() {
        ws.write_string_with_format(ROW_VENDOR, COL_ANSWER, &p.vendor, &f.vendor_input)?;
    }
    ws.write_string_with_format(ROW_CRITERIA + 1, 0, &p.instructions, &f.followup)?;
    if !p.general.is_empty() {
        ws.insert_note(
            ROW_VENDOR,
            COL_ANSWER,
            &Note::new(p.general.join("\n\n"))
                .set_author("offerlens")
                .add_author_prefix(false)
                .set_width(360)
                .set_height(160),
        )?;
    }
    Ok(())
}

/// Only the name, answers and notes can be edited, the layout cannot; printed landscape A4,
/// one page wide, up to the end note below row `last`.
fn protect_and_print(ws: &mut Worksheet, last: u32) -> Result<(), XlsxError> {
    let row = last;
    ws.protect_with_options(&ProtectionOptions {
        format_columns: true,
        format_rows: true,
        ..ProtectionOptions::default()
    });
    ws.set_selection(ROW_VENDOR, COL_ANSWER, ROW_VENDOR, COL_ANSWER)?;

    // Printing: landscape A4, one page wide, the header row on every page.
    ws.set_landscape();
    ws.set_paper_size(9);
    ws.set_print_fit_to_pages(1, 0);
    ws.set_print_area(0, 0, row + 1, LAST_COL)?;
    Ok(())
}
