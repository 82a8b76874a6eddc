//! Yes/no answers: `tak`, `nie`, `✓`, `nie ma`, and an answer with a comment after it.

use super::{Reading, ValueError, expected, prepare, quoted};
use crate::i18n::Msg;
use crate::text::chars::{ShortStr, is_blank, is_combining, with_fold};

const YES_NO: &str = "value-yes-no";

const BOOL_WORDS: &[(&str, bool)] = &[
    ("tak", true),
    ("t", true),
    ("yes", true),
    ("y", true),
    ("true", true),
    ("prawda", true),
    ("1", true),
    ("1.0", true),
    ("1,0", true),
    ("x", true),
    ("✓", true),
    ("✔", true),
    ("✅", true),
    ("☑", true),
    ("√", true),
    ("jest", true),
    ("oczywiscie", true),
    ("w cenie", true),
    ("included", true),
    ("nie", false),
    ("n", false),
    ("no", false),
    ("false", false),
    ("falsz", false),
    ("0", false),
    ("0.0", false),
    ("0,0", false),
    ("nie ma", false),
    ("✗", false),
    ("✘", false),
    ("❌", false),
];

/// Words that answer a yes/no question even with a comment after them ("Tak, w cenie").
const BOOL_PREFIXES: &[(&str, bool)] = &[
    ("nie ma", false),
    ("tak", true),
    ("nie", false),
    ("yes", true),
    ("no", false),
    ("✓", true),
    ("✔", true),
    ("✅", true),
    ("✗", false),
    ("✘", false),
    ("❌", false),
];

/// Words that say a "yes" costs extra: the thing is not part of the offer's price.
const EXTRA_COST: &[&str] = &[
    "doplat",
    "dodatkowo platn",
    "dodatkowo oplacan",
    "platne dodatkowo",
    "platny dodatkowo",
    "platna dodatkowo",
    "dodatkowa oplat",
    "dodatkowej oplat",
    "odplatn",
    "opcjonaln",
    "extra cost",
    "extra charge",
    "extra fee",
    "at extra",
    "additional fee",
    "additional cost",
    "additional charge",
    "optional",
];

/// Words that deny an extra cost ("bez dopłat", "no extra cost"): a plain yes.
const NO_EXTRA_COST: &[&str] = &[
    "bez doplat",
    "bez dodatkowych",
    "bez dodatkowej",
    "w cenie",
    // not for people: phrases that vendors write
    "no extra",
    "without extra",
    // not for people: phrases that vendors write
    "no additional",
    "included",
];

/// Whether the (folded) answer says the thing is available only at extra cost.
fn at_extra_cost(folded: &str) -> bool {
    !NO_EXTRA_COST.iter().any(|w| folded.contains(w))
        && EXTRA_COST.iter().any(|w| folded.contains(w))
}

/// A yes that costs extra is not a yes to "is it included": "not included", said at the cell.
fn unless_extra_cost(t: &str, reading: Reading<bool>) -> Reading<bool> {
    if !reading.value || !with_fold(t, at_extra_cost) {
        return reading;
    }
    Reading::new(
        false,
        vec![Msg::new("note-extra-cost").with("words", quoted(t))] as Vec<Msg>,
    )
}

/// Reads yes/no: `tak`, `t`, `yes`, `y`, `true`, `1`, `x`, `✓`, `jest`, `oczywiście` are true;
/// `nie`, `n`, `no`, `false`, `0`, `nie ma` are false (case- and diacritics-insensitive).
/// `Tak, w cenie` or `nie (dodatkowo płatne)` give the answer with a note quoting the rest. A
/// yes at extra cost (`tak (za dopłatą)`, `opcjonalnie`, `optional`) is no: not included.
pub(crate) fn parse_bool(text: &str) -> Result<Reading<bool>, ValueError> {
    let t = prepare(text, YES_NO)?;
    let reading = read_yes_no(t);
    match reading {
        Ok(r) => Ok(unless_extra_cost(t, r)),
        // "za dopłatą", "opcjonalnie", "możliwe za dopłatą": a yes, at extra cost.
        Err(_) if with_fold(t, at_extra_cost) => {
            Ok(unless_extra_cost(t, Reading::new(true, Vec::<Msg>::new())))
        }
        Err(e) => Err(e),
    }
}

/// Yes or no, from the whole answer or its first word.
fn read_yes_no(t: &str) -> Result<Reading<bool>, ValueError> {
    let whole = with_fold(t, |folded| {
        let core = folded.trim_end_matches(|c: char| matches!(c, '.' | '!') || is_blank(c));
        let mut words = ShortStr::<64>::new();
        for (k, w) in core.split(is_blank).filter(|w| !w.is_empty()).enumerate() {
            if k > 0 {
                words.push(' ');
            }
            w.chars().for_each(|c| words.push(c));
        }
        // Too long a text is none of the words.
        let words = words.get()?;
        BOOL_WORDS
            .iter()
            .find(|(w, _)| *w == words)
            .map(|&(_, b)| b)
    });
    if let Some(b) = whole {
        return Ok(Reading::new(b, Vec::<Msg>::new()));
    }
    for &(word, b) in BOOL_PREFIXES {
        let n = word.chars().count();
        let Some((split, next)) = t.char_indices().nth(n) else {
            continue;
        };
        if next.is_alphabetic()
            || is_combining(next)
            || !with_fold(&t[..split], |folded| folded == word)
        {
            continue;
        }
        let rest = t[split..].trim_matches(|c: char| {
            is_blank(c) || matches!(c, ',' | ';' | ':' | '-' | '–' | '—' | '.' | '!')
        });
        let notes = if rest.is_empty() {
            Vec::new()
        } else {
            vec![Msg::new("note-ignored-after").with("words", quoted(rest))]
        };
        return Ok(Reading::new(b, notes));
    }
    Err(expected(YES_NO, t))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::value::tests::{err_of, has_notes, ok_of};

    #[test]
    fn bools() {
        let cases: &[(&str, bool, &[&str])] = &[
            ("tak", true, &[]),
            ("Tak", true, &[]),
            ("TAK", true, &[]),
            ("tak.", true, &[]),
            ("t", true, &[]),
            ("yes", true, &[]),
            ("Y", true, &[]),
            ("true", true, &[]),
            ("TRUE", true, &[]),
            ("PRAWDA", true, &[]),
            ("1", true, &[]),
            ("x", true, &[]),
            ("X", true, &[]),
            ("✓", true, &[]),
            ("✔", true, &[]),
            ("jest", true, &[]),
            ("oczywiście", true, &[]),
            ("Oczywiscie!", true, &[]),
            ("nie", false, &[]),
            ("Nie", false, &[]),
            ("n", false, &[]),
            ("no", false, &[]),
            ("No.", false, &[]),
            ("false", false, &[]),
            ("FAŁSZ", false, &[]),
            ("0", false, &[]),
            ("nie ma", false, &[]),
            ("Nie  ma", false, &[]),
            ("Tak, w cenie", true, &["ignored 'w cenie'"]),
            // A yes at extra cost is not included.
            (
                "tak (za dopłatą)",
                false,
                &["read as no: available at extra cost"],
            ),
            ("Tak, dodatkowo płatne", false, &["at extra cost"]),
            ("tak, odpłatnie", false, &["at extra cost"]),
            ("opcjonalnie", false, &["at extra cost"]),
            ("możliwe za dopłatą", false, &["at extra cost"]),
            ("yes, at extra cost", false, &["at extra cost"]),
            ("optional", false, &["at extra cost"]),
            ("tak, bez dopłat", true, &["ignored 'bez dopłat'"]),
            ("yes, no extra cost", true, &["ignored"]),
            ("nie (dodatkowo płatne)", false, &["ignored"]),
            (
                "nie (dodatkowo płatne)",
                false,
                &["ignored '(dodatkowo płatne)'"],
            ),
            ("Yes - included", true, &["ignored 'included'"]),
            ("nie ma backupów", false, &["ignored 'backupów'"]),
            ("✓ w pakiecie", true, &["ignored 'w pakiecie'"]),
        ];
        for &(t, want, notes) in cases {
            let r = ok_of(parse_bool(t), t);
            assert_eq!(r.value, want, "{t:?}");
            has_notes(&r.notes, notes, t);
            if notes.is_empty() {
                assert!(r.notes.is_empty(), "{t:?}: {:?}", r.notes);
            }
        }
        for t in ["może", "nope", "takes", "2", "", "ok", "nietak"] {
            let m = err_of(parse_bool(t), t);
            assert!(m.contains("expected yes/no (tak/nie)"), "{t:?}: {m}");
        }
        assert_eq!(
            parse_bool("może").unwrap_err().message.to_string(),
            "expected yes/no (tak/nie), found 'może'"
        );
    }
}
