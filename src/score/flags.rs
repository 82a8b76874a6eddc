//! Red flags: the warning signs of the buyer's guides, checked on every offer.
//!
//! A flag either takes points off the score or disqualifies; either way it is shown with a
//! message a business owner understands, and with the numbers that raised it.

use super::Numbers;
use std::sync::Arc;

use rayon::prelude::*;

use crate::criteria::{Criteria, FlagAction, FlagRule, RedFlag};
use crate::i18n::Msg;
use crate::normalize::Offers;
use crate::numbers::brief;
use crate::text::normalize_label;

/// The id a below-mean or below-median flag may name without a criterion of that id: the
/// offer's monthly cost (the fee plus the hours beyond the pool), the total price a
/// low-price test is about. Its values come after the criteria's in `values`.
pub const MONTHLY_COST: &str = "monthly_cost";

/// The column of `values` holding an id's numbers: a criterion's, or the monthly cost's.
fn column_of(criteria: &Criteria, id: &str) -> Option<usize> {
    criteria
        .index_of(id)
        .or_else(|| (id == MONTHLY_COST).then_some(criteria.criteria.len()))
}

/// A red flag raised on an offer.
#[derive(Debug, Clone, PartialEq)]
pub struct RaisedFlag {
    /// The flag's id, shared by every offer it is raised on.
    pub id: Arc<str>,
    /// What raised it ("says 'kompleksowa'", "latest 2018, before 2021"); `None` when nothing
    /// more is to be said. Shown after the flag's message.
    pub detail: Option<Detail>,
    /// Points taken off the score (0 when the flag only warns or disqualifies).
    pub penalty: f64,
    pub disqualify: bool,
}

impl RaisedFlag {
    /// The message in `lang`: the criteria's message in that language, with what raised it.
    pub fn message_in(&self, criteria: &Criteria, lang: crate::i18n::Lang) -> String {
        self.message(criteria).in_lang(lang)
    }

    /// The message, with what raised it, for any language.
    pub fn message(&self, criteria: &Criteria) -> Msg {
        let (en, pl) = criteria
            .red_flags
            .iter()
            .find(|rf| *rf.id == *self.id)
            .map_or((&*self.id, None), |rf| {
                (rf.message.as_str(), rf.message_pl.as_deref())
            });
        match &self.detail {
            None => Msg::new("flag-message").both("message", en, pl),
            Some(detail) => Msg::new("flag-with-detail")
                .both("message", en, pl)
                .msg("detail", detail.message(criteria)),
        }
    }
}

/// What raised a flag, kept as numbers and put into words only when shown: a large comparison
/// raises hundreds of thousands of flags, and most are never read one by one.
#[derive(Debug, Clone, PartialEq)]
pub enum Detail {
    /// The value of column `column` (a criterion's, or the monthly cost's) at or below the
    /// others' mean or median.
    Below {
        reference: Reference,
        column: u32,
        value: f64,
        compared_with: f64,
    },
    /// The answer says these words, as written.
    Says(Box<str>),
    /// The answer lists `items` where at least `min` are expected.
    FewItems { items: u32, min: u32 },
    /// The latest year given is before `limit`.
    OlderThan { latest: f64, limit: i32 },
    /// The value of criterion `column` is above the threshold.
    Above {
        column: u32,
        value: f64,
        threshold: f64,
    },
}

/// A [`Detail`] as something to look up by: equal details, equal keys (numbers by their bits).
pub type DetailKey<'a> = (u8, [u64; 3], &'a str);

impl Detail {
    /// The detail as a key for a map of texts already made.
    pub fn key(&self) -> DetailKey<'_> {
        match self {
            Detail::Below {
                reference,
                column,
                value,
                compared_with,
            } => (
                0,
                [
                    u64::from(*column) << 1 | u64::from(*reference == Reference::Median),
                    value.to_bits(),
                    compared_with.to_bits(),
                ],
                "",
            ),
            Detail::Says(words) => (1, [0; 3], words),
            Detail::FewItems { items, min } => (2, [u64::from(*items), u64::from(*min), 0], ""),
            Detail::OlderThan { latest, limit } => (
                3,
                [latest.to_bits(), u64::from(limit.cast_unsigned()), 0],
                "",
            ),
            Detail::Above {
                column,
                value,
                threshold,
            } => (
                4,
                [u64::from(*column), value.to_bits(), threshold.to_bits()],
                "",
            ),
        }
    }

    /// In words, for any language.
    pub fn message(&self, criteria: &Criteria) -> Msg {
        match self {
            Detail::Below {
                reference,
                column,
                value,
                compared_with,
            } => {
                let id = match reference {
                    Reference::Mean => "flag-below-mean",
                    Reference::Median => "flag-below-median",
                };
                let j = *column as usize;
                Msg::new(id)
                    .msg("value", amount(criteria, j, *value))
                    .msg("reference", amount(criteria, j, *compared_with))
            }
            Detail::Says(words) => Msg::new("flag-says").with("words", &**words),
            Detail::FewItems { items, min } => Msg::new("flag-few-items")
                .count("items", *items as usize)
                .count("min", *min as usize),
            Detail::OlderThan { latest, limit } => Msg::new("flag-older-than")
                .with("latest", brief(*latest))
                .with("limit", limit.to_string()),
            Detail::Above {
                column,
                value,
                threshold,
            } => {
                let j = *column as usize;
                Msg::new("flag-above")
                    .msg("value", amount(criteria, j, *value))
                    .msg("threshold", amount(criteria, j, *threshold))
            }
        }
    }
}

/// Checks every red flag on every offer. `values[criterion][offer]` are the numbers scored
/// (NaN when missing), followed by one more column, the monthly cost ([`MONTHLY_COST`]); `valid[offer]` says whether the offer takes part in comparisons with
/// the others (not knocked out); `this_year` is the default `as_of` of `older_than`.
pub fn raise(
    criteria: &Criteria,
    offers: &Offers,
    values: &[Numbers],
    valid: &[bool],
    this_year: i32,
) -> Vec<Vec<RaisedFlag>> {
    let mut raised: Vec<Vec<RaisedFlag>> = vec![Vec::new(); offers.len()];
    for flag in &criteria.red_flags {
        for (o, f) in raise_one(
            flag,
            criteria,
            offers,
            values,
            valid,
            this_year,
            0..offers.len(),
        ) {
            raised[o].push(f);
        }
    }
    raised
}

/// One flag checked on every offer, on every core (see [`raise`]): the offers it is raised on,
/// in order.
pub(crate) fn raise_on_all(
    flag: &RedFlag,
    criteria: &Criteria,
    offers: &Offers,
    values: &[Numbers],
    valid: &[bool],
    this_year: i32,
) -> Vec<(usize, RaisedFlag)> {
    let check = FlagCheck::new(flag, criteria, offers, values, valid, this_year);
    (0..offers.len())
        .into_par_iter()
        .with_min_len(1_024)
        .filter_map(|o| check.on(o))
        .collect()
}

/// One flag checked on the offers `on` (see [`raise`]): the offers it is raised on.
pub(crate) fn raise_one(
    flag: &RedFlag,
    criteria: &Criteria,
    offers: &Offers,
    values: &[Numbers],
    valid: &[bool],
    this_year: i32,
    on: impl Iterator<Item = usize>,
) -> Vec<(usize, RaisedFlag)> {
    let check = FlagCheck::new(flag, criteria, offers, values, valid, this_year);
    on.filter_map(|o| check.on(o)).collect()
}

/// One flag ready to be checked offer by offer: what it compares with, worked out once.
struct FlagCheck<'a> {
    flag: &'a RedFlag,
    /// The flag's id, shared by every offer it is raised on.
    id: Arc<str>,
    about: Compared<'a>,
    stats: Stats,
    penalty: f64,
    disqualify: bool,
}

impl<'a> FlagCheck<'a> {
    fn new(
        flag: &'a RedFlag,
        criteria: &Criteria,
        offers: &'a Offers,
        values: &'a [Numbers],
        valid: &'a [bool],
        this_year: i32,
    ) -> Self {
        let (penalty, disqualify) = match flag.action {
            FlagAction::Penalty(p) => (p, false),
            FlagAction::Disqualify => (0.0, true),
        };
        FlagCheck {
            flag,
            id: flag.id.as_str().into(),
            about: Compared {
                offers,
                values,
                valid,
                this_year,
            },
            stats: Stats::of(flag, criteria, values, valid),
            penalty,
            disqualify,
        }
    }

    /// The flag on offer `o`, when it is raised there.
    fn on(&self, o: usize) -> Option<(usize, RaisedFlag)> {
        check(self.flag, &self.about, &self.stats, o).map(|detail| {
            let raised = RaisedFlag {
                id: Arc::clone(&self.id),
                detail,
                penalty: self.penalty,
                disqualify: self.disqualify,
            };
            (o, raised)
        })
    }
}

/// The offers `on` that a flag comparing offers ([`compares`]) is raised on, without the
/// messages (for searches that check many times and show nothing).
pub(crate) fn compared_raised(
    flag: &RedFlag,
    criteria: &Criteria,
    offers: &Offers,
    values: &[Numbers],
    valid: &[bool],
    mut on: impl FnMut(usize),
) {
    let (criterion, ratio, reference) = match &flag.rule {
        FlagRule::BelowMean { criterion, ratio } => (criterion, *ratio, Reference::Mean),
        FlagRule::BelowMedian { criterion, ratio } => (criterion, *ratio, Reference::Median),
        _ => return,
    };
    let Some(j) = column_of(criteria, criterion) else {
        return;
    };
    let about = Compared {
        offers,
        values,
        valid,
        this_year: 0,
    };
    let stats = Stats::of(flag, criteria, values, valid);
    for o in 0..offers.len() {
        if below_what(&about, &stats, j, ratio, o, reference).is_some() {
            on(o);
        }
    }
}

/// Whether a flag compares an offer with the others (so that another offer's answers, or who
/// is in the running, can raise or clear it); the others look at the offer's own answers only.
pub(crate) fn compares(flag: &RedFlag) -> bool {
    matches!(
        flag.rule,
        FlagRule::BelowMean { .. } | FlagRule::BelowMedian { .. }
    )
}

/// The valid offers' values of a flag's criterion, summed and sorted once, so that "the other
/// offers" of each offer cost O(log n), not O(n).
struct Stats {
    sum: f64,
    sorted: Vec<f64>,
    /// A vague-text flag's patterns, normalized once.
    patterns: Vec<String>,
    /// The columns of `values` the flag's rule names, in its order, found once.
    columns: Vec<Option<usize>>,
}

impl Stats {
    fn of(flag: &RedFlag, criteria: &Criteria, values: &[Numbers], valid: &[bool]) -> Stats {
        let column = match &flag.rule {
            FlagRule::BelowMean { criterion, .. } | FlagRule::BelowMedian { criterion, .. } => {
                column_of(criteria, criterion)
            }
            _ => None,
        };
        let mut sorted: Vec<f64> = column.map_or_else(Vec::new, |j| {
            values[j]
                .iter()
                .zip(valid)
                .filter(|(x, v)| **v && !x.is_nan())
                .map(|(x, _)| *x)
                .collect()
        });
        sorted.sort_by(f64::total_cmp);
        let patterns = match &flag.rule {
            FlagRule::VagueText { patterns, .. } => {
                patterns.iter().map(|p| normalize_label(p)).collect()
            }
            _ => Vec::new(),
        };
        let columns = match &flag.rule {
            FlagRule::Missing { criteria: ids } => {
                ids.iter().map(|id| column_of(criteria, id)).collect()
            }
            FlagRule::BelowMean { criterion, .. }
            | FlagRule::BelowMedian { criterion, .. }
            | FlagRule::VagueText { criterion, .. }
            | FlagRule::OlderThan { criterion, .. }
            | FlagRule::Above { criterion, .. } => vec![column_of(criteria, criterion)],
        };
        Stats {
            sum: sorted.iter().sum(),
            sorted,
            patterns,
            columns,
        }
    }

    /// The column of a rule naming one criterion.
    fn column(&self) -> Option<usize> {
        self.columns.first().copied().flatten()
    }

    /// Mean and median of the valid values without `x` (when `x` is one of them).
    fn others(&self, x: f64, is_one_of_them: bool) -> Option<(f64, f64)> {
        let skip = if is_one_of_them {
            Some(self.sorted.partition_point(|v| v.total_cmp(&x).is_lt()))
        } else {
            None
        };
        let count = self.sorted.len() - usize::from(skip.is_some());
        if count == 0 {
            return None;
        }
        let mean = (self.sum - if skip.is_some() { x } else { 0.0 }) / count as f64;
        let at = |rank: usize| match skip {
            Some(p) if rank >= p => self.sorted[rank + 1],
            _ => self.sorted[rank],
        };
        let median = if count % 2 == 1 {
            at(count / 2)
        } else {
            (at(count / 2 - 1) + at(count / 2)) / 2.0
        };
        Some((mean, median))
    }
}

/// What every flag is checked against: the offers, their scored numbers, which are valid.
struct Compared<'a> {
    offers: &'a Offers,
    values: &'a [Numbers],
    valid: &'a [bool],
    this_year: i32,
}

/// `Some(detail)` when the flag is raised on offer `o`.
fn check(flag: &RedFlag, about: &Compared<'_>, stats: &Stats, o: usize) -> Option<Option<Detail>> {
    match &flag.rule {
        FlagRule::BelowMean { ratio, .. } => {
            below(about, stats, stats.column()?, *ratio, o, Reference::Mean).map(Some)
        }
        FlagRule::BelowMedian { ratio, .. } => {
            below(about, stats, stats.column()?, *ratio, o, Reference::Median).map(Some)
        }
        FlagRule::VagueText {
            patterns,
            min_items,
            ..
        } => vague(about, stats, stats.column()?, patterns, *min_items, o).map(Some),
        FlagRule::Missing { .. } => {
            let all_missing = stats
                .columns
                .iter()
                .all(|j| j.is_none_or(|j| about.values[j][o].is_nan()));
            all_missing.then_some(None)
        }
        FlagRule::OlderThan { years, as_of, .. } => {
            let x = about.values[stats.column()?][o];
            if x.is_nan() {
                return None;
            }
            let limit = as_of.unwrap_or(about.this_year) - years;
            (x < f64::from(limit)).then_some(Some(Detail::OlderThan { latest: x, limit }))
        }
        FlagRule::Above { threshold, .. } => {
            let j = stats.column()?;
            let x = about.values[j][o];
            (!x.is_nan() && x > *threshold).then_some(Some(Detail::Above {
                column: j as u32,
                value: x,
                threshold: *threshold,
            }))
        }
    }
}

/// What `below_mean` and `below_median` compare with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reference {
    Mean,
    Median,
}

/// Raised when offer `o`'s value of criterion `j` is at most `ratio` × the mean (or median)
/// of the other valid offers.
fn below(
    about: &Compared<'_>,
    stats: &Stats,
    j: usize,
    ratio: f64,
    o: usize,
    compared_with: Reference,
) -> Option<Detail> {
    let (x, reference) = below_what(about, stats, j, ratio, o, compared_with)?;
    Some(Detail::Below {
        reference: compared_with,
        column: j as u32,
        value: x,
        compared_with: reference,
    })
}

/// The test of [`below`] without its message: (the value, what it is compared with).
fn below_what(
    about: &Compared<'_>,
    stats: &Stats,
    j: usize,
    ratio: f64,
    o: usize,
    compared_with: Reference,
) -> Option<(f64, f64)> {
    let x = about.values[j][o];
    if x.is_nan() {
        return None;
    }
    let (mean, median) = stats.others(x, about.valid[o])?;
    let reference = match compared_with {
        Reference::Mean => mean,
        Reference::Median => median,
    };
    (reference > 0.0 && x <= ratio * reference).then_some((x, reference))
}

/// Raised when the answer says one of the vague patterns, or lists fewer than `min_items`.
fn vague(
    about: &Compared<'_>,
    stats: &Stats,
    j: usize,
    patterns: &[String],
    min_items: usize,
    o: usize,
) -> Option<Detail> {
    let cell = about.offers.cell(j, o);
    cell.value.as_ref()?;
    let text = normalize_label(&cell.raw);
    let said = stats
        .patterns
        .iter()
        .zip(patterns)
        .find(|(norm, _)| !norm.is_empty() && text.contains(norm.as_str()));
    if let Some((norm, p)) = said {
        // The buyer reads what the vendor wrote ("kompleksowa opieka"), not the pattern's stem.
        let words = written_words(&cell.raw, norm).unwrap_or_else(|| p.trim().to_string());
        return Some(Detail::Says(words.into()));
    }
    let items = count_items(&cell.raw);
    (items < min_items).then(|| Detail::FewItems {
        items: u32::try_from(items).unwrap_or(u32::MAX),
        min: u32::try_from(min_items).unwrap_or(u32::MAX),
    })
}

/// The fewest whole words of `raw`, as written, whose label form contains `norm` (a pattern in
/// label form): "Kompleksowa" for the pattern "kompleksow". Looks at the first 200 words.
fn written_words(raw: &str, norm: &str) -> Option<String> {
    let words: Vec<&str> = raw.split_whitespace().take(200).collect();
    let wanted = norm.split(' ').count();
    for len in wanted..=(wanted + 2).min(words.len()) {
        for span in words.windows(len) {
            if normalize_label(&span.join(" ")).contains(norm) {
                let text = span.join(" ");
                let trimmed = text.trim_matches(|c: char| !c.is_alphanumeric());
                return Some(crate::sanitize::clean(trimmed).into_owned());
            }
        }
    }
    None
}

/// How many items an answer lists: pieces separated by commas, semicolons, line breaks or
/// bullets.
pub(crate) fn count_items(text: &str) -> usize {
    text.split([',', ';', '\n', '•', '·', '\u{2022}'])
        .flat_map(|piece| piece.split(" - "))
        .map(|piece| {
            piece.trim_matches(|c: char| c.is_whitespace() || c == '-' || c == '*' || c == '.')
        })
        .filter(|piece| piece.chars().any(char::is_alphanumeric))
        .count()
}

/// `x` in criterion `j`'s unit, or as an amount for the monthly cost.
fn amount(criteria: &Criteria, j: usize, x: f64) -> Msg {
    match criteria.criteria.get(j) {
        Some(c) => c.amount(x),
        // The monthly cost, in the criteria's currency.
        None => Msg::new("value-unit").money("value", x, &criteria.currency),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_counted_across_separators_and_bullets() {
        assert_eq!(count_items("aktualizacje, kopie; monitoring\n- raporty"), 4);
        assert_eq!(count_items("kompleksowa opieka"), 1);
        assert_eq!(count_items("• a\n• b\n• c"), 3);
        assert_eq!(count_items(" , ; "), 0);
    }

    #[test]
    fn mean_and_median_of_the_others() {
        let stats = Stats {
            sum: 10.0,
            sorted: vec![1.0, 2.0, 3.0, 4.0],
            patterns: Vec::new(),
            columns: Vec::new(),
        };
        // Without 2: 1, 3, 4.
        assert_eq!(stats.others(2.0, true), Some((8.0 / 3.0, 3.0)));
        // An offer outside the valid ones compares with all four.
        assert_eq!(stats.others(9.0, false), Some((2.5, 2.5)));
        let one = Stats {
            sum: 5.0,
            sorted: vec![5.0],
            patterns: Vec::new(),
            columns: Vec::new(),
        };
        assert_eq!(one.others(5.0, true), None);
    }
}
