//! Speed of "how sure is the winner": rank acceptability (10 000 weight samples), the exact
//! tipping points of every weight, the price to win of every offer and rank reversal, on 1 000
//! generated offers against the `sme` profile's criteria and on 100, and the screen's background
//! refresh after a key press. Targets: each under 1 s at 1 000 offers; the refresh at 100 offers
//! under 100 ms. Run with `cargo bench --bench sensitivity`; prints medians.

use std::hint::black_box;
use std::time::Instant;

use offerlens::sensitivity;
use offerlens::session::Source;
use offerlens::tui::app::App;
use offerlens::tui::odds::Job;

mod common;
use common::median;

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> std::time::Duration {
    let times = (0..runs)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed()
        })
        .collect();
    median(times)
}

fn main() {
    for (offers, runs) in [(1_000, 5), (100, 11)] {
        let a = common::analysis(offers);
        println!(
            "offers: {offers}, criteria: {}, ranked: {}",
            a.criteria.criteria.len(),
            a.ranking.iter().filter(|r| r.rank.is_some()).count()
        );
        println!(
            "  acceptability, 10 000 samples: median {:?}",
            time(runs, || sensitivity::acceptability(&a, 10_000, 0.3, 2026))
        );
        println!(
            "  tipping points of every weight: median {:?}",
            time(runs, || sensitivity::tipping_points(&a))
        );
        println!(
            "  price to win of every offer: median {:?}",
            time(runs, || sensitivity::prices_to_win(&a, usize::MAX))
        );
        println!(
            "  rank reversal, each offer dropped: median {:?}",
            time(runs.min(3), || sensitivity::rank_reversals(&a))
        );
        // The screen after a key press: the background work from start to result.
        let app = App::new(a, Source::Profile("sme".into()), String::new(), vec![]);
        println!(
            "  the screen's refresh (chance of first place, tipping points, price to win of the selected offer): median {:?}",
            time(runs, || {
                let job = Job::start(&app);
                loop {
                    if let Some(odds) = job.take() {
                        break odds;
                    }
                    std::thread::sleep(std::time::Duration::from_micros(200));
                }
            })
        );
    }
}
