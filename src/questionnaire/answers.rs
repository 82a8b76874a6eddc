//! What each answer cell offers the vendor: a dropdown for yes/no and choices, else a hint of
//! what an answer looks like (within Excel's limits on validation texts).

use super::words::both;
use crate::i18n::{Arg, Lang, t, tr};
use rust_xlsxwriter::{DataValidation, DataValidationErrorStyle, Worksheet, XlsxError};

use crate::criteria::TimeUnit;
use crate::criteria::{Criterion, Kind};

use super::layout::COL_ANSWER;
use crate::ask::questions;

/// The dropdown (yes/no, choices) or the input hint of one answer cell.
pub(super) fn add_answer_check(
    ws: &mut Worksheet,
    row: u32,
    c: &Criterion,
    currency: &str,
) -> Result<(), XlsxError> {
    let from_list = both("form-pick-list-notes", "\n");
    let pick = both("form-pick-list", "\n");
    let yes_no = format!(
        "{} ({})",
        t(Lang::Pl, "form-unit-bool"),
        t(Lang::En, "form-unit-bool")
    );
    let choice = both("form-choice", " / ");
    let check = match c.kind {
        Kind::Bool => DataValidation::new()
            .allow_list_strings(&["tak", "nie"])?
            .set_input_title(yes_no.as_str())?
            .set_input_message(pick.as_str())?
            .set_error_title(yes_no.as_str())?
            .set_error_message(from_list.as_str())?
            .set_error_style(DataValidationErrorStyle::Stop),
        Kind::Choice => {
            let options = questions::choice_options(c);
            let entries: Vec<&str> = options.iter().map(|o| o.entry.as_str()).collect();
            // An entry holding a comma cannot be one item of a list; Excel caps the list at 255.
            let listable = !entries.is_empty()
                && entries
                    .iter()
                    .all(|e| !e.contains(',') && !e.trim().is_empty())
                && entries.join(",").encode_utf16().count() <= 255;
            if listable {
                DataValidation::new()
                    .allow_list_strings(&entries)?
                    .set_input_title(choice.as_str())?
                    .set_input_message(pick.as_str())?
                    .set_error_title(choice.as_str())?
                    .set_error_message(from_list.as_str())?
                    .set_error_style(DataValidationErrorStyle::Stop)
            } else {
                let list = [("entries", Arg::from(entries.join("; ")))];
                let message = fit_message(&format!(
                    "{} / {}",
                    tr(Lang::Pl, "form-one-of", &list),
                    tr(Lang::En, "form-one-of", &list)
                ));
                DataValidation::new()
                    .allow_any_value()
                    .set_input_message(message)?
            }
        }
        _ => match example(c, currency) {
            Some(hint) => DataValidation::new()
                .allow_any_value()
                .set_input_message(hint)?,
            None => return Ok(()),
        },
    };
    ws.add_data_validation(row, COL_ANSWER, row, COL_ANSWER, &check)?;
    Ok(())
}

/// What an answer looks like, shown when the cell is entered.
pub(super) fn example(c: &Criterion, currency: &str) -> Option<String> {
    let id = match c.kind {
        Kind::Duration => match c.time_unit.unwrap_or(TimeUnit::Minute) {
            TimeUnit::Minute => "form-hint-minutes",
            TimeUnit::Hour => "form-hint-hours",
            TimeUnit::Day => "form-hint-days",
            TimeUnit::Month => "form-hint-months",
        },
        Kind::Window => "form-hint-window",
        Kind::Money => "form-hint-money",
        Kind::Percent => "form-hint-percent",
        Kind::Year => "form-hint-year",
        Kind::Text => "form-hint-text",
        Kind::Number => "form-hint-number",
        _ => return None,
    };
    let args = [("currency", Arg::from(currency))];
    Some(format!(
        "{}\n{}",
        tr(Lang::Pl, id, &args),
        tr(Lang::En, id, &args)
    ))
}

/// An input title within Excel's 32 UTF-16 units, cut with an ellipsis.
pub(super) fn fit_title(text: &str) -> String {
    fit(text, 32)
}

/// An input message within Excel's 255 UTF-16 units, cut with an ellipsis.
pub(super) fn fit_message(text: &str) -> String {
    fit(text, 255)
}

/// `text` within `max` UTF-16 units, cut with an ellipsis.
pub(super) fn fit(text: &str, max: usize) -> String {
    if text.encode_utf16().count() <= max {
        return text.to_string();
    }
    let mut out = String::new();
    for ch in text.chars() {
        if out.encode_utf16().count() + ch.len_utf16() > max - 1 {
            break;
        }
        out.push(ch);
    }
    out.push('…');
    out
}
