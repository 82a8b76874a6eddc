//! How sure the leader is: the weight of each criterion at which the leader changes (exact,
//! for the weighted sum), how often each offer ranks first when the weights are only roughly
//! right (SMAA-2 rank acceptability), and the offers no weights can make first. Pure: no IO.

use crate::analysis::Analysis;
use crate::criteria::{Method, Missing};

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

fn line(a: &Analysis, j: usize, offer: usize) -> Line {
    let ev = &a.evaluation;
    let (mut num, mut den) = (0.0, 0.0);
    for (k, &w) in a.weights.iter().enumerate() {
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
    if a.criteria.method != Method::WeightedSum {
        return None;
    }
    let leader = a.leader_with(&a.weights)?;
    let valid: Vec<usize> = (0..a.offers.len())
        .filter(|&o| !a.evaluation.disqualified[o] && o != leader)
        .collect();
    let out = (0..a.weights.len())
        .map(|j| {
            let w = a.weights[j];
            let l = line(a, j, leader);
            let mut points: Vec<f64> = valid
                .iter()
                .flat_map(|&o| crossings(l, line(a, j, o)))
                .collect();
            points.sort_by(f64::total_cmp);
            points.dedup();
            let leads_at = |x: f64| {
                let mut weights = a.weights.clone();
                weights[j] = x;
                a.leader_with(&weights).filter(|&o| o != leader)
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

/// Offers that another valid offer matches or beats on every criterion, beats on one, and
/// does not trail in red-flag penalties: no weights make them first. (offer, by).
pub fn dominated(a: &Analysis) -> Vec<(usize, usize)> {
    let ev = &a.evaluation;
    let valid: Vec<usize> = (0..a.offers.len())
        .filter(|&o| !ev.disqualified[o])
        .collect();
    let score = |j: usize, o: usize| {
        let r = ev.r[j][o];
        if r.is_nan() { 0.0 } else { r }
    };
    let counted: Vec<usize> = (0..ev.r.len()).filter(|&j| a.weights[j] > 0.0).collect();
    let mut out = Vec::new();
    for &o in &valid {
        let by = valid.iter().copied().find(|&k| {
            k != o
                && ev.penalty[k] <= ev.penalty[o]
                && counted.iter().all(|&j| score(j, k) >= score(j, o))
                && counted.iter().any(|&j| score(j, k) > score(j, o))
        });
        if let Some(k) = by {
            out.push((o, k));
        }
    }
    out
}

/// SplitMix64: a small, seeded generator, so that a run with the same seed gives the same
/// shares.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Rank acceptability (SMAA-2): for each offer, the share of `samples` weight draws in which it
/// ranks first, second, … (`shares[offer][rank − 1]`; knocked-out offers never rank). Each raw
/// weight is drawn uniformly from `[w·(1 − spread), w·(1 + spread)]`, `spread` in [0, 1].
pub fn acceptability(a: &Analysis, samples: usize, spread: f64, seed: u64) -> Vec<Vec<f64>> {
    let n = a.offers.len();
    let ranked = (0..n).filter(|&o| !a.evaluation.disqualified[o]).count();
    let mut counts = vec![vec![0usize; ranked]; n];
    let mut rng = SplitMix(seed);
    let spread = spread.clamp(0.0, 1.0);
    let mut weights = a.weights.clone();
    for _ in 0..samples {
        for (w, &base) in weights.iter_mut().zip(&a.weights) {
            *w = base * (1.0 - spread + 2.0 * spread * rng.unit());
        }
        for (place, o) in a.order_with(&weights).into_iter().enumerate() {
            counts[o][place] += 1;
        }
    }
    let total = samples.max(1) as f64;
    counts
        .into_iter()
        .map(|c| c.into_iter().map(|k| k as f64 / total).collect())
        .collect()
}

/// Why no fee makes an offer first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoPrice {
    /// The criteria have no `monthly_fee` criterion.
    NoFeeCriterion,
    /// The offer is knocked out: no fee brings it back.
    KnockedOut,
    /// Even at a fee of 0 another offer leads.
    NotEvenFree,
}

/// The highest monthly fee, in whole currency units, at which offer `o` ranks first with all
/// its other answers and every other offer unchanged: everything the fee moves is scored again
/// (the fee's column, the risk cost, the low-price flag). `Ok(None)`: it is first already.
pub fn price_to_win(a: &Analysis, o: usize) -> Result<Option<u64>, NoPrice> {
    let j = a
        .criteria
        .index_of("monthly_fee")
        .ok_or(NoPrice::NoFeeCriterion)?;
    if a.evaluation.disqualified[o] {
        return Err(NoPrice::KnockedOut);
    }
    if a.leader_with(&a.weights) == Some(o) {
        return Ok(None);
    }
    let first_at = |fee: u64| {
        let mut offers = a.offers.clone();
        let column = &mut offers.cells[j];
        if column.len() <= o {
            column.resize(o + 1, crate::normalize::Cell::default());
        }
        column[o].value = Some(crate::normalize::Value::Num(fee.into()));
        column[o].unreadable = false;
        let evaluation = crate::score::evaluate(&a.criteria, &offers, a.evaluated_on);
        let scores = evaluation.scores(&a.weights);
        crate::score::rank::rank(&scores, &evaluation.disqualified, &a.name_order_of())
            .first()
            .is_some_and(|r| r.rank.is_some() && r.offer == o)
    };
    // A fee above every other offer's cannot win what it does not win now: search below the
    // current one (or the highest fee offered, when this offer wrote none).
    let now = match &a.offers.cell(j, o).value {
        Some(crate::normalize::Value::Num(d)) => rust_decimal::prelude::ToPrimitive::to_f64(d),
        _ => None,
    };
    let top = (0..a.offers.len())
        .filter_map(|k| match &a.offers.cell(j, k).value {
            Some(crate::normalize::Value::Num(d)) => rust_decimal::prelude::ToPrimitive::to_f64(d),
            _ => None,
        })
        .fold(now.unwrap_or(0.0), f64::max)
        .max(1.0)
        .ceil() as u64;
    // A coarse pass finds the highest fee that wins (the low-price flag may make the lowest
    // fees lose again), then halving narrows it to the unit.
    const STEPS: u64 = 200;
    let grid: Vec<u64> = (0..=STEPS).map(|i| top * i / STEPS).collect();
    let Some(pos) = grid.iter().rposition(|&fee| first_at(fee)) else {
        return Err(NoPrice::NotEvenFree);
    };
    let (mut lo, mut hi) = (
        grid[pos],
        grid.get(pos + 1).copied().unwrap_or(grid[pos] + 1),
    );
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if first_at(mid) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    Ok(Some(lo))
}

/// A rank reversal: removing `removed` (not the leader) swaps the order of two other offers.
#[derive(Debug, Clone, PartialEq)]
pub struct Reversal {
    pub removed: usize,
    /// Pairs (was ahead, now ahead) whose order changed.
    pub pairs: Vec<(usize, usize)>,
}

/// Whether removing one offer that is not first changes the order of the others, for each
/// such offer: min–max, ratio and TOPSIS scores depend on the other offers, and buyers are
/// surprised when a dropped offer reorders the rest. Linear scoring alone cannot reverse.
pub fn rank_reversals(a: &Analysis) -> Vec<Reversal> {
    let order = a.order_with(&a.weights);
    let Some(&leader) = order.first() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for &removed in order.iter().filter(|&&o| o != leader) {
        let kept: Vec<usize> = (0..a.offers.len()).filter(|&o| o != removed).collect();
        let mut offers = a.offers.clone();
        offers.offers = kept.iter().map(|&o| a.offers.offers[o].clone()).collect();
        offers.cells = a
            .offers
            .cells
            .iter()
            .map(|column| {
                kept.iter()
                    .map(|&o| column.get(o).cloned().unwrap_or_default())
                    .collect()
            })
            .collect();
        let evaluation = crate::score::evaluate(&a.criteria, &offers, a.evaluated_on);
        let scores = evaluation.scores(&a.weights);
        let names: Vec<u32> = kept.iter().map(|&o| a.name_order_of()[o]).collect();
        let after: Vec<usize> = crate::score::rank::rank(&scores, &evaluation.disqualified, &names)
            .into_iter()
            .filter(|r| r.rank.is_some())
            .map(|r| kept[r.offer])
            .collect();
        let before: Vec<usize> = order.iter().copied().filter(|&o| o != removed).collect();
        let place = |list: &[usize], o: usize| list.iter().position(|&x| x == o);
        let mut pairs = Vec::new();
        for (i, &x) in before.iter().enumerate() {
            for &y in &before[i + 1..] {
                if let (Some(px), Some(py)) = (place(&after, x), place(&after, y))
                    && px > py
                {
                    pairs.push((x, y));
                }
            }
        }
        if !pairs.is_empty() {
            out.push(Reversal { removed, pairs });
        }
    }
    out
}
