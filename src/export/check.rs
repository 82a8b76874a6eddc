//! `offerlens check`: per file, what was read (sheets, layout, offers, columns matched to which
//! criterion) and every issue with its location, then what no file answered.

use std::io::{self, Write};

use crate::analysis::Analysis;
use crate::import::InputFile;
use crate::issue::{Counts, Issue};
use crate::normalize::MatchedBy;
use crate::sanitize::clean;

/// Writes the diagnostics report. `files` are the files that were read, in order.
pub fn write(a: &Analysis, files: &[InputFile], out: &mut dyn Write) -> io::Result<()> {
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
        write_tables(a, name, out)?;
        for (k, i) in a.issues.iter().enumerate() {
            if !shown[k] && belongs(&i.location, name) {
                shown[k] = true;
                write_issue(out, i)?;
            }
        }
    }
    let rest: Vec<&Issue> = a
        .issues
        .iter()
        .enumerate()
        .filter(|(k, _)| !shown[*k])
        .map(|(_, i)| i)
        .collect();
    if !rest.is_empty() {
        writeln!(out)?;
        writeln!(out, "Criteria and scoring")?;
        for i in rest {
            write_issue(out, i)?;
        }
    }
    summary(a, files, out)
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
fn write_tables(a: &Analysis, name: &str, out: &mut dyn Write) -> io::Result<()> {
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
