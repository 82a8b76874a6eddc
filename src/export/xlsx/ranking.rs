//! The Ranking sheet: one row per offer in ranking order, knocked-out offers last and greyed,
//! with their reasons, and the remarks written beside the offer last.

use rust_xlsxwriter::{ConditionalFormatDataBar, ConditionalFormatType, Worksheet, XlsxError};

use crate::analysis::Analysis;

use super::sheet::{Column, Sheet};
use super::sheet_name;
use super::style::{Cell, Num, Styles, money};
use crate::i18n::t;

/// The Ranking sheet's columns, headed in the workbook's language.
fn columns(st: &Styles, cur: &str) -> Vec<Column> {
    vec![
        Column::new(&t(st.lang, "xlsx-col-rank"), 6, 6),
        Column::new(&t(st.lang, "xlsx-col-vendor"), 12, 36),
        Column::new(&t(st.lang, "xlsx-col-score"), 9, 9),
        Column::new(
            &crate::i18n::tr(
                st.lang,
                "md-monthly-cost-in",
                &[("currency", crate::i18n::Arg::from(cur))],
            ),
            14,
            20,
        ),
        Column::new(
            &crate::i18n::tr(
                st.lang,
                "md-risk-cost-in",
                &[("currency", crate::i18n::Arg::from(cur))],
            ),
            14,
            20,
        ),
        Column::new(&t(st.lang, "xlsx-col-blanks"), 7, 7),
        Column::new(&t(st.lang, "xlsx-col-knock-outs"), 11, 11),
        Column::new(&t(st.lang, "xlsx-col-red-flags"), 12, 32).wrap(),
        Column::new(&t(st.lang, "xlsx-col-status"), 10, 50).wrap(),
        Column::new(&t(st.lang, "xlsx-col-cost-note"), 10, 26).wrap(),
        Column::new(&t(st.lang, "xlsx-col-source"), 10, 34),
        Column::new(&t(st.lang, "xlsx-col-notes"), 10, 50).wrap(),
    ]
}

pub(super) fn ranking(a: &Analysis, st: &Styles, ws: &mut Worksheet) -> Result<(), XlsxError> {
    let cur = &a.criteria.currency;
    let mut s = Sheet::new(ws, &sheet_name(st.lang, 0), st, columns(st, cur))?;
    s.ws.set_freeze_panes(1, 2)?;
    let ev = &a.evaluation;
    let mut skipped = 0;
    for r in &a.ranking {
        if !s.room() {
            skipped += 1;
            continue;
        }
        let o = r.offer;
        let costs = &ev.costs[o];
        let grey = ev.disqualified[o];
        let red_flags: Vec<String> = ev.flags[o]
            .iter()
            .filter(|f| !f.disqualify)
            .map(|f| {
                if f.penalty > 0.0 {
                    format!("{} (−{})", f.id, f.penalty)
                } else {
                    f.id.to_string()
                }
            })
            .collect();
        let status = if grey {
            let reasons: Vec<String> = ev.knockouts[o]
                .iter()
                .map(|k| k.message.in_lang(st.lang))
                .collect();
            crate::i18n::tr(
                st.lang,
                "xlsx-status-knocked-out",
                &[("reasons", crate::i18n::Arg::from(reasons.join("; ")))],
            )
        } else {
            t(st.lang, "xlsx-status-ranked")
        };
        let notes = a.offers.offers[o].notes_text();
        let note = match (&costs.monthly, &costs.risk) {
            (Err(e), _) | (Ok(_), Err(e)) => e.in_lang(st.lang),
            _ => String::new(),
        };
        s.row(
            &[
                r.rank
                    .map_or(Cell::Empty, |n| Cell::Num(n as f64, Num::Int)),
                Cell::Text(&a.offers.offers[o].vendor),
                Cell::Num(r.score, Num::Score),
                money(costs.monthly.as_ref().ok()),
                money(costs.risk.as_ref().ok()),
                Cell::Num(ev.blanks[o] as f64, Num::Int),
                Cell::Num(ev.knockouts[o].len() as f64, Num::Int),
                Cell::Text(&red_flags.join(", ")),
                Cell::Text(&status),
                Cell::Text(&note),
                Cell::Text(&a.offers.location(a.offers.offers[o].source)),
                notes.as_deref().map_or(Cell::Empty, Cell::Text),
            ],
            grey,
        )?;
    }
    let data_rows = s.rows();
    s.skipped(skipped)?;
    if data_rows > 0 {
        let bar = ConditionalFormatDataBar::new()
            .set_minimum(ConditionalFormatType::Number, 0)
            .set_maximum(ConditionalFormatType::Number, 100)
            // not for people: a colour
            .set_fill_color("#63BE7B")
            .set_border_color("#63BE7B");
        s.ws.add_conditional_format(1, 2, data_rows, 2, &bar)?;
    }
    s.finish()
}
