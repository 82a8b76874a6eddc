//! The ratings sheet written as an xlsx workbook (rust_xlsxwriter).

use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DataValidationRule, DocProperties,
    ExcelDateTime, Format, FormatBorder, Workbook, XlsxError,
};

use super::{Allowed, COMMENTS_WIDTH, HEAD, POINTS_WIDTH, Plan, Points, VENDOR_WIDTH};

/// The header row's fill and the input cells' fill, shared with the ODS copy.
pub(super) const HEADER_FILL: u32 = 0xDD_E4_EE;
pub(super) const INPUT_FILL: u32 = 0xFF_F8_DC;

pub(super) fn write(plan: &Plan) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    wb.set_properties(
        &DocProperties::new()
            .set_title(&plan.title)
            .set_creation_datetime(&ExcelDateTime::from_ymd(1980, 1, 1)?),
    );
    let ws = wb.add_worksheet();
    ws.set_name(&plan.sheet)?;
    let bold = Format::new().set_bold();
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_background_color(Color::RGB(HEADER_FILL))
        .set_border_bottom(FormatBorder::Thin);
    let input = Format::new()
        .set_background_color(Color::RGB(INPUT_FILL))
        .set_border(FormatBorder::Thin);
    ws.write_string_with_format(0, 0, &plan.evaluator, &bold)?;
    ws.write_blank(0, 1, &input)?;
    ws.write_string(1, 0, &plan.how)?;
    for (col, text) in plan.headers.iter().enumerate() {
        ws.write_string_with_format(HEAD, col as u16, text, &header)?;
    }
    let comments = plan.comments();
    for (i, vendor) in plan.vendors.iter().enumerate() {
        let r = HEAD + 1 + i as u32;
        match vendor {
            Some(v) => ws.write_string(r, 0, v)?,
            None => ws.write_blank(r, 0, &input)?,
        };
        for col in 1..=comments {
            ws.write_blank(r, col, &input)?;
        }
    }
    let last = plan.last().max(HEAD + 1);
    for (k, points) in plan.points.iter().enumerate() {
        let col = 1 + k as u16;
        ws.add_data_validation(HEAD + 1, col, last, col, &check(points)?)?;
    }
    ws.set_column_width(0, VENDOR_WIDTH)?;
    for k in 0..plan.points.len() {
        ws.set_column_width(1 + k as u16, POINTS_WIDTH)?;
    }
    ws.set_column_width(comments, COMMENTS_WIDTH)?;
    ws.set_freeze_panes(HEAD + 1, 1)?;
    wb.save_to_buffer()
}

/// The dropdown (or decimal range) of one rating column, with what the points mean.
fn check(points: &Points) -> Result<DataValidation, XlsxError> {
    let check = match &points.allowed {
        Allowed::List(list) => {
            let list: Vec<&str> = list.iter().map(String::as_str).collect();
            DataValidation::new().allow_list_strings(&list)?
        }
        Allowed::Between(lo, hi) => {
            DataValidation::new().allow_decimal_number(DataValidationRule::Between(*lo, *hi))
        }
    };
    Ok(check
        .set_input_title(points.title.as_str())?
        .set_input_message(points.message.as_str())?
        .set_error_title(points.title.as_str())?
        .set_error_message(points.message.as_str())?
        .set_error_style(DataValidationErrorStyle::Stop))
}
