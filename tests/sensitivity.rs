//! Tipping points checked black-box: re-rank with the weight just past each one and the leader
//! changes, just inside it does not; dominated offers cannot be made first.

use std::path::PathBuf;

use offerlens::analysis::Analysis;
use offerlens::sensitivity::{dominated, tipping_points};

use crate::common::{analysis, profile};

fn leader(a: &Analysis, j: usize, x: f64) -> usize {
    let mut w = a.weights.clone();
    w[j] = x;
    a.leader_with(&w).unwrap()
}

fn check_profile(name: &str) -> usize {
    let a = analysis(&[PathBuf::from("samples/agencies.csv")], profile(name));
    let now = a.leader_with(&a.weights).unwrap();
    let points = tipping_points(&a).expect("a weighted sum");
    assert_eq!(points.len(), a.criteria.criteria.len());
    let mut found = 0;
    for t in &points {
        let eps = |x: f64| (x.abs() * 1e-6).max(1e-6);
        // Between the two tipping points the leader stays.
        let inside = [
            t.down.map_or(0.0, |(x, _)| x + eps(x)),
            t.weight,
            t.up.map_or(t.weight * 2.0 + 10.0, |(x, _)| x - eps(x)),
        ];
        for x in inside {
            assert_eq!(
                leader(&a, t.criterion, x),
                now,
                "{name}: criterion {} at {x}",
                t.criterion
            );
        }
        if let Some((x, other)) = t.up {
            assert!(x > t.weight);
            assert_eq!(
                leader(&a, t.criterion, x + eps(x)),
                other,
                "{name}: up of {}",
                t.criterion
            );
            found += 1;
        }
        if let Some((x, other)) = t.down {
            assert!(x < t.weight && x >= 0.0);
            let past = (x - eps(x)).max(0.0);
            assert_eq!(
                leader(&a, t.criterion, past),
                other,
                "{name}: down of {}",
                t.criterion
            );
            found += 1;
        }
    }
    found
}

#[test]
fn the_leader_changes_just_past_each_tipping_point_and_not_before() {
    let found: usize = ["sme", "info-site", "ecommerce"]
        .iter()
        .map(|p| check_profile(p))
        .sum();
    assert!(found >= 5, "only {found} tipping points in the samples");
}

#[test]
fn a_hand_made_case_tips_where_the_algebra_says() {
    // Two offers, two criteria scored linearly 0–1: A is best on price, B on the SLA.
    let a = two_criteria();
    let a_first = a
        .offers
        .offers
        .iter()
        .position(|o| o.vendor == "A")
        .unwrap();
    assert_eq!(a.leader_with(&a.weights), Some(a_first));
    let points = tipping_points(&a).unwrap();
    // Price weight p, SLA 1: A leads while 0.8p + 0.2 > 0.4p + 0.9, i.e. p > 1.75.
    let (down, who) = points[0].down.unwrap();
    assert!((down - 1.75).abs() < 1e-9, "{down}");
    assert_ne!(who, a_first);
    assert!(points[0].up.is_none());
    // SLA weight s, price 3: A leads while 2.4 + 0.2s > 1.2 + 0.9s, i.e. s < 12/7.
    let (up, _) = points[1].up.unwrap();
    assert!((up - 12.0 / 7.0).abs() < 1e-9, "{up}");
    assert!(points[1].down.is_none());
}

#[test]
fn an_offer_beaten_on_every_criterion_is_dominated() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("o.csv");
    std::fs::write(
        &csv,
        "Agencja;Abonament miesięczny;Czas reakcji P1\nDobra;1000 zł;1 h\nGorsza;1200 zł;2 h\nInna;900 zł;3 h\n",
    )
    .unwrap();
    let a = analysis(&[csv], profile("sme"));
    let name = |o: usize| a.offers.offers[o].vendor.as_str();
    let d: Vec<(&str, &str)> = dominated(&a)
        .into_iter()
        .map(|(o, by)| (name(o), name(by)))
        .collect();
    assert_eq!(d, [("Gorsza", "Dobra")]);
}

#[test]
fn rank_acceptability_matches_a_case_computed_by_hand_and_repeats_with_a_seed() {
    // Two offers, two criteria: A leads while 0.8p + 0.2s > 0.4p + 0.9s, i.e. p > 1.75·s.
    // p ~ U[1.5, 4.5] (3 ± 50 %), s ~ U[0.5, 1.5]: P(A first) = P(p > 1.75 s), integrated by
    // hand: 1 − ∫ P(p ≤ 1.75 s) ds = 1 − (1/3)·∫_{6/7}^{1.5} (1.75 s − 1.5) ds = 0.8795…
    let a = two_criteria();
    let first = a
        .offers
        .offers
        .iter()
        .position(|o| o.vendor == "A")
        .unwrap();
    let n = 20_000;
    let shares = offerlens::sensitivity::acceptability(&a, n, 0.5, 7);
    let expected = 1.0
        - (1.0 / 3.0) * {
            // ∫ (1.75 s − 1.5) ds from 6/7 to 1.5
            let f = |s: f64| 0.875 * s * s - 1.5 * s;
            f(1.5) - f(6.0 / 7.0)
        };
    let se = (expected * (1.0 - expected) / n as f64).sqrt();
    let got = shares[first][0];
    assert!(
        (got - expected).abs() < 3.0 * se,
        "P(A first) {got} against {expected} ± {se}"
    );
    assert!((shares[first][0] + shares[first][1] - 1.0).abs() < 1e-12);
    assert_eq!(shares, offerlens::sensitivity::acceptability(&a, n, 0.5, 7));
    assert_ne!(shares, offerlens::sensitivity::acceptability(&a, n, 0.5, 8));
}

/// The samples with one vendor's monthly fee replaced, read again from the CSV text.
fn with_fee(vendor: &str, fee: u64) -> Analysis {
    let text = std::fs::read_to_string("samples/agencies.csv").unwrap();
    let lines: Vec<String> = text
        .lines()
        .map(|l| {
            let mut cells: Vec<String> = l.split(';').map(str::to_string).collect();
            if cells[0] == vendor {
                cells[1] = format!("{fee} zł netto");
            }
            cells.join(";")
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("agencies.csv");
    std::fs::write(&csv, lines.join("\n") + "\n").unwrap();
    analysis(&[csv], profile("sme"))
}

#[test]
fn at_the_price_to_win_the_offer_leads_and_one_unit_more_it_does_not() {
    let a = analysis(&[PathBuf::from("samples/agencies.csv")], profile("sme"));
    let leader = |a: &Analysis| {
        a.offers.offers[a.leader_with(&a.weights).unwrap()]
            .vendor
            .clone()
    };
    let mut priced = 0;
    for vendor in [
        "WebOpieka Sp. z o.o.",
        "SiteCare Polska",
        "Pixel Serwis s.c.",
    ] {
        let o = a
            .offers
            .offers
            .iter()
            .position(|x| x.vendor == vendor)
            .unwrap();
        match offerlens::sensitivity::price_to_win(&a, o) {
            Ok(Some(fee)) => {
                assert_eq!(leader(&with_fee(vendor, fee)), vendor, "{vendor} at {fee}");
                assert_ne!(
                    leader(&with_fee(vendor, fee + 1)),
                    vendor,
                    "{vendor} at {}",
                    fee + 1
                );
                priced += 1;
            }
            Err(offerlens::sensitivity::NoPrice::NotEvenFree) => {
                assert_ne!(leader(&with_fee(vendor, 0)), vendor, "{vendor} free");
            }
            other => panic!("{vendor}: {other:?}"),
        }
    }
    assert!(priced >= 1, "no offer could be priced to win");
    let leader = a.leader_with(&a.weights).unwrap();
    assert_eq!(offerlens::sensitivity::price_to_win(&a, leader), Ok(None));
    let taniweb = a
        .offers
        .offers
        .iter()
        .position(|x| x.vendor == "TaniWeb")
        .unwrap();
    assert_eq!(
        offerlens::sensitivity::price_to_win(&a, taniweb),
        Err(offerlens::sensitivity::NoPrice::KnockedOut)
    );
}

#[test]
fn dropping_an_offer_that_is_not_first_can_reorder_the_others_under_min_max() {
    // Min–max scores move with the others: without C, B (8, 4) overtakes A (2, 8).
    let dir = tempfile::tempdir().unwrap();
    let toml = dir.path().join("c.toml");
    std::fs::write(
        &toml,
        "name = \"minmax\"\n\n[[criterion]]\nid = \"x\"\nkind = \"number\"\nbetter = \"higher\"\nscoring = \"minmax\"\nweight = 1\ncolumns = [\"X\"]\n\n[[criterion]]\nid = \"y\"\nkind = \"number\"\nbetter = \"higher\"\nscoring = \"minmax\"\nweight = 1\ncolumns = [\"Y\"]\n",
    )
    .unwrap();
    let csv = dir.path().join("o.csv");
    std::fs::write(&csv, "Agencja;X;Y\nD;10;10\nA;2;8\nB;8;4\nC;0;4\n").unwrap();
    let criteria =
        offerlens::criteria::parse(&std::fs::read_to_string(&toml).unwrap(), "c.toml").unwrap();
    let a = analysis(&[csv], criteria);
    let name = |o: usize| a.offers.offers[o].vendor.as_str();
    let reversals = offerlens::sensitivity::rank_reversals(&a);
    let found: Vec<(&str, Vec<(&str, &str)>)> = reversals
        .iter()
        .map(|r| {
            (
                name(r.removed),
                r.pairs.iter().map(|&(x, y)| (name(x), name(y))).collect(),
            )
        })
        .collect();
    assert!(found.contains(&("C", vec![("A", "B")])), "{found:?}");
    // Linear scores do not move with the others: the samples' sme profile shows what it shows,
    // and every reversal it reports is real (checked by reading the samples without the offer).
    let s = analysis(&[PathBuf::from("samples/agencies.csv")], profile("sme"));
    for r in offerlens::sensitivity::rank_reversals(&s) {
        let removed = s.offers.offers[r.removed].vendor.clone();
        let text = std::fs::read_to_string("samples/agencies.csv").unwrap();
        let kept: Vec<&str> = text
            .lines()
            .filter(|l| !l.starts_with(&format!("{removed};")))
            .collect();
        let dir = tempfile::tempdir().unwrap();
        let csv = dir.path().join("agencies.csv");
        std::fs::write(&csv, kept.join("\n") + "\n").unwrap();
        let without = analysis(&[csv], profile("sme"));
        let order: Vec<String> = without
            .order_with(&without.weights)
            .into_iter()
            .map(|o| without.offers.offers[o].vendor.clone())
            .collect();
        for (x, y) in r.pairs {
            let (x, y) = (&s.offers.offers[x].vendor, &s.offers.offers[y].vendor);
            let at = |v: &String| order.iter().position(|o| o == v).unwrap();
            assert!(at(y) < at(x), "{removed}: {y} should now lead {x}");
        }
    }
}

#[test]
fn the_sensitivity_command_writes_the_contract_json_and_refuses_bad_options() {
    let out = crate::common::offerlens()
        .args([
            "sensitivity",
            "samples/agencies.csv",
            "-f",
            "json",
            "--samples",
            "2000",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for key in [
        "weights",
        "acceptability",
        "price_to_win",
        "dominated",
        "rank_reversal",
    ] {
        assert!(doc[key].is_array(), "{key}: {}", doc[key]);
    }
    assert_eq!(doc["samples"], 2000);
    assert_eq!(doc["seed"], 2026);
    let first: f64 = doc["acceptability"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["first"].as_f64().unwrap())
        .sum();
    assert!(
        (first - 1.0).abs() < 1e-9,
        "the shares of first place add up to 1: {first}"
    );
    let webopieka = doc["price_to_win"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["vendor"] == "WebOpieka Sp. z o.o.")
        .unwrap();
    assert!(webopieka["monthly_fee"].as_u64().is_some(), "{webopieka}");
    for bad in [["--spread", "150"], ["--samples", "0"]] {
        let out = crate::common::offerlens()
            .args(["sensitivity", "samples/agencies.csv"])
            .args(bad)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
    }
    let pl = crate::common::offerlens()
        .args([
            "sensitivity",
            "samples/agencies.csv",
            "--lang",
            "pl",
            "--samples",
            "500",
        ])
        .output()
        .unwrap();
    let pl = String::from_utf8(pl.stdout).unwrap();
    assert!(pl.starts_with("Na ile to pewne?"), "{pl}");
    assert!(pl.contains("prowadziłaby przy"), "{pl}");
}

/// Two offers on two linear criteria: A (price 20, SLA 20) and B (price 60, SLA 90), weights 3
/// and 1. A leads while 0.8·p + 0.2·s > 0.4·p + 0.9·s.
fn two_criteria() -> Analysis {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("o.csv");
    std::fs::write(&csv, "Agencja;Cena;SLA\nA;20;20\nB;60;90\n").unwrap();
    let toml = "name = \"two\"\n\n[[criterion]]\nid = \"price\"\nkind = \"number\"\nbetter = \"lower\"\nscoring = \"linear\"\nbest = 0\nworst = 100\nweight = 3\ncolumns = [\"Cena\"]\n\n[[criterion]]\nid = \"sla\"\nkind = \"number\"\nbetter = \"higher\"\nscoring = \"linear\"\nbest = 100\nworst = 0\nweight = 1\ncolumns = [\"SLA\"]\n";
    let criteria = offerlens::criteria::parse(toml, "c.toml").unwrap();
    analysis(&[csv], criteria)
}

/// The price-to-win search scores each trial fee by redoing only what a fee moves; that must
/// give what scoring everything again gives, for every offer, fees on both sides of the
/// low-price flag, and after switching between offers.
#[test]
fn scoring_a_changed_fee_again_in_part_equals_scoring_everything_again() {
    use offerlens::normalize::Value;
    use offerlens::score::{Rescorer, evaluate};
    // The sme profile with a budget the fee must keep and a low price that disqualifies: fees
    // that change who is in the running, so every column moves.
    let strict = std::fs::read_to_string("criteria/sme.toml")
        .unwrap()
        .replacen(
            "scoring = \"ratio\"          # the public",
            "require = { max = 2000 }\nscoring = \"ratio\"          # the public",
            1,
        )
        .replacen(
            "ratio = 0.7\npenalty = 10",
            "ratio = 0.7\naction = \"disqualify\"",
            1,
        );
    let strict = offerlens::criteria::parse(&strict, "strict.toml").unwrap();
    let topsis = std::fs::read_to_string("criteria/sme.toml")
        .unwrap()
        .replacen("method = \"weighted_sum\"", "method = \"topsis\"", 1);
    let topsis = offerlens::criteria::parse(&topsis, "topsis.toml").unwrap();
    let sets = [
        ("topsis", topsis),
        ("sme", profile("sme")),
        ("ecommerce", profile("ecommerce")),
        ("info-site", profile("info-site")),
        ("strict", strict),
    ];
    let mut knocked_out_by_fee = 0;
    for (name, criteria) in sets {
        for file in ["samples/agencies.csv", "samples/questionnaires"] {
            let a = analysis(&[PathBuf::from(file)], criteria.clone());
            let j = a.criteria.index_of("monthly_fee").unwrap();
            let mut probe = Rescorer::new(&a.criteria, &a.offers, a.evaluated_on);
            for fee in [0u64, 1, 300, 900, 1_500, 2_400, 10_000] {
                for o in (0..a.offers.len()).rev() {
                    let mut offers = a.offers.clone();
                    offers.cells[j][o].value = Some(Value::Num(fee.into()));
                    offers.cells[j][o].unreadable = false;
                    let full = evaluate(&a.criteria, &offers, a.evaluated_on);
                    let part = probe.with_fee(o, fee.into());
                    let at = format!("{name}, {file}, offer {o} at {fee}");
                    assert_eq!(part.disqualified, full.disqualified, "{at}");
                    assert_eq!(part.penalty, full.penalty, "{at}");
                    for (x, y) in part.r.iter().zip(&full.r) {
                        let same = x
                            .iter()
                            .zip(y.iter())
                            .all(|(p, q)| p == q || (p.is_nan() && q.is_nan()));
                        assert!(same, "{at}: {x:?} != {y:?}");
                    }
                    assert_eq!(part.scores(&a.weights), full.scores(&a.weights), "{at}");
                    knocked_out_by_fee +=
                        usize::from(full.disqualified != a.evaluation.disqualified);
                }
            }
            // Left out: the others score as when the offer was never sent.
            for o in 0..a.offers.len() {
                let kept: Vec<usize> = (0..a.offers.len()).filter(|&k| k != o).collect();
                let mut offers = a.offers.clone();
                offers.offers = kept.iter().map(|&k| a.offers.offers[k].clone()).collect();
                offers.cells = a
                    .offers
                    .cells
                    .iter()
                    .map(|column| {
                        kept.iter()
                            .map(|&k| column.get(k).cloned().unwrap_or_default())
                            .collect()
                    })
                    .collect();
                let full = evaluate(&a.criteria, &offers, a.evaluated_on);
                let full_scores = full.scores(&a.weights);
                let part = probe.without(o);
                let part_scores = part.scores(&a.weights);
                for (i, &k) in kept.iter().enumerate() {
                    let at = format!("{name}, {file}, without offer {o}: offer {k}");
                    assert_eq!(part.disqualified[k], full.disqualified[i], "{at}");
                    assert!(
                        (part_scores[k] - full_scores[i]).abs() < 1e-9,
                        "{at}: {} != {}",
                        part_scores[k],
                        full_scores[i]
                    );
                }
            }
        }
    }
    assert!(knocked_out_by_fee > 10, "{knocked_out_by_fee}");
}

/// What a user gets from odd input: one offer (it leads whatever the weights, said so), every
/// offer knocked out (a usage error), TOPSIS criteria (no tipping points, said why; the rest
/// computed), a criterion with zero weight (no tipping point below it); never a panic.
#[test]
fn odd_input_gets_a_clear_answer() {
    let dir = tempfile::tempdir().unwrap();
    let one = dir.path().join("one.csv");
    std::fs::write(
        &one,
        "Agencja;Abonament miesięczny;Czas reakcji P1\nSolo;1000 zł;1 h\n",
    )
    .unwrap();
    let out = crate::common::offerlens()
        .arg("sensitivity")
        .arg(&one)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Only one offer is ranked: it leads whatever the weights."),
        "{text}"
    );
    assert!(text.contains("- Solo: 100.0%"), "{text}");

    // Without an SLA every offer is knocked out by the sme profile.
    let none = dir.path().join("none.csv");
    std::fs::write(&none, "Agencja;Abonament miesięczny\nA;1000 zł\nB;900 zł\n").unwrap();
    let out = crate::common::offerlens()
        .arg("sensitivity")
        .arg(&none)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("no offer is ranked (every offer is knocked out)"),
        "{err}"
    );

    let topsis = dir.path().join("topsis.toml");
    let text = std::fs::read_to_string("criteria/sme.toml")
        .unwrap()
        .replacen("method = \"weighted_sum\"", "method = \"topsis\"", 1);
    std::fs::write(&topsis, text).unwrap();
    let out = crate::common::offerlens()
        .args(["sensitivity", "samples/agencies.csv", "-f", "json", "-c"])
        .arg(&topsis)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(doc["weights"].is_null(), "{}", doc["weights"]);
    assert!(
        doc["weights_note"]
            .as_str()
            .unwrap()
            .contains("weighted sum only")
    );
    assert!(
        doc["price_to_win"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["monthly_fee"].is_u64())
    );

    // Scope of work has weight 0 in the sme profile: nothing lies below it.
    let a = analysis(&[PathBuf::from("samples/agencies.csv")], profile("sme"));
    let scope = a.criteria.index_of("scope").unwrap();
    assert_eq!(a.weights[scope], 0.0);
    let t = &tipping_points(&a).unwrap()[scope];
    assert_eq!(t.down, None);
}
