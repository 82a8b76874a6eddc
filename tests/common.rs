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
