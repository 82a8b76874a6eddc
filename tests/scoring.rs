//! Scoring against hand-computed cases: every method, ties, all-equal columns, zeros, blanks.

use offerlens::analysis::Analysis;
use offerlens::criteria;

/// Ranks a CSV text against a criteria text, as `offerlens rank` does.
fn analyze(criteria_toml: &str, csv: &str) -> Analysis {
    let c = criteria::parse(criteria_toml, "c.toml").unwrap_or_else(|e| panic!("{e}"));
    crate::common::analysis_of_csv(c, "offers.csv", csv)
}

fn score_of(a: &Analysis, vendor: &str) -> f64 {
    let o = a
        .offers
        .offers
        .iter()
        .position(|o| o.vendor == vendor)
        .unwrap();
    a.scores[o]
}

fn order(a: &Analysis) -> Vec<(String, Option<usize>)> {
    a.ranking
        .iter()
        .map(|r| (a.offers.offers[r.offer].vendor.clone(), r.rank))
        .collect()
}

fn close(a: f64, b: f64) {
    assert!((a - b).abs() < 1e-9, "{a} != {b}");
}

const TWO: &str = r#"
name = "t"
[[criterion]]
id = "fee"
kind = "money"
weight = 3
[[criterion]]
id = "uptime"
kind = "percent"
weight = 1
"#;

#[test]
fn minmax_weighted_sum_by_hand() {
    // fee (lower better): 100, 200, 300 -> 1, 0.5, 0; uptime: 99, 99.5, 99.9 -> 0, 5/9, 1.
    let a = analyze(
        TWO,
        "Vendor,fee,uptime\nA,100,99%\nB,200,99.5%\nC,300,99.9%\n",
    );
    close(score_of(&a, "A"), 100.0 * (0.75 * 1.0 + 0.25 * 0.0));
    close(score_of(&a, "B"), 100.0 * (0.75 * 0.5 + 0.25 * (0.5 / 0.9)));
    close(score_of(&a, "C"), 100.0 * (0.25 * 1.0));
    assert_eq!(order(&a)[0].0, "A");
}

#[test]
fn an_all_equal_column_scores_one_for_everybody() {
    let a = analyze(TWO, "Vendor,fee,uptime\nA,100,99.9%\nB,200,99.9%\n");
    close(score_of(&a, "A"), 100.0);
    close(score_of(&a, "B"), 25.0);
}

#[test]
fn ratio_scoring_and_a_zero_on_a_lower_is_better_criterion() {
    let toml = "name = \"t\"\n[[criterion]]\nid = \"fee\"\nkind = \"money\"\nscoring = \"ratio\"\n[[criterion]]\nid = \"hours\"\nscoring = \"ratio\"\n";
    let a = analyze(toml, "Vendor,fee,hours\nA,800,8\nB,1000,16\n");
    // fee: min/x -> 1, 0.8; hours: x/max -> 0.5, 1.
    close(score_of(&a, "A"), 100.0 * (1.0 + 0.5) / 2.0);
    close(score_of(&a, "B"), 100.0 * (0.8 + 1.0) / 2.0);

    let a = analyze(toml, "Vendor,fee,hours\nFree,0,8\nB,1000,8\nC,500,8\n");
    close(score_of(&a, "Free"), 100.0);
    close(score_of(&a, "B"), 50.0);
    close(score_of(&a, "C"), 50.0);
    assert!(
        a.issues
            .iter()
            .any(|i| i.message.to_string().contains("Free offered 0")),
        "{:?}",
        a.issues
    );
}

#[test]
fn linear_scoring_is_absolute_and_clamped() {
    let toml = "name = \"t\"\n[[criterion]]\nid = \"p1\"\nkind = \"duration\"\nunit = \"min\"\nbest = 15\nworst = 240\n";
    let a = analyze(toml, "Vendor,p1\nFast,10 min\nMid,1 h\nSlow,1 dzień\n");
    close(score_of(&a, "Fast"), 100.0);
    close(score_of(&a, "Mid"), 100.0 * (240.0 - 60.0) / (240.0 - 15.0));
    close(score_of(&a, "Slow"), 0.0);
}

#[test]
fn bool_and_choice_score_their_answers() {
    let toml = r#"
name = "t"
[[criterion]]
id = "monitoring"
kind = "bool"
[[criterion]]
id = "backup"
kind = "choice"
choices = { daily = 1.0, weekly = 0.4, monthly = 0.0 }
"#;
    let a = analyze(
        toml,
        "Firma;monitoring;backup\nA;tak;codziennie\nB;nie;co tydzień\n",
    );
    close(score_of(&a, "A"), 100.0);
    close(score_of(&a, "B"), 20.0);
}

#[test]
fn blanks_score_worst_by_default_and_ignore_renormalizes() {
    let worst = analyze(TWO, "Vendor,fee,uptime\nA,100,\nB,200,99%\n");
    // A: fee 1 (w .75), uptime blank -> 0. B: fee 0, uptime 1 (only value) -> .25.
    close(score_of(&worst, "A"), 75.0);
    let blanks: Vec<usize> = worst.evaluation.blanks.clone();
    assert_eq!(blanks, vec![1, 0]);

    let ignore = TWO.replace("weight = 1\n", "weight = 1\nmissing = \"ignore\"\n");
    let a = analyze(&ignore, "Vendor,fee,uptime\nA,100,brak\nB,200,99%\n");
    // A answered only fee: 3·1 / 3.
    close(score_of(&a, "A"), 100.0);
    close(score_of(&a, "B"), 25.0);
}

#[test]
fn knockouts_remove_offers_with_every_reason() {
    let toml = r#"
name = "t"
[[criterion]]
id = "p1"
kind = "duration"
unit = "min"
require = { max = 60 }
[[criterion]]
id = "waf"
kind = "bool"
require = true
[[criterion]]
id = "rpo"
kind = "duration"
missing = "disqualify"
"#;
    let a = analyze(
        toml,
        "Vendor,p1,waf,rpo\nGood,15 min,tak,15 min\nBad,2 h,nie,\nOk,1 h,tak,1 h\n",
    );
    let o = a
        .offers
        .offers
        .iter()
        .position(|o| o.vendor == "Bad")
        .unwrap();
    assert!(a.evaluation.disqualified[o]);
    let reasons: Vec<&str> = a.evaluation.knockouts[o]
        .iter()
        .map(|k| k.criterion.as_str())
        .collect();
    assert_eq!(reasons, vec!["p1", "waf", "rpo"]);
    assert!(
        a.evaluation.knockouts[o][0]
            .message
            .to_string()
            .contains("2 h is above the maximum of 1 h")
    );
    assert_eq!(order(&a).last().unwrap(), &("Bad".to_string(), None));
    // min/max run over the offers that are not disqualified: Good 15 -> 1, Ok 60 -> 0 on p1.
    close(score_of(&a, "Good"), 100.0);
}

#[test]
fn ties_share_a_rank_and_are_listed_by_name() {
    let a = analyze(
        TWO,
        "Vendor,fee,uptime\nZeta,100,99%\nAlpha,100,99%\nMid,150,99%\n",
    );
    assert_eq!(
        order(&a),
        vec![
            ("Alpha".to_string(), Some(1)),
            ("Zeta".to_string(), Some(1)),
            ("Mid".to_string(), Some(3))
        ]
    );
}

#[test]
fn reranking_after_a_weight_change_moves_the_leader() {
    let mut a = analyze(TWO, "Vendor,fee,uptime\nCheap,100,99%\nSolid,150,99.9%\n");
    assert_eq!(order(&a)[0].0, "Cheap");
    let uptime = a.criteria.index_of("uptime").unwrap();
    a.weights[uptime] = 10.0;
    a.rerank();
    assert_eq!(order(&a)[0].0, "Solid");
}

#[test]
fn an_unreadable_cell_is_an_issue_at_its_cell_and_the_offer_stays() {
    let a = analyze(TWO, "Vendor;fee;uptime\nA;100;99%\nB;dużo;99%\n");
    assert_eq!(a.offers.len(), 2);
    let issue = a
        .issues
        .iter()
        .find(|i| i.location == "offers.csv:3:2")
        .expect("issue at B's fee cell");
    assert!(issue.message.to_string().contains("fee"), "{issue:?}");
}

#[test]
fn the_risk_model_matches_a_hand_computation_to_the_grosz() {
    let toml = r#"
name = "t"
[business]
revenue_per_hour = 2500
support_hours_per_month = 16
critical_incidents_per_year = 4
[[criterion]]
id = "monthly_fee"
kind = "money"
[[criterion]]
id = "hourly_rate"
kind = "money"
[[criterion]]
id = "hours_included"
unit = "h"
[[criterion]]
id = "uptime"
kind = "percent"
[[criterion]]
id = "p1_response"
kind = "duration"
unit = "min"
[[criterion]]
id = "p1_rto"
kind = "duration"
unit = "h"
[[criterion]]
id = "risk_cost"
kind = "risk_cost"
"#;
    let a = analyze(
        toml,
        "Vendor;monthly_fee;hourly_rate;hours_included;uptime;p1_response;p1_rto\nA;1 250,50 zł;150 zł;10;99,9 %;15 min;4 h\nB;900 zł;120 zł;;99,5%;1 h;8 h\n",
    );
    // A: fee 1250.50; extra hours 6 h × 150 = 900; downtime: the incidents' restore time,
    // 4/12 × 4 h = 1.333… h, is more than the 0.001 × 730 = 0.73 h the uptime allows, so
    // 1.333… h × 2500 = 3333.33 (the response time is inside the restore time, not added).
    let costs = &a.evaluation.costs[0];
    assert_eq!(costs.monthly.as_ref().unwrap().to_string(), "2150.50");
    let terms: Vec<(&str, String)> = costs
        .terms
        .iter()
        .map(|(n, t)| (*n, offerlens::numbers::money_string(*t)))
        .collect();
    assert_eq!(
        terms,
        [
            ("fee", "1250.50".to_string()),
            ("extra_hours", "900.00".to_string()),
            ("downtime", "3333.33".to_string())
        ]
    );
    assert_eq!(
        offerlens::numbers::money_string(*costs.risk.as_ref().unwrap()),
        "5483.83"
    );
    // B left hours_included blank: both costs are missing and say why.
    let b = &a.evaluation.costs[1];
    assert!(
        b.monthly
            .as_ref()
            .unwrap_err()
            .to_string()
            .contains("hours_included")
    );
    assert!(b.risk.is_err());
}

#[test]
fn comparisons_weigh_topsis_criteria_by_their_share() {
    let a = analyze(
        r#"
name = "t"
method = "topsis"
[[criterion]]
id = "fee"
kind = "money"
weight = 3
[[criterion]]
id = "uptime"
kind = "percent"
weight = 1
[[criterion]]
id = "years"
kind = "number"
weight = 0
"#,
        "Vendor;fee;uptime;years\nA;100;99;10\nB;200;98;1\n",
    );
    let o = |v: &str| a.offers.offers.iter().position(|o| o.vendor == v).unwrap();
    let c = a.evaluation.contributions(&a.weights, o("A"));
    // A is best on every column: each contributes its whole share, ×100.
    close(c[0], 75.0);
    close(c[1], 25.0);
    close(c[2], 0.0);
    let b = a.evaluation.contributions(&a.weights, o("B"));
    close(b[0] + b[1] + b[2], 0.0);
}
