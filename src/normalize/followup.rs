//! Follow-up questionnaires read with the offers: a vendor's answers in a sheet named like the
//! follow-up `template --followup` writes ("Uzupełnienie", "Follow-up") replace that vendor's
//! earlier offer, and every answer that changed is said at its cell.

use crate::criteria::Criteria;
use crate::i18n::Msg;
use crate::issue::Issue;
use crate::text::normalize_label;

use super::Offers;

/// Whether a sheet's name says it holds a follow-up.
fn is_followup_sheet(name: &str) -> bool {
    let name = normalize_label(name);
    // not for people: the follow-up sheet's names, folded
    ["uzupelnienie", "follow up", "followup"]
        .iter()
        .any(|start| name.starts_with(start))
}

/// Replaces each vendor's earlier offer with its follow-up (a later follow-up replaces an
/// earlier one too), saying at each changed cell what it said before.
pub(super) fn merge(out: &mut Offers, criteria: &Criteria, issues: &mut Vec<Issue>) {
    let followup: Vec<bool> = out
        .offers
        .iter()
        .map(|o| {
            out.tables
                .get(o.source.table as usize)
                .and_then(|t| t.sheet.as_deref())
                .is_some_and(is_followup_sheet)
        })
        .collect();
    if !followup.contains(&true) {
        return;
    }
    let keys: Vec<String> = out
        .offers
        .iter()
        .map(|o| normalize_label(&o.vendor))
        .collect();
    let mut gone = vec![false; out.offers.len()];
    for f in (0..out.offers.len()).filter(|&f| followup[f]) {
        // Everything of this vendor read before it: earlier offers, and earlier follow-ups.
        let earlier: Vec<usize> = (0..out.offers.len())
            .filter(|&o| o != f && !gone[o] && keys[o] == keys[f])
            .filter(|&o| !followup[o] || o < f)
            .collect();
        let here = out.location(out.offers[f].source);
        // Two offers of that name (two packages, two files): which one it answers for cannot
        // be told, so it replaces neither.
        let originals = earlier.iter().filter(|&&o| !followup[o]).count();
        if originals > 1 {
            issues.push(Issue::warning(
                here,
                Msg::new("followup-ambiguous")
                    .with("vendor", out.offers[f].vendor.clone())
                    .count("offers", originals),
            ));
            continue;
        }
        let Some(&last) = earlier.last() else {
            // A renamed vendor, or a follow-up read without the offers: said out loud.
            issues.push(Issue::warning(
                here,
                Msg::new("followup-alone").with("vendor", out.offers[f].vendor.clone()),
            ));
            continue;
        };
        if let Some(&other) = earlier.iter().rev().find(|&&o| followup[o]) {
            issues.push(Issue::warning(
                here.clone(),
                Msg::new("followup-twice")
                    .with("vendor", out.offers[f].vendor.clone())
                    .with("other", out.location(out.offers[other].source)),
            ));
        }
        let changed = say_changes(out, criteria, last, f, issues);
        issues.push(Issue::info(
            here,
            Msg::new("followup-replaces")
                .with("vendor", out.offers[f].vendor.clone())
                .with("earlier", out.location(out.offers[last].source))
                .count("changed", changed),
        ));
        for o in earlier {
            gone[o] = true;
        }
    }
    let new_index = out.drop_offers(&gone);
    // The replaced offers' cell messages are about answers no longer read; the rest follow
    // their offer to its new place.
    issues.retain_mut(|i| match i.offer {
        Some(o) => match new_index.get(o).copied().flatten() {
            Some(n) => {
                i.offer = Some(n);
                true
            }
            None => false,
        },
        None => true,
    });
}

/// Says at offer `now`'s cells each answer that differs from offer `before`'s; the count.
fn say_changes(
    out: &Offers,
    criteria: &Criteria,
    before: usize,
    now: usize,
    issues: &mut Vec<Issue>,
) -> usize {
    let mut changed = 0;
    for j in 0..out.cells.len() {
        let old = out.cell(j, before).raw.trim();
        let new = out.cell(j, now).raw.trim();
        if old == new {
            continue;
        }
        changed += 1;
        let at = out
            .source(j, now)
            .map_or_else(|| out.location(out.offers[now].source), |s| out.location(s));
        let message = match (old.is_empty(), new.is_empty()) {
            (true, _) => Msg::new("followup-answered").with("new", new),
            (false, true) => Msg::new("followup-cleared").with("old", old),
            (false, false) => Msg::new("followup-changed")
                .with("old", old)
                .with("new", new),
        };
        issues.push(Issue::info(
            at,
            message.with("vendor", out.offers[now].vendor.clone()).both(
                "label",
                &criteria.criteria[j].label,
                criteria.criteria[j].label_pl.as_deref(),
            ),
        ));
    }
    changed
}
