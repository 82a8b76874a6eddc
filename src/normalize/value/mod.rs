//! Reads the text vendors type into spreadsheet cells, in Polish and English: missing markers,
//! numbers, money, percentages, durations, yes/no, years and choices. Also owns the label form
//! used to compare headers, and Polish number formatting. Pure: no IO.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt::{self, Write as _};
use std::hash::{BuildHasherDefault, Hasher};
use std::str::FromStr;
use std::sync::OnceLock;

use rust_decimal::{Decimal, RoundingStrategy};

/// A value read from a cell, with notes worth showing the user
/// (e.g. "net: 'netto'", "upper bound of the range '2–4 h' taken", "approximate: 'ok.'").
#[derive(Debug, Clone, PartialEq)]
pub struct Reading<T> {
    /// The value read.
    pub value: T,
    /// What was assumed or ignored while reading, in words a user understands.
    pub notes: Vec<String>,
}

/// Why a cell could not be read: a sentence fragment a user understands, naming what was
/// expected and quoting what was found, e.g. "expected a duration such as '15 min' or '2 h',
/// found 'szybko'".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueError {
    /// The explanation, ready to show.
    pub message: String,
}

impl ValueError {
    fn new(message: impl Into<String>) -> Self {
        ValueError {
            message: message.into(),
        }
    }
}

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ValueError {}

/// The unit a duration criterion is expressed in (the criteria file's `unit` key).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimeUnit {
    /// Minutes (`"min"`).
    Minute,
    /// Hours (`"h"`).
    Hour,
    /// Days (`"d"`).
    Day,
}

impl TimeUnit {
    /// The unit named by a criteria file's `unit` key: exactly `"min"`, `"h"` or `"d"`.
    pub fn from_key(s: &str) -> Option<TimeUnit> {
        match s {
            "min" => Some(TimeUnit::Minute),
            "h" => Some(TimeUnit::Hour),
            "d" => Some(TimeUnit::Day),
            _ => None,
        }
    }

    /// The criteria file's key for this unit: `"min"`, `"h"` or `"d"`.
    pub fn key(self) -> &'static str {
        match self {
            TimeUnit::Minute => "min",
            TimeUnit::Hour => "h",
            TimeUnit::Day => "d",
        }
    }

    /// How many minutes one of this unit lasts: 1, 60 or 1440.
    pub fn minutes(self) -> Decimal {
        Decimal::from(self.seconds() / MINUTE)
    }

    fn seconds(self) -> i64 {
        match self {
            TimeUnit::Minute => MINUTE,
            TimeUnit::Hour => HOUR,
            TimeUnit::Day => DAY,
        }
    }
}

/// Whether a price includes VAT.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tax {
    /// Without VAT (`netto`, `+ VAT`).
    Net,
    /// With VAT (`brutto`, `z VAT`).
    Gross,
}

/// An amount of money as typed in a cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Money {
    /// The amount, exactly as written (`1 234,50 zł` keeps its two decimals).
    pub amount: Decimal,
    /// ISO code of the currency named in the cell: "PLN", "EUR", "USD", "GBP" or "CHF".
    pub currency: Option<&'static str>,
    /// Net or gross, when the cell says.
    pub tax: Option<Tax>,
}

const A_NUMBER: &str = "a number such as '12' or '1 234,5'";
const AN_AMOUNT: &str = "an amount such as '1 234,50 zł' or '800 PLN netto'";
const A_PERCENT: &str = "a percentage such as '99,9 %'";
const A_DURATION: &str = "a duration such as '15 min' or '2 h'";
const A_YEAR: &str = "a year such as '2021'";
const YES_NO: &str = "yes/no (tak/nie)";

/// Longer cells are prose, not values; the cap also keeps every reader cheap on hostile input.
const MAX_CHARS: usize = 1000;
const QUOTE_CHARS: usize = 60;

const SECOND: i64 = 1;
const MINUTE: i64 = 60;
const HOUR: i64 = 3_600;
const DAY: i64 = 86_400;
const WEEK: i64 = 604_800;

// ---------------------------------------------------------------------------------------------
// Text helpers

fn is_blank(c: char) -> bool {
    // Zero-width characters and the BOM survive copy-paste from web pages and Word.
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}')
}

/// `char::is_alphabetic`, quick for the Latin letters (Polish ones among them) cells hold.
fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        // Latin-1 Supplement and Latin Extended-A: all letters but these two signs.
        '\u{C0}'..='\u{17F}' => !matches!(c, '×' | '÷'),
        c => c.is_alphabetic(),
    }
}

fn is_combining(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// Trims blanks and Excel's leading text apostrophe (`'123` is how Excel stores text "123").
fn clean(text: &str) -> &str {
    let t = text.trim_start_matches(is_blank);
    let t = t.strip_prefix('\'').unwrap_or(t);
    t.trim_matches(is_blank)
}

/// Lowercase with diacritics folded: "Łódź" -> "lodz".
fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_each(s, |c| out.push(c));
    out
}

/// `fold`, one char at a time, so callers can fold without allocating.
fn fold_each(s: &str, mut out: impl FnMut(char)) {
    for c in s.chars() {
        if c.is_ascii() {
            out(c.to_ascii_lowercase());
            continue;
        }
        for l in c.to_lowercase() {
            match l {
                c if is_combining(c) => {}
                'ą' | 'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' => out('a'),
                'ć' | 'ç' | 'č' => out('c'),
                'ę' | 'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ě' => out('e'),
                'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => out('i'),
                'ł' | 'ľ' | 'ĺ' => out('l'),
                'ń' | 'ñ' | 'ň' => out('n'),
                'ó' | 'ò' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => out('o'),
                'ś' | 'š' | 'ş' => out('s'),
                'ź' | 'ż' | 'ž' => out('z'),
                'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => out('u'),
                'ý' | 'ÿ' => out('y'),
                'ř' => out('r'),
                'ď' | 'đ' => out('d'),
                'ť' => out('t'),
                'ğ' => out('g'),
                'ß' => {
                    out('s');
                    out('s');
                }
                'æ' => {
                    out('a');
                    out('e');
                }
                'œ' => {
                    out('o');
                    out('e');
                }
                other => out(other),
            }
        }
    }
}

/// A text of at most `N` bytes built on the stack, to fold a word or a short cell without
/// allocating.
struct ShortStr<const N: usize> {
    bytes: [u8; N],
    len: usize,
    overflow: bool,
}

impl<const N: usize> ShortStr<N> {
    fn new() -> Self {
        ShortStr {
            bytes: [0; N],
            len: 0,
            overflow: false,
        }
    }

    fn push(&mut self, c: char) {
        let end = self.len + c.len_utf8();
        if end > N {
            self.overflow = true;
        } else {
            c.encode_utf8(&mut self.bytes[self.len..end]);
            self.len = end;
        }
    }

    /// The text, unless it did not fit.
    fn get(&self) -> Option<&str> {
        std::str::from_utf8(self.bytes()?).ok()
    }

    /// The text's UTF-8 bytes, unless it did not fit.
    fn bytes(&self) -> Option<&[u8]> {
        (!self.overflow).then(|| &self.bytes[..self.len])
    }
}

/// Calls `f` with `fold(s)`, built on the stack when it is short.
fn with_fold<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    const N: usize = 128;
    if s.len() <= N {
        let mut short = ShortStr::<N>::new();
        fold_each(s, |c| short.push(c));
        if let Some(folded) = short.get() {
            return f(folded);
        }
    }
    f(&fold(s))
}

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

fn expected(what: &str, found: &str) -> ValueError {
    ValueError::new(format!("expected {what}, found '{}'", quote(found)))
}

fn several_numbers(what: &str, found: &str) -> ValueError {
    ValueError::new(format!(
        "expected {what}, found several numbers in '{}'",
        quote(found)
    ))
}

/// The cleaned text, or why there is nothing worth reading in it.
fn prepare<'a>(text: &'a str, what: &str) -> Result<&'a str, ValueError> {
    let t = clean(text);
    if t.is_empty() {
        return Err(ValueError::new(format!(
            "expected {what}, found an empty cell"
        )));
    }
    // A char takes at least a byte: most cells need no count.
    if t.len() > MAX_CHARS {
        let n = t.chars().count();
        if n > MAX_CHARS {
            return Err(ValueError::new(format!(
                "expected {what}, found a text of {n} characters"
            )));
        }
    }
    Ok(t)
}

// ---------------------------------------------------------------------------------------------
// Missing markers

const MISSING: &[&str] = &[
    "brak",
    "brakdanych",
    "brakinformacji",
    "b/d",
    "b.d",
    "bd",
    "n/d",
    "n.d",
    "nd",
    "n/a",
    "n.a",
    "na",
    "none",
    "niedotyczy",
    "notapplicable",
];

/// Whether a cell says "no value": empty or blank, a dash (`-`, `--`, `–`, `—`), `?`, or one of
/// `brak`, `brak danych`, `b/d`, `n/d`, `nd`, `n/a`, `na`, `none`, `nie dotyczy`
/// (case- and diacritics-insensitive, surrounding punctuation such as a trailing '.' ignored).
pub fn is_missing(text: &str) -> bool {
    let t = clean(text);
    if t.is_empty() {
        return true;
    }
    // Every marker is short and has no digit: no need to fold a long text or a number.
    if t.len() > 64 || t.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    // Each letter stays a letter when folded: more than the longest marker's 14 is prose.
    if t.chars()
        .filter(|&c| is_letter(c) && !is_combining(c))
        .nth(14)
        .is_some()
    {
        return false;
    }
    let mut short = ShortStr::<256>::new();
    fold_each(t, |c| {
        if !is_blank(c) {
            short.push(c);
        }
    });
    let long: String;
    let compact = match short.get() {
        Some(compact) => compact,
        None => {
            long = fold(t).chars().filter(|&c| !is_blank(c)).collect();
            &long
        }
    };
    let core = compact.trim_matches(|c: char| {
        matches!(
            c,
            '.' | ','
                | ';'
                | ':'
                | '!'
                | '('
                | ')'
                | '['
                | ']'
                | '"'
                | '\''
                | '*'
                | '„'
                | '”'
                | '“'
        )
    });
    core.is_empty()
        || core
            .chars()
            .all(|c| matches!(c, '-' | '–' | '—' | '‒' | '―' | '\u{2212}'))
        || core.chars().all(|c| c == '?')
        || MISSING.contains(&core)
}

// ---------------------------------------------------------------------------------------------
// Tokens

/// What a run of digits and separators means.
#[derive(Debug, Clone, PartialEq)]
enum Lit {
    Value(Decimal),
    /// `1,234`: a thousands separator or a decimal one; the caller decides or refuses.
    Ambiguous {
        thousands: Decimal,
        decimal: Decimal,
        sep: char,
    },
    Malformed,
    OutOfRange,
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(Lit),
    /// Letters ("godz", "zł"), or a single letter glued to digits ("p1").
    Word,
    Sym(char),
}

#[derive(Debug, Clone)]
struct Token {
    tok: Tok,
    /// The folded word, the symbol, or `NUM_ATOM` for a number: what phrases are matched on.
    atom: Atom,
    /// Byte span in the cleaned text, for quoting; a word's span includes its abbreviation dot.
    start: usize,
    end: usize,
    /// No blank between this token and the previous one.
    glued: bool,
}

fn is_sign(c: char) -> bool {
    matches!(c, '-' | '+' | '\u{2212}')
}

fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}')
}

fn is_punct(c: char) -> bool {
    matches!(
        c,
        ',' | ';'
            | ':'
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '"'
            | '\''
            | '„'
            | '”'
            | '“'
            | '«'
            | '»'
            | '*'
            | '!'
            | '?'
    )
}

fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    // Positions are byte offsets, always at char boundaries.
    let ch = |k: usize| char_at(text, k);
    let digit_at = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_digit);
    let mut toks: Vec<Token> = Vec::with_capacity(8);
    let mut i = 0;
    let mut gap = true;
    let mut seen_num = false;
    while let Some(c) = ch(i) {
        let next = i + c.len_utf8();
        if is_blank(c) {
            gap = true;
            i = next;
            continue;
        }
        let glued = !gap;
        gap = false;
        // After a number a dash separates a range ("2-4"), it is not a sign.
        let signed = is_sign(c)
            && !seen_num
            && (digit_at(next)
                || (toks.is_empty()
                    && matches!(bytes.get(next), Some(b'.' | b','))
                    && digit_at(next + 1)));
        let leading_point = matches!(c, '.' | ',') && toks.is_empty() && digit_at(next);
        if c.is_ascii_digit() || signed || leading_point {
            let (lit, end) = scan_number(text, i);
            toks.push(Token {
                tok: Tok::Num(lit),
                atom: NUM_ATOM,
                start: i,
                end,
                glued,
            });
            seen_num = true;
            i = end;
            continue;
        }
        if is_letter(c) {
            let mut j = next;
            while let Some(c) = ch(j)
                && (is_letter(c) || is_combining(c))
            {
                j += c.len_utf8();
            }
            // "P1", "x2" name things; but in "1h30m" the "h" is a unit closing the number
            // before it, and the digits after it are the next number.
            let after_num = glued
                && matches!(
                    toks.last(),
                    Some(Token {
                        tok: Tok::Num(_),
                        ..
                    })
                );
            if j == next && !after_num && digit_at(j) {
                while bytes.get(j).is_some_and(u8::is_ascii_alphanumeric) {
                    j += 1;
                }
            }
            let end = if bytes.get(j) == Some(&b'.') {
                j + 1
            } else {
                j
            };
            toks.push(Token {
                tok: Tok::Word,
                atom: word_atom(&text[i..j]),
                start: i,
                end,
                glued,
            });
            i = end;
            continue;
        }
        if c != '.' {
            toks.push(Token {
                tok: Tok::Sym(c),
                atom: atom(c.encode_utf8(&mut [0; 4])),
                start: i,
                end: next,
                glued,
            });
        }
        i = next;
    }
    toks
}

/// The char starting at byte `k` (a char boundary) of `text`.
fn char_at(text: &str, k: usize) -> Option<char> {
    match text.as_bytes().get(k) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => text[k..].chars().next(),
    }
}

/// The digit groups and separators of a number literal, as much as `analyse` needs of them.
#[derive(Default)]
struct Shape {
    /// Byte offsets: where the first group starts, where the last one starts and ends.
    start: usize,
    last_start: usize,
    end: usize,
    groups: usize,
    first_len: usize,
    last_len: usize,
    /// Some group between the first and the last is not three digits long.
    odd_inner: bool,
    first_sep: Option<char>,
    last_sep: Option<char>,
    /// The separators before the last one are not all the same.
    mixed: bool,
    points: usize,
    commas: usize,
}

impl Shape {
    fn at(start: usize) -> Shape {
        Shape {
            start,
            ..Shape::default()
        }
    }

    /// Adds the group of digits at bytes `start..end`.
    fn group(&mut self, start: usize, end: usize) {
        if self.groups >= 2 && self.last_len != 3 {
            self.odd_inner = true;
        }
        if self.groups == 0 {
            self.first_len = end - start;
        }
        self.groups += 1;
        self.last_start = start;
        self.last_len = end - start;
        self.end = end;
    }

    fn sep(&mut self, c: char) {
        if let Some(prev) = self.last_sep
            && Some(prev) != self.first_sep
        {
            self.mixed = true;
        }
        self.first_sep.get_or_insert(c);
        self.last_sep = Some(c);
        match c {
            '.' => self.points += 1,
            ',' => self.commas += 1,
            _ => {}
        }
    }
}

/// Reads one number literal starting at byte `start` (a digit, a sign or a leading point);
/// returns what it means and the byte offset just after it.
fn scan_number(text: &str, start: usize) -> (Lit, usize) {
    let bytes = text.as_bytes();
    let ch = |k: usize| char_at(text, k);
    let digit_at = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_digit);
    let digits_end = |k: usize| k + bytes[k..].iter().take_while(|b| b.is_ascii_digit()).count();
    let mut i = start;
    let mut neg = false;
    if let Some(c) = ch(i)
        && is_sign(c)
    {
        neg = c != '+';
        i += c.len_utf8();
    }
    let mut shape = Shape::at(i);
    if let Some(&b @ (b'.' | b',')) = bytes.get(i) {
        shape.group(i, i);
        shape.sep(char::from(b));
        i += 1;
    }
    let end = digits_end(i);
    shape.group(i, end);
    i = end;
    loop {
        match ch(i) {
            Some(c @ ('.' | ',')) if digit_at(i + 1) => {
                shape.sep(c);
                let end = digits_end(i + 1);
                shape.group(i + 1, end);
                i = end;
            }
            Some(c) if is_group_space(c) || matches!(c, '\'' | '’') => {
                // A blank is a thousands separator only between groups of three digits
                // ("1 234 567"); otherwise it separates two numbers ("1 h 30 min", "2 4").
                let fits = if shape.groups == 1 {
                    (1..=3).contains(&shape.last_len)
                } else {
                    shape.last_len == 3
                };
                let next = i + c.len_utf8();
                let end = digits_end(next);
                if fits && end - next == 3 && shape.points + shape.commas == 0 {
                    shape.sep(if is_group_space(c) { ' ' } else { '\'' });
                    shape.group(next, end);
                    i = end;
                } else {
                    break;
                }
            }
            _ => break,
        }
    }
    // "800,-": the Polish price style for "no decimals".
    let mut dash = false;
    if let Some(&b @ (b'.' | b',')) = bytes.get(i)
        && let Some(d @ ('-' | '–' | '—')) = ch(i + 1)
        && !digit_at(i + 1 + d.len_utf8())
    {
        i += 1 + d.len_utf8();
        shape.sep(char::from(b));
        shape.group(i, i);
        dash = true;
    }
    let mut exp = None;
    if !dash && matches!(bytes.get(i), Some(b'e' | b'E')) {
        let mut k = i + 1;
        let mut eneg = false;
        if let Some(c) = ch(k)
            && is_sign(c)
        {
            eneg = c != '+';
            k += c.len_utf8();
        }
        if digit_at(k) {
            let end = digits_end(k);
            let e = (end - k <= 4).then(|| {
                let e = bytes[k..end]
                    .iter()
                    .fold(0i32, |e, d| e * 10 + i32::from(d - b'0'));
                if eneg { -e } else { e }
            });
            exp = Some(e);
            i = end;
        }
    }
    (analyse(text, &shape, dash, neg, exp), i)
}

/// Decides which separators group thousands and which one marks decimals.
fn analyse(text: &str, shape: &Shape, dash: bool, neg: bool, exp: Option<Option<i32>>) -> Lit {
    let mut ambiguous = None;
    // Integer digits (separators among them are skipped) and fraction digits.
    let (int, frac) = match shape.last_sep {
        None => (&text[shape.start..shape.end], ""),
        Some(last) => {
            let decimal = match last {
                '.' => shape.points == 1,
                ',' => shape.commas == 1,
                _ => false,
            };
            // All separators but the decimal one group thousands, and must be the same.
            if shape.mixed || (!decimal && shape.first_sep != Some(last)) {
                return Lit::Malformed;
            }
            if decimal
                && shape.groups == 2
                && !dash
                && shape.last_len == 3
                && (1..=3).contains(&shape.first_len)
                && text.as_bytes()[shape.start] != b'0'
            {
                ambiguous = Some(last);
            }
            let int_groups = if decimal {
                shape.groups - 1
            } else {
                shape.groups
            };
            if int_groups > 1
                && (!(1..=3).contains(&shape.first_len)
                    || shape.odd_inner
                    || (!decimal && shape.last_len != 3))
            {
                return Lit::Malformed;
            }
            if decimal {
                (
                    &text[shape.start..shape.last_start],
                    &text[shape.last_start..shape.end],
                )
            } else {
                (&text[shape.start..shape.end], "")
            }
        }
    };
    let finish = |int: &[&str], frac: &str| -> Option<Decimal> {
        let v = to_decimal(int, frac)?;
        let v = match exp {
            None => v,
            Some(e) => scale10(v, e?)?,
        };
        Some(if neg { -v } else { v })
    };
    match ambiguous {
        None => finish(&[int], frac).map_or(Lit::OutOfRange, Lit::Value),
        Some(sep) => match (finish(&[int, frac], ""), finish(&[int], frac)) {
            (Some(thousands), Some(decimal)) => Lit::Ambiguous {
                thousands,
                decimal,
                sep,
            },
            _ => Lit::OutOfRange,
        },
    }
}

/// The number whose integer digits are those of `int` (anything else in it skipped) and whose
/// fraction digits are `frac`.
fn to_decimal(int: &[&str], frac: &str) -> Option<Decimal> {
    // Significant integer digits: their count, and their value while it is exact.
    let mut mantissa: u128 = 0;
    let mut int_len = 0;
    for &d in int.iter().flat_map(|part| part.as_bytes()) {
        if d.is_ascii_digit() && (int_len > 0 || d != b'0') {
            int_len += 1;
            if int_len <= 28 {
                mantissa = mantissa * 10 + u128::from(d - b'0');
            }
        }
    }
    if int_len > 29 {
        return None;
    }
    // Digits beyond Decimal's precision cannot matter; the slice is ASCII digits.
    let frac = &frac[..frac.len().min(28)];
    if int_len + frac.len() <= 28 {
        // Fewer than 29 digits always fit Decimal's 96-bit mantissa: exact, no rounding.
        for &d in frac.as_bytes() {
            mantissa = mantissa * 10 + u128::from(d - b'0');
        }
        return Decimal::try_from_i128_with_scale(mantissa as i128, frac.len() as u32).ok();
    }
    let int: String = int
        .iter()
        .flat_map(|part| part.chars())
        .filter(char::is_ascii_digit)
        .skip_while(|&d| d == '0')
        .collect();
    let int = if int.is_empty() { "0" } else { &int };
    if frac.is_empty() {
        Decimal::from_str(int).ok()
    } else {
        Decimal::from_str(&format!("{int}.{frac}")).ok()
    }
}

fn scale10(v: Decimal, e: i32) -> Option<Decimal> {
    if v.is_zero() {
        return Some(v);
    }
    if e.unsigned_abs() > 60 {
        return None;
    }
    let mut v = v;
    for _ in 0..e.unsigned_abs() {
        v = if e > 0 {
            v.checked_mul(Decimal::TEN)?
        } else {
            v.checked_div(Decimal::TEN)?
        };
    }
    Some(v)
}

/// How a reader treats `1,234`.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Policy {
    Reject,
    Decimal,
    Thousands,
}

fn resolve(
    lit: &Lit,
    lit_text: &str,
    policy: Policy,
    notes: &mut Vec<String>,
) -> Result<Decimal, ValueError> {
    match *lit {
        Lit::Value(v) => Ok(v),
        Lit::Ambiguous {
            thousands,
            decimal,
            sep,
        } => match policy {
            Policy::Reject => Err(ambiguous(lit_text, thousands, decimal, sep)),
            Policy::Decimal => {
                notes.push(format!(
                    "'{}' read as {decimal} ('{sep}' as the decimal separator)",
                    quote(lit_text)
                ));
                Ok(decimal)
            }
            Policy::Thousands => {
                notes.push(format!(
                    "'{}' read as {thousands} ('{sep}' as a thousands separator)",
                    quote(lit_text)
                ));
                Ok(thousands)
            }
        },
        Lit::Malformed => Err(ValueError::new(format!(
            "malformed number '{}': thousands separators must split the digits into groups of three, \
             and only the last '.' or ',' may be the decimal separator",
            quote(lit_text)
        ))),
        Lit::OutOfRange => Err(ValueError::new(format!(
            "number '{}' is out of range",
            quote(lit_text)
        ))),
    }
}

fn ambiguous(lit_text: &str, thousands: Decimal, decimal: Decimal, sep: char) -> ValueError {
    let spaced = format_pl(thousands, 0).replace('\u{00A0}', " ");
    let mut fraction = decimal.to_string();
    if sep == ',' {
        fraction = fraction.replace('.', ",");
    }
    let exponent = lit_text.contains(['e', 'E']);
    let hint = if fraction.contains(sep) && !exponent {
        format!(", or {fraction}0 for the fraction")
    } else {
        String::new()
    };
    ValueError::new(format!(
        "ambiguous number '{}': it could be {thousands} ('{sep}' as a thousands separator) or {decimal} \
         ('{sep}' as the decimal separator); write {thousands} (or {spaced}) for the whole number{hint}",
        quote(lit_text)
    ))
}

// ---------------------------------------------------------------------------------------------
// Phrases

/// Marks an atom of a phrase that matches any number.
const NUM: &str = "<n>";

/// A word or symbol of the phrase tables, interned: its number in `vocabulary()`.
type Atom = u16;
/// The atom of a number token, matched by `NUM`.
const NUM_ATOM: Atom = Atom::MAX - 1;
/// The atom of words and symbols no phrase uses.
const NO_ATOM: Atom = Atom::MAX;
/// Room for the longest word of the phrase tables, folded.
const WORD_BYTES: usize = 32;

/// Every word and symbol of the phrase tables, with its atom.
struct Vocabulary {
    atoms: HashMap<&'static [u8], Atom, BuildHasherDefault<Fnv>>,
}

/// FNV-1a: the keys are a few bytes long, too short for SipHash's setup to pay off; and they
/// are the tables' own words, so there is no flooding to fear.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Built from every phrase table: a table missing here makes `table_atom` panic on first use.
fn vocabulary() -> &'static Vocabulary {
    static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
    VOCABULARY.get_or_init(|| {
        let mut words: Vec<&str> = PREFIXES
            .words()
            .chain(RANGE_SEPS.words())
            .chain(MULTIPLIERS.words())
            .chain(CURRENCIES.words())
            .chain(TAXES.words())
            .chain(PERIOD_LEADS.words())
            .chain(PERIODS.words())
            .chain(PERCENT_WORDS.words())
            .chain(UNITS.words())
            .chain(NEXT_BUSINESS_DAY.words())
            .chain(CONNECTORS.words())
            .filter(|&w| w != NUM)
            .collect();
        words.sort_unstable();
        words.dedup();
        assert!(words.len() < usize::from(NUM_ATOM));
        assert!(words.iter().all(|w| w.len() <= WORD_BYTES));
        let atoms = words.into_iter().map(str::as_bytes).zip(0..).collect();
        Vocabulary { atoms }
    })
}

/// The atom of a folded word or of a symbol.
fn atom(s: &str) -> Atom {
    atom_of(s.as_bytes())
}

fn atom_of(s: &[u8]) -> Atom {
    vocabulary().atoms.get(s).copied().unwrap_or(NO_ATOM)
}

fn word_atom(word: &str) -> Atom {
    let mut folded = ShortStr::<WORD_BYTES>::new();
    fold_each(word, |c| folded.push(c));
    // A word too long for the buffer is longer than every word of the tables.
    folded.bytes().map_or(NO_ATOM, atom_of)
}

/// A table of phrases with what they mean. A phrase is a list of folded words, one-char symbols
/// and `NUM`. On first use the table is turned into atoms and grouped by first atom, so that
/// trying it at a token only looks at the phrases starting with that token.
struct Phrases<R: 'static> {
    table: &'static [(&'static [&'static str], R)],
    index: OnceLock<PhraseIndex<R>>,
}

struct PhraseIndex<R> {
    /// The phrases as atoms, ordered by first atom and, among those, as in the table.
    phrases: Vec<(Vec<Atom>, R)>,
    /// `phrases[starts[s]..starts[s + 1]]` start with the atom of slot `s` (see `slot`).
    starts: Vec<usize>,
}

/// Where an atom's phrases are listed in a `PhraseIndex`; numbers come after the vocabulary.
fn slot(a: Atom) -> usize {
    if a == NUM_ATOM {
        vocabulary().atoms.len()
    } else {
        usize::from(a)
    }
}

impl<R: Copy> Phrases<R> {
    const fn new(table: &'static [(&'static [&'static str], R)]) -> Self {
        Phrases {
            table,
            index: OnceLock::new(),
        }
    }

    fn words(&self) -> impl Iterator<Item = &'static str> + use<R> {
        self.table
            .iter()
            .flat_map(|(phrase, _)| phrase.iter().copied())
    }

    fn index(&self) -> &PhraseIndex<R> {
        self.index.get_or_init(|| {
            let mut phrases: Vec<(Vec<Atom>, R)> = self
                .table
                .iter()
                .map(|&(phrase, r)| (phrase.iter().map(|w| table_atom(w)).collect(), r))
                .collect();
            // Stable: among equally long matches the one listed first wins.
            phrases.sort_by_key(|(atoms, _)| slot(atoms[0]));
            let starts = (0..=vocabulary().atoms.len() + 1)
                .map(|s| phrases.partition_point(|(atoms, _)| slot(atoms[0]) < s))
                .collect();
            PhraseIndex { phrases, starts }
        })
    }

    /// The longest phrase at token `i`, with its meaning.
    fn longest(&self, toks: &[Token], i: usize) -> Option<(usize, R)> {
        let first = toks.get(i)?.atom;
        if first == NO_ATOM {
            return None;
        }
        let index = self.index();
        let s = slot(first);
        let mut best: Option<(usize, R)> = None;
        for (atoms, r) in &index.phrases[index.starts[s]..index.starts[s + 1]] {
            let len = atoms.len();
            if best.is_none_or(|(b, _)| len > b)
                && toks
                    .get(i..i + len)
                    .is_some_and(|run| run.iter().zip(atoms).all(|(t, &a)| t.atom == a))
            {
                best = Some((len, *r));
            }
        }
        best
    }
}

fn table_atom(word: &str) -> Atom {
    if word == NUM {
        return NUM_ATOM;
    }
    let a = atom(word);
    assert!(a != NO_ATOM, "{word:?} is missing from the vocabulary");
    a
}

fn span<'a>(t: &'a str, toks: &[Token], i: usize, len: usize) -> &'a str {
    &t[toks[i].start..toks[i + len - 1].end]
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Bound {
    About,
    AtMost,
    AtLeast,
}

static PREFIXES: Phrases<Bound> = Phrases::new(&[
    (&["ok"], Bound::About),
    (&["okolo"], Bound::About),
    (&["ca"], Bound::About),
    (&["~"], Bound::About),
    (&["≈"], Bound::About),
    (&["approx"], Bound::About),
    (&["approximately"], Bound::About),
    (&["about"], Bound::About),
    (&["around"], Bound::About),
    (&["circa"], Bound::About),
    (&["roughly"], Bound::About),
    (&["mniej", "wiecej"], Bound::About),
    (&["szacunkowo"], Bound::About),
    (&["do"], Bound::AtMost),
    (&["max"], Bound::AtMost),
    (&["maks"], Bound::AtMost),
    (&["maksymalnie"], Bound::AtMost),
    (&["maximum"], Bound::AtMost),
    (&["maksimum"], Bound::AtMost),
    (&["up", "to"], Bound::AtMost),
    (&["<"], Bound::AtMost),
    (&["<", "="], Bound::AtMost),
    (&["≤"], Bound::AtMost),
    (&["⩽"], Bound::AtMost),
    (&["ponizej"], Bound::AtMost),
    (&["below"], Bound::AtMost),
    (&["under"], Bound::AtMost),
    (&["w", "ciagu"], Bound::AtMost),
    (&["within"], Bound::AtMost),
    (&["nie", "wiecej", "niz"], Bound::AtMost),
    (&["najwyzej"], Bound::AtMost),
    (&["at", "most"], Bound::AtMost),
    (&["less", "than"], Bound::AtMost),
    (&["mniej", "niz"], Bound::AtMost),
    (&["no", "more", "than"], Bound::AtMost),
    (&["not", "more", "than"], Bound::AtMost),
    (&["min"], Bound::AtLeast),
    (&["minimum"], Bound::AtLeast),
    (&["minimalnie"], Bound::AtLeast),
    (&["od"], Bound::AtLeast),
    (&["from"], Bound::AtLeast),
    (&[">"], Bound::AtLeast),
    (&[">", "="], Bound::AtLeast),
    (&["≥"], Bound::AtLeast),
    (&["⩾"], Bound::AtLeast),
    (&["powyzej"], Bound::AtLeast),
    (&["above"], Bound::AtLeast),
    (&["over"], Bound::AtLeast),
    (&["ponad"], Bound::AtLeast),
    (&["co", "najmniej"], Bound::AtLeast),
    (&["przynajmniej"], Bound::AtLeast),
    (&["at", "least"], Bound::AtLeast),
    (&["more", "than"], Bound::AtLeast),
    (&["wiecej", "niz"], Bound::AtLeast),
    (&["nie", "mniej", "niz"], Bound::AtLeast),
    (&["no", "less", "than"], Bound::AtLeast),
]);

static RANGE_SEPS: Phrases<()> = Phrases::new(&[
    (&["-"], ()),
    (&["–"], ()),
    (&["—"], ()),
    (&["‒"], ()),
    (&["\u{2212}"], ()),
    (&["÷"], ()),
    (&["do"], ()),
    (&["to"], ()),
]);

/// "1,5 tys. zł" is 1500 zł: ignoring the word would make an offer look a thousand times cheaper.
static MULTIPLIERS: Phrases<i64> = Phrases::new(&[
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
    notes: &mut Vec<String>,
) -> Result<(Decimal, usize), ValueError> {
    let Some((len, factor)) = MULTIPLIERS.longest(toks, i) else {
        return Ok((value, 0));
    };
    let value = value
        .checked_mul(Decimal::from(factor))
        .ok_or_else(|| ValueError::new(format!("number '{}' is out of range", quote(t))))?;
    notes.push(format!(
        "'{}' read as × {factor}",
        quote(span(t, toks, i, len))
    ));
    Ok((value, len))
}

/// What a recognized phrase around a number says.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Role {
    Currency(&'static str),
    Tax(Tax),
    Period,
    Percent,
}

type Roles = fn(&[Token], usize) -> Option<(usize, Role)>;

fn no_roles(_: &[Token], _: usize) -> Option<(usize, Role)> {
    None
}

static CURRENCIES: Phrases<&str> = Phrases::new(&[
    (&["zl"], "PLN"),
    (&["zloty"], "PLN"),
    (&["zlote"], "PLN"),
    (&["zlotych"], "PLN"),
    (&["zlotego"], "PLN"),
    (&["pln"], "PLN"),
    (&["eur"], "EUR"),
    (&["euro"], "EUR"),
    (&["€"], "EUR"),
    (&["usd"], "USD"),
    (&["$"], "USD"),
    (&["us", "$"], "USD"),
    (&["dolar"], "USD"),
    (&["dolary"], "USD"),
    (&["dolarow"], "USD"),
    (&["dollar"], "USD"),
    (&["dollars"], "USD"),
    (&["gbp"], "GBP"),
    (&["£"], "GBP"),
    (&["funt"], "GBP"),
    (&["funty"], "GBP"),
    (&["funtow"], "GBP"),
    (&["pound"], "GBP"),
    (&["pounds"], "GBP"),
    (&["chf"], "CHF"),
    (&["frank"], "CHF"),
    (&["franki"], "CHF"),
    (&["frankow"], "CHF"),
]);

static TAXES: Phrases<Tax> = Phrases::new(&[
    (&["netto"], Tax::Net),
    (&["net"], Tax::Net),
    (&["nett"], Tax::Net),
    (&["+", "vat"], Tax::Net),
    (&["plus", "vat"], Tax::Net),
    (&["+", NUM, "%", "vat"], Tax::Net),
    (&["plus", NUM, "%", "vat"], Tax::Net),
    (&["+", "vat", NUM, "%"], Tax::Net),
    (&["bez", "vat"], Tax::Net),
    (&["bez", "podatku", "vat"], Tax::Net),
    (&["excl", "vat"], Tax::Net),
    (&["exc", "vat"], Tax::Net),
    (&["excluding", "vat"], Tax::Net),
    (&["ex", "vat"], Tax::Net),
    (&["brutto"], Tax::Gross),
    (&["gross"], Tax::Gross),
    (&["z", "vat"], Tax::Gross),
    (&["z", "vat", "-", "em"], Tax::Gross),
    (&["z", NUM, "%", "vat"], Tax::Gross),
    (&["z", "vat", NUM, "%"], Tax::Gross),
    (&["z", "podatkiem", "vat"], Tax::Gross),
    (&["wraz", "z", "vat"], Tax::Gross),
    (&["lacznie", "z", "vat"], Tax::Gross),
    (&["w", "tym", "vat"], Tax::Gross),
    (&["incl", "vat"], Tax::Gross),
    (&["inc", "vat"], Tax::Gross),
    (&["including", "vat"], Tax::Gross),
    (&["vat", "included"], Tax::Gross),
    (&["vat", "incl"], Tax::Gross),
]);

static PERIOD_LEADS: Phrases<()> = Phrases::new(&[
    (&["/"], ()),
    (&["per"], ()),
    (&["za"], ()),
    (&["na"], ()),
    (&["a"], ()),
]);

static PERIODS: Phrases<()> = Phrases::new(&[
    (&["mies"], ()),
    (&["miesiac"], ()),
    (&["miesiace"], ()),
    (&["miesiecznie"], ()),
    (&["mc"], ()),
    (&["msc"], ()),
    (&["mcy"], ()),
    (&["m", "-", "c"], ()),
    (&["m", "-", "c", "y"], ()),
    (&["month"], ()),
    (&["months"], ()),
    (&["monthly"], ()),
    (&["mth"], ()),
    (&["mo"], ()),
    (&["h"], ()),
    (&["godz"], ()),
    (&["godzina"], ()),
    (&["godzine"], ()),
    (&["godzin"], ()),
    (&["hour"], ()),
    (&["hr"], ()),
    (&["hourly"], ()),
    (&["rbh"], ()),
    (&["roboczogodzina"], ()),
    (&["roboczogodzine"], ()),
    (&["rok"], ()),
    (&["roku"], ()),
    (&["rocznie"], ()),
    (&["year"], ()),
    (&["yr"], ()),
    (&["yearly"], ()),
    (&["annually"], ()),
    (&["annum"], ()),
    (&["dzien"], ()),
    (&["dobe"], ()),
    (&["day"], ()),
    (&["daily"], ()),
    (&["dziennie"], ()),
    (&["tydzien"], ()),
    (&["tygodniowo"], ()),
    (&["week"], ()),
    (&["weekly"], ()),
]);

fn period_len(toks: &[Token], i: usize) -> Option<usize> {
    let lead = PERIOD_LEADS.longest(toks, i).map_or(0, |(l, ())| l);
    PERIODS.longest(toks, i + lead).map(|(l, ())| lead + l)
}

fn money_roles(toks: &[Token], i: usize) -> Option<(usize, Role)> {
    let currency = CURRENCIES
        .longest(toks, i)
        .map(|(l, c)| (l, Role::Currency(c)));
    let tax = TAXES.longest(toks, i).map(|(l, x)| (l, Role::Tax(x)));
    let period = period_len(toks, i).map(|l| (l, Role::Period));
    // The longest; among equally long ones the later.
    let mut best = currency;
    for found in [tax, period] {
        if let Some((l, _)) = found
            && best.is_none_or(|(b, _)| l >= b)
        {
            best = found;
        }
    }
    best
}

static PERCENT_WORDS: Phrases<()> = Phrases::new(&[
    (&["%"], ()),
    (&["％"], ()),
    (&["proc"], ()),
    (&["procent"], ()),
    (&["procenta"], ()),
    (&["procenty"], ()),
    (&["procentow"], ()),
    (&["percent"], ()),
    (&["per", "cent"], ()),
    (&["pct"], ()),
]);

fn percent_roles(toks: &[Token], i: usize) -> Option<(usize, Role)> {
    PERCENT_WORDS
        .longest(toks, i)
        .map(|(l, ())| (l, Role::Percent))
}

// ---------------------------------------------------------------------------------------------
// Number-like readers

/// Prefix words ("ok.", "do", "≥") and recognized roles before the first number.
fn read_lead<'a>(
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

fn bound_notes(bounds: &[(Bound, &str)]) -> Vec<String> {
    bounds
        .iter()
        .map(|(b, s)| {
            let kind = match b {
                Bound::About => "approximate",
                Bound::AtMost => "upper bound",
                Bound::AtLeast => "lower bound",
            };
            format!("{kind}: '{}'", quote(s))
        })
        .collect()
}

/// Collects runs of unrecognized tokens after the value, to quote them in one note.
#[derive(Default)]
struct Ignored {
    spans: Vec<(usize, usize)>,
    run: Option<(usize, usize, bool)>,
}

impl Ignored {
    fn push(&mut self, tok: &Token) {
        // A stray bracket or comma is not worth a note; a word is.
        let meaningful = !matches!(tok.tok, Tok::Sym(c) if is_punct(c));
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

    fn note(mut self, t: &str) -> Option<String> {
        self.flush();
        if self.spans.is_empty() {
            return None;
        }
        let quoted: Vec<String> = self
            .spans
            .iter()
            .map(|&(s, e)| format!("'{}'", quote(tidy(&t[s..e]))))
            .collect();
        Some(format!("ignored {}", quoted.join(", ")))
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

struct Quantity<'a> {
    value: Decimal,
    notes: Vec<String>,
    /// Recognized phrases with the text they span.
    found: Vec<(Role, &'a str)>,
}

/// One number (or a range, read as its upper bound), with prefix words before it and
/// phrases recognized by `roles` anywhere around it; other trailing words are noted.
fn read_quantity<'a>(
    text: &'a str,
    what: &str,
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
        // The upper end is the safe reading of a promise such as "2–4 h".
        value = value.max(upper);
        notes.push(format!(
            "upper bound of the range '{}' taken",
            quote(&t[first.start..second.end])
        ));
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
    })
}

/// Reads a number: sign, decimal comma or point, thousands separators (blank, NBSP, `'`, and
/// `.` or `,` when the other one is the decimal separator), scientific notation, `800,-`.
/// Accepts prefixes such as `ok.`, `do`, `max.`, `min.`, `≥` and trailing words (`12 projektów`)
/// with a note; a range `2–4` gives its upper bound. `1,234` is refused as ambiguous.
pub fn parse_number(text: &str) -> Result<Reading<Decimal>, ValueError> {
    let q = read_quantity(text, A_NUMBER, no_roles, Policy::Reject)?;
    Ok(Reading {
        value: q.value,
        notes: q.notes,
    })
}

/// Reads an amount of money: a number with currency (`zł`, `PLN`, `€`, `EUR`, `$`, `£`, `CHF`…),
/// tax (`netto`, `+ VAT`, `brutto`, `z VAT`…) and period words (`/mies.`, `/h`, `per month`…,
/// accepted and noted, not converted) anywhere around it. `1.500 zł` is read as 1500: prices do
/// not come with three decimals.
pub fn parse_money(text: &str) -> Result<Reading<Money>, ValueError> {
    let q = read_quantity(text, AN_AMOUNT, money_roles, Policy::Thousands)?;
    let mut notes = q.notes;
    let mut currency: Option<&'static str> = None;
    let mut tax: Option<Tax> = None;
    for (role, s) in &q.found {
        match *role {
            Role::Currency(c) => {
                if let Some(prev) = currency
                    && prev != c
                {
                    return Err(ValueError::new(format!(
                        "expected {AN_AMOUNT} in one currency, found {prev} and {c} in '{}'",
                        quote(text)
                    )));
                }
                currency = Some(c);
            }
            Role::Tax(x) => {
                if let Some(prev) = tax
                    && prev != x
                {
                    return Err(ValueError::new(format!(
                        "expected either a net or a gross amount, found both in '{}'",
                        quote(text)
                    )));
                }
                if tax.is_none() {
                    let kind = if x == Tax::Net { "net" } else { "gross" };
                    notes.push(format!("{kind}: '{}'", quote(s)));
                }
                tax = Some(x);
            }
            Role::Period => notes.push(format!("period '{}' ignored", quote(s))),
            Role::Percent => {}
        }
    }
    Ok(Reading {
        value: Money {
            amount: q.value,
            currency,
            tax,
        },
        notes,
    })
}

/// Reads a percentage, in percent: `99,9 %`, `99.9%`, `99,9 proc.`, `99.9 percent`. A bare
/// number from 0 to 1 is a fraction (Excel stores 99.9 % as 0.999) and is multiplied by 100.
/// `99,999 %` reads as 99.999. The result must lie in 0..=100.
pub fn parse_percent(text: &str) -> Result<Reading<Decimal>, ValueError> {
    let q = read_quantity(text, A_PERCENT, percent_roles, Policy::Decimal)?;
    let mut notes = q.notes;
    let mut value = q.value;
    let has_sign = q.found.iter().any(|(r, _)| *r == Role::Percent);
    if !has_sign && value > Decimal::ZERO && value <= Decimal::ONE {
        let percent = value
            .checked_mul(Decimal::ONE_HUNDRED)
            .map(|v| v.normalize())
            .ok_or_else(|| expected(A_PERCENT, text))?;
        notes.push(format!("read as a fraction: {value} = {percent} %"));
        value = percent;
    }
    if value < Decimal::ZERO || value > Decimal::ONE_HUNDRED {
        return Err(ValueError::new(format!(
            "expected {A_PERCENT} between 0 and 100, found '{}'",
            quote(clean(text))
        )));
    }
    Ok(Reading { value, notes })
}

// ---------------------------------------------------------------------------------------------
// Durations

#[derive(Debug, Clone, Copy, PartialEq)]
enum Working {
    No,
    Days,
    Hours,
}

static UNITS: Phrases<(i64, Working)> = Phrases::new(&[
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
]);

static NEXT_BUSINESS_DAY: Phrases<()> = Phrases::new(&[
    (&["nbd"], ()),
    (&["next", "business", "day"], ()),
    (&["next", "working", "day"], ()),
    (&["nastepny", "dzien", "roboczy"], ()),
    (&["nastepnego", "dnia", "roboczego"], ()),
    (&["kolejny", "dzien", "roboczy"], ()),
    (&["kolejnego", "dnia", "roboczego"], ()),
    (&["w", "nastepnym", "dniu", "roboczym"], ()),
]);

static CONNECTORS: Phrases<()> = Phrases::new(&[
    (&["i"], ()),
    (&["and"], ()),
    (&["oraz"], ()),
    (&[","], ()),
    (&["+"], ()),
]);

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
    notes: &mut Vec<String>,
) -> Result<Option<Expr>, ValueError> {
    let mut terms = Vec::new();
    let mut k = i;
    loop {
        if let Some((len, ())) = NEXT_BUSINESS_DAY.longest(toks, k) {
            notes.push(format!(
                "'{}' (next business day) read as 1 day",
                quote(span(t, toks, k, len))
            ));
            terms.push(Term {
                value: Decimal::ONE,
                secs: Some(DAY),
            });
            k += len;
            break;
        }
        let Some((tok, lit)) = num_at(toks, k) else {
            break;
        };
        let value = resolve(lit, &t[tok.start..tok.end], Policy::Reject, notes)?;
        k += 1;
        let Some((len, (secs, working))) = UNITS.longest(toks, k) else {
            terms.push(Term { value, secs: None });
            break;
        };
        match working {
            Working::Days => notes.push("working days counted as calendar days".to_string()),
            Working::Hours => notes.push("working hours counted as clock hours".to_string()),
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

fn num_is(tok: Option<&Token>, n: i64) -> bool {
    matches!(tok, Some(Token { tok: Tok::Num(Lit::Value(v)), .. }) if *v == Decimal::from(n))
}

/// "24/7" (or "24h/7") describes availability; it must not be read as 24 of anything.
fn is_24_7(toks: &[Token]) -> bool {
    (0..toks.len()).any(|k| {
        if !num_is(toks.get(k), 24) {
            return false;
        }
        let mut j = k + 1;
        if toks.get(j).is_some_and(|tok| tok.atom == atom("h")) {
            j += 1;
        }
        matches!(
            toks.get(j),
            Some(Token {
                tok: Tok::Sym('/'),
                ..
            })
        ) && num_is(toks.get(j + 1), 7)
    })
}

/// Reads a duration and converts it exactly into `unit`: a number with a unit (`15 min`, `2 h`,
/// `24h`, `1 dzień`, `2 dni robocze`, `1 tydzień`, `30 s`…), or a bare number already in `unit`.
/// Compounds add up (`1 h 30 min`); a range gives its upper bound (`2–4 h`, `od 2 do 4 godz.`);
/// prefixes such as `do`, `max.`, `<`, `w ciągu` are noted; `NBD` is one day. Negative
/// durations and `24/7` are errors.
pub fn parse_duration(text: &str, unit: TimeUnit) -> Result<Reading<Decimal>, ValueError> {
    let t = prepare(text, A_DURATION)?;
    let toks = tokenize(t);
    if is_24_7(&toks) {
        return Err(ValueError::new(format!(
            "expected {A_DURATION}, found '{}': 24/7 is an availability, not a duration",
            quote(t)
        )));
    }
    let mut found = Vec::new();
    let (mut bounds, i) = read_lead(&toks, t, no_roles, &mut found);
    let mut notes = Vec::new();
    let Some(first) = read_expr(&toks, t, i, &mut notes)? else {
        return Err(expected(A_DURATION, t));
    };
    let target = unit.seconds();
    let overflow = || ValueError::new(format!("duration '{}' is out of range", quote(t)));
    let mut next = first.next;
    let mut terms: Vec<&Term> = first.terms.iter().collect();
    let mut second = None;
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
            notes.push(format!(
                "upper bound of the range '{}' taken",
                quote(&t[first.start..upper.end])
            ));
            bounds.retain(|(b, _)| *b != Bound::AtLeast);
            next = upper.next;
            terms.extend(upper.terms.iter());
            a.max(b)
        }
    };
    if terms.iter().any(|term| term.value < Decimal::ZERO) {
        return Err(ValueError::new(format!(
            "expected {A_DURATION}, found a negative duration '{}'",
            quote(t)
        )));
    }
    let mut ignored = Ignored::default();
    for tok in &toks[next..] {
        if matches!(tok.tok, Tok::Num(_)) {
            return Err(several_numbers(A_DURATION, t));
        }
        ignored.push(tok);
    }
    let value = seconds
        .checked_div(Decimal::from(target))
        .ok_or_else(overflow)?
        .normalize();
    let mut all = bound_notes(&bounds);
    all.append(&mut notes);
    all.extend(ignored.note(t));
    Ok(Reading { value, notes: all })
}

// ---------------------------------------------------------------------------------------------
// Yes/no

const BOOL_WORDS: &[(&str, bool)] = &[
    ("tak", true),
    ("t", true),
    ("yes", true),
    ("y", true),
    ("true", true),
    ("prawda", true),
    ("1", true),
    ("1.0", true),
    ("1,0", true),
    ("x", true),
    ("✓", true),
    ("✔", true),
    ("✅", true),
    ("☑", true),
    ("√", true),
    ("jest", true),
    ("oczywiscie", true),
    ("w cenie", true),
    ("included", true),
    ("nie", false),
    ("n", false),
    ("no", false),
    ("false", false),
    ("falsz", false),
    ("0", false),
    ("0.0", false),
    ("0,0", false),
    ("nie ma", false),
    ("✗", false),
    ("✘", false),
    ("❌", false),
];

/// Words that answer a yes/no question even with a comment after them ("Tak, w cenie").
const BOOL_PREFIXES: &[(&str, bool)] = &[
    ("nie ma", false),
    ("tak", true),
    ("nie", false),
    ("yes", true),
    ("no", false),
    ("✓", true),
    ("✔", true),
    ("✅", true),
    ("✗", false),
    ("✘", false),
    ("❌", false),
];

/// Reads yes/no: `tak`, `t`, `yes`, `y`, `true`, `1`, `x`, `✓`, `jest`, `oczywiście` are true;
/// `nie`, `n`, `no`, `false`, `0`, `nie ma` are false (case- and diacritics-insensitive).
/// `Tak, w cenie` or `nie (dodatkowo płatne)` give the answer with a note quoting the rest.
pub fn parse_bool(text: &str) -> Result<Reading<bool>, ValueError> {
    let t = prepare(text, YES_NO)?;
    let whole = with_fold(t, |folded| {
        let core = folded.trim_end_matches(|c: char| matches!(c, '.' | '!') || is_blank(c));
        let mut words = ShortStr::<64>::new();
        for (k, w) in core.split(is_blank).filter(|w| !w.is_empty()).enumerate() {
            if k > 0 {
                words.push(' ');
            }
            w.chars().for_each(|c| words.push(c));
        }
        // Too long a text is none of the words.
        let words = words.get()?;
        BOOL_WORDS
            .iter()
            .find(|(w, _)| *w == words)
            .map(|&(_, b)| b)
    });
    if let Some(b) = whole {
        return Ok(Reading {
            value: b,
            notes: Vec::new(),
        });
    }
    for &(word, b) in BOOL_PREFIXES {
        let n = word.chars().count();
        let Some((split, next)) = t.char_indices().nth(n) else {
            continue;
        };
        if next.is_alphabetic()
            || is_combining(next)
            || !with_fold(&t[..split], |folded| folded == word)
        {
            continue;
        }
        let rest = t[split..].trim_matches(|c: char| {
            is_blank(c) || matches!(c, ',' | ';' | ':' | '-' | '–' | '—' | '.' | '!')
        });
        let notes = if rest.is_empty() {
            Vec::new()
        } else {
            vec![format!("ignored '{}'", quote(rest))]
        };
        return Ok(Reading { value: b, notes });
    }
    Err(expected(YES_NO, t))
}

// ---------------------------------------------------------------------------------------------
// Years

const YEAR_RANGE_SEPS: &[&str] = &["-", "–", "—", "‒", "\u{2212}", "/", "do", "to", ".."];

/// Reads a year from 1900 to 2100: `2021`, `2021 r.`, `rok 2021`, `03.2021`, `2021-05`,
/// `maj 2021`, `2021.0`. A range (`2019–2023`) or several years give the latest, with a note.
pub fn parse_year(text: &str) -> Result<Reading<i32>, ValueError> {
    let t = prepare(text, A_YEAR)?;
    let bytes = t.as_bytes();
    let mut years: Vec<(usize, usize, i32)> = Vec::new();
    let mut out_of_range = false;
    let mut k = 0;
    while k < bytes.len() {
        if !bytes[k].is_ascii_digit() {
            k += 1;
            continue;
        }
        let s = k;
        while k < bytes.len() && bytes[k].is_ascii_digit() {
            k += 1;
        }
        if k - s == 4 {
            let y = bytes[s..k]
                .iter()
                .fold(0i32, |acc, d| acc * 10 + i32::from(d - b'0'));
            if (1900..=2100).contains(&y) {
                years.push((s, k, y));
            } else {
                out_of_range = true;
            }
        }
    }
    let Some(latest) = years.iter().map(|&(_, _, y)| y).max() else {
        if out_of_range {
            return Err(ValueError::new(format!(
                "expected a year between 1900 and 2100, found '{}'",
                quote(t)
            )));
        }
        return Err(expected(A_YEAR, t));
    };
    let mut notes = Vec::new();
    if years.iter().any(|&(_, _, y)| y != latest) {
        let is_range = years.len() == 2 && {
            let between = fold(t[years[0].1..years[1].0].trim_matches(is_blank));
            YEAR_RANGE_SEPS.contains(&between.as_str())
        };
        if is_range {
            notes.push(format!(
                "later year of the range '{}' taken",
                quote(&t[years[0].0..years[1].1])
            ));
        } else {
            let all: Vec<String> = years.iter().map(|&(_, _, y)| y.to_string()).collect();
            notes.push(format!(
                "several years ({}): the latest, {latest}, taken",
                all.join(", ")
            ));
        }
    }
    Ok(Reading {
        value: latest,
        notes,
    })
}

// ---------------------------------------------------------------------------------------------
// Choices and labels

/// Words that mean the same choice, in `normalize_label` form; `true` marks frequencies, which
/// may also open a longer answer ("codziennie + przed każdą aktualizacją").
const CHOICE_CLASSES: &[(bool, &[&str])] = &[
    (
        true,
        &[
            "hourly",
            "co godzine",
            "godzinowo",
            "cogodzinny",
            "cogodzinna",
            "cogodzinne",
            "co 1 h",
            "co 1h",
            "co 1 godz",
            "co 60 min",
            "every hour",
            "each hour",
            "once an hour",
        ],
    ),
    (
        true,
        &[
            "daily",
            "codziennie",
            "dziennie",
            "raz dziennie",
            "1x dziennie",
            "codzienny",
            "codzienna",
            "codzienne",
            "co dzien",
            "co dobe",
            "raz na dobe",
            "raz na dzien",
            "co 24 h",
            "co 24h",
            "co 24 godziny",
            "every day",
            "each day",
            "once a day",
            "every 24 h",
            "every 24h",
            "every 24 hours",
            "nightly",
            "co noc",
        ],
    ),
    (
        true,
        &[
            "weekly",
            "co tydzien",
            "tygodniowo",
            "raz w tygodniu",
            "1x w tygodniu",
            "raz na tydzien",
            "cotygodniowy",
            "cotygodniowa",
            "cotygodniowe",
            "every week",
            "each week",
            "once a week",
        ],
    ),
    (
        true,
        &[
            "monthly",
            "miesiecznie",
            "co miesiac",
            "raz w miesiacu",
            "1x w miesiacu",
            "raz na miesiac",
            "comiesieczny",
            "comiesieczna",
            "comiesieczne",
            "every month",
            "each month",
            "once a month",
        ],
    ),
    (
        true,
        &[
            "yearly",
            "annually",
            "annual",
            "rocznie",
            "co rok",
            "raz w roku",
            "1x w roku",
            "raz na rok",
            "coroczny",
            "coroczna",
            "coroczne",
            "every year",
            "once a year",
        ],
    ),
    (
        true,
        &[
            "continuous",
            "continuously",
            "realtime",
            "real time",
            "ciagly",
            "ciagla",
            "ciagle",
            "na biezaco",
            "w czasie rzeczywistym",
            "24 7",
        ],
    ),
    (false, &["none", "never", "brak", "nigdy"]),
    (false, &["yes", "tak", "y", "t", "true", "prawda"]),
    (false, &["no", "nie", "n", "false", "falsz"]),
];

/// The phrases of `CHOICE_CLASSES`, sorted, each with the index of its class; a phrase in several
/// classes is listed once for each, in table order.
fn choice_index() -> &'static [(&'static str, usize)] {
    static INDEX: OnceLock<Vec<(&str, usize)>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: Vec<(&str, usize)> = CHOICE_CLASSES
            .iter()
            .enumerate()
            .flat_map(|(k, (_, class))| class.iter().map(move |&phrase| (phrase, k)))
            .collect();
        // Stable: keeps the table order among a phrase's classes.
        index.sort_by_key(|&(phrase, _)| phrase);
        index
    })
}

/// Index of the key in `keys` that `text` names (keys are the criteria's choice keys, e.g.
/// `["hourly", "daily", "weekly", "monthly"]`). Compares `normalize_label` forms, then built-in
/// Polish/English synonyms (`codziennie` is `daily`, `co tydzień` is `weekly`, `tak` is `yes`…),
/// then a frequency opening a longer answer. `None` when nothing matches.
pub fn match_choice(text: &str, keys: &[&str]) -> Option<usize> {
    let t = normalize_label(clean(text));
    if t.is_empty() {
        return None;
    }
    // Keys are usually written in label form already.
    let keys: Vec<Cow<str>> = keys
        .iter()
        .map(|&k| {
            if is_label_form(k) {
                Cow::Borrowed(k)
            } else {
                Cow::Owned(normalize_label(k))
            }
        })
        .collect();
    if let Some(i) = keys.iter().position(|k| *k == t) {
        return Some(i);
    }
    let key_in = |class: &[&str]| keys.iter().position(|k| class.contains(&k.as_ref()));
    let index = choice_index();
    let from = index.partition_point(|&(phrase, _)| phrase < t.as_str());
    if let Some(i) = index[from..]
        .iter()
        .take_while(|&&(phrase, _)| phrase == t)
        .find_map(|&(_, class)| key_in(CHOICE_CLASSES[class].1))
    {
        return Some(i);
    }
    let opens = |phrase: &str| {
        t.strip_prefix(phrase)
            .is_some_and(|rest| rest.starts_with(' '))
    };
    let mut best: Option<(usize, usize)> = None;
    for (i, k) in keys.iter().enumerate() {
        let class = CHOICE_CLASSES
            .iter()
            .find(|(frequency, class)| *frequency && class.contains(&k.as_ref()));
        let phrases = class.map_or(&[][..], |(_, c)| *c);
        for phrase in phrases.iter().copied().chain([k.as_ref()]) {
            if !phrase.is_empty()
                && opens(phrase)
                && (class.is_some() || phrase.len() >= 4)
                && best.is_none_or(|(_, len)| phrase.len() > len)
            {
                best = Some((i, phrase.len()));
            }
        }
    }
    best.map(|(i, _)| i)
}

/// Header/label comparison form: lowercase, diacritics folded, punctuation and underscores as
/// spaces, whitespace collapsed and trimmed, one trailing parenthesised part removed
/// ("Czas reakcji P1 (min)" -> "czas reakcji p1"); "p1_response", "P1 response" and
/// "P1-Response" all give "p1 response".
pub fn normalize_label(text: &str) -> String {
    let t = strip_trailing_paren(text);
    if t.is_ascii() {
        // The same as below with folding reduced to lowercasing, byte by byte.
        let mut out = Vec::with_capacity(t.len());
        let mut space = false;
        for b in t.bytes() {
            if b.is_ascii_alphanumeric() {
                if space && !out.is_empty() {
                    out.push(b' ');
                }
                space = false;
                out.push(b.to_ascii_lowercase());
            } else {
                space = true;
            }
        }
        // Only ASCII bytes were pushed, so this cannot fail.
        return String::from_utf8(out).unwrap_or_default();
    }
    let mut out = String::with_capacity(t.len());
    let mut space = false;
    fold_each(t, |c| {
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        } else {
            space = true;
        }
    });
    out
}

/// Whether `normalize_label` would leave `s` as it is, judged without allocating: lowercase
/// ASCII letters and digits in words separated by single spaces.
fn is_label_form(s: &str) -> bool {
    // A space may neither open the text nor follow another one.
    let mut after_space = true;
    for b in s.bytes() {
        match b {
            b' ' if after_space => return false,
            b' ' => after_space = true,
            b'a'..=b'z' | b'0'..=b'9' => after_space = false,
            _ => return false,
        }
    }
    s.is_empty() || !after_space
}

fn strip_trailing_paren(text: &str) -> &str {
    // A trailing colon or asterisk ("Cena (zł):", "Cena (zł)*") must not hide the unit part.
    let t = text.trim_end_matches(|c: char| is_blank(c) || matches!(c, ':' | '*'));
    if !t.ends_with(')') {
        return text;
    }
    let mut depth = 0usize;
    for (k, c) in t.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    let head = t[..k].trim_end_matches(is_blank);
                    return if head.trim_matches(is_blank).is_empty() {
                        text
                    } else {
                        head
                    };
                }
            }
            _ => {}
        }
    }
    text
}

// ---------------------------------------------------------------------------------------------
// Formatting

/// Formats a number the way Polish Excel shows it: NBSP (U+00A0) thousands separator, decimal
/// comma, exactly `decimals` decimals (at most 28), rounded half away from zero.
pub fn format_pl(value: Decimal, decimals: u32) -> String {
    let decimals = decimals.min(28);
    let rounded = value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
    let digits = rounded.abs().to_string();
    let (int, frac) = digits.split_once('.').unwrap_or((&digits, ""));
    let mut out = String::with_capacity(int.len() * 2 + decimals as usize + 2);
    if rounded.is_sign_negative() && !rounded.is_zero() {
        out.push('-');
    }
    for (k, c) in int.chars().enumerate() {
        if k > 0 && (int.len() - k) % 3 == 0 {
            out.push('\u{00A0}');
        }
        out.push(c);
    }
    if decimals > 0 {
        out.push(',');
        out.push_str(frac);
        for _ in frac.len()..decimals as usize {
            out.push('0');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).expect("test decimal")
    }

    fn err_of<T: fmt::Debug>(r: Result<Reading<T>, ValueError>, input: &str) -> String {
        match r {
            Ok(v) => panic!("{input:?} should fail, read {v:?}"),
            Err(e) => e.message,
        }
    }

    fn ok_of<T>(r: Result<Reading<T>, ValueError>, input: &str) -> Reading<T> {
        r.unwrap_or_else(|e| panic!("{input:?} should read: {e}"))
    }

    /// Checks that every note fragment in `want` occurs in some note.
    fn has_notes(notes: &[String], want: &[&str], input: &str) {
        for w in want {
            assert!(
                notes.iter().any(|n| n.contains(w)),
                "{input:?}: no note containing {w:?} in {notes:?}"
            );
        }
    }

    #[test]
    fn missing_markers() {
        let yes = [
            "",
            "   ",
            "\u{a0}",
            "\t\n",
            "-",
            "--",
            "---",
            "—",
            "–",
            "brak",
            "Brak.",
            "BRAK",
            "brak danych",
            "Brak danych.",
            "b/d",
            "B/D",
            "b / d",
            "n/d",
            "N/D",
            "nd",
            "ND",
            "n/a",
            "N/A",
            "N/A.",
            "na",
            "NA",
            "none",
            "None",
            "?",
            "??",
            "(brak)",
            "'-",
            "nie dotyczy",
            ".",
        ];
        for t in yes {
            assert!(is_missing(t), "{t:?} should be missing");
        }
        let no = [
            "0",
            "tak",
            "nie",
            "x",
            "15 min",
            "1",
            "brakuje kopii",
            "nada",
            "n",
            "-5",
            "?!x",
            "codziennie",
        ];
        for t in no {
            assert!(!is_missing(t), "{t:?} should not be missing");
        }
    }

    #[test]
    fn numbers_accepted() {
        let cases: &[(&str, &str)] = &[
            ("12", "12"),
            ("0", "0"),
            ("-5", "-5"),
            ("+5", "5"),
            ("\u{2212}5", "-5"),
            ("'123", "123"),
            ("  12  ", "12"),
            ("\u{a0}12\u{a0}", "12"),
            ("1,5", "1.5"),
            ("1.5", "1.5"),
            ("0,125", "0.125"),
            ("0.125", "0.125"),
            ("99,9", "99.9"),
            ("1234,567", "1234.567"),
            ("1234.567", "1234.567"),
            ("1.234,56", "1234.56"),
            ("1,234.56", "1234.56"),
            ("1.234.567", "1234567"),
            ("1,234,567", "1234567"),
            ("1 234 567", "1234567"),
            ("1 234", "1234"),
            ("1\u{a0}234,5", "1234.5"),
            ("1\u{202f}234", "1234"),
            ("1\u{2009}234", "1234"),
            ("1'234'567", "1234567"),
            ("1’234.5", "1234.5"),
            ("1 234,567", "1234.567"),
            ("12 345 678,9", "12345678.9"),
            ("1e3", "1000"),
            ("1,5E-2", "0.015"),
            ("2.5e+2", "250"),
            ("800,-", "800"),
            ("800.-", "800"),
            ("1.200,-", "1200"),
            (".5", "0.5"),
            ("-0,25", "-0.25"),
            ("007", "7"),
        ];
        for &(t, want) in cases {
            let r = ok_of(parse_number(t), t);
            assert_eq!(r.value, d(want), "{t:?}");
            assert!(r.notes.is_empty(), "{t:?}: unexpected notes {:?}", r.notes);
        }
    }

    #[test]
    fn numbers_with_words_and_ranges() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("ok. 15", "15", &["approximate: 'ok.'"]),
            ("około 15", "15", &["approximate"]),
            ("ca 15", "15", &["approximate"]),
            ("~15", "15", &["approximate: '~'"]),
            ("approx. 15", "15", &["approximate"]),
            ("about 15", "15", &["approximate"]),
            ("do 15", "15", &["upper bound: 'do'"]),
            ("max 15", "15", &["upper bound"]),
            ("max. 15", "15", &["upper bound: 'max.'"]),
            ("maks. 15", "15", &["upper bound"]),
            ("maksymalnie 15", "15", &["upper bound"]),
            ("up to 15", "15", &["upper bound: 'up to'"]),
            ("<15", "15", &["upper bound: '<'"]),
            ("<= 15", "15", &["upper bound"]),
            ("≤ 15", "15", &["upper bound"]),
            ("poniżej 15", "15", &["upper bound"]),
            ("below 15", "15", &["upper bound"]),
            ("w ciągu 15", "15", &["upper bound: 'w ciągu'"]),
            ("within 15", "15", &["upper bound"]),
            ("min. 15", "15", &["lower bound: 'min.'"]),
            ("minimum 15", "15", &["lower bound"]),
            ("od 15", "15", &["lower bound: 'od'"]),
            ("from 15", "15", &["lower bound"]),
            (">15", "15", &["lower bound"]),
            (">= 15", "15", &["lower bound"]),
            ("≥15", "15", &["lower bound"]),
            ("powyżej 15", "15", &["lower bound"]),
            ("above 15", "15", &["lower bound"]),
            ("12 projektów", "12", &["ignored 'projektów'"]),
            ("8 h", "8", &["ignored 'h'"]),
            ("ok. 10", "10", &["approximate"]),
            ("2k", "2000", &["× 1000"]),
            ("1,2 mln", "1200000", &["× 1000000"]),
            ("2–4", "4", &["upper bound of the range '2–4' taken"]),
            ("2-4", "4", &["upper bound of the range '2-4' taken"]),
            ("2 - 4", "4", &["upper bound of the range"]),
            ("2 do 4", "4", &["upper bound of the range '2 do 4' taken"]),
            ("2 to 4", "4", &["upper bound of the range"]),
            (
                "8–40 h/mies.",
                "40",
                &["upper bound of the range '8–40'", "ignored 'h/mies.'"],
            ),
            ("1 234,50 zł", "1234.50", &["ignored 'zł'"]),
        ];
        for &(t, want, notes) in cases {
            let r = ok_of(parse_number(t), t);
            assert_eq!(r.value, d(want), "{t:?}");
            has_notes(&r.notes, notes, t);
        }
        // "od 2 do 4" is a range, not a lower bound.
        let r = ok_of(parse_number("od 2 do 4"), "od 2 do 4");
        assert_eq!(r.value, d("4"));
        assert!(
            !r.notes.iter().any(|n| n.contains("lower bound")),
            "{:?}",
            r.notes
        );
    }

    #[test]
    fn numbers_rejected() {
        let cases: &[(&str, &[&str])] = &[
            (
                "1,234",
                &[
                    "ambiguous number '1,234'",
                    "1234",
                    "1.234",
                    "1 234",
                    "thousands",
                    "decimal",
                ],
            ),
            ("12.345", &["ambiguous number '12.345'", "12345"]),
            ("123,456", &["ambiguous"]),
            ("-1,234", &["ambiguous"]),
            ("1,234e3", &["ambiguous"]),
            ("1 albo 2", &["several numbers", "'1 albo 2'"]),
            ("24/7", &["several numbers"]),
            ("abc", &["expected a number", "found 'abc'"]),
            ("Cena 800", &["expected a number"]),
            ("", &["empty"]),
            ("   ", &["empty"]),
            ("-", &["expected a number"]),
            ("ok.", &["expected a number"]),
            (
                "1,23,456",
                &["malformed number '1,23,456'", "groups of three"],
            ),
            ("1.234,567.8", &["malformed"]),
            ("1 234'567", &["malformed"]),
            ("1e999", &["out of range"]),
            ("99999999999999999999999999999999999999", &["out of range"]),
        ];
        for &(t, want) in cases {
            let m = err_of(parse_number(t), t);
            for w in want {
                assert!(m.contains(w), "{t:?}: {m:?} lacks {w:?}");
            }
        }
    }

    #[test]
    fn money() {
        type Case<'a> = (
            &'a str,
            &'a str,
            Option<&'a str>,
            Option<Tax>,
            &'a [&'a str],
        );
        let cases: &[Case] = &[
            ("1 234,50 zł", "1234.50", Some("PLN"), None, &[]),
            ("1\u{a0}234,50\u{a0}zł", "1234.50", Some("PLN"), None, &[]),
            (
                "800 PLN netto / mies.",
                "800",
                Some("PLN"),
                Some(Tax::Net),
                &["net", "period '/ mies.' ignored"],
            ),
            ("€1,200.00", "1200.00", Some("EUR"), None, &[]),
            ("PLN 800", "800", Some("PLN"), None, &[]),
            ("800,-", "800", None, None, &[]),
            ("800,- zł", "800", Some("PLN"), None, &[]),
            (
                "150 zł/h",
                "150",
                Some("PLN"),
                None,
                &["period '/h' ignored"],
            ),
            (
                "od 800 zł",
                "800",
                Some("PLN"),
                None,
                &["lower bound: 'od'"],
            ),
            ("1 200 zł netto", "1200", Some("PLN"), Some(Tax::Net), &[]),
            ("1 500,00 zł", "1500.00", Some("PLN"), None, &[]),
            (
                "1 000 zł brutto",
                "1000",
                Some("PLN"),
                Some(Tax::Gross),
                &["gross"],
            ),
            ("800 zł + VAT", "800", Some("PLN"), Some(Tax::Net), &[]),
            ("800 zł +VAT", "800", Some("PLN"), Some(Tax::Net), &[]),
            ("800 zł + 23% VAT", "800", Some("PLN"), Some(Tax::Net), &[]),
            ("800 zł z VAT", "800", Some("PLN"), Some(Tax::Gross), &[]),
            (
                "800 zł incl. VAT",
                "800",
                Some("PLN"),
                Some(Tax::Gross),
                &[],
            ),
            ("800 zł net", "800", Some("PLN"), Some(Tax::Net), &[]),
            ("800 EUR gross", "800", Some("EUR"), Some(Tax::Gross), &[]),
            (
                "$1,200",
                "1200",
                Some("USD"),
                None,
                &["thousands separator"],
            ),
            (
                "1.500 zł",
                "1500",
                Some("PLN"),
                None,
                &["thousands separator"],
            ),
            ("£99.99", "99.99", Some("GBP"), None, &[]),
            ("99 CHF", "99", Some("CHF"), None, &[]),
            ("50 euro", "50", Some("EUR"), None, &[]),
            ("50 zl", "50", Some("PLN"), None, &[]),
            ("50 złotych", "50", Some("PLN"), None, &[]),
            ("800 PLN/miesiąc", "800", Some("PLN"), None, &["period"]),
            (
                "800 zł miesięcznie",
                "800",
                Some("PLN"),
                None,
                &["period 'miesięcznie'"],
            ),
            (
                "800 PLN per month",
                "800",
                Some("PLN"),
                None,
                &["period 'per month'"],
            ),
            ("800 PLN/month", "800", Some("PLN"), None, &["period"]),
            ("800 USD/mo", "800", Some("USD"), None, &["period"]),
            ("800 zł/mc", "800", Some("PLN"), None, &["period"]),
            (
                "800 zł mies.",
                "800",
                Some("PLN"),
                None,
                &["period 'mies.'"],
            ),
            (
                "150 zł/godz.",
                "150",
                Some("PLN"),
                None,
                &["period '/godz.'"],
            ),
            (
                "150 zł za godzinę",
                "150",
                Some("PLN"),
                None,
                &["period 'za godzinę'"],
            ),
            ("150 PLN per hour", "150", Some("PLN"), None, &["period"]),
            ("9600 zł/rok", "9600", Some("PLN"), None, &["period"]),
            ("1 234,56", "1234.56", None, None, &[]),
            ("0,50 zł", "0.50", Some("PLN"), None, &[]),
            ("ok. 1 000 zł", "1000", Some("PLN"), None, &["approximate"]),
            (
                "800–1000 zł",
                "1000",
                Some("PLN"),
                None,
                &["upper bound of the range"],
            ),
            (
                "800 zł – 1 000 zł",
                "1000",
                Some("PLN"),
                None,
                &["upper bound of the range"],
            ),
            ("800 zł (netto)", "800", Some("PLN"), Some(Tax::Net), &[]),
            (
                "1,5 tys. zł",
                "1500",
                Some("PLN"),
                None,
                &["'tys.' read as × 1000"],
            ),
            (
                "od 2 do 4 tys. zł",
                "4000",
                Some("PLN"),
                None,
                &["upper bound of the range"],
            ),
            ("800PLN", "800", Some("PLN"), None, &[]),
            ("PLN800", "800", Some("PLN"), None, &[]),
            ("1200$", "1200", Some("USD"), None, &[]),
            (
                "800 zł/m-c",
                "800",
                Some("PLN"),
                None,
                &["period '/m-c' ignored"],
            ),
            (
                "800 zł za pakiet",
                "800",
                Some("PLN"),
                None,
                &["ignored 'za pakiet'"],
            ),
            (
                "800 zł za pakiet (netto)",
                "800",
                Some("PLN"),
                Some(Tax::Net),
                &["ignored 'za pakiet'"],
            ),
        ];
        for &(t, amount, currency, tax, notes) in cases {
            let r = ok_of(parse_money(t), t);
            assert_eq!(r.value.amount, d(amount), "{t:?}");
            assert_eq!(r.value.currency, currency, "{t:?}");
            assert_eq!(r.value.tax, tax, "{t:?}");
            has_notes(&r.notes, notes, t);
        }
        // The amount keeps its decimals exactly.
        assert_eq!(
            parse_money("1 234,50 zł").unwrap().value.amount.to_string(),
            "1234.50"
        );
        assert_eq!(
            parse_money("0,10 zł").unwrap().value.amount.to_string(),
            "0.10"
        );
    }

    #[test]
    fn money_rejected() {
        let cases: &[(&str, &[&str])] = &[
            ("800 PLN / 200 EUR", &["several numbers"]),
            ("800 zł netto (984 zł brutto)", &["several numbers"]),
            ("800 zł netto brutto", &["net", "gross", "both"]),
            ("PLN 800 EUR", &["one currency", "PLN", "EUR"]),
            ("tanio", &["expected an amount", "'tanio'"]),
            ("zł", &["expected an amount"]),
            ("1,23,4 zł", &["malformed"]),
        ];
        for &(t, want) in cases {
            let m = err_of(parse_money(t), t);
            for w in want {
                assert!(m.contains(w), "{t:?}: {m:?} lacks {w:?}");
            }
        }
    }

    #[test]
    fn percents() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("99,9 %", "99.9", &[]),
            ("99.9%", "99.9", &[]),
            ("99,9 proc.", "99.9", &[]),
            ("99.9 percent", "99.9", &[]),
            ("99,95%", "99.95", &[]),
            ("99,95 %", "99.95", &[]),
            ("100%", "100", &[]),
            ("0 %", "0", &[]),
            ("0,5 %", "0.5", &[]),
            ("0.999", "99.9", &["read as a fraction"]),
            ("0,998", "99.8", &["read as a fraction"]),
            ("1", "100", &["read as a fraction"]),
            ("0", "0", &[]),
            ("50", "50", &[]),
            ("99,999 %", "99.999", &["decimal separator"]),
            ("99,999", "99.999", &["decimal separator"]),
            ("min. 99,9%", "99.9", &["lower bound"]),
            ("≥ 99.5 %", "99.5", &["lower bound"]),
            ("99,5–99,9 %", "99.9", &["upper bound of the range"]),
            ("99,5 % – 99,9 %", "99.9", &["upper bound of the range"]),
            ("ok. 99,9 % SLA", "99.9", &["approximate", "ignored 'SLA'"]),
        ];
        for &(t, want, notes) in cases {
            let r = ok_of(parse_percent(t), t);
            assert_eq!(r.value, d(want), "{t:?}");
            has_notes(&r.notes, notes, t);
            if notes.is_empty() {
                assert!(r.notes.is_empty(), "{t:?}: {:?}", r.notes);
            }
        }
        let bad: &[(&str, &[&str])] = &[
            ("101 %", &["between 0 and 100", "'101 %'"]),
            ("150", &["between 0 and 100"]),
            ("-1 %", &["between 0 and 100"]),
            ("wysoka", &["expected a percentage", "'wysoka'"]),
            ("99,9 % / 99,5 %", &["several numbers"]),
        ];
        for &(t, want) in bad {
            let m = err_of(parse_percent(t), t);
            for w in want {
                assert!(m.contains(w), "{t:?}: {m:?} lacks {w:?}");
            }
        }
    }

    #[test]
    fn durations() {
        use TimeUnit::{Day as D, Hour as H, Minute as M};
        let cases: &[(&str, TimeUnit, &str, &[&str])] = &[
            ("15 min", M, "15", &[]),
            ("15", M, "15", &[]),
            ("2", H, "2", &[]),
            ("2 h", M, "120", &[]),
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
            ("4 h (w godzinach pracy)", H, "4", &["ignored"]),
        ];
        for &(t, unit, want, notes) in cases {
            let r = ok_of(parse_duration(t, unit), t);
            assert_eq!(r.value, d(want), "{t:?} in {}", unit.key());
            has_notes(&r.notes, notes, t);
            if notes.is_empty() {
                assert!(r.notes.is_empty(), "{t:?}: {:?}", r.notes);
            }
        }
        let bad: &[(&str, &[&str])] = &[
            (
                "szybko",
                &["expected a duration such as '15 min' or '2 h', found 'szybko'"],
            ),
            ("-5 min", &["negative"]),
            ("24/7", &["24/7", "not a duration"]),
            ("24h/7", &["24/7"]),
            ("1 albo 2 h", &["several numbers"]),
            ("15 min / 4 h", &["several numbers"]),
            ("1,500 min", &["ambiguous"]),
            ("godzina", &["expected a duration"]),
            ("", &["empty"]),
        ];
        for &(t, want) in bad {
            let m = err_of(parse_duration(t, TimeUnit::Minute), t);
            for w in want {
                assert!(m.contains(w), "{t:?}: {m:?} lacks {w:?}");
            }
        }
    }

    #[test]
    fn bools() {
        let cases: &[(&str, bool, &[&str])] = &[
            ("tak", true, &[]),
            ("Tak", true, &[]),
            ("TAK", true, &[]),
            ("tak.", true, &[]),
            ("t", true, &[]),
            ("yes", true, &[]),
            ("Y", true, &[]),
            ("true", true, &[]),
            ("TRUE", true, &[]),
            ("PRAWDA", true, &[]),
            ("1", true, &[]),
            ("x", true, &[]),
            ("X", true, &[]),
            ("✓", true, &[]),
            ("✔", true, &[]),
            ("jest", true, &[]),
            ("oczywiście", true, &[]),
            ("Oczywiscie!", true, &[]),
            ("nie", false, &[]),
            ("Nie", false, &[]),
            ("n", false, &[]),
            ("no", false, &[]),
            ("No.", false, &[]),
            ("false", false, &[]),
            ("FAŁSZ", false, &[]),
            ("0", false, &[]),
            ("nie ma", false, &[]),
            ("Nie  ma", false, &[]),
            ("Tak, w cenie", true, &["ignored 'w cenie'"]),
            (
                "nie (dodatkowo płatne)",
                false,
                &["ignored '(dodatkowo płatne)'"],
            ),
            ("Yes - included", true, &["ignored 'included'"]),
            ("nie ma backupów", false, &["ignored 'backupów'"]),
            ("✓ w pakiecie", true, &["ignored 'w pakiecie'"]),
        ];
        for &(t, want, notes) in cases {
            let r = ok_of(parse_bool(t), t);
            assert_eq!(r.value, want, "{t:?}");
            has_notes(&r.notes, notes, t);
            if notes.is_empty() {
                assert!(r.notes.is_empty(), "{t:?}: {:?}", r.notes);
            }
        }
        for t in ["może", "nope", "takes", "2", "", "ok", "nietak"] {
            let m = err_of(parse_bool(t), t);
            assert!(m.contains("expected yes/no (tak/nie)"), "{t:?}: {m}");
        }
        assert_eq!(
            parse_bool("może").unwrap_err().message,
            "expected yes/no (tak/nie), found 'może'"
        );
    }

    #[test]
    fn years() {
        let cases: &[(&str, i32, &[&str])] = &[
            ("2021", 2021, &[]),
            ("2021 r.", 2021, &[]),
            ("rok 2021", 2021, &[]),
            ("03.2021", 2021, &[]),
            ("2021-05", 2021, &[]),
            ("12.05.2021", 2021, &[]),
            ("maj 2021", 2021, &[]),
            ("2021.0", 2021, &[]),
            ("'2021", 2021, &[]),
            ("1900", 1900, &[]),
            ("2100", 2100, &[]),
            ("2021 (2021)", 2021, &[]),
            (
                "2019–2023",
                2023,
                &["later year of the range '2019–2023' taken"],
            ),
            ("2023-2019", 2023, &["later year of the range"]),
            ("od 2019 do 2023", 2023, &["later year of the range"]),
            ("2019, 2021", 2021, &["several years (2019, 2021)", "2021"]),
            ("sklep 2018, portal 2022, B2B 2020", 2022, &["latest, 2022"]),
        ];
        for &(t, want, notes) in cases {
            let r = ok_of(parse_year(t), t);
            assert_eq!(r.value, want, "{t:?}");
            has_notes(&r.notes, notes, t);
            if notes.is_empty() {
                assert!(r.notes.is_empty(), "{t:?}: {:?}", r.notes);
            }
        }
        let bad: &[(&str, &str)] = &[
            ("1850", "between 1900 and 2100"),
            ("2101", "between 1900 and 2100"),
            ("dawno", "expected a year such as '2021', found 'dawno'"),
            ("21", "expected a year"),
            ("20210", "expected a year"),
            ("", "empty"),
        ];
        for &(t, want) in bad {
            let m = err_of(parse_year(t), t);
            assert!(m.contains(want), "{t:?}: {m}");
        }
    }

    #[test]
    fn choices() {
        let freq = ["hourly", "daily", "weekly", "monthly"];
        let cases: &[(&str, Option<usize>)] = &[
            ("daily", Some(1)),
            ("Daily", Some(1)),
            (" DAILY ", Some(1)),
            ("hourly", Some(0)),
            ("codziennie", Some(1)),
            ("Codziennie", Some(1)),
            ("dziennie", Some(1)),
            ("raz dziennie", Some(1)),
            ("codzienny", Some(1)),
            ("codzienna", Some(1)),
            ("co 24 h", Some(1)),
            ("co 24h", Some(1)),
            ("every day", Some(1)),
            ("each day", Some(1)),
            ("co tydzień", Some(2)),
            ("tygodniowo", Some(2)),
            ("raz w tygodniu", Some(2)),
            ("cotygodniowy", Some(2)),
            ("every week", Some(2)),
            ("miesięcznie", Some(3)),
            ("co miesiąc", Some(3)),
            ("raz w miesiącu", Some(3)),
            ("comiesięczny", Some(3)),
            ("every month", Some(3)),
            ("co godzinę", Some(0)),
            ("godzinowo", Some(0)),
            ("co 1 h", Some(0)),
            ("every hour", Some(0)),
            ("codziennie (przyrostowo)", Some(1)),
            ("codziennie + przed każdą aktualizacją", Some(1)),
            ("co tydzień pełna kopia", Some(2)),
            ("rocznie", None),
            ("sometimes", None),
            ("", None),
            ("co", None),
        ];
        for &(t, want) in cases {
            assert_eq!(match_choice(t, &freq), want, "{t:?}");
        }
        let other: &[(&str, &[&str], Option<usize>)] = &[
            ("brak", &["none", "daily"], Some(0)),
            ("nigdy", &["none", "daily"], Some(0)),
            ("never", &["none", "daily"], Some(0)),
            ("tak", &["yes", "no"], Some(0)),
            ("nie", &["yes", "no"], Some(1)),
            ("Yes", &["yes", "no"], Some(0)),
            ("ciągły", &["continuous", "daily"], Some(0)),
            ("na bieżąco", &["continuous", "daily"], Some(0)),
            ("w czasie rzeczywistym", &["continuous", "daily"], Some(0)),
            ("real-time", &["continuous"], Some(0)),
            ("real-time", &["realtime"], Some(0)),
            ("ciągle", &["real_time"], Some(0)),
            ("annually", &["yearly"], Some(0)),
            ("raz w roku", &["yearly"], Some(0)),
            ("daily", &["codziennie", "co tydzień"], Some(0)),
            ("P1 response", &["p1_response"], Some(0)),
            ("tak", &["hourly", "daily"], None),
            ("nie dotyczy", &["yes", "no"], None),
        ];
        for &(t, keys, want) in other {
            assert_eq!(match_choice(t, keys), want, "{t:?} in {keys:?}");
        }
    }

    #[test]
    fn labels() {
        let cases: &[(&str, &str)] = &[
            ("Czas reakcji P1 (min)", "czas reakcji p1"),
            ("p1_response", "p1 response"),
            ("P1 response", "p1 response"),
            ("P1-Response", "p1 response"),
            ("  Łódź  ŻÓŁĆ gęś ", "lodz zolc ges"),
            ("Cena (netto) (zł)", "cena netto"),
            ("Czas reakcji (min):", "czas reakcji"),
            ("Dostępność (uptime)", "dostepnosc"),
            ("(min)", "min"),
            ("Über café", "uber cafe"),
            ("a__b", "a b"),
            ("Monitoring 24/7", "monitoring 24 7"),
            ("Uptime [%]", "uptime"),
            ("", ""),
            ("((", ""),
            ("a (b (c))", "a"),
        ];
        for &(t, want) in cases {
            assert_eq!(normalize_label(t), want, "{t:?}");
        }
    }

    #[test]
    fn formatting() {
        let nb = '\u{a0}';
        let cases: &[(&str, u32, String)] = &[
            ("1234.5", 2, format!("1{nb}234,50")),
            ("0", 0, "0".to_string()),
            ("0", 2, "0,00".to_string()),
            ("-1234567.891", 2, format!("-1{nb}234{nb}567,89")),
            ("0.125", 3, "0,125".to_string()),
            ("2.5", 0, "3".to_string()),
            ("-2.5", 0, "-3".to_string()),
            ("-0.001", 2, "0,00".to_string()),
            ("999.995", 2, format!("1{nb}000,00")),
            ("12", 3, "12,000".to_string()),
            ("123456", 0, format!("123{nb}456")),
            ("1000000", 1, format!("1{nb}000{nb}000,0")),
        ];
        for (v, k, want) in cases {
            assert_eq!(&format_pl(d(v), *k), want, "{v} with {k}");
        }
        assert!(!format_pl(Decimal::MAX, 40).is_empty());
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

    #[test]
    fn error_display() {
        let e = parse_duration("szybko", TimeUnit::Minute).unwrap_err();
        assert_eq!(e.to_string(), e.message);
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
                .contains("1000000 characters")
        );
        assert!(parse_number("1e99999999999").is_err());
        assert!(parse_duration("79228162514264337593543950335 d", TimeUnit::Minute).is_err());
    }

    #[test]
    fn is_letter_is_is_alphabetic() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
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

    /// `^[1-9]\d{0,2}[.,]\d{3}$` after an optional minus: the form refused as ambiguous.
    fn looks_ambiguous(s: &str) -> bool {
        let s = s.strip_prefix('-').unwrap_or(s);
        let Some(k) = s.find(['.', ',']) else {
            return false;
        };
        let (int, frac) = (&s[..k], &s[k + 1..]);
        (1..=3).contains(&int.len())
            && !int.starts_with('0')
            && int.chars().all(|c| c.is_ascii_digit())
            && frac.len() == 3
            && frac.chars().all(|c| c.is_ascii_digit())
    }

    fn format_en(value: Decimal, decimals: u32) -> String {
        format_pl(value, decimals)
            .replace(',', ".")
            .replace('\u{a0}', ",")
    }

    fn decimal_strategy() -> impl Strategy<Value = Decimal> {
        (-100_000_000_000_000i64..100_000_000_000_000i64, 0u32..=6)
            .prop_map(|(m, s)| Decimal::new(m, s))
    }

    fn any_text() -> impl Strategy<Value = String> {
        prop_oneof![
            "\\PC*",
            any::<String>(),
            "[0-9 .,'’\u{a0}\u{202f}eE+\\-–/%]{0,24}",
            "(ok\\.|do|od|max\\.|<|≥)? ?[0-9]{1,6}([.,][0-9]{1,4})? ?(zł|PLN|€|%|h|min|dni|godz\\.|netto|/mies\\.)?",
        ]
    }

    proptest! {
        #[test]
        fn polish_format_round_trips(v in decimal_strategy(), k in 0u32..=4) {
            let s = format_pl(v, k);
            let want = v.round_dp_with_strategy(k, RoundingStrategy::MidpointAwayFromZero);
            match parse_number(&s) {
                Ok(r) => {
                    prop_assert!(!looks_ambiguous(&s), "{s:?} should be ambiguous");
                    prop_assert_eq!(r.value, want, "{:?}", s);
                }
                Err(e) => {
                    prop_assert!(k == 3 && looks_ambiguous(&s), "{s:?}: {e}");
                    prop_assert!(e.message.contains("ambiguous"), "{s:?}: {e}");
                }
            }
        }

        #[test]
        fn english_format_round_trips(v in decimal_strategy(), k in 0u32..=4) {
            let s = format_en(v, k);
            let want = v.round_dp_with_strategy(k, RoundingStrategy::MidpointAwayFromZero);
            match parse_number(&s) {
                Ok(r) => {
                    prop_assert!(!looks_ambiguous(&s), "{s:?} should be ambiguous");
                    prop_assert_eq!(r.value, want, "{:?}", s);
                }
                Err(e) => {
                    prop_assert!(looks_ambiguous(&s), "{s:?}: {e}");
                    prop_assert!(e.message.contains("ambiguous"), "{s:?}: {e}");
                }
            }
        }

        #[test]
        fn money_keeps_polish_amounts(v in decimal_strategy()) {
            let v = v.round_dp(2).abs();
            let s = format!("{} zł", format_pl(v, 2));
            let r = parse_money(&s).map_err(|e| TestCaseError::fail(format!("{s:?}: {e}")))?;
            prop_assert_eq!(r.value.amount, v);
            prop_assert_eq!(r.value.currency, Some("PLN"));
        }

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
            let _ = normalize_label(&t);
        }

        #[test]
        fn percents_stay_in_range(t in any_text()) {
            if let Ok(r) = parse_percent(&t) {
                prop_assert!(r.value >= Decimal::ZERO && r.value <= Decimal::ONE_HUNDRED);
            }
        }

        #[test]
        fn durations_are_not_negative(t in any_text()) {
            if let Ok(r) = parse_duration(&t, TimeUnit::Hour) {
                prop_assert!(r.value >= Decimal::ZERO, "{t:?} -> {}", r.value);
            }
        }

        #[test]
        fn decimals_are_exact(int in "[0-9]{0,32}", frac in "[0-9]{0,32}") {
            // The slow, obviously right reading: Decimal's own parser.
            let digits = int.trim_start_matches('0');
            let digits = if digits.is_empty() { "0" } else { digits };
            let frac28 = &frac[..frac.len().min(28)];
            let want = if digits.len() > 29 {
                None
            } else if frac28.is_empty() {
                Decimal::from_str(digits).ok()
            } else {
                Decimal::from_str(&format!("{digits}.{frac28}")).ok()
            };
            let got = to_decimal(&[int.as_str()], &frac);
            let parts = |d: Option<Decimal>| d.map(|d| (d.mantissa(), d.scale()));
            prop_assert_eq!(parts(got), parts(want));
        }

        #[test]
        fn label_form_is_left_alone(s in "[a-z0-9 ]{0,12}") {
            if is_label_form(&s) {
                prop_assert_eq!(normalize_label(&s), s);
            }
        }

        #[test]
        fn labels_are_idempotent(t in "\\PC{0,40}") {
            let once = normalize_label(&t);
            // A second pass may only strip a parenthesised part the first pass exposed, and
            // normal forms carry no parentheses.
            prop_assert_eq!(normalize_label(&once), once.clone());
        }
    }
}
