//! Answers as agencies write them, read against the criterion's basis: periods, net and gross,
//! currencies, service windows, words that mean an answer, choice aliases — each conversion
//! said at its cell, each doubtful reading a warning there.

use offerlens::analysis::Analysis;
use offerlens::criteria::{self, Criteria};
use offerlens::issue::Severity;
use offerlens::normalize::Value;
use rust_decimal::Decimal;

use crate::common::{analysis_of_csv, offerlens, profile, stdout_of};

fn sme_csv(text: &str) -> Analysis {
    analysis_of_csv(profile("sme"), "oferty.csv", text)
}

/// The index of the offer from `vendor`.
fn offer_of(a: &Analysis, vendor: &str) -> usize {
    a.offers
        .offers
        .iter()
        .position(|o| o.vendor == vendor)
        .unwrap_or_else(|| panic!("no offer {vendor}"))
}

fn num(a: &Analysis, id: &str, vendor: &str) -> Option<Decimal> {
    let c = a.criteria.index_of(id).unwrap();
    let o = offer_of(a, vendor);
    match a.offers.cell(c, o).value {
        Some(Value::Num(d)) => Some(d),
        ref other => panic!("{id} of {vendor}: {other:?}"),
    }
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// The message of the issue at a location ending with `at`, of the given severity.
fn said(a: &Analysis, at: &str, severity: Severity) -> Vec<String> {
    a.issues
        .iter()
        .filter(|i| i.location.ends_with(at) && i.severity == severity)
        .map(|i| i.message.to_string())
        .collect()
}

/// Asserts that an issue of `severity` at a location ending with `at` contains `fragment`.
fn assert_said(a: &Analysis, at: &str, severity: Severity, fragment: &str) {
    let messages = said(a, at, severity);
    assert!(
        messages.iter().any(|m| m.contains(fragment)),
        "{fragment:?} not said at {at}: {messages:?}"
    );
}

#[test]
fn yearly_and_quarterly_fees_are_read_per_month_with_the_numbers_used() {
    let a = sme_csv(
        "Agencja;Abonament miesięczny;Stawka godzinowa;Godziny w abonamencie\n\
         Roczna;14 400 zł rocznie;150 zł/h;120 h rocznie\n\
         Kwartalna;3 600 zł / kwartał;150 zł;600 min\n\
         Ośmiomiesięczna;9 600 zł za 8 miesięcy;150 zł;10\n\
         Pomyłka;150 zł/h;1 200 zł/mies.;10\n",
    );
    assert_eq!(num(&a, "monthly_fee", "Roczna"), Some(d("1200")));
    assert_eq!(num(&a, "monthly_fee", "Kwartalna"), Some(d("1200")));
    assert_eq!(num(&a, "monthly_fee", "Ośmiomiesięczna"), Some(d("1200")));
    assert_eq!(num(&a, "hours_included", "Roczna"), Some(d("10")));
    assert_eq!(num(&a, "hours_included", "Kwartalna"), Some(d("10")));
    assert!(
        said(&a, "oferty.csv:2:2", Severity::Info)
            .iter()
            .any(|m| m.contains("'rocznie' is per year: 14,400 ÷ 12 = 1,200 per month")),
        "{:#?}",
        a.issues
    );
    assert!(
        said(&a, "oferty.csv:3:4", Severity::Info)
            .iter()
            .any(|m| m.contains("read '600 min'")),
        "{:#?}",
        a.issues
    );
    // An hourly price in the monthly column and the other way round: kept, and a warning.
    assert_eq!(num(&a, "monthly_fee", "Pomyłka"), Some(d("150")));
    let warned = said(&a, "oferty.csv:5:2", Severity::Warning);
    assert!(
        warned
            .iter()
            .any(|m| m.contains("is per hour, but this criterion is per month: not converted")),
        "{warned:#?}"
    );
    let warned = said(&a, "oferty.csv:5:3", Severity::Warning);
    assert!(
        warned
            .iter()
            .any(|m| m.contains("is per month, but this criterion is per hour")),
        "{warned:#?}"
    );
}

fn with_keys(extra_top: &str) -> Criteria {
    let text = format!(
        "name = \"t\"\n{extra_top}\n\
         [[criterion]]\nid = \"fee\"\nkind = \"money\"\nper = \"month\"\nscoring = \"ratio\"\ncolumns = [\"Abonament\"]\n\
         [[criterion]]\nid = \"p1\"\nkind = \"duration\"\nunit = \"min\"\nbest = 15\nworst = 240\ncolumns = [\"P1\"]\n"
    );
    criteria::parse(&text, "t.toml").unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn gross_prices_convert_to_the_net_basis_and_back() {
    let offers =
        "Agencja;Abonament;P1\nA;1476 zł brutto;1 h\nB;1 200 zł netto;1 h\nC;1 200 zł + VAT;1 h\n";
    let net = analysis_of_csv(with_keys(""), "o.csv", offers);
    for v in ["A", "B", "C"] {
        assert_eq!(num(&net, "fee", v), Some(d("1200")), "{v}");
    }
    assert!(
        said(&net, "o.csv:2:2", Severity::Info)
            .iter()
            .any(|m| m.contains("gross 1,476 at 23 % VAT = 1,200 net")),
        "{:#?}",
        net.issues
    );
    let gross = analysis_of_csv(
        with_keys("prices = \"gross\"\nvat_rate = 8"),
        "o.csv",
        offers,
    );
    assert_eq!(num(&gross, "fee", "A"), Some(d("1476")));
    assert_eq!(num(&gross, "fee", "B"), Some(d("1296")));
    assert!(
        said(&gross, "o.csv:3:2", Severity::Info)
            .iter()
            .any(|m| m.contains("net 1,200 at 8 % VAT = 1,296 gross")),
        "{:#?}",
        gross.issues
    );
}

#[test]
fn other_currencies_need_a_rate_and_the_message_names_the_key() {
    let offers = "Agencja;Abonament;P1\nA;300 EUR;1 h\nB;1 200 zł;1 h\n";
    let refused = analysis_of_csv(with_keys(""), "o.csv", offers);
    let errors = said(&refused, "o.csv:2:2", Severity::Error);
    assert!(
        errors
            .iter()
            .any(|m| m.contains("[exchange_rates]")
                && m.contains("EUR = <what one EUR costs in PLN>")),
        "{errors:#?}"
    );
    let rated = analysis_of_csv(with_keys("[exchange_rates]\nEUR = 4.30\n"), "o.csv", offers);
    assert_eq!(num(&rated, "fee", "A"), Some(d("1290")));
    assert!(
        said(&rated, "o.csv:2:2", Severity::Info)
            .iter()
            .any(|m| m.contains("300 EUR at 4.3 PLN per EUR = 1,290 PLN")),
        "{:#?}",
        rated.issues
    );
}

#[test]
fn criteria_keys_for_prices_are_checked_with_their_place() {
    let bad = [
        (
            "name = \"t\"\nvat_rate = 123\n",
            "`vat_rate` is a percentage",
        ),
        (
            "name = \"t\"\nprices = \"vat\"\n",
            "`prices` must be one of",
        ),
        (
            "name = \"t\"\n[exchange_rates]\nEUR = 0\n",
            "must be a number above 0",
        ),
        (
            "name = \"t\"\n[exchange_rates]\neuro = 4.3\n",
            "three-letter currency codes",
        ),
        (
            "name = \"t\"\n[exchange_rates]\nPLN = 1\n",
            "the criteria's own currency",
        ),
    ];
    for (top, want) in bad {
        let text = format!("{top}\n[[criterion]]\nid = \"fee\"\nkind = \"money\"\n");
        let err = criteria::parse(&text, "t.toml").unwrap_err().to_string();
        assert!(
            err.contains(want) && err.contains("t.toml:"),
            "{top}: {err}"
        );
    }
    let polish = "name = \"t\"\nprices = \"brutto\"\n[[criterion]]\nid = \"fee\"\nkind = \"money\"\nper = \"miesiąc\"\n";
    let c = criteria::parse(polish, "t.toml").unwrap();
    assert_eq!(c.prices, criteria::Tax::Gross);
    assert_eq!(c.criteria[0].per, Some(criteria::Period::Month));
    let per_on_duration =
        "name = \"t\"\n[[criterion]]\nid = \"p1\"\nkind = \"duration\"\nper = \"month\"\n";
    let err = criteria::parse(per_on_duration, "t.toml")
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("t.toml:5:") && err.contains("`per` applies to money and number"),
        "{err}"
    );
    let bad_alias = "name = \"t\"\n[[criterion]]\nid = \"b\"\nkind = \"choice\"\nchoices = { daily = 1.0, weekly = 0.5 }\nchoice_aliases = { dayly = [\"na bieżąco\"] }\n";
    let err = criteria::parse(bad_alias, "t.toml")
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("did you mean \"daily\"") && err.contains("t.toml:6:"),
        "{err}"
    );
}

#[test]
fn a_service_window_is_kept_and_an_office_hours_answer_scores_lower() {
    let a = analysis_of_csv(
        with_keys(""),
        "o.csv",
        "Agencja;Abonament;P1\nDoba;1 000 zł;30 min (24/7)\nBiuro;1 000 zł;30 min (pn-pt 8-16)\nBrak okna;1 000 zł;30 min\n",
    );
    let p1 = a.criteria.index_of("p1").unwrap();
    let window = |v: &str| {
        let o = a.offers.offers.iter().position(|o| o.vendor == v).unwrap();
        a.offers.cell(p1, o).window.map(|w| w.label().to_string())
    };
    assert_eq!(window("Doba").as_deref(), Some("24/7"));
    assert_eq!(window("Biuro").as_deref(), Some("Mon–Fri 08:00–16:00"));
    assert_eq!(window("Brak okna"), None);
    // The same 30 minutes: around the clock scores 1, office hours far less (15 h of expected
    // wait on average), and none written is taken as written.
    let score = |v: &str| {
        let o = a.offers.offers.iter().position(|o| o.vendor == v).unwrap();
        a.evaluation.r[p1][o]
    };
    assert!((score("Doba") - score("Brak okna")).abs() < 1e-12);
    assert!(score("Biuro") < 0.1, "{}", score("Biuro"));
    assert_eq!(num(&a, "p1", "Biuro"), Some(d("30")));
}

#[test]
fn json_gives_the_window_of_each_time() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("okna.csv");
    std::fs::write(
        &path,
        "Agencja;Abonament miesięczny;Czas reakcji P1;Czas przywrócenia P1\nAlfa;1 200 zł;1h (24/7);4 h\nBeta;1 300 zł;30 min (pon.–pt. 9:00–17:00);4 h w dni robocze\n",
    )
    .unwrap();
    let out = stdout_of(offerlens().arg("rank").arg(&path).args(["-f", "json"]));
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let offer = |v: &str| {
        json["offers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["vendor"] == v)
            .unwrap()
            .clone()
    };
    assert_eq!(offer("Alfa")["values"]["p1_response"]["window"], "24/7");
    assert_eq!(
        offer("Alfa")["values"]["p1_rto"]["window"],
        serde_json::Value::Null
    );
    assert_eq!(
        offer("Beta")["values"]["p1_response"]["window"],
        "Mon–Fri 09:00–17:00"
    );
    assert_eq!(offer("Beta")["values"]["p1_response"]["value"], 30);
    assert_eq!(
        offer("Beta")["values"]["p1_rto"]["window"],
        "Mon–Fri 08:00–16:00"
    );
    // Not a duration: no window key at all.
    assert!(
        offer("Alfa")["values"]["monthly_fee"]
            .get("window")
            .is_none()
    );
}

#[test]
fn an_unreadable_required_answer_knocks_out_as_not_understood_and_is_counted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("oferty.csv");
    std::fs::write(
        &path,
        "Agencja;Abonament miesięczny;Czas reakcji P1;Dostępność\nAlfa;1 200 zł;szybko;99,9 %\nBeta;1 300 zł;1 h;99,9 %\nGamma;1 100 zł;natychmiast;99,9 %\n",
    )
    .unwrap();
    let out = stdout_of(offerlens().arg("rank").arg(&path));
    assert!(
        out.contains("Alfa: P1 response time: answer not understood: 'szybko' — check it"),
        "{out}"
    );
    assert!(
        out.contains("Gamma: P1 response time: answer not understood: 'natychmiast' — check it"),
        "{out}"
    );
    assert!(
        out.contains("2 of these offers are out on an answer that was not understood"),
        "{out}"
    );
    let json: serde_json::Value = serde_json::from_str(&stdout_of(
        offerlens().arg("rank").arg(&path).args(["-f", "json"]),
    ))
    .unwrap();
    let alfa = json["offers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["vendor"] == "Alfa")
        .unwrap();
    assert_eq!(alfa["knockouts"][0]["not_understood"], true);
}

#[test]
fn words_that_mean_an_answer() {
    let a = sme_csv(
        "Agencja;Abonament miesięczny;Godziny w abonamencie;WAF;Czas reakcji P1\n\
         Alfa;od 1 200 zł;brak;tak (za dopłatą);1 dzień roboczy\n\
         Beta;1 300 zł;nielimitowane;brak;nie dotyczy\n\
         Gamma;1 100 zł;10 godzin;możliwe za dopłatą;pół godziny\n",
    );
    let waf = a.criteria.index_of("waf").unwrap();
    let value = |c: usize, v: &str| {
        let o = a.offers.offers.iter().position(|o| o.vendor == v).unwrap();
        a.offers.cell(c, o).value.clone()
    };
    assert_eq!(num(&a, "hours_included", "Alfa"), Some(d("0")));
    assert_eq!(value(waf, "Alfa"), Some(Value::Bool(false)));
    assert_eq!(value(waf, "Beta"), Some(Value::Bool(false)));
    assert_eq!(value(waf, "Gamma"), Some(Value::Bool(false)));
    let p1 = a.criteria.index_of("p1_response").unwrap();
    assert_eq!(value(p1, "Beta"), None);
    assert_eq!(num(&a, "p1_response", "Gamma"), Some(d("30")));
    // Doubtful readings are warnings at their cells.
    for (at, part) in [
        ("oferty.csv:2:2", "a lower bound ('od', 'min.')"),
        ("oferty.csv:2:5", "working days counted as calendar days"),
        ("oferty.csv:3:3", "744 h"),
    ] {
        assert!(
            said(&a, at, Severity::Warning)
                .iter()
                .any(|m| m.contains(part)),
            "{at}: {:#?}",
            a.issues
        );
    }
}

#[test]
fn choice_aliases_and_frequencies_between_two_choices() {
    let text = "name = \"t\"\n\
        [[criterion]]\nid = \"backup\"\nkind = \"choice\"\n\
        choices = { continuous = 1.0, hourly = 0.9, daily = 0.7, weekly = 0.3 }\n\
        choice_aliases = { continuous = [\"w trybie ciągłym\", \"replikacja\"] }\n\
        columns = [\"Kopie\"]\n";
    let c = criteria::parse(text, "t.toml").unwrap();
    let a = analysis_of_csv(
        c,
        "k.csv",
        "Agencja;Kopie\nA;W trybie ciągłym\nB;co 6 h\nC;2x dziennie\nD;kopia dzienna\nE;co 3 dni\nF;raz na kwartał\n",
    );
    let j = a.criteria.index_of("backup").unwrap();
    let key = |v: &str| {
        let o = a.offers.offers.iter().position(|o| o.vendor == v).unwrap();
        match a.offers.cell(j, o).value {
            Some(Value::Choice(k)) => Some(a.criteria.criteria[j].choices[k].0.clone()),
            _ => None,
        }
    };
    assert_eq!(key("A").as_deref(), Some("continuous"));
    assert_eq!(key("B").as_deref(), Some("daily"));
    assert_eq!(key("C").as_deref(), Some("daily"));
    assert_eq!(key("D").as_deref(), Some("daily"));
    assert_eq!(key("E").as_deref(), Some("weekly"));
    assert_eq!(key("F"), None);
    assert!(
        said(&a, "k.csv:3:2", Severity::Info).iter().any(|m| m
            .contains("'co 6 h' lies between hourly and daily: the less frequent, daily, taken")),
        "{:#?}",
        a.issues
    );
    assert!(!said(&a, "k.csv:7:2", Severity::Error).is_empty());
}

#[test]
fn a_header_saying_gross_makes_the_column_gross() {
    let a = sme_csv(
        "Agencja;Abonament miesięczny (brutto);Stawka godzinowa netto\nA;1 476 zł;150 zł\nB;1 200 zł netto;184,50 zł brutto\n",
    );
    assert_eq!(num(&a, "monthly_fee", "A"), Some(d("1200")));
    assert_eq!(num(&a, "monthly_fee", "B"), Some(d("1200")));
    assert_eq!(num(&a, "hourly_rate", "A"), Some(d("150")));
    assert_eq!(num(&a, "hourly_rate", "B"), Some(d("150")));
    assert!(
        said(&a, "oferty.csv:2:2", Severity::Info).iter().any(|m| m
            .contains("gross, as the column's header says; gross 1,476 at 23 % VAT = 1,200 net")),
        "{:#?}",
        a.issues
    );
    // Every price says its basis, through its header or itself: nothing to warn about.
    assert!(
        !a.issues
            .iter()
            .any(|i| i.message.to_string().contains("did not say net or gross")),
        "{:#?}",
        a.issues
    );
}

#[test]
fn the_details_pane_shows_the_window_beside_the_time() {
    use offerlens::session::Source;
    use offerlens::tui::app::App;
    use offerlens::tui::view;
    use ratatui::{Terminal, backend::TestBackend};
    let a = sme_csv(
        "Agencja;Abonament miesięczny;Czas reakcji P1\nBiuro;1 000 zł;30 min (pn-pt 8-16)\n",
    );
    let app = App::new(
        a,
        Source::Profile("sme".into()),
        crate::common::profile_text("sme"),
        vec!["oferty.csv".into()],
    );
    let mut terminal = Terminal::new(TestBackend::new(140, 40)).unwrap();
    terminal.draw(|f| view::render(f, &app)).unwrap();
    let screen = terminal.backend().to_string();
    assert!(screen.contains("30 min · Mon–Fri 08:00"), "{screen}");
}

/// The contract terms as agencies write them: the SLA's hours once for all the times, credits,
/// an open-ended term, notice in months, yes/no opening a longer answer, and phrases inside one.
const CONTRACT: &str = "Agencja;Abonament miesięczny;Czas reakcji P1;Czas przywrócenia P1 (RTO);Godziny SLA;Kary umowne;Okres umowy;Okres wypowiedzenia;Co z niewykorzystanymi godzinami;Forma rozliczenia;Waloryzacja;Własność kont;Przekazanie dostępów\n\
Alfa Web;1 300 zł;30 min;4 h;od poniedziałku do piątku w godz. 9.00–17.00;5% miesięcznego wynagrodzenia;umowa na czas nieokreślony z 1-miesięcznym okresem wypowiedzenia;1 miesiąc;nie przechodzą;ryczałt miesięczny;coroczna waloryzacja o wskaźnik inflacji GUS;na klienta;tak\n\
Beta Studio;1 100 zł;1 h (24/7);8 h;w dni robocze;brak kar;bezterminowo;3 miesiące;tak, do końca kwartału;pakiet godzin;brak;agencja;nie\n\
Gamma;900 zł;2 h;1 dzień;24/7;nie;1 rok;30 dni;szybko;wg potrzeb;stała cena;klient;tak\n";

fn choice(a: &Analysis, id: &str, vendor: &str) -> String {
    let c = a.criteria.index_of(id).unwrap();
    let o = offer_of(a, vendor);
    match a.offers.cell(c, o).value {
        Some(Value::Choice(k)) => a.criteria.criteria[c].choices[k].0.clone(),
        ref other => panic!("{id} of {vendor}: {other:?}"),
    }
}

#[test]
fn contract_terms_are_read_the_way_agencies_write_them() {
    let a = sme_csv(CONTRACT);
    // The SLA's hours: the expected wait until they open, and lent to the times without one.
    assert_eq!(num(&a, "sla_hours", "Alfa Web"), Some(d("15.24")));
    assert_eq!(num(&a, "sla_hours", "Gamma"), Some(d("0")));
    let p1 = a.criteria.index_of("p1_response").unwrap();
    let window = |o: usize| a.offers.cell(p1, o).window.map(|w| w.label().to_string());
    assert_eq!(window(0).as_deref(), Some("Mon–Fri 09:00–17:00"));
    // Beta wrote "24/7" with its P1 time: its own window stands, not the office hours.
    assert_eq!(window(1).as_deref(), Some("24/7"));
    assert_said(
        &a,
        "oferty.csv:2:5",
        Severity::Info,
        "also applies to p1_response, p1_rto",
    );
    // Credits: the percentage, "brak kar" and "nie" as none.
    assert_eq!(num(&a, "sla_credits", "Alfa Web"), Some(d("5")));
    assert_eq!(num(&a, "sla_credits", "Beta Studio"), Some(d("0")));
    assert_eq!(num(&a, "sla_credits", "Gamma"), Some(d("0")));
    // The term: open-ended is 0 months, by its words even beside a number it cannot read —
    // with a warning; a year is 12 months.
    assert_eq!(num(&a, "contract_term", "Alfa Web"), Some(d("0")));
    assert_said(
        &a,
        "oferty.csv:2:7",
        Severity::Warning,
        "as 0 months, by its words 'czas nieokreślony'",
    );
    assert_eq!(num(&a, "contract_term", "Beta Studio"), Some(d("0")));
    assert_eq!(num(&a, "contract_term", "Gamma"), Some(d("12")));
    // Notice in days: a month is 30.4375 days, noted.
    assert_eq!(num(&a, "notice_period", "Alfa Web"), Some(d("30.4375")));
    assert_eq!(num(&a, "notice_period", "Gamma"), Some(d("30")));
}

#[test]
fn contract_choices_are_read_the_way_agencies_write_them() {
    let a = sme_csv(CONTRACT);
    // Choices: an alias, yes opening a longer answer, "brak" as the fixed price, a phrase
    // inside a sentence (a warning: it could be negated).
    assert_eq!(choice(&a, "hours_rollover", "Alfa Web"), "no");
    assert_eq!(choice(&a, "hours_rollover", "Beta Studio"), "yes");
    assert_eq!(choice(&a, "billing_model", "Alfa Web"), "subscription");
    assert_eq!(choice(&a, "billing_model", "Beta Studio"), "hours_package");
    assert_eq!(choice(&a, "price_indexation", "Alfa Web"), "cpi");
    assert_said(
        &a,
        "oferty.csv:2:11",
        Severity::Warning,
        "by the words 'wskaźnik inflacji' inside it",
    );
    assert_eq!(choice(&a, "price_indexation", "Beta Studio"), "fixed");
    assert_eq!(choice(&a, "price_indexation", "Gamma"), "fixed");
    assert_eq!(choice(&a, "accounts_owner", "Alfa Web"), "client");
    assert_eq!(choice(&a, "accounts_owner", "Beta Studio"), "agency");
    // What cannot be read is an error at its cell, never a guess.
    for at in ["oferty.csv:4:9", "oferty.csv:4:10"] {
        assert_eq!(said(&a, at, Severity::Error).len(), 1, "{at}");
    }
}

#[test]
fn an_answer_repeated_on_many_lines_reads_the_same_with_each_lines_own_notes() {
    // A column's texts are read once and remembered only when they read plainly: a text read
    // with a note or a doubt is read (and noted) again at every cell.
    let mut offers = String::from("Agencja;Abonament;P1\n");
    for i in 0..4 {
        offers.push_str(&format!("Netto {i};1 200 zł netto;30 min (pn-pt 8-16)\n"));
        offers.push_str(&format!("Brutto {i};1476 zł brutto;30 min\n"));
        offers.push_str(&format!("Od {i};od 1 200 zł;1 h\n"));
    }
    let a = analysis_of_csv(with_keys(""), "o.csv", &offers);
    let p1 = a.criteria.index_of("p1").unwrap();
    for i in 0..4 {
        for v in ["Netto", "Brutto", "Od"] {
            assert_eq!(
                num(&a, "fee", &format!("{v} {i}")),
                Some(d("1200")),
                "{v} {i}"
            );
        }
        let o = offer_of(&a, &format!("Netto {i}"));
        assert_eq!(
            a.offers
                .cell(p1, o)
                .window
                .map(|w| w.label().to_string())
                .as_deref(),
            Some("Mon–Fri 08:00–16:00"),
            "{i}"
        );
        assert_eq!(
            a.offers
                .cell(p1, offer_of(&a, &format!("Brutto {i}")))
                .window,
            None
        );
        let gross_line = 3 + 3 * i;
        assert_said(
            &a,
            &format!("o.csv:{gross_line}:2"),
            Severity::Info,
            "gross 1,476 at 23 % VAT = 1,200 net",
        );
        let from_line = 4 + 3 * i;
        assert!(
            !said(&a, &format!("o.csv:{from_line}:2"), Severity::Warning).is_empty(),
            "no doubt at line {from_line}: {:#?}",
            a.issues
        );
    }
}

/// A bare "3" for a notice period is read in the criterion's unit, days, as written; but on a
/// scale of months that may be a misreading of "3 months", and the buyer is warned at the cell.
/// "3 mies." and a bare 45 (plausibly days) are not.
#[test]
fn a_bare_small_number_for_a_time_counted_in_months_is_a_warning() {
    let a = sme_csv(
        "Agencja;Okres wypowiedzenia;Abonament miesięczny\n\
         A;3;1000 zł\n\
         B;3 mies.;1000 zł\n\
         C;45;1000 zł\n",
    );
    assert_eq!(num(&a, "notice_period", "A"), Some(d("3")));
    assert_said(
        &a,
        "oferty.csv:2:2",
        Severity::Warning,
        "a bare 3 is read as 3 days (the criterion's unit), on a scale of months",
    );
    assert!(said(&a, "oferty.csv:3:2", Severity::Warning).is_empty());
    assert!(said(&a, "oferty.csv:4:2", Severity::Warning).is_empty());
}
