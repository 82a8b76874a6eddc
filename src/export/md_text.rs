//! Vendor text made inert in Markdown: markup characters, formula starts and bare addresses
//! escaped, after the one sanitizer.

use crate::sanitize::clean;

/// Text made inert in Markdown: control characters removed; the characters that could start
/// emphasis (`*`, `_`, `~`), code, a link or image (`[`), HTML (`<`) or a table cell
/// backslash-escaped; and a
/// formula start escaped too. Parentheses and the like stay as they are, readable in a
/// plain-text email.
pub fn escape(text: &str) -> String {
    let cleaned = clean(text);
    let mut out = String::with_capacity(cleaned.len() + 8);
    for (i, ch) in cleaned.chars().enumerate() {
        let formula_start = i == 0 && super::csv::is_formula_start(ch);
        if formula_start
            || matches!(
                ch,
                '\\' | '`' | '*' | '_' | '~' | '[' | ']' | '<' | '>' | '|'
            )
        {
            out.push('\\');
        }
        out.push(ch);
    }
    // Renderers turn bare addresses into links; `https\://` and `www\.` they leave alone.
    out.replace("://", "\\://").replace("www.", "www\\.")
}
