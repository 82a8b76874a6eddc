//! Reads the text vendors type into spreadsheet cells, in Polish and English: missing markers,
//! numbers, money, percentages, durations, yes/no, years and choices. Pure: no IO.
//!
//! One file per concern: `lexer` and `literal` cut a cell into tokens and read number
//! literals, `atoms` interns the tables' words, `lexicon` matches phrase tables on tokens,
//! `quantity` reads a number with its qualifiers and range, and each reader (`number`, `money`,
//! `percent`, `duration`, `yesno`, `year`, `choice`, `blank`) owns its own words; char classes
//! and folding are shared with the rest of the program in `crate::text`. This file holds what every reader shares: the reading, the error, how an error
//! quotes the cell, and the list of phrase tables the lexicon's vocabulary is built from.

mod atoms;
mod blank;
mod choice;
mod duration;
mod frequency;
mod lexer;
mod lexicon;
mod literal;
mod money;
mod number;
mod percent;
mod period;
mod quantity;
mod vague;
mod window;
mod words;
mod year;
mod yesno;

#[cfg(test)]
mod tests;

use crate::i18n::Msg;
use std::fmt::{self, Write as _};

pub use choice::match_choice;
pub use choice::read_choice;
pub(crate) use lexicon::{Bound, Tax};
pub use window::Window;
pub(crate) use window::parse_window;

pub(crate) use blank::{is_missing, says_none};
pub(crate) use duration::parse_duration;
pub(crate) use money::{Money, parse_money, tax_in};
pub(crate) use number::parse_number;
pub(crate) use percent::parse_percent;
pub(crate) use vague::{Vague, vague};
pub(crate) use year::parse_year;
pub(crate) use yesno::parse_bool;

use rust_decimal::Decimal;

use crate::criteria::Period;
use crate::text::chars::{clean, is_blank};

/// A value read from a cell, with notes worth showing the user
/// (e.g. "net: 'netto'", "upper bound of the range '2–4 h' taken", "approximate: 'ok.'").
#[derive(Debug, Clone, PartialEq)]
pub struct Reading<T> {
    /// The value read.
    pub value: T,
    /// What was assumed or ignored while reading, in words a user understands.
    pub notes: Vec<Msg>,
    /// Readings that could be wrong ("od 1200 zł" is a lower bound of the price): shown as
    /// warnings at the cell, so that the user checks them.
    pub doubts: Vec<Msg>,
    /// What an amount or a count is per, when the cell says ("/mies.", "rocznie", "za 8
    /// miesięcy"), with the words that say it: the caller converts to the criterion's period.
    pub per: Option<(Period, String)>,
    /// The service window written with a time ("24/7", "pn–pt 8–16").
    pub window: Option<Window>,
    /// The qualifier written before the number ("od", "do", "ok."), for the caller to judge
    /// against the criterion's direction.
    pub(crate) bound: Option<Bound>,
    /// The lower end of a range ("2–4 h", "99,5–99,9 %"), in the value's unit; `value` is the
    /// upper end. Where more is better the caller takes this one.
    pub(crate) low: Option<Decimal>,
}

impl<T> Reading<T> {
    pub(crate) fn new(value: T, notes: Vec<Msg>) -> Self {
        Reading {
            value,
            notes,
            doubts: Vec::new(),
            per: None,
            window: None,
            bound: None,
            low: None,
        }
    }
}

/// Why a cell could not be read: a sentence fragment a user understands, naming what was
/// expected and quoting what was found, e.g. "expected a duration such as '15 min' or '2 h',
/// found 'szybko'".
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ValueError {
    /// The explanation, ready to show.
    pub message: Msg,
}

impl ValueError {
    fn new(message: Msg) -> Self {
        ValueError { message }
    }
}

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message)
    }
}

impl std::error::Error for ValueError {}

/// Longer cells are prose, not values; the cap also keeps every reader cheap on hostile input.
const MAX_CHARS: usize = 1000;
const QUOTE_CHARS: usize = 60;

/// The text as it may appear inside a one-line message: control characters blanked, long
/// texts cut.
fn quote(s: &str) -> Quoted<'_> {
    Quoted(s.trim_matches(is_blank))
}

/// See `quote`: written straight into the message, with no string of its own.
struct Quoted<'a>(&'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.0;
        // A byte per char at least: a short text needs no cut.
        if s.len() <= QUOTE_CHARS && !s.chars().any(char::is_control) {
            return f.write_str(s);
        }
        for (n, c) in s.chars().enumerate() {
            if n == QUOTE_CHARS {
                return f.write_char('…');
            }
            f.write_char(if c.is_control() { ' ' } else { c })?;
        }
        Ok(())
    }
}

/// `quote` as an owned text, for a message's value.
fn quoted(s: &str) -> String {
    quote(s).to_string()
}

/// What a reader expected (`what`: the id of its description, such as `value-a-duration`).
fn expected(what: &'static str, found: &str) -> ValueError {
    ValueError::new(
        Msg::new("value-expected")
            .msg("what", Msg::new(what))
            .with("found", quoted(found)),
    )
}

fn several_numbers(what: &'static str, found: &str) -> ValueError {
    ValueError::new(
        Msg::new("value-expected-several")
            .msg("what", Msg::new(what))
            .with("found", quoted(found)),
    )
}

/// The cleaned text, or why there is nothing worth reading in it.
fn prepare<'a>(text: &'a str, what: &'static str) -> Result<&'a str, ValueError> {
    let t = clean(text);
    if t.is_empty() {
        return Err(ValueError::new(
            Msg::new("value-expected-empty").msg("what", Msg::new(what)),
        ));
    }
    // A char takes at least a byte: most cells need no count.
    if t.len() > MAX_CHARS {
        let n = t.chars().count();
        if n > MAX_CHARS {
            return Err(ValueError::new(
                Msg::new("value-expected-long")
                    .msg("what", Msg::new(what))
                    .count("n", n),
            ));
        }
    }
    Ok(t)
}

/// Every word of every phrase table, for the lexicon's vocabulary. The grammar's root lists
/// its readers' tables, so that the lexicon's machinery needs to know none of them.
fn table_words() -> impl Iterator<Item = &'static str> {
    lexicon::PREFIXES
        .words()
        .chain(lexicon::RANGE_SEPS.words())
        .chain(quantity::MULTIPLIERS.words())
        .chain(money::CURRENCIES.words())
        .chain(money::TAXES.words())
        .chain(period::words())
        .chain(window::words())
        .chain(percent::PERCENT_WORDS.words())
        .chain(duration::UNITS.words())
        .chain(duration::NEXT_BUSINESS_DAY.words())
        .chain(duration::CONNECTORS.words())
        .chain(duration::ONE_UNIT.words())
        .chain(words::NUMBER_WORDS.words())
        .chain(words::TENS.words())
        .chain(words::AND_A_HALF.words())
}
