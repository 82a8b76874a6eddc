//! Remarks written beside the answers ("Uwagi", "Notes"): kept with each offer and shown in the
//! JSON, the Markdown report, the workbook's Ranking sheet and the screen's details pane.

use std::fs;
use std::io::Cursor;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use offerlens::analysis::Analysis;
use offerlens::criteria;
use offerlens::export::audit::Audit;
use offerlens::export::{markdown, xlsx};
use offerlens::import::{self, Limits};
use offerlens::session::Source;
use offerlens::tui::app::App;
use offerlens::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use serde_json::Value;

use crate::common::{
    HOSTILE_CRITERIA, analysis_of_csv, offerlens, profile, profile_text, stdout_of,
};

/// Three offers, one per row; Alfa and Gamma wrote remarks, Beta none.
const NOTED: &str = "Agencja;Abonament miesięczny;Czas reakcji P1;Uwagi\n\
Alfa;900 zł;15 min;  umowa na 12 miesięcy  \n\
Beta;1 000 zł;1 h;\n\
Gamma;1 100 zł;2 h;=HYPERLINK(\"http://x\",\"x\")\n";

fn noted() -> Analysis {
    analysis_of_csv(profile("sme"), "noted.csv", NOTED)
}

fn notes_of<'a>(a: &'a Analysis, vendor: &str) -> &'a [String] {
    &a.offers
        .offers
        .iter()
        .find(|o| o.vendor == vendor)
        .unwrap_or_else(|| panic!("no offer {vendor}"))
        .notes
}

#[test]
fn a_notes_column_is_kept_per_offer_and_listed_by_check() {
    let a = noted();
    assert_eq!(a.offers.len(), 3, "{:#?}", a.issues);
    assert_eq!(notes_of(&a, "Alfa"), ["umowa na 12 miesięcy"]);
    assert!(notes_of(&a, "Beta").is_empty());
    assert!(
        !a.issues
            .iter()
            .any(|i| i.message.to_string().contains("'Uwagi'")),
        "{:#?}",
        a.issues
    );
    assert!(
        a.offers.reports[0]
            .matched
            .contains(&("Uwagi".to_string(), "(notes)".to_string())),
        "{:?}",
        a.offers.reports[0]
    );

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("noted.csv");
    fs::write(&path, NOTED).unwrap();
    let check = stdout_of(offerlens().arg("check").arg(&path));
    assert!(
        check.contains("'Uwagi' → (notes, kept with the offer)"),
        "{check}"
    );
}

#[test]
fn json_has_notes_on_every_offer_null_when_none() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("noted.csv");
    fs::write(&path, NOTED).unwrap();
    let out = stdout_of(offerlens().arg("rank").arg(&path).args(["-f", "json"]));
    let doc: Value = serde_json::from_str(&out).unwrap();
    let offers = doc["offers"].as_array().unwrap();
    assert_eq!(offers.len(), 3);
    assert!(offers.iter().all(|o| o.get("notes").is_some()), "{out}");
    let notes =
        |vendor: &str| offers.iter().find(|o| o["vendor"] == vendor).unwrap()["notes"].clone();
    assert_eq!(notes("Alfa"), "umowa na 12 miesięcy");
    assert_eq!(notes("Beta"), Value::Null);
    // JSON keeps the text as written: it is data, quoted by JSON itself.
    assert_eq!(notes("Gamma"), "=HYPERLINK(\"http://x\",\"x\")");
    // The key stands between `source` and `values`.
    let keys: Vec<&String> = offers[0].as_object().unwrap().keys().collect();
    let at = |k: &str| keys.iter().position(|x| *x == k).unwrap();
    assert_eq!(at("notes"), at("source") + 1, "{keys:?}");
    assert_eq!(at("values"), at("notes") + 1, "{keys:?}");
}

#[test]
fn several_notes_columns_are_joined_in_sheet_order() {
    let a = analysis_of_csv(
        profile("sme"),
        "two.csv",
        "Komentarz;Agencja;Abonament miesięczny;Czas reakcji P1;Uwagi wykonawcy\n\
         od zamawiającego;Alfa;900 zł;15 min;od agencji\n\
         ;Beta;1 000 zł;1 h;tylko to\n",
    );
    assert_eq!(notes_of(&a, "Alfa"), ["od zamawiającego", "od agencji"]);
    assert_eq!(notes_of(&a, "Beta"), ["tylko to"]);
    let alfa = a.offers.offers.iter().find(|o| o.vendor == "Alfa").unwrap();
    assert_eq!(
        alfa.notes_text().as_deref(),
        Some("od zamawiającego; od agencji")
    );
    assert_eq!(
        a.offers
            .offers
            .iter()
            .find(|o| o.vendor == "Beta")
            .unwrap()
            .notes_text(),
        Some("tylko to".to_string())
    );
}

#[test]
fn a_notes_column_never_names_the_vendors() {
    let a = analysis_of_csv(
        profile("sme"),
        "nameless.csv",
        "Uwagi;Firma XYZ;Abonament miesięczny;Czas reakcji P1\n\
         pierwsza uwaga;Alfa;900 zł;15 min\n",
    );
    let names: Vec<&str> = a.offers.offers.iter().map(|o| o.vendor.as_str()).collect();
    assert_eq!(names, ["Alfa"], "{:#?}", a.issues);
    assert_eq!(notes_of(&a, "Alfa"), ["pierwsza uwaga"]);
}

#[test]
fn a_header_that_is_a_criterions_alias_stays_the_criterion() {
    // The criteria read "Notes" as the answer to a text criterion: it is not a notes column.
    let c = criteria::parse(HOSTILE_CRITERIA, "hostile.toml").unwrap();
    let a = analysis_of_csv(c, "alias.csv", "Vendor;Notes;Balance\nAlfa;hello;5\n");
    assert!(a.offers.offers[0].notes.is_empty());
    assert_eq!(a.offers.cell(0, 0).raw, "hello");
}

#[test]
fn a_questionnaire_keeps_its_remarks_and_its_notes_row() {
    let a = analysis_of_csv(
        profile("sme"),
        "q.csv",
        "Kwestionariusz oferty;;\n\
         Agencja:;Kodex Studio;\n\
         ;;\n\
         Pytanie;Odpowiedź;Uwagi\n\
         Abonament miesięczny;1 500 zł;netto\n\
         Czas reakcji P1;30 minut;także w weekendy\n\
         Czas odpowiedzi na zapytanie (dni robocze);1;Wypełnia zamawiający / Filled in by the buyer\n\
         Monitoring 24/7;tak;\n\
         Uwagi;umowa na rok;\n",
    );
    assert_eq!(a.offers.len(), 1, "{:#?}", a.issues);
    assert_eq!(
        a.offers.offers[0].notes,
        [
            "umowa na rok",
            "Abonament miesięczny: netto",
            "Czas reakcji P1: także w weekendy",
        ],
        "the template's placeholder on a buyer's row is no remark"
    );
    assert!(
        a.issues.iter().any(|i| i.location == "q.csv:4:3"
            && i.message.to_string().contains("kept as the offer's notes")),
        "{:#?}",
        a.issues
    );
}

#[test]
fn a_notes_row_beside_one_offer_per_column_belongs_to_each_offer() {
    let a = analysis_of_csv(
        profile("sme"),
        "columns.csv",
        "Kryterium;Alfa;Beta;Uwagi\n\
         Abonament miesięczny;900 zł;700 zł;ceny netto\n\
         Czas reakcji P1;15 min;1 h;\n\
         Uwagi;bez umowy na czas określony;\n",
    );
    let names: Vec<&str> = a.offers.offers.iter().map(|o| o.vendor.as_str()).collect();
    assert_eq!(names, ["Alfa", "Beta"], "{:#?}", a.issues);
    assert_eq!(notes_of(&a, "Alfa"), ["bez umowy na czas określony"]);
    // A remark column beside several offers is no one offer's: it is not kept.
    assert!(notes_of(&a, "Beta").is_empty());
}

#[test]
fn the_markdown_report_lists_the_remarks() {
    let a = noted();
    let audit = Audit::new(&a, &[], None);
    let mut out = Vec::new();
    markdown::write(&a, &audit, offerlens::i18n::Lang::En, &mut out).unwrap();
    let md = String::from_utf8(out).unwrap();
    assert!(md.contains("## Remarks in the offers"), "{md}");
    assert!(md.contains("- **Alfa**: umowa na 12 miesięcy\n"), "{md}");
    assert!(
        md.contains("- **Gamma**: \\=HYPERLINK(\"http\\://x\",\"x\")\n"),
        "{md}"
    );
    let remarks = md.split("## Remarks in the offers").nth(1).unwrap();
    let remarks = remarks.split("\n## ").next().unwrap();
    assert!(!remarks.contains("- **Beta**:"), "{md}");
    // Without notes, no section.
    let plain = analysis_of_csv(
        profile("sme"),
        "plain.csv",
        "Agencja;Abonament miesięczny;Czas reakcji P1\nAlfa;900 zł;15 min\n",
    );
    let mut out = Vec::new();
    markdown::write(&plain, &audit, offerlens::i18n::Lang::En, &mut out).unwrap();
    assert!(!String::from_utf8(out).unwrap().contains("Remarks"));
}

#[test]
fn the_ranking_sheet_ends_with_the_notes_as_inert_text() {
    let a = noted();
    let audit = Audit::new(&a, &[], None);
    let bytes = xlsx::write(&a, &audit, offerlens::i18n::Lang::En).unwrap();
    let mut wb: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let range = wb.worksheet_range("Ranking").unwrap();
    let rows: Vec<Vec<Data>> = range.rows().map(<[Data]>::to_vec).collect();
    let header = &rows[0];
    assert_eq!(header.last(), Some(&Data::String("Notes".into())));
    let notes_col = header.len() - 1;
    let row_of = |vendor: &str| {
        rows.iter()
            .find(|r| r[1] == Data::String(vendor.into()))
            .unwrap_or_else(|| panic!("no row {vendor}"))
    };
    assert_eq!(
        row_of("Alfa")[notes_col],
        Data::String("umowa na 12 miesięcy".into())
    );
    assert_eq!(row_of("Beta")[notes_col], Data::Empty);
    // The note that looks like a formula is a string cell, and no formula stands behind it.
    assert_eq!(
        row_of("Gamma")[notes_col],
        Data::String("=HYPERLINK(\"http://x\",\"x\")".into())
    );
    let formulas = wb.worksheet_formula("Ranking").unwrap();
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "the Ranking sheet has formulas"
    );
}

#[test]
fn the_details_pane_shows_the_selected_offers_notes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("noted.csv");
    // A long note, a line break inside it, and an escape sequence.
    fs::write(
        &path,
        "Agencja;Abonament miesięczny;Czas reakcji P1;Uwagi\n\
         Alfa;900 zł;15 min;\"umowa na 12 miesięcy, z możliwością wypowiedzenia po trzech miesiącach bez kar umownych, z bezpłatnym przekazaniem wszystkich dostępów i dokumentacji na koniec współpracy\n\
         druga linia\u{1b}[2J uwagi\"\n\
         Beta;1 000 zł;1 h;\n",
    )
    .unwrap();
    let loaded = import::load(std::slice::from_ref(&path), &Limits::default());
    let a = Analysis::from_tables(
        profile("sme"),
        loaded.tables,
        loaded.issues,
        crate::common::TODAY,
    );
    let app = App::new(
        a,
        Source::Profile("sme".into()),
        profile_text("sme"),
        vec![path.display().to_string()],
    );
    assert_eq!(app.vendor(app.selected.unwrap()), "Alfa");
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    terminal.draw(|f| view::render(f, &app)).unwrap();
    let screen = terminal.backend().to_string();
    assert!(screen.contains("Notes"), "{screen}");
    assert!(screen.contains("umowa na 12 miesięcy"), "{screen}");
    assert!(screen.contains("druga linia[2J uwagi"), "{screen}");
    assert!(!screen.contains('\u{1b}'), "{screen}");
    // The long line wraps inside the pane: its end is on the screen too.
    assert!(screen.contains("współpracy"), "{screen}");
}
