//! Sensitivity to people: who would lead with each evaluator's ratings left out.

use crate::analysis::Analysis;

/// The leader without one evaluator's ratings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WithoutEvaluator {
    pub evaluator: String,
    /// `None` when no offer is ranked then.
    pub leader: Option<usize>,
}

/// For each evaluator (when there are two or more), the leader at today's weights with their
/// ratings left out.
pub fn without_each_evaluator(a: &Analysis) -> Vec<WithoutEvaluator> {
    let names = crate::ratings::evaluator_names(&a.offers);
    if names.len() < 2 {
        return Vec::new();
    }
    names
        .into_iter()
        .map(|evaluator| {
            let offers = crate::ratings::without(&a.offers, &a.criteria, &evaluator);
            let leader = a.with_offers(offers).leader_with(&a.weights);
            WithoutEvaluator { evaluator, leader }
        })
        .collect()
}
