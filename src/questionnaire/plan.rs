//! What goes on the sheet, worked out before anything is written: one row per criterion with
//! a label the import reads back, the questions, units and requirements; the vendor field.

use super::words::both;
use crate::criteria::TimeUnit;
use crate::criteria::{Criteria, Criterion, Kind, Missing, Require};
use crate::i18n::Msg;
use crate::i18n::{Lang, t};
use crate::text::normalize_label;

use crate::ask::questions;

/// What a buyer's row says under the unit, in its unit cell.
// not for people: written in the unit cell and read back as it is
pub(super) const BUYER_UNIT: &str =
    "wypełnia zamawiający, nie wypełniać / filled in by the buyer, leave blank";

/// One criterion's row, worked out before anything is written.
pub(super) struct Row<'c> {
    pub(super) criterion: &'c Criterion,
    /// The text of the criteria column: a header name the import maps to this criterion.
    pub(super) label: String,
    pub(super) question_pl: String,
    pub(super) question_en: String,
    pub(super) unit: String,
    /// Filled in by the buyer: locked and shaded, the vendor leaves it.
    pub(super) by_buyer: bool,
}

/// The rows, in the criteria's order, or why the questionnaire could not be read back.
pub(super) fn plan(criteria: &Criteria) -> Result<Vec<Row<'_>>, Msg> {
    let answered: Vec<&Criterion> = criteria
        .criteria
        .iter()
        .filter(|c| c.kind.is_answered())
        .collect();
    if answered.is_empty() {
        return Err(Msg::new("form-nothing-to-ask"));
    }
    let vendor_names: Vec<String> = criteria
        .vendor_columns
        .iter()
        .map(|v| normalize_label(v))
        .collect();
    // The import gives a header to the first answered criterion naming it.
    let names: Vec<(&str, Vec<String>)> = answered
        .iter()
        .map(|c| (c.id.as_str(), c.header_names()))
        .collect();
    let reads_as = |text: &str| -> Option<&str> {
        let n = normalize_label(text);
        if n.is_empty() || vendor_names.contains(&n) {
            return None;
        }
        names
            .iter()
            .find(|(_, ns)| ns.contains(&n))
            .map(|(id, _)| *id)
    };
    answered
        .into_iter()
        .map(|c| {
            let label = c
                .columns
                .iter()
                .map(|s| s.trim())
                .chain([c.label.trim(), c.id.as_str()])
                .find(|s| reads_as(s) == Some(c.id.as_str()))
                .ok_or_else(|| Msg::new("form-no-name-reads-back").with("id", &c.id))?
                .to_string();
            let (question_pl, question_en) = questions::for_criterion(c);
            let by_buyer = questions::filled_by_buyer(c);
            let mut unit = unit_text(c, &criteria.currency);
            if by_buyer {
                unit = format!("{unit}\n{BUYER_UNIT}");
            }
            Ok(Row {
                criterion: c,
                label,
                question_pl,
                question_en,
                unit,
                by_buyer,
            })
        })
        .collect()
}

/// The agency-name field: the criteria's first vendor header.
pub(super) struct VendorField {
    /// The label cell's text, with a colon: "Agencja (Agency):", "Vendor:".
    pub(super) label: String,
    /// The field's name in the Polish and the English instructions.
    pub(super) name_pl: String,
    pub(super) name_en: String,
    /// Whether the header is "Agencja", so that the texts may speak of an agency.
    pub(super) is_agency: bool,
}

/// The agency-name field, labelled with the criteria's first usable vendor header.
pub(super) fn vendor_field(criteria: &Criteria) -> Result<VendorField, Msg> {
    let name = criteria
        .vendor_columns
        .iter()
        .map(|v| v.trim())
        .find(|v| !normalize_label(v).is_empty())
        .ok_or_else(|| Msg::new("form-no-vendor-header"))?;
    // "Agencja (Agency):" still reads as "agencja": the import drops a trailing "(…)".
    let is_agency = normalize_label(name) == "agencja";
    let (label, name_pl, name_en) = if is_agency {
        (
            "Agencja (Agency):".to_string(),
            "Agencja".to_string(),
            "Agencja (Agency)".to_string(),
        )
    } else {
        (format!("{name}:"), name.to_string(), name.to_string())
    };
    if normalize_label(&label) != normalize_label(name) {
        return Err(Msg::new("form-vendor-header-unreadable").with("name", name));
    }
    Ok(VendorField {
        label,
        name_pl,
        name_en,
        is_agency,
    })
}

/// The expected unit or format, in Polish / English, then what the buyer requires, if anything.
pub(super) fn unit_text(c: &Criterion, currency: &str) -> String {
    let money = if currency == "PLN" {
        both("form-unit-money-pln", " / ")
    } else {
        format!(
            "{currency} {} / {currency} {}",
            t(Lang::Pl, "form-net"),
            t(Lang::En, "form-net")
        )
    };
    let base = match c.kind {
        Kind::Duration => match c.time_unit.unwrap_or(TimeUnit::Minute) {
            TimeUnit::Minute => both("form-unit-minutes", " / "),
            TimeUnit::Hour => both("form-unit-hours", " / "),
            TimeUnit::Day => both("form-unit-days", " / "),
            TimeUnit::Month => both("form-unit-months", " / "),
        },
        Kind::Window => both("form-unit-window", " / "),
        Kind::Money | Kind::RiskCost => money,
        // Not asked: the evaluators rate it.
        Kind::Rating => String::new(),
        Kind::Percent => both("form-unit-percent", " / "),
        Kind::Bool => both("form-unit-bool", " / "),
        Kind::Choice => both("form-unit-choice", " / "),
        Kind::Text => both("form-unit-text", " / "),
        Kind::Year => both("form-unit-year", " / "),
        Kind::Number => match c.unit.as_deref().map(str::trim) {
            Some("h") => both("form-unit-hours", " / "),
            Some("working days") => both("form-unit-working-days", " / "),
            Some("d") | Some("days") => both("form-unit-days", " / "),
            Some(u) if !u.is_empty() => format!(
                "{} ({u}) / {} ({u})",
                t(Lang::Pl, "form-unit-number"),
                t(Lang::En, "form-unit-number")
            ),
            _ => both("form-unit-number", " / "),
        },
    };
    let mut lines = vec![base];
    if let Some(r) = &c.require {
        lines.push(format!(
            "{}: {}",
            both("form-required", " / "),
            requirement(r, c)
        ));
    }
    if c.missing == Missing::Disqualify {
        lines.push(both("form-unit-required", " / "));
    }
    lines.join("\n")
}

/// A knock-out condition in symbols both languages read: "≤ 4 h", "tak / yes", "a, b".
pub(super) fn requirement(r: &Require, c: &Criterion) -> String {
    let unit = match c.kind {
        Kind::Percent => "%".to_string(),
        _ => c.unit.clone().unwrap_or_default(),
    };
    let with_unit = |x: &rust_decimal::Decimal| {
        let x = x.normalize();
        match unit.as_str() {
            "" => x.to_string(),
            "%" => format!("{x} %"),
            u => format!("{x} {u}"),
        }
    };
    let mut parts = Vec::new();
    if let Some(max) = &r.max {
        parts.push(format!("≤ {}", with_unit(max)));
    }
    if let Some(min) = &r.min {
        parts.push(format!("≥ {}", with_unit(min)));
    }
    if r.must_be_true {
        parts.push("tak / yes".to_string());
    }
    if !r.one_of.is_empty() {
        if c.kind == Kind::Choice {
            // As the dropdown words them.
            let required = |k: &str| {
                r.one_of
                    .iter()
                    .any(|x| normalize_label(x) == normalize_label(k))
            };
            let entries: Vec<String> = questions::choice_options(c)
                .into_iter()
                .filter(|o| o.keys.iter().any(|&i| required(&c.choices[i].0)))
                .map(|o| o.entry)
                .collect();
            parts.push(entries.join(", "));
        } else {
            parts.push(r.one_of.join(", "));
        }
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::criteria::{parse, profile};
    use crate::questionnaire::texts::howto;
    use crate::questionnaire::write;

    #[test]
    fn each_row_is_labelled_with_a_name_that_reads_back_as_its_criterion() {
        let c = profile("ecommerce").unwrap().unwrap();
        let rows = plan(&c).unwrap();
        assert_eq!(rows.len(), c.criteria.len() - 1, "risk_cost gets no row");
        for r in &rows {
            assert_eq!(
                Some(&r.label),
                r.criterion.columns.first(),
                "{}",
                r.criterion.id
            );
        }
        let p1 = rows
            .iter()
            .find(|r| r.criterion.id == "p1_response")
            .unwrap();
        assert_eq!(p1.unit, "minuty / minutes\nwymagane / required: ≤ 15 min");
        let rto = rows.iter().find(|r| r.criterion.id == "p1_rto").unwrap();
        assert_eq!(rto.unit, "godziny / hours\nwymagane / required: ≤ 4 h");
        let monitoring = rows
            .iter()
            .find(|r| r.criterion.id == "monitoring_24_7")
            .unwrap();
        assert!(monitoring.unit.ends_with("wymagane / required: tak / yes"));
        assert_eq!(vendor_field(&c).unwrap().label, "Agencja (Agency):");
    }

    #[test]
    fn a_name_shared_with_an_earlier_criterion_is_skipped_for_the_next_one() {
        let text = r#"
name = "t"
vendor_columns = ["Wykonawca"]
[[criterion]]
id = "fee"
kind = "money"
columns = ["Cena"]
[[criterion]]
id = "fee_gross"
kind = "money"
columns = ["Cena", "Cena brutto"]
[[criterion]]
id = "vendor"
kind = "text"
columns = ["Wykonawca"]
"#;
        let c = parse(text, "t.toml").unwrap();
        let rows = plan(&c).unwrap();
        let labels: Vec<&str> = rows.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(labels, ["Cena", "Cena brutto", "vendor"]);
        assert_eq!(vendor_field(&c).unwrap().label, "Wykonawca:");
    }

    #[test]
    fn a_required_choice_is_shown_as_its_dropdown_entry() {
        let text = r#"
name = "t"
[[criterion]]
id = "security_owner"
kind = "choice"
choices = { agency = 1.0, agencja = 1.0, client = 0.0, klient = 0.0 }
require = { one_of = ["agency", "agencja"] }
"#;
        let c = parse(text, "t.toml").unwrap();
        let rows = plan(&c).unwrap();
        assert_eq!(
            rows[0].unit,
            "wybór z listy / pick from the list\nwymagane / required: agencja (agency)"
        );
    }

    #[test]
    fn a_vendor_header_other_than_agencja_names_the_field_and_the_texts_speak_of_a_company() {
        let text = "name = \"t\"\ncurrency = \"EUR\"\nvendor_columns = [\"Vendor\"]\n[[criterion]]\nid = \"fee\"\nkind = \"money\"\n";
        let c = parse(text, "t.toml").unwrap();
        let v = vendor_field(&c).unwrap();
        assert_eq!((v.label.as_str(), v.is_agency), ("Vendor:", false));
        let (pl, en) = howto(&v, &c.currency, false);
        assert!(
            pl.contains("pełną nazwę firmy w żółtym polu „Vendor”"),
            "{pl}"
        );
        assert!(
            pl.contains("„1 450 EUR netto”") && !pl.contains("zł"),
            "{pl}"
        );
        assert!(
            en.contains("your company's full name in the yellow \"Vendor\" field"),
            "{en}"
        );
        assert!(
            en.contains("\"1450 EUR net\"") && !en.contains("PLN"),
            "{en}"
        );
    }

    #[test]
    fn only_computed_criteria_is_refused() {
        let text = "name = \"t\"\n[[criterion]]\nid = \"risk_cost\"\nkind = \"risk_cost\"\n";
        let c = parse(text, "t.toml").unwrap();
        assert!(
            write(&c)
                .unwrap_err()
                .to_string()
                .contains("nothing to ask")
        );
    }
}
