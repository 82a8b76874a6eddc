//! The shared reader of "a number with qualifiers": bound words before it, multiplier words
//! (`tys.`, `mln`), a range read as its upper end, phrases a reader recognizes around it
//! (its roles) and a note quoting whatever else was ignored.

use crate::i18n::Msg;
use rust_decimal::Decimal;

use super::lexer::{Tok, Token, is_punct, tokenize};
use super::lexicon::{Bound, PREFIXES, Phrases, RANGE_SEPS, Tax, span};
use super::literal::{Policy, resolve};
use super::{ValueError, expected, prepare, quoted, several_numbers};
use crate::criteria::Period;
use crate::text::chars::is_blank;

/// "1,5 tys. zł" is 1500 zł: ignoring the word would make an offer look a thousand times cheaper.
pub(super) static MULTIPLIERS: Phrases<i64> = Phrases::new(&[
    (&["tys"], 1_000),
    (&["tysiac"], 1_000),
    (&["tysiace"], 1_000),
    (&["tysiecy"], 1_000),
    (&["thousand"], 1_000),
    (&["k"], 1_000),
    (&["mln"], 1_000_000),
    (&["milion"], 1_000_000),
    (&["miliony"], 1_000_000),
    (&["milionow"], 1_000_000),
    (&["million"], 1_000_000),
]);

/// Applies a multiplier word at token `i`, if any; returns the value and the tokens used.
fn multiplied(
    toks: &[Token],
    t: &str,
    i: usize,
    value: Decimal,
    notes: &mut Vec<Msg>,
) -> Result<(Decimal, usize), ValueError> {
    let Some((len, factor)) = MULTIPLIERS.longest(toks, i) else {
        return Ok((value, 0));
    };
    let value = value.checked_mul(Decimal::from(factor)).ok_or_else(|| {
        ValueError::new(Msg::new("value-number-out-of-range").with("found", quoted(t)))
    })?;
    notes.push(
        Msg::new("note-multiplier")
            .with("words", quoted(span(t, toks, i, len)))
            .with("factor", factor.to_string()),
    );
    Ok((value, len))
}

/// What a recognized phrase around a number says.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Role {
    Currency(&'static str),
    Tax(Tax),
    Period(Period),
    Percent,
}

type Roles = fn(&[Token], usize) -> Option<(usize, Role)>;

pub(super) fn no_roles(_: &[Token], _: usize) -> Option<(usize, Role)> {
    None
}

/// Prefix words ("ok.", "do", "≥") and recognized roles before the first number.
pub(super) fn read_lead<'a>(
    toks: &[Token],
    t: &'a str,
    roles: Roles,
    found: &mut Vec<(Role, &'a str)>,
) -> (Vec<(Bound, &'a str)>, usize) {
    let mut bounds = Vec::new();
    let mut i = 0;
    while let Some(tok) = toks.get(i) {
        if matches!(tok.tok, Tok::Num(_)) {
            break;
        }
        match (PREFIXES.longest(toks, i), roles(toks, i)) {
            (Some((bl, b)), r) if r.is_none_or(|(rl, _)| bl >= rl) => {
                bounds.push((b, span(t, toks, i, bl)));
                i += bl;
            }
            (_, Some((rl, r))) => {
                found.push((r, span(t, toks, i, rl)));
                i += rl;
            }
            _ => break,
        }
    }
    (bounds, i)
}

pub(super) fn bound_notes(bounds: &[(Bound, &str)]) -> Vec<Msg> {
    bounds
        .iter()
        .map(|(b, s)| {
            Msg::new(match b {
                Bound::About => "note-approximate",
                Bound::AtMost => "note-upper-bound",
                Bound::AtLeast => "note-lower-bound",
            })
            .with("words", quoted(s))
        })
        .collect()
}

/// Collects runs of unrecognized tokens after the value, to quote them in one note.
#[derive(Default)]
pub(super) struct Ignored {
    spans: Vec<(usize, usize)>,
    run: Option<(usize, usize, bool)>,
}

impl Ignored {
    pub(super) fn push(&mut self, tok: &Token) {
        // A stray bracket or comma is not worth a note; a word is, and so is a footnote star
        // ("1 h*": see the conditions).
        let meaningful = !matches!(tok.tok, Tok::Sym(c) if is_punct(c) && c != '*');
        self.run = Some(match self.run {
            Some((s, _, m)) => (s, tok.end, m || meaningful),
            None => (tok.start, tok.end, meaningful),
        });
    }

    fn flush(&mut self) {
        if let Some((s, e, true)) = self.run.take() {
            self.spans.push((s, e));
        }
    }

    pub(super) fn note(mut self, t: &str) -> Option<Msg> {
        self.flush();
        if self.spans.is_empty() {
            return None;
        }
        let quoted: Vec<Msg> = self
            .spans
            .iter()
            .map(|&(s, e)| Msg::new("note-quoted").with("words", quoted(tidy(&t[s..e]))))
            .collect();
        Some(Msg::new("note-ignored-words").joined("words", quoted, ", "))
    }
}

/// Drops separators and unpaired brackets at the ends of an ignored run: "za pakiet (" ->
/// "za pakiet", while "(P1)" stays whole.
fn tidy(s: &str) -> &str {
    let mut s = s;
    loop {
        let before = s.len();
        s = s.trim_matches(|c: char| is_blank(c) || matches!(c, ',' | ';' | ':'));
        s = s
            .trim_end_matches(['(', '['])
            .trim_start_matches([')', ']']);
        if s.starts_with('(') && !s.contains(')') {
            s = &s[1..];
        }
        if s.ends_with(')') && !s.contains('(') {
            s = &s[..s.len() - 1];
        }
        if s.len() == before {
            return s;
        }
    }
}

pub(super) struct Quantity<'a> {
    pub(super) value: Decimal,
    pub(super) notes: Vec<Msg>,
    /// Recognized phrases with the text they span.
    pub(super) found: Vec<(Role, &'a str)>,
    /// The qualifier written before the number, if any ("od 1200 zł": at least).
    pub(super) bound: Option<Bound>,
    /// The lower end of a range, when one was written (`value` is the upper end).
    pub(super) low: Option<Decimal>,
}

/// One number (or a range, read as its upper bound), with prefix words before it and
/// phrases recognized by `roles` anywhere around it; other trailing words are noted.
pub(super) fn read_quantity<'a>(
    text: &'a str,
    what: &'static str,
    roles: Roles,
    policy: Policy,
) -> Result<Quantity<'a>, ValueError> {
    let t = prepare(text, what)?;
    if t.len() <= 18 && t.bytes().all(|b| b.is_ascii_digit()) {
        // A plain whole number, the commonest cell: nothing for the word machinery to do.
        let value = t.bytes().fold(0u64, |v, d| v * 10 + u64::from(d - b'0'));
        return Ok(Quantity {
            value: Decimal::from(value),
            notes: Vec::new(),
            found: Vec::new(),
            bound: None,
            low: None,
        });
    }
    let toks = tokenize(t);
    let mut found = Vec::new();
    let mut notes = Vec::new();
    let (mut bounds, mut i) = read_lead(&toks, t, roles, &mut found);
    let Some(first) = toks.get(i) else {
        return Err(expected(what, t));
    };
    let Tok::Num(lit) = &first.tok else {
        return Err(expected(what, t));
    };
    let value = resolve(lit, &t[first.start..first.end], policy, &mut notes)?;
    let (mut value, used) = multiplied(&toks, t, i + 1, value, &mut notes)?;
    let mut low = None;
    i += 1 + used;
    // A unit may sit between the ends of a range: "800 zł – 1 000 zł", "99,5 % – 99,9 %".
    let mut j = i;
    while let Some((len, role)) = roles(&toks, j) {
        found.push((role, span(t, &toks, j, len)));
        j += len;
    }
    i = j;
    if let Some((len, ())) = RANGE_SEPS.longest(&toks, j)
        && let Some(second) = toks.get(j + len)
        && let Tok::Num(lit2) = &second.tok
    {
        let upper = resolve(lit2, &t[second.start..second.end], policy, &mut notes)?;
        let (upper, used) = multiplied(&toks, t, j + len + 1, upper, &mut notes)?;
        // The upper end is the safe reading of a promise such as "2–4 h"; where more is
        // better the caller takes the lower one.
        low = Some(value.min(upper));
        value = value.max(upper);
        notes.push(Msg::new("note-range-upper").with("range", quoted(&t[first.start..second.end])));
        bounds.retain(|(b, _)| *b != Bound::AtLeast);
        i = j + len + 1 + used;
    }
    let mut ignored = Ignored::default();
    while let Some(tok) = toks.get(i) {
        if let Some((len, role)) = roles(&toks, i) {
            ignored.flush();
            found.push((role, span(t, &toks, i, len)));
            i += len;
            continue;
        }
        if matches!(tok.tok, Tok::Num(_)) {
            return Err(several_numbers(what, t));
        }
        ignored.push(tok);
        i += 1;
    }
    let mut all = bound_notes(&bounds);
    all.append(&mut notes);
    all.extend(ignored.note(t));
    Ok(Quantity {
        value,
        notes: all,
        found,
        bound: bounds.first().map(|(b, _)| *b),
        low,
    })
}
