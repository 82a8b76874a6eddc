//! `rank -f csv` as a user opens it: the header, the ranking order, knock-outs with their
//! reasons, a file any CSV reader parses back, and no vendor text a spreadsheet would run.

use std::fs;
use std::path::PathBuf;

use offerlens::analysis::Analysis;
use offerlens::criteria;
use offerlens::export;
use offerlens::numbers::money_string;

use crate::common::{HOSTILE_CRITERIA, analysis, profile};

const FIXED: [&str; 10] = [
    "rank",
    "vendor",
    "score",
    "disqualified",
    "monthly_cost",
    "risk_cost",
    "knockouts",
    "red_flags",
    "blanks",
    "source",
];

const AUDIT: [&str; 7] = [
    "source_sha256",
    "criteria",
    "criteria_sha256",
    "profile",
    "method",
    "tool",
    "generated_at",
];

fn sample() -> Analysis {
    analysis(&[PathBuf::from("samples/agencies.csv")], profile("sme"))
}

fn csv_of(a: &Analysis) -> String {
    let mut out = Vec::new();
    let audit = offerlens::export::audit::Audit::new(a, &[], Some(1_795_336_200));
    export::csv::write(
        a,
        &audit,
        export::csv::Dialect::Rfc4180,
        offerlens::i18n::Lang::En,
        &mut out,
    )
    .unwrap();
    String::from_utf8(out).unwrap()
}

/// The header and the rows, as a CSV reader sees them.
fn parse(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.as_bytes());
    let header = r.headers().unwrap().iter().map(String::from).collect();
    let rows = r
        .records()
        .map(|rec| rec.unwrap().iter().map(String::from).collect())
        .collect();
    (header, rows)
}

fn column(header: &[String], name: &str) -> usize {
    header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name} in {header:?}"))
}

#[test]
fn header_lists_the_fixed_columns_then_every_criterion() {
    let a = sample();
    let text = csv_of(&a);
    let first_line = text.split("\r\n").next().unwrap();
    assert!(
        first_line.starts_with(
            "rank,vendor,score,disqualified,monthly_cost,risk_cost,knockouts,red_flags,blanks,source,monthly_fee,"
        ),
        "{first_line}"
    );
    let (header, _) = parse(&text);
    assert_eq!(header[..FIXED.len()], FIXED);
    let ids: Vec<String> = a
        .criteria
        .criteria
        .iter()
        .map(|c| {
            // The profile's computed `risk_cost` criterion would repeat a fixed column's name.
            if c.id == "risk_cost" {
                "criterion:risk_cost".to_string()
            } else {
                c.id.clone()
            }
        })
        .collect();
    let n = header.len();
    assert_eq!(header[FIXED.len()..n - AUDIT.len()], ids[..]);
    assert_eq!(
        header[n - AUDIT.len()..],
        AUDIT[..],
        "the audit stamp closes every row"
    );
    let mut unique = header.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), header.len(), "duplicate column names");
}

#[test]
fn lines_end_in_crlf_and_parse_back_into_one_row_per_offer() {
    let a = sample();
    let text = csv_of(&a);
    assert!(text.ends_with("\r\n"));
    assert!(!text.replace("\r\n", "").contains('\r'));
    let (header, rows) = parse(&text);
    assert_eq!(rows.len(), a.offers.len());
    assert_eq!(rows.len(), 7);
    for row in &rows {
        assert_eq!(row.len(), header.len());
    }
    // Ranking order: the same vendors as the ranking, in the same order.
    let vendors: Vec<&str> = rows.iter().map(|r| r[1].as_str()).collect();
    let ranked: Vec<&str> = a
        .ranking
        .iter()
        .map(|r| a.offers.offers[r.offer].vendor.as_str())
        .collect();
    assert_eq!(vendors, ranked);
}

#[test]
fn the_winner_comes_first_with_its_numbers() {
    let a = sample();
    let (header, rows) = parse(&csv_of(&a));
    let winner = &rows[0];
    assert_eq!(winner[column(&header, "rank")], "1");
    assert_eq!(winner[column(&header, "vendor")], "Kodex Studio");
    assert_eq!(winner[column(&header, "disqualified")], "false");
    assert_eq!(
        winner[column(&header, "score")],
        format!("{:.1}", a.ranking[0].score)
    );
    let o = a.ranking[0].offer;
    let costs = &a.evaluation.costs[o];
    assert_eq!(winner[column(&header, "monthly_cost")], "1500.00");
    assert_eq!(
        winner[column(&header, "risk_cost")],
        money_string(*costs.risk.as_ref().unwrap())
    );
    assert_eq!(winner[column(&header, "knockouts")], "");
    assert_eq!(winner[column(&header, "blanks")], "0");
    assert_eq!(
        winner[column(&header, "source")],
        "samples/agencies.csv:5:1"
    );
    // Parsed values, as JSON shows them: numbers in the criterion's unit, bools, choice keys,
    // text as written.
    assert_eq!(winner[column(&header, "monthly_fee")], "1500");
    assert_eq!(winner[column(&header, "p1_response")], "30");
    assert_eq!(winner[column(&header, "uptime")], "99.95");
    assert_eq!(winner[column(&header, "monitoring_24_7")], "true");
    assert_eq!(winner[column(&header, "backup_frequency")], "hourly");
    assert!(winner[column(&header, "scope")].starts_with("aktualizacje, kopie co godzinę"));
    // Scores have one decimal and a decimal point, whatever the locale.
    for row in &rows {
        let s = &row[column(&header, "score")];
        assert!(s.split_once('.').is_some_and(|(_, d)| d.len() == 1), "{s}");
    }
    // Ranks go up from 1 down the ranked rows.
    assert_eq!(rows[1][0], "2");
}

#[test]
fn knocked_out_offers_come_last_with_an_empty_rank_and_their_reasons() {
    let a = sample();
    let (header, rows) = parse(&csv_of(&a));
    let (rank, dq, ko) = (
        column(&header, "rank"),
        column(&header, "disqualified"),
        column(&header, "knockouts"),
    );
    let knocked: Vec<&Vec<String>> = rows.iter().filter(|r| r[dq] == "true").collect();
    let out: Vec<&str> = knocked.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(out, ["TaniWeb", "Webmaster24"]);
    for r in &knocked {
        assert_eq!(r[rank], "", "{r:?}");
        assert!(!r[ko].is_empty(), "{r:?}");
    }
    // Every ranked row has a rank; the knocked-out ones are at the bottom.
    let first_out = rows.iter().position(|r| r[dq] == "true").unwrap();
    assert!(rows[..first_out].iter().all(|r| !r[rank].is_empty()));
    assert!(rows[first_out..].iter().all(|r| r[rank].is_empty()));
    let tani = knocked.iter().find(|r| r[1] == "TaniWeb").unwrap();
    assert_eq!(
        tani[ko],
        "P1 response time 1 day is above the maximum of 4 h"
    );
    // Several reasons are joined with "; ".
    let webmaster = knocked.iter().find(|r| r[1] == "Webmaster24").unwrap();
    assert!(webmaster[ko].contains("; No SLA"), "{}", webmaster[ko]);
    // Red flags that only cost points are listed under red_flags.
    let flags = &tani[column(&header, "red_flags")];
    assert!(
        flags.starts_with("The scope is vague") && flags.contains("; Answered the inquiry"),
        "{flags}"
    );
}

const HOSTILE_OFFERS: &str = "Vendor;Notes;Balance\r\n\
\"=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\";+1+1;-2\r\n\
Plain Co;@SUM(A1);5\r\n\
\"-2+3\";-2+3;3\r\n\
\"Esc\x1b[2J Co\";\"fine; =cmd|' /C calc'!A0\";1\r\n";

#[test]
fn vendor_text_that_looks_like_a_formula_is_neutralized_and_numbers_stay_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let offers = dir.path().join("offers.csv");
    fs::write(&offers, HOSTILE_OFFERS).unwrap();
    let c = criteria::parse(HOSTILE_CRITERIA, "hostile.toml").unwrap();
    let a = analysis(&[offers], c);
    assert_eq!(a.offers.len(), 4, "{:?}", a.issues);
    let text = csv_of(&a);
    let (header, rows) = parse(&text);
    assert_eq!(rows.len(), 4);
    let (vendor, notes, balance) = (
        column(&header, "vendor"),
        column(&header, "notes"),
        column(&header, "balance"),
    );
    let row = |v: &str| {
        rows.iter()
            .find(|r| r[vendor] == v)
            .unwrap_or_else(|| panic!("no row for {v}: {rows:?}"))
    };

    let link = row("'=HYPERLINK(\"http://x\",\"click\")");
    assert_eq!(link[notes], "'+1+1");
    assert_eq!(row("Plain Co")[notes], "'@SUM(A1)");
    let minus = row("'-2+3");
    assert_eq!(minus[notes], "'-2+3");
    // An answer that would start a cell of its own where `;` separates lists (Polish Excel).
    let esc = row("Esc[2J Co");
    assert_eq!(esc[notes], "fine;' =cmd|' /C calc'!A0");

    // No cell anywhere starts a formula, bar the numbers this writer formats itself.
    let numeric = [
        "rank",
        "score",
        "monthly_cost",
        "risk_cost",
        "blanks",
        "balance",
    ];
    for r in &rows {
        for (h, cell) in header.iter().zip(r) {
            if numeric.contains(&h.as_str()) {
                assert!(
                    cell.is_empty() || cell.parse::<f64>().is_ok(),
                    "{h} = {cell:?} is not a number"
                );
            } else {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{h} = {cell:?}"
                );
                assert!(!cell.contains('\u{1b}'), "{h} = {cell:?}");
            }
        }
    }
    // A negative answer to a number criterion stays a negative number, not text.
    assert_eq!(link[balance], "-2");
    assert_eq!(minus[balance], "3");
    assert!(!text.contains("'-2\r\n") && !text.contains(",'-2,"));
}

#[test]
fn full_width_formula_starts_are_neutralized_like_ascii_ones() {
    // `＝1+1` and friends: a spreadsheet, or an import that normalizes text (NFKC), may read
    // them as `=1+1`.
    let dir = tempfile::tempdir().unwrap();
    let offers = dir.path().join("offers.csv");
    fs::write(
        &offers,
        "Vendor;Notes;Balance\n\
         \u{FF1D}1+1;\u{FF0B}1+1;1\n\
         \u{FF20}SUM(A1);\u{FF0D}2+3;2\n\
         Fine Co;\"ok; \u{FF1D}cmd|' /C calc'!A0\";3\n",
    )
    .unwrap();
    let c = criteria::parse(HOSTILE_CRITERIA, "hostile.toml").unwrap();
    let a = analysis(&[offers], c);
    assert_eq!(a.offers.len(), 3, "{:?}", a.issues);
    let text = csv_of(&a);
    let (header, rows) = parse(&text);
    let (vendor, notes) = (column(&header, "vendor"), column(&header, "notes"));
    let vendors: Vec<&str> = rows.iter().map(|r| r[vendor].as_str()).collect();
    assert!(vendors.contains(&"'\u{FF1D}1+1"), "{vendors:?}");
    assert!(vendors.contains(&"'\u{FF20}SUM(A1)"), "{vendors:?}");
    let notes: Vec<&str> = rows.iter().map(|r| r[notes].as_str()).collect();
    assert!(notes.contains(&"'\u{FF0B}1+1"), "{notes:?}");
    assert!(notes.contains(&"'\u{FF0D}2+3"), "{notes:?}");
    // No piece of any line, split at either separator, starts with a formula character.
    for line in text.lines() {
        for piece in line.split([',', ';']) {
            let first = piece.trim_start_matches('"').trim_start().chars().next();
            assert!(
                !matches!(
                    first,
                    Some('=' | '+' | '@' | '\u{FF1D}' | '\u{FF0B}' | '\u{FF0D}' | '\u{FF20}')
                ),
                "{piece:?} in {line}"
            );
        }
    }
}

#[test]
fn the_risk_cost_reads_the_same_in_its_column_and_its_criterion_column() {
    let (header, rows) = parse(&csv_of(&sample()));
    let (fixed, criterion) = (
        column(&header, "risk_cost"),
        column(&header, "criterion:risk_cost"),
    );
    for row in &rows {
        assert_eq!(row[fixed], row[criterion], "{row:?}");
    }
    assert!(rows.iter().any(|r| r[fixed] == "1641.00"), "{rows:?}");
}
