//! The Criteria sheet: the weights actually used, their shares and rules, and the business figures.

use rust_xlsxwriter::{Worksheet, XlsxError};

use crate::analysis::Analysis;

use super::sheet::{Column, Sheet};
use super::sheet_name;
use super::style::{Cell, Num, Styles};
use crate::i18n::t;

pub(super) fn criteria(a: &Analysis, st: &Styles, ws: &mut Worksheet) -> Result<(), XlsxError> {
    let mut s = Sheet::new(
        ws,
        &sheet_name(st.lang, 4),
        st,
        vec![
            Column::new(&t(st.lang, "xlsx-col-id"), 10, 28),
            Column::new(&t(st.lang, "xlsx-col-label"), 12, 36).wrap(),
            Column::new(&t(st.lang, "xlsx-col-group"), 8, 14),
            Column::new(&t(st.lang, "xlsx-col-kind"), 8, 10),
            Column::new(&t(st.lang, "xlsx-col-unit"), 6, 10),
            Column::new(&t(st.lang, "xlsx-col-weight"), 8, 8),
            Column::new(&t(st.lang, "xlsx-col-share"), 8, 8),
            Column::new(&t(st.lang, "xlsx-col-rule"), 30, 90).wrap(),
            Column::new(&t(st.lang, "xlsx-col-missing"), 10, 10),
            Column::new(&t(st.lang, "xlsx-col-weight-in-file"), 14, 14),
        ],
    )?;
    s.ws.set_freeze_panes(1, 1)?;
    let total: f64 = a.weights.iter().sum();
    for (j, c) in a.criteria.criteria.iter().enumerate() {
        let w = a.weights.get(j).copied().unwrap_or(c.weight);
        let share = if total > 0.0 {
            Cell::Num(w / total, Num::Percent)
        } else {
            Cell::Empty
        };
        s.row(
            &[
                Cell::Text(&c.id),
                Cell::Text(c.label_in(st.lang)),
                Cell::Text(&t(st.lang, &format!("group-{}", c.group))),
                Cell::Text(
                    &crate::i18n::Msg::new("rule-kind")
                        .with("kind", c.kind.key())
                        .in_lang(st.lang),
                ),
                Cell::Text(c.unit.as_deref().unwrap_or("")),
                Cell::Num(w, Num::General),
                share,
                Cell::Text(&c.rule().in_lang(st.lang)),
                Cell::Text(&t(
                    st.lang,
                    match c.missing {
                        crate::criteria::Missing::Worst => "rule-blank-worst",
                        crate::criteria::Missing::Disqualify => "rule-blank-knocks-out",
                        crate::criteria::Missing::Ignore => "rule-blank-ignored",
                    },
                )),
                Cell::Num(c.weight, Num::General),
            ],
            false,
        )?;
    }
    s.finish()
}
