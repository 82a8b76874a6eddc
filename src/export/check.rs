//! `offerlens check`: per file, what was read (sheets, layout, offers, columns matched to which
//! criterion) and every issue with its location, then what no file answered.

use std::io::{self, Write};

use crate::analysis::Analysis;
use crate::import::InputFile;
use crate::issue::{Counts, Issue};
use crate::sanitize::clean;

/// Writes the diagnostics report. `files` are the files that were read, in order.
pub fn write(a: &Analysis, files: &[InputFile], out: &mut dyn Write) -> io::Result<()> {
    let c = &a.criteria;
    writeln!(
        out,
        "Criteria: {} · \"{}\" · {} criteria · {}",
        c.origin,
        clean(&c.name),
        c.criteria.len(),
        c.method.key()
    )?;

    // Every file named by a read or by an issue about a whole file, in order.
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
    let mut shown = vec![false; a.issues.len()];
    for name in &names {
        writeln!(out)?;
        writeln!(out, "{}", clean(name))?;
        for r in a.offers.reports.iter().filter(|r| &r.file == name) {
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
                    for (header, id) in &r.matched {
                        writeln!(out, "    '{}' → {id}", clean(header))?;
                    }
                }
                (_, Some(reason)) => writeln!(out, "  {what}: skipped: {}", clean(reason))?,
                (None, None) => {}
            }
        }
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
