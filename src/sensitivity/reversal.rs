//! Rank reversal: whether dropping an offer that is not first reorders the others, as min–max,
//! ratio and TOPSIS scores can.

use crate::analysis::Analysis;

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
