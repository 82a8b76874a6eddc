//! Combining several evaluators' ratings of one vendor on one criterion: the median (or mean,
//! or geometric mean), the spread, who is furthest apart, and the agreement over a criterion.
//! Pure numbers: a missing rating is not passed in (it is blank, not a zero vote).

pub use crate::criteria::Aggregate;

/// The evaluators' ratings of one answer, combined.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Combined {
    pub value: f64,
    /// The highest rating less the lowest.
    pub spread: f64,
    /// How many ratings there were.
    pub count: usize,
}

/// The ratings combined; `None` when nobody rated (the answer is blank).
pub fn combine(ratings: &[f64], how: Aggregate) -> Option<Combined> {
    let finite: Vec<f64> = ratings.iter().copied().filter(|x| x.is_finite()).collect();
    if finite.is_empty() {
        return None;
    }
    let n = finite.len() as f64;
    let value = match how {
        Aggregate::Median => median(&finite),
        Aggregate::Mean => finite.iter().sum::<f64>() / n,
        Aggregate::Geometric => {
            if finite.iter().any(|&x| x <= 0.0) {
                0.0
            } else {
                (finite.iter().map(|x| x.ln()).sum::<f64>() / n).exp()
            }
        }
    };
    let (lo, hi) = finite
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &x| {
            (lo.min(x), hi.max(x))
        });
    Some(Combined {
        value,
        spread: hi - lo,
        count: finite.len(),
    })
}

fn median(xs: &[f64]) -> f64 {
    let mut sorted = xs.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    if sorted.len() % 2 == 1 {
        sorted[mid]
    } else {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    }
}

/// The two evaluators furthest apart (the index of the highest rating, then of the lowest;
/// the first of equal ones), when they differ by `threshold` points or more.
pub fn widest_apart(ratings: &[f64], threshold: f64) -> Option<(usize, usize)> {
    let rated = || ratings.iter().enumerate().filter(|(_, x)| x.is_finite());
    let (hi, &top) = rated().fold(None, |best: Option<(usize, &f64)>, (i, x)| match best {
        Some((_, b)) if *b >= *x => best,
        _ => Some((i, x)),
    })?;
    let (lo, &bottom) = rated().fold(None, |best: Option<(usize, &f64)>, (i, x)| match best {
        Some((_, b)) if *b <= *x => best,
        _ => Some((i, x)),
    })?;
    (top - bottom >= threshold).then_some((hi, lo))
}

/// The agreement over a criterion: the share of all ratings within one point of the median of
/// the vendor they rate (`None` without ratings). Each item of `by_vendor` is one vendor's
/// ratings.
pub fn consensus(by_vendor: &[Vec<f64>]) -> Option<f64> {
    let mut close = 0usize;
    let mut all = 0usize;
    for ratings in by_vendor {
        let finite: Vec<f64> = ratings.iter().copied().filter(|x| x.is_finite()).collect();
        if finite.is_empty() {
            continue;
        }
        let m = median(&finite);
        all += finite.len();
        close += finite.iter().filter(|&&x| (x - m).abs() <= 1.0).count();
    }
    (all > 0).then(|| close as f64 / all as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(ratings: &[f64], how: Aggregate) -> f64 {
        combine(ratings, how).unwrap().value
    }

    #[test]
    fn the_median_mean_and_geometric_mean_as_worked_out_by_hand() {
        // Anna 4, Piotr 2, Ewa 5.
        let three = [4.0, 2.0, 5.0];
        assert_eq!(value(&three, Aggregate::Median), 4.0);
        assert!((value(&three, Aggregate::Mean) - 11.0 / 3.0).abs() < 1e-12);
        // (4 · 2 · 5)^(1/3) = 40^(1/3) = 3.4199…
        assert!((value(&three, Aggregate::Geometric) - 3.419_951_893_353_394).abs() < 1e-12);
        // An even count: the mean of the two middle ratings.
        assert_eq!(value(&[4.0, 2.0, 5.0, 3.0], Aggregate::Median), 3.5);
        // One outlier moves the mean, not the median.
        assert_eq!(value(&[4.0, 4.0, 1.0], Aggregate::Median), 4.0);
        assert_eq!(value(&[4.0, 4.0, 1.0], Aggregate::Mean), 3.0);
        // The geometric mean weighs the low rating more: 16^(1/3) = 2.52.
        assert!(
            (value(&[4.0, 4.0, 1.0], Aggregate::Geometric) - 2.519_842_099_789_746).abs() < 1e-12
        );
        let c = combine(&three, Aggregate::Median).unwrap();
        assert_eq!((c.spread, c.count), (3.0, 3));
    }

    #[test]
    fn nobody_rated_is_blank_not_zero() {
        assert_eq!(combine(&[], Aggregate::Median), None);
        assert_eq!(combine(&[f64::NAN], Aggregate::Mean), None);
        // A missing rating among others is left out, not counted as a zero.
        assert_eq!(value(&[5.0, f64::NAN, 3.0], Aggregate::Mean), 4.0);
    }

    #[test]
    fn the_two_furthest_apart_are_named_from_two_points_apart() {
        assert_eq!(widest_apart(&[4.0, 2.0, 5.0], 2.0), Some((2, 1)));
        assert_eq!(widest_apart(&[4.0, 3.0, 4.0], 2.0), None);
        assert_eq!(widest_apart(&[4.0, f64::NAN, 1.0], 3.0), Some((0, 2)));
        assert_eq!(widest_apart(&[], 2.0), None);
    }

    #[test]
    fn consensus_is_the_share_within_one_point_of_the_vendors_median() {
        // Kodex: 4, 2, 5 (median 4: 4 and 5 close); Nova: 3, 3, 4 (all close).
        let c = consensus(&[vec![4.0, 2.0, 5.0], vec![3.0, 3.0, 4.0]]).unwrap();
        assert!((c - 5.0 / 6.0).abs() < 1e-12);
        assert_eq!(consensus(&[vec![], vec![f64::NAN]]), None);
    }

    #[test]
    fn aggregates_are_named_as_the_criteria_file_writes_them() {
        for (key, how) in Aggregate::KEYS {
            assert_eq!(Aggregate::from_key(key), Some(how));
            assert_eq!(how.key(), key);
        }
        assert_eq!(Aggregate::from_key("average"), None);
        assert_eq!(Aggregate::default(), Aggregate::Median);
    }
}
