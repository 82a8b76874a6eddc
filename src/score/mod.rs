//! Scoring: per-criterion scores, knock-outs, red flags, risk cost, weighted sum and TOPSIS,
//! ranking.
//!
//! Work is split so that a weight change is cheap: [`evaluate`] does everything that does not
//! depend on the weights (parsing values into numbers, knock-outs, normalization, ideals) once;
//! [`Evaluation::scores`] is then one pass over a column-major matrix of floats.

mod column;
pub mod flags;
mod knockout;
pub mod rank;
mod rescore;
pub mod risk;
mod topsis;
pub(crate) mod wait;
mod weighted;

pub use knockout::Knockout;
pub use rescore::Rescorer;

use std::sync::Arc;

use rayon::prelude::*;
use rust_decimal::prelude::ToPrimitive;

use crate::calendar::Date;
use crate::criteria::{Criteria, Criterion, Kind, Method, Missing};
use crate::issue::Issue;
use crate::normalize::{Offers, Value};
use flags::RaisedFlag;
use risk::Costs;

/// One criterion's numbers for every offer (NaN where there is none). The columns no offer
/// answered share one allocation; a criteria file names dozens of criteria that a comparison
/// sheet leaves out.
pub type Numbers = Arc<[f64]>;

/// Everything about the offers that does not depend on the weights.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    pub method: Method,
    /// `r[criterion][offer]`: the score in [0, 1]; NaN when the offer gave no usable answer.
    pub r: Vec<Numbers>,
    /// TOPSIS: `v[criterion][offer]` = value / column norm (NaN when missing); empty for the
    /// weighted sum, which does not need it.
    pub v: Vec<Numbers>,
    /// TOPSIS: best and worst normalized value per criterion.
    pub ideal: Vec<f64>,
    pub anti_ideal: Vec<f64>,
    pub missing: Vec<Missing>,
    pub knockouts: Vec<Vec<Knockout>>,
    pub flags: Vec<Vec<RaisedFlag>>,
    /// Sum of red-flag penalties per offer.
    pub penalty: Vec<f64>,
    pub disqualified: Vec<bool>,
    /// How many criteria each offer left blank (or gave an unreadable answer to).
    pub blanks: Vec<usize>,
    pub costs: Vec<Costs>,
    pub issues: Vec<Issue>,
}

/// Scores the offers' answers against the criteria, everything but the weights.
/// `today` is the default `as_of` of the red flags about age.
pub fn evaluate(criteria: &Criteria, offers: &Offers, today: Date) -> Evaluation {
    let costs = risk::costs(criteria, offers);
    let values = numbers(criteria, offers, &costs);
    let (mut knockouts, blanks) = check_answers(criteria, offers, &values, &costs);
    // The flags also see the monthly cost, after the criteria's columns (see flags::MONTHLY_COST).
    let mut values = values;
    values.push(costs.iter().map(monthly_number).collect());
    let (flags, penalty) = raise_flags(criteria, offers, &values, &mut knockouts, today);
    values.pop();
    let disqualified: Vec<bool> = knockouts.iter().map(|k| !k.is_empty()).collect();
    // Scored on the expected time, windows counted; knocked out on the time as written.
    let values = wait::add_waits(criteria, offers, values);

    let vendors: Vec<&str> = offers.offers.iter().map(|o| o.vendor.as_str()).collect();
    // Column by column on every core; the issues in the criteria's order.
    let (r, issues): (Vec<Numbers>, Vec<Vec<Issue>>) = criteria
        .criteria
        .par_iter()
        .zip(&values)
        .map(|(c, xs)| {
            let col = column::Column {
                xs,
                disqualified: &disqualified,
                vendors: &vendors,
            };
            let mut issues = Vec::new();
            // Nothing to score (no offer answered): the same NaNs, not a copy.
            let r = if xs.iter().all(|x| x.is_nan()) {
                Arc::clone(xs)
            } else {
                column::score_column(c, &col, &mut issues, &criteria.origin).into()
            };
            (r, issues)
        })
        .unzip();
    let issues = issues.into_iter().flatten().collect();

    let (v, ideal, anti_ideal) = if criteria.method == Method::Topsis {
        topsis::prepare(criteria, &values, &r, &disqualified)
    } else {
        (Vec::new(), Vec::new(), Vec::new())
    };

    Evaluation {
        method: criteria.method,
        r,
        v,
        ideal,
        anti_ideal,
        missing: criteria.criteria.iter().map(|c| c.missing).collect(),
        knockouts,
        flags,
        penalty,
        disqualified,
        blanks,
        costs,
        issues,
    }
}

/// `values[criterion][offer]`: the number each answer is scored on (bool 1/0, a choice its
/// table score, text 1 when answered, the risk cost computed); NaN when there is none.
fn numbers(criteria: &Criteria, offers: &Offers, costs: &[Costs]) -> Vec<Numbers> {
    let n = offers.len();
    let unanswered: Numbers = vec![f64::NAN; n].into();
    criteria
        .criteria
        .par_iter()
        .enumerate()
        .map(|(j, c)| {
            if c.kind != Kind::RiskCost && offers.cells.get(j).is_none_or(Vec::is_empty) {
                Arc::clone(&unanswered)
            } else {
                (0..n).map(|o| number(c, offers, j, o, &costs[o])).collect()
            }
        })
        .collect()
}

/// One answer's number (see [`numbers`]).
fn number(c: &Criterion, offers: &Offers, j: usize, o: usize, costs: &Costs) -> f64 {
    let x = if c.kind == Kind::RiskCost {
        costs.risk.as_ref().ok().and_then(|d| d.to_f64())
    } else {
        match &offers.cell(j, o).value {
            None => None,
            Some(Value::Num(d)) => d.to_f64(),
            Some(Value::Bool(b)) => Some(if *b { 1.0 } else { 0.0 }),
            Some(Value::Choice(k)) => c.choices.get(*k).map(|(_, s)| *s),
            Some(Value::Text) => Some(1.0),
        }
    };
    x.filter(|x| x.is_finite()).unwrap_or(f64::NAN)
}

/// The monthly cost as a number the red flags compare (NaN when it cannot be computed).
fn monthly_number(costs: &Costs) -> f64 {
    costs
        .monthly
        .as_ref()
        .ok()
        .and_then(|d| d.to_f64())
        .unwrap_or(f64::NAN)
}

/// Knock-outs from the answers (missing where needed, or breaking a `require`), and how many
/// criteria each offer left blank.
fn check_answers(
    criteria: &Criteria,
    offers: &Offers,
    values: &[Numbers],
    costs: &[Costs],
) -> (Vec<Vec<Knockout>>, Vec<usize>) {
    (0..offers.len())
        .into_par_iter()
        .map(|o| answer_knockouts(criteria, offers, values, &costs[o], o))
        .unzip()
}

/// One offer's knock-outs from its answers, and how many criteria it left blank.
fn answer_knockouts(
    criteria: &Criteria,
    offers: &Offers,
    values: &[Numbers],
    costs: &Costs,
    o: usize,
) -> (Vec<Knockout>, usize) {
    let mut knockouts = Vec::new();
    let mut blanks = 0;
    for (j, c) in criteria.criteria.iter().enumerate() {
        let x = values[j][o];
        if x.is_nan() {
            // Unreadable answers are counted as issues, not as blanks.
            if c.kind != Kind::RiskCost
                && crate::normalize::value::is_missing(&offers.cell(j, o).raw)
            {
                blanks += 1;
            }
            knockouts.extend(knockout::missing_answer(c, offers.cell(j, o)));
        }
        if let Some(k) = knockout::require_failure(c, offers, j, o, x, costs) {
            knockouts.push(k);
        }
    }
    (knockouts, blanks)
}

/// Raises the red flags; a flag that disqualifies adds its knock-out. Returns the flags and
/// each offer's total penalty.
///
/// Red flags compare an offer with the others that are still in the running. An offer a flag
/// disqualifies is not a valid offer either: check once, drop those, check again, so that
/// "below the mean of the other valid offers" means what it says.
fn raise_flags(
    criteria: &Criteria,
    offers: &Offers,
    values: &[Numbers],
    knockouts: &mut [Vec<Knockout>],
    today: Date,
) -> (Vec<Vec<RaisedFlag>>, Vec<f64>) {
    let valid: Vec<bool> = knockouts.iter().map(|k| k.is_empty()).collect();
    let (flags, penalty) = flags_of_valid(criteria, offers, values, valid, today);
    for (o, fs) in flags.iter().enumerate() {
        for f in fs.iter().filter(|f| f.disqualify) {
            knockouts[o].push(Knockout {
                criterion: f.id.to_string(),
                message: f.message(criteria),
                not_understood: false,
            });
        }
    }
    (flags, penalty)
}

/// The flags of the offers `valid` leaves in the running (checked twice, see above), and each
/// offer's total penalty.
fn flags_of_valid(
    criteria: &Criteria,
    offers: &Offers,
    values: &[Numbers],
    mut valid: Vec<bool>,
    today: Date,
) -> (Vec<Vec<RaisedFlag>>, Vec<f64>) {
    let n = offers.len();
    let year = today.year;
    let first: Vec<Vec<(usize, RaisedFlag)>> = criteria
        .red_flags
        .iter()
        .map(|flag| flags::raise_on_all(flag, criteria, offers, values, &valid, year))
        .collect();
    for (o, _) in first.iter().flatten().filter(|(_, f)| f.disqualify) {
        valid[*o] = false;
    }
    // Only the flags that compare offers can change with who is in the running; the others
    // stand as the first pass found them.
    let mut flags: Vec<Vec<RaisedFlag>> = vec![Vec::new(); n];
    for (flag, found) in criteria.red_flags.iter().zip(first) {
        let found = if flags::compares(flag) {
            flags::raise_on_all(flag, criteria, offers, values, &valid, year)
        } else {
            found
        };
        for (o, f) in found {
            flags[o].push(f);
        }
    }
    // A list grown by one push holds room for four: keep what is there.
    for list in &mut flags {
        list.shrink_to_fit();
    }
    let penalty: Vec<f64> = flags
        .iter()
        .map(|f| f.iter().map(|x| x.penalty).sum())
        .collect();
    (flags, penalty)
}

impl Evaluation {
    pub fn len(&self) -> usize {
        self.disqualified.len()
    }

    pub fn is_empty(&self) -> bool {
        self.disqualified.is_empty()
    }

    /// Scores (0–100, after penalties) of every offer for these weights: one pass over the
    /// matrix. Disqualified offers get a score too (against the others' min and max), shown
    /// but not ranked.
    pub fn scores(&self, weights: &[f64]) -> Vec<f64> {
        let mut out = Vec::new();
        self.scores_into(weights, &mut out);
        out
    }

    /// A copy holding only what scoring needs (no flags, knock-out texts, costs or issues):
    /// cheap to hand to another thread that samples weights.
    pub fn scoring_only(&self) -> Evaluation {
        Evaluation {
            method: self.method,
            r: self.r.clone(),
            v: self.v.clone(),
            ideal: self.ideal.clone(),
            anti_ideal: self.anti_ideal.clone(),
            missing: self.missing.clone(),
            knockouts: Vec::new(),
            flags: Vec::new(),
            penalty: self.penalty.clone(),
            disqualified: self.disqualified.clone(),
            blanks: Vec::new(),
            costs: Vec::new(),
            issues: Vec::new(),
        }
    }

    /// The same into a buffer the caller keeps, for loops that score many weight vectors.
    pub fn scores_into(&self, weights: &[f64], out: &mut Vec<f64>) {
        out.clear();
        out.resize(self.len(), 0.0);
        let total: f64 = weights.iter().sum();
        if total <= 0.0 {
            return;
        }
        match self.method {
            Method::WeightedSum => weighted::scores(self, weights, total, out),
            Method::Topsis => topsis::scores(self, weights, total, out),
        }
        for (score, penalty) in out.iter_mut().zip(&self.penalty) {
            *score = (*score - penalty).max(0.0);
        }
    }

    /// One offer's points per criterion (weighted sum: 100 · wⱼ · rᵢⱼ / Σw over what counts;
    /// TOPSIS: NaN, its distances do not split into points).
    pub fn points(&self, weights: &[f64], offer: usize) -> Vec<f64> {
        let m = weights.len();
        if self.method == Method::Topsis {
            return vec![f64::NAN; m];
        }
        let denom: f64 = (0..m)
            .filter(|&j| !(self.r[j][offer].is_nan() && self.missing[j] == Missing::Ignore))
            .map(|j| weights[j])
            .sum();
        (0..m)
            .map(|j| {
                let s = self.r[j][offer];
                if s.is_nan() {
                    if self.missing[j] == Missing::Ignore {
                        f64::NAN
                    } else {
                        0.0
                    }
                } else if denom > 0.0 {
                    100.0 * weights[j] * s / denom
                } else {
                    0.0
                }
            })
            .collect()
    }

    /// What each criterion contributes to one offer's standing, for comparing two offers:
    /// the weighted sum's points, or for TOPSIS (whose distances do not split into points) the
    /// per-criterion score weighted by the criterion's share, ×100 — so that a criterion that
    /// counts little never tops a comparison.
    pub fn contributions(&self, weights: &[f64], offer: usize) -> Vec<f64> {
        if self.method != Method::Topsis {
            return self.points(weights, offer);
        }
        let total: f64 = weights.iter().sum();
        (0..weights.len())
            .map(|j| {
                let share = if total > 0.0 { weights[j] / total } else { 0.0 };
                100.0 * share * self.criterion_score(j, offer)
            })
            .collect()
    }

    /// The per-criterion score in [0, 1] shown for one offer: the weighted-sum score, or for
    /// TOPSIS the position between the worst (0) and the best (1) normalized value.
    pub fn criterion_score(&self, criterion: usize, offer: usize) -> f64 {
        match self.method {
            Method::WeightedSum => self.r[criterion][offer],
            Method::Topsis => {
                let x = self.v[criterion][offer];
                let (b, w) = (self.ideal[criterion], self.anti_ideal[criterion]);
                if x.is_nan() {
                    x
                } else if b == w {
                    1.0
                } else {
                    ((x - w) / (b - w)).clamp(0.0, 1.0)
                }
            }
        }
    }
}
