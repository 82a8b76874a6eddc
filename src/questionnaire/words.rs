//! The questionnaire speaks both languages: a text of the catalogue in Polish, then English.

use crate::i18n::{Lang, t};

/// The catalogue's text `id` in Polish, then in English, joined by `sep`.
pub(super) fn both(id: &str, sep: &str) -> String {
    format!("{}{sep}{}", t(Lang::Pl, id), t(Lang::En, id))
}
