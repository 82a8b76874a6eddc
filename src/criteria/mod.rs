//! The criteria file: TOML text -> validated [`Criteria`], every problem reported at its line:column.
//!
//! Two stages, as for every input: the TOML is parsed into a spanned document tree, then walked
//! key by key into domain types. The walk does not stop at the first problem, so a user fixing a
//! file sees every mistake at once, each with a hint of what was expected.
//!
//! `model` holds the validated types, `parse` the walk, `profiles` the built-in files, and
//! [`edit`] writes changed weights back into a file's text.

use toml::de::DeTable;

pub mod edit;
mod model;
mod parse;
mod profiles;
mod suggest;

pub(crate) use model::GROUPS;
pub use model::{
    Aggregate, Better, Business, Criteria, Criterion, FlagAction, FlagRule, Kind, Method, Missing,
    Period, RatingRule, RedFlag, Require, Scoring, Tax, TimeUnit,
};
pub(crate) use profiles::DEFAULT_PROFILE;
pub use profiles::{PROFILES, profile};
pub(crate) use suggest::suggest;

use crate::error::CriteriaErrors;

/// Parses and validates a criteria file. `origin` names it in messages.
pub fn parse(text: &str, origin: &str) -> Result<Criteria, CriteriaErrors> {
    let mut p = parse::Parser::new(text, origin);
    let criteria = match DeTable::parse(text) {
        Ok(doc) => Some(p.document(doc.get_ref(), text)),
        Err(e) => {
            p.invalid_toml(&e);
            None
        }
    };
    let diags = p.into_diagnostics();
    match criteria {
        Some(criteria) if diags.is_empty() => Ok(criteria),
        _ => Err(CriteriaErrors(diags)),
    }
}
