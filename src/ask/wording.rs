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
    if item.reasons > 0 {
        let id = if item.kind == Kind::Knockout {
            "ask-and-decides"
        } else {
            "ask-and-needed"
        };
        Msg::new(id).msg("question", base)
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
    let said = !a.offers.cell(j, o).raw.trim().is_empty();
    let asked_at_all = a.offers.source(j, o).is_some();
    let m = match item.kind {
        Kind::Knockout => {
            let require = match &c.require {
                // The answers it accepts in words, not the criteria file's keys.
                Some(r) if c.kind == CriterionKind::Choice && !r.one_of.is_empty() => {
                    let (en, pl) = options(c, Some(&r.one_of));
                    let (en, pl) = (en.replace(", ", " or "), pl.replace(", ", " lub "));
                    Msg::new("ask-one-of").both("options", &en, Some(&pl))
                }
                Some(r) => r.describe(c),
                None => Msg::new("require-yes"),
            };
            return label(Msg::new("ask-knockout"), c)
                .msg("require", require)
                .with("answer", answer(a, j, o, quote));
        }
        Kind::Unread if item.doubtful => Msg::new("ask-doubtful"),
        Kind::Unread => Msg::new("ask-unread"),
        // "brak", "-", "nie dotyczy": written, and read as no answer.
        Kind::Term | Kind::Blank | Kind::Flag if said => Msg::new("ask-said-nothing"),
        // No column of the offer's table is about it: never asked, so not "no answer".
        Kind::Term | Kind::Blank | Kind::Flag if !asked_at_all => Msg::new("ask-not-covered"),
        Kind::Term => Msg::new("ask-term"),
        Kind::Blank | Kind::Flag => Msg::new("ask-blank"),
    };
    let m = label(m, c).msg("expected", expected(c, &a.criteria.currency));
    let m = with_question(m, c);
    if matches!(item.kind, Kind::Unread) || said {
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
        CriterionKind::Choice => {
            let (en, pl) = options(c, None);
            Msg::new("ask-expect-choice").both("options", &en, Some(&pl))
        }
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

/// A choice criterion's answers as the questionnaire offers them, in English and in Polish
/// ("yes, no" / "tak, nie"): the dropdown's bilingual entries split ("tak (yes)"); only those
/// `keep` says, when given (the answers a requirement accepts). Worked out once per criterion
/// and thread: checking that each entry reads back is not cheap, and a large comparison asks
/// about the same criterion thousands of times.
fn options(c: &Criterion, keep: Option<&[String]>) -> (String, String) {
    type Known =
        std::collections::HashMap<String, (Vec<(String, f64)>, Vec<(String, Vec<String>)>)>;
    thread_local! {
        static KNOWN: std::cell::RefCell<Known> = Default::default();
    }
    // Known by the id, and only while the choices are the same (a reloaded criteria file may
    // change them).
    let known = KNOWN.with_borrow(|k| {
        k.get(&c.id)
            .filter(|(choices, _)| *choices == c.choices)
            .map(|(_, entries)| entries.clone())
    });
    let entries = known.unwrap_or_else(|| {
        let entries: Vec<(String, Vec<String>)> = questions::choice_options(c)
            .into_iter()
            .map(|o| {
                let keys = o.keys.iter().map(|&i| c.choices[i].0.clone()).collect();
                (o.entry, keys)
            })
            .collect();
        KNOWN.with_borrow_mut(|k| {
            if k.len() < 256 || k.contains_key(&c.id) {
                k.insert(c.id.clone(), (c.choices.clone(), entries.clone()));
            }
        });
        entries
    });
    let (mut en, mut pl) = (Vec::new(), Vec::new());
    for (entry, keys) in &entries {
        if keep.is_some_and(|keep| !keys.iter().any(|k| keep.contains(k))) {
            continue;
        }
        // "tak (yes)": Polish, then the English in brackets; a single word is both.
        match entry.strip_suffix(')').and_then(|e| e.split_once(" (")) {
            Some((p, e)) => {
                pl.push(p.to_string());
                en.push(e.to_string());
            }
            None => {
                pl.push(entry.clone());
                en.push(entry.clone());
            }
        }
    }
    (en.join(", "), pl.join(", "))
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
        // The buyer's limit is theirs: the vendor is asked to do better, not told by how much.
        (FlagRule::Above { .. }, Some((j, c))) => {
            label(Msg::new("ask-flag-above"), c).with("answer", answer(a, j, o, quote))
        }
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
