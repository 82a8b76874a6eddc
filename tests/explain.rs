//! `offerlens explain`: why one offer beats another, the parts adding up to the score
//! difference, vendors named loosely, and clear refusals.

use std::path::PathBuf;

use offerlens::explain::{explain, find_vendor, sentence};
use offerlens::i18n::Lang;

use crate::common::{analysis, offerlens, profile};

fn samples() -> offerlens::analysis::Analysis {
    analysis(&[PathBuf::from("samples/agencies.csv")], profile("sme"))
}

#[test]
fn the_differences_and_the_penalties_add_up_to_the_score_difference() {
    let a = samples();
    let n = a.offers.len();
    let mut checked = 0;
    for first in 0..n {
        for second in 0..n {
            if first == second {
                continue;
            }
            let e = explain(&a, first, second);
            assert_eq!(e.parts.len(), a.criteria.criteria.len());
            if !e.additive {
                continue;
            }
            let parts: f64 = e.parts.iter().map(|p| p.difference).sum();
            let total = parts - (e.penalty_first - e.penalty_second);
            assert!(
                (total - (e.score_first - e.score_second)).abs() < 1e-9,
                "{first} vs {second}: {total} against {}",
                e.score_first - e.score_second
            );
            // Largest difference first.
            for w in e.parts.windows(2) {
                assert!(w[0].difference.abs() >= w[1].difference.abs());
            }
            checked += 1;
        }
    }
    assert!(checked >= 30, "only {checked} pairs add up");
}

#[test]
fn the_sentence_names_where_the_leader_gains_and_where_the_other_is_better() {
    let a = samples();
    let kodex = find_vendor(&a, "kodex").unwrap();
    let webopieka = find_vendor(&a, "WEBOPIEKA SP. Z O.O.").unwrap();
    let e = explain(&a, kodex, webopieka);
    let en = sentence(&a, &e).in_lang(Lang::En);
    assert!(
        en.starts_with("Kodex Studio wins mainly on Risk-adjusted monthly cost (+3.6)"),
        "{en}"
    );
    assert!(en.contains("WebOpieka Sp. z o.o. is better on"), "{en}");
    assert!(en.contains("but that does not make up for it"), "{en}");
    let pl = sentence(&a, &e).in_lang(Lang::Pl);
    assert!(
        pl.starts_with("Kodex Studio wygrywa głównie dzięki: Miesięczny koszt z ryzykiem (+3,6)"),
        "{pl}"
    );
}

#[test]
fn vendors_match_without_case_or_diacritics_and_an_unknown_one_lists_them() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("o.csv");
    std::fs::write(
        &csv,
        "Agencja;Abonament miesięczny;Czas reakcji P1\nŁódzka Sieć;1000 zł;1 h\nKraków Web;900 zł;2 h\n",
    )
    .unwrap();
    let a = analysis(std::slice::from_ref(&csv), profile("sme"));
    let lodz = find_vendor(&a, "lodzka siec").unwrap();
    assert_eq!(a.offers.offers[lodz].vendor, "Łódzka Sieć");
    assert_eq!(
        find_vendor(&a, "KRAKÓW").map(|o| a.offers.offers[o].vendor.clone()),
        Ok("Kraków Web".to_string())
    );
    let out = offerlens()
        .args([
            "explain",
            csv.to_str().unwrap(),
            "--vendor",
            "Gdańsk",
            "--lang",
            "en",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no offer from 'Gdańsk'"), "{err}");
    assert!(
        err.contains("Łódzka Sieć") && err.contains("Kraków Web"),
        "{err}"
    );
}

#[test]
fn explain_compares_the_leader_with_the_runner_up_by_default() {
    let out = offerlens()
        .args(["explain", "samples/agencies.csv", "-f", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["first"]["vendor"], "Kodex Studio");
    assert_eq!(doc["first"]["rank"], 1);
    assert_eq!(doc["second"]["rank"], 2);
    let parts: f64 = doc["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["difference"].as_f64().unwrap())
        .sum();
    let total = parts + doc["penalty_difference"].as_f64().unwrap();
    assert!((total - doc["score_difference"].as_f64().unwrap()).abs() < 1e-9);
    let md = offerlens()
        .args([
            "explain",
            "samples/agencies.csv",
            "-f",
            "md",
            "--lang",
            "pl",
        ])
        .output()
        .unwrap();
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(
        md.starts_with("# Kodex Studio (#1, 94,7) wobec WebOpieka"),
        "{md}"
    );
    assert!(
        md.contains("| Kryterium | Kodex Studio | WebOpieka Sp. z o.o. | Δ |"),
        "{md}"
    );
}

#[test]
fn one_offer_or_the_same_offer_twice_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("one.csv");
    std::fs::write(&csv, "Agencja;Abonament miesięczny\nSolo;1000 zł\n").unwrap();
    let out = offerlens()
        .args(["explain", csv.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("explain compares two offers, and 1 was read")
    );
    let out = offerlens()
        .args([
            "explain",
            "samples/agencies.csv",
            "--vendor",
            "kodex",
            "--vs",
            "Kodex Studio",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("name the same offer"));
}

#[test]
fn a_file_that_cannot_be_read_is_not_explained_away_and_cell_errors_are_counted() {
    let out = offerlens()
        .args([
            "explain",
            "samples/agencies.csv",
            "nie-ma.csv",
            "--lang",
            "en",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "no comparison of part of the offers");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("nie-ma.csv") && err.contains("cannot read file"),
        "{err}"
    );
    // The sample's unreadable P1 restore time is said, not passed over.
    let out = offerlens()
        .args([
            "sensitivity",
            "samples/agencies.csv",
            "--samples",
            "100",
            "--lang",
            "en",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("1 error while reading the offers"), "{err}");
}
