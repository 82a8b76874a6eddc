//! Tests across every reader (sample cells, hostile input, the phrase tables, timing), and
//! the helpers the readers' own tests share.

use std::fmt;
use std::str::FromStr;

use proptest::prelude::*;
use rust_decimal::Decimal;

use super::duration::{CONNECTORS, NEXT_BUSINESS_DAY, UNITS};
use super::lexer::tokenize;
use super::lexicon::{PREFIXES, RANGE_SEPS};
use super::money::{CURRENCIES, TAXES};
use super::percent::PERCENT_WORDS;
use super::period::{PERIOD_LEADS, PERIODS};
use super::quantity::MULTIPLIERS;
use super::*;
use crate::criteria::TimeUnit;
use crate::text::normalize_label;

pub(super) fn d(s: &str) -> Decimal {
    Decimal::from_str(s).expect("test decimal")
}

pub(super) fn err_of<T: fmt::Debug>(r: Result<Reading<T>, ValueError>, input: &str) -> String {
    match r {
        Ok(v) => panic!("{input:?} should fail, read {v:?}"),
        Err(e) => e.message.to_string(),
    }
}

pub(super) fn ok_of<T>(r: Result<Reading<T>, ValueError>, input: &str) -> Reading<T> {
    r.unwrap_or_else(|e| panic!("{input:?} should read: {e}"))
}

/// Checks that every note fragment in `want` occurs in some note.
pub(super) fn has_notes<N: ToString>(notes: &[N], want: &[&str], input: &str) {
    let notes: Vec<String> = notes.iter().map(ToString::to_string).collect();
    for w in want {
        assert!(
            notes.iter().any(|n| n.contains(w)),
            "{input:?}: no note containing {w:?} in {notes:?}"
        );
    }
}

pub(super) fn decimal_strategy() -> impl Strategy<Value = Decimal> {
    (-100_000_000_000_000i64..100_000_000_000_000i64, 0u32..=6)
        .prop_map(|(m, s)| Decimal::new(m, s))
}

pub(super) fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC*",
        any::<String>(),
        "[0-9 .,'’\u{a0}\u{202f}eE+\\-–/%]{0,24}",
        "(ok\\.|do|od|max\\.|<|≥)? ?[0-9]{1,6}([.,][0-9]{1,4})? ?(zł|PLN|€|%|h|min|dni|godz\\.|netto|/mies\\.)?",
    ]
}

#[test]
fn error_display() {
    let e = parse_duration("szybko", TimeUnit::Minute).unwrap_err();
    assert_eq!(e.to_string(), e.message.to_string());
    let _: &dyn std::error::Error = &e;
}

/// The sample offers shipped with the project read as their authors meant.
#[test]
fn sample_cells() {
    assert_eq!(
        parse_money("1 200 zł netto").unwrap().value.amount,
        d("1200")
    );
    assert_eq!(parse_money("120 zł").unwrap().value.amount, d("120"));
    assert_eq!(
        parse_duration("8 godz.", TimeUnit::Hour).unwrap().value,
        d("8")
    );
    assert_eq!(
        parse_duration("30 minut", TimeUnit::Minute).unwrap().value,
        d("30")
    );
    assert_eq!(parse_percent("99,8 %").unwrap().value, d("99.8"));
    assert_eq!(parse_percent("99 %").unwrap().value, d("99"));
    assert_eq!(parse_number("ok. 10").unwrap().value, d("10"));
    assert!(parse_duration("szybko", TimeUnit::Hour).is_err());
    assert!(is_missing("brak"));
}

#[test]
fn hostile_inputs_do_not_panic() {
    let big_digits = "1".repeat(1_000_000);
    let big_groups = "1 234".repeat(200_000);
    let big_letters = "ą".repeat(500_000);
    let big_parens = "(".repeat(300_000) + &")".repeat(300_000);
    let inputs = [
        big_digits.as_str(),
        big_groups.as_str(),
        big_letters.as_str(),
        big_parens.as_str(),
        "1e99999999999",
        "79228162514264337593543950336",
        "79228162514264337593543950335",
        "-79228162514264337593543950335",
        "0,00000000000000000000000000000000000001",
        "7922816251426433759354395033,5e1",
        "1e-60",
        "\u{0301}\u{0301}",
        "İ",
        "'",
        "''",
        ",",
        ".-",
        "-,5",
        "79228162514264337593543950335 d",
    ];
    for t in inputs {
        let _ = is_missing(t);
        let _ = parse_number(t);
        let _ = parse_money(t);
        let _ = parse_percent(t);
        for u in [TimeUnit::Minute, TimeUnit::Hour, TimeUnit::Day] {
            let _ = parse_duration(t, u);
        }
        let _ = parse_bool(t);
        let _ = parse_year(t);
        let _ = match_choice(t, &["daily", "weekly"]);
        let _ = normalize_label(t);
    }
    assert!(
        parse_number(&big_digits)
            .unwrap_err()
            .message
            .to_string()
            .contains("1,000,000 characters")
    );
    assert!(parse_number("1e99999999999").is_err());
    assert!(parse_duration("79228162514264337593543950335 d", TimeUnit::Minute).is_err());
}

#[test]
fn phrase_tables_build() {
    // Indexing a table panics on a word the vocabulary lacks.
    PREFIXES.index();
    RANGE_SEPS.index();
    MULTIPLIERS.index();
    CURRENCIES.index();
    TAXES.index();
    PERIOD_LEADS.index();
    PERIODS.index();
    PERCENT_WORDS.index();
    UNITS.index();
    NEXT_BUSINESS_DAY.index();
    CONNECTORS.index();
    let toks = tokenize("1 200 Zł + 23 % VAT");
    assert_eq!(CURRENCIES.longest(&toks, 1), Some((1, "PLN")));
    assert_eq!(TAXES.longest(&toks, 2), Some((4, Tax::Net)));
    assert_eq!(PERIODS.longest(&toks, 1), None);
}

/// Prints what typical cells cost; not a check. Run with
/// `cargo test --release --lib value::tests::speed -- --ignored --nocapture`.
#[test]
#[ignore]
fn speed() {
    use std::hint::black_box;
    use std::time::Instant;
    type Read = fn(&str) -> bool;
    let cells: &[(&str, Read)] = &[
        ("1 200 zł netto", |t| parse_money(t).is_ok()),
        ("150 zł/h", |t| parse_money(t).is_ok()),
        ("15 min", |t| parse_duration(t, TimeUnit::Minute).is_ok()),
        ("99,9 %", |t| parse_percent(t).is_ok()),
        ("17", |t| parse_number(t).is_ok()),
        ("codziennie", |t| {
            match_choice(t, &["daily", "weekly"]).is_some()
        }),
        ("tak", |t| parse_bool(t).is_ok()),
        ("2021", |t| parse_year(t).is_ok()),
        ("brak", is_missing),
    ];
    const N: u32 = 100_000;
    for &(cell, read) in cells {
        let start = Instant::now();
        for _ in 0..N {
            black_box(read(black_box(cell)));
        }
        println!("{cell:>16}: {:?}", start.elapsed() / N);
    }
}

proptest! {
    #[test]
    fn nothing_panics(t in any_text()) {
        let _ = is_missing(&t);
        let _ = parse_number(&t);
        let _ = parse_money(&t);
        let _ = parse_percent(&t);
        let _ = parse_duration(&t, TimeUnit::Minute);
        let _ = parse_duration(&t, TimeUnit::Day);
        let _ = parse_bool(&t);
        let _ = parse_year(&t);
        let _ = match_choice(&t, &["hourly", "daily", "weekly", "monthly"]);
        let _ = match_choice("daily", &[t.as_str()]);
        let _ = read_choice(&t, &["continuous", "hourly", "daily", "weekly"], &[]);
        let _ = read_choice("daily", &[t.as_str()], &[("daily".to_string(), vec![t.clone()])]);
        let _ = says_none(&t);
        let _ = vague(&t);
        let _ = frequency::interval_hours(&t);
        let _ = parse_duration(&t, TimeUnit::Hour).map(|r| r.window.map(|w| w.expected_wait_minutes()));
        let _ = normalize_label(&t);
    }
}
