//! Writers that turn an [`Analysis`](crate::analysis::Analysis) into output; pure, over `io::Write`.

pub mod check;
pub mod json;
pub mod table;

use std::borrow::Cow;

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

/// An f64 as the shortest JSON number, `null` when it is not finite.
pub(crate) fn json_number(x: f64) -> serde_json::Value {
    // `+ 0.0` turns -0.0 (a score exactly at `worst`) into 0.
    serde_json::Number::from_f64(x + 0.0).map_or(serde_json::Value::Null, serde_json::Value::Number)
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
