//! Service windows in scoring: a response or restore time promised only in office hours is
//! scored as the time plus the expected wait until the window opens, averaged over the week
//! (see `Window::expected_wait_minutes`); around the clock, or with no window written, as
//! written. Knock-outs (`require`) compare the time as written.

use std::sync::Arc;

use super::Numbers;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::criteria::{Criteria, Criterion, Kind};
use crate::normalize::{Offers, Window};

/// The expected wait for a window, in the given minutes-per-unit; 0 without a window.
pub(crate) fn wait_in(window: Option<&Window>, unit_minutes: Decimal) -> Decimal {
    match window {
        Some(w) if !w.is_always() && !unit_minutes.is_zero() => {
            w.expected_wait_minutes() / unit_minutes
        }
        _ => Decimal::ZERO,
    }
}

/// `values` with each windowed duration lengthened by its expected wait.
pub(super) fn with_waits(criteria: &Criteria, offers: &Offers, values: &[Numbers]) -> Vec<Numbers> {
    add_waits(criteria, offers, values.to_vec())
}

/// The same, in place: no second matrix of a hundred thousand offers' numbers.
pub(super) fn add_waits(
    criteria: &Criteria,
    offers: &Offers,
    mut scored: Vec<Numbers>,
) -> Vec<Numbers> {
    for (j, c) in criteria.criteria.iter().enumerate() {
        if c.kind != Kind::Duration || c.time_unit.is_none() {
            continue;
        }
        // A column without numbers has nothing to wait for (and may be shared).
        if scored[j].iter().all(|x| x.is_nan()) {
            continue;
        }
        for (o, x) in Arc::make_mut(&mut scored[j]).iter_mut().enumerate() {
            *x = waited(c, offers, j, o, *x);
        }
    }
    scored
}

/// One answer's number lengthened by its expected wait (unchanged unless it is a windowed
/// duration).
pub(super) fn waited(c: &Criterion, offers: &Offers, j: usize, o: usize, x: f64) -> f64 {
    let Some(unit) = c.time_unit.filter(|_| c.kind == Kind::Duration) else {
        return x;
    };
    let wait = wait_in(offers.cell(j, o).window.as_ref(), unit.minutes());
    if !x.is_nan() && !wait.is_zero() {
        x + wait.to_f64().unwrap_or(0.0)
    } else {
        x
    }
}
