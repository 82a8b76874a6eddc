//! A message not yet in words: a catalogue id with its values, put into a language only when
//! it is shown, so that one reading of the inputs can be reported in Polish and in English.

use std::fmt;
use std::hash::{Hash, Hasher};

use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;

use super::{Arg, Lang, format, tr};

/// A message for a person: an id of the catalogue and the values it names. Built where the
/// problem is found (the core knows no language), rendered with [`Msg::in_lang`].
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    id: &'static str,
    args: Vec<(&'static str, Value)>,
}

/// A value inside a message, formatted for the language when the message is rendered.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Text from the inputs (a vendor's answer, a file or sheet name, a criterion's id), shown
    /// as it is.
    Text(String),
    /// A count or another number: it also picks the plural form.
    Number(f64),
    /// A decimal shown with its own decimals.
    Decimal(Decimal),
    /// A number with a fixed number of decimals.
    Fixed(f64, u32),
    /// A number with its unit ("4 h", "12 miesięcy" is written by the unit's own message).
    Quantity(f64, String),
    /// An amount in a currency.
    Money(f64, String),
    /// A share in percent (`99.9` is 99.9 %).
    Percent(f64),
    /// A duration in minutes, shown in its largest natural unit.
    Minutes(f64),
    /// A name written in the criteria file in English and, maybe, in Polish.
    Both(String, Option<String>),
    /// A message of its own (a requirement inside a knock-out reason).
    Msg(Box<Msg>),
    /// Messages joined with a separator.
    List(Vec<Msg>, &'static str),
}

impl Msg {
    /// The message `id` of the catalogue; add its values with [`Msg::with`] and friends.
    pub fn new(id: &'static str) -> Msg {
        Msg {
            id,
            args: Vec::new(),
        }
    }

    /// Adds a value. Messages carry one to three: room for two at first (a `Vec` would take
    /// four), since a large comparison keeps hundreds of thousands of them.
    fn push(&mut self, name: &'static str, value: Value) {
        if self.args.capacity() == 0 {
            self.args.reserve_exact(2);
        }
        self.args.push((name, value));
    }

    /// The catalogue id.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The value `name` as text from the inputs.
    pub fn with(mut self, name: &'static str, text: impl Into<String>) -> Msg {
        self.push(name, Value::Text(text.into()));
        self
    }

    /// The value `name` as a number (shown with up to two decimals; picks plural forms).
    pub fn num(mut self, name: &'static str, n: impl Into<f64>) -> Msg {
        self.push(name, Value::Number(n.into()));
        self
    }

    /// The value `name` as a count.
    pub fn count(self, name: &'static str, n: usize) -> Msg {
        self.num(name, n as f64)
    }

    /// The value `name` as a decimal, with the decimals it has (`0,999`, `1 234,5`).
    pub fn dec(mut self, name: &'static str, d: Decimal) -> Msg {
        self.push(name, Value::Decimal(d.normalize()));
        self
    }

    /// The value `name` with exactly `decimals` decimals.
    pub fn fixed(mut self, name: &'static str, n: f64, decimals: u32) -> Msg {
        self.push(name, Value::Fixed(n, decimals));
        self
    }

    /// The value `name` as a text the criteria file gives in English and maybe in Polish (a
    /// criterion's label): the Polish one is shown in Polish when there is one.
    pub fn both(mut self, name: &'static str, en: &str, pl: Option<&str>) -> Msg {
        self.args
            .push((name, Value::Both(en.to_string(), pl.map(str::to_string))));
        self
    }

    /// The value `name` as a number followed by `unit` (none when empty).
    pub fn quantity(mut self, name: &'static str, n: f64, unit: &str) -> Msg {
        self.push(name, Value::Quantity(n, unit.to_string()));
        self
    }

    /// The value `name` as an amount in `currency`.
    pub fn money(mut self, name: &'static str, amount: f64, currency: &str) -> Msg {
        self.args
            .push((name, Value::Money(amount, currency.to_string())));
        self
    }

    /// The value `name` as a percentage.
    pub fn percent(mut self, name: &'static str, share: f64) -> Msg {
        self.push(name, Value::Percent(share));
        self
    }

    /// The value `name` as a duration given in minutes.
    pub fn minutes(mut self, name: &'static str, minutes: f64) -> Msg {
        self.push(name, Value::Minutes(minutes));
        self
    }

    /// The value `name` as another message.
    pub fn msg(mut self, name: &'static str, inner: Msg) -> Msg {
        self.push(name, Value::Msg(Box::new(inner)));
        self
    }

    /// The value `name` as a list of messages ("a; b; c").
    pub fn list(self, name: &'static str, items: Vec<Msg>) -> Msg {
        self.joined(name, items, "; ")
    }

    /// The value `name` as messages joined with `separator`.
    pub fn joined(mut self, name: &'static str, items: Vec<Msg>, separator: &'static str) -> Msg {
        self.push(name, Value::List(items, separator));
        self
    }

    /// The messages listed as value `name` (the notes of a reading), if any.
    pub fn listed(&self, name: &str) -> &[Msg] {
        self.args
            .iter()
            .find_map(|(k, v)| match v {
                Value::List(items, _) if *k == name => Some(items.as_slice()),
                _ => None,
            })
            .unwrap_or(&[])
    }

    /// The ids of the messages listed as value `name` (the notes of a reading), if any.
    pub fn listed_ids(&self, name: &str) -> Vec<&'static str> {
        self.args
            .iter()
            .filter(|(k, _)| *k == name)
            .flat_map(|(_, v)| match v {
                Value::List(items, _) => items.iter().map(Msg::id).collect(),
                _ => Vec::new(),
            })
            .collect()
    }

    /// The text value `name`, if the message has one (for tests and for callers that need to
    /// know what a message quotes).
    pub fn text_of(&self, name: &str) -> Option<&str> {
        self.args.iter().find_map(|(k, v)| match v {
            Value::Text(s) if *k == name => Some(s.as_str()),
            _ => None,
        })
    }

    /// The message in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        let key = self.fingerprint(lang);
        let known = RENDERED.with_borrow(|memo| {
            memo.get(&key)
                .filter(|(l, msg, _)| *l == lang && msg == self)
                .map(|(_, _, text)| text.clone())
        });
        if let Some(text) = known {
            return text;
        }
        let args: Vec<(&str, Arg)> = self
            .args
            .iter()
            .map(|(k, v)| (*k, render_value(lang, v)))
            .collect();
        let text = tr(lang, self.id, &args);
        RENDERED.with_borrow_mut(|memo| {
            if memo.len() >= MEMO_MAX {
                memo.clear();
            }
            memo.insert(key, (lang, self.clone(), text.clone()));
        });
        text
    }

    /// A hash of the message and the language, for [`RENDERED`] (equal messages, equal hash;
    /// numbers by their bits).
    fn fingerprint(&self, lang: Lang) -> u64 {
        let mut h = std::hash::DefaultHasher::new();
        lang.hash(&mut h);
        self.hash_into(&mut h);
        h.finish()
    }

    fn hash_into(&self, h: &mut impl Hasher) {
        self.id.hash(h);
        for (k, v) in &self.args {
            k.hash(h);
            std::mem::discriminant(v).hash(h);
            match v {
                Value::Text(s) => s.hash(h),
                Value::Number(n) | Value::Percent(n) | Value::Minutes(n) => n.to_bits().hash(h),
                Value::Decimal(d) => d.hash(h),
                Value::Fixed(n, places) => (n.to_bits(), places).hash(h),
                Value::Quantity(n, text) | Value::Money(n, text) => (n.to_bits(), text).hash(h),
                Value::Both(en, pl) => (en, pl).hash(h),
                Value::Msg(m) => m.hash_into(h),
                Value::List(items, separator) => {
                    separator.hash(h);
                    for m in items {
                        m.hash_into(h);
                    }
                }
            }
        }
    }
}

/// Most messages [`RENDERED`] keeps before it starts again.
const MEMO_MAX: usize = 4_096;

thread_local! {
    /// Messages already put into words: the same red flag on ten thousand offers goes through
    /// the catalogue once. Keyed by [`Msg::fingerprint`]; an entry is used only when its
    /// message and language are the ones asked for.
    static RENDERED: std::cell::RefCell<std::collections::HashMap<u64, (Lang, Msg, String)>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

fn render_value(lang: Lang, v: &Value) -> Arg {
    let dec = |x: f64| Decimal::from_f64(x).unwrap_or_default();
    match v {
        Value::Text(s) => Arg::Text(s.clone()),
        Value::Number(n) => Arg::Number(*n),
        Value::Decimal(d) => Arg::Text(format::decimal(lang, *d, d.scale())),
        Value::Fixed(n, d) => Arg::Text(format::number(lang, *n, *d)),
        Value::Quantity(n, unit) => {
            let n = super::plain_number(lang, &fluent_bundle::FluentValue::from(*n))
                .unwrap_or_default();
            Arg::Text(if unit.is_empty() {
                n
            } else {
                n + " " + &super::unit(lang, unit)
            })
        }
        Value::Money(n, cur) => {
            let places = if n.fract() == 0.0 { 0 } else { 2 };
            Arg::Text(format::money(lang, dec(*n), cur, places))
        }
        Value::Percent(n) => Arg::Text(format::percent(lang, dec(*n))),
        Value::Minutes(n) => Arg::Text(format::duration_minutes(lang, dec(*n))),
        Value::Both(en, pl) => Arg::Text(match (lang, pl) {
            (Lang::Pl, Some(pl)) => pl.clone(),
            _ => en.clone(),
        }),
        Value::Msg(m) => Arg::Text(m.in_lang(lang)),
        Value::List(items, separator) => Arg::Text(
            items
                .iter()
                .map(|m| m.in_lang(lang))
                .collect::<Vec<_>>()
                .join(separator),
        ),
    }
}

/// English: for logs, `Debug`-like uses and tests that read the English wording.
impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_lang(Lang::En))
    }
}

/// JSON writes the message in English unless the export renders it in the chosen language.
impl serde::Serialize for Msg {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.in_lang(Lang::En))
    }
}
