//! One cell read for one criterion: a typed spreadsheet cell, or text through the value
//! grammar; every reading that is not literal noted at its cell, every failure an error there.

use crate::i18n::Msg;
use std::str::FromStr;

use rust_decimal::Decimal;

use crate::calendar::serial_year;
use crate::criteria::{Better, Criteria, Criterion, Kind, Period};
use crate::issue::Issue;
use crate::numbers::shortest;
use crate::table::RawCell;

use super::Value;
use super::convert;
use super::value::{self, Bound, Reading, Tax, Vague, ValueError, Window};
use crate::criteria::TimeUnit;

/// Where a cell's problems and notes go: its location, its offer, the criterion read; and
/// what was learnt beside the value.
pub(super) struct At<'a, L: Fn() -> String> {
    pub criterion: &'a Criterion,
    pub location: L,
    pub offer: usize,
    pub issues: &'a mut Vec<Issue>,
    /// Whether a price said it was net or gross.
    pub tax: Option<Tax>,
    /// Net or gross, as the column's header says: what a price saying neither is.
    pub header_tax: Option<Tax>,
    /// The service window written with a time.
    pub window: Option<Window>,
    /// The cell held an answer that could not be read.
    pub failed: bool,
    /// Notes are only counted, not written: the column has listed as many as are shown.
    pub quiet: bool,
    /// Notes counted while quiet.
    pub unwritten: usize,
}

impl<'a, L: Fn() -> String> At<'a, L> {
    pub fn new(
        criterion: &'a Criterion,
        location: L,
        offer: usize,
        issues: &'a mut Vec<Issue>,
    ) -> Self {
        At {
            criterion,
            location,
            offer,
            issues,
            tax: None,
            header_tax: None,
            window: None,
            failed: false,
            quiet: false,
            unwritten: 0,
        }
    }

    /// An error at the cell: the answer is left missing.
    fn fail(&mut self, message: Msg) -> Option<Value> {
        self.failed = true;
        self.issues.push(
            Issue::error(
                (self.location)(),
                Msg::new("cell-error")
                    .with("criterion", &self.criterion.id)
                    .msg("message", message),
            )
            .for_offer(self.offer),
        );
        None
    }

    /// How `shown` was read, when not literally: a note at the cell.
    fn note(&mut self, shown: &str, notes: &[Msg]) {
        if notes.is_empty() {
            return;
        }
        if self.quiet {
            self.unwritten += 1;
            return;
        }
        self.issues.push(
            Issue::info(
                (self.location)(),
                Msg::new("cell-read-as")
                    .with("criterion", &self.criterion.id)
                    .with("shown", shown)
                    .list("notes", notes.to_vec()),
            )
            .for_offer(self.offer),
        );
    }

    /// A reading of `shown`: its notes (how it was read, when not literally) as a note at the
    /// cell, its value; or its error.
    fn read<T>(
        &mut self,
        shown: &str,
        reading: Result<Reading<T>, ValueError>,
        into: impl FnOnce(T) -> Value,
    ) -> Option<Value> {
        match reading {
            Ok(mut r) => {
                r.doubts.extend(bound_doubt(r.bound, self.criterion));
                let value = match (r.low, self.criterion.better) {
                    (Some(low), Better::Higher) if self.criterion.kind.is_numeric() => {
                        lower_end(&mut r.notes);
                        Some(low)
                    }
                    _ => None,
                };
                if !r.doubts.is_empty() {
                    self.issues.push(
                        Issue::warning(
                            (self.location)(),
                            Msg::new("cell-read-check")
                                .with("criterion", &self.criterion.id)
                                .with("shown", shown)
                                .list("doubts", std::mem::take(&mut r.doubts)),
                        )
                        .for_offer(self.offer),
                    );
                }
                if r.window.is_some() {
                    self.window = r.window;
                }
                self.note(shown, &r.notes);
                Some(into(r.value)).map(|v| match (v, value) {
                    (Value::Num(_), Some(low)) => Value::Num(low),
                    (v, _) => v,
                })
            }
            Err(e) => self.fail(e.message),
        }
    }
}

/// "natychmiast" for a time, "nielimitowane" for an amount: a promise with no number. An
/// unlimited count of hours a month is read as every hour of the longest month (744), with a
/// warning; anything else is left blank with a warning, and counts as not understood where an
/// answer is required.
fn read_vague<L: Fn() -> String>(v: Vague, shown: &str, at: &mut At<'_, L>) -> Option<Value> {
    let c = at.criterion;
    let hours_a_month = c.kind == Kind::Number
        && c.unit.as_deref() == Some("h")
        && c.per == Some(Period::Month)
        && c.better == Better::Higher;
    let (value, message) = match v {
        Vague::Unlimited if hours_a_month => (
            Some(Value::Num(Decimal::from(744))),
            Msg::new("cell-unlimited-hours").with("shown", shown),
        ),
        Vague::Unlimited => (None, Msg::new("cell-no-limit").with("shown", shown)),
        Vague::Immediate => (None, Msg::new("cell-no-time").with("shown", shown)),
    };
    at.failed = value.is_none();
    at.issues.push(
        Issue::warning(
            (at.location)(),
            Msg::new("cell-error")
                .with("criterion", &c.id)
                .msg("message", message),
        )
        .for_offer(at.offer),
    );
    value
}

/// Where more is better the lower end of a range is the safe reading: the grammar's note,
/// which names the upper end, is turned round.
fn lower_end(notes: &mut [Msg]) {
    for n in notes.iter_mut() {
        if n.id() == "note-range-upper" {
            let range = n.text_of("range").unwrap_or_default().to_string();
            *n = Msg::new("note-range-lower").with("range", range);
        }
    }
}

/// A qualifier that leaves the value open on the side that matters: "od 1 200 zł" where less
/// is better (the price may be higher), "do 10 h" where more is better.
fn bound_doubt(bound: Option<Bound>, c: &Criterion) -> Option<Msg> {
    match (bound?, c.better) {
        (Bound::AtLeast, Better::Lower) if c.kind.is_numeric() => {
            Some(Msg::new("doubt-lower-bound"))
        }
        (Bound::AtMost, Better::Higher) if c.kind.is_numeric() => {
            Some(Msg::new("doubt-upper-bound"))
        }
        _ => None,
    }
}

/// Reads a cell for a criterion. `None` when blank or unreadable (then with an error at the
/// cell, and `at.failed`); `at.tax` says whether a price was written net or gross.
pub(super) fn read_value<L: Fn() -> String>(
    cell: &RawCell,
    criteria: &Criteria,
    at: &mut At<'_, L>,
) -> Option<Value> {
    let c = at.criterion;
    let value = match cell {
        RawCell::Empty => return None,
        RawCell::Text(t) => read_text(t.as_str(), criteria, at),
        // A choice is matched by its text, whatever the cell type.
        other if c.kind == Kind::Choice => return read_text(&other.display(), criteria, at),
        other => match read_typed(other, c) {
            Ok(v) => Some(v),
            Err(message) => at.fail(message),
        },
    };
    if let Some(Value::Num(days)) = &value
        && let Some(doubt) = bare_days_doubt(cell, c, *days)
    {
        at.issues.push(
            Issue::warning(
                (at.location)(),
                Msg::new("cell-read-check")
                    .with("criterion", &c.id)
                    .with("shown", cell.display().trim())
                    .list("doubts", vec![doubt]),
            )
            .for_offer(at.offer),
        );
    }
    value
}

/// A bare number ("3") for a time counted in days on a scale of months (a notice period, a
/// contract term): read as days, as the criterion's unit says, but months may have been meant.
fn bare_days_doubt(cell: &RawCell, c: &Criterion, days: Decimal) -> Option<Msg> {
    if c.kind != Kind::Duration || c.time_unit != Some(TimeUnit::Day) {
        return None;
    }
    let bare = match cell {
        RawCell::Number(_) => true,
        RawCell::Text(t) => {
            let t = t.trim();
            !t.is_empty() && t.chars().all(|ch| ch.is_ascii_digit())
        }
        _ => false,
    };
    let months_scale = match c.scoring {
        crate::criteria::Scoring::Linear { best, worst } => best.max(worst) >= 28.0,
        _ => false,
    };
    (bare && months_scale && days > Decimal::ZERO && days <= Decimal::from(12))
        .then(|| Msg::new("doubt-bare-days").dec("n", days))
}

/// An amount, net or gross as the cell or its column's header says, brought to the criteria's
/// basis.
fn read_money<L: Fn() -> String>(
    raw: &str,
    shown: &str,
    criteria: &Criteria,
    at: &mut At<'_, L>,
) -> Option<Value> {
    match value::parse_money(raw) {
        Ok(mut r) => {
            if r.value.tax.is_none()
                && let Some(x) = at.header_tax
            {
                r.value.tax = Some(x);
                if x != criteria.prices {
                    r.notes.push(Msg::new(match x {
                        Tax::Net => "cell-net-by-header",
                        Tax::Gross => "cell-gross-by-header",
                    }));
                }
            }
            at.tax = r.value.tax;
            match convert::money(r, criteria, at.criterion) {
                Ok(r) => at.read(shown, Ok(r), Value::Num),
                Err(message) => at.fail(message),
            }
        }
        Err(e) => at.fail(e.message),
    }
}

/// Reads what was typed into a cell, through the value grammar of the criterion's kind.
fn read_text<L: Fn() -> String>(
    raw: &str,
    criteria: &Criteria,
    at: &mut At<'_, L>,
) -> Option<Value> {
    let c = at.criterion;
    let shown = raw.trim();
    if matches!(c.kind, Kind::Number | Kind::Bool) && value::says_none(raw) {
        // "brak" hours is none of them; "brak" WAF is no WAF. Where fewer is better, a 0
        // would win: there it stays blank.
        let none = match c.kind {
            Kind::Number if c.better == Better::Higher => Some(Value::Num(Decimal::ZERO)),
            Kind::Bool => Some(Value::Bool(false)),
            _ => None,
        };
        if let Some(v) = &none {
            let id = if matches!(v, Value::Bool(_)) {
                "cell-none-read-as-no"
            } else {
                "cell-none-read-as-zero"
            };
            at.note(shown, &[Msg::new(id).with("shown", shown)]);
        }
        return none;
    }
    if c.kind == Kind::Choice && value::says_none(raw) {
        // "brak" indexation: the criterion's own phrase for it, else the choice that says no.
        let keys: Vec<&str> = c.choices.iter().map(|(k, _)| k.as_str()).collect();
        if let Some(r) = value::read_choice(raw, &keys, &c.choice_aliases) {
            return at.read(shown, Ok(r), Value::Choice);
        }
        if let Some(i) = value::match_choice("no", &keys) {
            at.note(
                shown,
                &[Msg::new("cell-none-read-as-choice")
                    .with("shown", shown)
                    .with("key", keys[i])],
            );
            return Some(Value::Choice(i));
        }
    }
    if value::is_missing(raw) {
        return None;
    }
    if let Some(v) = read_as(raw, shown, at) {
        return Some(v);
    }
    if matches!(c.kind, Kind::Duration | Kind::Number)
        && let Some(v) = value::vague(raw)
    {
        return read_vague(v, shown, at);
    }
    match c.kind {
        Kind::Money => read_money(raw, shown, criteria, at),
        Kind::Number => match c.unit.as_deref().and_then(TimeUnit::from_key) {
            // A count of hours (or minutes, days): "600 min" in hours, "120 h rocznie" a month.
            Some(unit) => {
                let r = value::parse_duration(raw, unit).and_then(|r| {
                    convert::per_period(r, c, false).map_err(|message| ValueError { message })
                });
                at.read(shown, r, Value::Num)
            }
            None => {
                let r = value::parse_number(raw);
                at.read(shown, r, Value::Num)
            }
        },
        Kind::Percent => at.read(shown, value::parse_percent(raw), Value::Num),
        Kind::Duration => at.read(
            shown,
            value::parse_duration(raw, c.time_unit.unwrap_or(TimeUnit::Minute)),
            Value::Num,
        ),
        Kind::Bool => at.read(shown, value::parse_bool(raw), Value::Bool),
        Kind::Year => at.read(shown, value::parse_year(raw), |y| {
            Value::Num(Decimal::from(y))
        }),
        Kind::Choice => {
            let keys: Vec<&str> = c.choices.iter().map(|(k, _)| k.as_str()).collect();
            match value::read_choice(raw, &keys, &c.choice_aliases) {
                Some(r) => at.read(shown, Ok(r), Value::Choice),
                None => at.fail(
                    Msg::new("cell-expected-choice")
                        .with("choices", keys.join(", "))
                        .with("shown", shown),
                ),
            }
        }
        Kind::Window => at.read(shown, value::parse_window(raw), Value::Num),
        Kind::Text => Some(Value::Text),
        Kind::RiskCost | Kind::Rating => None,
    }
}

/// A phrase of the criterion's `read_as` table in a cell with no digit: its number, noted.
/// With a digit too, the number written is read when it can be, with a warning that the cell
/// also has the phrase; when it cannot ("na czas nieokreślony z 1-miesięcznym okresem
/// wypowiedzenia"), the phrase's number is taken, with a warning.
fn read_as<L: Fn() -> String>(raw: &str, shown: &str, at: &mut At<'_, L>) -> Option<Value> {
    let c = at.criterion;
    if c.read_as.is_empty() {
        return None;
    }
    let cell = format!(" {} ", crate::text::normalize_label(raw));
    let (phrase, n) = c.read_as.iter().find(|(phrase, _)| {
        let p = crate::text::normalize_label(phrase);
        !p.is_empty() && cell.contains(&format!(" {p} "))
    })?;
    let n = n.normalize();
    let amount = c.amount(rust_decimal::prelude::ToPrimitive::to_f64(&n).unwrap_or_default());
    if !raw.bytes().any(|b| b.is_ascii_digit()) {
        at.note(
            shown,
            &[Msg::new("cell-phrase-read-as")
                .with("phrase", phrase)
                .msg("value", amount)],
        );
        return Some(Value::Num(n));
    }
    let number_reads = match c.kind {
        Kind::Duration => {
            value::parse_duration(raw, c.time_unit.unwrap_or(TimeUnit::Minute)).is_ok()
        }
        Kind::Percent => value::parse_percent(raw).is_ok(),
        _ => value::parse_number(raw).is_ok(),
    };
    let (message, taken) = if number_reads {
        (
            Msg::new("cell-phrase-and-number")
                .with("criterion", &c.id)
                .with("shown", shown)
                .with("phrase", phrase)
                .msg("value", amount),
            None,
        )
    } else {
        (
            Msg::new("cell-phrase-only")
                .with("criterion", &c.id)
                .with("shown", shown)
                .with("phrase", phrase)
                .msg("value", amount),
            Some(Value::Num(n)),
        )
    };
    at.issues
        .push(Issue::warning((at.location)(), message).for_offer(at.offer));
    taken
}

/// A spreadsheet number as an exact decimal (via its shortest round-trip text).
fn decimal_of(x: f64) -> Option<Decimal> {
    if !x.is_finite() {
        return None;
    }
    let text = format!("{x}");
    Decimal::from_str(&text)
        .or_else(|_| Decimal::from_scientific(&text))
        .ok()
}

/// Reads a typed (non-text) cell for a criterion.
pub(super) fn read_typed(cell: &RawCell, c: &Criterion) -> Result<Value, Msg> {
    let found = || match cell {
        RawCell::Number(x) => Msg::new("cell-the-number").with("value", shortest(*x)),
        RawCell::Bool(b) => {
            Msg::new("cell-the-boolean").with("value", if *b { "TRUE" } else { "FALSE" })
        }
        RawCell::Date(_) => Msg::new("cell-the-date").with("value", cell.display()),
        RawCell::Duration(_) => Msg::new("cell-the-duration").with("value", cell.display()),
        _ => Msg::new("cell-the-value").with("value", cell.display()),
    };
    let num = |d: Option<Decimal>| {
        d.map(Value::Num)
            .ok_or_else(|| Msg::new("cell-out-of-range").msg("found", found()))
    };
    let expected = |what: Msg| {
        Msg::new("cell-expected")
            .msg("what", what)
            .msg("found", found())
    };
    match (cell, c.kind) {
        (RawCell::Error(e), _) => {
            Err(Msg::new("cell-spreadsheet-error").with("error", e.to_string()))
        }
        (RawCell::Number(x), Kind::Number | Kind::Money) => num(decimal_of(*x)),
        (RawCell::Number(x), Kind::Percent) => {
            // Excel stores 99.9 % as 0.999.
            let pct = if (0.0..=1.0).contains(x) {
                x * 100.0
            } else {
                *x
            };
            if !(0.0..=100.0).contains(&pct) {
                return Err(expected(Msg::new("cell-a-percentage-0-100")));
            }
            num(decimal_of(pct).map(|d| d.round_dp(10).normalize()))
        }
        (RawCell::Number(x), Kind::Duration) => {
            if *x < 0.0 {
                return Err(expected(Msg::new("cell-a-duration")));
            }
            num(decimal_of(*x))
        }
        (RawCell::Number(x), Kind::Year) => {
            if x.fract() == 0.0 && (1900.0..=2100.0).contains(x) {
                Ok(Value::Num(Decimal::from(*x as i64)))
            } else {
                Err(expected(Msg::new("value-a-year")))
            }
        }
        (RawCell::Number(x), Kind::Bool) if *x == 0.0 || *x == 1.0 => Ok(Value::Bool(*x == 1.0)),
        (RawCell::Bool(b), Kind::Bool) => Ok(Value::Bool(*b)),
        (RawCell::Date(serial), Kind::Year) => serial_year(*serial)
            .map(|y| Value::Num(Decimal::from(y)))
            .ok_or_else(|| expected(Msg::new("cell-a-year"))),
        // A time of day typed into a duration column: 0:15 means 15 minutes.
        (RawCell::Date(days), Kind::Duration) if (0.0..1.0).contains(days) => {
            num(days_in(*days, c))
        }
        (RawCell::Duration(days), Kind::Duration) if *days >= 0.0 => num(days_in(*days, c)),
        (_, Kind::Text) => Ok(Value::Text),
        _ => Err(expected(expected_of(c))),
    }
}

/// Days as a duration in the criterion's unit.
fn days_in(days: f64, c: &Criterion) -> Option<Decimal> {
    let minutes = decimal_of((days * 1440.0 * 1e6).round() / 1e6)?;
    Some((minutes / c.time_unit.unwrap_or(TimeUnit::Minute).minutes()).normalize())
}

fn expected_of(c: &Criterion) -> Msg {
    match c.kind {
        Kind::Number => Msg::new("value-a-number"),
        Kind::Money => Msg::new("value-an-amount"),
        Kind::Percent => Msg::new("value-a-percent"),
        Kind::Duration => Msg::new("value-a-duration"),
        Kind::Bool => Msg::new("value-yes-no"),
        Kind::Year => Msg::new("value-a-year"),
        Kind::Choice => Msg::new("cell-one-of").with(
            "choices",
            c.choices
                .iter()
                .map(|(k, _)| k.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        Kind::Text => Msg::new("cell-a-text"),
        Kind::Window => Msg::new("value-a-window"),
        Kind::RiskCost => Msg::new("cell-computed"),
        Kind::Rating => Msg::new("cell-rated"),
    }
}
