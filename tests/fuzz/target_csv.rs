//! The CSV target: the sample and the CSV fixtures mutated as records, fields and bytes —
//! rows and columns deleted, copied, swapped; quotes, separators, line ends, BOMs, encodings,
//! long fields and vendor phrases — read, scored and written in-process, and checked through
//! the binary.

use std::rc::Rc;

use offerlens::import::{self, Limits};

use super::bytes;
use super::harness::{Depth, Input, Target};
use super::phrases;
use super::pipeline;
use super::rng::Rng;

/// A seed file split into rows of fields (naively: quotes are not honoured, so joining with
/// the same separator gives the text back).
struct Grid {
    rows: Vec<Vec<String>>,
    sep: char,
}

/// The seed files as text (the Windows-1250 fixture decoded).
fn seeds() -> Vec<String> {
    let mut files = pipeline::files("samples", &["csv"]);
    files.extend(pipeline::files("tests/fixtures", &["csv", "tsv"]));
    files
        .iter()
        .map(|p| {
            let bytes = std::fs::read(p).unwrap();
            match String::from_utf8(bytes) {
                Ok(s) => s.trim_start_matches('\u{feff}').to_string(),
                Err(e) => encoding_rs::WINDOWS_1250
                    .decode(e.as_bytes())
                    .0
                    .into_owned(),
            }
        })
        .collect()
}

impl Grid {
    fn parse(text: &str) -> Grid {
        let first = text.lines().next().unwrap_or("");
        let sep = [';', '\t', ',']
            .into_iter()
            .max_by_key(|s| first.matches(*s).count())
            .unwrap();
        let rows = text
            .split('\n')
            .map(|line| {
                line.trim_end_matches('\r')
                    .split(sep)
                    .map(str::to_string)
                    .collect()
            })
            .collect();
        Grid { rows, sep }
    }

    fn width(&self) -> usize {
        self.rows.iter().map(Vec::len).max().unwrap_or(0)
    }

    /// A random cell that exists (the grid is never empty of rows).
    fn cell(&mut self, rng: &mut Rng) -> Option<&mut String> {
        let r = rng.below(self.rows.len());
        let row = &mut self.rows[r];
        if row.is_empty() {
            return None;
        }
        let c = rng.below(row.len());
        Some(&mut row[c])
    }
}

/// A cell value: a phrase from the grammar, quoted or not.
fn cell_value(rng: &mut Rng, sep: char) -> String {
    let v = match rng.below(6) {
        0 => phrases::number(rng),
        1 => String::new(),
        2 => "x".repeat(rng.size(70_000)),
        _ => phrases::value(rng),
    };
    match rng.below(4) {
        0 => format!("\"{}\"", v.replace('"', "\"\"")),
        1 => format!("\"{v}{sep}\n{v}\""),
        _ => v,
    }
}

/// One change to the rows and fields.
fn mutate_grid(rng: &mut Rng, g: &mut Grid) {
    let n = g.rows.len();
    let (a, b) = (rng.below(n), rng.below(n));
    match rng.below(16) {
        0 if n > 1 => {
            g.rows.remove(a);
        }
        1 => {
            let row = g.rows[a].clone();
            g.rows.insert(b, row);
        }
        2 => g.rows.swap(a, b),
        3 | 4 => {
            let col = rng.below(g.width().max(1));
            let op = rng.below(3);
            let other = rng.below(g.width().max(1));
            for row in &mut g.rows {
                match op {
                    0 if col < row.len() => {
                        row.remove(col);
                    }
                    1 if col < row.len() => {
                        let v = row[col].clone();
                        row.insert(col, v);
                    }
                    2 if col < row.len() && other < row.len() => row.swap(col, other),
                    _ => {}
                }
            }
        }
        5 => {
            let row = &mut g.rows[a];
            if !row.is_empty() {
                let c = rng.below(row.len());
                row.remove(c);
            }
        }
        6 => {
            let v = cell_value(rng, g.sep);
            let row = &mut g.rows[a];
            let c = rng.below(row.len() + 1);
            row.insert(c, v);
        }
        7..=10 => {
            let v = cell_value(rng, g.sep);
            if let Some(cell) = g.cell(rng) {
                *cell = v;
            }
        }
        11 => quote_trick(rng, g),
        12 => {
            // Title lines or blank lines above the header.
            let line = rng.pick(&["", "Porównanie ofert", "Oferty;;;", ";;;;", "\"", "#"]);
            g.rows.insert(0, vec![(*line).to_string()]);
        }
        13 if rng.one_in(4) => {
            // Many rows: copies of the first data row.
            let copies = rng.size(600);
            let row = g.rows[1.min(n - 1)].clone();
            g.rows.extend(std::iter::repeat_n(row, copies));
        }
        14 if rng.one_in(4) => {
            let extra = rng.size(1_500);
            g.rows[a].extend((0..extra).map(|i| format!("K{i}")));
        }
        _ => {
            // Decimal points and commas swapped in a cell.
            if let Some(cell) = g.cell(rng) {
                *cell = cell
                    .chars()
                    .map(|c| match c {
                        '.' => ',',
                        ',' => '.',
                        c => c,
                    })
                    .collect();
            }
        }
    }
}

/// Quotes where they hurt: unclosed, in the middle, doubled, around separators.
fn quote_trick(rng: &mut Rng, g: &mut Grid) {
    let sep = g.sep;
    let Some(cell) = g.cell(rng) else { return };
    *cell = match rng.below(5) {
        0 => format!("\"{cell}"),
        1 => format!("{cell}\""),
        2 => {
            let mid = cell.char_indices().map(|(i, _)| i).nth(cell.len() / 2);
            let mut c = cell.clone();
            c.insert(mid.unwrap_or(0), '"');
            c
        }
        3 => format!("\"{cell}\"\"{sep}\""),
        _ => format!("\"\"\"{cell}\"\"\""),
    };
}

/// The rows joined again, with some separator and line ends.
fn render(rng: &mut Rng, g: &Grid) -> String {
    let sep = if rng.one_in(8) {
        *rng.pick(&[";", ",", "\t", "|"])
    } else {
        match g.sep {
            ';' => ";",
            '\t' => "\t",
            _ => ",",
        }
    };
    let ends = ["\n", "\r\n", "\r"];
    let end_choice = rng.below(6);
    let mut out = String::new();
    for (i, row) in g.rows.iter().enumerate() {
        if i > 0 {
            out.push_str(match end_choice {
                0 => "\r\n",
                1 => "\r",
                2 => rng.word(&ends),
                _ => "\n",
            });
        }
        out.push_str(&row.join(sep));
    }
    out
}

/// The text as bytes in some encoding, with or without a BOM.
fn encode(rng: &mut Rng, text: &str) -> Vec<u8> {
    match rng.below(14) {
        0 => [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
        1 => encoding_rs::WINDOWS_1250.encode(text).0.into_owned(),
        2 => utf16(text, true, true),
        3 => utf16(text, false, true),
        4 => utf16(text, true, false),
        5 => [b"\xFF\xFE".as_slice(), text.as_bytes()].concat(),
        6 => [
            b"\xEF\xBB\xBF".as_slice(),
            &encoding_rs::WINDOWS_1250.encode(text).0,
        ]
        .concat(),
        _ => text.as_bytes().to_vec(),
    }
}

fn utf16(text: &str, little: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let units = bom.then_some(0xFEFF).into_iter().chain(text.encode_utf16());
    for u in units {
        out.extend(if little {
            u.to_le_bytes()
        } else {
            u.to_be_bytes()
        });
    }
    out
}

fn generate(rng: &mut Rng, seeds: &[String]) -> Input {
    let seed: &String = rng.pick(seeds);
    let mut grid = Grid::parse(seed);
    for _ in 0..rng.between(1, 6) {
        mutate_grid(rng, &mut grid);
    }
    let text = render(rng, &grid);
    let mut data = encode(rng, &text);
    if rng.one_in(3) {
        bytes::mutate(rng, &mut data, 4);
    }
    Input::new(data, if grid.sep == '\t' { "tsv" } else { "csv" })
}

fn run(input: &Input, depth: Depth) -> bool {
    match import::csv::read(&input.bytes, "fuzz.csv", &Limits::default()) {
        Ok((table, notes)) => {
            let criteria = pipeline::profile(input.bytes.len());
            pipeline::analyse(criteria, vec![table], notes, depth);
            true
        }
        Err(_) => false,
    }
}

pub fn target() -> Target {
    let seeds = Rc::new(seeds());
    Target {
        name: "csv",
        extensions: &["csv", "tsv"],
        generate: Box::new(move |rng| generate(rng, &seeds)),
        run,
        commands: pipeline::offer_commands,
    }
}
