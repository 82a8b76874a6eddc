//! Two offers with the same name: the second is told apart (`WebMax (2)`) and a warning at its
//! vendor cell names both places; offers told apart by their package are not flagged.

use std::path::PathBuf;

use offerlens::analysis::Analysis;
use offerlens::issue::{Issue, Severity};

use crate::common::{analysis, analysis_of_csv, profile};

fn names(a: &Analysis) -> Vec<&str> {
    a.offers.offers.iter().map(|o| o.vendor.as_str()).collect()
}

fn same_name_warnings(a: &Analysis) -> Vec<&Issue> {
    a.issues
        .iter()
        .filter(|i| {
            i.message.to_string().contains("the same name")
                || i.message.to_string().contains("two offers are named")
        })
        .collect()
}

#[test]
fn a_second_row_with_the_same_vendor_is_told_apart_with_a_warning() {
    let a = analysis_of_csv(
        profile("sme"),
        "dup.csv",
        "Agencja;Abonament miesięczny;Czas reakcji P1\n\
         WebMax;900 zł;4 h\n\
         Alfa;1 000 zł;2 h\n\
         WebMax;1 500 zł;1 h\n",
    );
    assert_eq!(names(&a), ["WebMax", "Alfa", "WebMax (2)"]);
    let warnings = same_name_warnings(&a);
    assert_eq!(warnings.len(), 1, "{:#?}", a.issues);
    let w = warnings[0];
    assert_eq!(w.severity, Severity::Warning);
    assert_eq!(w.location, "dup.csv:4:1", "at the second's vendor cell");
    assert_eq!(
        w.message.to_string(),
        "two offers are named 'WebMax' (dup.csv:2:1 and dup.csv:4:1); the second is shown as \
         'WebMax (2)': merge them or rename one in the sheet"
    );
    assert_eq!(w.offer, Some(2));
    // Both are ranked, each under its own name.
    assert_eq!(a.ranking.len(), 3);
}

#[test]
fn names_are_compared_without_case_or_diacritics() {
    let a = analysis_of_csv(
        profile("sme"),
        "case.csv",
        "Agencja;Abonament miesięczny;Czas reakcji P1\n\
         Łódź Web;900 zł;4 h\n\
         LODZ  WEB;1 000 zł;2 h\n\
         Łódź Web (Kraków);1 100 zł;2 h\n",
    );
    assert_eq!(
        names(&a),
        ["Łódź Web", "LODZ  WEB (2)", "Łódź Web (Kraków)"]
    );
    let warnings = same_name_warnings(&a);
    assert_eq!(warnings.len(), 1, "{:#?}", a.issues);
    assert!(
        warnings[0]
            .message
            .to_string().starts_with("two offers have the same name, 'Łódź Web' (case.csv:2:1) and 'LODZ  WEB' (case.csv:3:1)"),
        "{}",
        warnings[0].message
    );
}

#[test]
fn a_name_already_taken_is_skipped_and_packages_are_not_flagged() {
    let a = analysis_of_csv(
        profile("sme"),
        "packages.csv",
        "Agencja;Pakiet;Abonament miesięczny;Czas reakcji P1\n\
         WebMax;Basic;900 zł;4 h\n\
         WebMax;Pro;1 500 zł;1 h\n\
         WebMax;Basic;950 zł;4 h\n\
         Alfa;;1 000 zł;2 h\n\
         Alfa (2);;1 100 zł;2 h\n\
         Alfa;;1 200 zł;2 h\n",
    );
    assert_eq!(
        names(&a),
        [
            "WebMax — Basic",
            "WebMax — Pro",
            "WebMax — Basic (2)",
            "Alfa",
            "Alfa (2)",
            "Alfa (3)"
        ]
    );
    let warnings = same_name_warnings(&a);
    assert_eq!(warnings.len(), 2, "{:#?}", a.issues);
    assert_eq!(warnings[0].location, "packages.csv:4:1");
    assert_eq!(warnings[1].location, "packages.csv:7:1");
    assert!(
        warnings[1].message.to_string().contains(
            "'Alfa' (packages.csv:5:1 and packages.csv:7:1); the second is shown as 'Alfa (3)'"
        ),
        "{}",
        warnings[1].message
    );
}

#[test]
fn two_questionnaires_naming_the_same_agency_are_told_apart() {
    let dir = tempfile::tempdir().unwrap();
    for (file, fee) in [("a.csv", "900 zł"), ("b.csv", "700 zł")] {
        std::fs::write(
            dir.path().join(file),
            format!("Agencja:;WebMax\nAbonament miesięczny;{fee}\nCzas reakcji P1;15 min\n"),
        )
        .unwrap();
    }
    let a = analysis(&[dir.path().to_path_buf()], profile("sme"));
    assert_eq!(names(&a), ["WebMax", "WebMax (2)"]);
    let warnings = same_name_warnings(&a);
    assert_eq!(warnings.len(), 1, "{:#?}", a.issues);
    let (first, second) = (
        a.offers.location(a.offers.offers[0].source),
        a.offers.location(a.offers.offers[1].source),
    );
    assert!(
        first.contains("a.csv") && second.contains("b.csv"),
        "{first} {second}"
    );
    assert_eq!(warnings[0].location, second);
    assert!(
        warnings[0]
            .message
            .to_string()
            .contains(&format!("({first} and {second})")),
        "{}",
        warnings[0].message
    );
}

#[test]
fn the_bundled_samples_have_no_two_offers_of_one_name() {
    for sample in [
        "samples/agencies.csv",
        "samples/agencies.xlsx",
        "samples/comparison.ods",
        "samples/questionnaires",
    ] {
        let a = analysis(&[PathBuf::from(sample)], profile("sme"));
        assert_eq!(a.offers.len(), 7, "{sample}");
        assert!(same_name_warnings(&a).is_empty(), "{sample}");
    }
}
