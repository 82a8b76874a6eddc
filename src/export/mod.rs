//! Writers that turn an [`Analysis`](crate::analysis::Analysis) into output; pure, over `io::Write`.

pub mod check;
pub mod csv;
pub mod json;
pub mod markdown;
pub mod table;
pub mod template;
pub mod xlsx;

use std::borrow::Cow;

use rust_decimal::Decimal;

use crate::risk::round_money;

/// Makes vendor-supplied text safe to show in a terminal: control characters (escape
/// sequences, carriage returns) and bidirectional overrides are replaced, so a crafted cell
/// can neither move the cursor nor reorder the text around it.
pub fn clean(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter_map(|c| match c {
                '\n' | '\r' | '\t' => Some(' '),
                c if is_unsafe(c) => None,
                c => Some(c),
            })
            .collect(),
    )
}

fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// An offer's answer to a criterion as a person reads it: the cell as written, the computed
/// risk cost for `risk_cost` criteria, or "no answer".
pub fn answer(a: &crate::analysis::Analysis, criterion: usize, offer: usize) -> String {
    let c = &a.criteria.criteria[criterion];
    if c.kind == crate::criteria::Kind::RiskCost {
        return match &a.evaluation.costs[offer].risk {
            Ok(d) => format!("{} {}", money(Some(d)), a.criteria.currency),
            Err(_) => "no answer".to_string(),
        };
    }
    let raw = a.offers.cell(criterion, offer).raw.trim();
    if raw.is_empty() {
        "no answer".to_string()
    } else {
        raw.to_string()
    }
}

/// Whole currency units with a thin grouping space: "1 450".
pub fn money(d: Option<&Decimal>) -> String {
    let Some(d) = d else { return "—".to_string() };
    let whole = round_money(*d).round().normalize().to_string();
    let (sign, digits) = whole
        .strip_prefix('-')
        .map_or(("", whole.as_str()), |s| ("-", s));
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(' ');
        }
        out.push(ch);
    }
    format!("{sign}{out}")
}

/// Cuts text to `width` characters, marking the cut with an ellipsis.
pub fn fit(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_string()
    } else if width == 0 {
        String::new()
    } else {
        let mut s: String = text.chars().take(width - 1).collect();
        s.push('…');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_and_bidi_controls_are_removed() {
        assert_eq!(clean("Plain Sp. z o.o."), "Plain Sp. z o.o.");
        assert_eq!(clean("Evil\u{1b}[2J Co"), "Evil[2J Co");
        assert_eq!(clean("a\u{202E}b"), "ab");
        assert_eq!(clean("two\nlines"), "two lines");
    }
}
