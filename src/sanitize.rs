//! Text from outside (cells, file and sheet names, reader errors) made safe to print: the one
//! sanitizer every output goes through, stderr included.

use std::borrow::Cow;

/// Makes vendor-supplied text safe to show in a terminal, a table or a report:
///
/// - control characters (escape sequences, BEL, C1 controls) are dropped, and line breaks and
///   tabs become a space, so a crafted cell can neither move the cursor, set the window title
///   nor break a line of a table;
/// - the Unicode line and paragraph separators (U+2028, U+2029) become a space too;
/// - bidirectional controls (U+202A–U+202E, U+2066–U+2069, the marks U+200E, U+200F, U+061C)
///   are dropped: they can reorder what a reader sees around them;
/// - zero-width characters (U+200B–U+200D, U+2060–U+2064, U+FEFF, U+180E) are dropped: they
///   hide inside a name, so that two names that look the same are not.
pub fn clean(text: &str) -> Cow<'_, str> {
    // Printable ASCII, the usual case, is safe as it is: checked a byte at a time.
    if text.bytes().all(|b| (0x20..0x7f).contains(&b)) || !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter_map(|c| match c {
                '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}' => Some(' '),
                c if is_unsafe(c) => None,
                c => Some(c),
            })
            .collect(),
    )
}

/// True for a character [`clean`] drops or replaces. Formats that must keep the text exactly
/// (JSON) escape these instead.
pub(crate) fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            // Line and paragraph separators.
            '\u{2028}' | '\u{2029}'
            // Bidirectional marks, embeddings, overrides and isolates.
            | '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
            // Zero-width spaces and joiners, the word joiner and invisible operators, the BOM,
            // the Mongolian vowel separator.
            | '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{180E}'
        )
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
        assert_eq!(clean("title\u{1b}]0;pwned\u{7}"), "title]0;pwned");
        assert_eq!(clean("c1\u{9b}31m"), "c131m");
    }

    #[test]
    fn separators_become_spaces_and_invisible_characters_are_dropped() {
        assert_eq!(clean("one\u{2028}two\u{2029}three"), "one two three");
        assert_eq!(
            clean("Ko\u{200B}dex\u{200C} St\u{200D}udio\u{2060}\u{FEFF}"),
            "Kodex Studio"
        );
        for bidi in ['\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}'] {
            assert_eq!(clean(&format!("a{bidi}b")), "ab");
        }
        for isolate in ['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'] {
            assert_eq!(clean(&format!("a{isolate}b")), "ab");
        }
        // Letters of every script stay.
        assert_eq!(clean("網站 Łódź 🚀"), "網站 Łódź 🚀");
    }
}
