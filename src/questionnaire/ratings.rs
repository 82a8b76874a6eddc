//! `offerlens template --ratings`: the sheet one evaluator fills in — the vendors down the
//! rows, the rating criteria across with a dropdown of the scale's points, a cell for the
//! evaluator's name and a comments column — laid out so that offerlens reads a filled copy back
//! as one evaluator's ratings with no edits.
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

use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DocProperties, ExcelDateTime, Format,
    FormatBorder, Workbook, XlsxError,
};

use crate::criteria::{Criteria, Kind};
use crate::i18n::{Arg, Lang, Msg, t, tr};
use crate::sanitize::clean;

/// Rows left for names when no offers are given.
const BLANK_ROWS: usize = 12;

/// The ratings sheet for `vendors` (in order); refused when the criteria rate nothing.
pub fn write(criteria: &Criteria, vendors: &[String], lang: Lang) -> Result<Vec<u8>, Msg> {
    let rated: Vec<usize> = criteria
        .criteria
        .iter()
        .enumerate()
        .filter(|(_, c)| c.kind == Kind::Rating)
        .map(|(j, _)| j)
        .collect();
    if rated.is_empty() {
        return Err(Msg::new("form-ratings-nothing-rated"));
    }
    build(criteria, &rated, vendors, lang)
        .map_err(|e| Msg::new("form-cannot-build").with("reason", e.to_string()))
}

fn build(
    criteria: &Criteria,
    rated: &[usize],
    vendors: &[String],
    lang: Lang,
) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    wb.set_properties(
        &DocProperties::new()
            .set_title(clean(&t(lang, "form-ratings-title")))
            .set_creation_datetime(&ExcelDateTime::from_ymd(1980, 1, 1)?),
    );
    let ws = wb.add_worksheet();
    ws.set_name(t(lang, "form-ratings-sheet"))?;
    let bold = Format::new().set_bold();
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_background_color(Color::RGB(0xDD_E4_EE))
        .set_border_bottom(FormatBorder::Thin);
    let input = Format::new()
        .set_background_color(Color::RGB(0xFF_F8_DC))
        .set_border(FormatBorder::Thin);
    ws.write_string_with_format(0, 0, t(lang, "form-ratings-evaluator"), &bold)?;
    ws.write_blank(0, 1, &input)?;
    let (lo, hi) = criteria.criteria[rated[0]].rating.unwrap_or_default().scale;
    ws.write_string(
        1,
        0,
        tr(
            lang,
            "form-ratings-how",
            &[
                ("low", Arg::from(crate::numbers::brief(lo))),
                ("high", Arg::from(crate::numbers::brief(hi))),
            ],
        ),
    )?;
    let head = 3u32;
    ws.write_string_with_format(head, 0, t(lang, "form-ratings-vendor"), &header)?;
    for (k, &j) in rated.iter().enumerate() {
        let c = &criteria.criteria[j];
        ws.write_string_with_format(head, 1 + k as u16, clean(c.label_in(lang)), &header)?;
    }
    let comments = 1 + rated.len() as u16;
    ws.write_string_with_format(head, comments, t(lang, "form-ratings-comments"), &header)?;
    let rows = vendors
        .len()
        .max(if vendors.is_empty() { BLANK_ROWS } else { 0 });
    for i in 0..rows {
        let r = head + 1 + i as u32;
        match vendors.get(i) {
            Some(v) => ws.write_string(r, 0, clean(v))?,
            None => ws.write_blank(r, 0, &input)?,
        };
        for col in 1..=comments {
            ws.write_blank(r, col, &input)?;
        }
    }
    let last = head + rows.max(1) as u32;
    for (k, &j) in rated.iter().enumerate() {
        let col = 1 + k as u16;
        ws.add_data_validation(head + 1, col, last, col, &point_check(criteria, j, lang)?)?;
    }
    ws.set_column_width(0, 32)?;
    for k in 0..rated.len() {
        ws.set_column_width(1 + k as u16, 16)?;
    }
    ws.set_column_width(comments, 48)?;
    ws.set_freeze_panes(head + 1, 1)?;
    wb.save_to_buffer()
}

/// The dropdown of one rating criterion's points (a decimal range for a scale that is not
/// whole points or is wide), with what the points mean.
fn point_check(criteria: &Criteria, j: usize, lang: Lang) -> Result<DataValidation, XlsxError> {
    let (lo, hi) = criteria.criteria[j].rating.unwrap_or_default().scale;
    let title = t(lang, "form-ratings-points");
    let mut message = tr(
        lang,
        "form-ratings-between",
        &[
            ("low", Arg::from(crate::numbers::brief(lo))),
            ("high", Arg::from(crate::numbers::brief(hi))),
        ],
    );
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
    // Excel keeps at most 255 characters of an input message.
    let message: String = if message.encode_utf16().count() > 255 {
        let mut units = 0;
        let mut cut: String = message
            .chars()
            .take_while(|c| {
                units += c.len_utf16();
                units <= 254
            })
            .collect();
        cut.push('…');
        cut
    } else {
        message
    };
    let check = if lo.fract() == 0.0 && hi.fract() == 0.0 && hi - lo <= 20.0 {
        let points: Vec<String> = (lo as i64..=hi as i64).map(|p| p.to_string()).collect();
        let points: Vec<&str> = points.iter().map(String::as_str).collect();
        DataValidation::new().allow_list_strings(&points)?
    } else {
        DataValidation::new()
            .allow_decimal_number(rust_xlsxwriter::DataValidationRule::Between(lo, hi))
    };
    Ok(check
        .set_input_title(title.as_str())?
        .set_input_message(message.as_str())?
        .set_error_title(title.as_str())?
        .set_error_message(message.as_str())?
        .set_error_style(DataValidationErrorStyle::Stop))
}
