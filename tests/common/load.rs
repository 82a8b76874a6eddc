//! Offers loaded into an analysis the way `offerlens rank` does, judged on the tests' day.

use std::path::PathBuf;

use offerlens::analysis::Analysis;
use offerlens::criteria::{self, Criteria};
use offerlens::import::{self, Limits};

use super::TODAY;

/// A built-in profile.
pub fn profile(name: &str) -> Criteria {
    criteria::profile(name)
        .unwrap_or_else(|| panic!("no profile {name}"))
        .unwrap_or_else(|e| panic!("{e}"))
}

/// A built-in profile's text, as its file in `criteria/` holds it.
pub fn profile_text(name: &str) -> String {
    criteria::PROFILES
        .iter()
        .find(|(n, _)| *n == name)
        .unwrap_or_else(|| panic!("no profile {name}"))
        .1
        .to_string()
}

/// The offers in these files and folders, against `criteria`.
pub fn analysis(paths: &[PathBuf], criteria: Criteria) -> Analysis {
    let loaded = import::load(paths, &Limits::default());
    Analysis::from_tables(criteria, loaded.tables, loaded.issues, TODAY)
}

/// The offers of a CSV text (named `name` in locations), against `criteria`.
pub fn analysis_of_csv(criteria: Criteria, name: &str, text: &str) -> Analysis {
    let (table, notes) = import::csv::read(text.as_bytes(), name, &Limits::default())
        .unwrap_or_else(|e| panic!("{e}"));
    Analysis::new(criteria, &[table], notes, TODAY)
}
