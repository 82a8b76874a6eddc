//! Brings a reading to the criterion's basis: amounts to the criteria's currency (through
//! `[exchange_rates]`), to net or gross (`prices`, `vat_rate`), and amounts and counts to the
//! criterion's period (`per`). Every conversion is noted with the numbers used; a period that
//! cannot be converted (an hourly rate in a monthly column) is a doubt, shown as a warning.

use rust_decimal::Decimal;

use crate::criteria::{Criteria, Criterion, Period, Tax};
use crate::numbers::{plain, round_money};

use super::value::{Money, Reading};

/// An amount in the criteria's currency, net or gross as `prices` says, per the criterion's
/// period. `Err`: a currency without a rate, with the key to add.
pub(super) fn money(
    r: Reading<Money>,
    criteria: &Criteria,
    c: &Criterion,
) -> Result<Reading<Decimal>, String> {
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
            return Err(format!(
                "the amount is in {cur} but the criteria compare {home}: add its rate to the criteria file, under [exchange_rates]: {cur} = <what one {cur} costs in {home}>",
                home = criteria.currency
            ));
        };
        let converted = round_money(amount.checked_mul(rate).ok_or_else(out_of_range)?);
        notes.push(
            format!(
                "{} {cur} at {} {home} per {cur} = {} {home}",
                plain(amount),
                plain(rate),
                plain(converted),
                home = criteria.currency
            )
            .into(),
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
            format!(
                "{} {} at {} % VAT = {} {}",
                tax.key(),
                plain(amount),
                plain(criteria.vat_rate),
                plain(converted),
                criteria.prices.key()
            )
            .into(),
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
) -> Result<Reading<Decimal>, String> {
    let Some((written, words)) = r.per.take() else {
        return Ok(r);
    };
    let Some(want) = c.per else {
        let note = format!(
            "'{words}' ({}) not converted: the criterion does not say what it is per (its `per` key)",
            written.describe()
        );
        if matches!(written, Period::Month | Period::Hour) {
            r.notes.push(note.into());
        } else {
            r.doubts.push(note.into());
        }
        return Ok(r);
    };
    if written == want {
        return Ok(r);
    }
    if written == Period::Hour || want == Period::Hour {
        r.doubts.push(
            format!(
                "'{words}' is {}, but this criterion is {}: not converted",
                per_words(written),
                per_words(want)
            )
            .into(),
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
        format!(
            "'{words}' is {}: {} {} = {} {}",
            per_words(written),
            plain(r.value),
            factor_words(factor),
            plain(converted),
            per_words(want)
        )
        .into(),
    );
    r.value = converted;
    Ok(r)
}

/// A conversion whose result no decimal holds: the number written is absurdly large.
fn out_of_range() -> String {
    "the number is too large to convert".to_string()
}

/// "a month", "an hour", "8 months", as what an amount is per: "per month".
fn per_words(p: Period) -> String {
    match p {
        Period::Months(n) => format!("per {n} months"),
        other => format!("per {}", other.key()),
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
