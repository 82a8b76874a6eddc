//! Amounts of money: a number with currency, tax (net/gross) and period words around it.

use crate::i18n::Msg;
use rust_decimal::Decimal;

use super::atoms::NUM;
use super::lexer::{Token, tokenize};
use super::lexicon::{Phrases, Tax};
use super::literal::Policy;
use super::period::period_at;
use super::quantity::{Role, read_quantity};
use super::{Reading, ValueError, quoted};
use crate::criteria::Period;
use crate::text::chars::clean;

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

const AN_AMOUNT: &str = "value-an-amount";

pub(super) static CURRENCIES: Phrases<&str> = Phrases::new(&[
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

pub(super) static TAXES: Phrases<Tax> = Phrases::new(&[
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

fn money_roles(toks: &[Token], i: usize) -> Option<(usize, Role)> {
    let currency = CURRENCIES
        .longest(toks, i)
        .map(|(l, c)| (l, Role::Currency(c)));
    let tax = TAXES.longest(toks, i).map(|(l, x)| (l, Role::Tax(x)));
    let period = period_at(toks, i).map(|(l, p)| (l, Role::Period(p)));
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

/// Net or gross, when a text such as a header says which ("Cena brutto", "Abonament (netto)",
/// "Monthly fee excl. VAT"); `None` when it says neither, or both.
pub(crate) fn tax_in(text: &str) -> Option<Tax> {
    let t = clean(text);
    if t.len() > 200 {
        return None;
    }
    let toks = tokenize(t);
    let mut found = None;
    for i in 0..toks.len() {
        if let Some((_, x)) = TAXES.longest(&toks, i) {
            if found.is_some_and(|f| f != x) {
                return None;
            }
            found = Some(x);
        }
    }
    found
}

/// Reads an amount of money: a number with currency (`zł`, `PLN`, `€`, `EUR`, `$`, `£`, `CHF`…),
/// tax (`netto`, `+ VAT`, `brutto`, `z VAT`…) and period words (`/mies.`, `/h`, `per month`…,
/// accepted and noted, not converted) anywhere around it. `1.500 zł` is read as 1500: prices do
/// not come with three decimals.
pub(crate) fn parse_money(text: &str) -> Result<Reading<Money>, ValueError> {
    let q = read_quantity(text, AN_AMOUNT, money_roles, Policy::Thousands)?;
    let mut notes = q.notes;
    let mut currency: Option<&'static str> = None;
    let mut tax: Option<Tax> = None;
    let mut per: Option<(Period, String)> = None;
    for (role, s) in &q.found {
        match *role {
            Role::Currency(c) => {
                if let Some(prev) = currency
                    && prev != c
                {
                    return Err(ValueError::new(
                        Msg::new("value-two-currencies")
                            .msg("what", Msg::new(AN_AMOUNT))
                            .with("first", prev)
                            .with("second", c)
                            .with("found", quoted(text)),
                    ));
                }
                currency = Some(c);
            }
            Role::Tax(x) => {
                if let Some(prev) = tax
                    && prev != x
                {
                    return Err(ValueError::new(
                        Msg::new("value-net-and-gross").with("found", quoted(text)),
                    ));
                }
                if tax.is_none() {
                    let id = if x == Tax::Net {
                        "note-net"
                    } else {
                        "note-gross"
                    };
                    notes.push(Msg::new(id).with("words", quoted(s)));
                }
                tax = Some(x);
            }
            Role::Period(p) => match &per {
                Some((prev, _)) if *prev != p => {
                    return Err(ValueError::new(
                        Msg::new("value-two-periods")
                            .msg("what", Msg::new(AN_AMOUNT))
                            .msg("first", prev.describe())
                            .msg("second", p.describe())
                            .with("found", quoted(text)),
                    ));
                }
                Some(_) => {}
                None => per = Some((p, quoted(s))),
            },
            Role::Percent => {}
        }
    }
    let mut reading = Reading::new(
        Money {
            amount: q.value,
            currency,
            tax,
        },
        notes,
    );
    reading.per = per;
    reading.bound = q.bound;
    reading.low = q.low;
    Ok(reading)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::criteria::Period;
    use crate::normalize::value::tests::{d, decimal_strategy, err_of, has_notes, ok_of};
    use crate::numbers::polish;
    use proptest::prelude::*;

    #[test]
    #[allow(clippy::too_many_lines, reason = "a table of cases")]
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
            // A period is reported for the caller to convert, not noted here.
            let (periods, notes): (Vec<&str>, Vec<&str>) =
                notes.iter().partition(|n| n.starts_with("period"));
            has_notes(&r.notes, &notes, t);
            for p in periods {
                let (_, written) = r.per.as_ref().unwrap_or_else(|| panic!("{t:?}: no period"));
                let quoted = p.split('\'').nth(1).unwrap_or("");
                assert!(
                    written.contains(quoted),
                    "{t:?}: period {written:?}, want {quoted:?}"
                );
            }
        }
        let periods: &[(&str, Period)] = &[
            ("14 400 zł rocznie", Period::Year),
            ("3 600 zł / kwartał", Period::Quarter),
            ("3 600 zł kwartalnie", Period::Quarter),
            ("9 600 zł za 8 miesięcy", Period::Months(8)),
            ("2 400 zł na pół roku", Period::Months(6)),
            ("1 200 zł/mies.", Period::Month),
            ("150 zł/h", Period::Hour),
            ("150 zł za roboczogodzinę", Period::Hour),
            ("€1,200 per year", Period::Year),
            ("800 zł netto miesięcznie", Period::Month),
        ];
        for &(t, want) in periods {
            let r = ok_of(parse_money(t), t);
            assert_eq!(r.per.map(|(p, _)| p), Some(want), "{t:?}");
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

    proptest! {
        #[test]
        fn money_keeps_polish_amounts(v in decimal_strategy()) {
            let v = v.round_dp(2).abs();
            let s = format!("{} zł", polish(v, 2));
            let r = parse_money(&s).map_err(|e| TestCaseError::fail(format!("{s:?}: {e}")))?;
            prop_assert_eq!(r.value.amount, v);
            prop_assert_eq!(r.value.currency, Some("PLN"));
        }
    }
}
