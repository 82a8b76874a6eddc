//! Dominated offers: matched or beaten on every criterion by another, so no weights make them
//! first.

use crate::analysis::Analysis;

/// Offers that another valid offer matches or beats on every criterion, beats on one, and does
/// not trail in red-flag penalties: no weights make them first. (offer, by), among the
/// best-ranked [`CONTENDERS`](super::CONTENDERS).
pub fn dominated(a: &Analysis) -> Vec<(usize, usize)> {
    dominated_among(a, super::CONTENDERS)
}

/// The same among the best-ranked `contenders`.
pub fn dominated_among(a: &Analysis, contenders: usize) -> Vec<(usize, usize)> {
    let ev = &a.evaluation;
    let mut valid = a.order_with(&a.weights);
    valid.truncate(contenders);
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
