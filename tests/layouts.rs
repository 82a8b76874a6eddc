//! The three layouts buyers use, found from where the headers match the criteria.

use offerlens::analysis::Analysis;
use offerlens::import::{self, Limits};
use offerlens::issue::Severity;
use offerlens::normalize::Layout;
use offerlens::{criteria, export};

use crate::common::{analysis_of_csv, profile};

fn sme() -> criteria::Criteria {
    profile("sme")
}

fn analyze_csv(name: &str, text: &str) -> Analysis {
    analysis_of_csv(sme(), name, text)
}

fn vendors(a: &Analysis) -> Vec<String> {
    a.ranking
        .iter()
        .map(|r| a.offers.offers[r.offer].vendor.clone())
        .collect()
}

#[test]
fn a_title_block_above_the_header_row_is_skipped() {
    let a = analyze_csv(
        "title.csv",
        "Porównanie ofert;;\nStan na 2026-11-02;;\n;;\nAgencja;Abonament miesięczny;Czas reakcji P1\nAlfa;900 zł;15 min\nBeta;700 zł;1 h\n",
    );
    assert_eq!(a.offers.len(), 2);
    assert_eq!(a.offers.reports[0].layout, Some(Layout::Rows));
    assert_eq!(a.offers.reports[0].header.as_deref(), Some("title.csv:4:2"));
    let p1 = a.criteria.index_of("p1_response").unwrap();
    assert_eq!(
        a.offers.location(a.offers.source(p1, 1).unwrap()),
        "title.csv:6:3"
    );
}

#[test]
fn one_offer_per_column_is_turned_and_located_in_the_sheet() {
    let a = analyze_csv(
        "columns.csv",
        "Kryterium;Alfa;Beta;Gamma\nAbonament miesięczny;900 zł;700 zł;1 100 zł\nCzas reakcji P1;15 min;1 h;30 min\nMonitoring 24/7;tak;nie;tak\n",
    );
    assert_eq!(a.offers.reports[0].layout, Some(Layout::Columns));
    let names: Vec<&str> = a.offers.offers.iter().map(|o| o.vendor.as_str()).collect();
    assert_eq!(names, vec!["Alfa", "Beta", "Gamma"]);
    let p1 = a.criteria.index_of("p1_response").unwrap();
    // Beta's P1 response is in row 3, column 3 of the file.
    assert_eq!(
        a.offers.location(a.offers.source(p1, 1).unwrap()),
        "columns.csv:3:3"
    );
    assert_eq!(a.offers.cells[p1][1].raw, "1 h");
}

#[test]
fn a_questionnaire_names_the_agency_from_its_labelled_cell() {
    let a = analyze_csv(
        "q1.csv",
        "Kwestionariusz oferty;;\nAgencja:;Kodex Studio;\n;;\nPytanie;Odpowiedź;Uwagi\nAbonament miesięczny;1 500 zł;netto\nCzas reakcji P1;30 minut;także w weekendy\nMonitoring 24/7;tak;\n",
    );
    assert_eq!(a.offers.reports[0].layout, Some(Layout::Questionnaire));
    assert_eq!(vendors(&a), vec!["Kodex Studio"]);
    let p1 = a.criteria.index_of("p1_response").unwrap();
    assert_eq!(
        a.offers.location(a.offers.source(p1, 0).unwrap()),
        "q1.csv:6:2"
    );
}

#[test]
fn a_questionnaire_without_a_name_is_named_after_its_file() {
    let a = analyze_csv(
        "questionnaires/Webmaster24.csv",
        "Pytanie;Odpowiedź\nAbonament miesięczny;700 zł\nCzas reakcji P1;4 h\n",
    );
    assert_eq!(vendors(&a), vec!["Webmaster24"]);
    assert!(
        a.issues
            .iter()
            .any(|i| i.message.to_string().contains("named after the file"))
    );
}

#[test]
fn a_folder_of_questionnaires_is_one_comparison() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.csv"),
        "Agencja:;Alfa\nAbonament miesięczny;900 zł\nCzas reakcji P1;15 min\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.csv"),
        "Agencja:;Beta\nAbonament miesięczny;700 zł\nCzas reakcji P1;2 h\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("~$a.xlsx"), "lock").unwrap();
    std::fs::write(dir.path().join(".~lock.b.ods#"), "lock").unwrap();
    let loaded = import::load(&[dir.path().to_path_buf()], &Limits::default());
    assert_eq!(loaded.files.len(), 2, "lock files are skipped");
    let a = Analysis::new(sme(), &loaded.tables, loaded.issues, crate::common::TODAY);
    let mut names = vendors(&a);
    names.sort();
    assert_eq!(names, vec!["Alfa", "Beta"]);
}

/// `agencja` / `agency` answers "who owns security" and is also a vendor column alias: a column
/// of such answers once counted one header hit per cell and, with more offers than criteria,
/// outnumbered the header row, so the file was read one offer per column.
#[test]
fn answers_that_read_like_a_vendor_header_do_not_turn_a_long_table_sideways() {
    const N: usize = 100;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("many.csv");
    let mut text = String::from(
        "Agencja;Abonament miesięczny;Stawka godzinowa;Czas reakcji P1;Monitoring 24/7;Odpowiedzialność za bezpieczeństwo\n",
    );
    for i in 0..N {
        let owner = if i % 2 == 0 { "agencja" } else { "agency" };
        text.push_str(&format!(
            "Studio {i};{} zł;150 zł/h;{} min;tak;{owner}\n",
            500 + i,
            15 + i
        ));
    }
    std::fs::write(&path, text).unwrap();
    let loaded = import::load(&[path], &Limits::default());
    let a = Analysis::new(sme(), &loaded.tables, loaded.issues, crate::common::TODAY);

    assert_eq!(a.offers.reports.len(), 1);
    let report = &a.offers.reports[0];
    assert_eq!(report.layout, Some(Layout::Rows), "{report:?}");
    assert!(report.header.as_deref().unwrap().ends_with("many.csv:1:2"));
    assert_eq!(report.offers, N);
    let names: Vec<&str> = a.offers.offers.iter().map(|o| o.vendor.as_str()).collect();
    let expected: Vec<String> = (0..N).map(|i| format!("Studio {i}")).collect();
    assert_eq!(names, expected);
    let owner = a.criteria.index_of("security_owner").unwrap();
    let choices = &a.criteria.criteria[owner].choices;
    for i in 0..N {
        let cell = a.offers.cell(owner, i);
        match cell.value {
            Some(offerlens::normalize::Value::Choice(c)) => assert_eq!(choices[c].0, cell.raw),
            ref other => panic!("offer {i}: {other:?} from '{}'", cell.raw),
        }
    }
    assert!(
        !a.issues.iter().any(|i| i.severity == Severity::Error),
        "{:#?}",
        a.issues
    );
}

/// The same quirk the other way round: one offer per column, with a row of `agencja` answers
/// longer than the criteria column.
#[test]
fn answers_that_read_like_a_vendor_header_do_not_turn_a_wide_table_sideways() {
    const N: usize = 100;
    let vendors: Vec<String> = (0..N).map(|i| format!("Studio {i}")).collect();
    let mut text = format!("Kryterium;{}\n", vendors.join(";"));
    for (label, answer) in [
        ("Abonament miesięczny", "900 zł"),
        ("Czas reakcji P1", "1 h"),
        ("Monitoring 24/7", "tak"),
        ("Odpowiedzialność za bezpieczeństwo", "agencja"),
    ] {
        text.push_str(label);
        for _ in 0..N {
            text.push(';');
            text.push_str(answer);
        }
        text.push('\n');
    }
    let a = analyze_csv("wide.csv", &text);
    assert_eq!(a.offers.reports[0].layout, Some(Layout::Columns));
    let names: Vec<&str> = a.offers.offers.iter().map(|o| o.vendor.as_str()).collect();
    assert_eq!(names, vendors);
    let owner = a.criteria.index_of("security_owner").unwrap();
    assert_eq!(
        a.offers.location(a.offers.source(owner, N - 1).unwrap()),
        format!("wide.csv:5:{}", N + 1)
    );
}

#[test]
fn a_table_naming_no_criterion_is_refused_with_a_reason() {
    let a = analyze_csv("x.csv", "Imię;Nazwisko\nJan;Kowalski\n");
    assert!(a.offers.is_empty());
    let issue = a.issues.iter().find(|i| i.whole_file).unwrap();
    assert!(
        issue
            .message
            .to_string()
            .contains("no header naming a criterion"),
        "{issue:?}"
    );
}

#[test]
fn the_check_report_says_what_was_read_and_where() {
    let a = analyze_csv(
        "columns.csv",
        "Kryterium;Alfa;Beta\nAbonament miesięczny;900 zł;700 zł\nCzas reakcji P-1;15 min;1 h\nMonitoring 24/7;tak;nie\n",
    );
    let mut out = Vec::new();
    export::check::write(&a, &[], &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("one offer per column"), "{text}");
    assert!(
        text.contains("'Abonament miesięczny' → monthly_fee"),
        "{text}"
    );
    assert!(
        text.contains(
            "'Czas reakcji P-1' matches no criterion; ignored (close to criterion 'p1_response'"
        ),
        "{text}"
    );
}

#[test]
fn the_same_offers_in_utf8_and_windows_1250_rank_identically() {
    let utf8 = std::fs::read_to_string("samples/agencies.csv").unwrap();
    let (cp1250, _, unmappable) = encoding_rs::WINDOWS_1250.encode(&utf8);
    assert!(!unmappable);
    let a = Analysis::new(
        sme(),
        &[
            import::csv::read(utf8.as_bytes(), "a.csv", &Limits::default())
                .unwrap()
                .0,
        ],
        vec![],
        crate::common::TODAY,
    );
    let (table, notes) = import::csv::read(&cp1250, "a.csv", &Limits::default()).unwrap();
    assert!(
        notes
            .iter()
            .any(|n| n.message.to_string().contains("Windows-1250"))
    );
    let b = Analysis::new(sme(), &[table], notes, crate::common::TODAY);
    assert_eq!(vendors(&a), vendors(&b));
    assert_eq!(a.scores, b.scores);
}

#[test]
fn gross_prices_convert_to_net_and_unstated_ones_are_flagged() {
    let a = analyze_csv(
        "tax.csv",
        "Agencja;Abonament miesięczny;Czas reakcji P1\nA;900 zł netto;15 min\nB;1100 zł brutto;1 h\nC;1000 zł;1 h\n",
    );
    assert!(
        a.issues.iter().any(|i| i.message.to_string() == "monthly_fee: B wrote gross prices (converted to net), while C did not say net or gross: taken as net (the criteria's `prices`); check them"),
        "{:#?}",
        a.issues
    );
    // 1100 gross at 23 % VAT is 894.31 net, said at the cell.
    let fee = a.criteria.index_of("monthly_fee").unwrap();
    let b = a
        .offers
        .offers
        .iter()
        .position(|o| o.vendor == "B")
        .unwrap();
    assert_eq!(
        a.offers.cell(fee, b).value,
        Some(offerlens::normalize::Value::Num("894.31".parse().unwrap()))
    );
    assert!(
        a.issues.iter().any(|i| i.location.ends_with(":3:2")
            && i.message
                .to_string()
                .contains("gross 1,100 at 23 % VAT = 894.31 net")),
        "{:#?}",
        a.issues
    );
}

#[test]
fn summary_rows_under_the_table_are_not_offers() {
    let a = analyze_csv(
        "oferty.csv",
        "Agencja;Abonament miesięczny;Czas reakcji P1\n\
         Alfa;1 000 zł;15 min\n\
         Beta;800 zł;1 h\n\
         Gamma;1 200 zł;30 min\n\
         Razem;3 000 zł;\n\
         Średnia:;1 000 zł;\n\
         MIN.;800 zł;15 min\n\
         Max Serwis;900 zł;2 h\n\
         @SUM(A1);950 zł;2 h\n",
    );
    let mut names = vendors(&a);
    names.sort();
    // A name that only starts like a summary word is a name.
    assert_eq!(names, ["@SUM(A1)", "Alfa", "Beta", "Gamma", "Max Serwis"]);
    for (row, label) in [(5, "Razem"), (6, "Średnia:"), (7, "MIN.")] {
        let at = format!("oferty.csv:{row}:1");
        let note = a
            .issues
            .iter()
            .find(|i| i.location == at)
            .unwrap_or_else(|| panic!("no note at {at}: {:?}", a.issues));
        assert_eq!(note.severity, Severity::Info);
        assert!(
            note.message
                .to_string()
                .contains(&format!("'{label}' sums up the offers")),
            "{note:?}"
        );
    }
}

#[test]
fn a_summary_column_beside_offers_per_column_is_not_an_offer() {
    let a = analyze_csv(
        "porownanie.csv",
        "Kryterium;Alfa;Beta;Średnia\n\
         Abonament miesięczny;1 000 zł;800 zł;900 zł\n\
         Czas reakcji P1;15 min;1 h;37,5 min\n",
    );
    let mut names = vendors(&a);
    names.sort();
    assert_eq!(names, ["Alfa", "Beta"]);
    assert!(
        a.issues.iter().any(
            |i| i.location == "porownanie.csv:1:4" && i.message.to_string().contains("sums up")
        ),
        "{:?}",
        a.issues
    );
}

#[test]
fn a_sheet_answering_few_criteria_says_so_once_and_first() {
    let a = analyze_csv(
        "skrot.csv",
        "Agencja;Abonament miesięczny;Czas reakcji P1;Przechowywanie kopii\n\
         Alfa;1 000 zł;15 min;30 dni\n\
         Beta;800 zł;1 h;14 dni\n",
    );
    let warnings: Vec<_> = a
        .issues
        .iter()
        .filter(|i| i.severity == Severity::Warning)
        .collect();
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    assert_eq!(warnings[0].location, "profile:sme");
    assert!(
        warnings[0]
            .message
            .to_string().starts_with("3 of 48 criteria found in the offers; the other 45 score as blank: hourly_rate, hours_included,"),
        "{}",
        warnings[0].message
    );
    // Each missing criterion is still listed, as a note, for `check`.
    let notes = a
        .issues
        .iter()
        .filter(|i| {
            i.message
                .to_string()
                .starts_with("no column found for criterion")
        })
        .count();
    assert_eq!(notes, 45);
}

#[test]
fn a_package_column_names_each_package_of_an_agency() {
    let a = analyze_csv(
        "pakiety.csv",
        "Agencja;Pakiet;Abonament miesięczny;Czas reakcji P1\n\
         WebMax;Basic;900 zł;4 h\n\
         WebMax;Pro;1 500 zł;1 h\n\
         Alfa;;1 000 zł;2 h\n",
    );
    let mut names = vendors(&a);
    names.sort();
    assert_eq!(names, ["Alfa", "WebMax — Basic", "WebMax — Pro"]);
    assert!(
        !a.issues
            .iter()
            .any(|i| i.message.to_string().contains("appears twice")
                || i.message
                    .to_string()
                    .contains("'Pakiet' matches no criterion")),
        "{:#?}",
        a.issues
    );
    let report = &a.offers.reports[0];
    assert!(
        report
            .matched
            .iter()
            .any(|(h, what)| h == "Pakiet" && what.starts_with("(package")),
        "{report:?}"
    );
}

#[test]
fn a_line_of_formulas_summing_up_the_column_is_not_an_offer() {
    use rust_xlsxwriter::{Formula, Workbook};
    let mut wb = Workbook::new();
    let sheet = wb.add_worksheet();
    sheet.set_name("Oferty").unwrap();
    for (c, h) in ["Agencja", "Abonament miesięczny", "Czas reakcji P1"]
        .iter()
        .enumerate()
    {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    for (r, (name, fee, p1)) in [
        ("Alfa", 1000.0, 15.0),
        ("Beta", 1400.0, 60.0),
        ("Gamma", 1600.0, 30.0),
    ]
    .iter()
    .enumerate()
    {
        let r = r as u32 + 1;
        sheet.write_string(r, 0, *name).unwrap();
        sheet.write_number(r, 1, *fee).unwrap();
        sheet.write_number(r, 2, *p1).unwrap();
    }
    // No label in the name cell: only the formulas say what the line is.
    sheet
        .write_formula(4, 1, Formula::new("=AVERAGE(B2:B4)").set_result("1333.33"))
        .unwrap();
    sheet
        .write_formula(4, 2, Formula::new("=AVERAGE(C2:C4)").set_result("35"))
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("srednie.xlsx");
    std::fs::write(&path, wb.save_to_buffer().unwrap()).unwrap();
    let a = crate::common::analysis(&[path], sme());
    let mut ranked = vendors(&a);
    ranked.sort();
    assert_eq!(ranked, ["Alfa", "Beta", "Gamma"]);
    assert!(
        a.issues
            .iter()
            .any(|i| i.location.ends_with("srednie.xlsx:Oferty!B5")
                && i.message.to_string()
                    == "'=AVERAGE(B2:B4)' sums up the offers, it is not one; not ranked"),
        "{:#?}",
        a.issues
    );
}

#[test]
fn aggregate_formulas_are_told_from_other_formulas() {
    use offerlens::table::is_aggregate_formula;
    for f in [
        "=SUM(B2:B6)",
        "SUM(B2:B6)",
        "=AVERAGE(C2:C9)",
        "=_xlfn.AGGREGATE(1,6,B2:B9)",
        "of:=SUM([.B2:.B6])",
        "of:=AVERAGE([.C2:.C4])",
        "=MEDIAN(D2:D12)",
        "=min(B2:B4)",
    ] {
        assert!(is_aggregate_formula(f), "{f}");
    }
    for f in [
        "=C5*12",
        "=NA()",
        "=SUM(B2;B3)",
        "=SUMIF(B2:B4,\">0\")",
        "=B2",
        "=SUMA",
    ] {
        assert!(!is_aggregate_formula(f), "{f}");
    }
}
