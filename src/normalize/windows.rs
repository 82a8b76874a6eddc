//! A window criterion's window ("Godziny obowiązywania SLA: pn–pt 8–16") lent to the SLA times
//! its `applies_to` names, where a time was written without a window of its own.

use crate::criteria::{Criteria, Kind};
use crate::i18n::Msg;
use crate::issue::Issue;

use super::Offers;

/// Gives each time named by a window criterion's `applies_to` that offer's window, unless the
/// time's cell wrote its own; a note at the window's cell says which times it now covers.
pub(super) fn lend(criteria: &Criteria, out: &mut Offers, issues: &mut Vec<Issue>) {
    for (w, c) in criteria.criteria.iter().enumerate() {
        if c.kind != Kind::Window || c.applies_to.is_empty() {
            continue;
        }
        let targets: Vec<(usize, &str)> = c
            .applies_to
            .iter()
            .filter_map(|id| criteria.index_of(id).map(|j| (j, id.as_str())))
            .collect();
        for o in 0..out.len() {
            let from = out.cell(w, o);
            let (Some(window), Some(source)) = (from.window, out.source(w, o)) else {
                continue;
            };
            let mut lent = Vec::new();
            for &(j, id) in &targets {
                let Some(cell) = out.cells.get_mut(j).and_then(|col| col.get_mut(o)) else {
                    continue;
                };
                if cell.value.is_some() && cell.window.is_none() {
                    cell.window = Some(window);
                    lent.push(id);
                }
            }
            if !lent.is_empty() && !window.is_always() {
                issues.push(
                    Issue::info(
                        out.location(source),
                        Msg::new("read-window-lent")
                            .with("criterion", &c.id)
                            .msg("window", window.label())
                            .with("ids", lent.join(", ")),
                    )
                    .for_offer(o),
                );
            }
        }
    }
}
