//! The Flags sheet: every knock-out and red flag.

use rust_xlsxwriter::{Worksheet, XlsxError};

use crate::analysis::Analysis;

use super::SHEETS;
use super::sheet::{Column, Sheet};
use super::style::{Cell, Num, Styles};

pub(super) fn flags(a: &Analysis, st: &Styles) -> Result<Worksheet, XlsxError> {
    let mut s = Sheet::new(
        SHEETS[2],
        st,
        vec![
            Column::new("Vendor", 12, 30),
            Column::new("Kind", 10, 10),
            Column::new("Id / criterion", 14, 28),
            Column::new("Message", 30, 80).wrap(),
            Column::new("Penalty", 8, 8),
        ],
    )?;
    s.ws.set_freeze_panes(1, 1)?;
    let ev = &a.evaluation;
    let mut skipped = 0;
    for r in &a.ranking {
        let o = r.offer;
        let vendor = &a.offers.offers[o].vendor;
        let grey = ev.disqualified[o];
        for k in &ev.knockouts[o] {
            if !s.room() {
                skipped += 1;
                continue;
            }
            s.row(
                &[
                    Cell::Text(vendor),
                    Cell::Text("knock-out"),
                    Cell::Text(&k.criterion),
                    Cell::Text(&k.message.to_string()),
                    Cell::Empty,
                ],
                grey,
            )?;
        }
        // A flag that disqualifies is listed once, as a knock-out.
        for f in ev.flags[o].iter().filter(|f| !f.disqualify) {
            if !s.room() {
                skipped += 1;
                continue;
            }
            s.row(
                &[
                    Cell::Text(vendor),
                    Cell::Text("red flag"),
                    Cell::Text(&f.id),
                    Cell::Text(&f.message_in(&a.criteria, crate::i18n::Lang::En)),
                    Cell::Num(f.penalty, Num::General),
                ],
                grey,
            )?;
        }
    }
    s.skipped(skipped)?;
    s.finish()
}
