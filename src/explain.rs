//! Why one offer beats another: each criterion's points for both, the differences, the
//! penalties and knock-outs, and the sentence a business owner can forward. Pure: no IO.

use crate::analysis::Analysis;
use crate::i18n::Msg;
use crate::text::normalize_label;

/// One criterion's part in the comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    /// Index of the criterion.
    pub criterion: usize,
    /// Points of the first and of the second offer (NaN where a blank is left out).
    pub first: f64,
    pub second: f64,
    /// `first − second` (0 where either is left out).
    pub difference: f64,
}

/// The comparison of two offers.
#[derive(Debug, Clone, PartialEq)]
pub struct Explanation {
    pub first: usize,
    pub second: usize,
    /// Every criterion, the largest difference (either way) first.
    pub parts: Vec<Part>,
    /// Points taken off each by red flags.
    pub penalty_first: f64,
    pub penalty_second: f64,
    /// The scores (0–100, after penalties).
    pub score_first: f64,
    pub score_second: f64,
    /// Whether the method's points add up to the score (the weighted sum, with no score
    /// clamped at 0): then the differences plus the penalty difference are the score difference.
    pub additive: bool,
}

/// The offers to compare when none are named: the leader and the runner-up (or, with one
/// ranked offer, the best knocked-out one).
pub fn default_pair(a: &Analysis) -> Option<(usize, usize)> {
    let mut order = a.ranking.iter().map(|r| r.offer);
    Some((order.next()?, order.next()?))
}

/// The offer whose vendor is `name`, compared without case, diacritics or punctuation; a name
/// that is the start of exactly one vendor's name, or whole words of exactly one, also counts.
/// Else a message listing the vendors.
pub fn find_vendor(a: &Analysis, name: &str) -> Result<usize, Msg> {
    let wanted = normalize_label(name);
    let vendors: Vec<String> = a
        .offers
        .offers
        .iter()
        .map(|o| normalize_label(&o.vendor))
        .collect();
    if !wanted.is_empty() {
        if let Some(o) = vendors.iter().position(|v| *v == wanted) {
            return Ok(o);
        }
        let starting: Vec<usize> = (0..vendors.len())
            .filter(|&o| vendors[o].starts_with(&wanted))
            .collect();
        if let [o] = starting[..] {
            return Ok(o);
        }
        // A word of exactly one name: "nova" for "Agencja Nova".
        let holding: Vec<usize> = (0..vendors.len())
            .filter(|&o| format!(" {} ", vendors[o]).contains(&format!(" {wanted} ")))
            .collect();
        if let [o] = holding[..] {
            return Ok(o);
        }
        // More than one: the name is ambiguous, not missing.
        let several = if starting.len() > 1 {
            &starting
        } else {
            &holding
        };
        if several.len() > 1 {
            let names: Vec<&str> = several
                .iter()
                .map(|&o| a.offers.offers[o].vendor.as_str())
                .collect();
            return Err(Msg::new("explain-ambiguous-vendor")
                .with("name", name)
                .with("vendors", names.join(", ")));
        }
    }
    let names: Vec<&str> = a.offers.offers.iter().map(|o| o.vendor.as_str()).collect();
    Err(Msg::new("explain-unknown-vendor")
        .with("name", name)
        .with("vendors", names.join(", ")))
}

/// `first` against `second`.
pub fn explain(a: &Analysis, first: usize, second: usize) -> Explanation {
    let ev = &a.evaluation;
    let (p1, p2) = (
        ev.contributions(&a.weights, first),
        ev.contributions(&a.weights, second),
    );
    let mut parts: Vec<Part> = (0..p1.len())
        .map(|j| {
            let difference = if p1[j].is_nan() || p2[j].is_nan() {
                0.0
            } else {
                p1[j] - p2[j]
            };
            Part {
                criterion: j,
                first: p1[j],
                second: p2[j],
                difference,
            }
        })
        .collect();
    parts.sort_by(|x, y| {
        y.difference
            .abs()
            .total_cmp(&x.difference.abs())
            .then(x.criterion.cmp(&y.criterion))
    });
    let raw = |p: &[f64]| p.iter().filter(|x| !x.is_nan()).sum::<f64>();
    let (penalty_first, penalty_second) = (ev.penalty[first], ev.penalty[second]);
    let additive = a.criteria.method == crate::criteria::Method::WeightedSum
        && raw(&p1) >= penalty_first
        && raw(&p2) >= penalty_second;
    Explanation {
        first,
        second,
        parts,
        penalty_first,
        penalty_second,
        score_first: a.scores[first],
        score_second: a.scores[second],
        additive,
    }
}

/// How many criteria the sentence names on each side.
const NAMED: usize = 2;

/// The sentence to forward: "Kodex Studio wins mainly on A (+3.6) and B (+1.1); WebOpieka is
/// better on C (+1.0), but that does not make up for it."
pub fn sentence(a: &Analysis, e: &Explanation) -> Msg {
    let c = &a.criteria.criteria;
    let named = |parts: Vec<&Part>| -> Vec<Msg> {
        parts
            .iter()
            .map(|p| {
                Msg::new("explain-part")
                    .both(
                        "label",
                        &c[p.criterion].label,
                        c[p.criterion].label_pl.as_deref(),
                    )
                    .fixed("points", p.difference.abs(), 1)
            })
            .collect()
    };
    let gains = named(
        e.parts
            .iter()
            .filter(|p| p.difference >= 0.05)
            .take(NAMED)
            .collect(),
    );
    let losses = named(
        e.parts
            .iter()
            .filter(|p| p.difference <= -0.05)
            .take(NAMED)
            .collect(),
    );
    let first = &a.offers.offers[e.first].vendor;
    let second = &a.offers.offers[e.second].vendor;
    let ahead = e.score_first >= e.score_second;
    let base = if gains.is_empty() {
        Msg::new("explain-no-gains")
    } else if ahead {
        Msg::new("explain-gains").joined("parts", gains, ", ")
    } else {
        Msg::new("explain-gains-behind").joined("parts", gains, ", ")
    };
    let tail = if losses.is_empty() {
        Msg::new("explain-no-losses")
    } else if ahead {
        Msg::new("explain-losses-not-enough").joined("parts", losses, ", ")
    } else {
        Msg::new("explain-losses-enough").joined("parts", losses, ", ")
    };
    let tail = tail.with("second", second);
    Msg::new("explain-sentence")
        .with("first", first)
        .with("second", second)
        .msg("gains", base)
        .msg("losses", tail)
        .fixed("lead", e.score_first - e.score_second, 1)
}
