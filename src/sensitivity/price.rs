//! Price to win: the highest whole monthly fee at which an offer would rank first, everything
//! the fee moves scored again.
//!
//! The fee moves the fee's own column (a ratio or min–max column moves for every offer), the
//! risk cost, and the red flags that compare prices (which may knock an offer out or add a
//! penalty, for this offer or another). Between two fees at which no flag or knock-out differs,
//! a lower fee never ranks the offer lower: its score only rises as its fee falls, and the
//! others' only fall. So the search finds the fees where flags change (halving the range where
//! the two ends differ), and in the highest stretch that wins, halves again for the last fee
//! that does. TOPSIS, whose scores need not move that way, and fee criteria where higher is
//! better are searched on a grid of 200 steps instead.

use std::collections::BTreeMap;

use rust_decimal::prelude::ToPrimitive;

use crate::analysis::Analysis;
use crate::criteria::{Better, Method};
use crate::normalize::Value;
use crate::score::Rescorer;
use crate::score::rank::leader;

/// The price to win of one offer: `Ok(None)` when it is first already.
pub type Price = Result<Option<u64>, NoPrice>;

/// Why no fee makes an offer first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoPrice {
    /// The criteria have no `monthly_fee` criterion.
    NoFeeCriterion,
    /// The offer is knocked out: no fee brings it back.
    KnockedOut,
    /// Even at a fee of 0 another offer leads.
    NotEvenFree,
}

/// The highest monthly fee, in whole currency units, at which offer `o` ranks first with all
/// its other answers and every other offer unchanged. `Ok(None)`: it is first already.
pub fn price_to_win(a: &Analysis, o: usize) -> Price {
    let j = a
        .criteria
        .index_of("monthly_fee")
        .ok_or(NoPrice::NoFeeCriterion)?;
    Search::new(a, j).price(o)
}

/// The price to win of the `limit` best-ranked offers after the leader, best first, shared
/// among the machine's cores. `Err(NoFeeCriterion)` when the criteria have no fee.
pub fn prices_to_win(a: &Analysis, limit: usize) -> Result<Vec<(usize, Price)>, NoPrice> {
    let j = a
        .criteria
        .index_of("monthly_fee")
        .ok_or(NoPrice::NoFeeCriterion)?;
    let offers: Vec<usize> = a
        .ranking
        .iter()
        .filter(|r| r.rank.is_some())
        .skip(1)
        .take(limit)
        .map(|r| r.offer)
        .collect();
    let threads = std::thread::available_parallelism()
        .map_or(1, |t| t.get())
        .clamp(1, offers.len().max(1));
    let mut found: Vec<(usize, Price)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let mine: Vec<usize> = offers.iter().copied().skip(t).step_by(threads).collect();
                s.spawn(move || {
                    let mut search = Search::new(a, j);
                    mine.into_iter()
                        .map(|o| (o, search.price(o)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    found.sort_by_key(|(o, _)| offers.iter().position(|x| x == o));
    Ok(found)
}

/// Offer `o`'s monthly fee as read (per month, converted where the offer said otherwise);
/// `None` without a fee criterion or an amount.
pub fn fee_now(a: &Analysis, o: usize) -> Option<rust_decimal::Decimal> {
    let j = a.criteria.index_of("monthly_fee")?;
    match &a.offers.cell(j, o).value {
        Some(Value::Num(d)) => Some(*d),
        _ => None,
    }
}

/// What one probe found: whether the offer leads, and the flags' and knock-outs' state.
#[derive(Debug, Clone, PartialEq)]
struct Probe {
    wins: bool,
    disqualified: Vec<bool>,
    penalty: Vec<f64>,
}

impl Probe {
    fn same_flags(&self, other: &Probe) -> bool {
        self.disqualified == other.disqualified && self.penalty == other.penalty
    }
}

/// The search over one analysis' fees, with the offers copied once, not once per probe.
struct Search<'a> {
    a: &'a Analysis,
    /// The fee criterion.
    j: usize,
    probe: Rescorer<'a>,
    name_order: Vec<u32>,
    scores: Vec<f64>,
}

impl<'a> Search<'a> {
    fn new(a: &'a Analysis, j: usize) -> Search<'a> {
        Search {
            a,
            j,
            probe: Rescorer::new(&a.criteria, &a.offers, a.evaluated_on),
            name_order: a.name_order_of(),
            scores: Vec::new(),
        }
    }

    fn price(&mut self, o: usize) -> Price {
        if self.a.evaluation.disqualified[o] {
            return Err(NoPrice::KnockedOut);
        }
        if self.a.leader_with(&self.a.weights) == Some(o) {
            return Ok(None);
        }
        let top = self.top(o);
        let lower_is_better = self.a.criteria.criteria[self.j].better == Better::Lower;
        let found = if self.a.criteria.method == Method::WeightedSum && lower_is_better {
            self.by_flag_stretches(o, top)
        } else {
            self.on_a_grid(o, top)
        };
        found.map(Some).ok_or(NoPrice::NotEvenFree)
    }

    /// Above the highest fee offered (or this offer's own), a fee only loses: the search
    /// stays below it.
    fn top(&self, o: usize) -> u64 {
        let fee = |k: usize| fee_now(self.a, k).and_then(|d| d.to_f64());
        (0..self.a.offers.len())
            .filter_map(fee)
            .fold(fee(o).unwrap_or(0.0), f64::max)
            .clamp(1.0, 1e15)
            .ceil() as u64
    }

    /// Scores everything again with offer `o` at `fee`.
    fn probe(&mut self, o: usize, fee: u64) -> Probe {
        let ev = self.probe.with_fee(o, fee.into());
        ev.scores_into(&self.a.weights, &mut self.scores);
        Probe {
            wins: leader(&self.scores, &ev.disqualified, &self.name_order) == Some(o),
            disqualified: ev.disqualified.clone(),
            penalty: ev.penalty.clone(),
        }
    }

    /// Finds every fee at which the flags change, then the highest winning fee.
    fn by_flag_stretches(&mut self, o: usize, top: u64) -> Option<u64> {
        let mut seen: BTreeMap<u64, Probe> = BTreeMap::new();
        seen.insert(0, self.probe(o, 0));
        seen.insert(top, self.probe(o, top));
        // Halve every stretch whose ends differ in flags until the change is pinned to a unit.
        loop {
            let split = seen
                .iter()
                .zip(seen.iter().skip(1))
                .find(|((x, p), (y, q))| **y - **x > 1 && !p.same_flags(q))
                .map(|((x, _), (y, _))| x + (y - x) / 2);
            let Some(mid) = split else { break };
            let probe = self.probe(o, mid);
            seen.insert(mid, probe);
        }
        let points: Vec<(u64, bool)> = seen.iter().map(|(x, p)| (*x, p.wins)).collect();
        if points.last().is_some_and(|(_, wins)| *wins) {
            return Some(top);
        }
        // From the top down: the first stretch whose lower end wins holds the answer.
        points
            .windows(2)
            .rev()
            .find(|pair| pair[0].1)
            .map(|pair| self.last_win(o, pair[0].0, pair[1].0))
    }

    /// A coarse pass finds the highest fee that wins, then halving narrows it to the unit.
    fn on_a_grid(&mut self, o: usize, top: u64) -> Option<u64> {
        const STEPS: u64 = 200;
        let grid: Vec<u64> = (0..=STEPS).map(|i| top * i / STEPS).collect();
        let pos = grid.iter().rposition(|&fee| self.probe(o, fee).wins)?;
        let next = grid.get(pos + 1).copied().unwrap_or(grid[pos] + 1);
        Some(self.last_win(o, grid[pos], next))
    }

    /// The highest fee from `lo` (which wins) below `hi` (which does not) that wins, by halving.
    fn last_win(&mut self, o: usize, mut lo: u64, mut hi: u64) -> u64 {
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            if self.probe(o, mid).wins {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        lo
    }
}
