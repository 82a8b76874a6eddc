//! `rank -f xlsx` as procurement opens it: the five sheets, the ranking with numbers that are
//! numbers, knocked-out offers last with their reasons, vendor text that never becomes a
//! formula, and the same bytes from the same inputs.

use std::collections::BTreeSet;
use std::fs;
use std::io::Cursor;
use std::path::PathBuf;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use offerlens::analysis::Analysis;
use offerlens::criteria;
use offerlens::export::audit::Audit;
use offerlens::export::xlsx;
use offerlens::import::{self, Limits};
use offerlens::numbers::money_string;

use crate::common::xlsx::{attribute, entry, row_styles};
use crate::common::{self, HOSTILE_CRITERIA, profile};

const TIME: i64 = 1_795_336_200;

fn analysis(paths: &[PathBuf], c: criteria::Criteria) -> (Analysis, Audit) {
    let files = import::load(paths, &Limits::default()).files;
    let a = common::analysis(paths, c);
    let audit = Audit::new(&a, &files, Some(TIME));
    (a, audit)
}

fn sample() -> (Analysis, Audit) {
    analysis(&[PathBuf::from("samples/agencies.csv")], profile("sme"))
}

fn workbook(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap()
}

/// Every row of a sheet, as calamine reads it.
fn rows(bytes: &[u8], sheet: &str) -> Vec<Vec<Data>> {
    let range = workbook(bytes).worksheet_range(sheet).unwrap();
    assert_eq!(range.start(), Some((0, 0)), "{sheet} starts at A1");
    range.rows().map(<[Data]>::to_vec).collect()
}

fn column(header: &[Data], name: &str) -> usize {
    header
        .iter()
        .position(|h| h == &Data::String(name.to_string()))
        .unwrap_or_else(|| panic!("no column {name} in {header:?}"))
}

fn text(d: &Data) -> &str {
    match d {
        Data::String(s) => s,
        other => panic!("{other:?} is not a string cell"),
    }
}

fn number(d: &Data) -> f64 {
    match d {
        Data::Float(x) => *x,
        Data::Int(i) => *i as f64,
        other => panic!("{other:?} is not a number cell"),
    }
}

fn vendor_of(a: &Analysis, offer: usize) -> &str {
    &a.offers.offers[offer].vendor
}

/// The text of one entry of the xlsx zip.
#[test]
fn the_workbook_has_the_six_sheets_in_order() {
    let (a, audit) = sample();
    let bytes = xlsx::write(&a, &audit, offerlens::i18n::Lang::En).unwrap();
    assert_eq!(
        workbook(&bytes).sheet_names(),
        [
            "Ranking",
            "Breakdown",
            "Flags",
            "Sensitivity",
            "Criteria",
            "Audit"
        ]
    );
    let polish = xlsx::write(&a, &audit, offerlens::i18n::Lang::Pl).unwrap();
    assert_eq!(
        workbook(&polish).sheet_names(),
        [
            "Ranking",
            "Szczegóły",
            "Flagi",
            "Wrażliwość",
            "Kryteria",
            "Metryka"
        ]
    );
}

/// The Sensitivity sheet carries what `offerlens sensitivity` says: the chance of first place
/// as a percentage, the price to win next to the fee it replaces, and the tipping points.
#[test]
fn the_sensitivity_sheet_has_the_chances_prices_and_tipping_points() {
    let (a, audit) = sample();
    let bytes = xlsx::write(&a, &audit, offerlens::i18n::Lang::En).unwrap();
    let rows = rows(&bytes, "Sensitivity");
    assert_eq!(
        rows[0].iter().map(text).collect::<Vec<_>>(),
        [
            "Vendor",
            "Chance of first place",
            "Monthly fee now",
            "Price to win",
            "Why no price wins",
            "Cannot win: beaten by"
        ]
    );
    let txt = |d: &Data| calamine::DataType::get_string(d).unwrap_or("").to_string();
    let row = |vendor: &str| {
        rows.iter()
            .find(|r| r.first().is_some_and(|c| txt(c).starts_with(vendor)))
            .unwrap_or_else(|| panic!("no row for {vendor}"))
    };
    let kodex = row("Kodex Studio");
    assert_eq!(number(&kodex[1]), 1.0);
    let webopieka = row("WebOpieka");
    assert_eq!(number(&webopieka[1]), 0.0);
    assert_eq!(number(&webopieka[2]), 1200.0);
    assert_eq!(number(&webopieka[3]), 500.0);
    let nova = row("Agencja Nova");
    assert_eq!(txt(&nova[4]), "not first even at a fee of 0");
    let tipping = rows
        .iter()
        .position(|r| r.first().is_some_and(|c| txt(c) == "Tipping points"))
        .expect("a tipping points section");
    assert_eq!(txt(&rows[tipping + 1][2]), "Leader changes below");
    let p1 = row("P1 response time");
    assert_eq!(number(&p1[1]), 9.0);
    assert!((number(&p1[4]) - 99.95).abs() < 0.01, "{:?}", p1);
    assert!(txt(&p1[5]).starts_with("WebOpieka"));
}

#[test]
#[allow(
    clippy::cognitive_complexity,
    reason = "one check per column of every row"
)]
fn ranking_lists_the_winner_first_with_numbers_as_numbers() {
    let (a, audit) = sample();
    let bytes = xlsx::write(&a, &audit, offerlens::i18n::Lang::En).unwrap();
    let rows = rows(&bytes, "Ranking");
    let h = &rows[0];
    assert_eq!(
        h.iter().map(text).collect::<Vec<_>>(),
        [
            "Rank",
            "Vendor",
            "Score",
            "Monthly cost (PLN)",
            "Risk cost (PLN)",
            "Blanks",
            "Knock-outs",
            "Red flags",
            "Status",
            "Cost note",
            "Source",
            "Notes"
        ]
    );
    assert_eq!(rows.len(), a.offers.len() + 1);

    let first = &rows[1];
    assert_eq!(
        first[column(h, "Vendor")],
        Data::String("Kodex Studio".into())
    );
    assert_eq!(number(&first[column(h, "Rank")]), 1.0);
    assert_eq!(first[column(h, "Status")], Data::String("ranked".into()));

    // Every row is the analysis's ranking, in order, with its numbers.
    for (r, row) in a.ranking.iter().zip(&rows[1..]) {
        let o = r.offer;
        assert_eq!(text(&row[column(h, "Vendor")]), vendor_of(&a, o));
        match r.rank {
            Some(n) => assert_eq!(number(&row[column(h, "Rank")]), n as f64),
            None => assert_eq!(row[column(h, "Rank")], Data::Empty),
        }
        assert!((number(&row[column(h, "Score")]) - r.score).abs() < 1e-9);
        let costs = &a.evaluation.costs[o];
        for (name, cost) in [
            ("Monthly cost (PLN)", &costs.monthly),
            ("Risk cost (PLN)", &costs.risk),
        ] {
            match cost {
                Ok(d) => {
                    let expected: f64 = money_string(*d).parse().unwrap();
                    assert_eq!(number(&row[column(h, name)]), expected, "{name}");
                }
                Err(_) => {
                    assert_eq!(row[column(h, name)], Data::Empty, "{name}");
                    assert!(!text(&row[column(h, "Cost note")]).is_empty());
                }
            }
        }
        assert_eq!(
            number(&row[column(h, "Blanks")]),
            a.evaluation.blanks[o] as f64
        );
        assert_eq!(
            number(&row[column(h, "Knock-outs")]),
            a.evaluation.knockouts[o].len() as f64
        );
        assert!(text(&row[column(h, "Source")]).contains("agencies.csv:"));
    }

    // Kodex's monthly cost: its 1 500 zł fee covers the 16 hours the SME profile needs.
    assert_eq!(number(&first[column(h, "Monthly cost (PLN)")]), 1500.0);

    // Money is shown in złoty, the score with one decimal and a data bar from 0 to 100.
    let styles = entry(&bytes, "xl/styles.xml");
    assert!(styles.contains("#,##0.00 &quot;zł&quot;"), "{styles}");
    assert!(styles.contains(r#"formatCode="0.0""#), "{styles}");
    let sheet = entry(&bytes, "xl/worksheets/sheet1.xml");
    assert!(sheet.contains("<dataBar"), "{sheet}");
    assert!(sheet.contains(r#"<cfvo type="num" val="0"/>"#), "{sheet}");
    assert!(sheet.contains(r#"<cfvo type="num" val="100"/>"#), "{sheet}");
    assert!(sheet.contains("<autoFilter"), "{sheet}");
    assert!(sheet.contains(r#"state="frozen""#), "{sheet}");
}

#[test]
fn knocked_out_offers_come_last_greyed_with_their_reasons() {
    let (a, audit) = sample();
    let bytes = xlsx::write(&a, &audit, offerlens::i18n::Lang::En).unwrap();
    let rows = rows(&bytes, "Ranking");
    let h = &rows[0];
    let knocked: Vec<usize> = a
        .ranking
        .iter()
        .filter(|r| r.rank.is_none())
        .map(|r| r.offer)
        .collect();
    assert!(
        !knocked.is_empty(),
        "the sme profile knocks some offers out"
    );
    let tail = &rows[rows.len() - knocked.len()..];
    for (o, row) in knocked.iter().zip(tail) {
        assert_eq!(text(&row[column(h, "Vendor")]), vendor_of(&a, *o));
        assert_eq!(row[column(h, "Rank")], Data::Empty);
        let status = text(&row[column(h, "Status")]);
        assert!(status.starts_with("knocked out: "), "{status}");
        for k in &a.evaluation.knockouts[*o] {
            assert!(
                status.contains(&k.message.to_string()),
                "{status} lacks {}",
                k.message
            );
        }
    }
    // Every row above them is ranked.
    for row in &rows[1..rows.len() - knocked.len()] {
        assert_eq!(text(&row[column(h, "Status")]), "ranked");
    }
    // Their cells use the grey font, and only theirs.
    let grey = grey_styles(&entry(&bytes, "xl/styles.xml"));
    assert!(!grey.is_empty());
    let sheet = entry(&bytes, "xl/worksheets/sheet1.xml");
    for (i, r) in a.ranking.iter().enumerate() {
        let styles = row_styles(&sheet, i + 2);
        let greyed = styles.iter().filter(|s| grey.contains(s)).count();
        if r.rank.is_none() {
            // Every cell, empty ones included.
            assert_eq!(
                (styles.len(), greyed),
                (12, 12),
                "row {}: {styles:?}",
                i + 2
            );
        } else {
            assert_eq!(greyed, 0, "row {}: {styles:?}", i + 2);
        }
    }
    // A reason that wraps gets a row tall enough for it (LibreOffice does not grow rows).
    let last = format!(r#"<row r="{}""#, a.ranking.len() + 1);
    let row = &sheet[sheet.find(&last).unwrap()..];
    let row = &row[..row.find('>').unwrap()];
    assert!(row.contains(r#"customHeight="1""#), "{row}");
}

/// The cell styles (`cellXfs` indexes) whose font is grey.
fn grey_styles(styles: &str) -> BTreeSet<usize> {
    let section = |tag: &str| {
        let start = styles.find(&format!("<{tag} ")).unwrap();
        let end = styles.find(&format!("</{tag}>")).unwrap();
        styles[start..end].to_string()
    };
    let fonts: Vec<usize> = section("fonts")
        .split("<font>")
        .skip(1)
        .enumerate()
        .filter(|(_, f)| f.contains(r#"<color rgb="FF808080"/>"#))
        .map(|(i, _)| i)
        .collect();
    section("cellXfs")
        .split("<xf ")
        .skip(1)
        .enumerate()
        .filter(|(_, xf)| fonts.contains(&attribute(xf, "fontId").unwrap_or(0)))
        .map(|(i, _)| i)
        .collect()
}

/// The style index of every cell of a row (1-based, as in the sheet's XML).

#[test]
fn breakdown_has_a_row_per_offer_and_criterion_traced_to_its_cell() {
    let (a, audit) = sample();
    let bytes = xlsx::write(&a, &audit, offerlens::i18n::Lang::En).unwrap();
    let rows = rows(&bytes, "Breakdown");
    let h = &rows[0];
    assert_eq!(
        h.iter().map(text).collect::<Vec<_>>(),
        [
            "Vendor",
            "Criterion",
            "Label",
            "Raw answer",
            "Value",
            "Unit",
            "Score (0–1)",
            "Points",
            "Source"
        ]
    );
    let m = a.criteria.criteria.len();
    assert_eq!(rows.len(), 1 + a.offers.len() * m);

    let kodex = a.ranking[0].offer;
    let p1 = a.criteria.index_of("p1_response").unwrap();
    let row = rows
        .iter()
        .find(|r| {
            r[0] == Data::String("Kodex Studio".into())
                && r[1] == Data::String("p1_response".into())
        })
        .unwrap();
    assert_eq!(text(&row[column(h, "Raw answer")]), "30 minut");
    assert_eq!(number(&row[column(h, "Value")]), 30.0);
    assert_eq!(text(&row[column(h, "Unit")]), "min");
    let score = a.evaluation.criterion_score(p1, kodex);
    assert!((number(&row[column(h, "Score (0–1)")]) - score).abs() < 1e-12);
    let points = a.evaluation.points(&a.weights, kodex)[p1];
    assert!((number(&row[column(h, "Points")]) - points).abs() < 1e-12);
    assert!(text(&row[column(h, "Source")]).contains("agencies.csv:"));

    // The winner's points add up to its score (the weighted sum, before penalties).
    let total: f64 = rows
        .iter()
        .filter(|r| r[0] == Data::String("Kodex Studio".into()))
        .map(|r| match &r[column(h, "Points")] {
            Data::Empty => 0.0,
            d => number(d),
        })
        .sum();
    let penalty = a.evaluation.penalty[kodex];
    assert!((total - penalty - a.ranking[0].score).abs() < 1e-6);

    // Money answers are money, yes/no answers booleans, risk cost has no raw cell.
    let fee = rows
        .iter()
        .find(|r| {
            r[0] == Data::String("Kodex Studio".into())
                && r[1] == Data::String("monthly_fee".into())
        })
        .unwrap();
    assert_eq!(number(&fee[column(h, "Value")]), 1500.0);
    assert_eq!(text(&fee[column(h, "Unit")]), "PLN");
    assert!(
        rows.iter()
            .any(|r| matches!(r[column(h, "Value")], Data::Bool(_))),
        "no boolean answers"
    );
    let risk = rows
        .iter()
        .find(|r| {
            r[0] == Data::String("Kodex Studio".into()) && r[1] == Data::String("risk_cost".into())
        })
        .unwrap();
    assert_eq!(risk[column(h, "Raw answer")], Data::Empty);
    let expected: f64 = money_string(*a.evaluation.costs[kodex].risk.as_ref().unwrap())
        .parse()
        .unwrap();
    assert_eq!(number(&risk[column(h, "Value")]), expected);
}

#[test]
fn flags_list_every_knock_out_and_red_flag_once() {
    let (a, audit) = sample();
    let bytes = xlsx::write(&a, &audit, offerlens::i18n::Lang::En).unwrap();
    let rows = rows(&bytes, "Flags");
    let h = &rows[0];
    assert_eq!(
        h.iter().map(text).collect::<Vec<_>>(),
        ["Vendor", "Kind", "Id / criterion", "Message", "Penalty"]
    );
    let ev = &a.evaluation;
    let expected: usize = (0..a.offers.len())
        .map(|o| ev.knockouts[o].len() + ev.flags[o].iter().filter(|f| !f.disqualify).count())
        .sum();
    assert!(expected > 0);
    assert_eq!(rows.len(), 1 + expected);
    let kinds: BTreeSet<&str> = rows[1..].iter().map(|r| text(&r[1])).collect();
    assert_eq!(kinds, BTreeSet::from(["knock-out", "red flag"]));
    for o in 0..a.offers.len() {
        for f in ev.flags[o].iter().filter(|f| !f.disqualify) {
            let row = rows[1..]
                .iter()
                .find(|r| text(&r[0]) == vendor_of(&a, o) && text(&r[2]) == &*f.id)
                .unwrap_or_else(|| panic!("no row for {} {}", vendor_of(&a, o), f.id));
            assert_eq!(text(&row[1]), "red flag");
            assert_eq!(text(&row[3]), f.message(&a.criteria).to_string());
            assert_eq!(number(&row[4]), f.penalty);
        }
        for k in &ev.knockouts[o] {
            assert!(rows[1..].iter().any(|r| text(&r[0]) == vendor_of(&a, o)
                && text(&r[1]) == "knock-out"
                && text(&r[2]) == k.criterion
                && text(&r[3]) == k.message.to_string()
                && r[4] == Data::Empty));
        }
    }
}

#[test]
fn criteria_show_the_weights_used_not_only_the_files() {
    let (mut a, audit) = sample();
    let fee = a.criteria.index_of("monthly_fee").unwrap();
    let in_file = a.weights[fee];
    a.weights[fee] += 7.0;
    a.rerank();
    let bytes = xlsx::write(&a, &audit, offerlens::i18n::Lang::En).unwrap();
    let rows = rows(&bytes, "Criteria");
    let h = &rows[0];
    assert_eq!(
        h.iter().map(text).collect::<Vec<_>>(),
        [
            "Id",
            "Label",
            "Group",
            "Kind",
            "Unit",
            "Weight",
            "Share",
            "Rule",
            "Missing",
            "Weight in file"
        ]
    );
    assert_eq!(rows.len(), 1 + a.criteria.criteria.len());
    let total: f64 = a.weights.iter().sum();
    for (j, (c, row)) in a.criteria.criteria.iter().zip(&rows[1..]).enumerate() {
        assert_eq!(text(&row[0]), c.id);
        assert_eq!(text(&row[3]), c.kind.key());
        assert_eq!(number(&row[5]), a.weights[j]);
        assert!((number(&row[6]) - a.weights[j] / total).abs() < 1e-12);
        assert_eq!(text(&row[7]), c.rule().to_string());
        let blank = match c.missing.key() {
            "worst" => "blank scores 0",
            "disqualify" => "blank knocks out",
            _ => "blank is left out",
        };
        assert_eq!(text(&row[8]), blank);
        assert_eq!(number(&row[9]), c.weight);
    }
    assert_eq!(number(&rows[1 + fee][5]), in_file + 7.0);
    assert_eq!(number(&rows[1 + fee][9]), in_file);
    let shares: f64 = rows[1..].iter().map(|r| number(&r[6])).sum();
    assert!((shares - 1.0).abs() < 1e-9);

    let audit_rows = self::rows(&bytes, "Audit");
    assert!(
        audit_rows
            .iter()
            .any(|r| r[0] == Data::String("Weights".into()) && text(&r[1]).starts_with("tuned"))
    );
}

#[test]
fn the_audit_sheet_carries_the_stamp() {
    let (a, audit) = sample();
    let bytes = xlsx::write(&a, &audit, offerlens::i18n::Lang::En).unwrap();
    let rows = rows(&bytes, "Audit");
    for (label, value) in audit.lines() {
        assert!(
            rows.iter()
                .any(|r| r[0] == Data::String(label.clone()) && r[1] == Data::String(value.clone())),
            "no line {label}: {value}"
        );
    }
    assert!(
        rows.iter()
            .any(|r| r[1] == Data::String("2026-11-22T08:30:00Z".into()))
    );
    assert!(
        rows.iter()
            .any(|r| r[0] == Data::String("Criteria sha256".into()))
    );
    let core = entry(&bytes, "docProps/core.xml");
    assert!(
        core.contains(
            r#"<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-22T08:30:00Z</dcterms:created>"#
        ),
        "{core}"
    );
}

#[test]
fn the_same_inputs_give_the_same_bytes() {
    let (a, audit) = sample();
    let first = xlsx::write(&a, &audit, offerlens::i18n::Lang::En).unwrap();
    // A fresh analysis of the same files, not just the same value twice.
    let (b, audit_b) = sample();
    assert_eq!(audit, audit_b);
    let second = xlsx::write(&b, &audit_b, offerlens::i18n::Lang::En).unwrap();
    assert!(first == second, "two runs gave different bytes");

    // Every zip entry carries the same fixed date, whatever the clock says.
    let mut zip = zip::ZipArchive::new(Cursor::new(&first)).unwrap();
    for i in 0..zip.len() {
        let f = zip.by_index(i).unwrap();
        let t = f.last_modified().unwrap();
        assert_eq!(
            (
                t.year(),
                t.month(),
                t.day(),
                t.hour(),
                t.minute(),
                t.second()
            ),
            (1980, 1, 1, 0, 0, 0),
            "{:?}",
            f.name()
        );
    }

    // Without a timestamp (--no-timestamp) the creation time is fixed too.
    let mut untimed = audit.clone();
    untimed.generated_at = None;
    let x = xlsx::write(&a, &untimed, offerlens::i18n::Lang::En).unwrap();
    let y = xlsx::write(&b, &untimed, offerlens::i18n::Lang::En).unwrap();
    assert!(x == y, "two untimed runs gave different bytes");
    assert!(entry(&x, "docProps/core.xml").contains(">1980-01-01T00:00:00Z<"));
    // And the time is the only thing the stamp changes in the document properties.
    assert_ne!(x, first);
}

const HOSTILE_OFFERS: &str = "Vendor;Notes;Balance\r\n\
\"=HYPERLINK(\"\"http://x\"\",\"\"x\"\")\";=1+1;-2\r\n\
Plain Co;@SUM(A1);5\r\n\
\"Esc\x1b[2J Co\";\"+cmd|' /C calc'!A0\";1\r\n";

/// The text of every string cell of a sheet's XML (written inline: the workbook's sheets are
/// built in constant-memory mode), unescaped.
fn inline_strings(xml: &str) -> Vec<String> {
    xml.split(r#"t="inlineStr"><is><t"#)
        .skip(1)
        .map(|rest| {
            let start = rest.find('>').unwrap() + 1;
            let end = rest.find("</t>").unwrap();
            rest[start..end]
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&")
        })
        .collect()
}

#[test]
fn vendor_text_that_looks_like_a_formula_stays_a_string() {
    let dir = tempfile::tempdir().unwrap();
    let offers = dir.path().join("offers.csv");
    fs::write(&offers, HOSTILE_OFFERS).unwrap();
    let (a, audit) = analysis(
        &[offers],
        criteria::parse(HOSTILE_CRITERIA, "hostile.toml").unwrap(),
    );
    assert_eq!(a.offers.len(), 3, "{:?}", a.issues);
    let bytes = xlsx::write(&a, &audit, offerlens::i18n::Lang::En).unwrap();

    // No sheet holds a formula.
    let zip = zip::ZipArchive::new(Cursor::new(&bytes)).unwrap();
    let sheets: Vec<String> = zip
        .file_names()
        .map(|n| n.unwrap().into_owned())
        .filter(|n| n.starts_with("xl/worksheets/sheet"))
        .collect();
    assert_eq!(sheets.len(), 6);
    for name in &sheets {
        let xml = entry(&bytes, name);
        assert!(
            !xml.contains("<f>") && !xml.contains("<f "),
            "{name}: {xml}"
        );
    }

    // The payloads are string cells (t="inlineStr"), kept as the vendor wrote them (no quote
    // added).
    let link = "=HYPERLINK(\"http://x\",\"x\")";
    let ranking = inline_strings(&entry(&bytes, "xl/worksheets/sheet1.xml"));
    assert!(ranking.iter().any(|s| s == link), "{ranking:?}");
    let breakdown = inline_strings(&entry(&bytes, "xl/worksheets/sheet2.xml"));
    for answer in ["=1+1", "@SUM(A1)", "+cmd|' /C calc'!A0"] {
        assert!(
            breakdown.iter().any(|s| s == answer),
            "{answer}: {breakdown:?}"
        );
    }
    // Control characters are gone.
    let strings: Vec<String> = sheets
        .iter()
        .flat_map(|name| inline_strings(&entry(&bytes, name)))
        .collect();
    assert!(strings.iter().all(|s| !s.contains('\u{1b}')), "{strings:?}");
    assert!(strings.iter().any(|s| s == "Esc[2J Co"), "{strings:?}");

    // calamine reads them back as text, with no formula behind them.
    let mut wb = workbook(&bytes);
    let rows = rows(&bytes, "Ranking");
    assert!(rows.iter().any(|r| r[1] == Data::String(link.into())));
    for sheet in ["Ranking", "Breakdown", "Flags"] {
        let formulas = wb.worksheet_formula(sheet).unwrap();
        assert!(
            formulas.used_cells().all(|(_, _, f)| f.is_empty()),
            "{sheet} has formulas"
        );
    }
    // A negative answer to a number criterion is a negative number, not text.
    let rows = self::rows(&bytes, "Breakdown");
    let balance = rows
        .iter()
        .find(|r| r[0] == Data::String(link.into()) && r[1] == Data::String("balance".into()))
        .unwrap();
    assert_eq!(balance[4], Data::Float(-2.0));
    assert_eq!(balance[3], Data::String("-2".into()));
}

#[test]
fn other_currencies_are_named_by_their_code_and_stay_numbers() {
    let (mut a, audit) = sample();
    a.criteria.currency = "EUR".to_string();
    let bytes = xlsx::write(&a, &audit, offerlens::i18n::Lang::En).unwrap();
    let styles = entry(&bytes, "xl/styles.xml");
    assert!(styles.contains("#,##0.00 [$EUR]"), "{styles}");
    let rows = rows(&bytes, "Ranking");
    assert_eq!(text(&rows[0][3]), "Monthly cost (EUR)");
    assert_eq!(rows[1][3], Data::Float(1500.0));
}

#[test]
fn no_offers_still_make_a_workbook() {
    let c = profile("sme");
    let a = Analysis::new(c, &[], Vec::new(), crate::common::TODAY);
    let audit = Audit::new(&a, &[], None);
    let bytes = xlsx::write(&a, &audit, offerlens::i18n::Lang::En).unwrap();
    assert_eq!(rows(&bytes, "Ranking").len(), 1);
    assert_eq!(rows(&bytes, "Flags").len(), 1);
    assert_eq!(
        rows(&bytes, "Criteria").len(),
        1 + a.criteria.criteria.len()
    );
}
