//! The library as the binary runs it, in-process: tables and criteria into an analysis, then
//! every writer; plus the seed files the mutators start from.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use offerlens::analysis::Analysis;
use offerlens::calendar::Date;
use offerlens::criteria::{self, Criteria};
use offerlens::export::{self, Format, audit::Audit};
use offerlens::issue::Issue;
use offerlens::table::RawTable;

use super::harness::{Depth, Input};

/// The day every analysis is judged on.
pub const TODAY: Date = Date {
    year: 2026,
    month: 12,
    day: 4,
};

/// The built-in profiles, in a fixed order.
pub const PROFILES: [&str; 3] = ["sme", "info-site", "ecommerce"];

/// A built-in profile, parsed once.
pub fn profile(index: usize) -> Criteria {
    static PARSED: OnceLock<Vec<Criteria>> = OnceLock::new();
    PARSED.get_or_init(|| {
        PROFILES
            .iter()
            .map(|p| criteria::profile(p).unwrap().unwrap())
            .collect()
    })[index % PROFILES.len()]
    .clone()
}

/// The writers an analysis goes through, one per turn (the xlsx only at full depth).
const WRITERS: [Option<Format>; 6] = [
    Some(Format::Json),
    Some(Format::Table),
    Some(Format::Csv(export::csv::Dialect::Rfc4180)),
    Some(Format::Csv(export::csv::Dialect::Polish)),
    Some(Format::Markdown),
    None, // the `check` report
];

/// Scores and ranks, then writes the analysis: in every format at full depth, in one format
/// (in turn) otherwise.
pub fn analyse(criteria: Criteria, tables: Vec<RawTable>, issues: Vec<Issue>, depth: Depth) {
    let mut a = Analysis::from_tables(criteria, tables, issues, TODAY);
    a.rerank();
    let audit = Audit::new(&a, &[], Some(0));
    let writers: Vec<Option<Format>> = match depth {
        Depth::Full => WRITERS.into_iter().chain([Some(Format::Xlsx)]).collect(),
        Depth::Turn(i) => vec![WRITERS[(i % WRITERS.len() as u64) as usize]],
    };
    for writer in writers {
        match writer {
            Some(format) => {
                export::write(&a, &audit, format, offerlens::i18n::Lang::En).ok();
            }
            None => {
                export::check::write(&a, &[], &mut Vec::new()).ok();
            }
        }
    }
    for c in 0..a.criteria.criteria.len() {
        for o in 0..a.offers.offers.len().min(4) {
            export::answer(&a, c, o);
        }
    }
}

/// The crate's folder.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The files in `dir` (relative to the crate) whose extension is one of `extensions`, sorted.
pub fn files(dir: &str, extensions: &[&str]) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| extensions.contains(&e))
        })
        .collect();
    out.sort();
    out
}

/// The command lines that check an offer file through the binary: `check` and `rank -f json`,
/// under the profile [`profile`] picks for the same input.
pub fn offer_commands(input: &Input, dir: &Path) -> Vec<Vec<OsString>> {
    let file = dir.join(format!("in.{}", input.ext));
    std::fs::write(&file, &input.bytes).unwrap();
    let profile = PROFILES[input.bytes.len() % PROFILES.len()];
    let file = file.into_os_string();
    vec![
        vec!["check".into(), "-p".into(), profile.into(), file.clone()],
        vec![
            "rank".into(),
            "-p".into(),
            profile.into(),
            "-f".into(),
            "json".into(),
            "--no-timestamp".into(),
            file,
        ],
    ]
}
