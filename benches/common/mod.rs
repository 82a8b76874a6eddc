//! What the benchmarks share: generated offers in the shape agencies send them (Polish
//! headers, amounts with `zł`, durations in words) and the median of a set of timings.

#![allow(dead_code, reason = "each benchmark uses the part it needs")]

use offerlens::analysis::Analysis;
use offerlens::calendar::Date;
use offerlens::{criteria, import};
use std::time::Duration;

/// The day the benchmark's offers are judged on.
pub const TODAY: Date = Date {
    year: 2026,
    month: 12,
    day: 4,
};

/// `n` offers as CSV, each a little different, a few knocked out or flagged.
pub fn generate_csv(n: usize) -> String {
    let mut s = String::from(
        "Agencja;Abonament miesięczny;Stawka godzinowa;Godziny w abonamencie;Czas reakcji P1;Czas przywrócenia P1;Dostępność;Kopie zapasowe;Monitoring 24/7;Raport miesięczny;Zakres prac;Ostatnia referencja;Czas odpowiedzi na zapytanie\n",
    );
    let backups = ["codziennie", "co tydzień", "co godzinę", "miesięcznie"];
    for i in 0..n {
        s.push_str(&format!(
            "Agencja {i};{} {:03},00 zł;{} zł/h;{};{} min;{} h;99,{} %;{};{};{};aktualizacje, kopie, monitoring;{};{}\n",
            1 + i % 3,
            i % 1000,
            90 + i % 120,
            i % 40,
            5 + i % 300,
            1 + i % 48,
            i % 10,
            backups[i % 4],
            if i % 3 == 0 { "tak" } else { "nie" },
            if i % 2 == 0 { "tak" } else { "nie" },
            2015 + i % 12,
            1 + i % 5
        ));
    }
    s
}

pub fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// `n` generated offers read and analysed against the `sme` profile.
pub fn analysis(n: usize) -> Analysis {
    let csv = generate_csv(n);
    let (table, notes) = import::csv::read(
        csv.as_bytes(),
        "bench.csv",
        &import::Limits {
            max_rows: n + 1,
            ..import::Limits::default()
        },
    )
    .expect("readable csv");
    Analysis::new(sme(), &[table], notes, TODAY)
}

/// The `sme` profile.
pub fn sme() -> criteria::Criteria {
    criteria::profile("sme")
        .expect("sme profile")
        .expect("valid sme profile")
}
