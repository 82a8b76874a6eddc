//! The Flags sheet: every knock-out and red flag.

use rust_xlsxwriter::{Worksheet, XlsxError};

use crate::analysis::Analysis;

use super::sheet::{Column, Sheet};
use super::sheet_name;
use super::style::{Cell, Num, Styles};
use crate::i18n::t;

pub(super) fn flags(a: &Analysis, st: &Styles, ws: &mut Worksheet) -> Result<(), XlsxError> {
    let mut s = Sheet::new(
        ws,
        &sheet_name(st.lang, 2),
        st,
        vec![
            Column::new(&t(st.lang, "xlsx-col-vendor"), 12, 30),
            Column::new(&t(st.lang, "xlsx-col-kind"), 10, 10),
            Column::new(&t(st.lang, "xlsx-col-id-criterion"), 14, 28),
            Column::new(&t(st.lang, "xlsx-col-message"), 30, 80).wrap(),
            Column::new(&t(st.lang, "xlsx-col-penalty"), 8, 8),
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
                    Cell::Text(&t(st.lang, "xlsx-knock-out")),
                    Cell::Text(&k.criterion),
                    Cell::Text(&k.message.in_lang(st.lang)),
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
                    Cell::Text(&t(st.lang, "xlsx-red-flag")),
                    Cell::Text(&f.id),
                    Cell::Text(&f.message_in(&a.criteria, st.lang)),
                    Cell::Num(f.penalty, Num::General),
                ],
                grey,
            )?;
        }
    }
    s.skipped(skipped)?;
    s.finish()
}
