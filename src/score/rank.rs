//! Ordering offers by score: competition ranks, ties, disqualified offers last.

/// Scores closer than this share a rank.
pub(crate) const TIE_EPSILON: f64 = 1e-9;

/// One row of the ranking.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ranked {
    /// Index into the offers.
    pub offer: usize,
    /// 1-based competition rank (1, 1, 3); `None` for a disqualified offer.
    pub rank: Option<usize>,
    pub score: f64,
}

/// A key that sorts f64 scores from the highest to the lowest (IEEE total order).
fn descending_key(score: f64) -> u64 {
    let bits = score.to_bits();
    let ascending = if bits >> 63 == 1 {
        !bits
    } else {
        bits | (1 << 63)
    };
    !ascending
}

/// Each offer's position in vendor-name order (case-insensitive, then exact, then input
/// order): computed once, so that ranking compares integers instead of strings.
pub(crate) fn name_order(vendors: &[&str]) -> Vec<u32> {
    let keys: Vec<String> = vendors.iter().map(|v| v.to_lowercase()).collect();
    let mut by_name: Vec<usize> = (0..vendors.len()).collect();
    by_name.sort_by(|&a, &b| {
        keys[a]
            .cmp(&keys[b])
            .then_with(|| vendors[a].cmp(vendors[b]))
            .then(a.cmp(&b))
    });
    let mut order = vec![0u32; vendors.len()];
    for (position, &offer) in by_name.iter().enumerate() {
        order[offer] = position as u32;
    }
    order
}

/// Ranks offers by score, best first. Scores within [`TIE_EPSILON`] of the first of their group
/// share a rank and are listed by vendor name; disqualified offers come last, by vendor name,
/// without a rank. `name_order` comes from [`name_order`].
pub fn rank(scores: &[f64], disqualified: &[bool], name_order: &[u32]) -> Vec<Ranked> {
    let mut order = Order::default();
    order.sort(scores, disqualified, name_order);
    let mut out = Vec::with_capacity(scores.len());
    out.extend(
        order
            .ranked
            .iter()
            .zip(&order.places)
            .map(|(&i, &place)| Ranked {
                offer: i,
                rank: Some(place),
                score: scores[i],
            }),
    );
    let mut out_of_ranking: Vec<usize> = (0..scores.len()).filter(|&i| disqualified[i]).collect();
    out_of_ranking.sort_unstable_by_key(|&i| name_order[i]);
    out.extend(out_of_ranking.into_iter().map(|i| Ranked {
        offer: i,
        rank: None,
        score: scores[i],
    }));
    out
}

/// The offer [`rank`] puts first, found in one pass: the first by vendor name of those within
/// [`TIE_EPSILON`] of the best score; `None` when every offer is disqualified.
pub fn leader(scores: &[f64], disqualified: &[bool], name_order: &[u32]) -> Option<usize> {
    let valid = || (0..scores.len()).filter(|&i| !disqualified[i]);
    // The best score as the sort sees it: the IEEE total order, descending.
    let best = valid().min_by_key(|&i| descending_key(scores[i]))?;
    let top = scores[best];
    valid()
        .filter(|&i| (top - scores[i]).abs() <= TIE_EPSILON)
        .min_by_key(|&i| name_order[i])
}

/// The ranked offers in order, with buffers kept between calls, for loops that rank many
/// score vectors (sampling weights) without allocating each time.
#[derive(Debug, Default)]
pub struct Order {
    keys: Vec<(u64, u32, u32)>,
    /// The offers that are not disqualified, best first (ties by vendor name).
    pub ranked: Vec<usize>,
    /// Each of those offers' competition rank (1, 1, 3).
    pub places: Vec<usize>,
}

impl Order {
    /// Orders the offers that are not disqualified by these scores.
    pub fn sort(&mut self, scores: &[f64], disqualified: &[bool], name_order: &[u32]) {
        // Sorting packed integer keys (score descending, then name) beats a comparator that
        // looks scores and names up by index: the keys sit in one contiguous buffer.
        self.keys.clear();
        self.keys.extend(
            (0..scores.len())
                .filter(|&i| !disqualified[i])
                .map(|i| (descending_key(scores[i]), name_order[i], i as u32)),
        );
        self.keys.sort_unstable();
        self.ranked.clear();
        self.ranked
            .extend(self.keys.iter().map(|&(_, _, i)| i as usize));
        self.places.clear();
        let eligible = &mut self.ranked;
        let mut start = 0;
        while start < eligible.len() {
            let top = scores[eligible[start]];
            let mut end = start + 1;
            while end < eligible.len() && (top - scores[eligible[end]]).abs() <= TIE_EPSILON {
                end += 1;
            }
            let group = &mut eligible[start..end];
            if group.len() > 1 {
                group.sort_unstable_by_key(|&i| name_order[i]);
            }
            self.places
                .extend(std::iter::repeat_n(start + 1, end - start));
            start = end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ranks(scores: &[f64], dq: &[bool], names: &[&str]) -> Vec<(String, Option<usize>)> {
        rank(scores, dq, &name_order(names))
            .into_iter()
            .map(|r| (names[r.offer].to_string(), r.rank))
            .collect()
    }

    #[test]
    fn ties_share_a_competition_rank_and_list_by_name() {
        let got = ranks(
            &[50.0, 80.0, 80.0 + 1e-10, 20.0],
            &[false; 4],
            &["D", "C", "B", "A"],
        );
        assert_eq!(
            got,
            vec![
                ("B".into(), Some(1)),
                ("C".into(), Some(1)),
                ("D".into(), Some(3)),
                ("A".into(), Some(4))
            ]
        );
    }

    #[test]
    fn scores_further_apart_than_epsilon_do_not_tie() {
        let got = ranks(&[80.0, 80.0 + 1e-8], &[false; 2], &["A", "B"]);
        assert_eq!(got, vec![("B".into(), Some(1)), ("A".into(), Some(2))]);
    }

    #[test]
    fn disqualified_offers_come_last_without_rank() {
        let got = ranks(&[90.0, 10.0, 50.0], &[true, false, true], &["Z", "Y", "A"]);
        assert_eq!(
            got,
            vec![
                ("Y".into(), Some(1)),
                ("A".into(), None),
                ("Z".into(), None)
            ]
        );
    }
}
