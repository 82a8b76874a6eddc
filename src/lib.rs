//! offerlens: compare vendor offers against a criteria file and rank them by business risk.
//!
//! The pure core (`criteria`, `value`, `normalize`, `score`, `flags`, `risk`, `rank`,
//! `analysis`, `export`) does no file or terminal IO; `import` and `cli` are the edges.

pub mod analysis;
pub mod audit;
pub mod cli;
pub mod criteria;
pub mod error;
pub mod export;
pub mod flags;
pub mod import;
pub mod issue;
pub mod normalize;
pub mod questions;
pub mod rank;
pub mod risk;
pub mod score;
pub mod store;
pub mod tui;
pub mod value;
pub mod weights_file;
