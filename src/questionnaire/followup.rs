//! `offerlens template --followup`: one vendor's own questionnaire again, pre-filled with what
//! they answered, each answer to clarify highlighted with the question in its note. The sheet
//! is named [`super::FOLLOWUP_SHEET`], so that a filled copy read with the offers replaces the
//! vendor's earlier answers (and `check` says which changed).
//!
//! Like the letters of `offerlens ask`, it holds only the vendor's own offer: no other
//! vendor, no weights, no points.

use std::collections::BTreeMap;

use super::sheet::Prefill;
use crate::analysis::Analysis;
use crate::ask::Quote;
use crate::i18n::{Lang, Msg, t};

/// What offer `o`'s vendor is asked, as the follow-up holds it.
pub(super) fn prefill(a: &Analysis, o: usize, items: &[crate::ask::Item], lang: Lang) -> Prefill {
    let quote = move |text: &str| match lang {
        Lang::Pl => format!("„{}”", crate::export::ask::plain(text)),
        Lang::En => format!("“{}”", crate::export::ask::plain(text)),
    };
    let answers = (0..a.criteria.criteria.len())
        .map(|j| {
            let raw = a.offers.cell(j, o).raw.trim();
            (!raw.is_empty()).then(|| raw.to_string())
        })
        .collect();
    let mut asked: BTreeMap<usize, String> = BTreeMap::new();
    let mut general = Vec::new();
    for item in items {
        let question = crate::sanitize::clean(&item.question(a, o, &quote as &Quote).in_lang(lang))
            .into_owned();
        // A red flag about several answers marks each of them with its question; one about
        // what the buyer filled in (how fast they answered the inquiry) goes with the name.
        let theirs: Vec<usize> = item
            .criteria
            .iter()
            .copied()
            .filter(|&j| !crate::ask::questions::filled_by_buyer(&a.criteria.criteria[j]))
            .collect();
        match theirs.as_slice() {
            [] => general.push(question),
            criteria => {
                for &j in criteria {
                    asked
                        .entry(j)
                        .and_modify(|q| {
                            q.push_str("\n\n");
                            q.push_str(&question);
                        })
                        .or_insert_with(|| question.clone());
                }
            }
        }
    }
    Prefill {
        // Left for them to write when the offer named nobody.
        vendor: if a.offers.unnamed(o) {
            String::new()
        } else {
            a.offers.offers[o].name_as_written().to_string()
        },
        answers,
        asked,
        general,
        instructions: format!(
            "{} / {}",
            t(Lang::Pl, "form-followup-howto"),
            t(Lang::En, "form-followup-howto")
        ),
    }
}

/// Offer `o`'s follow-up questionnaire as xlsx bytes, its `items` to clarify (see
/// [`crate::ask`]) in the notes, in `lang`.
pub fn write(
    a: &Analysis,
    o: usize,
    items: &[crate::ask::Item],
    lang: Lang,
) -> Result<Vec<u8>, Msg> {
    let criteria = &a.criteria;
    let rows = super::plan::plan(criteria)?;
    let vendor = super::plan::vendor_field(criteria)?;
    super::sheet::build(criteria, &rows, &vendor, Some(&prefill(a, o, items, lang)))
        .map_err(|e| Msg::new("form-cannot-build").with("reason", e.to_string()))
}
