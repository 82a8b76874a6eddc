//! The weighted sum: 100 · Σ wⱼ · rᵢⱼ / Σ w, the hot path of every weight change.

use crate::criteria::Missing;

use super::Evaluation;

/// Scores 0–100 before penalties. A criterion with `missing = "ignore"` that an offer left
/// blank drops out of that offer's weight total.
pub(super) fn scores(e: &Evaluation, weights: &[f64], total: f64, out: &mut [f64]) {
    let n = out.len();
    let mut denom = vec![total; n];
    // Straight passes over whole columns, without bounds checks or branches in the hot loop,
    // so that the compiler can vectorize them.
    for (j, &w) in weights.iter().enumerate() {
        if w == 0.0 {
            continue;
        }
        let col: &[f64] = &e.r[j];
        for (acc, &s) in out.iter_mut().zip(col) {
            *acc += w * if s.is_nan() { 0.0 } else { s };
        }
        if e.missing[j] == Missing::Ignore {
            for (d, &s) in denom.iter_mut().zip(col) {
                if s.is_nan() {
                    *d -= w;
                }
            }
        }
    }
    for o in 0..n {
        out[o] = if denom[o] > 0.0 {
            100.0 * out[o] / denom[o]
        } else {
            0.0
        };
    }
}
