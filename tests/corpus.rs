//! The corpus: answers as Polish (and some English) agencies and buyers really write them, each
//! with the reading the buyer means, read with the built-in SME profile. The goal: at least
//! 95 % read as meant, and no silent misread — a value other than the one meant with no
//! warning or error at its cell. Grow it whenever a new phrasing turns up. Headers as people
//! write them have their own corpus in `headers.rs`.

use offerlens::analysis::Analysis;
use offerlens::issue::Severity;
use offerlens::normalize::Value;
use rust_decimal::Decimal;

use crate::common::{analysis_of_csv, profile};

/// What the buyer means by a cell.
#[derive(Debug, Clone, Copy)]
enum Want {
    /// This number, in the criterion's unit and period (net PLN a month, minutes, days…).
    N(&'static str),
    /// This number, with a warning at the cell (a reading to check).
    WarnN(&'static str),
    /// Yes or no.
    B(bool),
    /// This key of the criterion's choices.
    C(&'static str),
    /// No answer, and nothing to say about it.
    Blank,
    /// No value, with a warning at the cell ("natychmiast").
    WarnBlank,
    /// Not readable: an error at the cell.
    Refused,
}

use Want::{B, Blank, C, N, Refused, WarnBlank, WarnN};

/// (criterion id, the cell as written, what it means).
const CORPUS: &[(&str, &str, Want)] = &[
    // Monthly fee: net PLN a month.
    ("monthly_fee", "1200", N("1200")),
    ("monthly_fee", "1 200 zł", N("1200")),
    ("monthly_fee", "1 200,00 zł", N("1200")),
    ("monthly_fee", "1.200 zł", N("1200")),
    ("monthly_fee", "1200 PLN", N("1200")),
    ("monthly_fee", "PLN 1200", N("1200")),
    ("monthly_fee", "1200,- zł", N("1200")),
    ("monthly_fee", "1200 złotych", N("1200")),
    ("monthly_fee", "1200.00", N("1200")),
    ("monthly_fee", "1\u{a0}200\u{a0}zł", N("1200")),
    ("monthly_fee", "1 200 zł netto", N("1200")),
    ("monthly_fee", "1200 zł netto / mies.", N("1200")),
    ("monthly_fee", "1 200 zł/mc", N("1200")),
    ("monthly_fee", "1200 zł/miesiąc", N("1200")),
    ("monthly_fee", "1200 zł / m-c", N("1200")),
    ("monthly_fee", "1200 zł miesięcznie", N("1200")),
    ("monthly_fee", "1 200 zł netto miesięcznie", N("1200")),
    ("monthly_fee", "1 200 PLN per month", N("1200")),
    ("monthly_fee", "1200 PLN monthly", N("1200")),
    ("monthly_fee", "1 200 zł + VAT", N("1200")),
    ("monthly_fee", "1200 + 23% VAT", N("1200")),
    ("monthly_fee", "1 200 zł netto + VAT", N("1200")),
    ("monthly_fee", "1200 zł bez VAT", N("1200")),
    ("monthly_fee", "1476 zł brutto", N("1200")),
    ("monthly_fee", "1 476,00 zł z VAT", N("1200")),
    ("monthly_fee", "1476 PLN gross", N("1200")),
    ("monthly_fee", "1476 zł brutto/mies.", N("1200")),
    ("monthly_fee", "14 400 zł rocznie", N("1200")),
    ("monthly_fee", "14400 zł/rok", N("1200")),
    ("monthly_fee", "14 400 zł netto za rok", N("1200")),
    ("monthly_fee", "14 400 PLN per year", N("1200")),
    ("monthly_fee", "3 600 zł / kwartał", N("1200")),
    ("monthly_fee", "3600 zł kwartalnie", N("1200")),
    ("monthly_fee", "9 600 zł za 8 miesięcy", N("1200")),
    ("monthly_fee", "7 200 zł na pół roku", N("1200")),
    ("monthly_fee", "1,2 tys. zł", N("1200")),
    ("monthly_fee", "ok. 1200 zł", N("1200")),
    ("monthly_fee", "1000-1200 zł", N("1200")),
    ("monthly_fee", "1 000 – 1 200 zł netto", N("1200")),
    ("monthly_fee", "od 1 200 zł", WarnN("1200")),
    ("monthly_fee", "1 200 zł (promocja)", N("1200")),
    ("monthly_fee", "1200 zł za pakiet", N("1200")),
    ("monthly_fee", "150 zł/h", WarnN("150")),
    ("monthly_fee", "300 EUR", Refused),
    ("monthly_fee", "$300", Refused),
    ("monthly_fee", "do uzgodnienia", Refused),
    ("monthly_fee", "brak", Blank),
    ("monthly_fee", "-", Blank),
    // Prices do not come with three decimals: the comma groups thousands.
    ("monthly_fee", "1,234 zł", N("1234")),
    // Hourly rate: net PLN an hour.
    ("hourly_rate", "150", N("150")),
    ("hourly_rate", "150 zł/h", N("150")),
    ("hourly_rate", "150 zł za godzinę", N("150")),
    ("hourly_rate", "150 zł/rbh", N("150")),
    ("hourly_rate", "150 PLN netto/h", N("150")),
    ("hourly_rate", "150 zł za roboczogodzinę", N("150")),
    ("hourly_rate", "150 zł / godz.", N("150")),
    ("hourly_rate", "150 PLN per hour", N("150")),
    ("hourly_rate", "184,50 zł brutto/h", N("150")),
    ("hourly_rate", "150,00 zł", N("150")),
    ("hourly_rate", "120-150 zł/h", N("150")),
    ("hourly_rate", "1200 zł/mies.", WarnN("1200")),
    ("hourly_rate", "brak", Blank),
    // Hours included: hours a month, more is better.
    ("hours_included", "10", N("10")),
    ("hours_included", "10 h", N("10")),
    ("hours_included", "10h", N("10")),
    ("hours_included", "10 godzin", N("10")),
    ("hours_included", "10 godz.", N("10")),
    ("hours_included", "10 h/mies.", N("10")),
    ("hours_included", "10 godzin miesięcznie", N("10")),
    ("hours_included", "10 h w miesiącu", N("10")),
    ("hours_included", "120 h rocznie", N("10")),
    ("hours_included", "120 h/rok", N("10")),
    ("hours_included", "30 h / kwartał", N("10")),
    ("hours_included", "600 min", N("10")),
    ("hours_included", "ok. 10 h", N("10")),
    ("hours_included", "10-12 h", N("10")),
    ("hours_included", "do 10 h", WarnN("10")),
    ("hours_included", "min. 10 h", N("10")),
    ("hours_included", "brak", N("0")),
    ("hours_included", "0", N("0")),
    ("hours_included", "none", N("0")),
    ("hours_included", "nielimitowane", WarnN("744")),
    ("hours_included", "dziesięć godzin", N("10")),
    ("hours_included", "nie dotyczy", Blank),
    // P1 response: minutes.
    ("p1_response", "15 min", N("15")),
    ("p1_response", "15 minut", N("15")),
    ("p1_response", "15", N("15")),
    ("p1_response", "do 15 min", N("15")),
    ("p1_response", "w ciągu 15 minut", N("15")),
    ("p1_response", "max. 15 min", N("15")),
    ("p1_response", "maks. 15 min.", N("15")),
    ("p1_response", "< 15 min", N("15")),
    ("p1_response", "≤ 30 min", N("30")),
    ("p1_response", "0,25 h", N("15")),
    ("p1_response", "kwadrans", N("15")),
    ("p1_response", "pół godziny", N("30")),
    ("p1_response", "30 min", N("30")),
    ("p1_response", "0:30", N("30")),
    ("p1_response", "00:30:00", N("30")),
    ("p1_response", "1 h", N("60")),
    ("p1_response", "1h", N("60")),
    ("p1_response", "1 godz.", N("60")),
    ("p1_response", "1 godzina", N("60")),
    ("p1_response", "godzina", N("60")),
    ("p1_response", "w ciągu godziny", N("60")),
    ("p1_response", "60", N("60")),
    ("p1_response", "1h (24/7)", N("60")),
    ("p1_response", "1 h 24/7", N("60")),
    ("p1_response", "1 h całodobowo", N("60")),
    ("p1_response", "30 min (pn-pt 8-16)", N("30")),
    ("p1_response", "30 min, pon.–pt. 9:00–17:00", N("30")),
    ("p1_response", "15 min w godzinach pracy", N("15")),
    ("p1_response", "4 h w dni robocze", N("240")),
    (
        "p1_response",
        "1 h w godzinach pracy, 4 h poza godzinami pracy",
        N("240"),
    ),
    ("p1_response", "2 h", N("120")),
    ("p1_response", "2 godziny", N("120")),
    ("p1_response", "dwie godziny", N("120")),
    ("p1_response", "trzy godziny", N("180")),
    ("p1_response", "półtorej godziny", N("90")),
    ("p1_response", "1,5 h", N("90")),
    ("p1_response", "1.5h", N("90")),
    ("p1_response", "1h30", N("90")),
    ("p1_response", "1 h 30 min", N("90")),
    ("p1_response", "90 minut", N("90")),
    ("p1_response", "2-4 h", N("240")),
    ("p1_response", "od 2 do 4 godzin", N("240")),
    ("p1_response", "ok. 1 h", N("60")),
    ("p1_response", "dwadzieścia minut", N("20")),
    ("p1_response", "czterdzieści pięć minut", N("45")),
    ("p1_response", "1 dzień", N("1440")),
    ("p1_response", "24h", N("1440")),
    ("p1_response", "1 doba", N("1440")),
    ("p1_response", "NBD", N("1440")),
    ("p1_response", "następny dzień roboczy", N("1440")),
    ("p1_response", "45 mins", N("45")),
    ("p1_response", "2 hours", N("120")),
    ("p1_response", "half an hour", N("30")),
    ("p1_response", "an hour", N("60")),
    ("p1_response", "1 hour", N("60")),
    ("p1_response", "30 minutes", N("30")),
    ("p1_response", "within 1 hour", N("60")),
    ("p1_response", "up to 2 hours", N("120")),
    ("p1_response", "natychmiast", WarnBlank),
    ("p1_response", "ASAP", WarnBlank),
    ("p1_response", "niezwłocznie", WarnBlank),
    ("p1_response", "szybko", Refused),
    ("p1_response", "24/7", Refused),
    ("p1_response", "1 albo 2 h", Refused),
    ("p1_response", "brak", Blank),
    ("p1_response", "b/d", Blank),
    ("p1_response", "nie dotyczy", Blank),
    // P1 restore: hours.
    ("p1_rto", "4 h", N("4")),
    ("p1_rto", "4 godziny", N("4")),
    ("p1_rto", "cztery godziny", N("4")),
    ("p1_rto", "240 min", N("4")),
    ("p1_rto", "do 8 h", N("8")),
    ("p1_rto", "4-8 h", N("8")),
    ("p1_rto", "pół doby", N("12")),
    ("p1_rto", "doba", N("24")),
    ("p1_rto", "24h", N("24")),
    ("p1_rto", "1 dzień", N("24")),
    ("p1_rto", "NBD", N("24")),
    ("p1_rto", "1 dzień roboczy", WarnN("24")),
    ("p1_rto", "2 dni robocze", WarnN("48")),
    ("p1_rto", "3 working days", WarnN("72")),
    ("p1_rto", "8 h (pn–pt 8–16)", N("8")),
    ("p1_rto", "4 h w dni robocze", N("4")),
    ("p1_rto", "4 business hours", N("4")),
    ("p1_rto", "4 hours", N("4")),
    ("p1_rto", "8:00", N("8")),
    // Backups kept: days, more is better.
    ("backup_retention", "30 dni", N("30")),
    ("backup_retention", "30", N("30")),
    ("backup_retention", "14 dni", N("14")),
    ("backup_retention", "90 dni", N("90")),
    ("backup_retention", "1 miesiąc", N("30.4375")),
    ("backup_retention", "miesiąc", N("30.4375")),
    ("backup_retention", "3 miesiące", N("91.3125")),
    ("backup_retention", "6 mies.", N("182.625")),
    ("backup_retention", "12 miesięcy", N("365.25")),
    ("backup_retention", "1 rok", N("365.25")),
    ("backup_retention", "rok", N("365.25")),
    ("backup_retention", "2 lata", N("730.5")),
    ("backup_retention", "2 tygodnie", N("14")),
    ("backup_retention", "tydzień", N("7")),
    ("backup_retention", "sześć miesięcy", N("182.625")),
    ("backup_retention", "1 year", N("365.25")),
    ("backup_retention", "6 months", N("182.625")),
    ("backup_retention", "min. 30 dni", N("30")),
    ("backup_retention", "30-90 dni", N("30")),
    // Uptime: percent, more is better.
    ("uptime", "99,9 %", N("99.9")),
    ("uptime", "99.9%", N("99.9")),
    ("uptime", "99,9", N("99.9")),
    ("uptime", "0,999", N("99.9")),
    ("uptime", "99,95 %", N("99.95")),
    ("uptime", "min. 99,5 %", N("99.5")),
    ("uptime", "99,5 – 99,9 %", N("99.5")),
    ("uptime", "99,9 proc.", N("99.9")),
    ("uptime", "99.9 percent", N("99.9")),
    ("uptime", "ok. 99,9%", N("99.9")),
    ("uptime", "100%", N("100")),
    ("uptime", "do 99,9 %", WarnN("99.9")),
    ("uptime", "brak", Blank),
    ("uptime", "wysoka", Refused),
    // Backup frequency: hourly, daily, weekly, monthly.
    ("backup_frequency", "codziennie", C("daily")),
    ("backup_frequency", "Codziennie", C("daily")),
    ("backup_frequency", "raz dziennie", C("daily")),
    ("backup_frequency", "1x dziennie", C("daily")),
    ("backup_frequency", "co 24h", C("daily")),
    ("backup_frequency", "dzienne", C("daily")),
    ("backup_frequency", "kopia dzienna", C("daily")),
    ("backup_frequency", "daily", C("daily")),
    ("backup_frequency", "every day", C("daily")),
    ("backup_frequency", "co godzinę", C("hourly")),
    ("backup_frequency", "godzinowe", C("hourly")),
    ("backup_frequency", "cogodzinne", C("hourly")),
    ("backup_frequency", "hourly", C("hourly")),
    ("backup_frequency", "co tydzień", C("weekly")),
    ("backup_frequency", "tygodniowo", C("weekly")),
    ("backup_frequency", "cotygodniowe", C("weekly")),
    ("backup_frequency", "raz w tygodniu", C("weekly")),
    ("backup_frequency", "weekly", C("weekly")),
    ("backup_frequency", "miesięcznie", C("monthly")),
    ("backup_frequency", "raz w miesiącu", C("monthly")),
    ("backup_frequency", "co miesiąc", C("monthly")),
    ("backup_frequency", "monthly", C("monthly")),
    ("backup_frequency", "co 6 h", C("daily")),
    ("backup_frequency", "2x dziennie", C("daily")),
    ("backup_frequency", "co 12 godzin", C("daily")),
    ("backup_frequency", "co 2 dni", C("weekly")),
    ("backup_frequency", "2 razy w tygodniu", C("weekly")),
    ("backup_frequency", "co 30 min", C("hourly")),
    ("backup_frequency", "w czasie rzeczywistym", C("hourly")),
    (
        "backup_frequency",
        "codziennie + przed każdą aktualizacją",
        C("daily"),
    ),
    ("backup_frequency", "brak", Blank),
    ("backup_frequency", "na życzenie", Refused),
    // Yes/no.
    ("waf", "tak", B(true)),
    ("waf", "TAK", B(true)),
    ("waf", "Tak.", B(true)),
    ("waf", "yes", B(true)),
    ("waf", "x", B(true)),
    ("waf", "1", B(true)),
    ("waf", "tak – Cloudflare", B(true)),
    ("waf", "tak, bez dopłat", B(true)),
    ("waf", "nie", B(false)),
    ("waf", "no", B(false)),
    ("waf", "0", B(false)),
    ("waf", "brak", B(false)),
    ("waf", "tak (za dopłatą)", B(false)),
    ("waf", "opcjonalnie", B(false)),
    ("waf", "możliwe za dopłatą", B(false)),
    ("waf", "dodatkowo płatne", B(false)),
    ("waf", "optional", B(false)),
    ("waf", "nie dotyczy", Blank),
    ("waf", "może", Refused),
    // Years.
    ("latest_reference_year", "2021", N("2021")),
    ("latest_reference_year", "2021 r.", N("2021")),
    ("latest_reference_year", "03.2021", N("2021")),
    ("latest_reference_year", "2019, 2021, 2023", N("2023")),
    ("latest_reference_year", "brak", Blank),
    // Development hours: hours a month.
    ("dev_hours", "2 h", N("2")),
    ("dev_hours", "brak", N("0")),
    ("dev_hours", "24 h rocznie", N("2")),
    ("dev_hours", "dwie godziny", N("2")),
];

/// The header of each criterion's column in the corpus sheets.
fn header(id: &str) -> &'static str {
    match id {
        "monthly_fee" => "Abonament miesięczny",
        "hourly_rate" => "Stawka godzinowa",
        "hours_included" => "Godziny w abonamencie",
        "p1_response" => "Czas reakcji P1",
        "p1_rto" => "Czas przywrócenia P1 (RTO)",
        "backup_retention" => "Przechowywanie kopii (dni)",
        "uptime" => "Dostępność (uptime)",
        "backup_frequency" => "Kopie zapasowe",
        "waf" => "WAF",
        "latest_reference_year" => "Ostatnia referencja (rok)",
        "dev_hours" => "Godziny prac programistycznych",
        other => panic!("no header for {other}"),
    }
}

/// One sheet per criterion: a row per phrasing, the vendor named after its place.
fn read(id: &str, phrases: &[(usize, &str)]) -> Analysis {
    let mut csv = format!("Agencja;{}\n", header(id));
    for (k, text) in phrases {
        csv += &format!("V{k};\"{}\"\n", text.replace('"', "\"\""));
    }
    analysis_of_csv(profile("sme"), &format!("{id}.csv"), &csv)
}

/// Reads one sheet of phrasings and sorts each into meant, wrong (said at its cell) or silent.
fn check(
    id: &str,
    phrases: &[(usize, &str)],
    meant: &mut usize,
    wrong: &mut Vec<String>,
    silent: &mut Vec<String>,
) {
    let a = read(id, phrases);
    let j = a.criteria.index_of(id).unwrap();
    for (row, &(k, text)) in phrases.iter().enumerate() {
        let want = CORPUS[k].2;
        let o = a
            .offers
            .offers
            .iter()
            .position(|o| o.vendor == format!("V{k}"))
            .unwrap_or_else(|| panic!("{id} {text:?}: no offer"));
        let at = format!("{id}.csv:{}:2", row + 2);
        let has = |s: Severity| a.issues.iter().any(|i| i.location == at && i.severity == s);
        let (warned, refused) = (has(Severity::Warning), has(Severity::Error));
        let got = &a.offers.cell(j, o).value;
        let key = |v: &Option<Value>| match v {
            Some(Value::Choice(i)) => Some(a.criteria.criteria[j].choices[*i].0.as_str()),
            _ => None,
        };
        let same_num = |s: &str| match got {
            Some(Value::Num(x)) => x.normalize() == s.parse::<Decimal>().unwrap().normalize(),
            _ => false,
        };
        let ok = match want {
            N(s) => same_num(s) && !refused,
            WarnN(s) => same_num(s) && warned,
            B(b) => *got == Some(Value::Bool(b)),
            C(c) => key(got) == Some(c),
            Blank => got.is_none() && !refused,
            WarnBlank => got.is_none() && warned,
            Refused => got.is_none() && refused,
        };
        if ok {
            *meant += 1;
            continue;
        }
        let line = format!(
            "{id} {text:?}: wanted {want:?}, got {got:?} (warning {warned}, error {refused})"
        );
        // Silent: a value other than the one meant, or none where one was meant, and
        // nothing at the cell says so.
        if !warned && !refused {
            silent.push(line.clone());
        }
        wrong.push(line);
    }
}

#[test]
fn the_corpus_is_read_as_meant_and_never_silently_wrong() {
    let mut ids: Vec<&str> = CORPUS.iter().map(|(id, _, _)| *id).collect();
    ids.dedup();
    let mut meant = 0;
    let mut wrong: Vec<String> = Vec::new();
    let mut silent: Vec<String> = Vec::new();
    for id in ids {
        let phrases: Vec<(usize, &str)> = CORPUS
            .iter()
            .enumerate()
            .filter(|(_, (c, _, _))| *c == id)
            .map(|(k, (_, text, _))| (k, *text))
            .collect();
        // Small sheets: past a score of problems in one column, a sheet counts them instead
        // of listing each.
        for chunk in phrases.chunks(10) {
            check(id, chunk, &mut meant, &mut wrong, &mut silent);
        }
    }
    let total = CORPUS.len();
    let share = meant as f64 / total as f64;
    assert!(
        total >= 200,
        "the corpus holds {total} phrasings; keep it at 200 or more"
    );
    assert!(silent.is_empty(), "silent misreads:\n{}", silent.join("\n"));
    assert!(
        share >= 0.95,
        "{meant} of {total} read as meant ({:.1} %); not as meant:\n{}",
        share * 100.0,
        wrong.join("\n")
    );
    // The ones not read as meant, for whoever grows the grammar next.
    for w in &wrong {
        eprintln!("not as meant (reported at its cell): {w}");
    }
}
