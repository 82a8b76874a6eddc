//! What the screen knows about how sure the leader is: chance of first place, tipping points
//! and the selected offer's price to win, for the weights they were computed for.

use crate::sensitivity::{Price, Tipping};

/// What the background work found, for the weights it was given.
#[derive(Debug, Clone)]
pub struct Odds {
    pub weights: Vec<f64>,
    /// Each offer's share of the draws in which it ranks first.
    pub first: Vec<f64>,
    /// `None` for TOPSIS.
    pub tipping: Option<Vec<Tipping>>,
    /// The price to win of the offer selected when the work started.
    pub price: Option<(usize, Price)>,
}
