//! How sure the leader is: the weight of each criterion at which the leader changes (exact,
//! for the weighted sum), how often each offer ranks first when the weights are only roughly
//! right (SMAA-2 rank acceptability), the fee at which each offer would win, the offers no
//! weights can make first, and whether dropping an offer reorders the rest. Pure: no IO.

mod acceptability;
mod dominance;
mod evaluators;
mod price;
mod reversal;
mod tipping;

pub use acceptability::{Draws, RANKS_KEPT, Sampler, acceptability};
pub use dominance::dominated;
pub use price::{NoPrice, Price, fee_now, price_to_win, prices_to_win};
pub use reversal::{PAIRS_KEPT, Reversal, rank_reversals};
pub use tipping::{Tipping, tipping_points};

use crate::analysis::Analysis;
pub use evaluators::{WithoutEvaluator, without_each_evaluator};

/// How many of the best-ranked offers the price to win, dominance and rank reversal look at:
/// every offer of a usual comparison, and a bounded time for a file of 100 000.
pub const CONTENDERS: usize = 1_000;

/// Everything `sensitivity` finds about one analysis.
#[derive(Debug, Clone)]
pub struct Findings {
    /// `None` for TOPSIS.
    pub tipping: Option<Vec<Tipping>>,
    /// `acceptability[offer][place]`, see [`Sampler::shares`].
    pub acceptability: Vec<Vec<f64>>,
    /// (offer, price) for each ranked offer after the leader (the first [`CONTENDERS`]).
    pub prices: Vec<(usize, Price)>,
    pub dominated: Vec<(usize, usize)>,
    pub reversals: Vec<Reversal>,
    pub draws: Draws,
    /// How many of the best-ranked offers the price, dominance and reversal checks looked at.
    pub contenders: usize,
    /// How many ranked offers were left out of the price, dominance and reversal checks.
    pub left_out: usize,
    /// The leader with each evaluator's ratings left out (empty with fewer than two).
    pub evaluators: Vec<WithoutEvaluator>,
}

/// Every question at once: tipping points, acceptability, price to win, dominance, reversal.
pub fn findings(a: &Analysis, draws: Draws) -> Findings {
    findings_among(a, draws, CONTENDERS)
}

/// The same, with the price to win, dominance and rank reversal worked out for the best-ranked
/// `contenders` only.
pub fn findings_among(a: &Analysis, draws: Draws, contenders: usize) -> Findings {
    let order = a.order_with(&a.weights);
    let prices = match prices_to_win(a, contenders) {
        Ok(found) => found,
        Err(why) => order
            .iter()
            .skip(1)
            .take(contenders)
            .map(|&o| (o, Err(why)))
            .collect(),
    };
    Findings {
        tipping: tipping_points(a),
        acceptability: acceptability(a, draws.samples, draws.spread, draws.seed),
        prices,
        dominated: dominance::dominated_among(a, contenders),
        reversals: reversal::rank_reversals_among(a, contenders),
        draws,
        contenders,
        left_out: order.len().saturating_sub(contenders),
        evaluators: without_each_evaluator(a),
    }
}

/// The most ranked offers the reports work the findings out for; above, they point to
/// `offerlens sensitivity`.
pub const IN_REPORTS_UP_TO: usize = 1_000;

/// How many of the best-ranked offers a report works out the price to win, dominance and rank
/// reversal for: the ones a board reads about (a report of a thousand offers within a
/// second); `offerlens sensitivity` looks at [`CONTENDERS`].
pub const IN_REPORTS_CONTENDERS: usize = 100;

/// The draws of `offerlens sensitivity` without options, and of the reports.
pub const DEFAULT_DRAWS: Draws = Draws {
    samples: 10_000,
    spread: 0.3,
    seed: 2026,
};

/// The findings for a report: `Err(ranked)` when no offer is ranked or more than
/// [`IN_REPORTS_UP_TO`] are.
pub fn for_reports(a: &Analysis) -> Result<Findings, usize> {
    let ranked = a.ranking.iter().filter(|r| r.rank.is_some()).count();
    if ranked == 0 || ranked > IN_REPORTS_UP_TO {
        return Err(ranked);
    }
    Ok(findings_among(a, DEFAULT_DRAWS, IN_REPORTS_CONTENDERS))
}
