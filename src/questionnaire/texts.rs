//! The fixed texts of the questionnaire, in Polish and English: titles, instructions, headers,
//! group headings.

use super::plan::VendorField;
use crate::i18n::{Arg, Lang, t, tr};

/// The title in `lang`.
pub(super) fn title(lang: Lang) -> String {
    t(lang, "form-title")
}

/// The instructions, (Polish, English), naming the criteria's vendor field and currency.
pub(super) fn howto(vendor: &VendorField, currency: &str, buyer_rows: bool) -> (String, String) {
    let text = |lang: Lang, field: &str| {
        tr(
            lang,
            "form-howto",
            &[
                (
                    "agency",
                    Arg::from(if vendor.is_agency { "yes" } else { "no" }),
                ),
                ("field", Arg::from(field)),
                ("currency", Arg::from(currency)),
                ("buyer", Arg::from(if buyer_rows { "yes" } else { "no" })),
            ],
        )
    };
    (
        text(Lang::Pl, &vendor.name_pl),
        text(Lang::En, &vendor.name_en),
    )
}

/// What a buyer's row says in its notes cell and, under the unit, in its unit cell. The import
/// knows the text, so that it does not keep it as the agency's remark.
pub(super) const BUYER_NOTE: &str = crate::normalize::BUYER_ROW_NOTE;
pub(super) fn end_note() -> String {
    super::words::both("form-end", " / ")
}

/// The header row: (Polish, English) per column.
pub(super) const HEADERS: [(&str, &str); 6] = [
    ("Lp.", "No."),
    ("Pytanie", "Question"),
    ("Jednostka", "Unit"),
    ("Kryterium", "Criterion"),
    ("Odpowiedź", "Answer"),
    // "Uwagi (Notes)" reads as "uwagi" to the import: a remark column, never an offer.
    ("Uwagi", "Notes"),
];

/// Group headings, (Polish, English), by criterion group.
pub(super) fn group_heading(group: &str) -> (String, String) {
    let id = if crate::criteria::GROUPS.contains(&group) {
        format!("form-group-{group}")
    } else {
        "form-group-other".to_string()
    };
    (t(Lang::Pl, &id), t(Lang::En, &id))
}
