//! Brings a reading to the criterion's basis: amounts to the criteria's currency (through
//! `[exchange_rates]`), to net or gross (`prices`, `vat_rate`), and amounts and counts to the
//! criterion's period (`per`). Every conversion is noted with the numbers used; a period that
//! cannot be converted (an hourly rate in a monthly column) is a doubt, shown as a warning.

use rust_decimal::Decimal;

use crate::criteria::{Criteria, Criterion, Period, Tax};
use crate::i18n::Msg;
use crate::numbers::{plain, round_money};

use super::value::{Money, Reading};

/// An amount in the criteria's currency, net or gross as `prices` says, per the criterion's
/// period. `Err`: a currency without a rate, with the key to add.
pub(super) fn money(
    r: Reading<Money>,
    criteria: &Criteria,
    c: &Criterion,
) -> Result<Reading<Decimal>, Msg> {
    let Reading {
        value: m,
        mut notes,
        doubts,
        per,
        window,
        bound,
        low,
    } = r;
    let mut amount = m.amount;
    if let Some(cur) = m.currency
        && cur != criteria.currency
    {
        let Some(rate) = criteria
            .exchange_rates
            .iter()
            .find(|(code, _)| code == cur)
            .map(|(_, rate)| *rate)
        else {
            return Err(Msg::new("convert-no-rate")
                .with("currency", cur)
                .with("home", &criteria.currency));
        };
        let converted = round_money(amount.checked_mul(rate).ok_or_else(out_of_range)?);
        notes.push(
            Msg::new("convert-currency")
                .dec("amount", amount)
                .with("currency", cur)
                .dec("rate", rate)
                .dec("converted", converted)
                .with("home", &criteria.currency),
        );
        amount = converted;
    }
    if let Some(tax) = m.tax
        && tax != criteria.prices
    {
        let factor = Decimal::ONE + criteria.vat_rate / Decimal::ONE_HUNDRED;
        let converted = round_money(
            match tax {
                Tax::Gross => amount.checked_div(factor),
                Tax::Net => amount.checked_mul(factor),
            }
            .ok_or_else(out_of_range)?,
        );
        notes.push(
            Msg::new(match tax {
                Tax::Gross => "convert-gross-to-net",
                Tax::Net => "convert-net-to-gross",
            })
            .dec("amount", amount)
            .dec("vat", criteria.vat_rate)
            .dec("converted", converted),
        );
        amount = converted;
    }
    // The lower end of a range goes through the same conversions.
    let scale = |x: Decimal| -> Option<Decimal> {
        if m.amount.is_zero() || amount == m.amount {
            Some(x)
        } else {
            Some(round_money(x.checked_mul(amount)?.checked_div(m.amount)?))
        }
    };
    let mut reading = Reading::new(amount, notes);
    reading.doubts = doubts;
    reading.per = per;
    reading.window = window;
    reading.bound = bound;
    reading.low = match low {
        Some(l) => Some(scale(l).ok_or_else(out_of_range)?),
        None => None,
    };
    per_period(reading, c, true)
}

/// An amount or a count per the criterion's period (`per`). A period written that cannot be
/// converted (an hour against a month) is a doubt; with no `per` on the criterion a period
/// other than a month or an hour is a doubt too: it is not converted.
pub(super) fn per_period(
    mut r: Reading<Decimal>,
    c: &Criterion,
    money: bool,
) -> Result<Reading<Decimal>, Msg> {
    let Some((written, words)) = r.per.take() else {
        return Ok(r);
    };
    let Some(want) = c.per else {
        let note = Msg::new("convert-no-per")
            .with("words", words)
            .msg("period", written.describe());
        if matches!(written, Period::Month | Period::Hour) {
            r.notes.push(note);
        } else {
            r.doubts.push(note);
        }
        return Ok(r);
    };
    if written == want {
        return Ok(r);
    }
    if written == Period::Hour || want == Period::Hour {
        r.doubts.push(
            Msg::new("convert-hour-and-period")
                .with("words", words)
                .msg("written", per_words(written))
                .msg("wanted", per_words(want)),
        );
        return Ok(r);
    }
    let factor = want.days() / written.days();
    let round = |x: Decimal| {
        if money {
            round_money(x)
        } else {
            x.round_dp(4).normalize()
        }
    };
    let converted = round(r.value.checked_mul(factor).ok_or_else(out_of_range)?);
    r.low = match r.low {
        Some(l) => Some(round(l.checked_mul(factor).ok_or_else(out_of_range)?)),
        None => None,
    };
    r.notes.push(
        Msg::new("convert-period")
            .with("words", words)
            .msg("written", per_words(written))
            .dec("value", r.value)
            .with("factor", factor_words(factor))
            .dec("converted", converted)
            .msg("wanted", per_words(want)),
    );
    r.value = converted;
    Ok(r)
}

/// A conversion whose result no decimal holds: the number written is absurdly large.
fn out_of_range() -> Msg {
    Msg::new("convert-too-large")
}

/// What an amount is per: "per month" / "miesięcznie", "per 8 months" / "za 8 miesięcy".
fn per_words(p: Period) -> Msg {
    match p {
        Period::Months(n) => Msg::new("per-months").num("n", n),
        Period::Hour => Msg::new("per-hour"),
        Period::Day => Msg::new("per-day"),
        Period::Week => Msg::new("per-week"),
        Period::Month => Msg::new("per-month"),
        Period::Quarter => Msg::new("per-quarter"),
        Period::Year => Msg::new("per-year"),
    }
}

/// "÷ 12", "× 3", "× 0.9375": the factor the way a person checks it.
fn factor_words(f: Decimal) -> String {
    if f >= Decimal::ONE {
        return format!("× {}", plain(f.round_dp(4)));
    }
    let inverse = Decimal::ONE / f;
    if inverse.round_dp(6).fract().is_zero() {
        format!("÷ {}", plain(inverse.round_dp(0)))
    } else {
        format!("× {}", plain(f.round_dp(4)))
    }
}
