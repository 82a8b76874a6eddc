//! Making one answer better never raises the risk cost and never lowers the score: for every
//! criterion of every profile, on every offer of the sample, with random improvements.

use offerlens::criteria::{Better, Criteria, FlagRule, Kind};
use offerlens::normalize::{self, Offers, Value, Window};
use offerlens::score;
use proptest::prelude::*;
use rust_decimal::Decimal;

use crate::common::{TODAY, profile};

/// The sample's offers under a profile.
fn offers(criteria: &Criteria) -> Offers {
    let loaded = offerlens::import::load(
        &[std::path::PathBuf::from("samples/agencies.csv")],
        &offerlens::import::Limits::default(),
    );
    normalize::normalize(loaded.tables, criteria).0
}

/// Criteria a below-mean or below-median flag compares (the monthly cost: its fee, rate and
/// hours): a lower price there may be flagged as suspiciously low, which is the flag's point,
/// not a broken monotonicity.
fn flagged_when_low(criteria: &Criteria) -> Vec<String> {
    let mut ids = Vec::new();
    for f in &criteria.red_flags {
        if let FlagRule::BelowMean { criterion, .. } | FlagRule::BelowMedian { criterion, .. } =
            &f.rule
        {
            if criterion == "monthly_cost" {
                ids.extend(["monthly_fee", "hourly_rate", "hours_included"].map(String::from));
            }
            ids.push(criterion.clone());
        }
    }
    ids
}

/// A better answer than `now` for criterion `j`, by a step from 0 to 1 (`None`: none better).
fn better(criteria: &Criteria, j: usize, now: &Option<Value>, step: f64) -> Option<Value> {
    let c = &criteria.criteria[j];
    match (c.kind, now) {
        (Kind::Bool, Some(Value::Bool(false)) | None) => Some(Value::Bool(true)),
        (Kind::Choice, now) => {
            let current = match now {
                Some(Value::Choice(k)) => c.choices.get(*k).map_or(-1.0, |(_, s)| *s),
                _ => -1.0,
            };
            c.choices
                .iter()
                .position(|(_, s)| *s > current)
                .map(Value::Choice)
        }
        (kind, Some(Value::Num(x))) if kind.is_numeric() && kind != Kind::RiskCost => {
            let x = *x;
            let delta = Decimal::try_from(step).ok()? * x.abs().max(Decimal::ONE);
            let y = match c.better {
                Better::Higher => x + delta,
                Better::Lower => (x - delta).max(Decimal::ZERO),
            };
            let y = if kind == Kind::Percent {
                y.min(Decimal::ONE_HUNDRED)
            } else {
                y
            };
            (y != x).then_some(Value::Num(y))
        }
        _ => None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_better_answer_never_costs_more_nor_scores_less(
        p in 0usize..3,
        j_pick in 0usize..1000,
        o_pick in 0usize..7,
        step in 0.01f64..1.0,
        window in any::<bool>(),
    ) {
        let name = ["info-site", "sme", "ecommerce"][p];
        let criteria = profile(name);
        let base = offers(&criteria);
        let j = j_pick % criteria.criteria.len();
        let o = o_pick % base.len();
        let c = &criteria.criteria[j];
        let mut improved = base.clone();
        let mut changed = false;
        if c.kind == Kind::Duration && window {
            // An office-hours promise made around the clock.
            let cell = &mut improved.cells[j];
            if let Some(cell) = cell.get_mut(o)
                && cell.window.is_some_and(|w| !w.is_always())
            {
                cell.window = Some(Window::ALWAYS);
                changed = true;
            }
        }
        if !changed {
            let now = base.cell(j, o).value.clone();
            let Some(v) = better(&criteria, j, &now, step) else {
                return Ok(());
            };
            let Some(cell) = improved.cells[j].get_mut(o) else {
                return Ok(());
            };
            cell.value = Some(v);
        }
        let before = score::evaluate(&criteria, &base, TODAY);
        let after = score::evaluate(&criteria, &improved, TODAY);
        if let (Ok(b), Ok(a)) = (&before.costs[o].risk, &after.costs[o].risk) {
            prop_assert!(a <= b, "{name}: {} better for offer {o}: risk {b} -> {a}", c.id);
        }
        let weights = criteria.weights();
        if !flagged_when_low(&criteria).contains(&c.id) {
            let (b, a) = (before.scores(&weights)[o], after.scores(&weights)[o]);
            prop_assert!(
                a + 1e-9 >= b,
                "{name}: {} better for offer {o}: score {b} -> {a}",
                c.id
            );
        }
    }
}
