//! In Polish, a Polish reader finds no English word: every command's output on the samples,
//! on bad input and in `--help`, apart from names (vendors', files', ids, the program's), the
//! vendors' own words (quoted) and code (in backticks).

use std::collections::BTreeSet;

use crate::common::offerlens;

/// English words that have no place in Polish output.
const ENGLISH: &[&str] = &[
    "the",
    "is",
    "are",
    "was",
    "not",
    "of",
    "and",
    "for",
    "with",
    "from",
    "than",
    "this",
    "that",
    "yes",
    "offer",
    "offers",
    "score",
    "weight",
    "weights",
    "answer",
    "answers",
    "read",
    "found",
    "expected",
    "blank",
    "knocked",
    "flag",
    "flags",
    "points",
    "monthly",
    "risk",
    "cost",
    "error",
    "errors",
    "warning",
    "warnings",
    "sheet",
    "file",
    "files",
    "column",
    "columns",
    "criterion",
    "criteria",
    "vendor",
    "vendors",
    "issues",
    "ranked",
    "unreadable",
    "says",
    "latest",
    "before",
    "more",
    "above",
    "below",
    "maximum",
    "minimum",
    "month",
    "months",
    "hours",
    "days",
    "required",
    "ignored",
    "skipped",
    "matches",
    "header",
    "headers",
    "row",
    "rows",
    "cell",
    "cells",
    "value",
    "values",
    "notes",
    "total",
    "working",
    "usage",
    "options",
    "commands",
    "print",
    "help",
    "version",
    "output",
    "profile",
    "language",
];

/// Vendor names of the samples (they may hold English-looking words).
const NAMES: &[&str] = &[
    "Kodex Studio",
    "WebOpieka Sp. z o.o.",
    "SiteCare Polska",
    "Pixel Serwis s.c.",
    "Agencja Nova",
    "TaniWeb",
    "Webmaster24",
];

/// The text without what is not the program's own wording: quoted vendor text, code spans,
/// names, paths and ids.
fn own_words(text: &str) -> String {
    let mut out = String::new();
    let mut skip_until: Option<char> = None;
    for c in text.chars() {
        match skip_until {
            Some(end) if c == end => skip_until = None,
            Some(_) => {}
            None => match c {
                '„' => skip_until = Some('”'),
                '`' => skip_until = Some('`'),
                '\'' => skip_until = Some('\''),
                '"' => skip_until = Some('"'),
                _ => out.push(c),
            },
        }
        if c == '\n' {
            // A quote never spans lines: a stray mark does not hide the rest.
            skip_until = None;
            out.push('\n');
        }
    }
    for name in NAMES {
        out = out.replace(name, " ");
    }
    out.split_whitespace()
        .filter(|w| {
            let core = w.trim_end_matches(['.', ':', ',', ';', ')']);
            !core.contains(['/', '.', '_', ':', '=', '@'])
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The English words found in `text`, each with a little context.
fn english_in(text: &str) -> Vec<String> {
    let own = own_words(text);
    let words: Vec<&str> = own
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let mut found = BTreeSet::new();
    for (i, w) in words.iter().enumerate() {
        if ENGLISH.contains(&w.to_lowercase().as_str()) {
            let from = i.saturating_sub(4);
            let to = (i + 5).min(words.len());
            found.insert(format!("'{w}' in: {}", words[from..to].join(" ")));
        }
    }
    found.into_iter().collect()
}

fn polish_output(args: &[&str]) -> String {
    let out = offerlens()
        .arg("--lang")
        .arg("pl")
        .args(args)
        .output()
        .unwrap();
    format!(
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn the_scan_finds_english_and_passes_names_quotes_and_code() {
    assert_eq!(english_in("Wynik oferty").len(), 0);
    assert_eq!(english_in("the score is 5").len(), 3);
    assert!(
        english_in("pisze „the best offer” · `offerlens check` · samples/agencies.csv").is_empty()
    );
    assert!(english_in("p1_response · Kodex Studio").is_empty());
}

#[test]
fn polish_output_has_no_english_words() {
    let runs: &[&[&str]] = &[
        &["rank", "samples/agencies.csv"],
        &["rank", "-f", "md", "samples/agencies.csv"],
        &["check", "samples/agencies.csv"],
        &["rank", "samples/questionnaires"],
        &["check", "samples/questionnaires"],
        &["rank", "-p", "ecommerce", "samples/agencies.xlsx"],
        &["rank", "samples/comparison.ods", "-p", "info-site"],
        &["check", "tests/fixtures/ragged_rows.csv"],
        &["check", "tests/fixtures/error_cells.xlsx"],
        &["check", "tests/fixtures/extension_lies.xlsx"],
        &["check", "tests/fixtures/quoted_newlines.csv"],
        &["rank", "no-such-file.csv"],
        &[
            "rank",
            "-c",
            "no-such-criteria.toml",
            "samples/agencies.csv",
        ],
        &["--help"],
        &["rank", "--help"],
        &["check", "--help"],
        &["tui", "--help"],
        &["template", "--help"],
    ];
    let mut report = Vec::new();
    for args in runs {
        let text = polish_output(args);
        for hit in english_in(&text) {
            report.push(format!("offerlens --lang pl {}: {hit}", args.join(" ")));
        }
    }
    assert!(
        report.is_empty(),
        "English in Polish output ({}):\n{}",
        report.len(),
        report.join("\n")
    );
}
