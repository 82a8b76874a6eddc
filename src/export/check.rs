//! `offerlens check`: per file, what was read (sheets, layout, offers, columns matched to which
//! criterion) and every issue with its location, then what no file answered.

use std::io::{self, Write};

use crate::analysis::Analysis;
use crate::import::InputFile;
use crate::issue::{Counts, Issue};
use crate::normalize::MatchedBy;
use crate::sanitize::clean;

/// How much `check` shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Detail {
    /// Every column matched and every note.
    #[default]
    Full,
    /// Per table a count of the columns matched; errors and warnings only (`--brief`).
    Brief,
}

/// Writes the diagnostics report. `files` are the files that were read, in order.
pub fn write(a: &Analysis, files: &[InputFile], out: &mut dyn Write) -> io::Result<()> {
    write_with(a, files, Detail::Full, out)
}

/// Writes the diagnostics report at the given detail.
pub fn write_with(
    a: &Analysis,
    files: &[InputFile],
    detail: Detail,
    out: &mut dyn Write,
) -> io::Result<()> {
    let c = &a.criteria;
    writeln!(
        out,
        "Criteria: {} · \"{}\" · {} criteria · {}",
        clean(&c.origin),
        clean(&c.name),
        c.criteria.len(),
        c.method.key()
    )?;
    let names = file_names(a, files);
    let mut shown = vec![false; a.issues.len()];
    for name in &names {
        writeln!(out)?;
        writeln!(out, "{}", clean(name))?;
        write_tables(a, name, detail, out)?;
        for (k, i) in a.issues.iter().enumerate() {
            if !shown[k] && belongs(&i.location, name) {
                shown[k] = true;
                if wanted(i, detail) {
                    write_issue(out, i)?;
                }
            }
        }
    }
    let rest: Vec<&Issue> = a
        .issues
        .iter()
        .enumerate()
        .filter(|(k, _)| !shown[*k])
        .map(|(_, i)| i)
        .filter(|i| wanted(i, detail))
        .collect();
    if !rest.is_empty() {
        writeln!(out)?;
        writeln!(out, "Criteria and scoring")?;
        for i in rest {
            write_issue(out, i)?;
        }
    }
    summary(a, files, out)?;
    let notes = Counts::of(&a.issues).infos;
    if detail == Detail::Brief && notes > 0 {
        writeln!(
            out,
            "(the notes and the columns matched: `offerlens check` without --brief)"
        )?;
    }
    Ok(())
}

/// Whether an issue is shown at this detail: notes only in full.
fn wanted(i: &Issue, detail: Detail) -> bool {
    detail == Detail::Full || i.severity != crate::issue::Severity::Info
}

/// Every file named by a read or by an issue about a whole file, in order.
fn file_names(a: &Analysis, files: &[InputFile]) -> Vec<String> {
    let mut names: Vec<String> = files.iter().map(|f| f.path.clone()).collect();
    for r in &a.offers.reports {
        if !names.contains(&r.file) {
            names.push(r.file.clone());
        }
    }
    for i in &a.issues {
        if i.whole_file && !names.iter().any(|n| belongs(&i.location, n)) {
            names.push(file_part(&i.location).to_string());
        }
    }
    names
}

/// What was made of each table (sheet) of one file: its layout and matched columns, or why
/// it was skipped.
fn write_tables(a: &Analysis, name: &str, detail: Detail, out: &mut dyn Write) -> io::Result<()> {
    for r in a.offers.reports.iter().filter(|r| r.file == name) {
        let what = match &r.sheet_name() {
            Some(s) => format!("sheet '{}'", clean(s)),
            None => "table".to_string(),
        };
        match (&r.layout, &r.skipped) {
            (Some(layout), None) => {
                writeln!(
                    out,
                    "  {what}: {}, first criterion at {}, {} offer{}",
                    layout.describe(),
                    clean(r.header.as_deref().unwrap_or("?")),
                    r.offers,
                    if r.offers == 1 { "" } else { "s" }
                )?;
                if detail == Detail::Brief {
                    // The vendor-name column is not a criterion's.
                    let (all, by_meaning) = r
                        .matches()
                        .filter(|(_, id, _)| a.criteria.index_of(id).is_some())
                        .fold((0, 0), |(n, m), (_, _, by)| {
                            (n + 1, m + usize::from(matches!(by, MatchedBy::Meaning(_))))
                        });
                    writeln!(
                        out,
                        "    {all} criteri{} found ({by_meaning} by meaning)",
                        if all == 1 { "on" } else { "a" }
                    )?;
                    continue;
                }
                for (header, id, by) in r.matches() {
                    match by {
                        MatchedBy::Alias => writeln!(out, "    '{}' → {id}", clean(header))?,
                        MatchedBy::Meaning(reason) => writeln!(
                            out,
                            "    '{}' → {id} (by meaning: {})",
                            clean(header),
                            clean(reason)
                        )?,
                    }
                }
            }
            (_, Some(reason)) => writeln!(out, "  {what}: skipped: {}", clean(reason))?,
            (None, None) => {}
        }
    }
    Ok(())
}

/// The closing count of offers, files and issues.
fn summary(a: &Analysis, files: &[InputFile], out: &mut dyn Write) -> io::Result<()> {
    let counts = Counts::of(&a.issues);
    writeln!(out)?;
    writeln!(
        out,
        "{} offer{} from {} file{} · {} error{} · {} warning{} · {} note{}",
        a.offers.len(),
        plural(a.offers.len()),
        files.len(),
        plural(files.len()),
        counts.errors,
        plural(counts.errors),
        counts.warnings,
        plural(counts.warnings),
        counts.infos,
        plural(counts.infos)
    )?;
    Ok(())
}

fn write_issue(out: &mut dyn Write, i: &Issue) -> io::Result<()> {
    writeln!(
        out,
        "  {:<7} {}: {}",
        i.severity.as_str(),
        clean(&i.location),
        clean(&i.message)
    )
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// True when a location is in the named file: the file itself or `file:…`.
fn belongs(location: &str, file: &str) -> bool {
    location == file
        || location
            .strip_prefix(file)
            .is_some_and(|rest| rest.starts_with(':'))
}

/// The file part of a whole-file location (locations of whole files are the file itself).
fn file_part(location: &str) -> &str {
    location
}

impl crate::normalize::TableReport {
    /// The sheet's name, for a workbook sheet.
    fn sheet_name(&self) -> Option<String> {
        self.name
            .strip_prefix(&self.file)
            .and_then(|s| s.strip_prefix(':'))
            .map(str::to_string)
    }
}
