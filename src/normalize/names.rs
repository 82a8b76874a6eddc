//! Offers that share a name get distinct ones: the second `WebMax` is shown as `WebMax (2)`,
//! with a warning at its vendor cell naming both places.

use crate::i18n::Msg;
use std::collections::{HashMap, HashSet};

use crate::issue::Issue;
use crate::text::chars::fold;

use super::Offers;

/// The form names are compared in: folded (case and diacritics ignored), whitespace collapsed.
/// Punctuation counts: `WebMax (Kraków)` and `WebMax (Gdańsk)` are two names.
fn key(name: &str) -> String {
    let folded = fold(name);
    let collapsed = !folded.starts_with(char::is_whitespace)
        && !folded.ends_with(char::is_whitespace)
        && !folded
            .split(' ')
            .any(|word| word.is_empty() || word.contains(char::is_whitespace));
    if collapsed {
        return folded;
    }
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Renames every offer whose name an earlier offer already has (in reading order, across all
/// files): `Name (2)`, `Name (3)`…, skipping any such name some offer already has. Each renamed
/// offer gets a warning at its vendor cell.
pub(super) fn distinguish(offers: &mut Offers, issues: &mut Vec<Issue>) {
    let keys: Vec<String> = offers.offers.iter().map(|o| key(&o.vendor)).collect();
    // The names as read, and those given here.
    let read: HashSet<&str> = keys.iter().map(String::as_str).collect();
    let mut given: HashSet<String> = HashSet::new();
    // Per name: its first offer, and the number its next copy tries first. Counting on from
    // the last number given keeps a thousand copies of one name linear, not quadratic.
    let mut first: HashMap<&str, (usize, usize)> = HashMap::with_capacity(keys.len());
    for (o, k) in keys.iter().enumerate() {
        let k = k.as_str();
        let Some((earlier, next)) = first.get_mut(k) else {
            first.insert(k, (o, 2));
            continue;
        };
        let earlier = *earlier;
        let name = offers.offers[o].vendor.clone();
        // " (n)" folds to itself: the candidate's key is the name's key with it appended.
        let n = (*next..)
            .find(|n| {
                let candidate = format!("{k} ({n})");
                !read.contains(candidate.as_str()) && !given.contains(&candidate)
            })
            .unwrap_or(*next);
        *next = n + 1;
        let renamed = format!("{name} ({n})");
        given.insert(format!("{k} ({n})"));
        let here = offers.location(offers.offers[o].source);
        let there = offers.location(offers.offers[earlier].source);
        let first_name = &offers.offers[earlier].vendor;
        let same = if *first_name == name {
            Msg::new("read-same-name").with("name", &name)
        } else {
            Msg::new("read-same-name-written-apart")
                .with("first", first_name)
                .with("name", &name)
        };
        let same = same.with("there", &there).with("here", &here);
        issues.push(
            Issue::warning(
                here,
                Msg::new("read-renamed")
                    .msg("same", same)
                    .with("renamed", &renamed),
            )
            .for_offer(o),
        );
        let offer = &mut offers.offers[o];
        offer.renamed_from = Some(std::mem::replace(&mut offer.vendor, renamed));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_compare_without_case_diacritics_or_extra_spaces() {
        assert_eq!(key("Łódź  Web "), key("lodz web"));
        assert_ne!(key("WebMax (Kraków)"), key("WebMax (Gdańsk)"));
        assert_eq!(key(" a\tb  c\u{a0}d "), "a b c d");
        assert_eq!(key("Agencja 12"), "agencja 12");
    }
}
