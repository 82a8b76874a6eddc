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
pub use price::{NoPrice, price_to_win, prices_to_win};
pub use reversal::{Reversal, rank_reversals};
pub use tipping::{Tipping, tipping_points};
