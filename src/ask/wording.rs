//! The words of each question to a vendor: what was found, in their own words quoted, and
//! what to send instead, in either language.

use crate::analysis::Analysis;
use crate::criteria::{Criterion, FlagRule, Kind as CriterionKind, Period, TimeUnit};
use crate::i18n::Msg;

use super::{Item, Kind, questions};

/// How a format makes the vendor's own words inert before they are quoted (Markdown escapes,
/// an e-mail defangs addresses); the quote marks are the catalogue's.
pub type Quote = dyn Fn(&str) -> String;

pub(super) fn question(item: &Item, a: &Analysis, o: usize, quote: &Quote) -> Msg {
    let base = match (item.kind, item.flag) {
        (Kind::Flag, Some(k)) => flag_question(item, a, o, k, quote),
        _ => answer_question(item, a, o, quote),
    };
    // What they wrote that could not be read, before the flag's question about it.
    let base = if item.unread.is_empty() {
        base
    } else {
        let said: Vec<Msg> = item
            .unread
            .iter()
            .map(|&j| {
                let c = &a.criteria.criteria[j];
                label(Msg::new("ask-unread-said"), c).with("answer", answer(a, j, o, quote))
            })
            .collect();
        Msg::new("ask-said-then")
            .joined("said", said, " ")
            .msg("question", base)
    };
    if item.lifts_knockout && item.kind != Kind::Knockout {
        Msg::new("ask-and-needed").msg("question", base)
    } else {
        base
    }
}

/// The vendor's answer to criterion `j`, as they wrote it, quoted.
fn answer(a: &Analysis, j: usize, o: usize, quote: &Quote) -> String {
    quote(a.offers.cell(j, o).raw.trim())
}

fn label(m: Msg, c: &Criterion) -> Msg {
    m.both("label", &c.label, c.label_pl.as_deref())
}

/// The criterion's own question, in both languages.
fn with_question(m: Msg, c: &Criterion) -> Msg {
    let (pl, en) = questions::for_criterion(c);
    m.both("question", &en, Some(&pl))
}

fn answer_question(item: &Item, a: &Analysis, o: usize, quote: &Quote) -> Msg {
    let Some(&j) = item.criteria.first() else {
        return Msg::new("ask-nothing-known");
    };
    let c = &a.criteria.criteria[j];
    let m = match item.kind {
        Kind::Knockout => {
            let require = c
                .require
                .as_ref()
                .map_or_else(|| Msg::new("require-yes"), |r| r.describe(c));
            return label(Msg::new("ask-knockout"), c)
                .msg("require", require)
                .with("answer", answer(a, j, o, quote));
        }
        Kind::Unread if item.doubtful => Msg::new("ask-doubtful"),
        Kind::Unread => Msg::new("ask-unread"),
        Kind::Term => Msg::new("ask-term"),
        Kind::Blank | Kind::Flag => Msg::new("ask-blank"),
    };
    let m = label(m, c).msg("expected", expected(c, &a.criteria.currency));
    let m = with_question(m, c);
    if matches!(item.kind, Kind::Unread) {
        m.with("answer", answer(a, j, o, quote))
    } else {
        m
    }
}

/// What to send, by the criterion's kind and unit: "the time in hours (e.g. 4 h)".
fn expected(c: &Criterion, currency: &str) -> Msg {
    match c.kind {
        CriterionKind::Duration => Msg::new(match c.time_unit.unwrap_or(TimeUnit::Minute) {
            TimeUnit::Minute => "ask-expect-minutes",
            TimeUnit::Hour => "ask-expect-hours",
            TimeUnit::Day => "ask-expect-days",
            TimeUnit::Month => "ask-expect-months",
        }),
        CriterionKind::Money | CriterionKind::RiskCost => {
            let id = match c.per {
                Some(Period::Month) => "ask-expect-money-month",
                Some(Period::Hour) => "ask-expect-money-hour",
                _ => "ask-expect-money",
            };
            Msg::new(id).with("currency", currency)
        }
        CriterionKind::Percent => Msg::new("ask-expect-percent"),
        CriterionKind::Bool => Msg::new("ask-expect-bool"),
        CriterionKind::Choice => Msg::new("ask-expect-choice").with("options", options(c)),
        CriterionKind::Window => Msg::new("ask-expect-window"),
        CriterionKind::Year => Msg::new("ask-expect-year"),
        CriterionKind::Text => Msg::new("ask-expect-list"),
        CriterionKind::Number | CriterionKind::Rating => match c.unit.as_deref().map(str::trim) {
            Some("h") => Msg::new("ask-expect-number-hours"),
            Some("working days") => Msg::new("ask-expect-number-working-days"),
            Some("d" | "days") => Msg::new("ask-expect-number-days"),
            _ => Msg::new("ask-expect-number"),
        },
    }
}

/// A choice criterion's answers as the questionnaire offers them ("tak (yes), nie (no)"),
/// worked out once per criterion and thread: checking that each reads back is not cheap, and
/// a large comparison asks about the same criterion thousands of times.
fn options(c: &Criterion) -> String {
    type Known = std::collections::HashMap<String, (Vec<(String, f64)>, String)>;
    thread_local! {
        static KNOWN: std::cell::RefCell<Known> = Default::default();
    }
    // Known by the id, and only while the choices are the same (a reloaded criteria file may
    // change them).
    let known = KNOWN.with_borrow(|k| {
        k.get(&c.id)
            .filter(|(choices, _)| *choices == c.choices)
            .map(|(_, text)| text.clone())
    });
    if let Some(known) = known {
        return known;
    }
    let text: Vec<String> = questions::choice_options(c)
        .into_iter()
        .map(|o| o.entry)
        .collect();
    let text = text.join(", ");
    KNOWN.with_borrow_mut(|k| {
        if k.len() < 256 || k.contains_key(&c.id) {
            k.insert(c.id.clone(), (c.choices.clone(), text.clone()));
        }
    });
    text
}

/// A red flag's question: the criteria file's own `question`, else the one its rule implies.
fn flag_question(item: &Item, a: &Analysis, o: usize, k: usize, quote: &Quote) -> Msg {
    let flag = &a.criteria.red_flags[k];
    if let Some((en, pl)) = &flag.question {
        return Msg::new("ask-flag-own").both("question", en, pl.as_deref());
    }
    let first = item.criteria.first().map(|&j| (j, &a.criteria.criteria[j]));
    match (&flag.rule, first) {
        (FlagRule::BelowMean { .. } | FlagRule::BelowMedian { .. }, _) => {
            Msg::new("ask-flag-low-price")
        }
        (FlagRule::VagueText { .. }, Some((j, c))) => {
            label(Msg::new("ask-flag-vague"), c).with("answer", answer(a, j, o, quote))
        }
        (FlagRule::OlderThan { .. }, _) => Msg::new("ask-flag-references"),
        (FlagRule::Above { threshold, .. }, Some((j, c))) => label(Msg::new("ask-flag-above"), c)
            .with("answer", answer(a, j, o, quote))
            .num("threshold", *threshold),
        (FlagRule::Missing { .. }, _) if !item.criteria.is_empty() => {
            let asked: Vec<Msg> = item
                .criteria
                .iter()
                .map(|&j| {
                    let c = &a.criteria.criteria[j];
                    with_question(label(Msg::new("ask-flag-missing-one"), c), c)
                })
                .collect();
            Msg::new("ask-flag-missing").joined("questions", asked, " ")
        }
        _ => {
            Msg::new("ask-flag-message").both("message", &flag.message, flag.message_pl.as_deref())
        }
    }
}
