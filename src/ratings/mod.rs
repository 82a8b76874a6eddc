//! Evaluators' ratings of the soft criteria (how the sales call went, the references when
//! called, the sample report): several people's points combined into one value per vendor
//! and criterion, with how far apart they were and how much they agreed.

pub mod combine;

pub use combine::{Aggregate, Combined, combine, consensus, widest_apart};
