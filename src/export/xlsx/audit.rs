//! The Audit sheet: the stamp, and what the comparison is based on.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{Worksheet, XlsxError};

use crate::analysis::Analysis;
use crate::export::audit::Audit;
use crate::issue::Counts;

use super::SHEETS;
use super::sheet::{Column, Sheet};
use super::style::{Cell, Num, Styles};

pub(super) fn audit_sheet(
    a: &Analysis,
    audit: &Audit,
    st: &Styles,
) -> Result<Worksheet, XlsxError> {
    let mut s = Sheet::new(
        SHEETS[4],
        st,
        vec![Column::new("Item", 16, 60), Column::new("Value", 20, 70)],
    )?;
    for (label, value) in audit.lines() {
        s.row(&[Cell::Text(&label), Cell::Text(&value)], false)?;
    }
    s.blank_row();
    s.heading("Business context")?;
    let b = &a.criteria.business;
    let number = |d: Option<Decimal>| {
        d.and_then(|d| d.to_f64())
            .map_or(Cell::Text("not set"), |x| Cell::Num(x, Num::Plain))
    };
    let cur = &a.criteria.currency;
    s.row(&[Cell::Text("Currency"), Cell::Text(cur)], false)?;
    s.row(
        &[
            Cell::Text(&format!("Revenue lost per hour of downtime ({cur})")),
            number(b.revenue_per_hour),
        ],
        false,
    )?;
    s.row(
        &[
            Cell::Text("Support hours needed per month"),
            number(b.support_hours_per_month),
        ],
        false,
    )?;
    s.row(
        &[
            Cell::Text("Critical incidents per year"),
            number(b.critical_incidents_per_year),
        ],
        false,
    )?;
    s.blank_row();
    s.heading("This ranking")?;
    let tuned = a.weights != a.criteria.weights();
    s.row(
        &[
            Cell::Text("Weights"),
            Cell::Text(if tuned {
                "tuned in the session: they differ from the criteria file (see Criteria)"
            } else {
                "as in the criteria file"
            }),
        ],
        false,
    )?;
    let knocked = a.ranking.iter().filter(|r| r.rank.is_none()).count();
    s.row(
        &[
            Cell::Text("Offers"),
            Cell::Num(a.offers.len() as f64, Num::Plain),
        ],
        false,
    )?;
    s.row(
        &[
            Cell::Text("Knocked out"),
            Cell::Num(knocked as f64, Num::Plain),
        ],
        false,
    )?;
    let counts = Counts::of(&a.issues);
    s.row(
        &[
            Cell::Text("Import issues"),
            Cell::Text(&format!(
                "{} error{}, {} warning{} (run `offerlens check` for details)",
                counts.errors,
                if counts.errors == 1 { "" } else { "s" },
                counts.warnings,
                if counts.warnings == 1 { "" } else { "s" }
            )),
        ],
        false,
    )?;
    // Two columns of label and value: no filter, no frozen header needed.
    s.filter = false;
    s.finish()
}
