//! `rank -f csv`: the ranking as RFC 4180 CSV, with spreadsheet formulas neutralized.
//!
//! One header row, then one row per offer in ranking order (knocked-out offers last, with an
//! empty rank). Comma-separated, CRLF line endings, fields quoted only when they must be; or,
//! for Polish Excel ([`Dialect::Polish`]), a UTF-8 BOM, `;` and decimal commas.
//! The fixed columns are [`COLUMNS`]; one column per criterion follows, named by its id; the
//! audit stamp closes every row ([`AUDIT_COLUMNS`]), so that each row says where it came from
//! and any CSV reader still sees one table.
//!
//! Vendor-supplied text is a spreadsheet-formula vector (OWASP "CSV injection"): every text
//! cell is stripped of control characters and passed through [`neutralize`]; numbers this
//! writer formats itself (score, costs, numeric answers) are written as plain numbers.

use crate::i18n::Lang;
use std::borrow::Cow;
use std::io::{self, Write};

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::analysis::Analysis;
use crate::criteria::{Criterion, Kind};
use crate::export::audit::Audit;
use crate::normalize::Value;
use crate::numbers::round_money;
use crate::sanitize::clean;
use crate::score::flags::{Detail, DetailKey};
use crate::score::rank::Ranked;
use std::collections::HashMap;

/// One cell before it is written: text is sanitized, numbers are not.
enum Field<'a> {
    Empty,
    /// Formatted by this writer from a number: never a formula.
    Number(Number),
    /// Anything else, possibly vendor-supplied: cleaned and neutralized when written.
    Text(Cow<'a, str>),
    /// Yes or no: `true`/`false`, or `tak`/`nie` in the Polish dialect.
    Bool(bool),
}

/// A number as a cell writes it; formatted straight into the row's buffer.
#[derive(Clone, Copy)]
enum Number {
    Whole(i64),
    /// The shortest text that reads back as the same f64, never `-0`.
    Shortest(f64),
    /// One decimal, never `-0.0`.
    OneDecimal(f64),
    /// Exactly two decimals, as [`crate::numbers::money_string`] writes money.
    Money(Decimal),
}

impl Number {
    /// The number's text, with `.` before the decimals, in `out` (emptied first).
    fn put(self, out: &mut Vec<u8>) {
        out.clear();
        // Writing into a Vec<u8> cannot fail.
        let _ = match self {
            Number::Whole(i) => write!(out, "{i}"),
            Number::Shortest(x) => write!(out, "{}", x + 0.0),
            Number::OneDecimal(x) => {
                let written = write!(out, "{x:.1}");
                if out == b"-0.0" {
                    out.remove(0);
                }
                written
            }
            Number::Money(d) => {
                let mut r = round_money(d);
                r.rescale(2);
                write!(out, "{r}")
            }
        };
    }
}

/// How a fixed column's cell is made from an offer's ranking row (with the block's red-flag
/// texts at hand).
type CellFn = for<'a> fn(&'a Analysis, Lang, &Ranked, &mut FlagTexts<'a>) -> Field<'a>;

/// The fixed columns, in output order, with how each cell is made. The criterion columns
/// come after these, in the criteria file's order.
const COLUMNS: &[(&str, CellFn)] = &[
    ("rank", |_, _, r, _| {
        r.rank
            .map_or(Field::Empty, |n| Field::Number(Number::Whole(n as i64)))
    }),
    ("vendor", |a, _, r, _| {
        Field::Text(Cow::Borrowed(&a.offers.offers[r.offer].vendor))
    }),
    ("score", |_, _, r, _| score(r.score)),
    ("disqualified", |a, _, r, _| {
        Field::Bool(a.evaluation.disqualified[r.offer])
    }),
    ("monthly_cost", |a, _, r, _| {
        money(a.evaluation.costs[r.offer].monthly.as_ref().ok())
    }),
    ("risk_cost", |a, _, r, _| {
        money(a.evaluation.costs[r.offer].risk.as_ref().ok())
    }),
    ("knockouts", |a, lang, r, _| {
        joined(
            a.evaluation.knockouts[r.offer]
                .iter()
                .map(|k| k.message.in_lang(lang)),
        )
    }),
    // Flags that disqualify are listed once, under knockouts (as the table does).
    ("red_flags", |a, lang, r, texts| texts.of(a, lang, r.offer)),
    ("blanks", |a, _, r, _| {
        Field::Number(Number::Whole(a.evaluation.blanks[r.offer] as i64))
    }),
    ("source", |a, _, r, _| {
        Field::Text(Cow::Owned(
            a.offers.location(a.offers.offers[r.offer].source),
        ))
    }),
];

/// Which spreadsheet the CSV is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Dialect {
    /// RFC 4180: `,` between fields, `.` in numbers, no BOM.
    #[default]
    Rfc4180,
    /// What Excel and LibreOffice in a Polish locale open with a double click: a UTF-8 BOM
    /// (else Polish letters come out garbled), `;` between fields, `,` in numbers.
    Polish,
}

/// The audit columns closing every row, after the criterion columns.
pub(crate) const AUDIT_COLUMNS: &[&str] = &[
    "source_sha256",
    "criteria",
    "criteria_sha256",
    "profile",
    "method",
    "tool",
    "generated_at",
];

/// Writes the header row and one row per offer, in ranking order.
pub fn write(
    a: &Analysis,
    audit: &Audit,
    dialect: Dialect,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let polish = dialect == Dialect::Polish;
    if polish {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let mut w = writer(polish, out);
    for name in header(a) {
        w.write_field(text_cell(&name).as_bytes())?;
    }
    w.write_record(None::<&[u8]>)?;
    w.flush()?;
    let out = w.into_inner().map_err(csv::IntoInnerError::into_error)?;
    let criteria = format!("{} ({})", audit.criteria_name, audit.criteria_origin);
    // The rows are put into words on every core, a block each, and written in order: the
    // bytes are the same as one after the other. A wave of blocks at a time keeps memory
    // bounded; the blocks of one wave are written out while the next wave is put into words,
    // in the other set of buffers.
    let threads = std::thread::available_parallelism().map_or(1, |t| t.get());
    let mut made: Vec<Vec<u8>> = vec![Vec::new(); threads];
    let mut making: Vec<Vec<u8>> = vec![Vec::new(); threads];
    let mut ready = 0;
    let mut waves = a.ranking.chunks(BLOCK * threads);
    loop {
        let wave = waves.next().unwrap_or_default();
        let (wrote, results): (io::Result<()>, Vec<io::Result<()>>) = std::thread::scope(|s| {
            let handles: Vec<_> = wave
                .chunks(BLOCK)
                .zip(making.iter_mut())
                .map(|(rows, buffer)| {
                    s.spawn(|| rows_bytes(a, audit, rows, &criteria, polish, lang, buffer))
                })
                .collect();
            let wrote = made[..ready].iter().try_for_each(|b| out.write_all(b));
            let results = handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect();
            (wrote, results)
        });
        wrote?;
        for result in results {
            result?;
        }
        if wave.is_empty() {
            break;
        }
        ready = wave.chunks(BLOCK).count();
        std::mem::swap(&mut made, &mut making);
    }
    out.flush()
}

/// Rows put into words per thread at a time.
const BLOCK: usize = 2_048;
/// Rows whose answers are loaded ahead at a time: what they take stays in the core's cache.
const WARM: usize = 128;

/// The CSV writer of the dialect.
fn writer<W: Write>(polish: bool, out: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .delimiter(if polish { b';' } else { b',' })
        .from_writer(out)
}

/// The rows of `rows`, in order, as CSV bytes in `out` (emptied first).
fn rows_bytes(
    a: &Analysis,
    audit: &Audit,
    rows: &[Ranked],
    criteria: &str,
    polish: bool,
    lang: Lang,
    out: &mut Vec<u8>,
) -> io::Result<()> {
    // The same on every row: made safe once.
    let stamp: Vec<Cow<'_, str>> = [
        criteria,
        &audit.criteria_sha256,
        audit.profile.as_deref().unwrap_or(""),
        &audit.method,
        &audit.tool,
        audit.generated_at.as_deref().unwrap_or(""),
    ]
    .into_iter()
    .map(text_cell)
    .collect();
    let mut flag_texts = FlagTexts::default();
    let mut number = Vec::with_capacity(32);
    out.clear();
    let mut w = writer(polish, out);
    for (i, r) in rows.iter().enumerate() {
        if i % WARM == 0 {
            warm(a, &rows[i..(i + WARM).min(rows.len())]);
        }
        for (_, cell) in COLUMNS {
            write_field(
                &mut w,
                cell(a, lang, r, &mut flag_texts),
                polish,
                &mut number,
            )?;
        }
        for (j, c) in a.criteria.criteria.iter().enumerate() {
            write_field(
                &mut w,
                criterion_value(a, c, j, r.offer),
                polish,
                &mut number,
            )?;
        }
        let source = a.offers.offers[r.offer].source;
        let file = a
            .offers
            .tables
            .get(source.table as usize)
            .map(|t| t.file.as_str());
        let source_sha = file.and_then(|f| audit.input_sha256(f)).unwrap_or("");
        write_field(
            &mut w,
            Field::Text(Cow::Borrowed(source_sha)),
            polish,
            &mut number,
        )?;
        for field in &stamp {
            w.write_field(field.as_bytes())?;
        }
        w.write_record(None::<&[u8]>)?;
    }
    w.flush()
}

/// The red flags' messages of a block of rows, each distinct one put into words once: the
/// same flag with the same detail is on thousands of offers.
#[derive(Default)]
pub(crate) struct FlagTexts<'a> {
    known: HashMap<(&'a str, DetailKey<'a>), String>,
}

impl<'a> FlagTexts<'a> {
    /// Offer `o`'s flags that do not disqualify, joined.
    fn of(&mut self, a: &'a Analysis, lang: Lang, o: usize) -> Field<'static> {
        let mut joined = String::new();
        for f in a.evaluation.flags[o].iter().filter(|f| !f.disqualify) {
            let key = (
                &*f.id,
                f.detail.as_ref().map_or((u8::MAX, [0; 3], ""), Detail::key),
            );
            let text = self
                .known
                .entry(key)
                .or_insert_with(|| f.message_in(&a.criteria, lang));
            if !joined.is_empty() {
                joined.push_str("; ");
            }
            joined.push_str(text);
        }
        if joined.is_empty() {
            Field::Empty
        } else {
            Field::Text(Cow::Owned(joined))
        }
    }
}

/// Reads the answers of `rows` once, column by column, before they are written: the offers
/// come in ranking order, scattered over memory, and a pass that only loads lets the processor
/// fetch many at a time, where writing would wait for each in turn.
fn warm(a: &Analysis, rows: &[Ranked]) {
    let ev = &a.evaluation;
    let mut seen = 0usize;
    for r in rows {
        let o = r.offer;
        seen += a.offers.offers[o]
            .vendor
            .as_bytes()
            .first()
            .map_or(0, |&b| usize::from(b));
        seen += ev.flags[o].len() + ev.knockouts[o].len() + usize::from(ev.costs[o].risk.is_ok());
    }
    for column in a.offers.cells.iter().filter(|c| !c.is_empty()) {
        for r in rows {
            seen += column.get(r.offer).map_or(0, |c| match c.value {
                Some(Value::Text) => c.raw.as_bytes().first().map_or(0, |&b| usize::from(b)),
                Some(_) => 1,
                None => 0,
            });
        }
    }
    std::hint::black_box(seen);
}

/// The header row: the fixed columns, then one per criterion named by its id. A criterion
/// whose id is also a fixed column (the profiles' `risk_cost`) is named `criterion:<id>`,
/// so that every header is unique (ids never contain `:`).
pub fn header(a: &Analysis) -> Vec<String> {
    let fixed = COLUMNS.iter().map(|(name, _)| name.to_string());
    let taken =
        |id: &str| COLUMNS.iter().any(|(name, _)| *name == id) || AUDIT_COLUMNS.contains(&id);
    let criteria = a.criteria.criteria.iter().map(|c| {
        if taken(&c.id) {
            format!("criterion:{}", c.id)
        } else {
            c.id.clone()
        }
    });
    let audit = AUDIT_COLUMNS.iter().map(|name| name.to_string());
    fixed.chain(criteria).chain(audit).collect()
}

/// True for a character that starts a formula in a spreadsheet: `=`, `+`, `-`, `@`, and their
/// full-width (`＝`, `＋`, `－`, `＠`) and small (U+FE66, U+FE62, U+FE63) forms, which a
/// spreadsheet, or an import that normalizes text (NFKC), may turn into the ASCII ones.
pub(crate) fn is_formula_start(c: char) -> bool {
    matches!(
        c,
        '=' | '+'
            | '-'
            | '@'
            | '\u{FF1D}'
            | '\u{FF0B}'
            | '\u{FF0D}'
            | '\u{FF20}'
            | '\u{FE66}'
            | '\u{FE62}'
            | '\u{FE63}'
    )
}

/// Makes a text cell safe to open in a spreadsheet (OWASP CSV injection): text that starts
/// with a formula character ([`is_formula_start`]: `=`, `+`, `-`, `@`, full-width ones too), a
/// tab, a carriage return or NUL — or with blanks and then a formula character — is prefixed
/// with a single quote, so that it is shown as text, never evaluated as a formula. Other text
/// is returned as it is. For text cells only: numbers written by the exporter itself (a
/// negative cost, say) must not go through here.
pub(crate) fn neutralize(text: &str) -> Cow<'_, str> {
    let first = text.chars().next();
    let first_visible = text.trim_start().chars().next();
    if matches!(first, Some('\t' | '\r' | '\0'))
        || first.is_some_and(is_formula_start)
        || first_visible.is_some_and(is_formula_start)
    {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// A text cell as written: control characters (escape sequences, newlines, tabs, bidi
/// overrides) replaced, then neutralized at its start and after every `;` and `,`. A CSV file
/// is opened by double click in whatever locale the spreadsheet has: a `;` file in an English
/// Excel is split at the commas, a `,` file in a Polish one at the semicolons, and the quoting
/// of the intended separator does not hold then, so each `,` or `;` can start a cell.
fn text_cell(text: &str) -> Cow<'_, str> {
    if inert_ascii(text) {
        return Cow::Borrowed(text);
    }
    let cleaned = clean(text);
    let separators = [';', ','];
    let needs = |s: &str| matches!(neutralize(s), Cow::Owned(_));
    if !cleaned.split(separators).any(needs) {
        return cleaned;
    }
    let mut out = String::with_capacity(cleaned.len() + 4);
    let mut rest: &str = &cleaned;
    loop {
        match rest.find(separators) {
            Some(i) => {
                out.push_str(&neutralize(&rest[..i]));
                out.push_str(&rest[i..i + 1]);
                rest = &rest[i + 1..];
            }
            None => {
                out.push_str(&neutralize(rest));
                break;
            }
        }
    }
    Cow::Owned(out)
}

/// True for printable ASCII in which nothing between `;` and `,` starts, after spaces, with a
/// formula character: what [`text_cell`] leaves as it is, told in one pass over the bytes.
fn inert_ascii(text: &str) -> bool {
    let mut start = true;
    for &b in text.as_bytes() {
        if !(0x20..0x7f).contains(&b) {
            return false;
        }
        match b {
            b' ' if start => continue,
            b'=' | b'+' | b'-' | b'@' if start => return false,
            _ => start = b == b';' || b == b',',
        }
    }
    true
}

/// Writes one cell; a number is formatted in `number`, a buffer kept for the purpose.
fn write_field<W: Write>(
    w: &mut csv::Writer<W>,
    field: Field<'_>,
    decimal_comma: bool,
    number: &mut Vec<u8>,
) -> csv::Result<()> {
    match field {
        Field::Empty => w.write_field(""),
        Field::Number(n) => {
            n.put(number);
            if decimal_comma && let Some(point) = number.iter_mut().find(|b| **b == b'.') {
                *point = b',';
            }
            w.write_field(&*number)
        }
        Field::Text(t) => w.write_field(text_cell(&t).as_bytes()),
        // The Polish dialect is for Polish Excel and its readers: tak/nie.
        Field::Bool(b) if decimal_comma => w.write_field(if b { "tak" } else { "nie" }),
        Field::Bool(b) => w.write_field(if b { "true" } else { "false" }),
    }
}

/// The score with one decimal and a `.` point; empty when it is not a number.
fn score(x: f64) -> Field<'static> {
    if !x.is_finite() {
        return Field::Empty;
    }
    // No "-0.0" for a score a hair below zero.
    Field::Number(Number::OneDecimal(x))
}

fn money(d: Option<&Decimal>) -> Field<'static> {
    d.map_or(Field::Empty, |d| Field::Number(Number::Money(*d)))
}

/// A decimal as JSON shows it, in plain notation: a whole number as an integer, anything
/// else as the shortest decimal that reads back as the same f64 (so a computed risk cost of
/// 4539.99…9 with 25 nines is 4540, as in JSON); no exponent, no "-0".
fn decimal(d: Decimal) -> Field<'static> {
    if d.fract().is_zero()
        && let Some(i) = d.to_i64()
    {
        return Field::Number(Number::Whole(i));
    }
    match d.to_f64() {
        Some(x) if x.is_finite() => Field::Number(Number::Shortest(x)),
        _ => Field::Empty,
    }
}

fn joined(messages: impl Iterator<Item = String>) -> Field<'static> {
    let list: Vec<String> = messages.collect();
    if list.is_empty() {
        Field::Empty
    } else {
        Field::Text(Cow::Owned(list.join("; ")))
    }
}

/// The parsed answer as JSON's `value` shows it: a number in the criterion's unit, true or
/// false, the choice key, or the text itself; empty when there is no usable answer.
fn criterion_value<'a>(a: &'a Analysis, c: &'a Criterion, j: usize, o: usize) -> Field<'a> {
    if c.kind == Kind::RiskCost {
        // As the fixed `risk_cost` column writes it: to the grosz, never another rounding.
        return money(a.evaluation.costs[o].risk.as_ref().ok());
    }
    let cell = a.offers.cell(j, o);
    match &cell.value {
        None => Field::Empty,
        Some(Value::Num(d)) => decimal(*d),
        Some(Value::Bool(b)) => Field::Bool(*b),
        Some(Value::Choice(k)) => c
            .choices
            .get(*k)
            .map_or(Field::Empty, |(key, _)| Field::Text(Cow::Borrowed(key))),
        Some(Value::Text) => Field::Text(Cow::Borrowed(&cell.raw)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_get_a_quote_and_plain_text_is_untouched() {
        for bad in [
            "=HYPERLINK(\"http://x\",\"click\")",
            "+1+1",
            "-2+3",
            "@SUM(A1)",
            "\t=1",
            "\r=1",
            "  =1+1",
            "\u{FF1D}1+1",
            "\u{FF0B}1",
            "\u{FF0D}2+3",
            "\u{FF20}SUM(A1)",
            "\u{3000}\u{FF1D}1+1",
        ] {
            assert_eq!(neutralize(bad), format!("'{bad}"), "{bad:?}");
        }
        for good in ["Kodex Studio", "1 200 zł", "a=b", "", "'quoted", "e-mail"] {
            assert!(matches!(neutralize(good), Cow::Borrowed(_)), "{good:?}");
            assert_eq!(neutralize(good), good);
        }
    }

    #[test]
    fn text_cells_lose_control_characters_and_formulas_after_semicolons() {
        assert_eq!(text_cell("Evil\u{1b}[2J Co"), "Evil[2J Co");
        assert_eq!(text_cell("\t=1+1"), "' =1+1");
        assert_eq!(
            text_cell("ok; =cmd|' /C calc'!A0"),
            "ok;' =cmd|' /C calc'!A0"
        );
        assert_eq!(text_cell("backups; monitoring"), "backups; monitoring");
        assert!(matches!(text_cell("plain"), Cow::Borrowed(_)));
        // The one-pass check agrees with the field-by-field one.
        for text in [
            "plain",
            " =1",
            "a; -2",
            "a,@b",
            "a;;=b",
            "x-y",
            "a; b",
            "",
            " ",
            ";",
            "tab\there",
            "ż=1",
            "a, +",
            "1-2,3",
        ] {
            let slow = {
                let cleaned = clean(text);
                !cleaned
                    .split([';', ','])
                    .any(|s| matches!(neutralize(s), Cow::Owned(_)))
                    && matches!(cleaned, Cow::Borrowed(_))
            };
            assert!(!inert_ascii(text) || slow, "{text:?}");
            assert_eq!(inert_ascii(text), slow && text.is_ascii(), "{text:?}");
        }
    }

    #[test]
    fn decimals_are_plain_numbers() {
        let n = |s: &str| match decimal(s.parse().unwrap()) {
            Field::Number(n) => {
                let mut out = Vec::new();
                n.put(&mut out);
                String::from_utf8(out).unwrap()
            }
            _ => unreachable!(),
        };
        assert_eq!(n("1500.00"), "1500");
        assert_eq!(n("-2"), "-2");
        assert_eq!(n("99.950"), "99.95");
        assert_eq!(n("-0.0"), "0");
        assert_eq!(n("-2.5"), "-2.5");
        assert_eq!(n("0.0000001"), "0.0000001");
        assert_eq!(n("4539.9999999999999999999999999"), "4540");
        assert_eq!(n("1979.3333333333333333333333333"), "1979.3333333333333");
    }
}
