//! The Audit sheet: the stamp, and what the comparison is based on.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{Worksheet, XlsxError};

use crate::analysis::Analysis;
use crate::export::audit::Audit;
use crate::issue::Counts;

use super::sheet::{Column, Sheet};
use super::sheet_name;
use super::style::{Cell, Num, Styles};
use crate::i18n::t;

pub(super) fn audit_sheet(
    a: &Analysis,
    audit: &Audit,
    st: &Styles,
    ws: &mut Worksheet,
) -> Result<(), XlsxError> {
    let mut s = Sheet::new(
        ws,
        &sheet_name(st.lang, 5),
        st,
        vec![
            Column::new(&t(st.lang, "xlsx-col-item"), 16, 60),
            Column::new(&t(st.lang, "xlsx-col-value"), 20, 70),
        ],
    )?;
    for (label, value) in audit.lines_in(st.lang) {
        s.row(&[Cell::Text(&label), Cell::Text(&value)], false)?;
    }
    s.blank_row();
    s.heading(&t(st.lang, "xlsx-business-context"))?;
    let b = &a.criteria.business;
    let not_set = t(st.lang, "xlsx-not-set");
    let number = |d: Option<Decimal>| {
        d.and_then(|d| d.to_f64())
            .map_or(Cell::Text(&not_set), |x| Cell::Num(x, Num::Plain))
    };
    let cur = &a.criteria.currency;
    s.row(
        &[Cell::Text(&t(st.lang, "xlsx-currency")), Cell::Text(cur)],
        false,
    )?;
    s.row(
        &[
            Cell::Text(&crate::i18n::tr(
                st.lang,
                "xlsx-revenue-per-hour",
                &[("currency", crate::i18n::Arg::from(cur.as_str()))],
            )),
            number(b.revenue_per_hour),
        ],
        false,
    )?;
    s.row(
        &[
            Cell::Text(&t(st.lang, "xlsx-support-hours-needed-per-month")),
            number(b.support_hours_per_month),
        ],
        false,
    )?;
    s.row(
        &[
            Cell::Text(&t(st.lang, "xlsx-critical-incidents-per-year")),
            number(b.critical_incidents_per_year),
        ],
        false,
    )?;
    s.blank_row();
    s.heading(&t(st.lang, "xlsx-this-ranking"))?;
    let tuned = a.weights != a.criteria.weights();
    s.row(
        &[
            Cell::Text(&t(st.lang, "xlsx-weights")),
            Cell::Text(&t(
                st.lang,
                if tuned {
                    "xlsx-weights-tuned"
                } else {
                    "xlsx-weights-as-in-file"
                },
            )),
        ],
        false,
    )?;
    let knocked = a.ranking.iter().filter(|r| r.rank.is_none()).count();
    s.row(
        &[
            Cell::Text(&t(st.lang, "xlsx-offers")),
            Cell::Num(a.offers.len() as f64, Num::Plain),
        ],
        false,
    )?;
    s.row(
        &[
            Cell::Text(&t(st.lang, "xlsx-knocked-out")),
            Cell::Num(knocked as f64, Num::Plain),
        ],
        false,
    )?;
    let counts = Counts::of(&a.issues);
    s.row(
        &[
            Cell::Text(&t(st.lang, "xlsx-import-issues")),
            Cell::Text(&crate::i18n::tr(
                st.lang,
                "xlsx-issues-count",
                &[
                    ("errors", crate::i18n::Arg::from(counts.errors)),
                    ("warnings", crate::i18n::Arg::from(counts.warnings)),
                ],
            )),
        ],
        false,
    )?;
    // Two columns of label and value: no filter, no frozen header needed.
    s.filter = false;
    s.finish()
}
