//! The label form headers and choice keys are compared in: folded, punctuation as spaces,
//! a trailing parenthesised part (usually a unit) removed.

use super::chars::{fold_each, is_blank};

/// Header/label comparison form: lowercase, diacritics folded, punctuation and underscores as
/// spaces, whitespace collapsed and trimmed, one trailing parenthesised part removed
/// ("Czas reakcji P1 (min)" -> "czas reakcji p1"); "p1_response", "P1 response" and
/// "P1-Response" all give "p1 response".
pub fn normalize_label(text: &str) -> String {
    fold_words(strip_trailing_paren(text))
}

/// The same form, keeping a trailing parenthesised part: for names, where "Anna (IT)" and
/// "Anna (marketing)" are two people.
pub fn fold_words(t: &str) -> String {
    if t.is_ascii() {
        // The same as below with folding reduced to lowercasing, byte by byte.
        let mut out = Vec::with_capacity(t.len());
        let mut space = false;
        for b in t.bytes() {
            if b.is_ascii_alphanumeric() {
                if space && !out.is_empty() {
                    out.push(b' ');
                }
                space = false;
                out.push(b.to_ascii_lowercase());
            } else {
                space = true;
            }
        }
        // Only ASCII bytes were pushed, so this cannot fail.
        return String::from_utf8(out).unwrap_or_default();
    }
    let mut out = String::with_capacity(t.len());
    let mut space = false;
    fold_each(t, |c| {
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        } else {
            space = true;
        }
    });
    out
}

/// Whether `normalize_label` would leave `s` as it is, judged without allocating: lowercase
/// ASCII letters and digits in words separated by single spaces.
pub(crate) fn is_label_form(s: &str) -> bool {
    // A space may neither open the text nor follow another one.
    let mut after_space = true;
    for b in s.bytes() {
        match b {
            b' ' if after_space => return false,
            b' ' => after_space = true,
            b'a'..=b'z' | b'0'..=b'9' => after_space = false,
            _ => return false,
        }
    }
    s.is_empty() || !after_space
}

/// Whether a bracketed part names a priority ("(P2)", "(krytyczne)", "(priorytet 1)"): that is
/// what tells "Czas reakcji (P1)" from "Czas reakcji (P2)", not a unit to drop.
fn names_priority(inner: &str) -> bool {
    let folded = crate::text::chars::fold(inner.trim());
    let compact: String = folded.chars().filter(|c| c.is_alphanumeric()).collect();
    let level = compact
        .strip_prefix('p')
        .is_some_and(|n| n.len() == 1 && n.as_bytes()[0].is_ascii_digit());
    level
        || [
            "krytyczn",
            "priorytet",
            "critical",
            "priority",
            "pilne",
            "pilny",
            "wysoki",
            "sredni",
            "niski",
            "urgent",
            "high",
            "medium",
            "low",
        ]
        .iter()
        .any(|w| compact.contains(w))
}

fn strip_trailing_paren(text: &str) -> &str {
    // A trailing colon or asterisk ("Cena (zł):", "Cena (zł)*") must not hide the unit part.
    let t = text.trim_end_matches(|c: char| is_blank(c) || matches!(c, ':' | '*'));
    if !t.ends_with(')') {
        return text;
    }
    let mut depth = 0usize;
    for (k, c) in t.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    let head = t[..k].trim_end_matches(is_blank);
                    return if head.trim_matches(is_blank).is_empty()
                        || names_priority(&t[k + 1..t.len() - 1])
                    {
                        text
                    } else {
                        head
                    };
                }
            }
            _ => {}
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn labels() {
        let cases: &[(&str, &str)] = &[
            ("Czas reakcji P1 (min)", "czas reakcji p1"),
            ("p1_response", "p1 response"),
            ("P1 response", "p1 response"),
            ("P1-Response", "p1 response"),
            ("  Łódź  ŻÓŁĆ gęś ", "lodz zolc ges"),
            ("Cena (netto) (zł)", "cena netto"),
            ("Czas reakcji (min):", "czas reakcji"),
            ("Dostępność (uptime)", "dostepnosc"),
            ("(min)", "min"),
            ("Über café", "uber cafe"),
            ("a__b", "a b"),
            ("Monitoring 24/7", "monitoring 24 7"),
            ("Uptime [%]", "uptime"),
            ("", ""),
            ("((", ""),
            ("a (b (c))", "a"),
        ];
        for &(t, want) in cases {
            assert_eq!(normalize_label(t), want, "{t:?}");
        }
    }

    proptest! {
        #[test]
        fn label_form_is_left_alone(s in "[a-z0-9 ]{0,12}") {
            if is_label_form(&s) {
                prop_assert_eq!(normalize_label(&s), s);
            }
        }

        #[test]
        fn labels_are_idempotent(t in "\\PC{0,40}") {
            let once = normalize_label(&t);
            // A second pass may only strip a parenthesised part the first pass exposed, and
            // normal forms carry no parentheses.
            prop_assert_eq!(normalize_label(&once), once.clone());
        }
    }
}
