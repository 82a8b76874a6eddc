//! Text from outside (cells, file and sheet names, reader errors) made safe to print: the one
//! sanitizer every output goes through, stderr included.

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
