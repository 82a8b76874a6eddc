//! Durations: numbers with time units (`15 min`, `2 dni robocze`, `1 h 30 min`), ranges,
//! `NBD`, converted exactly into the unit a criterion asks for; `24/7` refused.

use rust_decimal::Decimal;

use super::lexer::{Tok, Token, tokenize};
use super::lexicon::{Bound, Phrases, RANGE_SEPS, span};
use super::literal::{Lit, Policy, resolve};
use super::period::period_at;
use super::quantity::{Ignored, bound_notes, no_roles, read_lead};
use super::window::{Window, may_hold_window, names_outside, take_window};
use super::words::{AND_A_HALF, number_word};
use super::{Reading, ValueError, expected, prepare, quoted, several_numbers};
use crate::criteria::{Period, TimeUnit};
use crate::i18n::Msg;

const A_DURATION: &str = "value-a-duration";

const SECOND: i64 = 1;
const MINUTE: i64 = 60;
const HOUR: i64 = 3_600;
const DAY: i64 = 86_400;
const WEEK: i64 = 604_800;
/// A year of 365.25 days, and a month of a twelfth of it (30.4375 days): "12 miesięcy" and
/// "1 rok" are the same length.
const YEAR: i64 = 31_557_600;
const MONTH: i64 = YEAR / 12;

/// How a unit's length is taken: exactly, or as a convention the reading notes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Working {
    No,
    /// Working days, counted as calendar days.
    Days,
    /// Working hours, counted as clock hours.
    Hours,
    /// Months and years, counted in days of an average year.
    Calendar,
}

pub(super) static UNITS: Phrases<(i64, Working)> = Phrases::new(&[
    (&["s"], (SECOND, Working::No)),
    (&["sek"], (SECOND, Working::No)),
    (&["sec"], (SECOND, Working::No)),
    (&["secs"], (SECOND, Working::No)),
    (&["sekund"], (SECOND, Working::No)),
    (&["sekundy"], (SECOND, Working::No)),
    (&["sekunda"], (SECOND, Working::No)),
    (&["sekunde"], (SECOND, Working::No)),
    (&["second"], (SECOND, Working::No)),
    (&["seconds"], (SECOND, Working::No)),
    (&["kwadrans"], (15 * MINUTE, Working::No)),
    (&["kwadranse"], (15 * MINUTE, Working::No)),
    (&["kwadransa"], (15 * MINUTE, Working::No)),
    (&["kwadransow"], (15 * MINUTE, Working::No)),
    (&["quarter", "of", "an", "hour"], (15 * MINUTE, Working::No)),
    (&["quarter", "hour"], (15 * MINUTE, Working::No)),
    (&["m"], (MINUTE, Working::No)),
    (&["min"], (MINUTE, Working::No)),
    (&["mins"], (MINUTE, Working::No)),
    (&["minute"], (MINUTE, Working::No)),
    (&["minutes"], (MINUTE, Working::No)),
    (&["minut"], (MINUTE, Working::No)),
    (&["minuty"], (MINUTE, Working::No)),
    (&["minuta"], (MINUTE, Working::No)),
    (&["minutach"], (MINUTE, Working::No)),
    (&["h"], (HOUR, Working::No)),
    (&["hr"], (HOUR, Working::No)),
    (&["hrs"], (HOUR, Working::No)),
    (&["hour"], (HOUR, Working::No)),
    (&["hours"], (HOUR, Working::No)),
    (&["g"], (HOUR, Working::No)),
    (&["godz"], (HOUR, Working::No)),
    (&["godzina"], (HOUR, Working::No)),
    (&["godziny"], (HOUR, Working::No)),
    (&["godzin"], (HOUR, Working::No)),
    (&["godzine"], (HOUR, Working::No)),
    (&["godzinach"], (HOUR, Working::No)),
    (&["godziny", "robocze"], (HOUR, Working::Hours)),
    (&["godzin", "roboczych"], (HOUR, Working::Hours)),
    (&["godzina", "robocza"], (HOUR, Working::Hours)),
    (&["godzine", "robocza"], (HOUR, Working::Hours)),
    (&["h", "robocze"], (HOUR, Working::Hours)),
    (&["h", "roboczych"], (HOUR, Working::Hours)),
    (&["working", "hours"], (HOUR, Working::Hours)),
    (&["working", "hour"], (HOUR, Working::Hours)),
    (&["business", "hours"], (HOUR, Working::Hours)),
    (&["business", "hour"], (HOUR, Working::Hours)),
    (&["rbh"], (HOUR, Working::Hours)),
    (&["d"], (DAY, Working::No)),
    (&["day"], (DAY, Working::No)),
    (&["days"], (DAY, Working::No)),
    (&["dzien"], (DAY, Working::No)),
    (&["dni"], (DAY, Working::No)),
    (&["dnia"], (DAY, Working::No)),
    (&["dniach"], (DAY, Working::No)),
    (&["doba"], (DAY, Working::No)),
    (&["doby"], (DAY, Working::No)),
    (&["dob"], (DAY, Working::No)),
    (&["dobe"], (DAY, Working::No)),
    (&["dni", "robocze"], (DAY, Working::Days)),
    (&["dni", "roboczych"], (DAY, Working::Days)),
    (&["dni", "rob"], (DAY, Working::Days)),
    (&["dzien", "roboczy"], (DAY, Working::Days)),
    (&["dnia", "roboczego"], (DAY, Working::Days)),
    (&["dniach", "roboczych"], (DAY, Working::Days)),
    (&["working", "days"], (DAY, Working::Days)),
    (&["working", "day"], (DAY, Working::Days)),
    (&["business", "days"], (DAY, Working::Days)),
    (&["business", "day"], (DAY, Working::Days)),
    (&["w"], (WEEK, Working::No)),
    (&["wk"], (WEEK, Working::No)),
    (&["tyg"], (WEEK, Working::No)),
    (&["tydzien"], (WEEK, Working::No)),
    (&["tygodnie"], (WEEK, Working::No)),
    (&["tygodni"], (WEEK, Working::No)),
    (&["tygodnia"], (WEEK, Working::No)),
    (&["week"], (WEEK, Working::No)),
    (&["weeks"], (WEEK, Working::No)),
    (&["mies"], (MONTH, Working::Calendar)),
    (&["miesiac"], (MONTH, Working::Calendar)),
    (&["miesiace"], (MONTH, Working::Calendar)),
    (&["miesiecy"], (MONTH, Working::Calendar)),
    (&["miesiaca"], (MONTH, Working::Calendar)),
    (&["miesiacach"], (MONTH, Working::Calendar)),
    (&["mc"], (MONTH, Working::Calendar)),
    (&["msc"], (MONTH, Working::Calendar)),
    (&["mcy"], (MONTH, Working::Calendar)),
    (&["month"], (MONTH, Working::Calendar)),
    (&["months"], (MONTH, Working::Calendar)),
    (&["mo"], (MONTH, Working::Calendar)),
    (&["mos"], (MONTH, Working::Calendar)),
    (&["rok"], (YEAR, Working::Calendar)),
    (&["roku"], (YEAR, Working::Calendar)),
    (&["lata"], (YEAR, Working::Calendar)),
    (&["lat"], (YEAR, Working::Calendar)),
    (&["latach"], (YEAR, Working::Calendar)),
    (&["year"], (YEAR, Working::Calendar)),
    (&["years"], (YEAR, Working::Calendar)),
    (&["yr"], (YEAR, Working::Calendar)),
    (&["yrs"], (YEAR, Working::Calendar)),
]);

/// Unit words that alone mean one of the unit: "w ciągu godziny", "doba", "kwadrans".
/// Abbreviations ("h", "d", "min") are not among them: alone they are not an answer.
pub(super) static ONE_UNIT: Phrases<()> = Phrases::new(&[
    (&["minuta"], ()),
    (&["minute"], ()),
    (&["minuty"], ()),
    (&["kwadrans"], ()),
    (&["kwadransa"], ()),
    (&["quarter", "of", "an", "hour"], ()),
    (&["godzina"], ()),
    (&["godzine"], ()),
    (&["godziny"], ()),
    (&["hour"], ()),
    (&["godzina", "robocza"], ()),
    (&["godzine", "robocza"], ()),
    (&["doba"], ()),
    (&["doby"], ()),
    (&["dobe"], ()),
    (&["dzien"], ()),
    (&["dnia"], ()),
    (&["day"], ()),
    (&["dzien", "roboczy"], ()),
    (&["dnia", "roboczego"], ()),
    (&["working", "day"], ()),
    (&["business", "day"], ()),
    (&["tydzien"], ()),
    (&["tygodnia"], ()),
    (&["week"], ()),
    (&["miesiac"], ()),
    (&["miesiaca"], ()),
    (&["month"], ()),
    (&["rok"], ()),
    (&["roku"], ()),
    (&["year"], ()),
]);

pub(super) static NEXT_BUSINESS_DAY: Phrases<()> = Phrases::new(&[
    (&["nbd"], ()),
    (&["next", "business", "day"], ()),
    (&["next", "working", "day"], ()),
    (&["nastepny", "dzien", "roboczy"], ()),
    (&["nastepnego", "dnia", "roboczego"], ()),
    (&["kolejny", "dzien", "roboczy"], ()),
    (&["kolejnego", "dnia", "roboczego"], ()),
    (&["w", "nastepnym", "dniu", "roboczym"], ()),
]);

pub(super) static CONNECTORS: Phrases<()> = Phrases::new(&[
    (&["i"], ()),
    (&["and"], ()),
    (&["oraz"], ()),
    (&[","], ()),
    (&["+"], ()),
]);

/// Said of working days; a doubt rather than a note: over a weekend one working day is three
/// calendar days.
const WORKING_DAYS: &str = "note-working-days";

/// A number with its unit in seconds (`None`: bare, in the unit the context gives).
struct Term {
    value: Decimal,
    secs: Option<i64>,
}

/// Terms such as "1 h 30 min", spanning bytes `start..end`; the next token is `next`.
struct Expr {
    terms: Vec<Term>,
    start: usize,
    end: usize,
    next: usize,
}

impl Expr {
    fn seconds(&self, bare: i64) -> Option<Decimal> {
        self.terms.iter().try_fold(Decimal::ZERO, |sum, term| {
            let secs = Decimal::from(term.secs.unwrap_or(bare));
            sum.checked_add(term.value.checked_mul(secs)?)
        })
    }
}

fn num_at(toks: &[Token], i: usize) -> Option<(&Token, &Lit)> {
    let tok = toks.get(i)?;
    match &tok.tok {
        Tok::Num(lit) => Some((tok, lit)),
        _ => None,
    }
}

fn read_expr(
    toks: &[Token],
    t: &str,
    i: usize,
    notes: &mut Vec<Msg>,
) -> Result<Option<Expr>, ValueError> {
    let mut terms = Vec::new();
    let mut k = i;
    loop {
        if let Some((len, ())) = NEXT_BUSINESS_DAY.longest(toks, k) {
            notes.push(
                Msg::new("note-next-business-day").with("words", quoted(span(t, toks, k, len))),
            );
            terms.push(Term {
                value: Decimal::ONE,
                secs: Some(DAY),
            });
            k += len;
            break;
        }
        let Some((value, used)) = read_count(toks, t, k, notes)? else {
            break;
        };
        k += used;
        if let Some((value, used)) = clock(toks, t, k, value, notes)? {
            terms.push(Term {
                value,
                secs: Some(MINUTE),
            });
            k += used;
            break;
        }
        let Some((len, (secs, working))) = UNITS.longest(toks, k) else {
            terms.push(Term { value, secs: None });
            break;
        };
        match working {
            Working::Days => notes.push(Msg::new(WORKING_DAYS)),
            Working::Hours => notes.push(Msg::new("note-working-hours")),
            Working::Calendar => notes.push(
                Msg::new(if secs == YEAR {
                    "note-year-in-days"
                } else {
                    "note-month-in-days"
                })
                .dec("days", Decimal::new(secs, 0) / Decimal::from(DAY)),
            ),
            Working::No => {}
        }
        terms.push(Term {
            value,
            secs: Some(secs),
        });
        k += len;
        let j = k + CONNECTORS.longest(toks, k).map_or(0, |(l, ())| l);
        if num_at(toks, j).is_some() && UNITS.longest(toks, j + 1).is_some() {
            k = j;
            continue;
        }
        // "1h30": the minutes of an hour, written the way clocks are.
        if secs == HOUR
            && let Some((tok, lit)) = num_at(toks, k)
            && tok.glued
            && UNITS.longest(toks, k + 1).is_none()
        {
            let value = resolve(lit, &t[tok.start..tok.end], Policy::Reject, notes)?;
            terms.push(Term {
                value,
                secs: Some(MINUTE),
            });
            k += 1;
        }
        break;
    }
    if terms.is_empty() {
        return Ok(None);
    }
    Ok(Some(Expr {
        terms,
        start: toks[i].start,
        end: toks[k - 1].end,
        next: k,
    }))
}

/// The count before a unit at token `k`: a number ("2", "2 i pół"), a number in words ("dwie",
/// "pół", "półtorej"), or one, when a unit word stands alone ("godzina", "doba"). (value,
/// tokens used; a lone unit word uses none: the unit reads it).
fn read_count(
    toks: &[Token],
    t: &str,
    k: usize,
    notes: &mut Vec<Msg>,
) -> Result<Option<(Decimal, usize)>, ValueError> {
    if let Some((tok, lit)) = num_at(toks, k) {
        let value = resolve(lit, &t[tok.start..tok.end], Policy::Reject, notes)?;
        if let Some((len, ())) = AND_A_HALF.longest(toks, k + 1) {
            let value = value.checked_add(Decimal::new(5, 1)).ok_or_else(|| {
                ValueError::new(Msg::new("value-duration-out-of-range").with("found", quoted(t)))
            })?;
            notes.push(
                Msg::new("note-read-as")
                    .with("words", quoted(span(t, toks, k, len + 1)))
                    .dec("value", value),
            );
            return Ok(Some((value, len + 1)));
        }
        return Ok(Some((value, 1)));
    }
    if let Some((len, value)) = number_word(toks, k)
        // "a"/"an" is a number only before a unit ("a day"): in "<a href=…>" it is markup.
        && (t[toks[k].start..toks[k].end].len() > 2 || UNITS.longest(toks, k + len).is_some())
    {
        notes.push(
            Msg::new("note-read-as")
                .with("words", quoted(span(t, toks, k, len)))
                .dec("value", value),
        );
        return Ok(Some((value, len)));
    }
    if let Some((len, ())) = ONE_UNIT.longest(toks, k) {
        notes.push(
            Msg::new("note-read-as")
                .with("words", quoted(span(t, toks, k, len)))
                .dec("value", Decimal::ONE),
        );
        return Ok(Some((Decimal::ONE, 0)));
    }
    Ok(None)
}

/// "0:30", "1:15", "00:15:00": hours and minutes (and seconds) written the way clocks are,
/// after the hours at token `k - 1`. (minutes, tokens used), or `None` when no clock follows.
fn clock(
    toks: &[Token],
    t: &str,
    k: usize,
    hours: Decimal,
    notes: &mut Vec<Msg>,
) -> Result<Option<(Decimal, usize)>, ValueError> {
    let two_digits = |i: usize| -> Option<Decimal> {
        let tok = toks.get(i)?;
        let colon = toks.get(i.checked_sub(1)?)?;
        let digits = &t[tok.start..tok.end];
        let ok = tok.glued
            && colon.glued
            && matches!(colon.tok, Tok::Sym(':'))
            && digits.len() == 2
            && digits.bytes().all(|b| b.is_ascii_digit());
        if !ok {
            return None;
        }
        let n = Decimal::from(
            u32::from(digits.as_bytes()[0] - b'0') * 10 + u32::from(digits.as_bytes()[1] - b'0'),
        );
        (n < Decimal::from(60)).then_some(n)
    };
    let Some(hours_tok) = k.checked_sub(1).and_then(|h| toks.get(h)) else {
        return Ok(None);
    };
    if !t[hours_tok.start..hours_tok.end]
        .bytes()
        .all(|b| b.is_ascii_digit())
    {
        return Ok(None);
    }
    let Some(minutes) = two_digits(k + 1) else {
        return Ok(None);
    };
    let (seconds, used) = match two_digits(k + 3) {
        Some(s) => (s, 4),
        None => (Decimal::ZERO, 2),
    };
    let total = hours
        .checked_mul(Decimal::from(60))
        .and_then(|m| m.checked_add(minutes + seconds / Decimal::from(60)))
        .ok_or_else(|| {
            ValueError::new(Msg::new("value-duration-out-of-range").with("found", quoted(t)))
        })?;
    let end = toks[k + used - 1].end;
    notes.push(
        Msg::new(if seconds.is_zero() {
            "note-clock"
        } else {
            "note-clock-seconds"
        })
        .with("words", quoted(&t[hours_tok.start..end]))
        .dec("hours", hours)
        .dec("minutes", minutes)
        .dec("seconds", seconds),
    );
    Ok(Some((total.normalize(), used)))
}

/// The service window of a cell taken out of its tokens, or an error when it leaves no time.
fn without_window(
    t: &str,
    toks: &[Token],
) -> Result<Option<(Window, Msg, Vec<Token>)>, ValueError> {
    let Some((w, note, rest)) = take_window(toks, t) else {
        return Ok(None);
    };
    if !rest
        .iter()
        .any(|tok| matches!(tok.tok, Tok::Num(_) | Tok::Word))
    {
        return Err(ValueError::new(
            Msg::new("value-window-without-time")
                .msg("what", Msg::new(A_DURATION))
                .with("found", quoted(t))
                .msg("window", w.label()),
        ));
    }
    Ok(Some((w, note, rest)))
}

/// What follows the time from token `k`: a period ("120 h rocznie") and words ignored; another
/// number is an error.
fn read_tail(
    toks: &[Token],
    t: &str,
    mut k: usize,
) -> Result<(Option<(Period, String)>, Ignored), ValueError> {
    let mut ignored = Ignored::default();
    let mut per = None;
    while let Some(tok) = toks.get(k) {
        if per.is_none()
            && let Some((len, p)) = period_at(toks, k)
        {
            per = Some((p, quoted(span(t, toks, k, len))));
            k += len;
            continue;
        }
        if matches!(tok.tok, Tok::Num(_)) {
            return Err(several_numbers(A_DURATION, t));
        }
        ignored.push(tok);
        k += 1;
    }
    Ok((per, ignored))
}

/// "1 h w godzinach pracy, 4 h poza nimi": one time in office hours, another outside them. The
/// service runs around the clock at the slower of the two: that is the reading, noted.
/// `None` when the cell does not split into two readable times.
fn in_and_out_of_hours(t: &str, toks: &[Token], unit: TimeUnit) -> Option<Reading<Decimal>> {
    let cut = toks
        .iter()
        .find(|tok| matches!(tok.tok, Tok::Sym(',' | ';')))?;
    let (a, b) = (&t[..cut.start], &t[cut.end..]);
    let first = parse_duration(a, unit).ok()?;
    let second = parse_duration(b, unit).ok()?;
    let (slow, fast) = if second.value >= first.value {
        ((b, second), a)
    } else {
        ((a, first), b)
    };
    let value = slow.1.value;
    let mut reading = Reading::new(
        value,
        vec![
            Msg::new("note-in-and-out-of-hours")
                .with("fast", quoted(fast))
                .with("slow", quoted(slow.0))
                .msg("worst", unit_amount(value, unit)),
        ],
    );
    reading.window = Some(Window::ALWAYS);
    Some(reading)
}

/// Reads a duration and converts it exactly into `unit`: a number with a unit (`15 min`, `2 h`,
/// `24h`, `1 dzień`, `2 dni robocze`, `1 tydzień`, `30 s`…), or a bare number already in `unit`.
/// Compounds add up (`1 h 30 min`); a range gives its upper bound (`2–4 h`, `od 2 do 4 godz.`);
/// prefixes such as `do`, `max.`, `<`, `w ciągu` are noted; `NBD` is one day. Negative
/// durations and `24/7` are errors.
pub(crate) fn parse_duration(text: &str, unit: TimeUnit) -> Result<Reading<Decimal>, ValueError> {
    let t = prepare(text, A_DURATION)?;
    let mut toks = tokenize(t);
    let mut window = None;
    let mut notes: Vec<Msg> = Vec::new();
    if may_hold_window(&toks) {
        if names_outside(&toks)
            && let Some(reading) = in_and_out_of_hours(t, &toks, unit)
        {
            return Ok(reading);
        }
        if let Some((w, note, rest)) = without_window(t, &toks)? {
            window = Some(w);
            notes.push(note);
            toks = rest;
        }
    }
    let mut found = Vec::new();
    let (mut bounds, i) = read_lead(&toks, t, no_roles, &mut found);
    let Some(first) = read_expr(&toks, t, i, &mut notes)? else {
        return Err(expected(A_DURATION, t));
    };
    let target = unit.seconds();
    let overflow =
        || ValueError::new(Msg::new("value-duration-out-of-range").with("found", quoted(t)));
    let mut next = first.next;
    let mut terms: Vec<&Term> = first.terms.iter().collect();
    let mut second = None;
    let mut low = None;
    if let Some((len, ())) = RANGE_SEPS.longest(&toks, first.next) {
        second = read_expr(&toks, t, first.next + len, &mut notes)?;
    }
    let seconds = match &second {
        None => first.seconds(target).ok_or_else(overflow)?,
        Some(upper) => {
            // "2–4 h": a bare lower end takes the upper end's unit, and the other way round.
            let lower_bare = upper
                .terms
                .first()
                .and_then(|term| term.secs)
                .unwrap_or(target);
            let upper_bare = first
                .terms
                .last()
                .and_then(|term| term.secs)
                .unwrap_or(target);
            let a = first.seconds(lower_bare).ok_or_else(overflow)?;
            let b = upper.seconds(upper_bare).ok_or_else(overflow)?;
            notes.push(
                Msg::new("note-range-upper").with("range", quoted(&t[first.start..upper.end])),
            );
            bounds.retain(|(b, _)| *b != Bound::AtLeast);
            next = upper.next;
            terms.extend(upper.terms.iter());
            low = Some(a.min(b));
            a.max(b)
        }
    };
    if terms.iter().any(|term| term.value < Decimal::ZERO) {
        return Err(ValueError::new(
            Msg::new("value-negative-duration")
                .msg("what", Msg::new(A_DURATION))
                .with("found", quoted(t)),
        ));
    }
    let (per, ignored) = read_tail(&toks, t, next)?;
    let value = seconds
        .checked_div(Decimal::from(target))
        .ok_or_else(overflow)?
        .normalize();
    // A unit other than the criterion's is a conversion: say what it came to.
    if terms
        .iter()
        .any(|term| term.secs.is_some_and(|s| s != target))
    {
        notes.push(
            Msg::new("note-converted")
                .dec("value", value)
                .with("unit", unit.key()),
        );
    }
    if unit == TimeUnit::Month {
        // Months and years are whole in months: no day count to note.
        notes.retain(|n| !matches!(n.id(), "note-month-in-days" | "note-year-in-days"));
    }
    let mut all = bound_notes(&bounds);
    all.append(&mut notes);
    all.extend(ignored.note(t));
    let bound = bounds.first().map(|(b, _)| *b);
    let working_days = all.iter().any(|n| n.id() == WORKING_DAYS);
    if working_days {
        all.retain(|n| n.id() != WORKING_DAYS);
    }
    let mut reading = Reading::new(value, all);
    if working_days {
        reading.doubts.push(Msg::new("doubt-working-days"));
    }
    reading.per = per;
    reading.window = window;
    reading.bound = bound;
    reading.low = low.and_then(|l| l.checked_div(Decimal::from(target)).map(|x| x.normalize()));
    Ok(reading)
}

/// `value` in `unit` as a person reads it: minutes, hours and days in the largest natural unit,
/// months counted.
fn unit_amount(value: Decimal, unit: TimeUnit) -> Msg {
    use rust_decimal::prelude::ToPrimitive;
    let minutes = match unit {
        TimeUnit::Minute => Decimal::ONE,
        TimeUnit::Hour => Decimal::from(60),
        TimeUnit::Day => Decimal::from(1440),
        TimeUnit::Month => return Msg::new("value-months").dec("value", value),
    };
    Msg::new("value-unit").minutes("value", (value * minutes).to_f64().unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::value::tests::{any_text, d, err_of, has_notes, ok_of};
    use proptest::prelude::*;

    #[test]
    #[allow(clippy::too_many_lines, reason = "a table of cases")]
    fn durations() {
        use TimeUnit::{Day as D, Hour as H, Minute as M};
        let cases: &[(&str, TimeUnit, &str, &[&str])] = &[
            ("15 min", M, "15", &[]),
            // Months and years, in days of an average year (365.25), said at the cell.
            (
                "12 miesięcy",
                D,
                "365.25",
                &["a month counted as 30.4375 days"],
            ),
            ("1 rok", D, "365.25", &["a year counted as 365.25 days"]),
            (
                "6 mies.",
                D,
                "182.625",
                &["a month counted as 30.4375 days"],
            ),
            ("1 miesiąc", D, "30.4375", &["a month"]),
            ("3 miesiące", D, "91.3125", &["a month"]),
            ("2 lata", D, "730.5", &["a year"]),
            ("5 lat", D, "1826.25", &["a year"]),
            ("6 months", D, "182.625", &["a month"]),
            ("1 year", D, "365.25", &["a year"]),
            ("do 2 lat", D, "730.5", &["a year"]),
            ("15", M, "15", &[]),
            // A footnote star points at conditions: said, not dropped silently.
            ("1 h*", M, "60", &["ignored '*'"]),
            // Numbers in words, clock forms, a unit word alone.
            ("pół godziny", M, "30", &["'pół' read as 0.5"]),
            ("kwadrans", M, "15", &["read as 1"]),
            ("w ciągu kwadransa", M, "15", &["upper bound"]),
            ("półtorej godziny", M, "90", &["'półtorej' read as 1.5"]),
            ("trzy godziny", H, "3", &["'trzy' read as 3"]),
            ("dwie godziny", M, "120", &["'dwie' read as 2"]),
            (
                "dwie i pół godziny",
                M,
                "150",
                &["'dwie i pół' read as 2.5"],
            ),
            ("2 i pół godziny", M, "150", &["'2 i pół' read as 2.5"]),
            ("dwadzieścia cztery godziny", H, "24", &["read as 24"]),
            ("czterdzieści pięć minut", M, "45", &["read as 45"]),
            ("jeden dzień roboczy", D, "1", &["working days"]),
            ("w ciągu godziny", M, "60", &["upper bound"]),
            ("godzina", M, "60", &["read as 1"]),
            ("doba", H, "24", &["read as 1"]),
            ("pół doby", H, "12", &["read as 0.5"]),
            ("tydzień", D, "7", &["read as 1"]),
            ("miesiąc", D, "30.4375", &["a month"]),
            ("rok", D, "365.25", &["a year"]),
            ("dwa tygodnie", D, "14", &["'dwa' read as 2"]),
            ("sześć miesięcy", D, "182.625", &["a month"]),
            ("half an hour", M, "30", &["'half an' read as 0.5"]),
            ("an hour", M, "60", &["'an' read as 1"]),
            ("two hours", M, "120", &["'two' read as 2"]),
            ("one and a half hours", M, "90", &["read as 1.5"]),
            ("45 mins", M, "45", &[]),
            ("0:30", M, "30", &["'0:30' read as 0 h 30 min"]),
            ("1:15", M, "75", &["1 h 15 min"]),
            ("00:15:00", M, "15", &["'00:15:00' read as 0 h 15 min"]),
            ("00:00:30", M, "0.5", &["30 s"]),
            ("do 0:30", M, "30", &["upper bound"]),
            // Service windows are taken out; the time is read.
            (
                "1h (24/7)",
                M,
                "60",
                &["service window '24/7' read as 24/7"],
            ),
            ("1 h 24/7/365", M, "60", &["24/7"]),
            (
                "30 min (pn-pt 8-16)",
                M,
                "30",
                &["read as Mon–Fri 08:00–16:00"],
            ),
            ("2 h, pon.–pt. 9:00–17:00", H, "2", &["Mon–Fri 09:00–17:00"]),
            ("4 h w dni robocze", H, "4", &["hours assumed"]),
            ("1 h całodobowo", H, "1", &["24/7"]),
            ("15 min w godzinach pracy", M, "15", &["hours assumed"]),
            (
                "2 godz. (od poniedziałku do piątku w godz. 8.00-16.00)",
                H,
                "2",
                &["Mon–Fri 08:00–16:00"],
            ),
            ("4h Mon-Fri 9-17", H, "4", &["Mon–Fri 09:00–17:00"]),
            ("8-16 pn-sob, 2h", H, "2", &["Mon–Sat 08:00–16:00"]),
            (
                "1 h w godzinach pracy, 4 h poza godzinami pracy",
                H,
                "4",
                &["around the clock, at worst in 4 h"],
            ),
            (
                "30 min (pn-pt 8-16); 2 h w weekendy",
                M,
                "120",
                &["at worst in 2 h"],
            ),
            (
                "4 h poza godzinami pracy, 1 h w godzinach pracy",
                H,
                "4",
                &["at worst"],
            ),
            ("2", H, "2", &[]),
            ("2 h", M, "120", &["= 120 min"]),
            ("600 min", H, "10", &["= 10 h"]),
            ("2 h", H, "2", &[]),
            ("24h", H, "24", &[]),
            ("24h", D, "1", &[]),
            ("15min", M, "15", &[]),
            ("15 min.", M, "15", &[]),
            ("1 h 30 min", M, "90", &[]),
            ("1h30m", M, "90", &[]),
            ("1h30", M, "90", &[]),
            ("1 h i 30 min", M, "90", &[]),
            ("1 dzień 12 h", H, "36", &[]),
            ("2–4 h", H, "4", &["upper bound of the range '2–4 h' taken"]),
            ("2-4h", H, "4", &["upper bound of the range"]),
            ("2–4 h", M, "240", &["upper bound"]),
            ("od 2 do 4 godz.", H, "4", &["upper bound of the range"]),
            ("2 h – 4 h", H, "4", &["upper bound"]),
            ("30 min - 1 h", M, "60", &["upper bound"]),
            ("1-2 dni", H, "48", &["upper bound"]),
            ("do 15 min", M, "15", &["upper bound: 'do'"]),
            ("max. 1 h", M, "60", &["upper bound: 'max.'"]),
            ("< 15 min", M, "15", &["upper bound: '<'"]),
            ("w ciągu 24 godzin", H, "24", &["upper bound: 'w ciągu'"]),
            ("within 1 hour", M, "60", &["upper bound"]),
            ("ok. 2 h", H, "2", &["approximate"]),
            ("min. 15 min", M, "15", &["lower bound: 'min.'"]),
            ("maks. 4h", H, "4", &["upper bound: 'maks.'"]),
            ("≤ 2 dni", D, "2", &["upper bound"]),
            ("NBD", D, "1", &["next business day"]),
            ("nbd", H, "24", &["next business day"]),
            ("next business day", H, "24", &["read as 1 day"]),
            ("następny dzień roboczy", D, "1", &["read as 1 day"]),
            ("do NBD", D, "1", &["upper bound", "next business day"]),
            ("1 dzień", M, "1440", &[]),
            ("1,5 h", M, "90", &[]),
            ("0,5 h", H, "0.5", &[]),
            (
                "2 dni robocze",
                D,
                "2",
                &["working days counted as calendar days"],
            ),
            ("2 dni roboczych", H, "48", &["working days"]),
            ("3 working days", D, "3", &["working days"]),
            ("1 business day", D, "1", &["working days"]),
            ("1 tydzień", D, "7", &[]),
            ("2 tygodnie", D, "14", &[]),
            ("3 tygodni", D, "21", &[]),
            ("2 weeks", D, "14", &[]),
            ("1 w", D, "7", &[]),
            ("30 s", M, "0.5", &[]),
            ("90 sekund", M, "1.5", &[]),
            ("90 min", H, "1.5", &[]),
            ("1 doba", H, "24", &[]),
            ("2 doby", H, "48", &[]),
            ("2 dób", D, "2", &[]),
            ("48 h", D, "2", &[]),
            ("15 minut", M, "15", &[]),
            ("10 minutes", M, "10", &[]),
            ("1 minutę", M, "1", &[]),
            ("2 minuty", M, "2", &[]),
            ("1 godzina", H, "1", &[]),
            ("1 godzinę", H, "1", &[]),
            ("2 godziny", H, "2", &[]),
            ("5 godzin", H, "5", &[]),
            ("8 godz.", H, "8", &[]),
            ("3 g", H, "3", &[]),
            ("2 hrs", H, "2", &[]),
            ("1 hr", M, "60", &[]),
            ("3 dni", D, "3", &[]),
            ("1 dnia", D, "1", &[]),
            ("2 days", H, "48", &[]),
            ("15 m", M, "15", &[]),
            ("15 min (P1)", M, "15", &["ignored '(P1)'"]),
            ("4 h (w godzinach pracy)", H, "4", &["hours assumed"]),
        ];
        for &(t, unit, want, notes) in cases {
            let r = ok_of(parse_duration(t, unit), t);
            assert_eq!(r.value, d(want), "{t:?} in {}", unit.key());
            // Doubts (shown as warnings) are checked with the notes.
            let all: Vec<String> = r
                .notes
                .iter()
                .chain(&r.doubts)
                .map(ToString::to_string)
                .collect();
            has_notes(&all, notes, t);
            // A unit conversion ("= 120 min") is noted on every cell it applies to.
            let converted = |n: &&String| n.starts_with("= ");
            if notes.is_empty() {
                assert!(all.iter().all(|n| converted(&n)), "{t:?}: {all:?}");
            }
        }
        let bad: &[(&str, &[&str])] = &[
            (
                "szybko",
                &["expected a duration such as '15 min' or '2 h', found 'szybko'"],
            ),
            ("-5 min", &["negative"]),
            ("24/7", &["24/7", "service window", "time is missing"]),
            ("24h/7", &["24/7"]),
            ("pn-pt 8-16", &["time is missing"]),
            ("79228162514264337593543950335:30", &["out of range"]),
            (
                "79228162514264337593543950335 i pół godziny",
                &["out of range"],
            ),
            ("1 albo 2 h", &["several numbers"]),
            ("15 min / 4 h", &["several numbers"]),
            ("1,500 min", &["ambiguous"]),
            ("h", &["expected a duration"]),
            ("godzinny", &["expected a duration"]),
            ("", &["empty"]),
            // Markup is no "a (one)" of the criterion's unit.
            (
                "<a href=\"http://evil.com\">klik</a>",
                &["expected a duration"],
            ),
        ];
        for &(t, want) in bad {
            let m = err_of(parse_duration(t, TimeUnit::Minute), t);
            for w in want {
                assert!(m.contains(w), "{t:?}: {m:?} lacks {w:?}");
            }
        }
    }

    #[test]
    fn time_units() {
        assert_eq!(TimeUnit::from_key("min"), Some(TimeUnit::Minute));
        assert_eq!(TimeUnit::from_key("h"), Some(TimeUnit::Hour));
        assert_eq!(TimeUnit::from_key("d"), Some(TimeUnit::Day));
        for k in ["minutes", "hours", "days", "H", "", " min"] {
            assert_eq!(TimeUnit::from_key(k), None, "{k:?}");
        }
        for u in [TimeUnit::Minute, TimeUnit::Hour, TimeUnit::Day] {
            assert_eq!(TimeUnit::from_key(u.key()), Some(u));
        }
        assert_eq!(TimeUnit::Minute.minutes(), d("1"));
        assert_eq!(TimeUnit::Hour.minutes(), d("60"));
        assert_eq!(TimeUnit::Day.minutes(), d("1440"));
    }

    proptest! {
        #[test]
        fn durations_are_not_negative(t in any_text()) {
            if let Ok(r) = parse_duration(&t, TimeUnit::Hour) {
                prop_assert!(r.value >= Decimal::ZERO, "{t:?} -> {}", r.value);
            }
        }
    }
}
