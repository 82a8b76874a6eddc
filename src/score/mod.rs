//! Scoring: per-criterion scores, knock-outs, weights, weighted sum and TOPSIS.
//!
//! Work is split so that a weight change is cheap: [`evaluate`] does everything that does not
//! depend on the weights (parsing values into numbers, knock-outs, normalization, ideals) once;
//! [`Evaluation::scores`] is then one pass over a column-major matrix of floats.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

pub mod flags;
pub mod rank;
pub mod risk;

use crate::calendar::Date;
use crate::criteria::{Better, Criteria, Criterion, Kind, Method, Missing, Scoring};
use crate::issue::Issue;
use crate::normalize::value::normalize_label;
use crate::normalize::{Offers, Value};
use flags::RaisedFlag;
use risk::Costs;

/// Why an offer was removed from the ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct Knockout {
    /// The criterion (or red flag) id.
    pub criterion: String,
    pub message: String,
}

/// Everything about the offers that does not depend on the weights.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    pub method: Method,
    /// `r[criterion][offer]`: the score in [0, 1]; NaN when the offer gave no usable answer.
    pub r: Vec<Vec<f64>>,
    /// TOPSIS: `v[criterion][offer]` = value / column norm (NaN when missing); empty for the
    /// weighted sum, which does not need it.
    pub v: Vec<Vec<f64>>,
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

/// One offer's score and how it is made up.
#[derive(Debug, Clone, PartialEq)]
pub struct Breakdown {
    /// 0–100, after penalties.
    pub score: f64,
    /// Points per criterion (weighted sum only; NaN for a criterion left out).
    pub points: Vec<f64>,
}

/// Scores the offers' answers against the criteria, everything but the weights.
/// `today` is the default `as_of` of the red flags about age.
pub fn evaluate(criteria: &Criteria, offers: &Offers, today: Date) -> Evaluation {
    let n = offers.len();
    let m = criteria.criteria.len();
    let costs = risk::costs(criteria, offers);
    let mut issues = Vec::new();
    let mut knockouts: Vec<Vec<Knockout>> = vec![Vec::new(); n];
    let mut blanks = vec![0usize; n];

    let mut values = vec![vec![f64::NAN; n]; m];
    for (j, c) in criteria.criteria.iter().enumerate() {
        for o in 0..n {
            let x = if c.kind == Kind::RiskCost {
                costs[o].risk.as_ref().ok().and_then(|d| d.to_f64())
            } else {
                match &offers.cell(j, o).value {
                    None => None,
                    Some(Value::Num(d)) => d.to_f64(),
                    Some(Value::Bool(b)) => Some(if *b { 1.0 } else { 0.0 }),
                    Some(Value::Choice(k)) => c.choices.get(*k).map(|(_, s)| *s),
                    Some(Value::Text) => Some(1.0),
                }
            };
            match x {
                Some(x) if x.is_finite() => values[j][o] = x,
                _ => {
                    // Unreadable answers are counted as issues, not as blanks.
                    if c.kind != Kind::RiskCost
                        && crate::normalize::value::is_missing(&offers.cell(j, o).raw)
                    {
                        blanks[o] += 1;
                    }
                    match c.missing {
                        Missing::Disqualify => knockouts[o].push(Knockout {
                            criterion: c.id.clone(),
                            message: format!(
                                "{}: no usable answer, and an answer is required",
                                c.label
                            ),
                        }),
                        Missing::Worst if c.require.is_some() => knockouts[o].push(Knockout {
                            criterion: c.id.clone(),
                            message: format!(
                                "{}: no usable answer, so {} cannot be confirmed",
                                c.label,
                                describe_require(c)
                            ),
                        }),
                        _ => {}
                    }
                }
            }
            if let Some(k) = require_failure(c, offers, j, o, values[j][o], &costs[o]) {
                knockouts[o].push(k);
            }
        }
    }

    // Red flags compare an offer with the others that are still in the running.
    // An offer a flag disqualifies is not a valid offer either: check once, drop those, check
    // again, so that "below the mean of the other valid offers" means what it says.
    let this_year = today.year;
    let mut valid: Vec<bool> = knockouts.iter().map(Vec::is_empty).collect();
    let first = flags::raise(criteria, offers, &values, &valid, this_year);
    for (v, fs) in valid.iter_mut().zip(&first) {
        if fs.iter().any(|f| f.disqualify) {
            *v = false;
        }
    }
    let flags = flags::raise(criteria, offers, &values, &valid, this_year);
    let penalty: Vec<f64> = flags
        .iter()
        .map(|f| f.iter().map(|x| x.penalty).sum())
        .collect();
    for (o, fs) in flags.iter().enumerate() {
        for f in fs.iter().filter(|f| f.disqualify) {
            knockouts[o].push(Knockout {
                criterion: f.id.clone(),
                message: f.message.clone(),
            });
        }
    }
    let disqualified: Vec<bool> = knockouts.iter().map(|k| !k.is_empty()).collect();

    let vendors: Vec<&str> = offers.offers.iter().map(|o| o.vendor.as_str()).collect();
    let r: Vec<Vec<f64>> = criteria
        .criteria
        .iter()
        .zip(&values)
        .map(|(c, xs)| {
            score_column(
                c,
                xs,
                &disqualified,
                &vendors,
                &mut issues,
                &criteria.origin,
            )
        })
        .collect();

    let (v, ideal, anti_ideal) = if criteria.method == Method::Topsis {
        topsis_prepare(criteria, &values, &r, &disqualified)
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

/// Scores of one criterion's column, in [0, 1]; NaN where the value is missing.
/// min and max run over the offers that are not disqualified and have a value.
fn score_column(
    c: &Criterion,
    xs: &[f64],
    disqualified: &[bool],
    vendors: &[&str],
    issues: &mut Vec<Issue>,
    origin: &str,
) -> Vec<f64> {
    if !c.kind.is_numeric() {
        // bool 1/0, choice its table score, text 1 when answered.
        return xs.to_vec();
    }
    let valid = || {
        xs.iter()
            .zip(disqualified)
            .filter(|(x, d)| !x.is_nan() && !**d)
            .map(|(x, _)| *x)
    };
    let min = valid().fold(f64::INFINITY, f64::min);
    let max = valid().fold(f64::NEG_INFINITY, f64::max);
    let has_valid = min.is_finite();
    let clamp = |s: f64| s.clamp(0.0, 1.0);
    let location = format!("{origin}:{}", c.line);
    match c.scoring {
        Scoring::Linear { best, worst } => xs
            .iter()
            .map(|&x| {
                if x.is_nan() {
                    x
                } else {
                    clamp((x - worst) / (best - worst))
                }
            })
            .collect(),
        Scoring::MinMax => xs
            .iter()
            .map(|&x| {
                if x.is_nan() {
                    x
                } else if !has_valid || max == min {
                    1.0
                } else {
                    match c.better {
                        Better::Higher => clamp((x - min) / (max - min)),
                        Better::Lower => clamp((max - x) / (max - min)),
                    }
                }
            })
            .collect(),
        Scoring::Ratio => {
            if has_valid && min < 0.0 {
                issues.push(Issue::warning(
                    &location,
                    format!("{}: ratio scoring assumes positive values, but one is {min}; scores are clamped to 0–1", c.id),
                ));
            }
            match c.better {
                Better::Higher => xs
                    .iter()
                    .map(|&x| {
                        if x.is_nan() {
                            x
                        } else if !has_valid || max <= 0.0 {
                            if x >= max { 1.0 } else { 0.0 }
                        } else {
                            clamp(x / max)
                        }
                    })
                    .collect(),
                Better::Lower => {
                    if has_valid && min == 0.0 {
                        let zeros: Vec<&str> = xs
                            .iter()
                            .zip(disqualified)
                            .zip(vendors)
                            .filter(|((x, d), _)| **x == 0.0 && !**d)
                            .map(|(_, v)| *v)
                            .collect();
                        issues.push(Issue::warning(
                            &location,
                            format!(
                                "{}: {} offered 0, so ratio scoring (min/x) gives them 1 and every other offer 0",
                                c.id,
                                zeros.join(", ")
                            ),
                        ));
                    }
                    xs.iter()
                        .map(|&x| {
                            if x.is_nan() {
                                x
                            } else if !has_valid {
                                1.0
                            } else if min == 0.0 {
                                if x == 0.0 { 1.0 } else { 0.0 }
                            } else if x <= 0.0 {
                                1.0
                            } else {
                                clamp(min / x)
                            }
                        })
                        .collect()
                }
            }
        }
    }
}

/// The number TOPSIS works on: the value itself for number-like kinds, the 0..1 score otherwise.
fn topsis_prepare(
    criteria: &Criteria,
    values: &[Vec<f64>],
    r: &[Vec<f64>],
    disqualified: &[bool],
) -> (Vec<Vec<f64>>, Vec<f64>, Vec<f64>) {
    let m = criteria.criteria.len();
    let mut v = Vec::with_capacity(m);
    let mut ideal = Vec::with_capacity(m);
    let mut anti = Vec::with_capacity(m);
    for (j, c) in criteria.criteria.iter().enumerate() {
        let xs = if c.kind.is_numeric() {
            &values[j]
        } else {
            &r[j]
        };
        let higher = !c.kind.is_numeric() || c.better == Better::Higher;
        let valid = || {
            xs.iter()
                .zip(disqualified)
                .filter(|(x, d)| !x.is_nan() && !**d)
                .map(|(x, _)| *x)
        };
        let norm = valid().map(|x| x * x).sum::<f64>().sqrt();
        let col: Vec<f64> = xs
            .iter()
            .map(|&x| {
                if x.is_nan() {
                    x
                } else if norm > 0.0 {
                    x / norm
                } else {
                    0.0
                }
            })
            .collect();
        let lo = valid()
            .map(|x| if norm > 0.0 { x / norm } else { 0.0 })
            .fold(f64::INFINITY, f64::min);
        let hi = valid()
            .map(|x| if norm > 0.0 { x / norm } else { 0.0 })
            .fold(f64::NEG_INFINITY, f64::max);
        let (lo, hi) = if lo.is_finite() { (lo, hi) } else { (0.0, 0.0) };
        if higher {
            ideal.push(hi);
            anti.push(lo);
        } else {
            ideal.push(lo);
            anti.push(hi);
        }
        v.push(col);
    }
    (v, ideal, anti)
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
        let n = self.len();
        let total: f64 = weights.iter().sum();
        let mut out = vec![0.0; n];
        if total <= 0.0 {
            return out;
        }
        match self.method {
            Method::WeightedSum => {
                let mut denom = vec![total; n];
                // Straight passes over whole columns, without bounds checks or branches in the
                // hot loop, so that the compiler can vectorize them.
                for (j, &w) in weights.iter().enumerate() {
                    if w == 0.0 {
                        continue;
                    }
                    let col = &self.r[j];
                    for (acc, &s) in out.iter_mut().zip(col) {
                        *acc += w * if s.is_nan() { 0.0 } else { s };
                    }
                    if self.missing[j] == Missing::Ignore {
                        for (d, &s) in denom.iter_mut().zip(col) {
                            if s.is_nan() {
                                *d -= w;
                            }
                        }
                    }
                }
                for o in 0..n {
                    out[o] = if denom[o] > 0.0 {
                        100.0 * out[o] / denom[o]
                    } else {
                        0.0
                    };
                }
            }
            Method::Topsis => {
                let mut plus = vec![0.0; n];
                let mut minus = vec![0.0; n];
                for (j, &w) in weights.iter().enumerate() {
                    let w = w / total;
                    let (best, worst) = (self.ideal[j], self.anti_ideal[j]);
                    let ignore = self.missing[j] == Missing::Ignore;
                    for o in 0..n {
                        let mut x = self.v[j][o];
                        if x.is_nan() {
                            if ignore {
                                continue;
                            }
                            x = worst;
                        }
                        let dp = w * (x - best);
                        let dm = w * (x - worst);
                        plus[o] += dp * dp;
                        minus[o] += dm * dm;
                    }
                }
                for o in 0..n {
                    let (p, m) = (plus[o].sqrt(), minus[o].sqrt());
                    out[o] = if p + m > 0.0 {
                        100.0 * m / (p + m)
                    } else {
                        100.0
                    };
                }
            }
        }
        for (score, penalty) in out.iter_mut().zip(&self.penalty) {
            *score = (*score - penalty).max(0.0);
        }
        out
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

/// A knock-out when the offer's answer breaks the criterion's `require`.
fn require_failure(
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
        })
    };
    if let Some(v) = value {
        if let Some(max) = req.max
            && v > max
        {
            return fail(format!(
                "{} {}{unit} is above the maximum of {}{unit}",
                c.label,
                show(v),
                show(max)
            ));
        }
        if let Some(min) = req.min
            && v < min
        {
            return fail(format!(
                "{} {}{unit} is below the minimum of {}{unit}",
                c.label,
                show(v),
                show(min)
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

/// A decimal without trailing zeros.
pub fn show(d: Decimal) -> String {
    d.normalize().to_string()
}
