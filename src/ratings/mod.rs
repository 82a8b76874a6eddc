//! Evaluators' ratings of the soft criteria (how the sales call went, the references when
//! called, the sample report): several people's points combined into one value per vendor
//! and criterion, with how far apart they were and how much they agreed.

pub mod apply;
pub mod combine;
pub mod sheet;

pub use apply::{Evaluator, agreement, apply, evaluator_names, evaluators, without};
pub use combine::{Aggregate, Combined, combine, consensus, widest_apart};
pub use sheet::{SheetRatings, VendorRatings, read_sheet};
