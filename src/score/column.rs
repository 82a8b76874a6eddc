//! One criterion's column of answers -> scores in [0, 1]: minmax, ratio (the public-procurement
//! formula) or linear between `best` and `worst`.

use crate::criteria::{Better, Criterion, Scoring};
use crate::issue::Issue;

/// Scores of one criterion's column, in [0, 1]; NaN where the value is missing.
/// min and max run over the offers that are not disqualified and have a value.
pub(super) fn score_column(
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
