//! The criteria target: the built-in criteria files mutated as TOML documents (keys deleted,
//! types swapped, numbers out of range, unknown keys, duplicate ids, other kinds, huge arrays,
//! unicode) and as text (broken syntax), then parsed, weight-edited and scored against the
//! sample offers in-process, and checked through the binary.

use std::ffi::OsString;
use std::path::Path;
use std::rc::Rc;
use std::sync::OnceLock;

use offerlens::criteria;
use offerlens::import::{self, Limits};
use offerlens::table::RawTable;
use toml_edit::{Array, DocumentMut, InlineTable, Item, Table, Value};

use super::bytes;
use super::harness::{Depth, Input, Target};
use super::phrases;
use super::pipeline;
use super::rng::Rng;

struct Seed {
    text: String,
    doc: DocumentMut,
}

fn seeds() -> Vec<Seed> {
    pipeline::files("criteria", &["toml"])
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            let doc = text.parse().unwrap();
            Seed { text, doc }
        })
        .collect()
}

/// Every key the criteria format knows, and a few it does not.
const KEYS: &[&str] = &[
    "name",
    "description",
    "currency",
    "prices",
    "vat_rate",
    "exchange_rates",
    "method",
    "vendor_columns",
    "business",
    "revenue_per_hour",
    "support_hours_per_month",
    "critical_incidents_per_year",
    "data_value_per_hour",
    "missed_sla_share",
    "id",
    "label",
    "group",
    "kind",
    "unit",
    "per",
    "better",
    "weight",
    "scoring",
    "best",
    "worst",
    "columns",
    "missing",
    "require",
    "choices",
    "choice_aliases",
    "prevents",
    "applies_to",
    "read_as",
    "question",
    "question_pl",
    "rule",
    "criterion",
    "criteria",
    "ratio",
    "patterns",
    "min_items",
    "years",
    "as_of",
    "threshold",
    "penalty",
    "action",
    "message",
    "wieght",
    "Kind",
    "colums",
    "ID",
    "x",
    "ąę",
    "weight ",
];

/// Words the format gives meaning to, anywhere a string goes.
const WORDS: &[&str] = &[
    "number",
    "money",
    "percent",
    "duration",
    "bool",
    "choice",
    "text",
    "year",
    "window",
    "risk_cost",
    "contract",
    "mo",
    "weighted_sum",
    "topsis",
    "minmax",
    "ratio",
    "linear",
    "higher",
    "lower",
    "worst",
    "disqualify",
    "ignore",
    "hour",
    "day",
    "week",
    "month",
    "quarter",
    "year",
    "godzina",
    "miesiąc",
    "rok",
    "h",
    "min",
    "d",
    "%",
    "working days",
    "net",
    "gross",
    "netto",
    "brutto",
    "PLN",
    "EUR",
    "eur",
    "XXXX",
    "below_mean",
    "below_median",
    "vague_text",
    "missing",
    "older_than",
    "above",
    "scope",
    "sla",
    "security",
    "price",
    "other",
    "monthly_fee",
    "hourly_rate",
    "hours_included",
    "uptime",
    "p1_response",
    "p1_rto",
    "risk_cost",
    "yes",
    "no",
    "Agencja",
    "Abonament miesięczny",
    "",
    " ",
    "\0",
    "\u{202E}x",
    "id with space",
];

const KINDS: &[&str] = &[
    "number",
    "money",
    "percent",
    "duration",
    "bool",
    "choice",
    "text",
    "year",
    "risk_cost",
];

fn odd_number(rng: &mut Rng) -> Value {
    if rng.one_in(2) {
        Value::from(*rng.pick(&[
            0.0,
            -0.0,
            -1.0,
            0.5,
            1.0,
            0.999_999_9,
            100.0,
            100.000_1,
            1e308,
            -1e308,
            5e-324,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ]))
    } else {
        Value::from(*rng.pick(&[
            0i64,
            -1,
            1,
            2,
            5,
            100,
            101,
            1899,
            1900,
            2100,
            2101,
            i64::MAX,
            i64::MIN,
        ]))
    }
}

fn odd_string(rng: &mut Rng) -> Value {
    match rng.below(5) {
        0 => Value::from(phrases::value(rng)),
        1 => Value::from("x".repeat(rng.size(20_000))),
        _ => Value::from(*rng.pick(WORDS)),
    }
}

fn odd_array(rng: &mut Rng) -> Value {
    let n = rng.size(5_000);
    let mut a = Array::new();
    let kind = rng.below(4);
    for i in 0..n {
        match kind {
            0 => a.push(format!("Kolumna {i}")),
            1 => a.push(odd_string(rng)),
            2 => a.push(odd_number(rng)),
            _ => a.push(odd_value(rng, 1)),
        }
    }
    Value::Array(a)
}

fn odd_inline_table(rng: &mut Rng) -> Value {
    let mut t = InlineTable::new();
    match rng.below(6) {
        0 => {
            t.insert("min", odd_number(rng));
            if rng.one_in(2) {
                t.insert("max", odd_number(rng));
            }
        }
        1 => {
            t.insert("max", odd_number(rng));
        }
        2 => {
            t.insert("one_of", odd_array(rng));
        }
        3 => {
            for i in 0..rng.size(2_000) {
                let key = if rng.one_in(2) {
                    (*rng.pick(WORDS)).to_string()
                } else {
                    format!("k{i}")
                };
                t.insert(key, odd_number(rng));
            }
        }
        4 => {
            t.insert("pl", Value::from("a"));
            t.insert("en", Value::from("b"));
        }
        _ => {
            t.insert(*rng.pick(&["EUR", "USD", "pln", "X"]), odd_number(rng));
        }
    }
    Value::InlineTable(t)
}

/// A value of any type (`depth` keeps arrays of arrays finite).
fn odd_value(rng: &mut Rng, depth: usize) -> Value {
    match rng.below(if depth > 0 { 4 } else { 7 }) {
        0 => odd_number(rng),
        1 => odd_string(rng),
        2 => Value::from(rng.one_in(2)),
        3 => Value::from(
            "1979-05-27T07:32:00Z"
                .parse::<toml_edit::Datetime>()
                .unwrap(),
        ),
        4 => odd_array(rng),
        5 => odd_inline_table(rng),
        _ => Value::from(*rng.pick(KINDS)),
    }
}

/// A value of the type a key expects, or of any type.
fn value_for(rng: &mut Rng, key: &str) -> Item {
    let typed = match key {
        "kind" => Value::from(*rng.pick(KINDS)),
        "weight"
        | "best"
        | "worst"
        | "vat_rate"
        | "ratio"
        | "penalty"
        | "years"
        | "min_items"
        | "as_of"
        | "threshold"
        | "revenue_per_hour"
        | "support_hours_per_month"
        | "critical_incidents_per_year" => odd_number(rng),
        "columns" | "vendor_columns" | "patterns" | "criteria" => odd_array(rng),
        "require" | "choices" | "choice_aliases" | "exchange_rates" => odd_inline_table(rng),
        _ => odd_string(rng),
    };
    Item::Value(if rng.one_in(3) {
        odd_value(rng, 0)
    } else {
        typed
    })
}

/// Which table a change goes to: a criterion most often, a red flag, `[business]` or the root.
fn pick_table<'a>(rng: &mut Rng, doc: &'a mut DocumentMut) -> &'a mut Table {
    let which = rng.below(10);
    let list = match which {
        0..=5 => Some("criterion"),
        6 | 7 => Some("red_flag"),
        _ => None,
    };
    table_in(rng, doc, list, which == 8)
}

/// One table of the `list` array of tables (`criterion`, `red_flag`), else `[business]` when
/// asked for, else the root.
fn table_in<'a>(
    rng: &mut Rng,
    doc: &'a mut DocumentMut,
    list: Option<&str>,
    business: bool,
) -> &'a mut Table {
    let root = doc.as_table_mut();
    if let Some(key) = list {
        let len = root
            .get(key)
            .and_then(Item::as_array_of_tables)
            .map_or(0, |a| a.len());
        if len > 0 {
            let i = rng.below(len);
            return root
                .get_mut(key)
                .and_then(Item::as_array_of_tables_mut)
                .and_then(|a| a.get_mut(i))
                .unwrap();
        }
    }
    if business {
        if !root.contains_key("business") {
            root.insert("business", toml_edit::table());
        }
        if root.get("business").is_some_and(Item::is_table) {
            return root
                .get_mut("business")
                .and_then(Item::as_table_mut)
                .unwrap();
        }
    }
    root
}

/// The ids of the criteria, to reuse (duplicate ids, red flags pointing at real criteria).
fn ids(doc: &DocumentMut) -> Vec<String> {
    doc.get("criterion")
        .and_then(Item::as_array_of_tables)
        .map(|a| {
            a.iter()
                .filter_map(|t| t.get("id").and_then(Item::as_str).map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// One change to the document.
fn mutate_doc(rng: &mut Rng, doc: &mut DocumentMut) {
    let ids = ids(doc);
    match rng.below(12) {
        0 | 1 => {
            let t = pick_table(rng, doc);
            let keys: Vec<String> = t.iter().map(|(k, _)| k.to_string()).collect();
            if !keys.is_empty() {
                let key = rng.pick(&keys).clone();
                t.remove(&key);
            }
        }
        2..=4 => {
            let t = pick_table(rng, doc);
            let keys: Vec<String> = t.iter().map(|(k, _)| k.to_string()).collect();
            let key = if keys.is_empty() || rng.one_in(6) {
                (*rng.pick(KEYS)).to_string()
            } else {
                rng.pick(&keys).clone()
            };
            let v = value_for(rng, &key);
            t.insert(&key, v);
        }
        5 | 6 => {
            let kind = *rng.pick(KINDS);
            table_in(rng, doc, Some("criterion"), false).insert("kind", toml_edit::value(kind));
        }
        7 => {
            // Another criterion's id: a duplicate id, or a red flag about another criterion.
            if !ids.is_empty() {
                let id = toml_edit::value(rng.pick(&ids).clone());
                if rng.one_in(2) {
                    table_in(rng, doc, Some("criterion"), false).insert("id", id);
                } else {
                    table_in(rng, doc, Some("red_flag"), false).insert("criterion", id);
                }
            }
        }
        8 => copy_or_drop(rng, doc),
        9 if rng.one_in(4) => many_criteria(rng, doc),
        _ => {
            // A value moved from one table to another.
            let from = pick_table(rng, doc);
            let entries: Vec<(String, Item)> = from
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect();
            if !entries.is_empty() {
                let (key, item) = rng.pick(&entries).clone();
                let key = if rng.one_in(4) {
                    (*rng.pick(KEYS)).to_string()
                } else {
                    key
                };
                pick_table(rng, doc).insert(&key, item);
            }
        }
    }
}

/// A criterion or red flag copied (same id) or deleted; sometimes every criterion goes.
fn copy_or_drop(rng: &mut Rng, doc: &mut DocumentMut) {
    let key = *rng.pick(&["criterion", "red_flag"]);
    let Some(list) = doc.get_mut(key).and_then(Item::as_array_of_tables_mut) else {
        return;
    };
    if list.is_empty() {
        return;
    }
    let i = rng.below(list.len());
    match rng.below(4) {
        0 => {
            let copy = list.get(i).unwrap().clone();
            list.push(copy);
        }
        1 => list.clear(),
        _ => {
            list.remove(i);
        }
    }
}

/// Hundreds of criteria (distinct ids), or a few with hundreds of columns.
fn many_criteria(rng: &mut Rng, doc: &mut DocumentMut) {
    let Some(list) = doc
        .get_mut("criterion")
        .and_then(Item::as_array_of_tables_mut)
    else {
        return;
    };
    let Some(first) = list.get(0).cloned() else {
        return;
    };
    for i in 0..rng.size(400) {
        let mut copy = first.clone();
        copy.insert("id", toml_edit::value(format!("c{i}")));
        list.push(copy);
    }
}

/// Lines that break the syntax, or change the meaning of what follows.
const LINES: &[&str] = &[
    "[",
    "[[criterion]]",
    "[criterion]",
    "[[red_flag]]",
    "[business]",
    "= 1",
    "weight =",
    "id = \"x",
    "name = \"\"\"",
    "'''",
    "a.b.c = 1",
    "key = {",
    "x = [1,",
    "\u{feff}",
    "weight = 1_000_",
    "best = 1979-05-27",
    "kind = \"\\u0000\"",
    "kind = \"\\uD800\"",
    "columns = [\"\", \"\"]",
    "[[criterion]]\nid = \"extra\"",
    "[[red_flag]]\nid = \"f\"\nrule = \"missing\"",
    "weight = nan",
    "weight = -inf",
    "best = 1e400",
];

/// One change to the text: lines deleted, copied, swapped, inserted, or the text cut.
fn mutate_text(rng: &mut Rng, text: &str) -> String {
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    let n = lines.len();
    let (a, b) = (rng.below(n), rng.below(n));
    match rng.below(5) {
        0 => {
            lines.remove(a);
        }
        1 => {
            let l = lines[a].clone();
            lines.insert(b, l);
        }
        2 => lines.swap(a, b),
        3 => lines.insert(a, (*rng.pick(LINES)).to_string()),
        _ => {
            let cut = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .nth(rng.below(text.chars().count() + 1))
                .unwrap_or(0);
            return text[..cut].to_string();
        }
    }
    lines.join("\n")
}

fn generate(rng: &mut Rng, seeds: &[Seed]) -> Input {
    let seed = rng.pick(seeds);
    let mut text = if rng.one_in(6) {
        seed.text.clone()
    } else {
        let mut doc = seed.doc.clone();
        for _ in 0..rng.between(1, 3) {
            mutate_doc(rng, &mut doc);
        }
        doc.to_string()
    };
    if rng.one_in(6) {
        for _ in 0..rng.between(1, 3) {
            text = mutate_text(rng, &text);
        }
    }
    let mut data = text.into_bytes();
    if rng.one_in(12) {
        bytes::mutate(rng, &mut data, 3);
    }
    Input::new(data, "toml")
}

/// The sample offers, read once.
fn sample_table() -> RawTable {
    static TABLE: OnceLock<RawTable> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            let bytes = std::fs::read(pipeline::root().join("samples/agencies.csv")).unwrap();
            import::csv::read(&bytes, "agencies.csv", &Limits::default())
                .unwrap()
                .0
        })
        .clone()
}

fn run(input: &Input, depth: Depth) -> bool {
    let text = String::from_utf8_lossy(&input.bytes);
    match criteria::parse(&text, "fuzz.toml") {
        Ok(c) => {
            let ids: Vec<(String, f64)> = c
                .criteria
                .iter()
                .map(|k| (k.id.clone(), k.weight * 2.0 + 0.5))
                .collect();
            let weights: Vec<(&str, f64)> = ids.iter().map(|(id, w)| (id.as_str(), *w)).collect();
            if let Ok(edited) = criteria::edit::set_weights(&text, &weights) {
                criteria::parse(&edited, "fuzz.toml").ok();
            }
            pipeline::analyse(c, vec![sample_table()], Vec::new(), depth);
            true
        }
        Err(e) => {
            e.to_string();
            false
        }
    }
}

fn commands(input: &Input, dir: &Path) -> Vec<Vec<OsString>> {
    let file = dir.join("in.toml");
    std::fs::write(&file, &input.bytes).unwrap();
    let offers = pipeline::root()
        .join("samples/agencies.csv")
        .into_os_string();
    let file = file.into_os_string();
    let questionnaire = dir.join("questionnaire.xlsx");
    std::fs::remove_file(&questionnaire).ok();
    vec![
        vec!["check".into(), "-c".into(), file.clone(), offers.clone()],
        vec![
            "rank".into(),
            "-c".into(),
            file.clone(),
            "-f".into(),
            "json".into(),
            "--no-timestamp".into(),
            offers,
        ],
        vec![
            "template".into(),
            "-c".into(),
            file,
            "-o".into(),
            questionnaire.into_os_string(),
        ],
    ]
}

pub fn target() -> Target {
    let seeds = Rc::new(seeds());
    Target {
        name: "criteria",
        extensions: &["toml"],
        generate: Box::new(move |rng| generate(rng, &seeds)),
        run,
        commands,
    }
}
