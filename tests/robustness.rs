//! Nothing a user can feed offerlens makes it panic: arbitrary criteria text, arbitrary offer
//! bytes, and offers full of hostile or extreme values.

use offerlens::analysis::Analysis;
use offerlens::{criteria, export, import};
use proptest::prelude::*;

fn sme() -> criteria::Criteria {
    crate::common::profile("sme")
}

/// Runs the whole pipeline and the text writers on some offer bytes.
fn run_all(bytes: &[u8]) {
    if let Ok((table, notes)) = import::csv::read(bytes, "x.csv", &import::Limits::default()) {
        let a = Analysis::new(sme(), &[table], notes, crate::common::TODAY);
        let mut out = Vec::new();
        let audit = offerlens::export::audit::Audit::new(&a, &[], Some(0));
        export::table::write(&a, offerlens::i18n::Lang::En, &mut out).unwrap();
        export::json::write(&a, &audit, offerlens::i18n::Lang::En, &mut out).unwrap();
        export::csv::write(
            &a,
            &audit,
            export::csv::Dialect::Polish,
            offerlens::i18n::Lang::En,
            &mut out,
        )
        .unwrap();
        export::markdown::write(&a, &audit, offerlens::i18n::Lang::En, &mut out).unwrap();
    }
}

proptest! {
    #[test]
    fn any_criteria_text_is_accepted_or_refused_with_positions(text in "\\PC{0,400}") {
        if let Err(e) = criteria::parse(&text, "c.toml") {
            prop_assert!(!e.0.is_empty());
            for d in &e.0 {
                prop_assert!(d.line >= 1 && d.column >= 1);
            }
        }
    }

    #[test]
    fn any_offer_bytes_are_read_or_refused(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        run_all(&bytes);
    }

    #[test]
    fn any_cell_text_under_the_sme_headers_is_handled(cells in proptest::collection::vec("\\PC{0,30}", 13)) {
        let header = "Agencja;Abonament miesięczny;Stawka godzinowa;Godziny w abonamencie;Czas reakcji P1;Czas przywrócenia P1;Dostępność;Kopie zapasowe;Monitoring 24/7;Raport miesięczny;Zakres prac;Ostatnia referencja;Czas odpowiedzi na zapytanie";
        let row: Vec<String> = cells.iter().map(|c| format!("\"{}\"", c.replace('"', "\"\""))).collect();
        run_all(format!("{header}\n{}\nB;1 zł;1 zł;1;1 min;1 h;99%;codziennie;tak;tak;x;2020;1\n", row.join(";")).as_bytes());
    }
}

#[test]
fn extreme_values_do_not_break_scoring() {
    let csv = "Agencja;Abonament miesięczny;Czas reakcji P1;Dostępność\n\
               Huge;79228162514264337593543950335 zł;0 min;100 %\n\
               Zero;0 zł;0 min;0 %\n\
               Same;0 zł;0 min;0 %\n";
    run_all(csv.as_bytes());
    let csv = "Agencja;Abonament miesięczny;Stawka godzinowa;Godziny w abonamencie;Czas reakcji P1;Czas przywrócenia P1;Dostępność\n\
               Huge;79228162514264337593543950335 zł;79228162514264337593543950335 zł;-79228162514264337593543950335;99999999999999999999 d;9999999999999999999 d;0 %\n\
               Small;1 zł;1 zł;1;1 min;1 h;99 %\n";
    run_all(csv.as_bytes());
}
