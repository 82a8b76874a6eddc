//! Tipping points: the weight of one criterion (the others fixed) at which the leader changes,
//! exact for the weighted sum, where each score is a ratio of linear functions of that weight.

use crate::analysis::Analysis;
use crate::criteria::{Method, Missing};
use crate::score::Evaluation;
use crate::score::rank::leader;

/// Where changing one criterion's raw weight (the others fixed) changes the leader.
#[derive(Debug, Clone, PartialEq)]
pub struct Tipping {
    pub criterion: usize,
    /// The weight now.
    pub weight: f64,
    /// The highest weight below the current one at which another offer leads, and which.
    pub down: Option<(f64, usize)>,
    /// The lowest weight above the current one at which another offer leads, and which.
    pub up: Option<(f64, usize)>,
}

/// One offer's score as a function of criterion `j`'s weight `x`: `100·(a + b·x)/(c + d·x) − p`.
#[derive(Debug, Clone, Copy)]
struct Line {
    a: f64,
    b: f64,
    c: f64,
    d: f64,
    p: f64,
}

fn line(ev: &Evaluation, weights: &[f64], j: usize, offer: usize) -> Line {
    let (mut num, mut den) = (0.0, 0.0);
    for (k, &w) in weights.iter().enumerate() {
        if k == j {
            continue;
        }
        let r = ev.r[k][offer];
        if r.is_nan() {
            if ev.missing[k] != Missing::Ignore {
                den += w;
            }
        } else {
            num += w * r;
            den += w;
        }
    }
    let r = ev.r[j][offer];
    let (b, d) = match (r.is_nan(), ev.missing[j] == Missing::Ignore) {
        (true, true) => (0.0, 0.0),
        (true, false) => (0.0, 1.0),
        (false, _) => (r, 1.0),
    };
    Line {
        a: num,
        b,
        c: den,
        d,
        p: ev.penalty[offer],
    }
}

/// The weights `x ≥ 0` at which two offers' scores are equal: the roots of
/// `100·P − 100·Q − Δp·R = 0`, a polynomial of degree two at most.
fn crossings(l: Line, o: Line) -> Vec<f64> {
    // P = (a_l + b_l x)(c_o + d_o x), Q = (a_o + b_o x)(c_l + d_l x), R = (c_l + d_l x)(c_o + d_o x)
    let dp = l.p - o.p;
    let q2 = 100.0 * (l.b * o.d - o.b * l.d) - dp * l.d * o.d;
    let q1 = 100.0 * (l.a * o.d + l.b * o.c - o.a * l.d - o.b * l.c) - dp * (l.c * o.d + l.d * o.c);
    let q0 = 100.0 * (l.a * o.c - o.a * l.c) - dp * l.c * o.c;
    let scale = q2.abs().max(q1.abs()).max(q0.abs());
    if scale == 0.0 {
        return Vec::new();
    }
    let roots = if q2.abs() <= 1e-12 * scale {
        if q1.abs() <= 1e-12 * scale {
            Vec::new()
        } else {
            vec![-q0 / q1]
        }
    } else {
        let disc = q1 * q1 - 4.0 * q2 * q0;
        if disc < 0.0 {
            Vec::new()
        } else {
            let s = disc.sqrt();
            vec![(-q1 - s) / (2.0 * q2), (-q1 + s) / (2.0 * q2)]
        }
    };
    roots
        .into_iter()
        .filter(|x| x.is_finite() && *x >= 0.0)
        .collect()
}

/// The tipping points of every criterion, for the weighted sum (`None` for TOPSIS, whose
/// scores are not ratios of linear functions of one weight).
pub fn tipping_points(a: &Analysis) -> Option<Vec<Tipping>> {
    tipping_of(&a.evaluation, &a.name_order_of(), &a.weights)
}

/// The same from the scores alone: `names` each offer's position in vendor-name order.
pub(super) fn tipping_of(ev: &Evaluation, names: &[u32], weights: &[f64]) -> Option<Vec<Tipping>> {
    if ev.method != Method::WeightedSum {
        return None;
    }
    let leader_with = |w: &[f64]| leader(&ev.scores(w), &ev.disqualified, names);
    let leader = leader_with(weights)?;
    let valid: Vec<usize> = (0..ev.len())
        .filter(|&o| !ev.disqualified[o] && o != leader)
        .collect();
    let out = (0..weights.len())
        .map(|j| {
            let w = weights[j];
            let l = line(ev, weights, j, leader);
            let mut points: Vec<f64> = valid
                .iter()
                .flat_map(|&o| crossings(l, line(ev, weights, j, o)))
                .collect();
            points.sort_by(f64::total_cmp);
            points.dedup();
            let leads_at = |x: f64| {
                let mut changed = weights.to_vec();
                changed[j] = x;
                leader_with(&changed).filter(|&o| o != leader)
            };
            let step = |x: f64| (x.abs() * 1e-9).max(1e-9);
            let up = points
                .iter()
                .filter(|&&x| x > w + step(w))
                .find_map(|&x| leads_at(x + step(x)).map(|o| (x, o)));
            let down = points
                .iter()
                .rev()
                .filter(|&&x| x < w - step(w))
                .find_map(|&x| {
                    let below = x - step(x);
                    if below < 0.0 {
                        leads_at(0.0).map(|o| (x, o))
                    } else {
                        leads_at(below).map(|o| (x, o))
                    }
                });
            Tipping {
                criterion: j,
                weight: w,
                down,
                up,
            }
        })
        .collect();
    Some(out)
}
