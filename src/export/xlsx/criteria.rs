//! The Criteria sheet: the weights actually used, their shares and rules, and the business figures.

use rust_xlsxwriter::{Worksheet, XlsxError};

use crate::analysis::Analysis;

use super::SHEETS;
use super::sheet::{Column, Sheet};
use super::style::{Cell, Num, Styles};

pub(super) fn criteria(a: &Analysis, st: &Styles) -> Result<Worksheet, XlsxError> {
    let mut s = Sheet::new(
        SHEETS[3],
        st,
        vec![
            Column::new("Id", 10, 28),
            Column::new("Label", 12, 36).wrap(),
            Column::new("Group", 8, 14),
            Column::new("Kind", 8, 10),
            Column::new("Unit", 6, 10),
            Column::new("Weight", 8, 8),
            Column::new("Share", 8, 8),
            Column::new("Rule", 30, 90).wrap(),
            Column::new("Missing", 10, 10),
            Column::new("Weight in file", 14, 14),
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
                Cell::Text(&c.label),
                Cell::Text(&c.group),
                Cell::Text(c.kind.key()),
                Cell::Text(c.unit.as_deref().unwrap_or("")),
                Cell::Num(w, Num::General),
                share,
                Cell::Text(&c.rule().to_string()),
                Cell::Text(c.missing.key()),
                Cell::Num(c.weight, Num::General),
            ],
            false,
        )?;
    }
    s.finish()
}
