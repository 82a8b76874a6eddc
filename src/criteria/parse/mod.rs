//! The walk from a spanned TOML tree to the criteria model: byte spans turned into
//! line:column diagnostics, typed getters that report a wrong type where it was written, and
//! the unknown-key check. The document, criterion and red-flag steps live in the submodules.
//!
//! One mistake, one message. A getter returns `None` both when its key is absent and when the
//! value was written but cannot be used (that problem is then already reported), so a check
//! that a key is *needed* asks whether the key was written, not whether its getter gave a
//! value; and a check that depends on another key (a kind, the choices, a referenced
//! criterion) is skipped when that key was written wrong.

use crate::i18n::Msg;
use std::ops::Range;
use std::str::FromStr;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::suggest;
use crate::error::Diagnostic;

mod brackets;
mod criterion;
mod document;
mod red_flag;

/// A byte range in the criteria file's text.
type Span = Range<usize>;

/// Walks one criteria file, collecting every problem found.
pub(super) struct Parser<'s> {
    origin: &'s str,
    line_starts: Vec<usize>,
    text: &'s str,
    diags: Vec<Diagnostic>,
}

/// A number read from TOML, kept both exact and as a float.
#[derive(Clone, Copy)]
struct Num {
    exact: Decimal,
    float: f64,
}

impl<'s> Parser<'s> {
    pub(super) fn new(text: &'s str, origin: &'s str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Parser {
            origin,
            line_starts,
            text,
            diags: Vec::new(),
        }
    }

    /// The problems found so far, in the order they were found.
    pub(super) fn into_diagnostics(self) -> Vec<Diagnostic> {
        self.diags
    }

    /// Reports text that is not TOML at all, or the `[criterion]` / `[[criterion]]` mix-up
    /// that made it so.
    pub(super) fn invalid_toml(&mut self, e: &toml::de::Error) {
        let span = e.span().unwrap_or(0..0);
        if self.misbracketed_headers(&span) {
            return;
        }
        let msg = e.message().trim().to_string();
        self.err(span, Msg::new("toml-invalid").with("message", msg));
    }

    /// 1-based line and column (in characters) of a byte offset.
    fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line.saturating_sub(1)];
        let column = self
            .text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        (line.max(1), column + 1)
    }

    fn err(&mut self, span: Span, message: Msg) {
        let (line, column) = self.position(span.start);
        self.diags.push(Diagnostic {
            file: self.origin.to_string(),
            line,
            column,
            message,
        });
    }

    fn line_of(&self, span: &Span) -> usize {
        self.position(span.start).0
    }

    /// Reports every key of `table` not in `allowed`, with a suggestion when one is close.
    fn check_keys(&mut self, table: &DeTable<'_>, allowed: &[&str], what: Msg) {
        for (key, _) in table.iter() {
            let k = key.get_ref().as_ref();
            if allowed.contains(&k) {
                continue;
            }
            let hint = suggest(k, allowed.iter().copied()).map_or_else(
                || Msg::new("toml-expected-one-of").with("a0", allowed.join(", ")),
                |s| Msg::new("toml-did-you-mean").with("key", s),
            );
            self.err(
                key.span(),
                Msg::new("toml-unknown-key-in")
                    .with("k", k)
                    .msg("what", what.clone())
                    .msg("hint", hint),
            );
        }
    }

    fn type_err(&mut self, key: &str, v: &Spanned<DeValue<'_>>, expected: Msg) {
        self.err(
            v.span(),
            Msg::new("toml-must-be-found")
                .with("key", key)
                .msg("expected", expected)
                .with("found", v.get_ref().type_str()),
        );
    }

    fn string(&mut self, t: &DeTable<'_>, key: &str) -> Option<(String, Span)> {
        let v = t.get(key)?;
        match v.get_ref() {
            DeValue::String(s) => Some((s.to_string(), v.span())),
            _ => {
                self.type_err(key, v, Msg::new("toml-a-string"));
                None
            }
        }
    }

    /// A text people read, in one language for both (`"…"`) or in each
    /// (`{ pl = "…", en = "…" }`, either alone is used for both): (English, Polish if written).
    fn texts(&mut self, t: &DeTable<'_>, key: &str) -> Option<(String, Option<String>, Span)> {
        let v = t.get(key)?;
        let expected = || Msg::new("toml-a-text");
        match v.get_ref() {
            DeValue::String(s) => Some((s.to_string(), None, v.span())),
            DeValue::Table(table) => {
                let (mut pl, mut en) = (None, None);
                for (k, x) in table.iter() {
                    let slot = match k.get_ref().as_ref() {
                        "pl" => &mut pl,
                        "en" => &mut en,
                        other => {
                            self.err(
                                k.span(),
                                Msg::new("toml-takes-the-languages-pl-and")
                                    .with("key", (key).to_string())
                                    .with("other", (other).to_string()),
                            );
                            continue;
                        }
                    };
                    match x.get_ref() {
                        DeValue::String(s) => *slot = Some(s.to_string()),
                        _ => self.type_err(
                            &format!("{key}.{}", k.get_ref()),
                            x,
                            Msg::new("toml-a-string-2"),
                        ),
                    }
                }
                match (en, pl) {
                    (Some(en), pl) => Some((en, pl, v.span())),
                    (None, Some(pl)) => Some((pl.clone(), Some(pl), v.span())),
                    (None, None) => {
                        self.err(
                            v.span(),
                            Msg::new("toml-is-empty-write")
                                .with("key", key)
                                .msg("expected", expected()),
                        );
                        None
                    }
                }
            }
            _ => {
                self.type_err(key, v, expected());
                None
            }
        }
    }

    fn number(&mut self, t: &DeTable<'_>, key: &str) -> Option<(Num, Span)> {
        let v = t.get(key)?;
        match to_num(v.get_ref()) {
            Some(n) => Some((n, v.span())),
            None if matches!(v.get_ref(), DeValue::Integer(_) | DeValue::Float(_)) => {
                self.err(
                    v.span(),
                    Msg::new("toml-is-not-a-usable-number").with("key", (key).to_string()),
                );
                None
            }
            None => {
                self.type_err(key, v, Msg::new("toml-a-number"));
                None
            }
        }
    }

    /// An array of strings; `None` (reported) when any item is not a string.
    fn strings(&mut self, t: &DeTable<'_>, key: &str) -> Option<(Vec<String>, Span)> {
        let v = t.get(key)?;
        let DeValue::Array(items) = v.get_ref() else {
            self.type_err(key, v, Msg::new("toml-an-array-of-strings"));
            return None;
        };
        let mut out = Vec::new();
        let mut all_strings = true;
        for item in items.iter() {
            match item.get_ref() {
                DeValue::String(s) => out.push(s.to_string()),
                _ => {
                    self.type_err(key, item, Msg::new("toml-an-array-of-strings-2"));
                    all_strings = false;
                }
            }
        }
        // A partly read list would look short or empty to the checks that follow.
        all_strings.then(|| (out, v.span()))
    }

    /// A string key whose value must be one of `options`.
    fn keyword<T: Copy>(
        &mut self,
        t: &DeTable<'_>,
        key: &str,
        options: &[(&str, T)],
    ) -> Option<(T, Span)> {
        let (s, span) = self.string(t, key)?;
        match options.iter().find(|(name, _)| *name == s) {
            Some((_, v)) => Some((*v, span)),
            None => {
                let names: Vec<&str> = options.iter().map(|(n, _)| *n).collect();
                let hint = suggest(&s, names.iter().copied())
                    .map(|x| format!(" (did you mean \"{x}\"?)"))
                    .unwrap_or_default();
                self.err(
                    span.clone(),
                    Msg::new("toml-must-be-one-of-found")
                        .with("key", (key).to_string())
                        .with("a0", (quoted(&names)).to_string())
                        .with("s", (s).to_string())
                        .with("hint", (hint).to_string()),
                );
                None
            }
        }
    }
}

fn to_num(v: &DeValue<'_>) -> Option<Num> {
    match v {
        DeValue::Integer(i) => {
            let n = i64::from_str_radix(i.as_str(), i.radix()).ok()?;
            Some(Num {
                exact: Decimal::from(n),
                float: n as f64,
            })
        }
        DeValue::Float(f) => {
            let s = f.as_str().replace('_', "");
            let float: f64 = s.parse().ok()?;
            if !float.is_finite() {
                return None;
            }
            let exact = Decimal::from_str(&s)
                .or_else(|_| Decimal::from_scientific(&s))
                .ok()
                .or_else(|| Decimal::from_f64_retain(float))?;
            Some(Num {
                exact,
                float: exact.to_f64().unwrap_or(float),
            })
        }
        _ => None,
    }
}

/// `"a", "b", "c"`: names as they are written in the file.
fn quoted(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ")
}
