//! Every text a person reads comes from the message catalogue: the sources build no sentence of
//! their own, and every message id they use is in both languages' files.
//!
//! A string in the code that is not for people (a file format's keyword, a column id, a
//! matching phrase) says so with a `// not for people: why` comment on its line or above it:
//! the comment covers the lines after it up to the next blank line.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

const MARKER: &str = "not for people:";

/// Words of English prose: a literal holding one of them between other words is a sentence.
const PROSE: &[&str] = &[
    "the", "is", "not", "of", "and", "for", "with", "are", "was", "has", "than", "expected",
    "found", "could", "cannot", "should", "into", "from", "this", "that", "be", "no",
];

fn sources() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).expect("src/ is readable").flatten() {
            let p = entry.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "rs") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out.sort();
    out
}

/// The code of a file without its test module (at the end of the file in this project) and
/// without comments; each line with its number.
fn code_lines(text: &str) -> Vec<(usize, String, bool)> {
    let end = text.find("#[cfg(test)]\nmod ").unwrap_or(text.len());
    let lines: Vec<&str> = text[..end].lines().collect();
    let mut out = Vec::new();
    let mut covered = false;
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        if trimmed.is_empty() {
            covered = false;
        }
        if line.contains(MARKER) {
            covered = true;
        }
        if trimmed.starts_with("//") {
            continue;
        }
        out.push((i + 1, (*line).to_string(), covered));
    }
    out
}

/// The string literals of a line (plain and raw), roughly: enough for this project's code.
fn literals(line: &str) -> Vec<String> {
    let b: Vec<char> = line.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        // A character literal such as '"' is not a string's start.
        if b[i] == '\'' && i + 2 < b.len() && b[i + 2] == '\'' {
            i += 3;
            continue;
        }
        if b[i] == '\'' && i + 3 < b.len() && b[i + 1] == '\\' && b[i + 3] == '\'' {
            i += 4;
            continue;
        }
        if b[i] == '"' {
            let mut s = String::new();
            i += 1;
            while i < b.len() && b[i] != '"' {
                if b[i] == '\\' && i + 1 < b.len() {
                    s.push(b[i + 1]);
                    i += 2;
                    continue;
                }
                s.push(b[i]);
                i += 1;
            }
            out.push(s);
        }
        i += 1;
    }
    out
}

/// A format string or literal that reads as English prose: two or more words, one of them a
/// word of prose.
fn is_prose(literal: &str) -> bool {
    let without_holes: String = {
        let mut s = String::new();
        let mut depth = 0;
        for c in literal.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth = (depth - 1).max(0),
                _ if depth == 0 => s.push(c),
                _ => {}
            }
        }
        s
    };
    let words: Vec<String> = without_holes
        .split(|c: char| !c.is_alphabetic() && c != '\'' && c != '-' && c != '_')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.len() >= 2 && words.iter().any(|w| PROSE.contains(&w.as_str()))
}

#[test]
fn no_sentence_is_built_outside_the_catalogue() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    for path in sources() {
        let rel = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .display()
            .to_string();
        if rel.starts_with("src/i18n/") || rel.ends_with("/tests.rs") {
            continue;
        }
        let text = fs::read_to_string(&path).expect("readable source");
        for (n, line, marked) in code_lines(&text) {
            if marked {
                continue;
            }
            for lit in literals(&line) {
                if is_prose(&lit) {
                    found.push(format!("{rel}:{n}: \"{lit}\""));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} sentences built outside the catalogue (move them into src/i18n/*.ftl, or mark \
         what is not for people with `// {MARKER} why`):\n{}",
        found.len(),
        found.join("\n")
    );
}

fn catalogue_ids(text: &str) -> BTreeSet<String> {
    text.lines()
        .filter_map(|l| {
            let (id, _) = l.split_once(" =")?;
            (!id.starts_with([' ', '#', '-', '*', '['])
                && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
            .then(|| id.to_string())
        })
        .collect()
}

#[test]
fn every_message_id_used_in_the_code_is_in_both_catalogues() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let pl = catalogue_ids(&fs::read_to_string(root.join("src/i18n/pl.ftl")).unwrap());
    let en = catalogue_ids(&fs::read_to_string(root.join("src/i18n/en.ftl")).unwrap());
    let calls = [
        "Msg::new(\"",
        "t(lang, \"",
        "t(app.lang, \"",
        "tr(lang, \"",
        "tr(app.lang, \"",
        "count(lang, \"",
        "count(app.lang, \"",
    ];
    let mut missing = Vec::new();
    let mut used = 0;
    for path in sources() {
        let text = fs::read_to_string(&path).expect("readable source");
        for call in calls {
            for (at, _) in text.match_indices(call) {
                let rest = &text[at + call.len()..];
                let Some(end) = rest.find('"') else { continue };
                let id = &rest[..end];
                used += 1;
                if !pl.contains(id) || !en.contains(id) {
                    missing.push(format!(
                        "{}: '{id}' (pl: {}, en: {})",
                        path.display(),
                        pl.contains(id),
                        en.contains(id)
                    ));
                }
            }
        }
    }
    assert!(used > 50, "the scan found only {used} uses");
    assert!(
        missing.is_empty(),
        "ids not in the catalogues:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_scan_sees_a_sentence_and_lets_a_marked_or_wordless_one_pass() {
    assert!(is_prose("{}: expected a duration, found '{}'"));
    assert!(is_prose("{} {}{unit} is above the maximum of {}{unit}"));
    assert!(!is_prose("{}: {}"));
    assert!(!is_prose("{}!{}{}"));
    assert!(!is_prose("w dni robocze"));
    let code =
        "let a = format!(\"{} is not {}\", x, y);\n// not for people: an id\nlet b = \"the id\";\n";
    let lines = code_lines(code);
    assert!(!lines[0].2 && lines[1].2);
    assert_eq!(literals(&lines[0].1), vec!["{} is not {}"]);
}

/// Literals that look like message ids but are not: command-line options, a thread's name,
/// a profile's name, a synonym.
const NOT_IDS: &[&str] = &[
    "max-rows",
    "max-file-mb",
    "max-memory-mb",
    "csv-dialect",
    "no-timestamp",
    "signal-watchdog",
    "info-site",
    "man-hour",
    // tmux's command that takes text into its paste buffer.
    "load-buffer",
];

#[test]
fn every_id_shaped_literal_is_in_both_catalogues() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let pl = catalogue_ids(&fs::read_to_string(root.join("src/i18n/pl.ftl")).unwrap());
    let en = catalogue_ids(&fs::read_to_string(root.join("src/i18n/en.ftl")).unwrap());
    let mut missing = Vec::new();
    for path in sources() {
        let text = fs::read_to_string(&path).expect("readable source");
        for (n, line, _) in code_lines(&text) {
            for lit in literals(&line) {
                let id_shaped = lit.contains('-')
                    && lit.split('-').all(|w| {
                        !w.is_empty()
                            && w.chars()
                                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
                    })
                    && lit.starts_with(|c: char| c.is_ascii_lowercase());
                if id_shaped
                    && !NOT_IDS.contains(&lit.as_str())
                    && !(pl.contains(&lit) && en.contains(&lit))
                {
                    missing.push(format!("{}:{n}: {lit}", path.display()));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "id-shaped literals not in both catalogues:\n{}",
        missing.join("\n")
    );
}
