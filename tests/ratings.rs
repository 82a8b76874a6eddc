//! Criteria the buyer's evaluators rate (kind "rating"): how they are scored, and what the
//! buyer is told while no ratings are given.

use std::fs;

use serde_json::Value;

use crate::common::offerlens;

const CRITERIA: &str = r#"name = "Ratings"
[[criterion]]
id = "monthly_fee"
kind = "money"
weight = 5
columns = ["Abonament miesięczny"]
[[criterion]]
id = "sales_call"
label = { en = "Sales call", pl = "Rozmowa handlowa" }
kind = "rating"
weight = 3
"#;

#[test]
fn a_rating_without_ratings_is_blank_for_every_offer_and_the_buyer_is_warned() {
    let dir = tempfile::tempdir().unwrap();
    let criteria = dir.path().join("criteria.toml");
    fs::write(&criteria, CRITERIA).unwrap();
    let c = criteria.to_str().unwrap();
    let out = offerlens()
        .args(["check", "-c", c, "samples/agencies.csv"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(&format!(
            "warning {c}:7: criterion 'sales_call' (Sales call) is rated by evaluators, and no ratings were given: every offer counts as blank (worst) on it"
        )),
        "{text}"
    );
    let out = offerlens()
        .args(["rank", "-c", c, "samples/agencies.csv", "-f", "json"])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    for offer in json["offers"].as_array().unwrap() {
        let value = &offer["values"]["sales_call"];
        // No value, and no points: a blank, not a vote of zero.
        assert!(value["value"].is_null(), "{value}");
        assert_eq!(value["points"], 0.0, "{value}");
    }
    // Polish too.
    let out = offerlens()
        .args(["check", "-c", c, "samples/agencies.csv", "--lang", "pl"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("kryterium „sales_call” (Rozmowa handlowa) oceniają oceniający")
    );
}
