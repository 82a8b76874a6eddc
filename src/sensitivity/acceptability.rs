//! Rank acceptability (SMAA-2): how often each offer ranks first, second, … when every weight
//! is only roughly right, drawn many times around the weights given.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::analysis::Analysis;
use crate::score::Evaluation;
use crate::score::rank::Order;

/// Places counted per offer: the first hundred. A share of 101st place helps nobody, and the
/// full table of 100 000 offers would not fit in memory.
pub const RANKS_KEPT: usize = 100;

/// Samples per block. Each block draws from its own seeded stream, so that the shares do not
/// depend on how many threads share the work.
const BLOCK: usize = 256;

/// How weights are drawn: `samples` times, each raw weight uniformly from
/// `[w·(1 − spread), w·(1 + spread)]` (`spread` in [0, 1]), from the stream `seed` starts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Draws {
    pub samples: usize,
    pub spread: f64,
    pub seed: u64,
}

/// What sampling needs, owned, so that it can run on another thread while the screen goes on.
/// The scores are shared: a sampler for other weights costs a copy of the weights only.
#[derive(Debug, Clone)]
pub struct Sampler {
    scoring: Arc<(Evaluation, Vec<u32>)>,
    weights: Vec<f64>,
}

impl Sampler {
    /// Sampling around `weights` over the analysis' offers.
    pub fn new(a: &Analysis, weights: &[f64]) -> Sampler {
        Sampler {
            scoring: Arc::new((a.evaluation.scoring_only(), a.name_order_of())),
            weights: weights.to_vec(),
        }
    }

    /// The same offers, sampled around other weights.
    pub fn with_weights(&self, weights: &[f64]) -> Sampler {
        Sampler {
            scoring: Arc::clone(&self.scoring),
            weights: weights.to_vec(),
        }
    }

    /// The tipping points of every weight at the sampler's weights (see
    /// [`tipping_points`](super::tipping_points)).
    pub fn tipping_points(&self) -> Option<Vec<super::Tipping>> {
        super::tipping::tipping_of(&self.scoring.0, &self.scoring.1, &self.weights)
    }

    /// The weights the shares are drawn around.
    pub fn weights(&self) -> &[f64] {
        &self.weights
    }

    /// `shares[offer][place]`: the share of the draws in which the offer ranks at place
    /// `place + 1` (the first [`RANKS_KEPT`] places; knocked-out offers never rank). `None`
    /// when `cancel` was set before the end.
    pub fn shares(&self, draws: Draws, cancel: &AtomicBool) -> Option<Vec<Vec<f64>>> {
        let n = self.scoring.0.len();
        let ranked = self.scoring.0.disqualified.iter().filter(|d| !**d).count();
        let kept = ranked.min(RANKS_KEPT);
        let blocks = draws.samples.div_ceil(BLOCK);
        let threads = std::thread::available_parallelism()
            .map_or(1, |t| t.get())
            .clamp(1, blocks.max(1));
        let counts = std::thread::scope(|s| {
            let handles: Vec<_> = (0..threads)
                .map(|t| s.spawn(move || self.count(draws, kept, t, threads, cancel)))
                .collect();
            let mut total = vec![0u32; n * kept];
            for h in handles {
                let part = h.join().ok()??;
                for (sum, c) in total.iter_mut().zip(part) {
                    *sum += c;
                }
            }
            Some(total)
        })?;
        let samples = draws.samples.max(1) as f64;
        Some(
            (0..n)
                .map(|o| {
                    counts[o * kept..(o + 1) * kept]
                        .iter()
                        .map(|&c| f64::from(c) / samples)
                        .collect()
                })
                .collect(),
        )
    }

    /// The counts of the blocks `first`, `first + step`, …: `counts[offer · kept + place]`.
    fn count(
        &self,
        draws: Draws,
        kept: usize,
        first: usize,
        step: usize,
        cancel: &AtomicBool,
    ) -> Option<Vec<u32>> {
        let spread = draws.spread.clamp(0.0, 1.0);
        let mut counts = vec![0u32; self.scoring.0.len() * kept];
        let mut weights = self.weights.clone();
        let mut scores = Vec::new();
        let mut order = Order::default();
        let blocks = draws.samples.div_ceil(BLOCK);
        for b in (first..blocks).step_by(step) {
            if cancel.load(Ordering::Relaxed) {
                return None;
            }
            let mut rng = SplitMix(SplitMix(draws.seed ^ SplitMix(b as u64).next()).next());
            for _ in 0..BLOCK.min(draws.samples - b * BLOCK) {
                for (w, &base) in weights.iter_mut().zip(&self.weights) {
                    *w = base * (1.0 - spread + 2.0 * spread * rng.unit());
                }
                self.scoring.0.scores_into(&weights, &mut scores);
                order.sort(&scores, &self.scoring.0.disqualified, &self.scoring.1);
                for (place, &o) in order.ranked.iter().take(kept).enumerate() {
                    counts[o * kept + place] += 1;
                }
            }
        }
        Some(counts)
    }
}

/// Rank acceptability around the analysis' weights: see [`Sampler::shares`].
pub fn acceptability(a: &Analysis, samples: usize, spread: f64, seed: u64) -> Vec<Vec<f64>> {
    let draws = Draws {
        samples,
        spread,
        seed,
    };
    Sampler::new(a, &a.weights)
        .shares(draws, &AtomicBool::new(false))
        .unwrap_or_default()
}

/// SplitMix64: a small, seeded generator, so that a run with the same seed gives the same
/// shares.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}
