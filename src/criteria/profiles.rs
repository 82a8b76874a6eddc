//! The built-in criteria profiles, compiled into the program from `criteria/`.

use super::{Criteria, parse};
use crate::error::CriteriaErrors;

/// Built-in profiles, compiled in from `criteria/`.
pub const PROFILES: &[(&str, &str)] = &[
    ("info-site", include_str!("../../criteria/info-site.toml")),
    ("sme", include_str!("../../criteria/sme.toml")),
    ("ecommerce", include_str!("../../criteria/ecommerce.toml")),
];

/// The built-in profile used when neither a criteria file nor a profile is given.
pub(crate) const DEFAULT_PROFILE: &str = "sme";

/// Loads a built-in profile by name.
pub fn profile(name: &str) -> Option<Result<Criteria, CriteriaErrors>> {
    PROFILES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(n, text)| parse(text, &format!("profile:{n}")))
}
