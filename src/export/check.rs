//! `offerlens check`: per file, what was read (sheets, layout, offers, columns matched to which
//! criterion) and every issue with its location, then what no file answered.

use crate::normalize::columns::{NOTES_COLUMN, PACKAGE_COLUMN, VENDOR_COLUMN};
use std::io::{self, Write};

use crate::analysis::Analysis;
use crate::i18n::{Arg, Lang, count, t, tr};
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
    write_with(a, files, Detail::Full, Lang::En, out)
}

/// Writes the diagnostics report at the given detail.
pub fn write_with(
    a: &Analysis,
    files: &[InputFile],
    detail: Detail,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let c = &a.criteria;
    let n = c.criteria.len();
    let heading = tr(
        lang,
        "check-criteria",
        &[
            ("origin", Arg::from(clean(&c.origin))),
            ("name", Arg::from(clean(c.name_in(lang)))),
            ("count", Arg::from(n)),
            ("n", Arg::from(n.to_string())),
            ("method", Arg::from(t(lang, super::method_id(c.method)))),
        ],
    );
    writeln!(out, "{heading}")?;
    let names = file_names(a, files);
    let mut shown = vec![false; a.issues.len()];
    for name in &names {
        writeln!(out)?;
        writeln!(out, "{}", clean(name))?;
        write_tables(a, name, detail, lang, out)?;
        for (k, i) in a.issues.iter().enumerate() {
            if !shown[k] && belongs(&i.location, name) {
                shown[k] = true;
                if wanted(i, detail) {
                    write_issue(out, i, lang)?;
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
        writeln!(out, "{}", t(lang, "check-criteria-and-scoring"))?;
        for i in rest {
            write_issue(out, i, lang)?;
        }
    }
    summary(a, files, lang, out)?;
    let notes = Counts::of(&a.issues).infos;
    if detail == Detail::Brief && notes > 0 {
        writeln!(out, "{}", t(lang, "check-brief-footer"))?;
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
fn write_tables(
    a: &Analysis,
    name: &str,
    detail: Detail,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    for r in a.offers.reports.iter().filter(|r| r.file == name) {
        let what = match &r.sheet_name() {
            Some(s) => tr(lang, "check-sheet", &[("name", Arg::from(clean(s)))]),
            None => t(lang, "check-table"),
        };
        match (&r.layout, &r.skipped) {
            (Some(layout), None) => {
                let layout_id = match layout {
                    crate::normalize::Layout::Rows => "layout-rows",
                    crate::normalize::Layout::Columns => "layout-columns",
                    crate::normalize::Layout::Questionnaire => "layout-questionnaire",
                };
                let read = tr(
                    lang,
                    "check-read",
                    &[
                        ("what", Arg::from(what.clone())),
                        ("layout", Arg::from(t(lang, layout_id))),
                        ("at", Arg::from(clean(r.header.as_deref().unwrap_or("?")))),
                        ("offers", Arg::from(count(lang, "offers", r.offers))),
                    ],
                );
                writeln!(out, "  {read}")?;
                if detail == Detail::Brief {
                    // The vendor-name column is not a criterion's.
                    let (all, by_meaning) = r
                        .matches()
                        .filter(|(_, id, _)| a.criteria.index_of(id).is_some())
                        .fold((0, 0), |(n, m), (_, _, by)| {
                            (n + 1, m + usize::from(matches!(by, MatchedBy::Meaning(_))))
                        });
                    let found = tr(
                        lang,
                        "check-found",
                        &[
                            ("count", Arg::from(all)),
                            ("n", Arg::from(all.to_string())),
                            ("meaning", Arg::from(by_meaning.to_string())),
                        ],
                    );
                    writeln!(out, "    {found}")?;
                    continue;
                }
                for (header, id, by) in r.matches() {
                    let id = match id {
                        VENDOR_COLUMN => t(lang, "check-vendor-name"),
                        PACKAGE_COLUMN => t(lang, "check-package-column"),
                        NOTES_COLUMN => t(lang, "check-notes-column"),
                        id => id.to_string(),
                    };
                    match by {
                        MatchedBy::Alias => writeln!(out, "    '{}' → {id}", clean(header))?,
                        MatchedBy::Meaning(reason) => {
                            let why = tr(
                                lang,
                                "check-by-meaning",
                                &[("reason", Arg::from(clean(reason)))],
                            );
                            writeln!(out, "    '{}' → {id} ({why})", clean(header))?;
                        }
                    }
                }
            }
            (_, Some(reason)) => {
                let skipped = tr(
                    lang,
                    "check-skipped",
                    &[
                        ("what", Arg::from(what)),
                        (
                            "reason",
                            Arg::from(clean(&reason.in_lang(lang)).into_owned()),
                        ),
                    ],
                );
                writeln!(out, "  {skipped}")?;
            }
            (None, None) => {}
        }
    }
    Ok(())
}

/// The closing count of offers, files and issues.
fn summary(a: &Analysis, files: &[InputFile], lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let counts = Counts::of(&a.issues);
    // The offers' files: the evaluators' ratings files are inputs, but hold no offers.
    let files: Vec<&InputFile> = files.iter().filter(|f| !f.ratings).collect();
    writeln!(out)?;
    let line = tr(
        lang,
        "check-summary",
        &[
            ("offers", Arg::from(count(lang, "offers", a.offers.len()))),
            ("files", Arg::from(files.len())),
            ("nfiles", Arg::from(files.len().to_string())),
            ("errors", Arg::from(counts.errors)),
            ("warnings", Arg::from(counts.warnings)),
            ("notes", Arg::from(counts.infos)),
        ],
    );
    writeln!(out, "{line}")
}

fn write_issue(out: &mut dyn Write, i: &Issue, lang: Lang) -> io::Result<()> {
    let severity = t(lang, &format!("severity-{}", i.severity.as_str()));
    // One column for the three labels, as wide as the longest in this language.
    let pad = ["error", "warning", "info"]
        .iter()
        .map(|s| t(lang, &format!("severity-{s}")).chars().count())
        .max()
        .unwrap_or(7);
    writeln!(
        out,
        "  {severity:<pad$} {}: {}",
        clean(&i.location),
        clean(&i.message_in(lang))
    )
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
