//! Fixtures shared by several test modules.

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

/// The day every analysis in the tests is judged on (the default `as_of` of age flags).
pub const TODAY: offerlens::calendar::Date = offerlens::calendar::Date {
    year: 2026,
    month: 12,
    day: 4,
};
