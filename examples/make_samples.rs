//! Generates the spreadsheet samples and the reader test fixtures.
//!
//! ```text
//! cargo run --example make_samples               # samples and fixtures
//! cargo run --example make_samples -- --samples  # samples only
//! cargo run --example make_samples -- --fixtures # fixtures only
//! ```
//!
//! Run it from the crate root. It writes:
//!
//! - `samples/agencies.xlsx`: the seven agencies of `samples/agencies.csv`, one per row, under
//!   a title block (header on row 4 from column B), with a hidden sheet "Notatki" and a
//!   visible sheet "Instrukcja" that hold no offers. The samples answer every criterion of the
//!   three profiles in `criteria/` (48 columns after "Agencja");
//! - `samples/comparison.ods`: the same offers, one per column (criteria down column A);
//! - `samples/questionnaires/*.xlsx|*.ods`: one filled questionnaire per agency
//!   (question | answer | remark). `Webmaster24.ods` has no "Agencja:" row (the name comes
//!   from the file name); `taniweb.xlsx` says "brak" for the hours, as the CSV does (0 hours);
//!   an answer left empty in the CSV (Webmaster24's P1 response) is an empty cell everywhere;
//!   `webopieka.xlsx` and `pixel-serwis.ods` hold every answer as typed text;
//! - `tests/fixtures/*`: small files, each with one quirk a reader must survive. The list,
//!   with what offerlens should make of each, is `tests/fixtures/README.md` (hand-written,
//!   not generated). The fixtures keep the first version's twelve columns (`CRITERIA`).
//!
//! `samples/agencies.csv` is the source of truth and is only read: the program checks that its
//! own table of answers says exactly what the CSV says, so every format ranks the same.
//!
//! The output is deterministic: workbooks carry a fixed creation date and zip entries a fixed
//! modification time, so re-running gives byte-identical files.

use std::error::Error;
use std::fmt::Write as _;
use std::io::{Cursor, Read, Write};
use std::path::Path;

use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Formula, Workbook, Worksheet,
};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

type Result<T> = std::result::Result<T, Box<dyn Error>>;

// =============================================================================================
// The offers
// =============================================================================================

/// The first version's twelve criteria columns, used by the fixtures; they are also the first
/// twelve columns of `samples/agencies.csv`.
const CRITERIA: [&str; 12] = [
    "Abonament miesięczny",
    "Stawka godzinowa",
    "Godziny w abonamencie",
    "Czas reakcji P1",
    "Czas przywrócenia P1 (RTO)",
    "Dostępność (uptime)",
    "Kopie zapasowe",
    "Monitoring 24/7",
    "Raport miesięczny",
    "Zakres prac",
    "Ostatnia referencja (rok)",
    "Czas odpowiedzi na zapytanie (dni robocze)",
];
/// The criteria columns of the samples, exactly as headed in `samples/agencies.csv` (after
/// "Agencja"): `CRITERIA`, then everything else the three profiles in `criteria/` ask for.
const AGENCY_CRITERIA: [&str; AGENCY_COLUMNS] = [
    "Abonament miesięczny",
    "Stawka godzinowa",
    "Godziny w abonamencie",
    "Czas reakcji P1",
    "Czas przywrócenia P1 (RTO)",
    "Dostępność (uptime)",
    "Kopie zapasowe",
    "Monitoring 24/7",
    "Raport miesięczny",
    "Zakres prac",
    "Ostatnia referencja (rok)",
    "Czas odpowiedzi na zapytanie (dni robocze)",
    "Aktualizacje CMS i wtyczek",
    "Przechowywanie kopii (dni)",
    "Testy odtwarzania kopii",
    "Godziny prac programistycznych",
    "Odpowiedzialność za bezpieczeństwo",
    "Czas reakcji P2",
    "Czas przywrócenia P2 (RTO)",
    "Czas reakcji P3",
    "Czas przywrócenia P3 (RTO)",
    "Czas reakcji P4",
    "Czas przywrócenia P4 (RTO)",
    "RPO (maks. utrata danych)",
    "Obsługa w weekendy i święta",
    "Łatki bezpieczeństwa",
    "WAF",
    "Ćwiczenia odtwarzania awaryjnego (DR)",
    "Raport KPI: uptime",
    "Raport KPI: MTTR/MTTD",
    "Raport KPI: LCP/TTFB",
    "Raport KPI: błędy 5xx",
    "Historia zmian",
    "Dostęp do statystyk",
    "Doświadczenie branżowe",
    "Case study w naszym stacku",
    "Audyt startowy (48–72 h)",
    "Plan na 90 dni",
    "Pilotaż SLA (30–90 dni)",
    "Godziny obowiązywania SLA",
    "Kary umowne za przekroczenie SLA",
    "Okres umowy",
    "Okres wypowiedzenia",
    "Niewykorzystane godziny",
    "Model rozliczeń",
    "Waloryzacja ceny",
    "Właściciel kont (hosting, domena, analityka)",
    "Przekazanie dostępów i dokumentacji",
];
const AGENCY_COLUMNS: usize = 48;
const VENDOR: &str = "Agencja";

// Positions in `CRITERIA` and `AGENCY_CRITERIA` (and in `Row::answers`).
const FEE: usize = 0;
const RATE: usize = 1;
const HOURS: usize = 2;
const P1: usize = 3;
const RTO: usize = 4;
const UPTIME: usize = 5;
const SCOPE: usize = 9;
const REF_YEAR: usize = 10;
const INQUIRY: usize = 11;
// Positions only in `AGENCY_CRITERIA`.
const RPO: usize = 23;
const WEEKEND: usize = 24;
const AUDIT: usize = 36;

/// A cell as a spreadsheet holds it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Val {
    Text(&'static str),
    /// A plain number (General format).
    Num(f64),
    /// An amount in złoty, shown with a currency format.
    Money(f64),
    /// A fraction shown as a percentage (0.999 -> 99,90%).
    Pct(f64),
}

/// One answer: the text as typed in the CSV, and the cell a spreadsheet would hold for it.
#[derive(Debug, Clone, Copy)]
struct Answer {
    text: &'static str,
    cell: Val,
}

fn t(text: &'static str) -> Answer {
    Answer {
        text,
        cell: Val::Text(text),
    }
}
fn num(text: &'static str, x: f64) -> Answer {
    Answer {
        text,
        cell: Val::Num(x),
    }
}
fn money(text: &'static str, x: f64) -> Answer {
    Answer {
        text,
        cell: Val::Money(x),
    }
}
fn pct(text: &'static str, x: f64) -> Answer {
    Answer {
        text,
        cell: Val::Pct(x),
    }
}

/// An agency's name and its answers, one per criteria column.
struct Row<const N: usize> {
    name: &'static str,
    answers: [Answer; N],
}

/// An offer of the fixtures: the first version's twelve columns.
type Offer = Row<12>;
/// An offer of the samples: every column of `AGENCY_CRITERIA`.
type Agency = Row<AGENCY_COLUMNS>;

/// The headers that go with a row of answers.
trait Columns {
    const HEADERS: &'static [&'static str];
}

impl Columns for Offer {
    const HEADERS: &'static [&'static str] = &CRITERIA;
}

impl Columns for Agency {
    const HEADERS: &'static [&'static str] = &AGENCY_CRITERIA;
}

/// The seven agencies of `samples/agencies.csv`, answer for answer. Text stays text where an
/// agency typed words ("15 min", "codziennie", "tak", "szybko", "ok. 10", "brak"); amounts,
/// percentages, years and day counts become numbers. SiteCare's "0,998" is what Excel makes
/// of it: the number 0.998 in General format (a fraction, not a percentage format).
///
/// Each agency is there for a reason (see the profiles in `criteria/`):
/// - Kodex Studio: the most expensive subscription, with a 24/7 SLA, RTO 2 h, RPO 5 min, WAF
///   and monthly restore tests; built for e-commerce.
/// - WebOpieka: a solid all-rounder (P1 in 15 min, RTO 4 h, RPO 15 min), no WAF.
/// - SiteCare Polska: mid-priced, 24/7, RTO 4 h and RPO 15 min, critical incidents only at
///   weekends.
/// - Pixel Serwis: cheap and decent (updates, weekly backups kept 30 days, quarterly restore
///   tests) but slow to restore (8 h) and loses a week of data: a small site's choice.
/// - Agencja Nova: its P1 time to restore reads "szybko" ("fast"), an unreadable answer.
/// - TaniWeb: 200 zł for "kompleksowa opieka" (abnormally low price, vague scope), P1 answered
///   within a day, and it took 4 working days to answer the inquiry.
/// - Webmaster24: no SLA at all (P1 response left empty, uptime "brak") and its latest
///   reference is from 2018.
#[allow(
    clippy::too_many_lines,
    reason = "the sample agencies: one literal answer per line"
)]
fn agencies() -> Vec<Agency> {
    vec![
        Agency {
            name: "WebOpieka Sp. z o.o.",
            answers: [
                money("1 200 zł netto", 1200.0),
                money("150 zł/h", 150.0),
                num("10", 10.0),
                t("15 min"),
                t("4 h"),
                pct("99,9 %", 0.999),
                t("codziennie"),
                t("tak"),
                t("tak"),
                t(
                    "aktualizacje WordPressa i wtyczek; kopie codzienne (30 dni wstecz); kopia bazy co 15 min; monitoring 24/7; test odtwarzania co kwartał; 10 h prac programistycznych",
                ),
                num("2025", 2025.0),
                num("1", 1.0),
                t("tak"),
                t("30 dni"),
                t("co kwartał"),
                num("10", 10.0),
                t("agencja"),
                t("1 h"),
                t("8 h"),
                t("4 h"),
                t("24 h"),
                t("24 h"),
                t("5 dni"),
                t("15 min"),
                t("tak"),
                t("w ciągu 24 h"),
                t("nie"),
                t("nie"),
                t("tak"),
                t("tak"),
                t("tak"),
                t("nie"),
                t("tak"),
                t("tak"),
                t("strony firmowe"),
                t("tak"),
                t("72 h"),
                t("tak"),
                t("tak"),
                t("24/7"),
                t("10% abonamentu za każdy przypadek"),
                t("12 miesięcy"),
                t("1 miesiąc"),
                t("przechodzą na kolejny miesiąc"),
                t("abonament"),
                t("wskaźnik inflacji GUS"),
                t("klient"),
                t("tak"),
            ],
        },
        Agency {
            name: "Pixel Serwis s.c.",
            answers: [
                money("920 zł", 920.0),
                money("120 zł", 120.0),
                num("8", 8.0),
                t("1 h"),
                t("8 godz."),
                pct("99,5%", 0.995),
                t("co tydzień"),
                t("tak"),
                t("tak"),
                t("aktualizacje CMS, kopie tygodniowe, monitoring dostępności, raport miesięczny"),
                num("2024", 2024.0),
                num("2", 2.0),
                t("tak"),
                t("30 dni"),
                t("co kwartał"),
                num("4", 4.0),
                t("agencja"),
                t("4 h"),
                t("1 dzień"),
                t("1 dzień"),
                t("3 dni"),
                t("3 dni"),
                t("5 dni"),
                t("7 dni"),
                t("nie"),
                t("co tydzień"),
                t("nie"),
                t("nie"),
                t("tak"),
                t("nie"),
                t("nie"),
                t("nie"),
                t("tak"),
                t("tak"),
                t("portale informacyjne"),
                t("tak"),
                t("72 h"),
                t("nie"),
                t("nie"),
                t("pn–pt 8–16"),
                t("5 %"),
                t("na czas nieokreślony"),
                t("3 miesiące"),
                t("przepadają"),
                t("abonament"),
                t("brak"),
                t("klient"),
                t("tak"),
            ],
        },
        Agency {
            name: "TaniWeb",
            answers: [
                money("200 zł", 200.0),
                money("100 zł", 100.0),
                t("brak"),
                t("1 dzień"),
                t("48 h"),
                pct("99 %", 0.99),
                t("miesięcznie"),
                t("nie"),
                t("nie"),
                t("kompleksowa opieka"),
                num("2022", 2022.0),
                num("4", 4.0),
                t("tak"),
                t("brak"),
                t("nie"),
                t("brak"),
                t("klient"),
                t("1 dzień"),
                t("3 dni"),
                t("3 dni"),
                t("brak"),
                t("brak"),
                t("brak"),
                t("30 dni"),
                t("nie"),
                t("miesięcznie"),
                t("nie"),
                t("nie"),
                t("nie"),
                t("nie"),
                t("nie"),
                t("nie"),
                t("nie"),
                t("nie"),
                t("różne"),
                t("nie"),
                t("brak"),
                t("nie"),
                t("nie"),
                t("w dni robocze"),
                t("nie"),
                t("24 miesiące"),
                t("3 miesiące"),
                t("przepadają"),
                t("abonament"),
                t("wg cennika"),
                t("agencja"),
                t("nie"),
            ],
        },
        Agency {
            name: "Kodex Studio",
            answers: [
                money("1 500,00 zł", 1500.0),
                money("180 zł/h", 180.0),
                num("16", 16.0),
                t("30 minut"),
                t("2 h"),
                pct("99,95 %", 0.9995),
                t("co godzinę"),
                t("tak"),
                t("tak"),
                t(
                    "aktualizacje, kopie co godzinę (90 dni), replikacja bazy (RPO 5 min), monitoring 24/7 z dyżurem, WAF, testy odtwarzania co miesiąc, 16 h dev",
                ),
                num("2026", 2026.0),
                num("1", 1.0),
                t("tak"),
                t("90 dni"),
                t("co miesiąc"),
                num("16", 16.0),
                t("agencja"),
                t("1 h"),
                t("4 h"),
                t("4 h"),
                t("24 h"),
                t("1 dzień"),
                t("3 dni"),
                t("5 min"),
                t("tak"),
                t("w ciągu 24 h"),
                t("tak"),
                t("tak"),
                t("tak"),
                t("tak"),
                t("tak"),
                t("tak"),
                t("tak"),
                t("tak"),
                t("e-commerce"),
                t("tak"),
                t("48 h"),
                t("tak"),
                t("tak"),
                t("24/7"),
                t("5% abonamentu"),
                t("12 miesięcy"),
                t("30 dni"),
                t("tak, do końca kwartału"),
                t("pakiet godzin"),
                t("stała cena"),
                t("klient"),
                t("tak"),
            ],
        },
        Agency {
            name: "Agencja Nova",
            answers: [
                money("950 zł", 950.0),
                money("140 zł", 140.0),
                num("12", 12.0),
                t("2 godz."),
                t("szybko"),
                pct("99,8 %", 0.998),
                t("codziennie"),
                t("tak"),
                t("nie"),
                t(
                    "aktualizacje wtyczek, kopie codzienne, monitoring, poprawki w ramach puli godzin",
                ),
                num("2022", 2022.0),
                num("2", 2.0),
                t("tak"),
                t("14 dni"),
                t("raz w roku"),
                num("6", 6.0),
                t("wspólna"),
                t("4 h"),
                t("1 dzień"),
                t("1 dzień"),
                t("3 dni"),
                t("3 dni"),
                t("brak"),
                t("24 h"),
                t("tylko P1"),
                t("co tydzień"),
                t("tak"),
                t("nie"),
                t("tak"),
                t("nie"),
                t("tak"),
                t("nie"),
                t("nie"),
                t("tak"),
                t("e-commerce"),
                t("nie"),
                t("48 h"),
                t("tak"),
                t("tak"),
                t("pn–sob 8–20"),
                t("2%"),
                t("12 miesięcy"),
                t("1 miesiąc"),
                t("przechodzą"),
                t("abonament"),
                t("inflacja"),
                t("klient"),
                t("tak"),
            ],
        },
        Agency {
            name: "SiteCare Polska",
            answers: [
                money("1 100 zł", 1100.0),
                money("130 zł", 130.0),
                t("ok. 10"),
                t("45 min"),
                t("4 h"),
                num("0,998", 0.998),
                t("codziennie"),
                t("tak"),
                t("tak"),
                t(
                    "aktualizacje, kopie codzienne, kopia bazy co 15 min, monitoring 24/7, raport miesięczny, 10 h dev",
                ),
                num("2023", 2023.0),
                num("2", 2.0),
                t("tak"),
                t("30 dni"),
                t("co kwartał"),
                num("8", 8.0),
                t("wspólna"),
                t("2 h"),
                t("8 h"),
                t("8 h"),
                t("2 dni"),
                t("2 dni"),
                t("5 dni"),
                t("15 min"),
                t("tylko P1"),
                t("co tydzień"),
                t("tak"),
                t("nie"),
                t("tak"),
                t("tak"),
                t("nie"),
                t("nie"),
                t("tak"),
                t("nie"),
                t("strony firmowe"),
                t("nie"),
                t("5 dni"),
                t("tak"),
                t("nie"),
                t("pn–pt 8–18"),
                t("brak kar"),
                t("6 miesięcy"),
                t("1 miesiąc"),
                t("przepadają"),
                t("abonament"),
                t("wg GUS"),
                t("agencja"),
                t("tak"),
            ],
        },
        Agency {
            name: "Webmaster24",
            answers: [
                money("990 zł", 990.0),
                money("110 zł", 110.0),
                num("5", 5.0),
                t(""),
                t("brak"),
                t("brak"),
                t("co tydzień"),
                t("nie"),
                t("tak"),
                t("aktualizacje, kopie tygodniowe, drobne poprawki, hosting"),
                num("2018", 2018.0),
                num("2", 2.0),
                t("tak"),
                t("7 dni"),
                t("nie"),
                num("5", 5.0),
                t("klient"),
                t("brak"),
                t("brak"),
                t("brak"),
                t("brak"),
                t("brak"),
                t("brak"),
                t("7 dni"),
                t("nie"),
                t("miesięcznie"),
                t("nie"),
                t("nie"),
                t("nie"),
                t("nie"),
                t("nie"),
                t("nie"),
                t("nie"),
                t("nie"),
                t("różne"),
                t("nie"),
                t("brak"),
                t("nie"),
                t("nie"),
                t("24/7"),
                t(""),
                t("12 miesięcy"),
                t("2 miesiące"),
                t(""),
                t("abonament"),
                t(""),
                t(""),
                t(""),
            ],
        },
    ]
}

/// Fails unless `samples/agencies.csv` says exactly what `agencies()` says.
fn check_against_csv(offers: &[Agency]) -> Result<()> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_path("samples/agencies.csv")?;
    let headers: Vec<String> = reader.headers()?.iter().map(str::to_string).collect();
    let mut expected = vec![VENDOR.to_string()];
    expected.extend(AGENCY_CRITERIA.iter().map(|c| c.to_string()));
    if headers != expected {
        return Err(format!("samples/agencies.csv headers changed: {headers:?}").into());
    }
    let rows: Vec<csv::StringRecord> = reader.records().collect::<std::result::Result<_, _>>()?;
    if rows.len() != offers.len() {
        return Err(format!(
            "samples/agencies.csv has {} offers, the table {}",
            rows.len(),
            offers.len()
        )
        .into());
    }
    for (row, offer) in rows.iter().zip(offers) {
        let mine: Vec<&str> = std::iter::once(offer.name)
            .chain(offer.answers.iter().map(|a| a.text))
            .collect();
        let theirs: Vec<&str> = row.iter().collect();
        if mine != theirs {
            return Err(format!("samples/agencies.csv differs from the table:\n  csv:   {theirs:?}\n  table: {mine:?}").into());
        }
    }
    Ok(())
}

// =============================================================================================
// Fixed dates (determinism)
// =============================================================================================

/// "Stan na" date of the samples, also their creation date.
const AS_OF: &str = "2026-11-02";

fn creation_time() -> Result<ExcelDateTime> {
    Ok(ExcelDateTime::from_ymd(2026, 11, 2)?.and_hms(9, 0, 0)?)
}

fn zip_time() -> zip::DateTime {
    zip::DateTime::from_date_and_time(2026, 11, 2, 9, 0, 0).expect("a valid zip date")
}

// =============================================================================================
// Polish number display (what Excel / LibreOffice in pl-PL would show)
// =============================================================================================

/// `1200.0, 2` -> "1 200,00" (non-breaking space between thousands, as pl-PL does).
fn pl_fixed(x: f64, decimals: usize) -> String {
    let s = format!("{:.*}", decimals, x.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut grouped = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push('\u{a0}');
        }
        grouped.push(ch);
    }
    let sign = if x < 0.0 { "-" } else { "" };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{frac}")
    }
}

/// General format: `10` -> "10", `0.998` -> "0,998".
fn pl_general(x: f64) -> String {
    format!("{x}").replace('.', ",")
}

fn display(v: Val) -> String {
    match v {
        Val::Text(s) => s.to_string(),
        Val::Num(x) => pl_general(x),
        Val::Money(x) => format!("{} zł", pl_fixed(x, 2)),
        Val::Pct(x) => format!("{}%", pl_fixed(x * 100.0, 2)),
    }
}

// =============================================================================================
// A small ODS writer
// =============================================================================================

/// One ODS cell: strings, floats (plain or money) and percentages.
#[derive(Debug, Clone)]
enum OdsCell {
    Empty,
    Text(String),
    /// Bold text, for headers.
    Bold(String),
    Float(f64),
    Money(f64),
    Percent(f64),
}

impl From<Val> for OdsCell {
    fn from(v: Val) -> Self {
        match v {
            Val::Text("") => OdsCell::Empty,
            Val::Text(s) => OdsCell::Text(s.to_string()),
            Val::Num(x) => OdsCell::Float(x),
            Val::Money(x) => OdsCell::Money(x),
            Val::Pct(x) => OdsCell::Percent(x),
        }
    }
}

struct OdsTable {
    name: String,
    /// Column widths in centimetres, from column A; further columns get 2.5 cm.
    widths_cm: Vec<f64>,
    rows: Vec<Vec<OdsCell>>,
}

fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            _ => out.push(ch),
        }
    }
    out
}

/// Paragraphs of an ODS cell: one `text:p` per line, runs of spaces as `text:s`.
fn ods_paragraphs(text: &str) -> String {
    let mut out = String::new();
    for line in text.split('\n') {
        out.push_str("<text:p>");
        let mut spaces = 0usize;
        let flush = |out: &mut String, spaces: &mut usize, at_start: bool| {
            if *spaces == 0 {
                return;
            }
            // ODF collapses spaces: keep one literal space (none at the start), code the rest.
            let literal = usize::from(!at_start);
            out.push_str(&" ".repeat(literal));
            let coded = *spaces - literal;
            if coded == 1 {
                out.push_str("<text:s/>");
            } else if coded > 1 {
                let _ = write!(out, "<text:s text:c=\"{coded}\"/>");
            }
            *spaces = 0;
        };
        let mut at_start = true;
        for ch in line.chars() {
            if ch == ' ' {
                spaces += 1;
                continue;
            }
            flush(&mut out, &mut spaces, at_start);
            at_start = false;
            match ch {
                '\t' => out.push_str("<text:tab/>"),
                _ => out.push_str(&xml_escape(&ch.to_string())),
            }
        }
        flush(&mut out, &mut spaces, at_start);
        out.push_str("</text:p>");
    }
    out
}

fn ods_cell_xml(cell: &OdsCell) -> String {
    match cell {
        OdsCell::Empty => "<table:table-cell/>".to_string(),
        OdsCell::Text(s) => {
            let style = if s.chars().count() > 40 {
                " table:style-name=\"ce_wrap\""
            } else {
                ""
            };
            format!(
                "<table:table-cell{style} office:value-type=\"string\">{}</table:table-cell>",
                ods_paragraphs(s)
            )
        }
        OdsCell::Bold(s) => format!(
            "<table:table-cell table:style-name=\"ce_bold\" office:value-type=\"string\">{}</table:table-cell>",
            ods_paragraphs(s)
        ),
        OdsCell::Float(x) => format!(
            "<table:table-cell office:value-type=\"float\" office:value=\"{x}\">{}</table:table-cell>",
            ods_paragraphs(&display(Val::Num(*x)))
        ),
        OdsCell::Money(x) => format!(
            "<table:table-cell table:style-name=\"ce_money\" office:value-type=\"float\" office:value=\"{x}\">{}</table:table-cell>",
            ods_paragraphs(&display(Val::Money(*x)))
        ),
        OdsCell::Percent(x) => format!(
            "<table:table-cell table:style-name=\"ce_pct\" office:value-type=\"percentage\" office:value=\"{x}\">{}</table:table-cell>",
            ods_paragraphs(&display(Val::Pct(*x)))
        ),
    }
}

const ODS_NS: &str = concat!(
    "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" ",
    "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" ",
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" ",
    "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" ",
    "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" ",
    "xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\""
);

fn ods_content(tables: &[OdsTable]) -> String {
    // One column style per distinct width (in millimetres).
    let mut widths_mm: Vec<u32> = vec![25];
    for t in tables {
        for w in &t.widths_cm {
            let mm = (w * 10.0).round() as u32;
            if !widths_mm.contains(&mm) {
                widths_mm.push(mm);
            }
        }
    }
    widths_mm.sort_unstable();

    let mut x = String::new();
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        x,
        "<office:document-content {ODS_NS} office:version=\"1.3\">"
    );
    x.push_str("<office:automatic-styles>\n");
    for mm in &widths_mm {
        let _ = writeln!(
            x,
            "<style:style style:name=\"co{mm}\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"{}cm\"/></style:style>",
            f64::from(*mm) / 10.0
        );
    }
    x.push_str(concat!(
        "<number:number-style style:name=\"N_MONEY\"><number:number number:decimal-places=\"2\" number:min-decimal-places=\"2\" number:min-integer-digits=\"1\" number:grouping=\"true\"/><number:text> zł</number:text></number:number-style>\n",
        "<number:percentage-style style:name=\"N_PCT\"><number:number number:decimal-places=\"2\" number:min-decimal-places=\"2\" number:min-integer-digits=\"1\"/><number:text>%</number:text></number:percentage-style>\n",
        "<style:style style:name=\"ce_bold\" style:family=\"table-cell\"><style:text-properties fo:font-weight=\"bold\"/></style:style>\n",
        "<style:style style:name=\"ce_wrap\" style:family=\"table-cell\"><style:table-cell-properties fo:wrap-option=\"wrap\"/></style:style>\n",
        "<style:style style:name=\"ce_money\" style:family=\"table-cell\" style:data-style-name=\"N_MONEY\"/>\n",
        "<style:style style:name=\"ce_pct\" style:family=\"table-cell\" style:data-style-name=\"N_PCT\"/>\n",
    ));
    x.push_str("</office:automatic-styles>\n<office:body>\n<office:spreadsheet>\n");
    for t in tables {
        let _ = writeln!(x, "<table:table table:name=\"{}\">", xml_escape(&t.name));
        let ncols = t
            .rows
            .iter()
            .map(Vec::len)
            .max()
            .unwrap_or(0)
            .max(t.widths_cm.len())
            .max(1);
        for c in 0..ncols {
            let mm = t.widths_cm.get(c).map_or(25, |w| (w * 10.0).round() as u32);
            let _ = writeln!(x, "<table:table-column table:style-name=\"co{mm}\"/>");
        }
        for row in &t.rows {
            x.push_str("<table:table-row>");
            if row.is_empty() {
                x.push_str("<table:table-cell/>");
            }
            for cell in row {
                x.push_str(&ods_cell_xml(cell));
            }
            x.push_str("</table:table-row>\n");
        }
        x.push_str("</table:table>\n");
    }
    x.push_str("</office:spreadsheet>\n</office:body>\n</office:document-content>\n");
    x
}

fn ods_meta(title: &str) -> String {
    format!(
        concat!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
            "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" ",
            "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" ",
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\">",
            "<office:meta><meta:generator>offerlens make_samples</meta:generator>",
            "<dc:title>{}</dc:title><meta:creation-date>{}T09:00:00</meta:creation-date></office:meta>",
            "</office:document-meta>\n"
        ),
        xml_escape(title),
        AS_OF
    )
}

const ODS_MIME: &str = "application/vnd.oasis.opendocument.spreadsheet";

const ODS_MANIFEST: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
    "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">\n",
    " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>\n",
    " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n",
    " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n",
    "</manifest:manifest>\n"
);

fn zip_options(method: CompressionMethod) -> SimpleFileOptions {
    SimpleFileOptions::default()
        .compression_method(method)
        .last_modified_time(zip_time())
        .system(zip::System::Unix)
        .unix_permissions(0o644)
}

/// Writes an ODS file: `mimetype` first and stored, then the manifest, content and meta.
fn write_ods(path: &Path, title: &str, tables: &[OdsTable]) -> Result<()> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    zip.start_file("mimetype", zip_options(CompressionMethod::Stored))?;
    zip.write_all(ODS_MIME.as_bytes())?;
    let deflated = zip_options(CompressionMethod::Deflated);
    zip.start_file("META-INF/manifest.xml", deflated)?;
    zip.write_all(ODS_MANIFEST.as_bytes())?;
    zip.start_file("content.xml", deflated)?;
    zip.write_all(ods_content(tables).as_bytes())?;
    zip.start_file("meta.xml", deflated)?;
    zip.write_all(ods_meta(title).as_bytes())?;
    let bytes = zip.finish()?.into_inner();
    write_file(path, &bytes)
}

// =============================================================================================
// xlsx helpers
// =============================================================================================

struct Formats {
    title: Format,
    bold: Format,
    header: Format,
    money: Format,
    pct: Format,
    wrap: Format,
}

fn formats() -> Formats {
    Formats {
        title: Format::new().set_bold().set_font_size(14),
        bold: Format::new().set_bold(),
        header: Format::new()
            .set_bold()
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            .set_background_color(0xD9E1F2)
            .set_border_bottom(FormatBorder::Thin),
        money: Format::new().set_num_format("#,##0.00 \"zł\""),
        pct: Format::new().set_num_format("0.00%"),
        wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
    }
}

fn new_workbook(title: &str) -> Result<Workbook> {
    let mut wb = Workbook::new();
    let props = DocProperties::new()
        .set_title(title)
        .set_author("offerlens make_samples")
        .set_creation_datetime(&creation_time()?);
    wb.set_properties(&props);
    Ok(wb)
}

fn write_val(ws: &mut Worksheet, row: u32, col: u16, v: Val, f: &Formats) -> Result<()> {
    match v {
        // An answer left empty is an empty cell, not an empty string.
        Val::Text("") => return Ok(()),
        Val::Text(s) if s.chars().count() > 40 => {
            ws.write_string_with_format(row, col, s, &f.wrap)?
        }
        Val::Text(s) => ws.write_string(row, col, s)?,
        Val::Num(x) => ws.write_number(row, col, x)?,
        Val::Money(x) => ws.write_number_with_format(row, col, x, &f.money)?,
        Val::Pct(x) => ws.write_number_with_format(row, col, x, &f.pct)?,
    };
    Ok(())
}

/// A header row and one offer per row, from (`top`, `left`); returns the first data row.
fn write_offer_rows<const N: usize>(
    ws: &mut Worksheet,
    top: u32,
    left: u16,
    offers: &[Row<N>],
    f: &Formats,
) -> Result<u32>
where
    Row<N>: Columns,
{
    ws.write_string_with_format(top, left, VENDOR, &f.header)?;
    for (i, h) in Row::<N>::HEADERS.iter().enumerate() {
        ws.write_string_with_format(top, left + 1 + i as u16, *h, &f.header)?;
    }
    for (r, offer) in offers.iter().enumerate() {
        let row = top + 1 + r as u32;
        ws.write_string(row, left, offer.name)?;
        for (i, a) in offer.answers.iter().enumerate() {
            write_val(ws, row, left + 1 + i as u16, a.cell, f)?;
        }
    }
    set_offer_widths(ws, left, N)?;
    Ok(top + 1)
}

/// Widths of the vendor column and `criteria` columns after it.
fn set_offer_widths(ws: &mut Worksheet, left: u16, criteria: usize) -> Result<()> {
    const WIDTHS: [f64; 13] = [
        24.0, 13.0, 12.0, 12.0, 11.0, 13.0, 12.0, 13.0, 11.0, 11.0, 60.0, 12.0, 16.0,
    ];
    for (i, w) in WIDTHS.iter().enumerate() {
        ws.set_column_width(left + i as u16, *w)?;
    }
    // Columns beyond the first version's: yes/no answers and short durations.
    for i in WIDTHS.len()..=criteria {
        ws.set_column_width(left + i as u16, 14.0)?;
    }
    Ok(())
}

fn save(wb: &mut Workbook, path: &Path) -> Result<()> {
    let bytes = wb.save_to_buffer()?;
    write_file(path, &bytes)
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, bytes)?;
    println!("{:>7}  {}", bytes.len(), path.display());
    Ok(())
}

// =============================================================================================
// Samples
// =============================================================================================

const SAMPLE_TITLE: &str = "Porównanie ofert — opieka techniczna strony www";

/// `samples/agencies.xlsx`: title block, header on row 4 from column B, one agency per row;
/// a hidden sheet "Notatki" and a visible sheet "Instrukcja" with no offers.
fn sample_xlsx(offers: &[Agency], path: &Path) -> Result<()> {
    let f = formats();
    let mut wb = new_workbook(SAMPLE_TITLE)?;

    let ws = wb.add_worksheet();
    ws.set_name("Oferty")?;
    ws.write_string_with_format(0, 1, SAMPLE_TITLE, &f.title)?;
    ws.write_string(1, 1, format!("Stan na: {AS_OF}"))?;
    write_offer_rows(ws, 3, 1, offers, &f)?;
    ws.set_column_width(0, 3)?;
    ws.set_row_height(3, 45)?;
    ws.set_freeze_panes(4, 2)?;

    let ws = wb.add_worksheet();
    ws.set_name("Notatki")?;
    ws.set_hidden(true);
    ws.write_string_with_format(0, 0, "Agencja", &f.bold)?;
    ws.write_string_with_format(0, 1, "Notatka z rozmowy handlowej", &f.bold)?;
    let notes = [
        (
            "TaniWeb",
            "Odpowiedź po 4 dniach roboczych; zakres tylko „kompleksowa opieka” — dopytać, co w cenie.",
        ),
        (
            "Agencja Nova",
            "Pytali o infrastrukturę i cele biznesowe — dobry znak. Czas przywrócenia do doprecyzowania.",
        ),
        (
            "Kodex Studio",
            "Najdroższy abonament, ale pełne SLA 24/7 (RTO 2 h, RPO 5 min), WAF i comiesięczne testy odtwarzania.",
        ),
        (
            "Pixel Serwis s.c.",
            "Tanio i rzetelnie, ale kopie tylko co tydzień i przywrócenie do 8 h — w sam raz dla prostej strony.",
        ),
        (
            "Webmaster24",
            "Nie podali czasów reakcji ani gwarantowanej dostępności (brak SLA); ostatnia referencja z 2018 r.",
        ),
    ];
    for (i, (who, note)) in notes.iter().enumerate() {
        ws.write_string(1 + i as u32, 0, *who)?;
        ws.write_string(1 + i as u32, 1, *note)?;
    }
    ws.set_column_width(0, 18)?;
    ws.set_column_width(1, 90)?;

    let ws = wb.add_worksheet();
    ws.set_name("Instrukcja")?;
    let lines = [
        "Jak wypełnić arkusz „Oferty”",
        "1. Każda agencja w osobnym wierszu, nazwa w kolumnie „Agencja”.",
        "2. Kwoty wpisuj netto, w złotych za miesiąc.",
        "3. Czasy reakcji i przywrócenia podawaj z jednostką (min, h, dni).",
        "4. Dostępność w procentach, np. 99,9 %.",
        "5. Pusta komórka albo „brak” oznacza brak danych.",
    ];
    for (i, line) in lines.iter().enumerate() {
        if i == 0 {
            ws.write_string_with_format(0, 0, *line, &f.bold)?;
        } else {
            ws.write_string(i as u32, 0, *line)?;
        }
    }
    ws.set_column_width(0, 70)?;

    save(&mut wb, path)
}

/// `samples/comparison.ods`: one offer per column, criteria down column A.
fn transposed_table<const N: usize>(name: &str, offers: &[Row<N>]) -> OdsTable
where
    Row<N>: Columns,
{
    let mut rows = Vec::new();
    let mut top = vec![OdsCell::Bold("Kryterium".to_string())];
    top.extend(offers.iter().map(|o| OdsCell::Bold(o.name.to_string())));
    rows.push(top);
    for (i, h) in Row::<N>::HEADERS.iter().enumerate() {
        let mut row = vec![OdsCell::Bold(h.to_string())];
        row.extend(offers.iter().map(|o| OdsCell::from(o.answers[i].cell)));
        rows.push(row);
    }
    let mut widths_cm = vec![7.5];
    widths_cm.extend(offers.iter().map(|_| 5.0));
    OdsTable {
        name: name.to_string(),
        widths_cm,
        rows,
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Xlsx,
    Ods,
}

/// How one agency filled in its questionnaire.
struct Questionnaire {
    agency: &'static str,
    file: &'static str,
    kind: Kind,
    /// Whether the "Agencja:" row is there; without it the name comes from the file name.
    name_row: bool,
    /// The agency typed every answer as text (as in the CSV) rather than as numbers.
    typed_as_text: bool,
    /// An answer left empty.
    blank: Option<usize>,
    remarks: &'static [(usize, &'static str)],
}

const QUESTIONNAIRE_TITLE: &str = "Kwestionariusz oferty — opieka techniczna";

fn questionnaires() -> Vec<Questionnaire> {
    vec![
        Questionnaire {
            agency: "WebOpieka Sp. z o.o.",
            file: "webopieka.xlsx",
            kind: Kind::Xlsx,
            name_row: true,
            typed_as_text: true,
            blank: None,
            remarks: &[
                (P1, "dyżur 24/7, także w weekendy"),
                (SCOPE, "szczegóły w załączniku nr 1"),
                (RPO, "kopia bazy danych co 15 min"),
            ],
        },
        Questionnaire {
            agency: "Pixel Serwis s.c.",
            file: "pixel-serwis.ods",
            kind: Kind::Ods,
            name_row: true,
            typed_as_text: true,
            blank: None,
            remarks: &[(RTO, "w dni robocze")],
        },
        Questionnaire {
            agency: "TaniWeb",
            file: "taniweb.xlsx",
            kind: Kind::Xlsx,
            name_row: true,
            typed_as_text: false,
            // The CSV says "brak" here, and so does the questionnaire: none, 0 hours.
            blank: None,
            remarks: &[
                (HOURS, "godziny rozliczane osobno"),
                (SCOPE, "wszystko, czego potrzeba"),
            ],
        },
        Questionnaire {
            agency: "Kodex Studio",
            file: "kodex-studio.ods",
            kind: Kind::Ods,
            name_row: true,
            typed_as_text: false,
            blank: None,
            remarks: &[
                (P1, "również w weekendy i święta"),
                (FEE, "umowa na 12 miesięcy"),
                (RPO, "replikacja bazy danych na serwer zapasowy"),
            ],
        },
        Questionnaire {
            agency: "Agencja Nova",
            file: "agencja-nova.xlsx",
            kind: Kind::Xlsx,
            name_row: true,
            typed_as_text: false,
            blank: None,
            remarks: &[
                (RTO, "zależnie od rodzaju awarii"),
                (WEEKEND, "w weekendy tylko awarie krytyczne"),
            ],
        },
        Questionnaire {
            agency: "SiteCare Polska",
            file: "sitecare-polska.xlsx",
            kind: Kind::Xlsx,
            name_row: true,
            typed_as_text: false,
            blank: None,
            remarks: &[
                (UPTIME, "mierzona miesięcznie"),
                (HOURS, "niewykorzystane przechodzą na kolejny miesiąc"),
                (AUDIT, "dni robocze od podpisania umowy"),
            ],
        },
        Questionnaire {
            agency: "Webmaster24",
            file: "Webmaster24.ods",
            kind: Kind::Ods,
            name_row: false,
            typed_as_text: false,
            blank: None,
            remarks: &[
                (P1, "reagujemy najszybciej, jak się da"),
                (UPTIME, "nie gwarantujemy dostępności"),
                (REF_YEAR, "kolejne wdrożenia w toku"),
            ],
        },
    ]
}

/// The rows of a questionnaire: title, optional "Agencja:" row, empty row, header, answers.
fn questionnaire_rows<const N: usize>(q: &Questionnaire, offer: &Row<N>) -> Vec<Vec<QCell>>
where
    Row<N>: Columns,
{
    let mut rows: Vec<Vec<QCell>> = vec![vec![QCell::Title(QUESTIONNAIRE_TITLE)]];
    if q.name_row {
        rows.push(vec![
            QCell::Bold("Agencja:"),
            QCell::Val(Val::Text(offer.name)),
        ]);
    }
    rows.push(vec![]);
    rows.push(vec![
        QCell::Header("Pytanie"),
        QCell::Header("Odpowiedź"),
        QCell::Header("Uwagi"),
    ]);
    for (i, question) in Row::<N>::HEADERS.iter().enumerate() {
        let answer = if q.blank == Some(i) {
            QCell::Empty
        } else if q.typed_as_text {
            QCell::Val(Val::Text(offer.answers[i].text))
        } else {
            QCell::Val(offer.answers[i].cell)
        };
        let remark = q
            .remarks
            .iter()
            .find(|(c, _)| *c == i)
            .map_or(QCell::Empty, |(_, r)| QCell::Val(Val::Text(r)));
        rows.push(vec![QCell::Val(Val::Text(question)), answer, remark]);
    }
    rows
}

/// A questionnaire cell before it is written as xlsx or ods.
enum QCell {
    Empty,
    Title(&'static str),
    Bold(&'static str),
    Header(&'static str),
    Val(Val),
}

fn questionnaire_xlsx(rows: &[Vec<QCell>], path: &Path) -> Result<()> {
    let f = formats();
    let mut wb = new_workbook(QUESTIONNAIRE_TITLE)?;
    let ws = wb.add_worksheet();
    ws.set_name("Kwestionariusz")?;
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            match cell {
                QCell::Empty => {}
                QCell::Title(s) => {
                    ws.write_string_with_format(r, c, *s, &f.title)?;
                }
                QCell::Bold(s) => {
                    ws.write_string_with_format(r, c, *s, &f.bold)?;
                }
                QCell::Header(s) => {
                    ws.write_string_with_format(r, c, *s, &f.header)?;
                }
                QCell::Val(v) => write_val(ws, r, c, *v, &f)?,
            }
        }
    }
    ws.set_column_width(0, 40)?;
    ws.set_column_width(1, 60)?;
    ws.set_column_width(2, 40)?;
    save(&mut wb, path)
}

fn questionnaire_ods(rows: &[Vec<QCell>], path: &Path) -> Result<()> {
    let rows = rows
        .iter()
        .map(|row| {
            row.iter()
                .map(|cell| match cell {
                    QCell::Empty => OdsCell::Empty,
                    QCell::Title(s) | QCell::Bold(s) | QCell::Header(s) => {
                        OdsCell::Bold(s.to_string())
                    }
                    QCell::Val(v) => OdsCell::from(*v),
                })
                .collect()
        })
        .collect();
    let table = OdsTable {
        name: "Kwestionariusz".to_string(),
        widths_cm: vec![8.0, 11.0, 8.0],
        rows,
    };
    write_ods(path, QUESTIONNAIRE_TITLE, &[table])
}

fn samples() -> Result<()> {
    let offers = agencies();
    check_against_csv(&offers)?;
    sample_xlsx(&offers, Path::new("samples/agencies.xlsx"))?;
    write_ods(
        Path::new("samples/comparison.ods"),
        SAMPLE_TITLE,
        &[transposed_table("Porównanie", &offers)],
    )?;
    for q in questionnaires() {
        let offer = offers
            .iter()
            .find(|o| o.name == q.agency)
            .ok_or("questionnaire for an unknown agency")?;
        let rows = questionnaire_rows(&q, offer);
        let path = Path::new("samples/questionnaires").join(q.file);
        match q.kind {
            Kind::Xlsx => questionnaire_xlsx(&rows, &path)?,
            Kind::Ods => questionnaire_ods(&rows, &path)?,
        }
    }
    Ok(())
}

// =============================================================================================
// Fixtures: one quirk per file
// =============================================================================================

const FIXTURES: &str = "tests/fixtures";

/// Three small offers shared by the fixtures.
fn fixture_offers() -> Vec<Offer> {
    vec![
        Offer {
            name: "Alfa Serwis",
            answers: [
                money("1 000 zł", 1000.0),
                money("120 zł", 120.0),
                num("16", 16.0),
                t("15 min"),
                t("4 h"),
                pct("99,9 %", 0.999),
                t("codziennie"),
                t("tak"),
                t("tak"),
                t("aktualizacje, kopie codzienne, monitoring 24/7, raport miesięczny"),
                num("2025", 2025.0),
                num("1", 1.0),
            ],
        },
        Offer {
            name: "Beta Web",
            answers: [
                money("800 zł", 800.0),
                money("100 zł", 100.0),
                num("8", 8.0),
                t("1 h"),
                t("8 h"),
                pct("99,5 %", 0.995),
                t("co tydzień"),
                t("tak"),
                t("nie"),
                t("aktualizacje, kopie tygodniowe"),
                num("2023", 2023.0),
                num("2", 2.0),
            ],
        },
        Offer {
            name: "Gamma Studio",
            answers: [
                money("1 300 zł", 1300.0),
                money("150 zł", 150.0),
                num("20", 20.0),
                t("30 min"),
                t("2 h"),
                pct("99,95 %", 0.9995),
                t("co godzinę"),
                t("tak"),
                t("tak"),
                t("aktualizacje, kopie co godzinę, WAF, testy odtwarzania"),
                num("2026", 2026.0),
                num("1", 1.0),
            ],
        },
    ]
}

/// Delimited text: fields quoted when they hold the delimiter, a quote or a line break.
fn delimited(rows: &[Vec<String>], delimiter: char, eol: &str) -> String {
    let mut out = String::new();
    for row in rows {
        let fields: Vec<String> = row
            .iter()
            .map(|f| {
                if f.contains(delimiter) || f.contains('"') || f.contains('\n') || f.contains('\r')
                {
                    format!("\"{}\"", f.replace('"', "\"\""))
                } else {
                    f.clone()
                }
            })
            .collect();
        out.push_str(&fields.join(&delimiter.to_string()));
        out.push_str(eol);
    }
    out
}

/// Header and rows as the CSV texts of the offers.
fn text_rows(offers: &[Offer]) -> Vec<Vec<String>> {
    let mut rows = vec![
        std::iter::once(VENDOR)
            .chain(CRITERIA)
            .map(str::to_string)
            .collect::<Vec<_>>(),
    ];
    for o in offers {
        rows.push(
            std::iter::once(o.name)
                .chain(o.answers.iter().map(|a| a.text))
                .map(str::to_string)
                .collect(),
        );
    }
    rows
}

fn fixture_path(name: &str) -> std::path::PathBuf {
    Path::new(FIXTURES).join(name)
}

fn split(line: &str) -> Vec<String> {
    line.split('|').map(str::to_string).collect()
}

fn text_fixtures(offers: &[Offer]) -> Result<()> {
    let header: Vec<String> = std::iter::once(VENDOR)
        .chain(CRITERIA)
        .map(str::to_string)
        .collect();

    // Windows-1250, ';', CRLF, decimal commas, a non-breaking space as thousands separator.
    let rows = vec![
        header.clone(),
        split(
            "Alfa Łódź Sp. z o.o.|1 000,50 zł|120,00 zł|16|15 min|4 h|99,9 %|codziennie|tak|tak|aktualizacje, kopie codzienne, monitoring 24/7|2025|1",
        ),
        split(
            "Beta Śląsk|799,99 zł|99,50 zł|8,5|1 godz.|8 godz.|99,5 %|co tydzień|tak|nie|aktualizacje wtyczek, kopie tygodniowe|2023|2",
        ),
        split(
            "Gamma Żoliborz|1\u{a0}300,00 zł|150,00 zł|20|30 min|2 h|99,95 %|co godzinę|tak|tak|aktualizacje, kopie co godzinę, WAF, testy odtwarzania|2026|1",
        ),
    ];
    let text = delimited(&rows, ';', "\r\n");
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1250.encode(&text);
    if unmappable {
        return Err("decimal_comma_cp1250.csv: text not representable in Windows-1250".into());
    }
    write_file(&fixture_path("decimal_comma_cp1250.csv"), &bytes)?;

    // UTF-8 with a BOM, ',' and decimal points (an English-locale export).
    let rows = vec![
        header.clone(),
        split(
            "Alfa Serwis|1000.50 PLN|120 PLN|16|15 min|4 h|99.9%|codziennie|tak|tak|aktualizacje, kopie codzienne, monitoring 24/7, raport miesięczny|2025|1",
        ),
        split(
            "Beta Web|799.99 PLN|99.50 PLN|8.5|1 h|8 h|99.5%|co tydzień|tak|nie|aktualizacje, kopie tygodniowe|2023|2",
        ),
        split(
            "Gamma Studio|1300.00 PLN|150 PLN|20|30 min|2 h|99.95%|co godzinę|tak|tak|aktualizacje, kopie co godzinę, WAF, testy odtwarzania|2026|1",
        ),
    ];
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(delimited(&rows, ',', "\n").as_bytes());
    write_file(&fixture_path("utf8_bom_comma.csv"), &bytes)?;

    // Tabs.
    write_file(
        &fixture_path("tab_delimited.tsv"),
        delimited(&text_rows(offers), '\t', "\n").as_bytes(),
    )?;

    // A quoted scope with line breaks in it (Alt+Enter in Excel).
    let mut rows = text_rows(offers);
    rows[1][1 + SCOPE] =
        "- aktualizacje WordPressa i wtyczek\n- kopie codzienne (30 dni)\n- monitoring 24/7"
            .to_string();
    write_file(
        &fixture_path("quoted_newlines.csv"),
        delimited(&rows, ';', "\n").as_bytes(),
    )?;

    // One row with a field more than the header.
    let mut rows = text_rows(offers);
    rows[2].push("cena promocyjna do końca roku".to_string());
    write_file(
        &fixture_path("ragged_rows.csv"),
        delimited(&rows, ';', "\n").as_bytes(),
    )?;

    // CSV text under an .xlsx name.
    write_file(
        &fixture_path("extension_lies.xlsx"),
        delimited(&text_rows(&offers[..2]), ';', "\n").as_bytes(),
    )?;
    Ok(())
}

#[allow(
    clippy::too_many_lines,
    reason = "one small fixture workbook after another"
)]
fn workbook_fixtures(offers: &[Offer]) -> Result<()> {
    let f = formats();

    // Title block: header on row 4 from column B.
    let mut wb = new_workbook("title_block")?;
    let ws = wb.add_worksheet();
    ws.set_name("Oferty")?;
    ws.write_string_with_format(0, 1, SAMPLE_TITLE, &f.title)?;
    ws.write_string(1, 1, format!("Stan na: {AS_OF}"))?;
    write_offer_rows(ws, 3, 1, offers, &f)?;
    save(&mut wb, &fixture_path("title_block.xlsx"))?;

    // A questionnaire with no "Agencja:" row (Alfa's answers).
    let q = Questionnaire {
        agency: "Alfa Serwis",
        file: "questionnaire_no_name.xlsx",
        kind: Kind::Xlsx,
        name_row: false,
        typed_as_text: false,
        blank: None,
        remarks: &[],
    };
    let rows = questionnaire_rows(&q, &offers[0]);
    questionnaire_xlsx(&rows, &fixture_path(q.file))?;

    // A formula with its cached result.
    let mut wb = new_workbook("formula_cached")?;
    let ws = wb.add_worksheet();
    ws.set_name("Oferty")?;
    write_offer_rows(ws, 0, 0, offers, &f)?;
    ws.write_formula_with_format(
        1,
        FEE as u16 + 1,
        Formula::new("=12*1000/12").set_result("1000"),
        &f.money,
    )?;
    save(&mut wb, &fixture_path("formula_cached.xlsx"))?;

    // The same formula with no saved result at all (no <v> element), as written by tools that
    // do not calculate.
    let mut wb = new_workbook("formula_uncached")?;
    let ws = wb.add_worksheet();
    ws.set_name("Oferty")?;
    write_offer_rows(ws, 0, 0, offers, &f)?;
    ws.write_formula_with_format(
        1,
        FEE as u16 + 1,
        Formula::new("=12*1000/12").set_result(NO_RESULT),
        &f.money,
    )?;
    let bytes = drop_formula_result(&wb.save_to_buffer()?)?;
    write_file(&fixture_path("formula_uncached.xlsx"), &bytes)?;

    // Error values in answer cells.
    let mut wb = new_workbook("error_cells")?;
    let ws = wb.add_worksheet();
    ws.set_name("Oferty")?;
    write_offer_rows(ws, 0, 0, offers, &f)?;
    ws.write_formula_with_format(
        2,
        UPTIME as u16 + 1,
        Formula::new("=NA()").set_result("#N/A"),
        &f.pct,
    )?;
    ws.write_formula_with_format(
        3,
        RATE as u16 + 1,
        Formula::new("=1300/0").set_result("#DIV/0!"),
        &f.money,
    )?;
    save(&mut wb, &fixture_path("error_cells.xlsx"))?;

    // A two-row header: group labels merged across columns, "Agencja" merged over two rows.
    let mut wb = new_workbook("merged_header")?;
    let ws = wb.add_worksheet();
    ws.set_name("Oferty")?;
    write_offer_rows(ws, 1, 0, offers, &f)?;
    ws.merge_range(0, 0, 1, 0, VENDOR, &f.header)?;
    ws.merge_range(0, 1, 0, 3, "Cena", &f.header)?;
    ws.merge_range(0, 4, 0, 6, "SLA", &f.header)?;
    ws.merge_range(0, 7, 0, 10, "Obsługa", &f.header)?;
    ws.merge_range(0, 11, 0, 12, "Referencje i kontakt", &f.header)?;
    save(&mut wb, &fixture_path("merged_header.xlsx"))?;

    // Offers on a visible sheet; older offers with the same headers on a hidden sheet in front.
    let mut wb = new_workbook("hidden_sheet")?;
    let ws = wb.add_worksheet();
    ws.set_name("Archiwum 2024")?;
    let archived = [
        Offer {
            name: "Delta Web",
            ..clone_offer(&offers[1])
        },
        Offer {
            name: "Epsilon IT",
            ..clone_offer(&offers[0])
        },
    ];
    write_offer_rows(ws, 0, 0, &archived, &f)?;
    ws.set_hidden(true);
    let ws = wb.add_worksheet();
    ws.set_name("Oferty")?;
    write_offer_rows(ws, 0, 0, offers, &f)?;
    ws.set_active(true);
    save(&mut wb, &fixture_path("hidden_sheet.xlsx"))?;

    // A real date for the latest reference and a time of day for the P1 response.
    let mut wb = new_workbook("dates_and_times")?;
    let ws = wb.add_worksheet();
    ws.set_name("Oferty")?;
    write_offer_rows(ws, 0, 0, offers, &f)?;
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let time = Format::new().set_num_format("h:mm");
    ws.write_datetime_with_format(1, P1 as u16 + 1, ExcelDateTime::from_hms(0, 15, 0)?, &time)?;
    ws.write_datetime_with_format(
        1,
        REF_YEAR as u16 + 1,
        ExcelDateTime::from_ymd(2023, 5, 1)?,
        &date,
    )?;
    save(&mut wb, &fixture_path("dates_and_times.xlsx"))?;

    // Numbers stored as text (Text-formatted cells).
    let mut wb = new_workbook("numbers_as_text")?;
    let ws = wb.add_worksheet();
    ws.set_name("Oferty")?;
    write_offer_rows(ws, 0, 0, offers, &f)?;
    let text = Format::new().set_num_format("@");
    let as_text: [[&str; 5]; 3] = [
        ["1 200,50", "120", "16", "2025", "1"],
        ["799,99", "100", "8", "2023", "2"],
        ["1 300", "150", "20", "2026", "1"],
    ];
    for (r, values) in as_text.iter().enumerate() {
        for (col, v) in [FEE, RATE, HOURS, REF_YEAR, INQUIRY].iter().zip(values) {
            ws.write_string_with_format(1 + r as u32, *col as u16 + 1, *v, &text)?;
        }
    }
    save(&mut wb, &fixture_path("numbers_as_text.xlsx"))?;

    // One offer per column.
    write_ods(
        &fixture_path("transposed.ods"),
        "transposed",
        &[transposed_table("Porównanie", offers)],
    )?;
    Ok(())
}

fn clone_offer(o: &Offer) -> Offer {
    Offer {
        name: o.name,
        answers: o.answers,
    }
}

/// Placeholder result replaced by "no result" in `formula_uncached.xlsx`.
const NO_RESULT: &str = "OFFERLENS_NO_RESULT";

/// Rewrites an xlsx so the formula whose result is `NO_RESULT` has no `<v>` at all.
fn drop_formula_result(xlsx: &[u8]) -> Result<Vec<u8>> {
    let mut archive = ZipArchive::new(Cursor::new(xlsx))?;
    let mut out = ZipWriter::new(Cursor::new(Vec::new()));
    let mut replaced = false;
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i)?;
        let name = entry.name()?.to_string();
        if name.starts_with("xl/worksheets/") {
            let mut xml = String::new();
            entry.read_to_string(&mut xml)?;
            let marker = format!(" t=\"str\"><f>12*1000/12</f><v>{NO_RESULT}</v>");
            if xml.contains(&marker) {
                xml = xml.replace(&marker, "><f>12*1000/12</f>");
                replaced = true;
            }
            // Same options as rust_xlsxwriter's own entries.
            let options = SimpleFileOptions::default()
                .compression_method(CompressionMethod::Deflated)
                .last_modified_time(zip::DateTime::default())
                .system(zip::System::Unix)
                .unix_permissions(0o644);
            out.start_file(name, options)?;
            out.write_all(xml.as_bytes())?;
        } else {
            out.raw_copy_file(entry)?;
        }
    }
    if !replaced {
        return Err("formula_uncached.xlsx: the formula cell was not found".into());
    }
    Ok(out.finish()?.into_inner())
}

fn fixtures() -> Result<()> {
    let offers = fixture_offers();
    text_fixtures(&offers)?;
    workbook_fixtures(&offers)
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mut want_samples, mut want_fixtures) = (true, true);
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        [] => {}
        ["--samples"] => want_fixtures = false,
        ["--fixtures"] => want_samples = false,
        _ => {
            return Err(
                "usage: cargo run --example make_samples [-- --samples | --fixtures]".into(),
            );
        }
    }
    if !Path::new("samples/agencies.csv").is_file() {
        return Err("run from the crate root (samples/agencies.csv not found)".into());
    }
    if want_samples {
        samples()?;
    }
    if want_fixtures {
        fixtures()?;
    }
    Ok(())
}
