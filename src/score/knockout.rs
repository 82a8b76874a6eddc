//! Knock-outs: why an offer leaves the ranking — a `require` it breaks, or a required answer
//! it did not give.

use crate::criteria::{Criterion, Kind, Missing};
use crate::normalize::{Cell, Offers, Value};
use crate::numbers::plain;
use crate::text::normalize_label;

use super::risk::Costs;

/// Why an offer was removed from the ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct Knockout {
    /// The criterion (or red flag) id.
    pub criterion: String,
    pub message: String,
    /// The answer was there but could not be read: the vendor did not fail the requirement,
    /// the reading did. The user should check the cell.
    pub not_understood: bool,
}

/// The knock-out for an answer that is missing (blank or unreadable), when the criterion
/// needs one: `missing = "disqualify"`, or a `require` that cannot be confirmed without it.
pub(super) fn missing_answer(c: &Criterion, cell: &Cell) -> Option<Knockout> {
    if cell.unreadable && (c.missing == Missing::Disqualify || c.require.is_some()) {
        return Some(Knockout {
            criterion: c.id.clone(),
            message: format!(
                "{}: answer not understood: '{}' — check it",
                c.label,
                cell.raw.trim()
            ),
            not_understood: true,
        });
    }
    let message = match c.missing {
        Missing::Disqualify => format!("{}: no usable answer, and an answer is required", c.label),
        Missing::Worst if c.require.is_some() => format!(
            "{}: no usable answer, so {} cannot be confirmed",
            c.label,
            describe_require(c)
        ),
        _ => return None,
    };
    Some(Knockout {
        criterion: c.id.clone(),
        message,
        not_understood: false,
    })
}

/// A knock-out when the offer's answer breaks the criterion's `require`.
pub(super) fn require_failure(
    c: &Criterion,
    offers: &Offers,
    j: usize,
    o: usize,
    x: f64,
    costs: &Costs,
) -> Option<Knockout> {
    let req = c.require.as_ref()?;
    if x.is_nan() {
        return None;
    }
    let value = if c.kind == Kind::RiskCost {
        costs.risk.as_ref().ok().copied()
    } else {
        match &offers.cell(j, o).value {
            Some(Value::Num(d)) => Some(*d),
            _ => None,
        }
    };
    let unit = c
        .unit
        .as_deref()
        .map(|u| format!(" {u}"))
        .unwrap_or_default();
    let fail = |message: String| {
        Some(Knockout {
            criterion: c.id.clone(),
            message,
            not_understood: false,
        })
    };
    if let Some(v) = value {
        if let Some(max) = req.max
            && v > max
        {
            return fail(format!(
                "{} {}{unit} is above the maximum of {}{unit}",
                c.label,
                plain(v),
                plain(max)
            ));
        }
        if let Some(min) = req.min
            && v < min
        {
            return fail(format!(
                "{} {}{unit} is below the minimum of {}{unit}",
                c.label,
                plain(v),
                plain(min)
            ));
        }
    }
    if req.must_be_true && matches!(offers.cell(j, o).value, Some(Value::Bool(false))) {
        return fail(format!("{}: answered no, and yes is required", c.label));
    }
    if !req.one_of.is_empty() {
        let answer = match &offers.cell(j, o).value {
            Some(Value::Choice(k)) => c.choices.get(*k).map(|(key, _)| key.clone()),
            Some(Value::Text) => Some(offers.cell(j, o).raw.clone()),
            _ => None,
        };
        if let Some(a) = answer {
            let norm = normalize_label(&a);
            if !req.one_of.iter().any(|x| normalize_label(x) == norm) {
                return fail(format!(
                    "{}: '{a}' is not one of {}",
                    c.label,
                    req.one_of.join(", ")
                ));
            }
        }
    }
    None
}

fn describe_require(c: &Criterion) -> String {
    match &c.require {
        Some(r) => format!("the required {}", r.describe(c.unit.as_deref())),
        None => String::new(),
    }
}
