//! The risk model: plain and risk-adjusted monthly cost per offer, in exact decimal arithmetic,
//! one term per cause, each counted once.
//!
//! ```text
//! fee          = monthly_fee
//! extra_hours  = max(0, support_hours_per_month − hours_included) × hourly_rate
//! monthly_cost = fee + extra_hours
//! incidents    = critical_incidents_per_year / 12 × Π (1 − prevents × answer score)
//! downtime     = max(incidents × (p1_rto + window wait), (1 − uptime) × 730 h) × revenue_per_hour
//! data_loss    = incidents × rpo × data_value_per_hour        (when data_value_per_hour is set)
//! credits      = −min(fee, critical_incidents_per_year / 12 × missed_sla_share × sla_credits % × fee)
//!                                                    (when missed_sla_share and sla_credits are set)
//! risk_cost    = the sum of the terms, each rounded to the grosz
//! ```
//! The restore time counts from the report, so the response time is inside it, not added. The
//! uptime guarantee is the downtime the contract allows; the incidents' restore times are the
//! downtime they imply: the larger of the two is expected, never both. Credits are valued on the
//! profile's incidents before prevention: they are what the contract promises, and a safeguard
//! that prevents incidents must never look costlier for the credits it would no longer bring. A
//! missing input makes the result missing, with a reason naming the input; never zero.

use crate::i18n::Msg;
use rayon::prelude::*;
use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;

use crate::criteria::{Criteria, Kind};
use crate::normalize::{Offers, Value};
use crate::numbers::round_money;

/// Hours in an average month (365 × 24 / 12).
pub(crate) const HOURS_PER_MONTH: Decimal = Decimal::from_parts(730, 0, 0, false, 0);

/// One offer's costs; `Err` says which input is missing.
#[derive(Debug, Clone, PartialEq)]
pub struct Costs {
    pub monthly: Result<Decimal, Msg>,
    pub risk: Result<Decimal, Msg>,
    /// The risk cost's terms, each rounded to the grosz, in the order above (`fee`,
    /// `extra_hours`, `downtime`, `data_loss`, `credits`); they add up to `risk`. Empty
    /// without it. Exactly as long as it is: a hundred thousand offers keep theirs.
    pub terms: Box<[(&'static str, Decimal)]>,
}

/// Computes both costs for every offer.
pub fn costs(criteria: &Criteria, offers: &Offers) -> Vec<Costs> {
    let inputs = Inputs::of(criteria);
    (0..offers.len())
        .into_par_iter()
        .map(|o| offer_costs(criteria, &inputs, offers, o))
        .collect()
}

/// The criteria the costs are computed from, found once rather than for every offer.
pub(super) struct Inputs {
    fee: Option<usize>,
    hours_included: Option<usize>,
    hourly_rate: Option<usize>,
    uptime: Option<usize>,
    p1_response: Option<usize>,
    p1_rto: Option<usize>,
    rpo: Option<usize>,
    sla_credits: Option<usize>,
}

impl Inputs {
    pub(super) fn of(criteria: &Criteria) -> Inputs {
        let at = |id| criteria.index_of(id);
        Inputs {
            fee: at("monthly_fee"),
            hours_included: at("hours_included"),
            hourly_rate: at("hourly_rate"),
            uptime: at("uptime"),
            p1_response: at("p1_response"),
            p1_rto: at("p1_rto"),
            rpo: at("rpo"),
            sla_credits: at("sla_credits"),
        }
    }
}

pub(super) fn offer_costs(
    criteria: &Criteria,
    inputs: &Inputs,
    offers: &Offers,
    o: usize,
) -> Costs {
    let at = Answers {
        criteria,
        offers,
        o,
    };
    let monthly = monthly_terms(criteria, inputs, &at);
    let risk = monthly.clone().and_then(|(fee, extra)| {
        let mut terms = vec![("fee", fee), ("extra_hours", extra)];
        let b = &criteria.business;
        let revenue = b
            .revenue_per_hour
            .ok_or_else(|| Msg::new("risk-not-set").with("key", "revenue_per_hour"))?;
        let incidents = incidents_a_month(criteria, offers, o)?;
        let uptime = at.input(inputs.uptime, "uptime")? / Decimal::ONE_HUNDRED;
        let rto = at.hours(inputs.p1_rto, "p1_rto")?;
        // Work starts when the service window opens: that wait once per incident, the longer
        // of the two windows' (response and restore usually share one).
        let wait = at
            .window_wait(inputs.p1_response)
            .max(at.window_wait(inputs.p1_rto));
        let by_incidents = mul(&[incidents, add(rto, wait)?])?;
        let allowed = mul(&[
            Decimal::ONE.checked_sub(uptime).ok_or_else(too_large)?,
            HOURS_PER_MONTH,
        ])?;
        terms.push(("downtime", mul(&[by_incidents.max(allowed), revenue])?));
        if let Some(value) = b.data_value_per_hour {
            let rpo = at.hours(inputs.rpo, "rpo")?;
            terms.push(("data_loss", mul(&[incidents, rpo, value])?));
        }
        if let Some(credit) = credits(criteria, inputs, offers, o, fee)? {
            terms.push(("credits", credit));
        }
        let terms: Box<[(&'static str, Decimal)]> = terms
            .into_iter()
            .map(|(n, t)| (n, round_money(t)))
            .collect();
        let total = terms
            .iter()
            .try_fold(Decimal::ZERO, |sum, (_, t)| sum.checked_add(*t))
            .ok_or_else(too_large)?;
        Ok((total, terms))
    });
    let monthly = monthly.and_then(|(fee, extra)| add(fee, extra));
    match risk {
        Ok((total, terms)) => Costs {
            monthly,
            risk: Ok(total),
            terms,
        },
        Err(e) => Costs {
            monthly,
            risk: Err(e),
            terms: Box::default(),
        },
    }
}

/// Critical incidents expected a month: the profile's yearly figure, lowered by each safeguard
/// the offer has (`prevents` × the answer's score: yes 1, a choice its table score; a blank
/// prevents nothing).
fn incidents_a_month(criteria: &Criteria, offers: &Offers, o: usize) -> Result<Decimal, Msg> {
    let yearly = criteria
        .business
        .critical_incidents_per_year
        .ok_or_else(|| Msg::new("risk-not-set").with("key", "critical_incidents_per_year"))?;
    let mut incidents = yearly / Decimal::from(12);
    for (j, c) in criteria.criteria.iter().enumerate() {
        let Some(share) = c.prevents else { continue };
        let score = match offers.cell(j, o).value {
            Some(Value::Bool(true)) => 1.0,
            Some(Value::Choice(k)) => c.choices.get(k).map_or(0.0, |(_, s)| *s),
            _ => 0.0,
        };
        let kept = Decimal::from_f64(1.0 - share * score)
            .unwrap_or(Decimal::ONE)
            .round_dp(6)
            .clamp(Decimal::ZERO, Decimal::ONE);
        incidents = mul(&[incidents, kept])?;
    }
    Ok(incidents)
}

/// The service credits expected a month, as a negative term: the profile's critical incidents
/// (before prevention) × the share that overrun the SLA × the credit per overrun (the offer's
/// `sla_credits`, a percentage of the fee), at most the fee itself. A blank answer promises no
/// credit (0). `None` when the criteria do not price credits.
fn credits(
    criteria: &Criteria,
    inputs: &Inputs,
    offers: &Offers,
    o: usize,
    fee: Decimal,
) -> Result<Option<Decimal>, Msg> {
    let (Some(share), Some(i)) = (criteria.business.missed_sla_share, inputs.sla_credits) else {
        return Ok(None);
    };
    let incidents = criteria
        .business
        .critical_incidents_per_year
        .ok_or_else(|| Msg::new("risk-not-set").with("key", "critical_incidents_per_year"))?
        / Decimal::from(12);
    let percent = match &offers.cell(i, o).value {
        Some(Value::Num(d)) => *d,
        _ => Decimal::ZERO,
    };
    let credit = mul(&[incidents, share, percent / Decimal::ONE_HUNDRED, fee])?.min(fee);
    Ok(Some(Decimal::ZERO - credit))
}

/// The fee and the hours beyond the pool at the hourly rate (pay-as-you-go: all needed hours).
fn monthly_terms(
    criteria: &Criteria,
    inputs: &Inputs,
    at: &Answers<'_>,
) -> Result<(Decimal, Decimal), Msg> {
    let fee = at.input(inputs.fee, "monthly_fee")?;
    let needed = criteria
        .business
        .support_hours_per_month
        .ok_or_else(|| Msg::new("risk-not-set").with("key", "support_hours_per_month"))?;
    let included = at.hours(inputs.hours_included, "hours_included")?;
    let extra = needed
        .checked_sub(included)
        .ok_or_else(too_large)?
        .max(Decimal::ZERO);
    if extra.is_zero() {
        return Ok((fee, Decimal::ZERO));
    }
    let rate = at.input(inputs.hourly_rate, "hourly_rate")?;
    Ok((fee, mul(&[extra, rate])?))
}

fn too_large() -> Msg {
    Msg::new("risk-too-large")
}

fn add(a: Decimal, b: Decimal) -> Result<Decimal, Msg> {
    a.checked_add(b).ok_or_else(too_large)
}

fn mul(factors: &[Decimal]) -> Result<Decimal, Msg> {
    factors
        .iter()
        .try_fold(Decimal::ONE, |acc, f| acc.checked_mul(*f))
        .ok_or_else(too_large)
}

/// One offer's answers, as the costs read them.
struct Answers<'a> {
    criteria: &'a Criteria,
    offers: &'a Offers,
    o: usize,
}

impl Answers<'_> {
    /// The value of criterion `i` (`id`), or why there is none.
    fn input(&self, i: Option<usize>, id: &str) -> Result<Decimal, Msg> {
        let i = i.ok_or_else(|| Msg::new("risk-no-criterion").with("id", id))?;
        match &self.offers.cell(i, self.o).value {
            Some(Value::Num(d)) => Ok(*d),
            _ => Err(Msg::new("risk-no-answer").with("id", id)),
        }
    }

    /// The expected wait in hours until the service window of answer `i` opens (0 around
    /// the clock or when none was written).
    fn window_wait(&self, i: Option<usize>) -> Decimal {
        i.map_or(Decimal::ZERO, |i| {
            super::wait::wait_in(
                self.offers.cell(i, self.o).window.as_ref(),
                Decimal::from(60),
            )
        })
    }

    /// A duration (or an hours count) in hours.
    fn hours(&self, i: Option<usize>, id: &str) -> Result<Decimal, Msg> {
        let v = self.input(i, id)?;
        let c = &self.criteria.criteria[i.unwrap_or_default()];
        Ok(match (c.kind, c.time_unit) {
            (Kind::Duration, Some(unit)) => mul(&[v, unit.minutes()])? / Decimal::from(60),
            _ => v,
        })
    }
}
