//! The message catalogue: every text a person reads, in Polish and English, from one Fluent
//! file per language (`pl.ftl`, `en.ftl`, built into the program), with Polish plural forms.

mod format;
mod msg;

pub use msg::{Msg, Value};

pub(crate) use format::decimal;
pub use format::{date, duration_minutes, money, number, percent, score};

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language of the interface and the reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    Pl,
    #[default]
    En,
}

impl Lang {
    /// `pl` or `en` (also `pl_PL.UTF-8`, `en-GB`, `polski`, `english`), case-insensitive.
    pub fn from_key(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        let head = s.split(['_', '-', '.', '@']).next().unwrap_or_default();
        match head {
            "pl" | "polski" | "polish" => Some(Lang::Pl),
            "en" | "english" | "angielski" | "c" | "posix" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language the environment asks for: the first set of `LC_ALL`, `LC_MESSAGES` and
    /// `LANG` decides (a `pl_*` locale is Polish); none set, or another language, is English.
    /// `var` reads a variable (the caller passes the environment: this module does no IO).
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|k| var(k).filter(|v| !v.trim().is_empty()))
            .and_then(|v| Lang::from_key(&v))
            .unwrap_or_default()
    }

    /// The key written for it: `pl` or `en`.
    pub fn key(self) -> &'static str {
        match self {
            Lang::Pl => "pl",
            Lang::En => "en",
        }
    }
}

/// The catalogue files, as built in.
pub(crate) const CATALOGUES: [(Lang, &str); 2] = [
    (Lang::Pl, include_str!("pl.ftl")),
    (Lang::En, include_str!("en.ftl")),
];

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 2]> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| CATALOGUES.map(|(l, text)| load(l, text)));
    &bundles[usize::from(lang == Lang::En)]
}

fn load(lang: Lang, text: &str) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = lang.key().parse().unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // Output goes to terminals, files and spreadsheets: no bidi isolation marks around values.
    b.set_use_isolating(false);
    // Numbers in the language's style (`1 266,67` / `1,266.67`), not Fluent's plain digits.
    b.set_formatter(Some(match lang {
        Lang::Pl => number_pl,
        Lang::En => number_en,
    }));
    // The catalogues are tested to parse whole (`tests` below); a broken entry is skipped.
    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
    let _ = b.add_resource(resource);
    b
}

fn number_pl<M>(v: &FluentValue, _: &M) -> Option<String> {
    plain_number(Lang::Pl, v)
}

fn number_en<M>(v: &FluentValue, _: &M) -> Option<String> {
    plain_number(Lang::En, v)
}

/// A number given to a message: whole numbers without decimals, others with up to two.
fn plain_number(lang: Lang, v: &FluentValue) -> Option<String> {
    let FluentValue::Number(n) = v else {
        return None;
    };
    let x = n.value;
    if !x.is_finite() {
        return Some(x.to_string());
    }
    let rounded = (x * 100.0).round() / 100.0;
    let decimals = if rounded.fract() == 0.0 {
        0
    } else if (rounded * 10.0).fract().abs() < 1e-9 {
        1
    } else {
        2
    };
    Some(number(lang, x, decimals))
}

/// A value given to a message: text, or a number (which also picks the plural form).
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<std::borrow::Cow<'_, str>> for Arg {
    fn from(s: std::borrow::Cow<'_, str>) -> Self {
        Arg::Text(s.into_owned())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(n as f64)
    }
}

impl From<f64> for Arg {
    fn from(n: f64) -> Self {
        Arg::Number(n)
    }
}

/// The message `id` in `lang`; the id itself when the catalogue has no such message (a test
/// keeps every id used in the code in both catalogues).
pub fn t(lang: Lang, id: &str) -> String {
    tr(lang, id, &[])
}

/// The message `id` in `lang` with its variables.
pub fn tr(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let b = bundle(lang);
    let Some(pattern) = b.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        match v {
            Arg::Text(s) => fa.set(*k, FluentValue::from(s.as_str())),
            Arg::Number(n) => fa.set(*k, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    b.format_pattern(pattern, Some(&fa), &mut errors)
        .into_owned()
}

/// A unit as written in a criteria file ("h", "working days"), in `lang` when the catalogue
/// knows it (`unit-working-days`), else as written.
pub fn unit(lang: Lang, unit: &str) -> String {
    let id = format!("unit-{}", unit.trim().replace(' ', "-"));
    if bundle(lang).has_message(&id) {
        t(lang, &id)
    } else {
        unit.to_string()
    }
}

/// "5 ofert", "1 day": a count with its noun in the plural form the language needs.
pub fn count(lang: Lang, id: &str, n: usize) -> String {
    tr(
        lang,
        id,
        &[
            ("count", Arg::from(n)),
            ("n", Arg::Text(number(lang, n as f64, 0))),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast::Entry;

    fn ids(text: &str) -> Vec<String> {
        let resource = fluent_syntax::parser::parse(text).expect("the catalogue parses whole");
        resource
            .body
            .iter()
            .filter_map(|e| match e {
                Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn both_catalogues_parse_and_have_the_same_ids() {
        let pl = ids(include_str!("pl.ftl"));
        let en = ids(include_str!("en.ftl"));
        let only = |a: &[String], b: &[String]| -> Vec<String> {
            a.iter().filter(|x| !b.contains(x)).cloned().collect()
        };
        assert!(
            only(&pl, &en).is_empty(),
            "only in pl.ftl: {:?}",
            only(&pl, &en)
        );
        assert!(
            only(&en, &pl).is_empty(),
            "only in en.ftl: {:?}",
            only(&en, &pl)
        );
        let mut sorted = pl.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), pl.len(), "an id twice in pl.ftl");
    }

    #[test]
    fn polish_plurals_follow_the_grammar() {
        let offers: Vec<String> = [1, 2, 4, 5, 12, 22, 25]
            .map(|n| count(Lang::Pl, "offers", n))
            .into();
        assert_eq!(
            offers,
            [
                "1 oferta",
                "2 oferty",
                "4 oferty",
                "5 ofert",
                "12 ofert",
                "22 oferty",
                "25 ofert"
            ]
        );
        assert_eq!(count(Lang::Pl, "days", 1), "1 dzień");
        assert_eq!(count(Lang::Pl, "days", 2), "2 dni");
        assert_eq!(count(Lang::Pl, "days", 5), "5 dni");
        assert_eq!(count(Lang::En, "offers", 1), "1 offer");
        assert_eq!(count(Lang::En, "offers", 7), "7 offers");
        assert_eq!(count(Lang::Pl, "months", 3), "3 miesiące");
        assert_eq!(count(Lang::Pl, "months", 12), "12 miesięcy");
    }

    #[test]
    fn the_language_comes_from_the_flag_else_the_locale_else_english() {
        assert_eq!(Lang::from_key("pl"), Some(Lang::Pl));
        assert_eq!(Lang::from_key("EN"), Some(Lang::En));
        assert_eq!(Lang::from_key("de"), None);
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                vars.iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(Lang::from_env(env(&[("LANG", "pl_PL.UTF-8")])), Lang::Pl);
        assert_eq!(
            Lang::from_env(env(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "pl_PL.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            Lang::from_env(env(&[("LC_MESSAGES", "pl_PL"), ("LANG", "C")])),
            Lang::Pl
        );
        assert_eq!(Lang::from_env(env(&[("LANG", "de_DE.UTF-8")])), Lang::En);
        assert_eq!(Lang::from_env(env(&[])), Lang::En);
        // An empty variable does not count.
        assert_eq!(
            Lang::from_env(env(&[("LC_ALL", ""), ("LANG", "pl_PL")])),
            Lang::Pl
        );
    }

    #[test]
    fn whole_amounts_round_half_away_from_zero_from_the_exact_amount() {
        let d = |s: &str| s.parse::<rust_decimal::Decimal>().unwrap();
        let pl = |s: &str| money(Lang::Pl, d(s), "PLN", 0);
        assert_eq!(pl("1450.6"), "1\u{a0}451\u{a0}zł");
        assert_eq!(pl("1450.5"), "1\u{a0}451\u{a0}zł");
        assert_eq!(pl("1451.5"), "1\u{a0}452\u{a0}zł");
        assert_eq!(pl("1450.495"), "1\u{a0}450\u{a0}zł");
        assert_eq!(
            money(Lang::En, d("-1234567"), "PLN", 0),
            "−1,234,567\u{a0}PLN"
        );
    }

    #[test]
    fn an_unknown_id_shows_itself() {
        assert_eq!(t(Lang::Pl, "no-such-message"), "no-such-message");
    }
}
