//! The Sensitivity sheet: each offer's chance of first place, price to win and whether it can
//! win at all, then the weights' tipping points and the rank reversals.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::sheet::{Column, Sheet};
use super::sheet_name;
use super::style::{Cell, Num, Styles};
use crate::analysis::Analysis;
use crate::i18n::{Arg, t, tr};
use crate::sensitivity::{Findings, NoPrice};

pub(super) fn sensitivity(a: &Analysis, st: &Styles, ws: &mut Worksheet) -> Result<(), XlsxError> {
    let l = st.lang;
    let mut s = Sheet::new(
        ws,
        &sheet_name(l, 3),
        st,
        vec![
            Column::new(&t(l, "xlsx-col-vendor"), 12, 30),
            Column::new(&t(l, "xlsx-col-first"), 10, 12),
            Column::new(&t(l, "xlsx-col-fee-now"), 10, 14),
            Column::new(&t(l, "xlsx-col-price-to-win"), 10, 14),
            Column::new(&t(l, "xlsx-col-no-price"), 14, 40).wrap(),
            Column::new(&t(l, "xlsx-col-beaten-by"), 12, 30),
        ],
    )?;
    s.ws.set_freeze_panes(1, 1)?;
    match crate::sensitivity::for_reports(a) {
        Ok(f) => {
            offers(a, &f, &mut s)?;
            tipping(a, &f, &mut s)?;
            reversals(a, &f, &mut s)?;
        }
        Err(0) => s.row(&[Cell::Text(&t(l, "sens-nothing-ranked"))], false)?,
        Err(ranked) => {
            let note = tr(
                l,
                "sens-report-too-many",
                &[
                    ("ranked", Arg::from(ranked)),
                    ("max", Arg::from(crate::sensitivity::IN_REPORTS_UP_TO)),
                ],
            );
            s.row(&[Cell::Text(&note)], false)?;
        }
    }
    s.filter = false;
    s.finish()
}

/// One row per ranked offer, best first.
fn offers(a: &Analysis, f: &Findings, s: &mut Sheet<'_>) -> Result<(), XlsxError> {
    let l = s.styles.lang;
    for r in a.ranking.iter().filter(|r| r.rank.is_some()) {
        let o = r.offer;
        let first = f.acceptability.get(o).and_then(|p| p.first()).copied();
        let price = f.prices.iter().find(|(x, _)| *x == o).map(|(_, p)| *p);
        let (won, why) = match price {
            Some(Ok(Some(fee))) => (Cell::Num(fee as f64, Num::Money), String::new()),
            Some(Err(NoPrice::NotEvenFree)) => (Cell::Empty, t(l, "sens-not-even-free")),
            Some(Err(NoPrice::KnockedOut)) => (Cell::Empty, t(l, "sens-knocked-out")),
            Some(Err(NoPrice::NoFeeCriterion)) => (Cell::Empty, t(l, "sens-no-fee-criterion")),
            Some(Ok(None)) | None => (Cell::Empty, String::new()),
        };
        let by = f
            .dominated
            .iter()
            .find(|(x, _)| *x == o)
            .map(|(_, by)| a.offers.offers[*by].vendor.as_str())
            .unwrap_or("");
        s.row(
            &[
                Cell::Text(&a.offers.offers[o].vendor),
                Cell::Num(first.unwrap_or(f64::NAN), Num::Percent),
                super::style::money(crate::sensitivity::fee_now(a, o).as_ref()),
                won,
                Cell::Text(&why),
                Cell::Text(by),
            ],
            false,
        )?;
    }
    Ok(())
}

/// Each criterion's weight and the weights at which the leader changes (weighted sum).
fn tipping(a: &Analysis, f: &Findings, s: &mut Sheet<'_>) -> Result<(), XlsxError> {
    let l = s.styles.lang;
    s.blank_row();
    s.heading(&t(l, "sens-tipping"))?;
    let Some(points) = &f.tipping else {
        return s.row(&[Cell::Text(&t(l, "sens-topsis"))], false);
    };
    let header = [
        "tui-criterion",
        "xlsx-col-weight",
        "xlsx-col-tip-down",
        "xlsx-col-leader-down",
        "xlsx-col-tip-up",
        "xlsx-col-leader-up",
    ]
    .map(|id| t(l, id));
    s.row(&header.each_ref().map(|h| Cell::Text(h)), false)?;
    let vendor = |o: usize| a.offers.offers[o].vendor.as_str();
    for p in points {
        let (down, below) = p.down.map_or((f64::NAN, ""), |(x, o)| (x, vendor(o)));
        let (up, above) = p.up.map_or((f64::NAN, ""), |(x, o)| (x, vendor(o)));
        s.row(
            &[
                Cell::Text(a.criteria.criteria[p.criterion].label_in(l)),
                Cell::Num(p.weight, Num::General),
                Cell::Num(down, Num::Points),
                Cell::Text(below),
                Cell::Num(up, Num::Points),
                Cell::Text(above),
            ],
            false,
        )?;
    }
    Ok(())
}

/// Which offers, dropped, reorder the others.
fn reversals(a: &Analysis, f: &Findings, s: &mut Sheet<'_>) -> Result<(), XlsxError> {
    let l = s.styles.lang;
    s.blank_row();
    s.heading(&t(l, "sens-reversal"))?;
    if f.reversals.is_empty() {
        return s.row(&[Cell::Text(&t(l, "sens-none"))], false);
    }
    for r in &f.reversals {
        let line = crate::export::sensitivity::reversal_line(a, r, l);
        s.row(&[Cell::Text(&line)], false)?;
    }
    Ok(())
}
