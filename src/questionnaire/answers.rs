//! What each answer cell offers the vendor: a dropdown for yes/no and choices, else a hint of
//! what an answer looks like (within Excel's limits on validation texts).

use rust_xlsxwriter::{DataValidation, DataValidationErrorStyle, Worksheet, XlsxError};

use crate::criteria::TimeUnit;
use crate::criteria::{Criterion, Kind};

use super::layout::COL_ANSWER;
use super::questions;

/// The dropdown (yes/no, choices) or the input hint of one answer cell.
pub(super) fn add_answer_check(
    ws: &mut Worksheet,
    row: u32,
    c: &Criterion,
    currency: &str,
) -> Result<(), XlsxError> {
    let from_list = "Prosimy wybrać odpowiedź z listy; komentarz można wpisać w kolumnie Uwagi.\nPlease pick an answer from the list; comments go in the Notes column.";
    let check = match c.kind {
        Kind::Bool => DataValidation::new()
            .allow_list_strings(&["tak", "nie"])?
            .set_input_title("tak / nie (yes / no)")?
            .set_input_message("Prosimy wybrać z listy.\nPlease pick from the list.")?
            .set_error_title("tak / nie (yes / no)")?
            .set_error_message(from_list)?
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
                    .set_input_title("Wybór / Choice")?
                    .set_input_message("Prosimy wybrać z listy.\nPlease pick from the list.")?
                    .set_error_title("Wybór / Choice")?
                    .set_error_message(from_list)?
                    .set_error_style(DataValidationErrorStyle::Stop)
            } else {
                let message = fit_message(&format!(
                    "Jedna z odpowiedzi / One of: {}",
                    entries.join("; ")
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
    if c.kind == Kind::Money && currency != "PLN" {
        return Some(format!(
            "Np. 1450 {currency} netto.\ne.g. 1450 {currency} net."
        ));
    }
    let hint = match c.kind {
        Kind::Duration => match c.time_unit.unwrap_or(TimeUnit::Minute) {
            TimeUnit::Minute => "Np. 15 min, 1 h.\ne.g. 15 min, 1 h.",
            TimeUnit::Hour => "Np. 4 h, 30 min, 2 dni.\ne.g. 4 h, 30 min, 2 days.",
            TimeUnit::Day => "Np. 30 dni.\ne.g. 30 days.",
            TimeUnit::Month => "Np. 12 miesięcy.\ne.g. 12 months.",
        },
        Kind::Window => "Np. 24/7, pn–pt 8–16.\ne.g. 24/7, Mon–Fri 8–16.",
        Kind::Money => "Np. 1 450 zł netto.\ne.g. 1450 PLN net.",
        Kind::Percent => "Np. 99,9 %.\ne.g. 99.9%.",
        Kind::Year => "Np. 2025.\ne.g. 2025.",
        Kind::Text => {
            "Prosimy wymienić punkty, każdy osobno (przecinek, średnik lub nowa linia).\nPlease list the items one by one (comma, semicolon or new line)."
        }
        Kind::Number => "Liczba, np. 8.\nA number, e.g. 8.",
        _ => return None,
    };
    Some(hint.to_string())
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
