//! The three built-in profiles on the samples: different winners for different businesses,
//! costs that match a hand computation to the grosz, and flags on the offers made for them.

use std::path::PathBuf;

use offerlens::analysis::Analysis;
use offerlens::criteria;
use offerlens::numbers::money_string;

use crate::common;

fn rank(profile: &str, path: &str) -> Analysis {
    common::analysis(&[PathBuf::from(path)], common::profile(profile))
}

fn winner(a: &Analysis) -> String {
    a.offers.offers[a.ranking[0].offer].vendor.clone()
}

fn offer(a: &Analysis, vendor: &str) -> usize {
    a.offers
        .offers
        .iter()
        .position(|o| o.vendor == vendor)
        .unwrap()
}

#[test]
fn ecommerce_and_info_site_pick_different_winners_in_every_format() {
    for path in [
        "samples/agencies.xlsx",
        "samples/agencies.csv",
        "samples/comparison.ods",
        "samples/questionnaires",
    ] {
        assert_eq!(winner(&rank("ecommerce", path)), "Kodex Studio", "{path}");
        assert_eq!(
            winner(&rank("info-site", path)),
            "Pixel Serwis s.c.",
            "{path}"
        );
        assert_eq!(winner(&rank("sme", path)), "Kodex Studio", "{path}");
    }
}

#[test]
fn ecommerce_knocks_out_what_an_online_shop_cannot_accept() {
    let a = rank("ecommerce", "samples/agencies.xlsx");
    let out: Vec<&str> = a
        .ranking
        .iter()
        .filter(|r| r.rank.is_none())
        .map(|r| a.offers.offers[r.offer].vendor.as_str())
        .collect();
    assert_eq!(
        out,
        vec![
            "Agencja Nova",
            "Pixel Serwis s.c.",
            "TaniWeb",
            "Webmaster24"
        ]
    );
    let pixel = offer(&a, "Pixel Serwis s.c.");
    let reasons: Vec<&str> = a.evaluation.knockouts[pixel]
        .iter()
        .map(|k| k.criterion.as_str())
        .collect();
    assert!(
        reasons.contains(&"p1_rto") && reasons.contains(&"rpo"),
        "{reasons:?}"
    );
}

#[test]
fn risk_cost_matches_a_hand_computation_to_the_grosz() {
    // SME profile: revenue 400 PLN/h, 16 support hours a month, 4 critical incidents a year.
    // SiteCare Polska: 1 100 zł a month, 130 zł/h, "ok. 10" h included, uptime 0,998,
    // P1 response 45 min, P1 RTO 4 h.
    //   monthly = 1100 + (16 − 10) × 130                    = 1880.00
    //   + (1 − 0.998) × 730 × 400                           =  584.00
    //   + 4/12 × (0.75 + 4) × 400                           =  633.333…
    //   risk                                                = 3097.33
    let a = rank("sme", "samples/agencies.xlsx");
    let o = offer(&a, "SiteCare Polska");
    let costs = &a.evaluation.costs[o];
    assert_eq!(money_string(*costs.monthly.as_ref().unwrap()), "1880.00");
    assert_eq!(money_string(*costs.risk.as_ref().unwrap()), "3097.33");

    // Ecommerce: revenue 8 000 PLN/h, 24 support hours, 6 incidents. Kodex Studio: 1 500 zł,
    // 180 zł/h, 16 h, 99,95 %, 30 minut, 2 h:
    //   1500 + 8 × 180 + 0.0005 × 730 × 8000 + 6/12 × 2.5 × 8000 = 2940 + 2920 + 10000.
    let a = rank("ecommerce", "samples/agencies.csv");
    let o = offer(&a, "Kodex Studio");
    assert_eq!(
        money_string(*a.evaluation.costs[o].monthly.as_ref().unwrap()),
        "2940.00"
    );
    assert_eq!(
        money_string(*a.evaluation.costs[o].risk.as_ref().unwrap()),
        "15860.00"
    );
}

#[test]
fn every_red_flag_fires_on_the_offer_it_was_made_for_and_no_other() {
    for profile in ["info-site", "sme", "ecommerce"] {
        let a = rank(profile, "samples/agencies.csv");
        let mut raised: Vec<(String, String)> = Vec::new();
        for (o, flags) in a.evaluation.flags.iter().enumerate() {
            for f in flags {
                raised.push((f.id.clone(), a.offers.offers[o].vendor.clone()));
            }
        }
        raised.sort();
        let want: Vec<(String, String)> = [
            ("abnormally_low_price", "TaniWeb"),
            ("no_sla", "Webmaster24"),
            ("slow_communication", "TaniWeb"),
            ("stale_references", "Webmaster24"),
            ("vague_scope", "TaniWeb"),
        ]
        .iter()
        .map(|(f, v)| (f.to_string(), v.to_string()))
        .collect();
        assert_eq!(raised, want, "{profile}");
    }
}

#[test]
fn every_profile_is_complete_and_commented() {
    for (name, text) in criteria::PROFILES {
        let c = criteria::profile(name).unwrap().unwrap();
        for id in [
            "monthly_fee",
            "hourly_rate",
            "hours_included",
            "uptime",
            "p1_response",
            "p1_rto",
            "risk_cost",
            "scope",
        ] {
            assert!(c.index_of(id).is_some(), "{name} lacks {id}");
        }
        for c in &c.criteria {
            assert!(
                !c.columns.is_empty() || c.id == "risk_cost",
                "{name}: {} has no header aliases",
                c.id
            );
        }
        assert!(c.red_flags.len() >= 5, "{name}");
        assert!(
            text.lines()
                .filter(|l| l.trim_start().starts_with('#'))
                .count()
                > 40,
            "{name} is not commented"
        );
    }
}
