//! Rank reversal: whether dropping an offer that is not first reorders the others, as min–max,
//! ratio and TOPSIS scores can.

use crate::analysis::Analysis;
use crate::score::Rescorer;
use crate::score::rank::Order;

/// Pairs listed per offer dropped, at most: enough to show what happens, bounded for 1 000s.
pub const PAIRS_KEPT: usize = 50;

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
    rank_reversals_among(a, super::CONTENDERS)
}

/// The same for the removal of each of the best-ranked `contenders` but the first.
pub fn rank_reversals_among(a: &Analysis, contenders: usize) -> Vec<Reversal> {
    let order = a.order_with(&a.weights);
    if order.is_empty() {
        return Vec::new();
    }
    let mut rescorer = Rescorer::new(&a.criteria, &a.offers, a.evaluated_on);
    let names = a.name_order_of();
    let mut ranked = Order::default();
    let mut scores = Vec::new();
    let mut place = vec![usize::MAX; a.offers.len()];
    let mut out = Vec::new();
    for &removed in order.iter().skip(1).take(contenders) {
        let ev = rescorer.without(removed);
        ev.scores_into(&a.weights, &mut scores);
        ranked.sort(&scores, &ev.disqualified, &names);
        place.fill(usize::MAX);
        for (i, &o) in ranked.ranked.iter().enumerate() {
            place[o] = i;
        }
        let before: Vec<usize> = order.iter().copied().filter(|&o| o != removed).collect();
        let pairs = swapped(&before, &place);
        if !pairs.is_empty() {
            out.push(Reversal { removed, pairs });
        }
    }
    out
}

/// The pairs of `before` (best first) whose order `place` (each offer's new position) swaps, at
/// most [`PAIRS_KEPT`]. Offers before the first that moved and after the last keep their
/// places, so only the stretch between can hold a swapped pair: short when little moves.
fn swapped(before: &[usize], place: &[usize]) -> Vec<(usize, usize)> {
    // Positions among the offers still ranked (one knocked out by dropping another has none).
    let mut now: Vec<(usize, usize)> = before
        .iter()
        .filter(|&&o| place[o] != usize::MAX)
        .map(|&o| (o, place[o]))
        .collect();
    let mut sorted: Vec<usize> = now.iter().map(|&(_, p)| p).collect();
    sorted.sort_unstable();
    for (_, p) in &mut now {
        *p = sorted.partition_point(|&x| x < *p);
    }
    let moved = |(i, &(_, p)): (usize, &(usize, usize))| p != i;
    let (Some(first), Some(last)) = (
        now.iter().enumerate().position(moved),
        now.iter().enumerate().rposition(moved),
    ) else {
        return Vec::new();
    };
    let stretch = &now[first..=last];
    let mut pairs = Vec::new();
    for (i, &(x, p)) in stretch.iter().enumerate() {
        for &(y, q) in &stretch[i + 1..] {
            if q < p {
                pairs.push((x, y));
                if pairs.len() == PAIRS_KEPT {
                    return pairs;
                }
            }
        }
    }
    pairs
}
