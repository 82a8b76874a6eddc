//! Every red-flag rule fires on the offer it was made for and on no other.

use offerlens::analysis::Analysis;
use offerlens::criteria;
use offerlens::import::{self, Limits};

const CRITERIA: &str = r#"
name = "flags"
[[criterion]]
id = "monthly_fee"
kind = "money"
[[criterion]]
id = "scope"
kind = "text"
weight = 0
[[criterion]]
id = "p1_response"
kind = "duration"
[[criterion]]
id = "uptime"
kind = "percent"
[[criterion]]
id = "latest_reference_year"
kind = "year"
[[criterion]]
id = "inquiry_response_days"
better = "lower"

[[red_flag]]
id = "abnormally_low_price"
rule = "below_mean"
criterion = "monthly_fee"
ratio = 0.7
penalty = 10
message = "Price 30% or more below the others"
[[red_flag]]
id = "low_vs_median"
rule = "below_median"
criterion = "monthly_fee"
ratio = 0.5
[[red_flag]]
id = "vague_scope"
rule = "vague_text"
criterion = "scope"
patterns = ["kompleksow", "pełna obsługa"]
min_items = 3
penalty = 5
[[red_flag]]
id = "no_sla"
rule = "missing"
criteria = ["p1_response", "uptime"]
action = "disqualify"
message = "No written SLA"
[[red_flag]]
id = "stale_references"
rule = "older_than"
criterion = "latest_reference_year"
years = 5
as_of = 2026
penalty = 5
[[red_flag]]
id = "slow_communication"
rule = "above"
criterion = "inquiry_response_days"
threshold = 2
penalty = 5
"#;

const OFFERS: &str = "Vendor;monthly_fee;scope;p1_response;uptime;latest_reference_year;inquiry_response_days\n\
Cheap;200 zł;aktualizacje, kopie, monitoring, raport;1 h;99,5 %;2024;1\n\
Vague;800 zł;Kompleksowa opieka;1 h;99,5 %;2024;1\n\
Short;850 zł;aktualizacje, kopie;1 h;99,5 %;2024;1\n\
NoSla;900 zł;aktualizacje, kopie, monitoring;;brak;2024;1\n\
Stale;800 zł;aktualizacje, kopie, monitoring;1 h;99,9 %;2019;1\n\
Slow;750 zł;aktualizacje, kopie, monitoring;30 min;99,9 %;2025;4\n";

fn flags_by_vendor() -> (Analysis, Vec<(String, Vec<String>)>) {
    let c = criteria::parse(CRITERIA, "flags.toml").unwrap();
    let (table, notes) =
        import::csv::read(OFFERS.as_bytes(), "offers.csv", &Limits::default()).unwrap();
    let a = Analysis::new(c, &[table], notes, crate::common::TODAY);
    let list = a
        .offers
        .offers
        .iter()
        .enumerate()
        .map(|(o, offer)| {
            (
                offer.vendor.clone(),
                a.evaluation.flags[o]
                    .iter()
                    .map(|f| f.id.to_string())
                    .collect(),
            )
        })
        .collect();
    (a, list)
}

#[test]
fn each_flag_fires_only_on_its_offer() {
    let (_, got) = flags_by_vendor();
    let want: Vec<(String, Vec<String>)> = vec![
        (
            "Cheap".into(),
            vec!["abnormally_low_price".into(), "low_vs_median".into()],
        ),
        ("Vague".into(), vec!["vague_scope".into()]),
        ("Short".into(), vec!["vague_scope".into()]),
        ("NoSla".into(), vec!["no_sla".into()]),
        ("Stale".into(), vec!["stale_references".into()]),
        ("Slow".into(), vec!["slow_communication".into()]),
    ];
    assert_eq!(got, want);
}

#[test]
fn flags_say_why_and_cost_points_or_disqualify() {
    let (a, _) = flags_by_vendor();
    let o = |v: &str| a.offers.offers.iter().position(|x| x.vendor == v).unwrap();
    let cheap = &a.evaluation.flags[o("Cheap")][0];
    // The mean of the other five valid offers: (800 + 850 + 800 + 750) / 4 — NoSla is out.
    assert_eq!(
        cheap.message(&a.criteria).to_string(),
        "Price 30% or more below the others (200 PLN against a mean of 800 PLN for the other offers)"
    );
    assert_eq!(cheap.penalty, 10.0);
    assert!(
        a.evaluation.flags[o("Vague")][0]
            .message(&a.criteria)
            .to_string()
            .contains("says 'Kompleksowa'"),
        "the vendor's word as written, not the pattern's stem: {}",
        a.evaluation.flags[o("Vague")][0].message(&a.criteria)
    );
    assert!(
        a.evaluation.flags[o("Short")][0]
            .message(&a.criteria)
            .to_string()
            .contains("lists 2 items where at least 3 are expected")
    );
    assert!(a.evaluation.disqualified[o("NoSla")]);
    assert_eq!(
        a.evaluation.knockouts[o("NoSla")][0].message.to_string(),
        "No written SLA".to_string()
    );
    // Penalties come off the score.
    let mut without = a.clone();
    without.evaluation.penalty = vec![0.0; without.offers.len()];
    without.rerank();
    let stale = o("Stale");
    assert!((without.scores[stale] - a.scores[stale] - 5.0).abs() < 1e-9);
}
