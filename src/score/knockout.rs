//! Knock-outs: why an offer leaves the ranking — a `require` it breaks, or a required answer
//! it did not give.

use crate::criteria::{Criterion, Kind, Missing};
use crate::i18n::Msg;
use crate::normalize::{Cell, Offers, Value};
use crate::text::normalize_label;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::risk::Costs;

/// Why an offer was removed from the ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct Knockout {
    /// The criterion (or red flag) id.
    pub criterion: String,
    pub message: Msg,
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
            message: Msg::new("ko-not-understood")
                .both("label", &c.label, c.label_pl.as_deref())
                .with("answer", cell.raw.trim()),
            not_understood: true,
        });
    }
    let message = match c.missing {
        Missing::Disqualify => {
            Msg::new("ko-required").both("label", &c.label, c.label_pl.as_deref())
        }
        Missing::Worst if c.require.is_some() => Msg::new("ko-unconfirmed")
            .both("label", &c.label, c.label_pl.as_deref())
            .msg("require", describe_require(c)),
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
    let f = |d: Decimal| d.to_f64().unwrap_or_default();
    let fail = |message: Msg| {
        let message = message.both("label", &c.label, c.label_pl.as_deref());
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
            return fail(
                Msg::new("ko-above-max")
                    .msg("value", c.amount(f(v)))
                    .msg("max", c.amount(f(max))),
            );
        }
        if let Some(min) = req.min
            && v < min
        {
            return fail(
                Msg::new("ko-below-min")
                    .msg("value", c.amount(f(v)))
                    .msg("min", c.amount(f(min))),
            );
        }
    }
    if req.must_be_true && matches!(offers.cell(j, o).value, Some(Value::Bool(false))) {
        return fail(Msg::new("ko-answered-no"));
    }
    if !req.one_of.is_empty() {
        let answer = match &offers.cell(j, o).value {
            Some(Value::Choice(k)) => c.choices.get(*k).map(|(key, _)| key.clone()),
            Some(Value::Text) => Some(offers.cell(j, o).raw.to_string()),
            _ => None,
        };
        if let Some(a) = answer {
            let norm = normalize_label(&a);
            if !req.one_of.iter().any(|x| normalize_label(x) == norm) {
                return fail(
                    Msg::new("ko-not-one-of").with("answer", a).joined(
                        "choices",
                        req.one_of
                            .iter()
                            .map(|k| Msg::new("note-quoted").with("words", k))
                            .collect(),
                        ", ",
                    ),
                );
            }
        }
    }
    None
}

fn describe_require(c: &Criterion) -> Msg {
    match &c.require {
        Some(r) => r.describe(c),
        None => Msg::new("require-yes"),
    }
}
