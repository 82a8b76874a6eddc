//! What the benchmarks share: generated offers in the shape agencies send them (Polish
//! headers, amounts with `zł`, durations in words) and the median of a set of timings.

#![allow(dead_code, reason = "each benchmark uses the part it needs")]

use offerlens::analysis::Analysis;
use offerlens::calendar::Date;
use offerlens::{criteria, import};
use std::time::Duration;

pub mod offers;

/// The day the benchmark's offers are judged on.
pub const TODAY: Date = Date {
    year: 2026,
    month: 12,
    day: 4,
};

/// `n` offers as CSV, each a little different, a few knocked out or flagged.
pub fn generate_csv(n: usize) -> String {
    let mut s = offers::HEADER.join(";");
    s.push('\n');
    for i in 0..n {
        s.push_str(&offers::row(i).join(";"));
        s.push('\n');
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
