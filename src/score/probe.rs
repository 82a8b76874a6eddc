//! One offer's monthly fee changed and the offers scored again, redoing only what a fee moves:
//! that offer's costs, numbers and knock-outs, the red flags (which compare offers), and the
//! columns the fee feeds (all columns when a knock-out changes who is in the running). The
//! result is the evaluation [`evaluate`](super::evaluate) would give, for the weighted sum.

use rust_decimal::Decimal;

use super::{
    Evaluation, answer_knockouts, check_answers, column, evaluate, flags, monthly_number, number,
    numbers, risk, wait,
};
use crate::calendar::Date;
use crate::criteria::{Criteria, FlagAction, Kind, RedFlag};
use crate::normalize::{Cell, Offers, Value};

/// The offers with one fee changed in place, and what scoring them again needs.
pub struct FeeProbe<'a> {
    criteria: &'a Criteria,
    original: &'a Offers,
    today: Date,
    /// The fee criterion.
    fee: usize,
    /// The criteria whose numbers the fee moves: the fee and every risk cost.
    moved: Vec<usize>,
    /// The offers, with the fee of `changed` replaced.
    offers: Offers,
    changed: Option<usize>,
    /// The numbers scored, followed by the monthly cost (as the red flags see them).
    values: Vec<Vec<f64>>,
    /// The same with service-window waits added (what the columns are scored on).
    waited: Vec<Vec<f64>>,
    /// `own_flags[flag][offer]`: whether a flag that looks at the offer's own answers only is
    /// raised (empty for the flags that compare offers).
    own_flags: Vec<Vec<bool>>,
    /// Whether each offer's answers keep it in the running (before red flags).
    answers_valid: Vec<bool>,
    /// Who is knocked out with every fee as given.
    base_disqualified: Vec<bool>,
    /// Whether columns other than the moved ones differ from the base (a knock-out changed).
    all_stale: bool,
    work: Evaluation,
}

impl<'a> FeeProbe<'a> {
    /// Ready to change the fee (criterion `fee`) of any offer.
    pub fn new(criteria: &'a Criteria, offers: &'a Offers, today: Date, fee: usize) -> Self {
        let mut working = offers.clone();
        let n = working.len();
        if working.cells[fee].len() < n {
            working.cells[fee].resize(n, Cell::default());
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
                let found =
                    flags::raise_one(flag, criteria, offers, &values, &valid, today.year, 0..offers.len());
                for (o, _) in found {
                    raised[o] = true;
                }
                raised
            })
            .collect();
        let moved = (0..criteria.criteria.len())
            .filter(|&j| j == fee || criteria.criteria[j].kind == Kind::RiskCost)
            .collect();
        FeeProbe {
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
            work,
        }
    }

    /// The evaluation with offer `o`'s fee at `fee` (every other offer's as given).
    pub fn at(&mut self, o: usize, fee: Decimal) -> &Evaluation {
        self.set_fee(o, fee);
        // The red flags twice, as `evaluate` checks them: who a flag disqualifies is not in the
        // running when the others are compared with the valid offers.
        let (_, first) = self.flags(&self.answers_valid);
        let valid: Vec<bool> = self
            .answers_valid
            .iter()
            .zip(&first)
            .map(|(v, out)| *v && !out)
            .collect();
        let (penalty, out) = self.flags(&valid);
        let disqualified: Vec<bool> = out
            .iter()
            .zip(&self.answers_valid)
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
            );
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
                flags::compared_raised(flag, self.criteria, &self.offers, &self.values, valid, |o| {
                    add(o, flag);
                });
            } else {
                for o in (0..n).filter(|&o| self.own_flags[f][o]) {
                    add(o, flag);
                }
            }
        }
        (penalty, out)
    }

    /// The whole evaluation with offer `o`'s fee at `fee`, every step done again (for
    /// TOPSIS, whose ideal points the fee moves too).
    pub fn full_at(&mut self, o: usize, fee: Decimal) -> Evaluation {
        self.set_fee(o, fee);
        evaluate(self.criteria, &self.offers, self.today)
    }

    /// Writes the fee into the offers (putting back the one changed before) and updates that
    /// offer's numbers and knock-outs.
    fn set_fee(&mut self, o: usize, fee: Decimal) {
        if let Some(before) = self.changed.filter(|&p| p != o) {
            let cell = self.original.cell(self.fee, before).clone();
            self.put(before, cell);
        }
        self.changed = Some(o);
        let mut cell = self.original.cell(self.fee, o).clone();
        cell.value = Some(Value::Num(fee));
        cell.unreadable = false;
        self.put(o, cell);
    }

    fn put(&mut self, o: usize, cell: Cell) {
        self.offers.cells[self.fee][o] = cell;
        let costs = risk::offer_costs(self.criteria, &self.offers, o);
        for &j in &self.moved {
            let c = &self.criteria.criteria[j];
            let x = number(c, &self.offers, j, o, &costs);
            self.values[j][o] = x;
            self.waited[j][o] = wait::waited(c, &self.offers, j, o, x);
        }
        let m = self.criteria.criteria.len();
        self.values[m][o] = monthly_number(&costs);
        let (knockouts, _) = answer_knockouts(self.criteria, &self.offers, &self.values, &costs, o);
        self.answers_valid[o] = knockouts.is_empty();
        for (f, flag) in self.criteria.red_flags.iter().enumerate() {
            if !flags::compares(flag) {
                self.own_flags[f][o] = raised_on(flag, self.criteria, &self.offers, &self.values, self.today, o);
            }
        }
    }
}

/// Whether a flag that looks at the offer's own answers only is raised on offer `o`.
fn raised_on(
    flag: &RedFlag,
    criteria: &Criteria,
    offers: &Offers,
    values: &[Vec<f64>],
    today: Date,
    o: usize,
) -> bool {
    let valid = vec![true; offers.len()];
    !flags::raise_one(flag, criteria, offers, values, &valid, today.year, std::iter::once(o))
        .is_empty()
}
