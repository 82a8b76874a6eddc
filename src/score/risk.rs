//! The risk model: plain and risk-adjusted monthly cost per offer, in exact decimal arithmetic.
//!
//! ```text
//! monthly_cost = monthly_fee + max(0, support_hours_per_month − hours_included) × hourly_rate
//! risk_cost    = monthly_cost
//!              + (1 − uptime) × 730 h × revenue_per_hour
//!              + critical_incidents_per_year / 12 × (p1_response + p1_rto + window wait, in hours) × revenue_per_hour
//! ```
//! A missing input makes the result missing, with a reason naming the input; never zero.

use rust_decimal::Decimal;

use crate::criteria::{Criteria, Kind};
use crate::normalize::{Offers, Value};

/// Hours in an average month (365 × 24 / 12).
pub(crate) const HOURS_PER_MONTH: Decimal = Decimal::from_parts(730, 0, 0, false, 0);

/// One offer's costs; `Err` says which input is missing.
#[derive(Debug, Clone, PartialEq)]
pub struct Costs {
    pub monthly: Result<Decimal, String>,
    pub risk: Result<Decimal, String>,
}

/// Computes both costs for every offer.
pub fn costs(criteria: &Criteria, offers: &Offers) -> Vec<Costs> {
    (0..offers.len())
        .map(|o| offer_costs(criteria, offers, o))
        .collect()
}

fn offer_costs(criteria: &Criteria, offers: &Offers, o: usize) -> Costs {
    let monthly = monthly_cost(criteria, offers, o);
    let risk = monthly.clone().and_then(|m| {
        let b = &criteria.business;
        let revenue = b
            .revenue_per_hour
            .ok_or("[business] revenue_per_hour is not set")?;
        let incidents = b
            .critical_incidents_per_year
            .ok_or("[business] critical_incidents_per_year is not set")?;
        let uptime = input(criteria, offers, o, "uptime")? / Decimal::ONE_HUNDRED;
        let response = hours(criteria, offers, o, "p1_response")?;
        let rto = hours(criteria, offers, o, "p1_rto")?;
        // Work starts when the service window opens: that wait once per incident, the longer
        // of the two windows' (response and restore usually share one).
        let wait = window_wait(criteria, offers, o, "p1_response")
            .max(window_wait(criteria, offers, o, "p1_rto"));
        let rto = add(rto, wait)?;
        let downtime = mul(&[Decimal::ONE - uptime, HOURS_PER_MONTH, revenue])?;
        let incident = mul(&[incidents / Decimal::from(12), add(response, rto)?, revenue])?;
        add(add(m, downtime)?, incident)
    });
    Costs { monthly, risk }
}

fn monthly_cost(criteria: &Criteria, offers: &Offers, o: usize) -> Result<Decimal, String> {
    let fee = input(criteria, offers, o, "monthly_fee")?;
    let needed = criteria
        .business
        .support_hours_per_month
        .ok_or("[business] support_hours_per_month is not set")?;
    let included = hours(criteria, offers, o, "hours_included")?;
    let extra = needed
        .checked_sub(included)
        .ok_or(TOO_LARGE)?
        .max(Decimal::ZERO);
    if extra.is_zero() {
        return Ok(fee);
    }
    let rate = input(criteria, offers, o, "hourly_rate")?;
    add(fee, mul(&[extra, rate])?)
}

const TOO_LARGE: &str = "the amounts are too large to compute";

fn add(a: Decimal, b: Decimal) -> Result<Decimal, String> {
    a.checked_add(b).ok_or_else(|| TOO_LARGE.to_string())
}

fn mul(factors: &[Decimal]) -> Result<Decimal, String> {
    factors
        .iter()
        .try_fold(Decimal::ONE, |acc, f| acc.checked_mul(*f))
        .ok_or_else(|| TOO_LARGE.to_string())
}

/// The value of the criterion with this id for one offer, or why there is none.
fn input(criteria: &Criteria, offers: &Offers, o: usize, id: &str) -> Result<Decimal, String> {
    let i = criteria
        .index_of(id)
        .ok_or_else(|| format!("the criteria define no '{id}'"))?;
    match &offers.cell(i, o).value {
        Some(Value::Num(d)) => Ok(*d),
        _ => Err(format!("no answer for '{id}'")),
    }
}

/// The expected wait in hours until the service window of an answer opens (0 around the
/// clock or when none was written).
fn window_wait(criteria: &Criteria, offers: &Offers, o: usize, id: &str) -> Decimal {
    criteria.index_of(id).map_or(Decimal::ZERO, |i| {
        super::wait::wait_in(offers.cell(i, o).window.as_ref(), Decimal::from(60))
    })
}

/// A duration (or an hours count) in hours.
fn hours(criteria: &Criteria, offers: &Offers, o: usize, id: &str) -> Result<Decimal, String> {
    let v = input(criteria, offers, o, id)?;
    let c = &criteria.criteria[criteria.index_of(id).unwrap_or_default()];
    Ok(match (c.kind, c.time_unit) {
        (Kind::Duration, Some(unit)) => mul(&[v, unit.minutes()])? / Decimal::from(60),
        _ => v,
    })
}
