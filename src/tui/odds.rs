//! The screen's chance of first place, tipping points and the selected offer's price to win,
//! computed on another thread after each weight change so that the screen never waits: a
//! newer change cancels the work for the older weights.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

use crate::analysis::Analysis;
use crate::sensitivity::{self, Draws};
use crate::tui::app::{App, Odds};

/// Weight draws for the chance of first place: as many as `offerlens sensitivity` by default
/// for a usual comparison, fewer for thousands of offers (so that an answer comes in seconds).
fn samples(offers: usize, criteria: usize) -> usize {
    let work = offers.max(1) * criteria.max(1);
    (200_000_000 / work).clamp(1_000, 10_000)
}

/// Above this many offers the price to win is left to `offerlens sensitivity`: the screen
/// would copy every offer for each weight change.
pub const PRICE_UP_TO: usize = 2_000;

/// Work under way for one set of weights and one selected offer.
pub struct Job {
    weights: Vec<f64>,
    offer: Option<usize>,
    cancel: Arc<AtomicBool>,
    rx: mpsc::Receiver<Odds>,
}

/// Whether what the screen shows was computed for its weights and selected offer.
pub fn current(app: &App) -> bool {
    app.odds.as_ref().is_some_and(|o| {
        o.weights == app.analysis.weights && o.price.map(|(x, _)| x) == price_for(app)
    })
}

/// The offer whose price to win the screen wants: the selected one, for comparisons small
/// enough.
fn price_for(app: &App) -> Option<usize> {
    app.selected
        .filter(|_| app.analysis.offers.len() <= PRICE_UP_TO)
}

impl Job {
    /// Starts the work for the screen's weights and selected offer.
    pub fn start(app: &App) -> Job {
        let a = &app.analysis;
        let weights = a.weights.clone();
        let offer = price_for(app);
        let sampler = app.sampler.with_weights(&weights);
        let priced: Option<(Analysis, usize)> = offer.map(|o| (a.clone(), o));
        let draws = Draws {
            samples: samples(a.offers.len(), weights.len()),
            spread: 0.3,
            seed: 2026,
        };
        let cancel = Arc::new(AtomicBool::new(false));
        let (tx, rx) = mpsc::channel();
        let stop = Arc::clone(&cancel);
        let for_weights = weights.clone();
        std::thread::spawn(move || {
            let Some(shares) = sampler.shares(draws, &stop) else {
                return;
            };
            let first = shares
                .iter()
                .map(|s| s.first().copied().unwrap_or(0.0))
                .collect();
            let tipping = sampler.tipping_points();
            if stop.load(Ordering::Relaxed) {
                return;
            }
            let price = priced.map(|(a, o)| (o, sensitivity::price_to_win(&a, o)));
            tx.send(Odds {
                weights: for_weights,
                first,
                tipping,
                price,
            })
            .ok();
        });
        Job {
            weights,
            offer,
            cancel,
            rx,
        }
    }

    /// Whether this work is for the screen's weights and selected offer.
    pub fn is_for(&self, app: &App) -> bool {
        self.weights == app.analysis.weights && self.offer == price_for(app)
    }

    /// The result, once there.
    pub fn take(&self) -> Option<Odds> {
        self.rx.try_recv().ok()
    }
}

impl Drop for Job {
    fn drop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}
