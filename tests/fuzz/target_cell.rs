//! The cell target: single cell values from the phrase grammar, sometimes mutated byte by
//! byte, put into a one-row CSV under one criterion of every kind (and under a built-in
//! profile's headers) and read, scored and written in-process; the value is the corpus file.

use std::ffi::OsString;
use std::path::Path;
use std::sync::OnceLock;

use offerlens::criteria::{self, Criteria};
use offerlens::import::{self, Limits};

use super::bytes;
use super::harness::{Depth, Input, Target};
use super::phrases;
use super::pipeline::{self, PROFILES};
use super::rng::Rng;

/// One criterion of every kind (several units and periods, knock-outs, choices, the risk cost
/// and every red-flag rule), each reading its own column `K01`…`K14`.
const KINDS: &str = r#"
name = "fuzz: one criterion of each kind"
currency = "PLN"
vendor_columns = ["Vendor"]

[exchange_rates]
EUR = 4.3
USD = 4.0

[business]
revenue_per_hour = 400
support_hours_per_month = 16
critical_incidents_per_year = 4

[[criterion]]
id = "monthly_fee"
kind = "money"
per = "month"
scoring = "ratio"
columns = ["K01"]

[[criterion]]
id = "hourly_rate"
kind = "money"
per = "hour"
columns = ["K02"]

[[criterion]]
id = "setup_fee"
kind = "money"
best = 100
worst = 5000
columns = ["K03"]

[[criterion]]
id = "hours_included"
kind = "number"
per = "month"
unit = "h"
best = 16
worst = 0
columns = ["K04"]

[[criterion]]
id = "inquiry_days"
kind = "number"
unit = "working days"
columns = ["K05"]

[[criterion]]
id = "uptime"
kind = "percent"
require = { min = 99 }
missing = "ignore"
columns = ["K06"]

[[criterion]]
id = "p1_response"
kind = "duration"
unit = "min"
best = 15
worst = 240
require = { max = 240 }
columns = ["K07"]

[[criterion]]
id = "p1_rto"
kind = "duration"
unit = "h"
columns = ["K08"]

[[criterion]]
id = "retention"
kind = "duration"
unit = "d"
missing = "disqualify"
columns = ["K09"]

[[criterion]]
id = "monitoring"
kind = "bool"
require = true
columns = ["K10"]

[[criterion]]
id = "backups"
kind = "choice"
choices = { continuous = 1.0, hourly = 1.0, daily = 0.6, weekly = 0.2, monthly = 0.0, yes = 0.5, no = 0.0, none = 0.0, "tylko P1" = 0.4, "w ciągu 24 h" = 1.0 }
choice_aliases = { continuous = ["w trybie ciągłym", "na bieżąco"] }
columns = ["K11"]

[[criterion]]
id = "owner"
kind = "choice"
choices = { agencja = 1.0, "wspólna" = 0.5, klient = 0.0 }
require = { one_of = ["agencja", "wspólna"] }
columns = ["K12"]

[[criterion]]
id = "scope"
kind = "text"
weight = 0
columns = ["K13"]

[[criterion]]
id = "reference_year"
kind = "year"
best = 2026
worst = 2021
columns = ["K14"]

[[criterion]]
id = "risk_cost"
kind = "risk_cost"
scoring = "ratio"

[[red_flag]]
id = "low_price"
rule = "below_mean"
criterion = "monthly_fee"
ratio = 0.7
penalty = 10

[[red_flag]]
id = "low_rate"
rule = "below_median"
criterion = "hourly_rate"

[[red_flag]]
id = "vague"
rule = "vague_text"
criterion = "scope"
patterns = ["kompleksow", "wszystko"]
min_items = 4
penalty = 10

[[red_flag]]
id = "no_sla"
rule = "missing"
criteria = ["p1_response", "uptime"]
action = "disqualify"

[[red_flag]]
id = "stale"
rule = "older_than"
criterion = "reference_year"
years = 5

[[red_flag]]
id = "slow"
rule = "above"
criterion = "inquiry_days"
threshold = 2
"#;

/// A plain answer to each of the `KINDS` columns, for the offer the fuzzed one is compared with.
const REFERENCE: [&str; 14] = [
    "1 200 zł",
    "150 zł",
    "900 zł",
    "10",
    "1",
    "99,9 %",
    "15 min",
    "4 h",
    "30 dni",
    "tak",
    "codziennie",
    "agencja",
    "aktualizacje; kopie; monitoring; raport",
    "2025",
];

/// The criteria of every kind: weighted sum on net prices (0), or TOPSIS on gross prices (1).
fn kinds_text(variant: usize) -> String {
    if variant == 0 {
        KINDS.to_string()
    } else {
        KINDS.replacen(
            "currency = \"PLN\"",
            "currency = \"PLN\"\nmethod = \"topsis\"\nprices = \"gross\"",
            1,
        )
    }
}

/// [`kinds_text`], parsed once.
fn kinds(variant: usize) -> Criteria {
    static PARSED: OnceLock<[Criteria; 2]> = OnceLock::new();
    PARSED.get_or_init(|| {
        [0, 1].map(|v| {
            criteria::parse(&kinds_text(v), "kinds.toml")
                .unwrap_or_else(|e| panic!("the fuzzer's criteria: {e}"))
        })
    })[variant]
        .clone()
}

/// A CSV field holding `value` exactly.
fn quoted(value: &[u8]) -> Vec<u8> {
    let mut out = vec![b'"'];
    for &b in value {
        if b == b'"' {
            out.push(b'"');
        }
        out.push(b);
    }
    out.push(b'"');
    out
}

/// A `;`-separated CSV: the header, then each row.
fn csv(header: &[String], rows: &[Vec<Vec<u8>>]) -> Vec<u8> {
    let mut out = header.join(";").into_bytes();
    for row in rows {
        out.extend_from_slice(b"\r\n");
        out.extend(
            row.iter()
                .map(|f| quoted(f))
                .collect::<Vec<_>>()
                .join(&b';'),
        );
    }
    out.extend_from_slice(b"\r\n");
    out
}

/// The `KINDS` CSV: the value under every column, then (`with_reference`) a plain offer.
fn kinds_csv(value: &[u8], with_reference: bool) -> Vec<u8> {
    let mut header = vec!["Vendor".to_string()];
    header.extend((1..=14).map(|i| format!("K{i:02}")));
    let mut fuzzed = vec![b"Fuzz".to_vec()];
    fuzzed.extend(std::iter::repeat_n(value.to_vec(), 14));
    let mut rows = vec![fuzzed];
    if with_reference {
        let mut plain = vec![b"Plain".to_vec()];
        plain.extend(REFERENCE.iter().map(|v| v.as_bytes().to_vec()));
        rows.push(plain);
    }
    csv(&header, &rows)
}

/// A built-in profile's CSV: each criterion's first header, the value in every cell (the
/// vendor's name too).
fn profile_csv(profile: &Criteria, value: &[u8]) -> Vec<u8> {
    let mut header = vec!["Agencja".to_string()];
    header.extend(
        profile
            .criteria
            .iter()
            .filter_map(|c| c.columns.first().cloned()),
    );
    let row = vec![value.to_vec(); header.len()];
    csv(&header, &[row])
}

fn generate(rng: &mut Rng) -> Input {
    let mut value = if rng.one_in(4) {
        (*rng.pick(phrases::PHRASES)).to_string()
    } else {
        phrases::value(rng)
    }
    .into_bytes();
    if rng.one_in(3) {
        bytes::mutate(rng, &mut value, 3);
    }
    Input::new(value, "txt")
}

fn analyse_csv(criteria: Criteria, csv: &[u8], depth: Depth) -> bool {
    match import::csv::read(csv, "cell.csv", &Limits::default()) {
        Ok((table, notes)) => {
            pipeline::analyse(criteria, vec![table], notes, depth);
            true
        }
        Err(_) => false,
    }
}

/// The value under the criteria of every kind (alone, then beside a plain offer), and under a
/// profile's headers: all three at full depth, one in turn otherwise.
fn run(input: &Input, depth: Depth) -> bool {
    let value = &input.bytes;
    let (variants, depth) = match depth {
        Depth::Full => (vec![0, 1, 2], Depth::Full),
        Depth::Turn(i) => (vec![i % 3], Depth::Turn(i / 3)),
    };
    let mut accepted = true;
    for variant in variants {
        accepted &= match variant {
            0 => analyse_csv(kinds(0), &kinds_csv(value, false), depth),
            1 => analyse_csv(kinds(1), &kinds_csv(value, true), depth),
            _ => {
                let profile = pipeline::profile(value.len());
                let csv = profile_csv(&profile, value);
                analyse_csv(profile, &csv, depth)
            }
        };
    }
    accepted
}

fn commands(input: &Input, dir: &Path) -> Vec<Vec<OsString>> {
    let value = &input.bytes;
    let criteria_file = dir.join("kinds.toml");
    let kinds_file = dir.join("kinds.csv");
    let profile_file = dir.join("profile.csv");
    std::fs::write(&criteria_file, kinds_text(1)).unwrap();
    std::fs::write(&kinds_file, kinds_csv(value, true)).unwrap();
    let profile = PROFILES[value.len() % PROFILES.len()];
    std::fs::write(
        &profile_file,
        profile_csv(&pipeline::profile(value.len()), value),
    )
    .unwrap();
    let c = criteria_file.into_os_string();
    vec![
        vec![
            "check".into(),
            "-c".into(),
            c.clone(),
            kinds_file.clone().into_os_string(),
        ],
        vec![
            "rank".into(),
            "-c".into(),
            c,
            "-f".into(),
            "json".into(),
            "--no-timestamp".into(),
            kinds_file.into_os_string(),
        ],
        vec![
            "rank".into(),
            "-p".into(),
            profile.into(),
            "-f".into(),
            "json".into(),
            "--no-timestamp".into(),
            profile_file.into_os_string(),
        ],
    ]
}

pub fn target() -> Target {
    Target {
        name: "cell",
        extensions: &["txt"],
        generate: Box::new(generate),
        run,
        commands,
    }
}
