//! Every fixture in tests/fixtures (one quirk each) is read as a user would expect.

use std::path::PathBuf;

use offerlens::analysis::Analysis;
use offerlens::issue::Severity;
use offerlens::normalize::Value;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from("tests/fixtures").join(name)
}

fn analyze(paths: &[PathBuf]) -> Analysis {
    crate::common::analysis(paths, crate::common::profile("sme"))
}

fn read(name: &str) -> Analysis {
    analyze(&[fixture(name)])
}

fn offer(a: &Analysis, vendor: &str) -> usize {
    a.offers
        .offers
        .iter()
        .position(|o| o.vendor == vendor)
        .unwrap_or_else(|| panic!("no offer {vendor:?} in {:?}", a.offers.offers))
}

/// (raw text, value as a number, location) of one answer.
fn answer(a: &Analysis, vendor: &str, criterion: &str) -> (String, Option<f64>, String) {
    let o = offer(a, vendor);
    let j = a.criteria.index_of(criterion).unwrap();
    let cell = a.offers.cell(j, o);
    let value = match &cell.value {
        Some(Value::Num(d)) => Some(d.to_string().parse().unwrap()),
        Some(Value::Bool(b)) => Some(if *b { 1.0 } else { 0.0 }),
        _ => None,
    };
    (
        cell.raw.to_string(),
        value,
        a.offers
            .source(j, o)
            .map(|s| a.offers.location(s))
            .unwrap_or_default(),
    )
}

fn issue_at<'a>(a: &'a Analysis, location: &str) -> &'a offerlens::issue::Issue {
    a.issues
        .iter()
        .find(|i| i.location == location)
        .unwrap_or_else(|| panic!("no issue at {location}: {:#?}", a.issues))
}

fn names(a: &Analysis) -> Vec<String> {
    let mut v: Vec<String> = a.offers.offers.iter().map(|o| o.vendor.clone()).collect();
    v.sort();
    v
}

#[test]
fn windows_1250_csv_with_decimal_commas() {
    let a = read("decimal_comma_cp1250.csv");
    assert!(
        a.issues
            .iter()
            .any(|i| i.message.to_string().contains("Windows-1250"))
    );
    assert_eq!(
        names(&a),
        vec!["Alfa Łódź Sp. z o.o.", "Beta Śląsk", "Gamma Żoliborz"]
    );
    assert_eq!(
        answer(&a, "Alfa Łódź Sp. z o.o.", "monthly_fee").1,
        Some(1000.5)
    );
    assert_eq!(answer(&a, "Gamma Żoliborz", "monthly_fee").1, Some(1300.0));
    let (_, hours, at) = answer(&a, "Beta Śląsk", "hours_included");
    assert_eq!(
        (hours, at.as_str()),
        (Some(8.5), "tests/fixtures/decimal_comma_cp1250.csv:3:4")
    );
}

#[test]
fn utf8_bom_and_comma_delimiter_read_like_the_cp1250_file() {
    let a = read("utf8_bom_comma.csv");
    let b = read("decimal_comma_cp1250.csv");
    assert_eq!(a.offers.len(), 3);
    // The same answers in input order (the names differ: the cp1250 file has Polish letters).
    let answers = |x: &Analysis| -> Vec<Vec<Option<f64>>> {
        x.offers
            .offers
            .iter()
            .map(|o| {
                [
                    "monthly_fee",
                    "hourly_rate",
                    "hours_included",
                    "p1_response",
                    "uptime",
                ]
                .iter()
                .map(|c| answer(x, &o.vendor, c).1)
                .collect()
            })
            .collect()
    };
    assert_eq!(answers(&a), answers(&b));
    assert!(!a.offers.offers[0].vendor.starts_with('\u{feff}'));
}

#[test]
fn tab_delimited_and_quoted_newlines() {
    let tsv = read("tab_delimited.tsv");
    assert_eq!(tsv.offers.len(), 3);
    let q = read("quoted_newlines.csv");
    assert_eq!(q.offers.len(), 3);
    let (scope, _, at) = answer(&q, "Alfa Serwis", "scope");
    assert!(scope.contains('\n'), "{scope:?}");
    assert_eq!(at, "tests/fixtures/quoted_newlines.csv:2:11");
    // Same offers, same numbers (the scope texts differ: the quirk is how they are quoted).
    for vendor in ["Alfa Serwis", "Beta Web", "Gamma Studio"] {
        for c in [
            "monthly_fee",
            "p1_response",
            "p1_rto",
            "uptime",
            "latest_reference_year",
        ] {
            assert_eq!(
                answer(&tsv, vendor, c).1,
                answer(&q, vendor, c).1,
                "{vendor} {c}"
            );
        }
    }
}

#[test]
fn ragged_rows_are_reported_and_ranked() {
    let a = read("ragged_rows.csv");
    assert_eq!(a.offers.len(), 3);
    let i = issue_at(&a, "tests/fixtures/ragged_rows.csv:3");
    assert!(
        i.message
            .to_string()
            .contains("14 fields where the others have 13"),
        "{i:?}"
    );
}

#[test]
fn text_under_an_xlsx_name_is_read_as_csv_with_a_warning() {
    let a = read("extension_lies.xlsx");
    assert_eq!(a.offers.len(), 2);
    assert!(a.issues.iter().any(|i| {
        i.message
            .to_string()
            .contains("the content is text: read as CSV")
    }));
}

#[test]
fn title_block_above_a_header_starting_in_column_b() {
    let a = read("title_block.xlsx");
    assert_eq!(a.offers.len(), 3);
    assert_eq!(
        answer(&a, "Alfa Serwis", "p1_response"),
        (
            "15 min".into(),
            Some(15.0),
            "tests/fixtures/title_block.xlsx:Oferty!F5".into()
        )
    );
    assert_eq!(answer(&a, "Alfa Serwis", "monthly_fee").1, Some(1000.0));
}

#[test]
fn one_offer_per_column_in_ods() {
    let a = read("transposed.ods");
    assert_eq!(a.offers.len(), 3);
    assert_eq!(
        answer(&a, "Alfa Serwis", "p1_response").2,
        "tests/fixtures/transposed.ods:Porównanie!B5"
    );
    let (_, uptime, at) = answer(&a, "Gamma Studio", "uptime");
    assert_eq!(
        (uptime, at.as_str()),
        (Some(99.95), "tests/fixtures/transposed.ods:Porównanie!D7")
    );
}

#[test]
fn questionnaire_without_a_name_takes_the_file_name() {
    let a = read("questionnaire_no_name.xlsx");
    assert_eq!(names(&a), vec!["questionnaire_no_name"]);
    assert_eq!(
        answer(&a, "questionnaire_no_name", "p1_response").2,
        "tests/fixtures/questionnaire_no_name.xlsx:Kwestionariusz!B7"
    );
}

#[test]
fn formulas_use_their_saved_result_and_an_unsaved_one_is_a_warning() {
    let cached = read("formula_cached.xlsx");
    assert_eq!(
        answer(&cached, "Alfa Serwis", "monthly_fee").1,
        Some(1000.0)
    );
    let uncached = read("formula_uncached.xlsx");
    assert_eq!(answer(&uncached, "Alfa Serwis", "monthly_fee").1, None);
    let i = issue_at(&uncached, "tests/fixtures/formula_uncached.xlsx:Oferty!B2");
    assert_eq!(i.severity, Severity::Warning);
    assert!(i.message.to_string().contains("no saved result"), "{i:?}");
}

#[test]
fn error_cells_are_issues_at_their_cells() {
    let a = read("error_cells.xlsx");
    assert_eq!(a.offers.len(), 3);
    let na = issue_at(&a, "tests/fixtures/error_cells.xlsx:Oferty!G3");
    assert!(na.message.to_string().contains("#N/A"), "{na:?}");
    let div = issue_at(&a, "tests/fixtures/error_cells.xlsx:Oferty!C4");
    assert!(div.message.to_string().contains("#DIV/0!"), "{div:?}");
    assert_eq!(answer(&a, "Beta Web", "uptime").1, None);
    assert!(answer(&a, "Beta Web", "monthly_fee").1.is_some());
}

#[test]
fn merged_header_cells_name_the_vendor_column() {
    let a = read("merged_header.xlsx");
    assert_eq!(a.offers.len(), 3);
    assert_eq!(
        answer(&a, "Alfa Serwis", "p1_response").2,
        "tests/fixtures/merged_header.xlsx:Oferty!E3"
    );
}

#[test]
fn hidden_sheets_are_skipped_with_a_note() {
    let a = read("hidden_sheet.xlsx");
    assert_eq!(names(&a), vec!["Alfa Serwis", "Beta Web", "Gamma Studio"]);
    assert!(
        a.issues
            .iter()
            .any(|i| i.message.to_string().contains("hidden")),
        "{:#?}",
        a.issues
    );
}

#[test]
fn dates_and_times_become_years_and_durations() {
    let a = read("dates_and_times.xlsx");
    assert_eq!(answer(&a, "Alfa Serwis", "p1_response").1, Some(15.0));
    assert_eq!(
        answer(&a, "Alfa Serwis", "latest_reference_year").1,
        Some(2023.0)
    );
}

#[test]
fn numbers_stored_as_text_are_read_as_numbers() {
    let a = read("numbers_as_text.xlsx");
    assert_eq!(answer(&a, "Alfa Serwis", "monthly_fee").1, Some(1200.5));
    assert_eq!(
        answer(&a, "Gamma Studio", "latest_reference_year").1,
        Some(2026.0)
    );
}

/// The same offers as CSV, xlsx (row layout), ods (column layout) and a folder of
/// questionnaires rank identically.
#[test]
fn the_samples_rank_identically_in_every_format() {
    let order = |a: &Analysis| -> Vec<(String, Option<usize>, String)> {
        a.ranking
            .iter()
            .map(|r| {
                (
                    a.offers.offers[r.offer].vendor.clone(),
                    r.rank,
                    format!("{:.9}", r.score),
                )
            })
            .collect()
    };
    let csv = analyze(&[PathBuf::from("samples/agencies.csv")]);
    assert_eq!(csv.offers.len(), 7);
    for other in [
        "samples/agencies.xlsx",
        "samples/comparison.ods",
        "samples/questionnaires",
    ] {
        let a = analyze(&[PathBuf::from(other)]);
        assert_eq!(
            order(&a),
            order(&csv),
            "{other} ranks differently:\n{:#?}",
            a.issues
        );
    }
}
