//! Periods written beside an amount or a count: `/mies.`, `miesięcznie`, `rocznie`,
//! `/kwartał`, `per month`, `za 8 miesięcy`, `na pół roku`, `/h`. The reader says which period
//! was written; converting to the criterion's period is the caller's (it knows the criterion).

use super::atoms::NUM;
use super::lexer::{Tok, Token};
use super::lexicon::Phrases;
use crate::criteria::Period;

/// Words before a period: "/ mies.", "per month", "za rok", "na miesiąc", "w roku".
pub(super) static PERIOD_LEADS: Phrases<()> = Phrases::new(&[
    (&["/"], ()),
    (&["per"], ()),
    (&["za"], ()),
    (&["na"], ()),
    (&["a"], ()),
    (&["w"], ()),
    (&["each"], ()),
    (&["every"], ()),
    (&["co"], ()),
]);

pub(super) static PERIODS: Phrases<Period> = Phrases::new(&[
    (&["mies"], Period::Month),
    (&["miesiac"], Period::Month),
    (&["miesiace"], Period::Month),
    (&["miesiacu"], Period::Month),
    (&["miesiecznie"], Period::Month),
    (&["mc"], Period::Month),
    (&["msc"], Period::Month),
    (&["mcy"], Period::Month),
    (&["m", "-", "c"], Period::Month),
    (&["m", "-", "c", "y"], Period::Month),
    (&["month"], Period::Month),
    (&["months"], Period::Month),
    (&["monthly"], Period::Month),
    (&["mth"], Period::Month),
    (&["mo"], Period::Month),
    (&["h"], Period::Hour),
    (&["godz"], Period::Hour),
    (&["godzina"], Period::Hour),
    (&["godzine"], Period::Hour),
    (&["godzin"], Period::Hour),
    (&["hour"], Period::Hour),
    (&["hr"], Period::Hour),
    (&["hourly"], Period::Hour),
    (&["rbh"], Period::Hour),
    (&["roboczogodzina"], Period::Hour),
    (&["roboczogodzine"], Period::Hour),
    (&["rok"], Period::Year),
    (&["roku"], Period::Year),
    (&["rocznie"], Period::Year),
    (&["year"], Period::Year),
    (&["yr"], Period::Year),
    (&["yearly"], Period::Year),
    (&["annually"], Period::Year),
    (&["annum"], Period::Year),
    (&["kwartal"], Period::Quarter),
    (&["kwartalu"], Period::Quarter),
    (&["kwartalnie"], Period::Quarter),
    (&["quarter"], Period::Quarter),
    (&["quarterly"], Period::Quarter),
    (&["pol", "roku"], Period::Months(6)),
    (&["polrocze"], Period::Months(6)),
    (&["polrocznie"], Period::Months(6)),
    (&["half", "a", "year"], Period::Months(6)),
    (&["dzien"], Period::Day),
    (&["dobe"], Period::Day),
    (&["day"], Period::Day),
    (&["daily"], Period::Day),
    (&["dziennie"], Period::Day),
    (&["tydzien"], Period::Week),
    (&["tygodniowo"], Period::Week),
    (&["tygodniu"], Period::Week),
    (&["week"], Period::Week),
    (&["weekly"], Period::Week),
]);

/// Months or years counted by a number: "za 8 miesięcy", "na 2 lata", "for 6 months".
static COUNTED: Phrases<u32> = Phrases::new(&[
    (&["za", NUM, "miesiecy"], 1),
    (&["za", NUM, "miesiace"], 1),
    (&["za", NUM, "mies"], 1),
    (&["za", NUM, "m", "-", "cy"], 1),
    (&["za", NUM, "months"], 1),
    (&["na", NUM, "miesiecy"], 1),
    (&["na", NUM, "miesiace"], 1),
    (&["for", NUM, "months"], 1),
    (&["za", NUM, "lata"], 12),
    (&["za", NUM, "lat"], 12),
    (&["na", NUM, "lata"], 12),
    (&["for", NUM, "years"], 12),
]);

/// Every word of the tables above, for the lexicon's vocabulary.
pub(super) fn words() -> impl Iterator<Item = &'static str> {
    PERIOD_LEADS
        .words()
        .chain(PERIODS.words())
        .chain(COUNTED.words())
}

/// The period written at token `i`: (tokens used, period).
pub(super) fn period_at(toks: &[Token], i: usize) -> Option<(usize, Period)> {
    if let Some((len, months_each)) = COUNTED.longest(toks, i)
        && let Some(Tok::Num(lit)) = toks.get(i + 1).map(|t| &t.tok)
        && let Some(n) = lit.whole()
        && (1..=120).contains(&n)
    {
        let months = n * months_each;
        let period = match months {
            1 => Period::Month,
            3 => Period::Quarter,
            12 => Period::Year,
            m => Period::Months(m),
        };
        return Some((len, period));
    }
    let lead = PERIOD_LEADS.longest(toks, i).map_or(0, |(l, ())| l);
    PERIODS.longest(toks, i + lead).map(|(l, p)| (lead + l, p))
}
