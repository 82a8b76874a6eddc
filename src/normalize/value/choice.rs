//! Choices: which of a criterion's keys a cell names, directly, through built-in Polish and
//! English synonyms, or as a frequency opening a longer answer.

use std::borrow::Cow;
use std::sync::OnceLock;

use super::frequency::interval_hours;
use super::{Reading, quoted};
use crate::i18n::Msg;
use crate::text::chars::clean;
use crate::text::{is_label_form, normalize_label};

/// Words that mean the same choice, in `normalize_label` form; `true` marks frequencies, which
/// may also open a longer answer ("codziennie + przed każdą aktualizacją").
const CHOICE_CLASSES: &[(bool, &[&str])] = &[
    (
        true,
        &[
            "hourly",
            "co godzine",
            "godzinowo",
            "cogodzinny",
            "cogodzinna",
            "cogodzinne",
            "godzinowy",
            "godzinowa",
            "godzinowe",
            "kopia godzinowa",
            "kopie godzinowe",
            "co 1 h",
            "co 1h",
            "co 1 godz",
            "co 60 min",
            "every hour",
            "each hour",
            "once an hour",
        ],
    ),
    (
        true,
        &[
            "daily",
            "codziennie",
            "dziennie",
            "raz dziennie",
            "1x dziennie",
            "codzienny",
            "codzienna",
            "codzienne",
            "dzienny",
            "dzienna",
            "dzienne",
            "kopia dzienna",
            "kopie dzienne",
            "kopia codzienna",
            "kopie codzienne",
            "co dzien",
            "co dobe",
            "raz na dobe",
            "raz na dzien",
            "co 24 h",
            "co 24h",
            "co 24 godziny",
            "every day",
            "each day",
            "once a day",
            "every 24 h",
            "every 24h",
            "every 24 hours",
            "nightly",
            "co noc",
        ],
    ),
    (
        true,
        &[
            "weekly",
            "co tydzien",
            "tygodniowo",
            "raz w tygodniu",
            "1x w tygodniu",
            "raz na tydzien",
            "cotygodniowy",
            "cotygodniowa",
            "cotygodniowe",
            "tygodniowy",
            "tygodniowa",
            "tygodniowe",
            "kopia tygodniowa",
            "kopie tygodniowe",
            "every week",
            "each week",
            "once a week",
        ],
    ),
    (
        true,
        &[
            "monthly",
            "miesiecznie",
            "co miesiac",
            "raz w miesiacu",
            "1x w miesiacu",
            "raz na miesiac",
            "comiesieczny",
            "comiesieczna",
            "comiesieczne",
            "miesieczny",
            "miesieczna",
            "miesieczne",
            "every month",
            "each month",
            "once a month",
        ],
    ),
    (
        true,
        &[
            "yearly",
            "annually",
            "annual",
            "rocznie",
            "co rok",
            "raz w roku",
            "1x w roku",
            "raz na rok",
            "coroczny",
            "coroczna",
            "coroczne",
            "every year",
            "once a year",
        ],
    ),
    (
        true,
        &[
            "continuous",
            "continuously",
            "realtime",
            "real time",
            "ciagly",
            "ciagla",
            "ciagle",
            "na biezaco",
            "w czasie rzeczywistym",
            "24 7",
        ],
    ),
    (false, &["none", "never", "brak", "nigdy"]),
    (false, &["yes", "tak", "y", "t", "true", "prawda"]),
    (false, &["no", "nie", "n", "false", "falsz"]),
];

/// Hours between two runs of the frequency classes of `CHOICE_CLASSES`, in its order (hourly,
/// daily, weekly, monthly, yearly, continuous).
const CLASS_HOURS: &[f64] = &[1.0, 24.0, 168.0, 730.5, 8766.0, 0.0];

/// The phrases of `CHOICE_CLASSES`, sorted, each with the index of its class; a phrase in several
/// classes is listed once for each, in table order.
fn choice_index() -> &'static [(&'static str, usize)] {
    static INDEX: OnceLock<Vec<(&str, usize)>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: Vec<(&str, usize)> = CHOICE_CLASSES
            .iter()
            .enumerate()
            .flat_map(|(k, (_, class))| class.iter().map(move |&phrase| (phrase, k)))
            .collect();
        // Stable: keeps the table order among a phrase's classes.
        index.sort_by_key(|&(phrase, _)| phrase);
        index
    })
}

/// The key in `keys` that `text` names, with a note when it was not literal: the criterion's
/// own `aliases` (key index, phrases) first, the whole answer or its opening words; then
/// [`match_choice`]; then a yes or no opening a longer answer; then a numbered frequency
/// ("co 6 h", "2x dziennie") placed among the keys that are frequencies — between two of them,
/// the less frequent, noted; last, an alias phrase inside the answer, with a doubt.
pub fn read_choice(
    text: &str,
    keys: &[&str],
    aliases: &[(String, Vec<String>)],
) -> Option<Reading<usize>> {
    let t = normalize_label(clean(text));
    if t.is_empty() {
        return None;
    }
    if let Some(r) = alias_whole_or_opening(text, &t, keys, aliases) {
        return Some(r);
    }
    if let Some(i) = match_choice(text, keys) {
        return Some(Reading::new(i, Vec::<Msg>::new()));
    }
    // "tak, do końca kwartału": a yes or no opening a longer answer, where the keys have one.
    if let Some((first, _)) = t.split_once(' ')
        && matches!(first, "tak" | "nie" | "yes" | "no")
        && let Some(i) = match_choice(first, keys)
    {
        let note = Msg::new("note-choice-first-word")
            .with("words", quoted(text))
            .with("key", keys[i]);
        return Some(Reading::new(i, vec![note]));
    }
    frequency(text, &t, keys).or_else(|| alias_inside(&t, keys, aliases))
}

/// The criterion's own phrases: the whole answer, else the longest that opens it
/// ("przechodzą na kolejny miesiąc" opens with "przechodzą").
fn alias_whole_or_opening(
    text: &str,
    t: &str,
    keys: &[&str],
    aliases: &[(String, Vec<String>)],
) -> Option<Reading<usize>> {
    let mut opening: Option<(usize, &str, usize)> = None;
    for (key, phrases) in aliases {
        let Some(i) = keys.iter().position(|k| k == key) else {
            continue;
        };
        for p in phrases {
            let p = normalize_label(p);
            if p == t {
                let note = Msg::new("note-choice-alias")
                    .with("words", quoted(text))
                    .with("key", key);
                return Some(Reading::new(i, vec![note]));
            }
            if !p.is_empty()
                && t.strip_prefix(p.as_str())
                    .is_some_and(|rest| rest.starts_with(' '))
                && opening.is_none_or(|(_, _, len)| p.len() > len)
            {
                opening = Some((i, key.as_str(), p.len()));
            }
        }
    }
    let (i, key, _) = opening?;
    let note = Msg::new("note-choice-opening")
        .with("words", quoted(text))
        .with("key", key);
    Some(Reading::new(i, vec![note]))
}

/// A phrase of the criterion's own inside the answer ("coroczna waloryzacja o wskaźnik
/// inflacji GUS"), when the phrases found all belong to one key; a doubt, as words inside a
/// longer answer may be negated or qualified.
fn alias_inside(
    t: &str,
    keys: &[&str],
    aliases: &[(String, Vec<String>)],
) -> Option<Reading<usize>> {
    let padded = format!(" {t} ");
    let mut inside: Option<(usize, &str, &str)> = None;
    for (key, phrases) in aliases {
        let Some(i) = keys.iter().position(|k| k == key) else {
            continue;
        };
        for written in phrases {
            let p = normalize_label(written);
            if p.is_empty() || !padded.contains(&format!(" {p} ")) {
                continue;
            }
            match inside {
                Some((j, _, _)) if j != i => return None,
                Some((_, _, longest)) if normalize_label(longest).len() >= p.len() => {}
                _ => inside = Some((i, key.as_str(), written.as_str())),
            }
        }
    }
    let (i, key, phrase) = inside?;
    let mut reading = Reading::new(i, Vec::<Msg>::new());
    reading.doubts.push(
        Msg::new("doubt-choice-inside")
            .with("key", key)
            .with("words", quoted(phrase)),
    );
    Some(reading)
}

/// A numbered frequency, or a named one the criterion has no key for ("na bieżąco" among
/// hourly, daily…), placed among the keys that are frequencies.
fn frequency(text: &str, t: &str, keys: &[&str]) -> Option<Reading<usize>> {
    let hours = interval_hours(t).or_else(|| {
        let index = choice_index();
        let from = index.partition_point(|&(phrase, _)| phrase < t);
        index[from..]
            .iter()
            .take_while(|&&(phrase, _)| phrase == t)
            .find_map(|&(_, class)| {
                CHOICE_CLASSES[class]
                    .0
                    .then(|| CLASS_HOURS.get(class).copied())
                    .flatten()
            })
    })?;
    // Each key that is a frequency, with its hours between runs.
    let mut placed: Vec<(usize, f64)> = keys
        .iter()
        .enumerate()
        .filter_map(|(i, k)| {
            let k = normalize_label(k);
            let class = CHOICE_CLASSES
                .iter()
                .position(|(frequency, class)| *frequency && class.contains(&k.as_str()))?;
            Some((i, *CLASS_HOURS.get(class)?))
        })
        .collect();
    placed.sort_by(|a, b| a.1.total_cmp(&b.1));
    let at = placed.iter().position(|&(_, h)| h >= hours - 1e-9)?;
    let (i, h) = placed[at];
    let note = if (h - hours).abs() < 1e-9 || at == 0 {
        Msg::new("note-choice-read-as")
            .with("words", quoted(text))
            .with("key", keys[i])
    } else {
        Msg::new("note-choice-between")
            .with("words", quoted(text))
            .with("more", keys[placed[at - 1].0])
            .with("key", keys[i])
    };
    Some(Reading::new(i, vec![note]))
}

/// Index of the key in `keys` that `text` names (keys are the criteria's choice keys, e.g.
/// `["hourly", "daily", "weekly", "monthly"]`). Compares `normalize_label` forms, then built-in
/// Polish/English synonyms (`codziennie` is `daily`, `co tydzień` is `weekly`, `tak` is `yes`…),
/// then a frequency opening a longer answer. `None` when nothing matches.
pub fn match_choice(text: &str, keys: &[&str]) -> Option<usize> {
    let t = normalize_label(clean(text));
    if t.is_empty() {
        return None;
    }
    // Keys are usually written in label form already.
    let keys: Vec<Cow<str>> = keys
        .iter()
        .map(|&k| {
            if is_label_form(k) {
                Cow::Borrowed(k)
            } else {
                Cow::Owned(normalize_label(k))
            }
        })
        .collect();
    if let Some(i) = keys.iter().position(|k| *k == t) {
        return Some(i);
    }
    let key_in = |class: &[&str]| keys.iter().position(|k| class.contains(&k.as_ref()));
    let index = choice_index();
    let from = index.partition_point(|&(phrase, _)| phrase < t.as_str());
    if let Some(i) = index[from..]
        .iter()
        .take_while(|&&(phrase, _)| phrase == t)
        .find_map(|&(_, class)| key_in(CHOICE_CLASSES[class].1))
    {
        return Some(i);
    }
    let opens = |phrase: &str| {
        t.strip_prefix(phrase)
            .is_some_and(|rest| rest.starts_with(' '))
    };
    let mut best: Option<(usize, usize)> = None;
    for (i, k) in keys.iter().enumerate() {
        let class = CHOICE_CLASSES
            .iter()
            .find(|(frequency, class)| *frequency && class.contains(&k.as_ref()));
        let phrases = class.map_or(&[][..], |(_, c)| *c);
        for phrase in phrases.iter().copied().chain([k.as_ref()]) {
            if !phrase.is_empty()
                && opens(phrase)
                && (class.is_some() || phrase.len() >= 4)
                && best.is_none_or(|(_, len)| phrase.len() > len)
            {
                best = Some((i, phrase.len()));
            }
        }
    }
    best.map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices() {
        let freq = ["hourly", "daily", "weekly", "monthly"];
        let cases: &[(&str, Option<usize>)] = &[
            ("daily", Some(1)),
            ("Daily", Some(1)),
            (" DAILY ", Some(1)),
            ("hourly", Some(0)),
            ("codziennie", Some(1)),
            ("Codziennie", Some(1)),
            ("dziennie", Some(1)),
            ("raz dziennie", Some(1)),
            ("codzienny", Some(1)),
            ("codzienna", Some(1)),
            ("co 24 h", Some(1)),
            ("co 24h", Some(1)),
            ("every day", Some(1)),
            ("each day", Some(1)),
            ("co tydzień", Some(2)),
            ("tygodniowo", Some(2)),
            ("raz w tygodniu", Some(2)),
            ("cotygodniowy", Some(2)),
            ("every week", Some(2)),
            ("miesięcznie", Some(3)),
            ("co miesiąc", Some(3)),
            ("raz w miesiącu", Some(3)),
            ("comiesięczny", Some(3)),
            ("every month", Some(3)),
            ("co godzinę", Some(0)),
            ("godzinowo", Some(0)),
            ("co 1 h", Some(0)),
            ("every hour", Some(0)),
            ("codziennie (przyrostowo)", Some(1)),
            ("codziennie + przed każdą aktualizacją", Some(1)),
            ("co tydzień pełna kopia", Some(2)),
            ("rocznie", None),
            ("sometimes", None),
            ("", None),
            ("co", None),
        ];
        for &(t, want) in cases {
            assert_eq!(match_choice(t, &freq), want, "{t:?}");
        }
        let other: &[(&str, &[&str], Option<usize>)] = &[
            ("brak", &["none", "daily"], Some(0)),
            ("nigdy", &["none", "daily"], Some(0)),
            ("never", &["none", "daily"], Some(0)),
            ("tak", &["yes", "no"], Some(0)),
            ("nie", &["yes", "no"], Some(1)),
            ("Yes", &["yes", "no"], Some(0)),
            ("ciągły", &["continuous", "daily"], Some(0)),
            ("na bieżąco", &["continuous", "daily"], Some(0)),
            ("w czasie rzeczywistym", &["continuous", "daily"], Some(0)),
            ("real-time", &["continuous"], Some(0)),
            ("real-time", &["realtime"], Some(0)),
            ("ciągle", &["real_time"], Some(0)),
            ("annually", &["yearly"], Some(0)),
            ("raz w roku", &["yearly"], Some(0)),
            ("daily", &["codziennie", "co tydzień"], Some(0)),
            ("P1 response", &["p1_response"], Some(0)),
            ("tak", &["hourly", "daily"], None),
            ("nie dotyczy", &["yes", "no"], None),
        ];
        for &(t, keys, want) in other {
            assert_eq!(match_choice(t, keys), want, "{t:?} in {keys:?}");
        }
    }
}
