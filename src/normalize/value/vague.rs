//! Answers that name no number but sound like the best one: `natychmiast`, `ASAP`,
//! `niezwłocznie` for a time; `nielimitowane`, `bez limitu`, `unlimited` for an amount. They are
//! promises to check, not values to score: the caller decides what to make of them, with a
//! warning.

use crate::text::chars::{clean, fold};

/// What such an answer claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Vague {
    /// "Immediately": no time given.
    Immediate,
    /// "Unlimited": no limit given.
    Unlimited,
}

const IMMEDIATE: &[&str] = &[
    "natychmiast",
    "natychmiastowo",
    "natychmiastowa",
    "natychmiastowy",
    "niezwlocznie",
    "od razu",
    "asap",
    "immediately",
    "immediate",
    "instantly",
    "at once",
    "right away",
];

const UNLIMITED: &[&str] = &[
    "nielimitowane",
    "nielimitowana",
    "nielimitowany",
    "bez limitu",
    "bez limitow",
    "bez ograniczen",
    "nieograniczone",
    "nieograniczona",
    "nieograniczony",
    "unlimited",
    // not for people: phrases that vendors write
    "no limit",
    "without limit",
];

/// Whether the whole cell is such a word (case, diacritics and punctuation aside).
pub(crate) fn vague(text: &str) -> Option<Vague> {
    let t = clean(text);
    if t.is_empty() || t.len() > 40 || t.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let folded = fold(t);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let phrase = words.join(" ");
    if IMMEDIATE.contains(&phrase.as_str()) {
        Some(Vague::Immediate)
    } else if UNLIMITED.contains(&phrase.as_str()) {
        Some(Vague::Unlimited)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vague_answers() {
        for t in [
            "natychmiast",
            "Natychmiast!",
            "ASAP",
            "niezwłocznie",
            "od razu",
            "immediately",
        ] {
            assert_eq!(vague(t), Some(Vague::Immediate), "{t:?}");
        }
        for t in ["nielimitowane", "bez limitu", "Unlimited", "nieograniczone"] {
            assert_eq!(vague(t), Some(Vague::Unlimited), "{t:?}");
        }
        for t in ["15 min", "tak", "natychmiast, max 15 min", "", "brak"] {
            assert_eq!(vague(t), None, "{t:?}");
        }
    }
}
