//! Writing changed weights back into a criteria file's text, keeping its comments and layout.
//!
//! The file is parsed with `toml_edit` only to find where things are; the new text is the old
//! one with the weight values spliced in. Re-rendering a `toml_edit::DocumentMut` would be
//! simpler but is not byte-exact: it turns CRLF line ends into LF and adds a final newline
//! that the file may not have.

use crate::i18n::Msg;
use std::ops::Range;

use toml_edit::{Document, Item, Value};

/// Why weights could not be written into a criteria file.
#[derive(Debug, Clone, PartialEq)]
pub enum WeightsFileError {
    /// The text is not valid TOML (1-based line and column, columns in characters).
    InvalidToml {
        line: usize,
        column: usize,
        message: String,
    },
    /// No criterion in the file has this id.
    UnknownCriterion { id: String },
    /// More than one criterion has this id, so which one to change is unclear.
    DuplicateId { id: String },
    /// A weight that cannot be written: negative, NaN or infinite.
    InvalidWeight { id: String, weight: f64 },
    /// `criterion` (or its `weight`) is written in a shape this editor does not handle.
    Unsupported(Msg),
}

impl WeightsFileError {
    /// What went wrong, for any language.
    pub fn message(&self) -> Msg {
        match self {
            WeightsFileError::InvalidToml {
                line,
                column,
                message,
            } => Msg::new("edit-invalid-toml")
                .count("line", *line)
                .count("column", *column)
                .with("message", message),
            WeightsFileError::UnknownCriterion { id } => {
                Msg::new("edit-unknown-criterion").with("id", id)
            }
            WeightsFileError::DuplicateId { id } => Msg::new("edit-duplicate-id").with("id", id),
            WeightsFileError::InvalidWeight { id, weight } => Msg::new("edit-invalid-weight")
                .with("id", id)
                .with("weight", weight.to_string()),
            WeightsFileError::Unsupported(why) => {
                Msg::new("edit-unsupported").msg("why", why.clone())
            }
        }
    }
}

impl std::fmt::Display for WeightsFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.message())
    }
}

impl std::error::Error for WeightsFileError {}

/// Where one criterion's weight goes.
enum Slot {
    /// The span of the existing `weight` value, and its value when it is a number.
    Existing {
        span: Range<usize>,
        current: Option<f64>,
    },
    /// No `weight` key: insert a whole key/value line at `at` in a `[[criterion]]` table.
    NewLine {
        at: usize,
        /// Line end before the new line (the id was on the file's last, unterminated line).
        lead: &'static str,
        indent: String,
        /// `weight` padded like the `id` key, then `=` and the id's spacing after it.
        key_part: String,
        eol: &'static str,
    },
    /// No `weight` key in an inline table: insert `, weight = N` at `at` (after the id value).
    NewInline { at: usize },
}

/// Sets the `weight` of each listed criterion (by id) in a criteria file's TOML text.
///
/// Only the weight values change: comments, blank lines, key order, alignment, line ends and
/// every other value stay byte for byte. A whole weight is written as an integer (`8`), any
/// other as the shortest float that reads back the same (`7.5`). A weight equal to the current
/// one (or 1, the default, for a criterion without a `weight` key) leaves the text as it is;
/// a criterion without a `weight` key gets one on the line after its `id`. When an id is
/// listed twice, the last weight wins.
///
/// Criteria may be `[[criterion]]` tables or a `criterion = [{ ... }]` array of inline tables.
pub fn set_weights(text: &str, weights: &[(&str, f64)]) -> Result<String, WeightsFileError> {
    let doc = Document::parse(text).map_err(|e| {
        let at = e.span().map_or(0, |s| s.start);
        let (line, column) = line_column(text, at);
        WeightsFileError::InvalidToml {
            line,
            column,
            message: e.message().trim().to_string(),
        }
    })?;
    for &(id, weight) in weights {
        if !weight.is_finite() || weight < 0.0 {
            return Err(WeightsFileError::InvalidWeight {
                id: id.to_string(),
                weight,
            });
        }
    }
    let criteria = locate(&doc, text)?;

    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    for (i, &(id, weight)) in weights.iter().enumerate() {
        if weights[i + 1..].iter().any(|(later, _)| *later == id) {
            continue;
        }
        let mut found = criteria.iter().filter(|(cid, _)| cid == id);
        let (_, slot) = found
            .next()
            .ok_or_else(|| WeightsFileError::UnknownCriterion { id: id.to_string() })?;
        if found.next().is_some() {
            return Err(WeightsFileError::DuplicateId { id: id.to_string() });
        }
        let repr = weight_repr(weight);
        match slot {
            Slot::Existing { current, .. } if *current == Some(weight) => {}
            Slot::Existing { span, .. } => edits.push((span.clone(), repr)),
            // An absent weight is 1.
            Slot::NewLine { .. } | Slot::NewInline { .. } if weight == 1.0 => {}
            Slot::NewLine {
                at,
                lead,
                indent,
                key_part,
                eol,
            } => edits.push((*at..*at, format!("{lead}{indent}{key_part}{repr}{eol}"))),
            Slot::NewInline { at } => edits.push((*at..*at, format!(", weight = {repr}"))),
        }
    }

    edits.sort_by_key(|(span, _)| std::cmp::Reverse(span.start));
    let mut out = text.to_string();
    for (span, new) in edits {
        out.replace_range(span, &new);
    }
    debug_assert!(Document::parse(out.as_str()).is_ok(), "{out}");
    Ok(out)
}

/// The id and weight slot of every criterion that has a string `id`, in file order.
fn locate(doc: &Document<&str>, text: &str) -> Result<Vec<(String, Slot)>, WeightsFileError> {
    let mut found = Vec::new();
    match doc.get("criterion") {
        None => {}
        Some(Item::ArrayOfTables(tables)) => {
            for table in tables.iter() {
                let Some((id_key, id_item)) = table.get_key_value("id") else {
                    continue;
                };
                let Some(id) = id_item.as_str() else { continue };
                let slot = match table.get("weight") {
                    Some(Item::Value(v)) => existing(v, id)?,
                    Some(_) => return Err(not_a_value(id)),
                    None => new_line(
                        text,
                        span_of(id_key.span(), id)?,
                        span_of(id_item.span(), id)?,
                    ),
                };
                found.push((id.to_string(), slot));
            }
        }
        Some(Item::Value(Value::Array(items))) => {
            for item in items.iter() {
                let Some(table) = item.as_inline_table() else {
                    return Err(WeightsFileError::Unsupported(
                        Msg::new("toml-criterion-must-hold-tables-found")
                            .with("a0", (article(item.type_name())).to_string())
                            .with("a1", (item.type_name()).to_string()),
                    ));
                };
                let Some(id_value) = table.get("id") else {
                    continue;
                };
                let Some(id) = id_value.as_str() else {
                    continue;
                };
                let slot = match table.get("weight") {
                    Some(v) => existing(v, id)?,
                    None => Slot::NewInline {
                        at: span_of(id_value.span(), id)?.end,
                    },
                };
                found.push((id.to_string(), slot));
            }
        }
        Some(other) => {
            return Err(WeightsFileError::Unsupported(
                Msg::new("toml-criterion-must-be-an-array")
                    .with("a0", (article(other.type_name())).to_string())
                    .with("a1", (other.type_name()).to_string()),
            ));
        }
    }
    Ok(found)
}

fn existing(value: &Value, id: &str) -> Result<Slot, WeightsFileError> {
    let current = match value {
        Value::Integer(i) => Some(*i.value() as f64),
        Value::Float(f) => Some(*f.value()),
        Value::Array(_) | Value::InlineTable(_) => return Err(not_a_value(id)),
        _ => None,
    };
    Ok(Slot::Existing {
        span: span_of(value.span(), id)?,
        current,
    })
}

/// Where and how to write a `weight` line after the `id` line of a `[[criterion]]` table.
fn new_line(text: &str, id_key: Range<usize>, id_value: Range<usize>) -> Slot {
    let line_start = text[..id_key.start].rfind('\n').map_or(0, |i| i + 1);
    let before_key = &text[line_start..id_key.start];
    let indent = if before_key.chars().all(|c| c == ' ' || c == '\t') {
        before_key.to_string()
    } else {
        String::new()
    };
    // Line the `=` up with the id's when the id's key is padded; then copy its spacing after `=`.
    let between = &text[id_key.end..id_value.start];
    let eq = between.find('=').unwrap_or(0);
    let key_width = id_key.len() + eq;
    let key_part = format!(
        "{:<width$}{}",
        "weight",
        &between[eq..],
        width = key_width.max("weight".len() + 1)
    );
    let (at, lead, eol) = match text[id_value.end..].find('\n') {
        Some(i) => {
            let newline = id_value.end + i;
            let eol = if text[..newline].ends_with('\r') {
                "\r\n"
            } else {
                "\n"
            };
            (newline + 1, "", eol)
        }
        None => (text.len(), "\n", ""),
    };
    Slot::NewLine {
        at,
        lead,
        indent,
        key_part,
        eol,
    }
}

/// A weight as TOML: an integer when whole (and exactly representable), else a float.
fn weight_repr(weight: f64) -> String {
    const MAX_EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    if weight.fract() == 0.0 && weight.abs() <= MAX_EXACT {
        // Exact here, and -0.0 becomes 0.
        format!("{}", weight as i64)
    } else {
        Value::from(weight).to_string()
    }
}

fn span_of(span: Option<Range<usize>>, id: &str) -> Result<Range<usize>, WeightsFileError> {
    // Always present on a freshly parsed `Document`; guard rather than index blindly.
    span.ok_or_else(|| {
        WeightsFileError::Unsupported(
            Msg::new("toml-cannot-locate-criterion-in-the").with("id", (id).to_string()),
        )
    })
}

fn not_a_value(id: &str) -> WeightsFileError {
    WeightsFileError::Unsupported(
        Msg::new("toml-the-weight-of-is-not").with("id", (id).to_string()),
    )
}

fn article(type_name: &str) -> &'static str {
    if type_name.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(text: &str, at: usize) -> (usize, usize) {
    let at = at.min(text.len());
    let before = text.get(..at).unwrap_or(text);
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::criteria;

    const FILE: &str = r#"# Criteria for a test.
name = "Test"

[[criterion]]
id = "price"
kind = "money"
weight = 7                 # buyer's choice
scoring = "ratio"

# The SLA.
[[criterion]]
id = "p1_response"          # first
kind = "duration"
unit = "min"

[[criterion]]
id     = "uptime"
kind   = "percent"
weight = 2.5
"#;

    fn weight_of(text: &str, id: &str) -> f64 {
        let c = criteria::parse(text, "test.toml").unwrap();
        c.criteria[c.index_of(id).unwrap()].weight
    }

    #[test]
    fn a_trailing_comment_and_its_alignment_are_kept() {
        let out = set_weights(FILE, &[("price", 8.0)]).unwrap();
        assert_eq!(
            line_diff(FILE, &out),
            (
                vec!["weight = 7                 # buyer's choice"],
                vec!["weight = 8                 # buyer's choice"]
            )
        );
        assert_eq!(out, FILE.replace("weight = 7 ", "weight = 8 "));
    }

    #[test]
    fn a_wider_value_keeps_the_spacing_before_the_comment() {
        let out = set_weights(FILE, &[("price", 12.25)]).unwrap();
        assert!(out.contains("\nweight = 12.25                 # buyer's choice\n"));
    }

    #[test]
    fn whole_weights_are_integers_and_others_shortest_floats() {
        let out = set_weights(FILE, &[("price", 7.5), ("uptime", 3.0)]).unwrap();
        assert!(out.contains("\nweight = 7.5                 # buyer's choice\n"));
        assert!(out.contains("\nweight = 3\n"));
        let out = set_weights(FILE, &[("price", 0.1 + 0.2)]).unwrap();
        assert!(out.contains("weight = 0.30000000000000004 "));
        assert_eq!(weight_repr(0.0), "0");
        assert_eq!(weight_repr(-0.0), "0");
        assert_eq!(weight_repr(15.0), "15");
        assert_eq!(weight_repr(1e20), "100000000000000000000.0");
    }

    #[test]
    fn an_unchanged_weight_leaves_the_text_identical() {
        assert_eq!(set_weights(FILE, &[]).unwrap(), FILE);
        let same = [("price", 7.0), ("uptime", 2.5), ("p1_response", 1.0)];
        assert_eq!(set_weights(FILE, &same).unwrap(), FILE);
        let float_seven = FILE.replace("weight = 7 ", "weight = 7.0 ");
        assert_eq!(
            set_weights(&float_seven, &[("price", 7.0)]).unwrap(),
            float_seven
        );
    }

    #[test]
    fn a_missing_weight_is_inserted_after_the_id_line() {
        let out = set_weights(FILE, &[("p1_response", 4.0)]).unwrap();
        assert_eq!(
            out,
            FILE.replace(
                "id = \"p1_response\"          # first\n",
                "id = \"p1_response\"          # first\nweight = 4\n"
            )
        );
        assert_eq!(weight_of(&out, "p1_response"), 4.0);
    }

    #[test]
    fn an_inserted_weight_follows_the_indent_and_alignment_of_the_id() {
        let text = "name = \"T\"\n[[criterion]]\n  id     = \"a\"\n  kind   = \"number\"\n";
        let out = set_weights(text, &[("a", 3.0)]).unwrap();
        assert_eq!(
            out,
            "name = \"T\"\n[[criterion]]\n  id     = \"a\"\n  weight = 3\n  kind   = \"number\"\n"
        );
        let wide = "name = \"T\"\n[[criterion]]\nid          = \"a\"\n";
        assert_eq!(
            set_weights(wide, &[("a", 3.0)]).unwrap(),
            "name = \"T\"\n[[criterion]]\nid          = \"a\"\nweight      = 3\n"
        );
    }

    #[test]
    fn line_ends_and_a_missing_final_newline_are_kept() {
        let crlf = FILE.replace('\n', "\r\n");
        let out = set_weights(&crlf, &[("price", 9.0), ("p1_response", 2.0)]).unwrap();
        assert_eq!(
            out,
            crlf.replace("weight = 7 ", "weight = 9 ")
                .replace("# first\r\n", "# first\r\nweight = 2\r\n")
        );
        let unterminated = "name = \"T\"\n[[criterion]]\nid = \"a\"";
        assert_eq!(
            set_weights(unterminated, &[("a", 2.0)]).unwrap(),
            "name = \"T\"\n[[criterion]]\nid = \"a\"\nweight = 2"
        );
    }

    #[test]
    fn a_byte_order_mark_is_kept() {
        let text = "\u{feff}name = \"T\"\n[[criterion]]\nid = \"a\"\nweight = 7 # c\n";
        assert_eq!(
            set_weights(text, &[("a", 8.0)]).unwrap(),
            text.replace("= 7", "= 8")
        );
    }

    #[test]
    fn inline_tables_are_edited_in_place() {
        let text = "name = \"T\"\ncriterion = [\n  { id = \"a\", kind = \"number\", weight = 2 },  # a\n  { id = \"b\", kind = \"number\" },\n]\n";
        let out = set_weights(text, &[("a", 5.0), ("b", 0.5)]).unwrap();
        assert_eq!(
            out,
            "name = \"T\"\ncriterion = [\n  { id = \"a\", kind = \"number\", weight = 5 },  # a\n  { id = \"b\", weight = 0.5, kind = \"number\" },\n]\n"
        );
        assert_eq!(weight_of(&out, "a"), 5.0);
        assert_eq!(weight_of(&out, "b"), 0.5);
    }

    #[test]
    fn the_last_of_repeated_ids_wins() {
        let out = set_weights(FILE, &[("price", 3.0), ("price", 4.0)]).unwrap();
        assert_eq!(weight_of(&out, "price"), 4.0);
    }

    #[test]
    fn an_unknown_id_is_named() {
        let err = set_weights(FILE, &[("price", 2.0), ("prize", 3.0)]).unwrap_err();
        assert_eq!(
            err,
            WeightsFileError::UnknownCriterion { id: "prize".into() }
        );
        assert!(err.to_string().contains("\"prize\""), "{err}");
    }

    #[test]
    fn a_duplicate_id_is_refused() {
        let text = "[[criterion]]\nid = \"a\"\n[[criterion]]\nid = \"a\"\n";
        assert_eq!(
            set_weights(text, &[("a", 2.0)]).unwrap_err(),
            WeightsFileError::DuplicateId { id: "a".into() }
        );
    }

    #[test]
    fn negative_and_non_finite_weights_are_refused() {
        for bad in [-1.0, f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            let err = set_weights(FILE, &[("price", bad)]).unwrap_err();
            assert!(
                matches!(err, WeightsFileError::InvalidWeight { ref id, .. } if id == "price"),
                "{err}"
            );
        }
    }

    #[test]
    fn invalid_toml_is_refused_with_its_position() {
        let err = set_weights("name = \"T\"\n[[criterion]]\nid = \n", &[("a", 2.0)]).unwrap_err();
        let WeightsFileError::InvalidToml { line, message, .. } = &err else {
            panic!("expected InvalidToml, got {err:?}");
        };
        assert_eq!(*line, 3);
        assert!(!message.is_empty());
        assert!(
            err.to_string()
                .starts_with("the criteria file is not valid TOML (line 3")
        );
    }

    #[test]
    fn other_shapes_are_refused_clearly() {
        for (text, fragment) in [
            ("criterion = 3\n", "found an integer"),
            ("[criterion]\nid = \"a\"\n", "found a table"),
            ("criterion = [1]\n", "must hold tables"),
            ("[[criterion]]\nid = \"a\"\nweight = [1]\n", "not a number"),
            (
                "[[criterion]]\nid = \"a\"\n[criterion.weight]\n",
                "not a number",
            ),
        ] {
            let err = set_weights(text, &[("a", 2.0)]).unwrap_err();
            assert!(
                matches!(err, WeightsFileError::Unsupported(_))
                    && err.to_string().contains(fragment),
                "{text:?}: {err}"
            );
        }
    }

    #[test]
    fn the_result_parses_with_the_new_weights() {
        let out = set_weights(
            FILE,
            &[("price", 8.0), ("p1_response", 0.0), ("uptime", 1.25)],
        )
        .unwrap();
        assert_eq!(weight_of(&out, "price"), 8.0);
        assert_eq!(weight_of(&out, "p1_response"), 0.0);
        assert_eq!(weight_of(&out, "uptime"), 1.25);
    }

    #[test]
    fn changing_one_weight_of_a_profile_changes_exactly_one_line() {
        for (name, text) in criteria::PROFILES {
            let parsed = criteria::parse(text, name).unwrap();
            for c in &parsed.criteria {
                let new = c.weight + 1.0;
                let out = set_weights(text, &[(&c.id, new)]).unwrap();
                let (old_lines, new_lines) = line_diff(text, &out);
                assert!(
                    old_lines.len() <= 1 && new_lines.len() == 1,
                    "{name}/{}: {old_lines:?} -> {new_lines:?}",
                    c.id
                );
                assert!(
                    new_lines[0].trim_start().starts_with("weight"),
                    "{new_lines:?}"
                );
                let reparsed = criteria::parse(&out, name).unwrap();
                assert_eq!(reparsed.weights()[reparsed.index_of(&c.id).unwrap()], new);
            }
        }
    }

    /// The lines that differ between two texts once their common first and last lines are
    /// taken away: (the old ones, the new ones).
    fn line_diff<'a>(old: &'a str, new: &'a str) -> (Vec<&'a str>, Vec<&'a str>) {
        let (old, new): (Vec<_>, Vec<_>) = (old.split('\n').collect(), new.split('\n').collect());
        let head = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
        let tail = old[head..]
            .iter()
            .rev()
            .zip(new[head..].iter().rev())
            .take_while(|(a, b)| a == b)
            .count();
        (
            old[head..old.len() - tail].to_vec(),
            new[head..new.len() - tail].to_vec(),
        )
    }
}
