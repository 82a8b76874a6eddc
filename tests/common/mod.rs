//! The shared test harness: running the binary, loading offers into an analysis, reading the
//! parts of an xlsx file, and the fixtures several test modules use.

pub mod load;
pub mod run;
pub mod xlsx;

pub use load::{analysis, analysis_of_csv, profile, profile_text};
pub use run::{installed, offerlens, stdout_of};

/// The day every analysis in the tests is judged on (the default `as_of` of age flags).
pub const TODAY: offerlens::calendar::Date = offerlens::calendar::Date {
    year: 2026,
    month: 12,
    day: 4,
};

/// Criteria for offers full of hostile text: a free-text column and a signed number.
pub const HOSTILE_CRITERIA: &str = r#"
name = "hostile"
vendor_columns = ["Vendor"]
[[criterion]]
id = "notes"
kind = "text"
weight = 0
columns = ["Notes"]
[[criterion]]
id = "balance"
kind = "number"
better = "higher"
weight = 1
columns = ["Balance"]
"#;
