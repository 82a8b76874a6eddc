//! One criterion's column of answers -> scores in [0, 1]: minmax, ratio (the public-procurement
//! formula) or linear between `best` and `worst`.

use crate::criteria::{Better, Criterion, Scoring};
use crate::i18n::Msg;
use crate::issue::Issue;

/// The column a criterion is scored over.
pub(super) struct Column<'a> {
    /// The values, NaN where missing.
    pub xs: &'a [f64],
    pub disqualified: &'a [bool],
    pub vendors: &'a [&'a str],
}

/// The smallest and largest value of the offers that are not disqualified and have one;
/// `None` when no offer does.
fn range(col: &Column<'_>) -> Option<(f64, f64)> {
    let valid = col
        .xs
        .iter()
        .zip(col.disqualified)
        .filter(|(x, d)| !x.is_nan() && !**d)
        .map(|(x, _)| *x);
    let (min, max) = valid.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), x| {
        (lo.min(x), hi.max(x))
    });
    min.is_finite().then_some((min, max))
}

/// Scores of one criterion's column, in [0, 1]; NaN where the value is missing.
/// min and max run over the offers that are not disqualified and have a value. `origin` is
/// the criteria file, for the location of warnings.
pub(super) fn score_column(
    c: &Criterion,
    col: &Column<'_>,
    issues: &mut Vec<Issue>,
    origin: &str,
) -> Vec<f64> {
    if !c.kind.is_numeric() {
        // bool 1/0, choice its table score, text 1 when answered.
        return col.xs.to_vec();
    }
    let range = range(col);
    let each = |f: &dyn Fn(f64) -> f64| {
        col.xs
            .iter()
            .map(|&x| if x.is_nan() { x } else { f(x) })
            .collect()
    };
    match c.scoring {
        Scoring::Linear { best, worst } => each(&|x| clamp((x - worst) / (best - worst))),
        Scoring::MinMax => each(&|x| minmax(x, range, c.better)),
        Scoring::Ratio => {
            let location = format!("{origin}:{}", c.line);
            warn_ratio(c, col, range, issues, &location);
            each(&|x| ratio(x, range, c.better))
        }
    }
}

fn clamp(s: f64) -> f64 {
    s.clamp(0.0, 1.0)
}

/// (x − min)/(max − min), or (max − x)/(max − min) when lower is better; 1 for everybody
/// when all offers are equal.
fn minmax(x: f64, range: Option<(f64, f64)>, better: Better) -> f64 {
    match range {
        Some((min, max)) if max != min => match better {
            Better::Higher => clamp((x - min) / (max - min)),
            Better::Lower => clamp((max - x) / (max - min)),
        },
        _ => 1.0,
    }
}

/// x/max when higher is better, min/x when lower is; a 0 on a lower-is-better criterion
/// takes 1 and leaves every other offer 0.
fn ratio(x: f64, range: Option<(f64, f64)>, better: Better) -> f64 {
    match (better, range) {
        (Better::Higher, Some((_, max))) if max > 0.0 => clamp(x / max),
        (Better::Higher, Some((_, max))) => {
            if x >= max {
                1.0
            } else {
                0.0
            }
        }
        (Better::Higher, None) => 1.0,
        (Better::Lower, None) => 1.0,
        (Better::Lower, Some((min, _))) => {
            if min == 0.0 {
                if x == 0.0 { 1.0 } else { 0.0 }
            } else if x <= 0.0 {
                1.0
            } else {
                clamp(min / x)
            }
        }
    }
}

/// The warnings ratio scoring needs: a negative value, or a 0 that takes all the points.
fn warn_ratio(
    c: &Criterion,
    col: &Column<'_>,
    range: Option<(f64, f64)>,
    issues: &mut Vec<Issue>,
    location: &str,
) {
    let Some((min, _)) = range else { return };
    if min < 0.0 {
        issues.push(Issue::warning(
            location,
            Msg::new("score-ratio-negative")
                .with("criterion", &c.id)
                .num("min", min),
        ));
    }
    if c.better == Better::Lower && min == 0.0 {
        let zeros: Vec<&str> = col
            .xs
            .iter()
            .zip(col.disqualified)
            .zip(col.vendors)
            .filter(|((x, d), _)| **x == 0.0 && !**d)
            .map(|(_, v)| *v)
            .collect();
        issues.push(Issue::warning(
            location,
            Msg::new("score-ratio-zero")
                .with("criterion", &c.id)
                .with("vendors", zeros.join(", ")),
        ));
    }
}
