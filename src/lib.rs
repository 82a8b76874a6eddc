//! offerlens: compare vendor offers against a criteria file and rank them by business risk.

pub mod analysis;
pub mod calendar;
pub mod cli;
pub mod criteria;
pub mod error;
pub mod export;
pub mod import;
pub mod issue;
pub mod normalize;
pub mod numbers;
pub mod questionnaire;
pub mod sanitize;
pub mod score;
pub mod session;
pub mod store;
pub mod table;
pub mod tui;
