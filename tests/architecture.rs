//! The shape of the code, read from the sources: the pure core does no IO and stays clear of
//! the edges, and no two files import each other, however indirectly.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The pure core: the criteria, normalize, score and the analysis, and the plain types and
/// helpers they share.
const CORE: &[&str] = &[
    "ask",
    "criteria",
    "normalize",
    "score",
    "analysis.rs",
    "calendar.rs",
    "issue.rs",
    "numbers.rs",
    "sanitize.rs",
    "table.rs",
    "text",
];

/// What the core must not touch: the file system, the clock, the environment, the terminal,
/// threads and processes, the spreadsheet readers and writers, the screen, the command line,
/// and the modules at the edges that do.
const FORBIDDEN: &[&str] = &[
    "std::fs",
    "std::env",
    "std::time",
    "std::process",
    "std::thread",
    "std::net",
    "std::io::stdin",
    "std::io::stdout",
    "std::io::stderr",
    "File::",
    "SystemTime",
    "Instant::",
    "println!",
    "eprintln!",
    "print!(",
    "eprint!(",
    "calamine",
    "ratatui",
    "crossterm",
    "notify::",
    "clap::",
    "rust_xlsxwriter",
    "zip::",
    "crate::import",
    "crate::export",
    "crate::questionnaire",
    "crate::session",
    "crate::store",
    "crate::tui",
    "crate::cli",
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if dir.is_file() {
        return vec![dir.to_path_buf()];
    }
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs")
            // A folder's `tests.rs` is its `#[cfg(test)] mod tests;`: test code may time and print.
            && path.file_name().is_some_and(|n| n != "tests.rs")
        {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// The code of a file without its comments and without its `#[cfg(test)]` module (tests may
/// read files): what the program does, not what it says.
fn code(path: &Path) -> String {
    let text = fs::read_to_string(path).unwrap();
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(at) => &text[..at],
        None => &text,
    };
    text.lines()
        .map(|line| match line.find("//") {
            // A `//` inside a string ("https://…") is not a comment; none of the forbidden
            // names hides in such a string, so cutting there only drops text.
            Some(at) => &line[..at],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_core_does_no_io_and_imports_no_edge() {
    let mut found = Vec::new();
    for part in CORE {
        for file in rust_files(&src().join(part)) {
            let code = code(&file);
            for (n, line) in code.lines().enumerate() {
                for bad in FORBIDDEN {
                    if line.contains(bad) {
                        found.push(format!(
                            "{}:{}: {bad}: {}",
                            file.strip_prefix(src()).unwrap().display(),
                            n + 1,
                            line.trim()
                        ));
                    }
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "the pure core reaches out:\n{}",
        found.join("\n")
    );
}

/// A file's module path: `src/score/flags.rs` -> `score::flags`, `src/score/mod.rs` -> `score`.
fn module_of(file: &Path) -> String {
    let rel = file.strip_prefix(src()).unwrap().with_extension("");
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts
        .last()
        .is_some_and(|p| p == "mod" || p == "lib" || p == "main")
    {
        parts.pop();
    }
    parts.join("::")
}

/// The module paths a file's code names: `crate::a::b…`, `super::x…` (resolved), with `use`
/// groups (`use super::{a, b::C}`) expanded.
fn references(module: &str, is_mod_file: bool, code: &str) -> BTreeSet<Vec<String>> {
    let mut out = BTreeSet::new();
    // A mod.rs is its module; another file's `super` is its parent module.
    let mut base: Vec<String> = module
        .split("::")
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect();
    if is_mod_file {
        base.push(String::new());
    }
    let bytes = code.as_bytes();
    for start in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(at) = code[from..].find(start) {
            let at = from + at;
            from = at + start.len();
            if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_') {
                continue;
            }
            let mut prefix: Vec<String> = if start == "crate::" {
                Vec::new()
            } else {
                base[..base.len().saturating_sub(1)].to_vec()
            };
            let mut rest = &code[from..];
            // Further `super::`s climb on.
            while let Some(r) = rest.strip_prefix("super::") {
                prefix.pop();
                rest = r;
            }
            prefix.retain(|s| !s.is_empty());
            for path in expand(rest) {
                let mut full = prefix.clone();
                full.extend(path);
                out.insert(full);
            }
        }
    }
    out
}

/// The paths a `use` tail stands for: `a::b::C` -> [[a, b, C]]; `{a, b::{c, D}}` -> each.
fn expand(rest: &str) -> Vec<Vec<String>> {
    let ident: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
        .collect();
    let mut head: Vec<String> = ident
        .split("::")
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect();
    let after = &rest[ident.len()..];
    if (ident.is_empty() || ident.ends_with("::"))
        && let Some(group) = after.strip_prefix('{')
    {
        let mut depth = 1;
        let mut end = 0;
        for (i, c) in group.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                end = i;
                break;
            }
        }
        let inner = &group[..end];
        let mut items = Vec::new();
        let mut depth = 0;
        let mut piece = String::new();
        for c in inner.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    items.push(std::mem::take(&mut piece));
                    continue;
                }
                _ => {}
            }
            piece.push(c);
        }
        items.push(piece);
        let mut out = Vec::new();
        for item in items {
            let item = item.trim();
            if item.is_empty() || item == "self" || item == "*" {
                out.push(head.clone());
                continue;
            }
            for tail in expand(item) {
                let mut p = head.clone();
                p.extend(tail);
                out.push(p);
            }
        }
        return out;
    }
    if head.last().is_some_and(|s| s == "self") {
        head.pop();
    }
    vec![head]
}

/// The file-level import graph: file -> the files whose items it names. A folder's `mod.rs`
/// naming its own children is left out: it declares them.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let files = rust_files(&src());
    let modules: BTreeMap<String, PathBuf> =
        files.iter().map(|f| (module_of(f), f.clone())).collect();
    let mut graph = BTreeMap::new();
    for file in &files {
        let module = module_of(file);
        let is_mod = file
            .file_name()
            .is_some_and(|n| n == "mod.rs" || n == "lib.rs");
        let mut to = BTreeSet::new();
        for path in references(&module, is_mod, &code(file)) {
            // The longest prefix of the path that is a module of ours.
            let target = (1..=path.len())
                .rev()
                .map(|n| path[..n].join("::"))
                .find(|m| modules.contains_key(m));
            let Some(target) = target else { continue };
            let own_child =
                is_mod && (module.is_empty() || target.starts_with(&format!("{module}::")));
            if target != module && !own_child {
                to.insert(target);
            }
        }
        graph.insert(module, to);
    }
    graph
}

#[test]
fn no_two_files_import_each_other() {
    let graph = graph();
    // Depth-first search for a path back to where it started.
    fn back(
        graph: &BTreeMap<String, BTreeSet<String>>,
        node: &str,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == node) {
            let mut circle = path[at..].to_vec();
            circle.push(node.to_string());
            return Some(circle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(c) = back(graph, next, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        if let Some(circle) = back(&graph, node, &mut Vec::new(), &mut done) {
            panic!("an import circle: {}", circle.join(" -> "));
        }
    }
}

#[test]
fn the_graph_sees_the_imports_it_checks() {
    // The reader of imports must see what it guards, or the two tests above pass vacuously.
    let graph = graph();
    let of = |m: &str| graph.get(m).cloned().unwrap_or_default();
    assert!(of("cli").contains("session"), "{:?}", of("cli"));
    assert!(of("tui").contains("session"), "{:?}", of("tui"));
    assert!(
        of("analysis").contains("score::rank"),
        "{:?}",
        of("analysis")
    );
    assert!(of("score::knockout").contains("score::risk"));
    let found = references(
        "a::b",
        false,
        "use super::{c, d::{E, f}};\nuse crate::x::Y;",
    );
    let want: BTreeSet<Vec<String>> = [
        vec!["a", "c"],
        vec!["a", "d", "E"],
        vec!["a", "d", "f"],
        vec!["x", "Y"],
    ]
    .iter()
    .map(|p| p.iter().map(|s| s.to_string()).collect())
    .collect();
    assert_eq!(found, want);
    // And the purity check sees a forbidden import in code, but not in a comment.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("x.rs");
    fs::write(&file, "// std::fs in a comment\nuse std::fs;\n").unwrap();
    let c = code(&file);
    assert!(!c.lines().next().unwrap().contains("std::fs"));
    assert!(c.lines().nth(1).unwrap().contains("std::fs"));
}
