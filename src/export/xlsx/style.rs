//! Cells, number formats and styles of the ranking workbook.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder};

use crate::numbers::round_money;

use super::GREY;

/// How a number is shown.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(super) enum Num {
    Int,
    /// A 0–100 score, one decimal.
    Score,
    /// A 0–1 score, three decimals.
    Fraction,
    /// Points of a 0–100 score, two decimals.
    Points,
    /// Money in the criteria's currency.
    Money,
    /// Money where another column names the currency: two decimals.
    Amount,
    /// A share, as a percentage with one decimal.
    Percent,
    General,
    /// As `General`, aligned left like the text around it.
    Plain,
}

pub(super) const NUMS: [Num; 9] = [
    Num::Int,
    Num::Score,
    Num::Fraction,
    Num::Points,
    Num::Money,
    Num::Amount,
    Num::Percent,
    Num::General,
    Num::Plain,
];

/// One cell before it is written.
pub(super) enum Cell<'a> {
    Empty,
    /// Written with `write_string` after [`clean`]: never a formula.
    Text(&'a str),
    /// Left empty when not finite.
    Num(f64, Num),
    Bool(bool),
}

/// Money rounded to the grosz, as a number; empty when there is none.
pub(super) fn money(d: Option<&Decimal>) -> Cell<'static> {
    d.and_then(|d| round_money(*d).to_f64())
        .map_or(Cell::Empty, |x| Cell::Num(x, Num::Money))
}

/// The number format for money in a currency: `1 450,00 zł` for PLN (the symbol as Poles
/// write it), `1 450,00 EUR` for the others (grouping and decimal marks follow the locale of
/// the spreadsheet that opens the file).
pub(super) fn money_format(currency: &str) -> String {
    if currency == "PLN" {
        r#"#,##0.00 "zł""#.to_string()
    } else if !currency.is_empty() && currency.chars().all(|c| c.is_ascii_alphanumeric()) {
        format!("#,##0.00 [${currency}]")
    } else {
        "#,##0.00".to_string()
    }
}

pub(super) struct Styles {
    /// Every cell format, made once: see [`Styles::format`].
    pub(super) formats: Vec<Format>,
    /// Characters the money suffix adds to a number's width.
    pub(super) money_suffix: usize,
    /// The language of the headers and texts.
    pub(super) lang: crate::i18n::Lang,
}

impl Styles {
    #[cfg(test)]
    pub(super) fn new(currency: &str) -> Styles {
        Self::in_lang(currency, crate::i18n::Lang::En)
    }

    /// The styles, with texts in `lang`.
    pub(super) fn in_lang(currency: &str, lang: crate::i18n::Lang) -> Styles {
        let money = money_format(currency);
        let money_suffix = if currency == "PLN" {
            3
        } else {
            currency.len() + 1
        };
        let mut formats = Vec::new();
        for num in std::iter::once(None).chain(NUMS.map(Some)) {
            for grey in [false, true] {
                for wrap in [false, true] {
                    formats.push(Self::make(&money, num, grey, wrap));
                }
            }
        }
        Styles {
            formats,
            money_suffix,
            lang,
        }
    }

    pub(super) fn header(&self) -> Format {
        Format::new()
            .set_bold()
            .set_background_color(Color::RGB(0xDD_E4_EE))
            .set_border_bottom(FormatBorder::Thin)
            .set_align(FormatAlign::Top)
    }

    /// The format of a text (`None`) or number cell.
    pub(super) fn format(&self, num: Option<Num>, grey: bool, wrap: bool) -> &Format {
        let slot = num.map_or(0, |n| 1 + n as usize);
        &self.formats[(slot * 2 + usize::from(grey)) * 2 + usize::from(wrap)]
    }

    pub(super) fn make(money: &str, num: Option<Num>, grey: bool, wrap: bool) -> Format {
        let mut f = Format::new().set_align(FormatAlign::Top);
        if grey {
            f = f.set_font_color(Color::RGB(GREY));
        }
        if wrap {
            f = f.set_text_wrap();
        }
        match num {
            None | Some(Num::General) => f,
            Some(Num::Int) => f.set_num_format("0").set_align(FormatAlign::Center),
            Some(Num::Score) => f.set_num_format("0.0"),
            Some(Num::Fraction) => f.set_num_format("0.000"),
            Some(Num::Points) => f.set_num_format("0.00"),
            Some(Num::Money) => f.set_num_format(money),
            Some(Num::Amount) => f.set_num_format("#,##0.00"),
            Some(Num::Plain) => f.set_align(FormatAlign::Left),
            Some(Num::Percent) => f.set_num_format("0.0%"),
        }
    }

    /// About how many characters a number takes once formatted.
    pub(super) fn width(&self, x: f64, num: Num) -> usize {
        let fixed =
            |decimals: usize| format!("{:.*}", decimals, x.abs()).len() + usize::from(x < 0.0);
        match num {
            Num::Int => fixed(0),
            Num::Score => fixed(1),
            Num::Fraction => fixed(3),
            Num::Points => fixed(2),
            Num::Percent => fixed(1) + 3,
            Num::General | Num::Plain => x.to_string().len(),
            Num::Money | Num::Amount => {
                let whole = fixed(0);
                let suffix = if num == Num::Money {
                    self.money_suffix
                } else {
                    0
                };
                whole + whole.saturating_sub(1) / 3 + 3 + suffix
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_formats_name_the_currency() {
        assert_eq!(money_format("PLN"), r#"#,##0.00 "zł""#);
        assert_eq!(money_format("EUR"), "#,##0.00 [$EUR]");
        assert_eq!(money_format("E\"R"), "#,##0.00");
    }

    #[test]
    fn every_number_kind_has_its_own_formats() {
        for (i, n) in NUMS.iter().enumerate() {
            assert_eq!(*n as usize, i);
        }
        let st = Styles::new("PLN");
        assert_eq!(st.formats.len(), 4 * (NUMS.len() + 1));
        assert_eq!(
            st.format(Some(Num::Money), true, false),
            &Styles::make(r#"#,##0.00 "zł""#, Some(Num::Money), true, false)
        );
        assert_eq!(
            st.format(None, false, true),
            &Styles::make("", None, false, true)
        );
    }
}
