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

/// The sample with one offer's cell of one column rewritten, ranked under a profile.
fn rewritten(criteria: &Criteria, vendor: &str, header: &str, text: &str) -> (Offers, usize) {
    let csv = std::fs::read_to_string("samples/agencies.csv").unwrap();
    let mut lines: Vec<String> = csv.lines().map(str::to_string).collect();
    let col = lines[0].split(';').position(|h| h == header).unwrap();
    let row = lines
        .iter()
        .position(|l| l.starts_with(vendor))
        .unwrap_or_else(|| panic!("{vendor} not in the sample"));
    // The sample quotes only its scope column, which holds the ';' of its list: split outside
    // quotes.
    let mut fields: Vec<String> = Vec::new();
    let (mut field, mut quoted) = (String::new(), false);
    for ch in lines[row].chars() {
        match ch {
            '"' => {
                quoted = !quoted;
                field.push(ch);
            }
            ';' if !quoted => fields.push(std::mem::take(&mut field)),
            _ => field.push(ch),
        }
    }
    fields.push(field);
    fields[col] = text.to_string();
    lines[row] = fields.join(";");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("agencies.csv");
    std::fs::write(&path, lines.join("\n")).unwrap();
    let loaded = offerlens::import::load(&[path], &offerlens::import::Limits::default());
    let offers = normalize::normalize(loaded.tables, criteria).0;
    let o = offers
        .offers
        .iter()
        .position(|x| x.vendor == vendor)
        .unwrap();
    (offers, o)
}

#[test]
fn an_sla_around_the_clock_instead_of_office_hours_never_costs_more_nor_scores_less() {
    for name in ["info-site", "sme", "ecommerce"] {
        let criteria = profile(name);
        let weights = criteria.weights();
        for (vendor, hours) in [
            ("Pixel Serwis s.c.", "pn–pt 8–16"),
            ("TaniWeb", "w dni robocze"),
            ("Agencja Nova", "pn–sob 8–20"),
            ("SiteCare Polska", "pn–pt 8–18"),
        ] {
            let (base, o) = rewritten(&criteria, vendor, "Godziny obowiązywania SLA", hours);
            let (better, o2) = rewritten(&criteria, vendor, "Godziny obowiązywania SLA", "24/7");
            assert_eq!(o, o2);
            let before = score::evaluate(&criteria, &base, TODAY);
            let after = score::evaluate(&criteria, &better, TODAY);
            if let (Ok(b), Ok(a)) = (&before.costs[o].risk, &after.costs[o].risk) {
                // Where the uptime allowance outweighs the incidents, the wait changes nothing.
                assert!(a <= b, "{name} {vendor}: risk {b} -> {a}");
                if name == "sme" {
                    assert!(a < b, "{name} {vendor}: risk {b} -> {a}");
                }
            }
            let (b, a) = (before.scores(&weights)[o], after.scores(&weights)[o]);
            // A score of 0 (floored by penalties) may stay 0.
            assert!(a > b || a == 0.0, "{name} {vendor}: score {b} -> {a}");
        }
    }
}
