//! The Breakdown sheet: offer × criterion, the raw answer, the value read, score, points and source cell.

use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{Worksheet, XlsxError};

use crate::analysis::Analysis;
use crate::criteria::Kind;
use crate::normalize::Value;
use crate::numbers::round_money;

use super::sheet::{Column, Sheet};
use super::sheet_name;
use super::style::{Cell, Num, Styles};
use crate::i18n::t;

pub(super) fn breakdown(a: &Analysis, st: &Styles, ws: &mut Worksheet) -> Result<(), XlsxError> {
    let mut s = Sheet::new(
        ws,
        &sheet_name(st.lang, 1),
        st,
        vec![
            Column::new(&t(st.lang, "xlsx-col-vendor"), 12, 30),
            Column::new(&t(st.lang, "xlsx-col-criterion"), 10, 28),
            Column::new(&t(st.lang, "xlsx-col-label"), 10, 36).wrap(),
            Column::new(&t(st.lang, "xlsx-col-raw-answer"), 12, 48).wrap(),
            Column::new(&t(st.lang, "xlsx-col-value"), 10, 24),
            Column::new(&t(st.lang, "xlsx-col-unit"), 6, 10),
            Column::new(&t(st.lang, "xlsx-col-score-0-1"), 11, 11),
            Column::new(&t(st.lang, "xlsx-col-points"), 8, 8),
            Column::new(&t(st.lang, "xlsx-col-source"), 10, 40),
        ],
    )?;
    s.ws.set_freeze_panes(1, 1)?;
    let ev = &a.evaluation;
    let mut skipped: usize = 0;
    for r in &a.ranking {
        let o = r.offer;
        if !s.room() {
            skipped += a.criteria.criteria.len();
            continue;
        }
        let grey = ev.disqualified[o];
        let points = ev.points(&a.weights, o);
        for (j, c) in a.criteria.criteria.iter().enumerate() {
            if !s.room() {
                skipped += 1;
                continue;
            }
            let cell = a.offers.cell(j, o);
            let value = match (&cell.value, c.kind) {
                (_, Kind::RiskCost) => ev.costs[o]
                    .risk
                    .as_ref()
                    .ok()
                    .and_then(|d| round_money(*d).to_f64())
                    .map_or(Cell::Empty, |x| Cell::Num(x, Num::Amount)),
                (None, _) => Cell::Empty,
                // The unit column names the currency.
                (Some(Value::Num(d)), Kind::Money) => round_money(*d)
                    .to_f64()
                    .map_or(Cell::Empty, |x| Cell::Num(x, Num::Amount)),
                (Some(Value::Num(d)), _) => d
                    .to_f64()
                    .map_or(Cell::Empty, |x| Cell::Num(x, Num::General)),
                (Some(Value::Bool(b)), _) => Cell::Bool(*b),
                (Some(Value::Choice(k)), _) => c
                    .choices
                    .get(*k)
                    .map_or(Cell::Empty, |(key, _)| Cell::Text(key)),
                // Free text is the raw answer itself, shown once.
                (Some(Value::Text), _) => Cell::Empty,
            };
            let source = a.offers.source(j, o);
            let raw = match (source, c.kind) {
                (Some(_), kind) if kind != Kind::RiskCost => Cell::Text(&cell.raw),
                _ => Cell::Empty,
            };
            let source = source.map(|src| a.offers.location(src));
            s.row(
                &[
                    Cell::Text(&a.offers.offers[o].vendor),
                    Cell::Text(&c.id),
                    Cell::Text(c.label_in(st.lang)),
                    raw,
                    value,
                    Cell::Text(c.unit.as_deref().unwrap_or("")),
                    Cell::Num(ev.criterion_score(j, o), Num::Fraction),
                    Cell::Num(points[j], Num::Points),
                    source.as_deref().map_or(Cell::Empty, Cell::Text),
                ],
                grey,
            )?;
        }
    }
    s.skipped(skipped)?;
    s.finish()
}
