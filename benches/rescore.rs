//! Speed of the two paths a user waits on, on 100 000 generated offers against the `sme`
//! profile: the whole analysis of a CSV (parse, normalize, evaluate, rank) and a re-rank after a
//! weight change (what the terminal UI does on every key press), and the whole key press on the
//! screen: `+` through `App::update` plus drawing a 120×40 frame. Target: a key press well under
//! a tenth of a second at 100 000 offers. Run with `cargo bench --bench rescore`; prints medians.

use std::hint::black_box;
use std::time::Instant;

mod common;
use common::{TODAY, generate_csv, median};

use offerlens::analysis::Analysis;
use offerlens::import;
use offerlens::session::Source;
use offerlens::tui::app::{Action, App};
use offerlens::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const OFFERS: usize = 100_000;

fn main() {
    let csv = generate_csv(OFFERS);
    let profile = common::sme;

    let mut full = Vec::new();
    let mut analysis = None;
    for _ in 0..5 {
        let start = Instant::now();
        let (table, notes) = import::csv::read(
            csv.as_bytes(),
            "bench.csv",
            &import::Limits {
                max_rows: OFFERS + 1,
                ..import::Limits::default()
            },
        )
        .expect("readable csv");
        let a = Analysis::new(profile(), &[table], notes, TODAY);
        full.push(start.elapsed());
        analysis = Some(a);
    }
    let mut a = analysis.expect("ran at least once");
    assert_eq!(a.offers.len(), OFFERS);

    let mut rerank = Vec::new();
    for i in 0..50 {
        let j = i % a.weights.len();
        a.weights[j] += 1.0;
        let start = Instant::now();
        a.rerank();
        rerank.push(start.elapsed());
        black_box(&a.ranking);
    }
    println!("offers: {OFFERS}, criteria: {}", a.criteria.criteria.len());
    println!(
        "full analysis (read + normalize + evaluate + rank): median {:?}",
        median(full)
    );
    println!("re-rank after a weight change: median {:?}", median(rerank));

    // The same through the screen: `+` on the selected criterion, then a full frame.
    let mut app = App::new(a, Source::Profile("sme".into()), String::new(), vec![]);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("test backend");
    app.update(Action::NextPane);
    let mut key = Vec::new();
    for i in 0..30 {
        let start = Instant::now();
        app.update(if i % 2 == 0 {
            Action::WeightUp
        } else {
            Action::WeightDown
        });
        terminal
            .draw(|f| view::render(f, &app))
            .expect("draw into a buffer");
        key.push(start.elapsed());
    }
    println!(
        "key press on the screen (+ and a 120x40 frame): median {:?}",
        median(key)
    );
}
