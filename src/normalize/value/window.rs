//! Service windows written with a response or restore time: `24/7`, `całodobowo`,
//! `w dni robocze`, `w godzinach pracy`, `pn–pt 8–16`, `pon.–pt. 9:00–17:00`, `Mon–Fri 9–17`.
//! The window is taken out of the cell so that the time can be read; what it costs a buyer (the
//! expected wait until it opens) is computed here too.

use crate::i18n::Msg;
use rust_decimal::Decimal;

use std::sync::OnceLock;

use super::atoms::{NO_ATOM, table_atom};
use super::lexer::{Tok, Token, is_punct, tokenize};
use super::lexicon::{Phrases, RANGE_SEPS, span};
use super::literal::Lit;
use super::quote;
use super::{Reading, ValueError, expected, prepare, quoted};

/// When a service works: days of the week (Monday first) and the hours of each such day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub days: [bool; 7],
    /// Minutes after midnight when the window opens and closes (0 and 1440: all day).
    pub from: u16,
    pub to: u16,
    /// Office hours written without hours: Mon–Fri 08:00–16:00 assumed.
    pub assumed: bool,
}

const DAY_MINUTES: u16 = 1440;
const WEEK_MINUTES: i64 = 7 * 1440;
/// The days' names, as catalogue ids.
const DAY_NAMES: [&str; 7] = [
    "day-mon", "day-tue", "day-wed", "day-thu", "day-fri", "day-sat", "day-sun",
];

impl Window {
    pub const ALWAYS: Window = Window {
        days: [true; 7],
        from: 0,
        to: DAY_MINUTES,
        assumed: false,
    };

    /// Office hours when none were written: Monday to Friday, 8:00 to 16:00.
    const OFFICE: Window = Window {
        days: [true, true, true, true, true, false, false],
        from: 8 * 60,
        to: 16 * 60,
        assumed: true,
    };

    pub fn is_always(&self) -> bool {
        self.days.iter().all(|&d| d) && self.from == 0 && self.to == DAY_MINUTES
    }

    /// "24/7", or the days and hours: "Mon–Fri 08:00–16:00" / "pn–pt 08:00–16:00",
    /// "Mon–Sat 24h".
    pub fn label(&self) -> Msg {
        if self.is_always() {
            return Msg::new("window-always");
        }
        let days = self.day_label();
        if self.from == 0 && self.to == DAY_MINUTES {
            return Msg::new("window-all-day").msg("days", days);
        }
        let hm = |m: u16| format!("{:02}:{:02}", m / 60, m % 60);
        Msg::new("window-hours")
            .msg("days", days)
            .with("hours", format!("{}–{}", hm(self.from), hm(self.to)))
    }

    fn day_label(&self) -> Msg {
        let open: Vec<usize> = (0..7).filter(|&d| self.days[d]).collect();
        let (Some(&first), Some(&last)) = (open.first(), open.last()) else {
            return Msg::new("window-no-days");
        };
        if open.len() == 7 {
            Msg::new("window-every-day")
        } else if last - first + 1 == open.len() {
            if first == last {
                Msg::new(DAY_NAMES[first])
            } else {
                Msg::new("window-day-range")
                    .msg("first", Msg::new(DAY_NAMES[first]))
                    .msg("last", Msg::new(DAY_NAMES[last]))
            }
        } else {
            let days = open.iter().map(|&d| Msg::new(DAY_NAMES[d])).collect();
            Msg::new("window-days").joined("days", days, ", ")
        }
    }

    /// The expected wait, in minutes, until the window is open, for an incident reported at a
    /// moment taken evenly over the week: each closed stretch of `g` minutes adds g²/2 to the
    /// sum, divided by the week's minutes. Mon–Fri 8–16 waits 914.3 min (15.2 h) on average;
    /// 24/7 waits 0.
    pub fn expected_wait_minutes(&self) -> Decimal {
        // The open stretches over one week, in minutes from Monday 0:00.
        let open: Vec<(i64, i64)> = (0..7)
            .filter(|&d| self.days[d] && self.from < self.to)
            .map(|d| {
                let base = d as i64 * 1440;
                (base + i64::from(self.from), base + i64::from(self.to))
            })
            .collect();
        if open.is_empty() {
            return Decimal::ZERO;
        }
        let mut squares: i64 = 0;
        for (k, &(_, end)) in open.iter().enumerate() {
            let next_start = match open.get(k + 1) {
                Some(&(s, _)) => s,
                None => open[0].0 + WEEK_MINUTES,
            };
            let gap = next_start - end;
            squares += gap * gap;
        }
        (Decimal::from(squares) / Decimal::from(2 * WEEK_MINUTES))
            .round_dp(2)
            .normalize()
    }
}

/// Phrases meaning "around the clock".
pub(super) static ALWAYS: Phrases<()> = Phrases::new(&[
    (&["calodobowo"], ()),
    (&["calodobowa"], ()),
    (&["calodobowy"], ()),
    (&["cala", "dobe"], ()),
    (&["przez", "cala", "dobe"], ()),
    (&["non", "-", "stop"], ()),
    (&["nonstop"], ()),
    (&["round", "the", "clock"], ()),
    (&["around", "the", "clock"], ()),
]);

/// Phrases meaning office hours, Monday to Friday.
pub(super) static OFFICE: Phrases<()> = Phrases::new(&[
    (&["w", "dni", "robocze"], ()),
    (&["w", "dniach", "roboczych"], ()),
    (&["w", "dni", "powszednie"], ()),
    (&["dni", "powszednie"], ()),
    (&["w", "godzinach", "pracy"], ()),
    (&["w", "godz", "pracy"], ()),
    (&["w", "godzinach", "roboczych"], ()),
    (&["w", "godzinach", "biurowych"], ()),
    (&["godziny", "pracy"], ()),
    (&["godzinach", "pracy"], ()),
    (&["in", "business", "hours"], ()),
    (&["during", "business", "hours"], ()),
    (&["office", "hours"], ()),
    (&["in", "office", "hours"], ()),
    (&["during", "office", "hours"], ()),
    (&["on", "business", "days"], ()),
    (&["on", "working", "days"], ()),
    (&["business", "days", "only"], ()),
    (&["weekdays"], ()),
    (&["on", "weekdays"], ()),
]);

/// Phrases naming the time outside office hours: "1 h w godzinach pracy, 4 h poza nimi".
pub(super) static OUTSIDE: Phrases<()> = Phrases::new(&[
    (&["poza", "godzinami", "pracy"], ()),
    (&["poza", "godz", "pracy"], ()),
    (&["poza", "godzinami", "roboczymi"], ()),
    (&["poza", "godzinami"], ()),
    (&["poza", "nimi"], ()),
    (&["w", "weekendy"], ()),
    (&["w", "weekend"], ()),
    (&["w", "nocy"], ()),
    (&["w", "nocy", "i", "weekendy"], ()),
    (&["outside", "business", "hours"], ()),
    (&["outside", "office", "hours"], ()),
    (&["outside", "working", "hours"], ()),
    (&["after", "hours"], ()),
    (&["at", "weekends"], ()),
    (&["on", "weekends"], ()),
]);

/// Whether the cell names the time outside office hours somewhere.
pub(super) fn names_outside(toks: &[Token]) -> bool {
    (0..toks.len()).any(|i| OUTSIDE.longest(toks, i).is_some())
}

/// Day names, Monday 0 to Sunday 6.
pub(super) static DAYS: Phrases<u8> = Phrases::new(&[
    (&["pn"], 0),
    (&["pon"], 0),
    (&["poniedzialek"], 0),
    (&["poniedzialku"], 0),
    (&["mon"], 0),
    (&["monday"], 0),
    (&["wt"], 1),
    (&["wtorek"], 1),
    (&["tue"], 1),
    (&["sr"], 2),
    (&["sroda"], 2),
    (&["wed"], 2),
    (&["czw"], 3),
    (&["czwartek"], 3),
    (&["thu"], 3),
    (&["pt"], 4),
    (&["pia"], 4),
    (&["piatek"], 4),
    (&["piatku"], 4),
    (&["fri"], 4),
    (&["friday"], 4),
    (&["sob"], 5),
    (&["sobota"], 5),
    (&["soboty"], 5),
    (&["sat"], 5),
    (&["saturday"], 5),
    (&["nd"], 6),
    (&["ndz"], 6),
    (&["niedz"], 6),
    (&["niedziela"], 6),
    (&["niedzieli"], 6),
    (&["sun"], 6),
    (&["sunday"], 6),
]);

/// Words before hours of a window: "w godz. 8–16", "godz. 9:00–17:00", "from 9 to 17".
static HOURS_LEADS: Phrases<()> = Phrases::new(&[
    (&["w", "godz"], ()),
    (&["w", "godzinach"], ()),
    (&["godz"], ()),
    (&["od"], ()),
    (&["from"], ()),
    (&["w"], ()),
    (&["in"], ()),
    (&["between"], ()),
]);

/// Words between two day names: "od poniedziałku do piątku", "Monday to Friday".
static DAY_SEPS: Phrases<()> = Phrases::new(&[(&["do"], ()), (&["to"], ()), (&["through"], ())]);

/// Every word of the tables above, for the lexicon's vocabulary.
pub(super) fn words() -> impl Iterator<Item = &'static str> {
    ALWAYS
        .words()
        .chain(OFFICE.words())
        .chain(DAYS.words())
        .chain(HOURS_LEADS.words())
        .chain(DAY_SEPS.words())
        .chain(OUTSIDE.words())
}

fn num_value(tok: Option<&Token>) -> Option<Decimal> {
    match &tok?.tok {
        Tok::Num(Lit::Value(d)) => Some(*d),
        _ => None,
    }
}

/// "24/7", "24h/7", "24/7/365": (tokens used) at `i`.
fn twenty_four_seven(toks: &[Token], i: usize) -> Option<usize> {
    if num_value(toks.get(i))? != Decimal::from(24) {
        return None;
    }
    let mut j = i + 1;
    if toks
        .get(j)
        .is_some_and(|t| t.glued && t.tok == Tok::Word && t.atom == super::atoms::atom("h"))
    {
        j += 1;
    }
    let slash = toks.get(j)?;
    if slash.tok != Tok::Sym('/') || num_value(toks.get(j + 1))? != Decimal::from(7) {
        return None;
    }
    j += 2;
    if toks.get(j).is_some_and(|t| t.tok == Tok::Sym('/'))
        && num_value(toks.get(j + 1)) == Some(Decimal::from(365))
    {
        j += 2;
    }
    Some(j - i)
}

/// A clock time at `i`: "8", "8:00", "8.30", "17:30" → (minutes after midnight, tokens used).
fn clock_time(toks: &[Token], t: &str, i: usize) -> Option<(u16, usize)> {
    let tok = toks.get(i)?;
    let d = num_value(Some(tok))?;
    let text = &t[tok.start..tok.end];
    let (whole, fraction) = match text.find(['.', ',']) {
        Some(k) => (&text[..k], &text[k + 1..]),
        None => (text, ""),
    };
    if !whole.bytes().all(|b| b.is_ascii_digit()) || d < Decimal::ZERO {
        return None;
    }
    let h = whole.parse::<u16>().ok()?;
    let (m, used) = if fraction.is_empty() {
        // "8:00": minutes after a colon glued to the hour.
        match (toks.get(i + 1), toks.get(i + 2)) {
            (Some(colon), Some(mt)) if colon.tok == Tok::Sym(':') && colon.glued && mt.glued => {
                (t[mt.start..mt.end].parse::<u16>().ok()?, 3)
            }
            _ => (0, 1),
        }
    } else if fraction.len() == 2 {
        // "8.30": the minutes after the dot, the way Polish timetables write them.
        (fraction.parse::<u16>().ok()?, 1)
    } else {
        return None;
    };
    (h <= 24 && m < 60 && (h < 24 || m == 0)).then(|| (h * 60 + m, used))
}

/// Hours of a window at `i`: "8–16", "9:00–17:00", "w godz. 8-16", "od 8 do 16".
fn hours_at(toks: &[Token], t: &str, i: usize) -> Option<((u16, u16), usize)> {
    let lead = HOURS_LEADS.longest(toks, i).map_or(0, |(l, ())| l);
    let (from, a) = clock_time(toks, t, i + lead)?;
    let k = i + lead + a;
    let (sep, ()) = RANGE_SEPS.longest(toks, k)?;
    let (to, b) = clock_time(toks, t, k + sep)?;
    // "do 8 - 16" is not a window; a window opens before it closes.
    (from < to).then_some(((from, to), lead + a + sep + b))
}

/// Days of a window at `i`: "pn–pt", "pon.-pt.", "od poniedziałku do piątku", "Mon–Fri".
fn days_at(toks: &[Token], i: usize) -> Option<([bool; 7], usize)> {
    let od = usize::from(
        toks.get(i)
            .is_some_and(|t| t.tok == Tok::Word && HOURS_LEADS.longest(toks, i) == Some((1, ()))),
    );
    let (l1, first) = DAYS.longest(toks, i + od)?;
    let k = i + od + l1;
    let sep = RANGE_SEPS
        .longest(toks, k)
        .or_else(|| DAY_SEPS.longest(toks, k))
        .map(|(l, ())| l)?;
    let (l2, last) = DAYS.longest(toks, k + sep)?;
    let mut days = [false; 7];
    let (first, last) = (usize::from(first), usize::from(last));
    let mut d = first;
    loop {
        days[d] = true;
        if d == last {
            break;
        }
        d = (d + 1) % 7;
    }
    Some((days, od + l1 + sep + l2))
}

/// A window at token `i`: (the window, tokens used).
fn window_at(toks: &[Token], t: &str, i: usize) -> Option<(Window, usize)> {
    if let Some(len) = twenty_four_seven(toks, i) {
        return Some((Window::ALWAYS, len));
    }
    if let Some((len, ())) = ALWAYS.longest(toks, i) {
        return Some((Window::ALWAYS, len));
    }
    // Hours before the days: "8–16 pn–pt".
    if let Some(((from, to), l)) = hours_at(toks, t, i)
        && let Some((days, d)) = days_at(toks, i + l)
    {
        let window = Window {
            days,
            from,
            to,
            assumed: false,
        };
        return Some((window, l + d));
    }
    let (days, mut len, mut assumed) = if let Some((len, ())) = OFFICE.longest(toks, i) {
        (Window::OFFICE.days, len, true)
    } else {
        let (days, len) = days_at(toks, i)?;
        (days, len, true)
    };
    let (mut from, mut to) = (Window::OFFICE.from, Window::OFFICE.to);
    if let Some(((f, e), l)) = hours_at(toks, t, i + len) {
        (from, to, assumed) = (f, e, false);
        len += l;
    }
    Some((
        Window {
            days,
            from,
            to,
            assumed,
        },
        len,
    ))
}

/// Whether a window (or the time outside one) may be written among the tokens: one of them
/// starts a window phrase, or is the '/' of "24/7". Most cells have none, and this spares them
/// the phrase search.
pub(super) fn may_hold_window(toks: &[Token]) -> bool {
    static STARTS: OnceLock<Vec<bool>> = OnceLock::new();
    let starts = STARTS.get_or_init(|| {
        let mut starts = vec![false; usize::from(NO_ATOM) + 1];
        let words = ALWAYS
            .first_words()
            .chain(OFFICE.first_words())
            .chain(DAYS.first_words())
            .chain(HOURS_LEADS.first_words())
            .chain(OUTSIDE.first_words());
        for w in words {
            starts[usize::from(table_atom(w))] = true;
        }
        starts
    });
    toks.iter()
        .any(|t| t.tok == Tok::Sym('/') || (t.atom != NO_ATOM && starts[usize::from(t.atom)]))
}

/// Takes a service window out of a cell's tokens: the window with a note, and the tokens
/// left to read the time from. `None` when the cell names no window.
pub(super) fn take_window(toks: &[Token], t: &str) -> Option<(Window, Msg, Vec<Token>)> {
    let mut i = 0;
    while i < toks.len() {
        if let Some((window, len)) = window_at(toks, t, i) {
            let written = quote(span(t, toks, i, len)).to_string();
            let mut rest = toks[..i].to_vec();
            rest.extend_from_slice(&toks[i + len..]);
            // What separated the window from the time: "8–16 pn–pt, 2 h".
            let lead = rest
                .iter()
                .take_while(|tok| matches!(tok.tok, Tok::Sym(c) if is_punct(c)))
                .count();
            rest.drain(..lead);
            let note = Msg::new(if window.assumed {
                "note-window-assumed"
            } else {
                "note-window"
            })
            .with("written", written)
            .msg("window", window.label());
            return Some((window, note, rest));
        }
        i += 1;
    }
    None
}

const A_WINDOW: &str = "value-a-window";

/// A cell that names when a service works ("24/7", "w dni robocze 8–16"): the window, valued
/// as the expected wait in hours until it opens (0 around the clock), with the window kept and
/// the reading noted. Words beside the window are noted as ignored.
pub(crate) fn parse_window(text: &str) -> Result<Reading<Decimal>, ValueError> {
    let t = prepare(text, A_WINDOW)?;
    let toks = tokenize(t);
    let found = if may_hold_window(&toks) {
        take_window(&toks, t)
    } else {
        None
    };
    let Some((window, note, rest)) = found else {
        return Err(expected(A_WINDOW, t));
    };
    let hours = (window.expected_wait_minutes() / Decimal::from(60))
        .round_dp(2)
        .normalize();
    let mut notes = vec![note];
    if !window.is_always() {
        notes.push(Msg::new("note-window-wait").dec("hours", hours));
    }
    let left: Vec<&str> = rest
        .iter()
        .filter(|tok| matches!(tok.tok, Tok::Num(_) | Tok::Word))
        .map(|tok| &t[tok.start..tok.end])
        .collect();
    if !left.is_empty() {
        notes.push(Msg::new("note-ignored").with("words", quoted(&left.join(" "))));
    }
    let mut reading = Reading::new(hours, notes);
    reading.window = Some(window);
    Ok(reading)
}
