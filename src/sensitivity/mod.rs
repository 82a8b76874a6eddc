//! How sure the leader is: the weight of each criterion at which the leader changes (exact,
//! for the weighted sum), how often each offer ranks first when the weights are only roughly
//! right (SMAA-2 rank acceptability), the fee at which each offer would win, the offers no
//! weights can make first, and whether dropping an offer reorders the rest. Pure: no IO.

mod acceptability;
mod dominance;
mod price;
mod reversal;
mod tipping;

pub use acceptability::{Draws, RANKS_KEPT, Sampler, acceptability};
pub use dominance::dominated;
pub use price::{NoPrice, Price, fee_now, price_to_win, prices_to_win};
pub use reversal::{PAIRS_KEPT, Reversal, rank_reversals};
pub use tipping::{Tipping, tipping_points};

use crate::analysis::Analysis;

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
    /// How many ranked offers were left out of the price, dominance and reversal checks.
    pub left_out: usize,
}

/// Every question at once: tipping points, acceptability, price to win, dominance, reversal.
pub fn findings(a: &Analysis, draws: Draws) -> Findings {
    let order = a.order_with(&a.weights);
    let prices = match prices_to_win(a, CONTENDERS) {
        Ok(found) => found,
        Err(why) => order
            .iter()
            .skip(1)
            .take(CONTENDERS)
            .map(|&o| (o, Err(why)))
            .collect(),
    };
    Findings {
        tipping: tipping_points(a),
        acceptability: acceptability(a, draws.samples, draws.spread, draws.seed),
        prices,
        dominated: dominated(a),
        reversals: rank_reversals(a),
        draws,
        left_out: order.len().saturating_sub(CONTENDERS),
    }
}

/// The most ranked offers the Markdown and XLSX reports work the findings out for (a second or
/// so); above, they point to `offerlens sensitivity`.
pub const IN_REPORTS_UP_TO: usize = 1_000;

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
    Ok(findings(a, DEFAULT_DRAWS))
}
