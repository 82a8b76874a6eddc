//! Text helpers every stage shares: char classes, diacritic folding, and the label form in
//! which headers, criterion ids and choice keys are compared.

pub(crate) mod chars;
mod label;

pub(crate) use label::is_label_form;
pub use label::{fold_words, normalize_label};
