//! Headers matched by meaning: the words a buyer's spreadsheet uses for a criterion, not only
//! the aliases its `columns` list; unclear ones reported with their candidates and never read.

use offerlens::analysis::Analysis;
use offerlens::criteria::{self, Criteria};
use offerlens::export;
use offerlens::issue::Severity;
use offerlens::normalize::MatchedBy;

use crate::common::{analysis_of_csv, profile};

/// Two exact headers that no phrasing below names, so that every table is found.
const ANCHORS: &str = "Plan na 90 dni;Pilotaż SLA";

/// What a header is read as under the `sme` profile, in a table with the anchors beside it:
/// a criterion id, "(vendor name)", or `None`.
fn read_as(header: &str) -> (Option<String>, Analysis) {
    let csv = format!("{header};{ANCHORS}\nx;tak;tak\n");
    let a = analysis_of_csv(profile("sme"), "h.csv", &csv);
    let what = a
        .offers
        .reports
        .first()
        .and_then(|r| r.matches().find(|(h, _, _)| *h == header))
        .map(|(_, what, _)| what.to_string());
    (what, a)
}

/// Real phrasings, and what each must be read as (`None`: left unread).
const PHRASINGS: &[(&str, Option<&str>)] = &[
    // Price
    ("Ryczałt miesięczny (netto)", Some("monthly_fee")),
    ("Abonament mies. [PLN]", Some("monthly_fee")),
    ("Opłata za miesiąc", Some("monthly_fee")),
    ("Miesięczny koszt", Some("monthly_fee")),
    ("Subscription fee per month", Some("monthly_fee")),
    ("Cena abonamentu", Some("monthly_fee")),
    ("Koszt abonamentu miesięcznego", Some("monthly_fee")),
    ("Monthly subscription", Some("monthly_fee")),
    ("Stawka za roboczogodzinę", Some("hourly_rate")),
    ("Stawka godzinowa netto", Some("hourly_rate")),
    ("Koszt godziny pracy", Some("hourly_rate")),
    ("Cena za rbh", Some("hourly_rate")),
    ("Hourly rate [PLN]", Some("hourly_rate")),
    ("Pula godzin w miesiącu", Some("hours_included")),
    ("Godziny wliczone w abonament", Some("hours_included")),
    // Service levels
    ("Czas usunięcia awarii P1", Some("p1_rto")),
    ("Czas naprawy (krytyczne)", Some("p1_rto")),
    ("Maks. czas usunięcia awarii krytycznej", Some("p1_rto")),
    ("Time to restore (critical)", Some("p1_rto")),
    ("Czas przywrócenia działania P2", Some("p2_rto")),
    ("RTO – priorytet 3", Some("p3_rto")),
    ("Czas rozwiązania P4", Some("p4_rto")),
    ("Czas reakcji (krytyczne)", Some("p1_response")),
    ("Reakcja na awarię krytyczną", Some("p1_response")),
    ("Czas reakcji na zgłoszenie krytyczne", Some("p1_response")),
    ("Critical response time", Some("p1_response")),
    ("Średni czas reakcji P1", Some("p1_response")),
    ("Czas odpowiedzi P2 [min]", Some("p2_response")),
    ("Response time – priority 3", Some("p3_response")),
    ("Czas reakcji – niski priorytet", Some("p4_response")),
    ("Dostępność usługi", Some("uptime")),
    ("Gwarantowany uptime [%]", Some("uptime")),
    ("Uptime gwarantowany w umowie", Some("uptime")),
    ("Availability (SLA)", Some("uptime")),
    ("Utrata danych – RPO [h]", Some("rpo")),
    ("Wsparcie w weekendy i święta", Some("weekend_coverage")),
    // Scope
    ("Kopia zapasowa - częstotliwość", Some("backup_frequency")),
    ("Częstotliwość backupu", Some("backup_frequency")),
    (
        "Częstotliwość wykonywania kopii zapasowych",
        Some("backup_frequency"),
    ),
    ("Okres przechowywania kopii", Some("backup_retention")),
    ("Retencja backupów", Some("backup_retention")),
    ("Backup retention period", Some("backup_retention")),
    ("Testy przywracania backupu", Some("restore_tests")),
    ("Monitoring całodobowy", Some("monitoring_24_7")),
    ("Monitorowanie 24/7", Some("monitoring_24_7")),
    ("Aktualizacje WordPressa i wtyczek", Some("cms_updates")),
    ("Odpowiedzialny za bezpieczeństwo", Some("security_owner")),
    ("Zakres usług i prac", Some("scope")),
    // Security, performance, reporting
    ("Aktualizacje bezpieczeństwa", Some("patching")),
    ("Zapora WAF", Some("waf")),
    ("Ćwiczenia DR", Some("recovery_drills")),
    ("Raportowanie dostępności", Some("kpi_uptime")),
    ("Raportowanie błędów 5xx", Some("kpi_5xx")),
    ("Raport co miesiąc", Some("monthly_report")),
    ("Dziennik zmian", Some("change_history")),
    ("Wgląd w statystyki", Some("stats_access")),
    // References, communication, onboarding
    ("Doświadczenie w sektorze", Some("industry_match")),
    ("Rok najnowszej referencji", Some("latest_reference_year")),
    (
        "Studium przypadku w naszej technologii",
        Some("case_study_stack"),
    ),
    (
        "Czas odpowiedzi na zapytanie ofertowe",
        Some("inquiry_response_days"),
    ),
    ("Audyt wstępny", Some("audit_time")),
    // The vendor
    ("Nazwa wykonawcy", Some("(vendor name)")),
    ("Oferent", Some("(vendor name)")),
    ("Nazwa firmy", Some("(vendor name)")),
    ("Dostawca usługi", Some("(vendor name)")),
    ("Company name", Some("(vendor name)")),
    ("Nazwa agencji", Some("(vendor name)")),
    ("Supplier", Some("(vendor name)")),
    // Unclear, or about something else: never read
    ("Czas przywrócenia", None),
    ("Cena", None),
    ("Stawka godzinowa poza pulą", None),
    ("Stawka za godzinę poza abonamentem", None),
    ("Raport KPI", None),
    ("Monitoring SEO", None),
    ("Kopia umowy", None),
    ("Godziny otwarcia biura", None),
    ("Koszt wdrożenia", None),
    ("Imię i nazwisko", None),
    ("Telefon kontaktowy", None),
    ("Uwagi", Some("(notes)")),
    ("Lp.", None),
    // A priority in brackets is not a unit to drop: (P2) is not P1.
    ("Czas reakcji (P2)", Some("p2_response")),
    ("Czas reakcji (P3)", Some("p3_response")),
    ("Czas reakcji (krytyczne)", Some("p1_response")),
    ("Czas reakcji P1 (min)", Some("p1_response")),
    ("Jaki jest czas reakcji na awarię krytyczną?", None),
];

#[test]
fn real_phrasings_are_read_as_the_criterion_they_name() {
    assert!(PHRASINGS.len() >= 40);
    let wrong: Vec<String> = PHRASINGS
        .iter()
        .filter_map(|&(header, want)| {
            let (got, _) = read_as(header);
            (got.as_deref() != want).then(|| format!("{header:?}: {got:?}, expected {want:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_headers_of_the_brief_are_recognised_together_with_the_sme_profile() {
    let a = analysis_of_csv(
        profile("sme"),
        "oferty.csv",
        "Nazwa wykonawcy;Ryczałt miesięczny (netto);Stawka za roboczogodzinę;Czas usunięcia awarii P1;Dostępność usługi;Czas reakcji (krytyczne);Kopia zapasowa - częstotliwość\n\
         Alfa;1 000 zł;120 zł;4 h;99,9 %;30 min;codziennie\n\
         Beta;800 zł;100 zł;8 h;99,5 %;1 h;co tydzień\n",
    );
    let vendors: Vec<&str> = a.offers.offers.iter().map(|o| o.vendor.as_str()).collect();
    assert_eq!(vendors, ["Alfa", "Beta"]);
    let read = |id: &str| {
        let i = a.criteria.index_of(id).unwrap();
        a.offers.cell(i, 0).raw.clone()
    };
    assert_eq!(read("monthly_fee"), "1 000 zł");
    assert_eq!(read("hourly_rate"), "120 zł");
    assert_eq!(read("p1_rto"), "4 h");
    assert_eq!(read("uptime"), "99,9 %");
    assert_eq!(read("p1_response"), "30 min");
    assert_eq!(read("backup_frequency"), "codziennie");
    // Each by-meaning match is a note at its header cell, saying how.
    let note = a
        .issues
        .iter()
        .find(|i| i.location == "oferty.csv:1:2")
        .unwrap();
    assert_eq!(note.severity, Severity::Info);
    assert!(
        note.message
            .to_string()
            .contains("read as criterion 'monthly_fee' by meaning (ryczałt ≈ abonament)"),
        "{note:?}"
    );
}

#[test]
fn a_sheet_whose_headers_are_all_worded_differently_is_still_found() {
    // None of these is an alias: before, the table was refused as naming no criterion.
    let a = analysis_of_csv(
        profile("sme"),
        "inne.csv",
        "Oferta z dnia 2026-11-02;;\n\
         ;;\n\
         Dostawca usługi;Abonament mies. [PLN];Czas naprawy (krytyczne)\n\
         Alfa;1 000;4 h\n\
         Beta;800;8 h\n",
    );
    assert_eq!(a.offers.len(), 2, "{:#?}", a.issues);
    assert_eq!(a.offers.reports[0].header.as_deref(), Some("inne.csv:3:2"));
    assert!(!a.issues.iter().any(|i| i.whole_file), "{:#?}", a.issues);
}

#[test]
fn a_by_meaning_match_says_how_it_was_made() {
    let (_, a) = read_as("Ryczałt miesięczny (netto)");
    let report = &a.offers.reports[0];
    let (_, id, by) = report
        .matches()
        .find(|(h, _, _)| *h == "Ryczałt miesięczny (netto)")
        .unwrap();
    assert_eq!(id, "monthly_fee");
    assert_eq!(by, &MatchedBy::Meaning("ryczałt ≈ abonament".to_string()));
    assert_eq!(by.describe(), "meaning: ryczałt ≈ abonament");
    let (_, _, anchor) = report
        .matches()
        .find(|(h, _, _)| *h == "Plan na 90 dni")
        .unwrap();
    assert_eq!(anchor, &MatchedBy::Alias);
    // The old pairs are still there, for whoever reads them.
    assert!(report.matched.contains(&(
        "Ryczałt miesięczny (netto)".to_string(),
        "monthly_fee".to_string()
    )));
}

#[test]
fn check_shows_each_mapping_and_how_it_was_made() {
    let (_, a) = read_as("Ryczałt miesięczny (netto)");
    let mut out = Vec::new();
    export::check::write(&a, &[], &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.contains(
            "'Ryczałt miesięczny (netto)' → monthly_fee (by meaning: ryczałt ≈ abonament)"
        ),
        "{text}"
    );
    // An exact alias reads as before.
    assert!(
        text.contains("    'Plan na 90 dni' → plan_90_days\n"),
        "{text}"
    );
}

/// Criteria with response times for three priorities, none listing a bare "Czas reakcji".
const THREE_PRIORITIES: &str = r#"
name = "three priorities"
vendor_columns = ["Agencja"]
[[criterion]]
id = "p1_response"
kind = "duration"
unit = "min"
weight = 1
columns = ["Czas reakcji P1"]
[[criterion]]
id = "p2_response"
kind = "duration"
unit = "min"
weight = 1
columns = ["Czas reakcji P2"]
[[criterion]]
id = "p3_response"
kind = "duration"
unit = "min"
weight = 1
columns = ["Czas reakcji P3"]
"#;

fn criteria_of(text: &str) -> Criteria {
    criteria::parse(text, "c.toml").unwrap()
}

#[test]
fn a_header_that_could_name_several_criteria_is_reported_and_left_unread() {
    let a = analysis_of_csv(
        criteria_of(THREE_PRIORITIES),
        "sla.csv",
        "Agencja;Czas reakcji;Czas reakcji P2\nAlfa;15 min;1 h\n",
    );
    let report = &a.offers.reports[0];
    assert!(
        !report.matches().any(|(h, _, _)| h == "Czas reakcji"),
        "{report:?}"
    );
    let p1 = a.criteria.index_of("p1_response").unwrap();
    assert!(a.offers.source(p1, 0).is_none());
    let warning = a
        .issues
        .iter()
        .find(|i| i.location == "sla.csv:1:2")
        .unwrap_or_else(|| panic!("{:#?}", a.issues));
    assert_eq!(warning.severity, Severity::Warning);
    assert_eq!(
        warning.message.to_string(),
        "'Czas reakcji' could name 'p1_response', 'p2_response' or 'p3_response' (by meaning, but only loosely); ignored: add 'Czas reakcji' to the `columns` of the criterion it names"
    );
}

#[test]
fn a_header_meaning_two_criteria_equally_is_reported_with_both() {
    let a = analysis_of_csv(
        criteria_of(
            r#"
name = "two fees"
vendor_columns = ["Agencja"]
[[criterion]]
id = "subscription"
kind = "money"
weight = 1
columns = ["Abonament"]
[[criterion]]
id = "flat_fee"
kind = "money"
weight = 1
columns = ["Ryczałt"]
[[criterion]]
id = "hourly_rate"
kind = "money"
weight = 1
columns = ["Stawka godzinowa"]
"#,
        ),
        "fees.csv",
        "Agencja;Opłata abonamentowa;Stawka godzinowa\nAlfa;1 000 zł;100 zł\n",
    );
    let warning = a
        .issues
        .iter()
        .find(|i| i.location == "fees.csv:1:2")
        .unwrap_or_else(|| panic!("{:#?}", a.issues));
    assert_eq!(warning.severity, Severity::Warning);
    assert!(
        warning.message.to_string().starts_with(
            "'Opłata abonamentowa' could name 'subscription' or 'flat_fee' (as close by meaning to each); ignored: add 'Opłata abonamentowa' to the `columns`"
        ),
        "{warning:?}"
    );
    for id in ["subscription", "flat_fee"] {
        let i = a.criteria.index_of(id).unwrap();
        assert!(a.offers.source(i, 0).is_none(), "{id}");
    }
}

#[test]
fn an_exact_header_wins_over_one_matching_by_meaning() {
    // The by-meaning header comes first, the exact one after: the exact one is read.
    let a = analysis_of_csv(
        profile("sme"),
        "dwa.csv",
        "Agencja;Ryczałt miesięczny;Abonament miesięczny\nAlfa;1 000 zł;900 zł\n",
    );
    let fee = a.criteria.index_of("monthly_fee").unwrap();
    assert_eq!(a.offers.cell(fee, 0).raw, "900 zł");
    let warning = a
        .issues
        .iter()
        .find(|i| i.location == "dwa.csv:1:2")
        .unwrap_or_else(|| panic!("{:#?}", a.issues));
    assert_eq!(
        warning.message.to_string(),
        "'Ryczałt miesięczny' also matches criterion 'monthly_fee', already read from dwa.csv:1:3; this one is ignored"
    );
}

#[test]
fn a_merely_similar_header_is_not_read() {
    let (got, a) = read_as("Koszt wdrożenia");
    assert_eq!(got, None);
    // Its note is the old one: it matches nothing.
    assert!(
        a.issues.iter().any(|i| i
            .message
            .to_string()
            .starts_with("'Koszt wdrożenia' matches no criterion; ignored")),
        "{:#?}",
        a.issues
    );
    let (got, a) = read_as("Monitoring SEO");
    assert_eq!(got, None);
    assert!(
        a.issues.iter().any(|i| i.severity == Severity::Warning
            && i.message
                .to_string()
                .starts_with("'Monitoring SEO' could name 'monitoring_24_7'")),
        "{:#?}",
        a.issues
    );
}

#[test]
fn every_alias_of_the_built_in_profiles_read_by_meaning_names_its_own_criterion() {
    // An alias written a little differently ("[ ]" instead of "( )", an extra "netto") is
    // not exact any more and goes by meaning: it must never land on another criterion, and
    // nearly always on its own.
    let (mut tried, mut read) = (0, 0);
    for name in ["sme", "info-site", "ecommerce"] {
        let c = profile(name);
        for criterion in &c.criteria {
            let anchor = if criterion.id == "waf" {
                "Historia zmian"
            } else {
                "WAF"
            };
            for alias in &criterion.columns {
                let header = format!("{} [netto]", alias.replace(['(', ')'], ""));
                let csv = format!("Agencja;{header};{anchor}\nAlfa;1;tak\n");
                let a = analysis_of_csv(c.clone(), "a.csv", &csv);
                let got = a.offers.reports[0]
                    .matches()
                    .find(|(h, _, _)| *h == header)
                    .map(|(_, id, _)| id.to_string());
                tried += 1;
                if let Some(got) = got {
                    assert_eq!(got, criterion.id, "{name}: {header:?}");
                    read += 1;
                }
            }
        }
    }
    // Left unread: the aliases with a range in brackets, "Audyt startowy (48–72 h)".
    assert!(read * 100 >= tried * 95, "{read} of {tried}");
}
