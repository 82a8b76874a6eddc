//! TOPSIS: each offer's closeness to the ideal offer and distance from the worst, on vector-
//! normalized values, weighted.

use super::Numbers;
use crate::criteria::{Better, Criteria, Missing};

use super::Evaluation;

/// The number TOPSIS works on: the value itself for number-like kinds, the 0..1 score otherwise.
pub(super) fn prepare(
    criteria: &Criteria,
    values: &[Numbers],
    r: &[Numbers],
    disqualified: &[bool],
) -> (Vec<Numbers>, Vec<f64>, Vec<f64>) {
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
        v.push(col.into());
    }
    (v, ideal, anti)
}

/// Scores 0–100 before penalties: 100 · D⁻ / (D⁺ + D⁻), euclidean distances to the ideal and
/// the anti-ideal, a missing value counting as the worst (or left out with `missing = "ignore"`).
pub(super) fn scores(e: &Evaluation, weights: &[f64], total: f64, out: &mut [f64]) {
    let n = out.len();
    let mut plus = vec![0.0; n];
    let mut minus = vec![0.0; n];
    for (j, &w) in weights.iter().enumerate() {
        let w = w / total;
        let (best, worst) = (e.ideal[j], e.anti_ideal[j]);
        let ignore = e.missing[j] == Missing::Ignore;
        for o in 0..n {
            let mut x = e.v[j][o];
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
