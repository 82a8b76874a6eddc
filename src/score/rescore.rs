//! The offers scored again with one offer's monthly fee changed, or with one offer left out,
//! redoing only what that moves: that offer's costs, numbers and knock-outs, the red flags
//! (which compare offers), the columns the fee feeds (all columns when who is in the running
//! changes) and TOPSIS' ideal points. The scores are the ones [`evaluate`](super::evaluate)
//! would give.

use std::sync::Arc;

use super::Numbers;
use rust_decimal::Decimal;

use super::{
    Evaluation, answer_knockouts, check_answers, column, evaluate, flags, monthly_number, number,
    numbers, risk, topsis, wait,
};
use crate::calendar::Date;
use crate::criteria::{Criteria, FlagAction, Kind, Method, RedFlag};
use crate::normalize::{Cell, Offers, Value};

/// The offers with one fee changed in place, and what scoring them again needs. The texts of
/// flags, knock-outs and issues are not kept: only the numbers scores are made of.
pub struct Rescorer<'a> {
    criteria: &'a Criteria,
    original: &'a Offers,
    today: Date,
    /// The fee criterion, when the criteria have one.
    fee: Option<usize>,
    /// The criteria whose numbers the fee moves: the fee and every risk cost.
    moved: Vec<usize>,
    /// The offers, with the fee of `changed` replaced.
    offers: Offers,
    changed: Option<usize>,
    /// The numbers scored, followed by the monthly cost (as the red flags see them).
    values: Vec<Numbers>,
    /// The same with service-window waits added (what the columns are scored on).
    waited: Vec<Numbers>,
    /// `own_flags[flag][offer]`: whether a flag that looks at the offer's own answers only is
    /// raised (empty for the flags that compare offers).
    own_flags: Vec<Vec<bool>>,
    /// Whether each offer's answers keep it in the running (before red flags).
    answers_valid: Vec<bool>,
    /// Who is knocked out with every fee as given.
    base_disqualified: Vec<bool>,
    /// Whether columns other than the moved ones differ from the base (a knock-out changed).
    all_stale: bool,
    /// The criteria the costs are computed from.
    inputs: risk::Inputs,
    work: Evaluation,
}

impl<'a> Rescorer<'a> {
    /// Ready to change the monthly fee of any offer, or leave one out.
    pub fn new(criteria: &'a Criteria, offers: &'a Offers, today: Date) -> Self {
        let fee = criteria.index_of("monthly_fee");
        let mut working = offers.clone();
        let n = working.len();
        if let Some(j) = fee
            && working.cells[j].len() < n
        {
            working.cells[j].resize(n, Cell::default());
        }
        let costs = risk::costs(criteria, offers);
        let mut values = numbers(criteria, offers, &costs);
        let (knockouts, _) = check_answers(criteria, offers, &values, &costs);
        let waited = wait::with_waits(criteria, offers, &values);
        values.push(costs.iter().map(monthly_number).collect());
        let work = evaluate(criteria, offers, today).scoring_only();
        let own_flags = criteria
            .red_flags
            .iter()
            .map(|flag| {
                if flags::compares(flag) {
                    return Vec::new();
                }
                let valid = vec![true; offers.len()];
                let mut raised = vec![false; offers.len()];
                let found = flags::raise_one(
                    flag,
                    criteria,
                    offers,
                    &values,
                    &valid,
                    today.year,
                    0..offers.len(),
                );
                for (o, _) in found {
                    raised[o] = true;
                }
                raised
            })
            .collect();
        let moved = (0..criteria.criteria.len())
            .filter(|&j| Some(j) == fee || criteria.criteria[j].kind == Kind::RiskCost)
            .collect();
        Rescorer {
            criteria,
            original: offers,
            today,
            fee,
            moved,
            offers: working,
            changed: None,
            values,
            waited,
            own_flags,
            answers_valid: knockouts.iter().map(Vec::is_empty).collect(),
            base_disqualified: work.disqualified.clone(),
            all_stale: false,
            inputs: risk::Inputs::of(criteria),
            work,
        }
    }

    /// The evaluation with offer `o`'s monthly fee at `fee` (every other offer's as given;
    /// without a `monthly_fee` criterion, as given).
    pub fn with_fee(&mut self, o: usize, fee: Decimal) -> &Evaluation {
        self.set_fee(o, fee);
        self.rescore(None)
    }

    /// The evaluation with offer `o` left out, every fee as given: the offer is out of the
    /// running, as if it had not been sent (it is marked disqualified; the others are scored
    /// and flagged as without it).
    pub fn without(&mut self, o: usize) -> &Evaluation {
        if let (Some(before), Some(j)) = (self.changed.take(), self.fee) {
            let cell = self.original.cell(j, before).clone();
            self.put(before, cell);
        }
        self.rescore(Some(o))
    }

    fn rescore(&mut self, left_out: Option<usize>) -> &Evaluation {
        let mut answers_valid = self.answers_valid.clone();
        if let Some(o) = left_out {
            answers_valid[o] = false;
        }
        // The red flags twice, as `evaluate` checks them: who a flag disqualifies is not in the
        // running when the others are compared with the valid offers.
        let (_, first) = self.flags(&answers_valid);
        let valid: Vec<bool> = answers_valid
            .iter()
            .zip(&first)
            .map(|(v, out)| *v && !out)
            .collect();
        let (penalty, out) = self.flags(&valid);
        let disqualified: Vec<bool> = out
            .iter()
            .zip(&answers_valid)
            .map(|(out, valid)| !valid || *out)
            .collect();
        let differs = disqualified != self.base_disqualified;
        let columns: Vec<usize> = if differs || self.all_stale {
            (0..self.criteria.criteria.len()).collect()
        } else {
            self.moved.clone()
        };
        self.all_stale = differs;
        let vendors: Vec<&str> = self
            .original
            .offers
            .iter()
            .map(|x| x.vendor.as_str())
            .collect();
        let mut issues = Vec::new();
        for j in columns {
            let col = column::Column {
                xs: &self.waited[j],
                disqualified: &disqualified,
                vendors: &vendors,
            };
            self.work.r[j] = column::score_column(
                &self.criteria.criteria[j],
                &col,
                &mut issues,
                &self.criteria.origin,
            )
            .into();
        }
        if self.criteria.method == Method::Topsis {
            let (v, ideal, anti_ideal) =
                topsis::prepare(self.criteria, &self.waited, &self.work.r, &disqualified);
            self.work.v = v;
            self.work.ideal = ideal;
            self.work.anti_ideal = anti_ideal;
        }
        self.work.penalty = penalty;
        self.work.disqualified = disqualified;
        &self.work
    }

    /// Each offer's red-flag penalty and whether a flag disqualifies it, with `valid` in the
    /// running: the flags that compare offers checked again, the others as last found.
    fn flags(&self, valid: &[bool]) -> (Vec<f64>, Vec<bool>) {
        let n = self.offers.len();
        let mut penalty = vec![0.0; n];
        let mut out = vec![false; n];
        let mut add = |o: usize, flag: &RedFlag| match flag.action {
            FlagAction::Penalty(p) => penalty[o] += p,
            FlagAction::Disqualify => out[o] = true,
        };
        for (f, flag) in self.criteria.red_flags.iter().enumerate() {
            if flags::compares(flag) {
                flags::compared_raised(
                    flag,
                    self.criteria,
                    &self.offers,
                    &self.values,
                    valid,
                    |o| {
                        add(o, flag);
                    },
                );
            } else {
                for o in (0..n).filter(|&o| self.own_flags[f][o]) {
                    add(o, flag);
                }
            }
        }
        (penalty, out)
    }

    /// Writes the fee into the offers (putting back the one changed before) and updates that
    /// offer's numbers and knock-outs.
    fn set_fee(&mut self, o: usize, fee: Decimal) {
        let Some(j) = self.fee else { return };
        if let Some(before) = self.changed.filter(|&p| p != o) {
            let cell = self.original.cell(j, before).clone();
            self.put(before, cell);
        }
        self.changed = Some(o);
        let mut cell = self.original.cell(j, o).clone();
        cell.value = Some(Value::Num(fee));
        cell.unreadable = false;
        self.put(o, cell);
    }

    /// Puts a fee cell in place (there is a fee criterion) and updates that offer.
    fn put(&mut self, o: usize, cell: Cell) {
        if let Some(j) = self.fee {
            self.offers.cells[j][o] = cell;
        }
        let costs = risk::offer_costs(self.criteria, &self.inputs, &self.offers, o);
        for &j in &self.moved {
            let c = &self.criteria.criteria[j];
            let x = number(c, &self.offers, j, o, &costs);
            Arc::make_mut(&mut self.values[j])[o] = x;
            Arc::make_mut(&mut self.waited[j])[o] = wait::waited(c, &self.offers, j, o, x);
        }
        let m = self.criteria.criteria.len();
        Arc::make_mut(&mut self.values[m])[o] = monthly_number(&costs);
        let (knockouts, _) = answer_knockouts(self.criteria, &self.offers, &self.values, &costs, o);
        self.answers_valid[o] = knockouts.is_empty();
        for (f, flag) in self.criteria.red_flags.iter().enumerate() {
            if !flags::compares(flag) {
                self.own_flags[f][o] = raised_on(
                    flag,
                    self.criteria,
                    &self.offers,
                    &self.values,
                    self.today,
                    o,
                );
            }
        }
    }
}

/// Whether a flag that looks at the offer's own answers only is raised on offer `o`.
fn raised_on(
    flag: &RedFlag,
    criteria: &Criteria,
    offers: &Offers,
    values: &[Numbers],
    today: Date,
    o: usize,
) -> bool {
    let valid = vec![true; offers.len()];
    !flags::raise_one(
        flag,
        criteria,
        offers,
        values,
        &valid,
        today.year,
        std::iter::once(o),
    )
    .is_empty()
}
