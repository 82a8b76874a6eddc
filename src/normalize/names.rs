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
    fold(name).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Renames every offer whose name an earlier offer already has (in reading order, across all
/// files): `Name (2)`, `Name (3)`…, skipping any such name some offer already has. Each renamed
/// offer gets a warning at its vendor cell.
pub(super) fn distinguish(offers: &mut Offers, issues: &mut Vec<Issue>) {
    let keys: Vec<String> = offers.offers.iter().map(|o| key(&o.vendor)).collect();
    let mut taken: HashSet<String> = keys.iter().cloned().collect();
    // Per name: its first offer, and the number its next copy tries first. Counting on from
    // the last number given keeps a thousand copies of one name linear, not quadratic.
    let mut first: HashMap<&str, (usize, usize)> = HashMap::new();
    for (o, k) in keys.iter().enumerate() {
        let name = offers.offers[o].vendor.clone();
        let k = k.as_str();
        let Some((earlier, next)) = first.get_mut(k) else {
            first.insert(k, (o, 2));
            continue;
        };
        let earlier = *earlier;
        // " (n)" folds to itself: the candidate's key is the name's key with it appended.
        let n = (*next..)
            .find(|n| !taken.contains(&format!("{k} ({n})")))
            .unwrap_or(*next);
        *next = n + 1;
        let renamed = format!("{name} ({n})");
        taken.insert(format!("{k} ({n})"));
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
        offers.offers[o].vendor = renamed;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_compare_without_case_diacritics_or_extra_spaces() {
        assert_eq!(key("Łódź  Web "), key("lodz web"));
        assert_ne!(key("WebMax (Kraków)"), key("WebMax (Gdańsk)"));
    }
}
