//! Char classes and diacritic folding shared by every reader: what counts as a blank or a
//! letter, the cleaned cell, and the folded (lowercase, diacritics removed) form words are
//! compared in, built on the stack when short.

pub(crate) fn is_blank(c: char) -> bool {
    // Zero-width characters and the BOM survive copy-paste from web pages and Word.
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}')
}

/// `char::is_alphabetic`, quick for the Latin letters (Polish ones among them) cells hold.
pub(crate) fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        // Latin-1 Supplement and Latin Extended-A: all letters but these two signs.
        '\u{C0}'..='\u{17F}' => !matches!(c, '×' | '÷'),
        c => c.is_alphabetic(),
    }
}

pub(crate) fn is_combining(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// Trims blanks and Excel's leading text apostrophe (`'123` is how Excel stores text "123").
pub(crate) fn clean(text: &str) -> &str {
    let t = text.trim_start_matches(is_blank);
    let t = t.strip_prefix('\'').unwrap_or(t);
    t.trim_matches(is_blank)
}

/// Lowercase with diacritics folded: "Łódź" -> "lodz".
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_each(s, |c| out.push(c));
    out
}

/// `fold`, one char at a time, so callers can fold without allocating.
pub(crate) fn fold_each(s: &str, mut out: impl FnMut(char)) {
    for c in s.chars() {
        if c.is_ascii() {
            out(c.to_ascii_lowercase());
            continue;
        }
        for l in c.to_lowercase() {
            match l {
                c if is_combining(c) => {}
                'ą' | 'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' => out('a'),
                'ć' | 'ç' | 'č' => out('c'),
                'ę' | 'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ě' => out('e'),
                'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => out('i'),
                'ł' | 'ľ' | 'ĺ' => out('l'),
                'ń' | 'ñ' | 'ň' => out('n'),
                'ó' | 'ò' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => out('o'),
                'ś' | 'š' | 'ş' => out('s'),
                'ź' | 'ż' | 'ž' => out('z'),
                'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => out('u'),
                'ý' | 'ÿ' => out('y'),
                'ř' => out('r'),
                'ď' | 'đ' => out('d'),
                'ť' => out('t'),
                'ğ' => out('g'),
                'ß' => {
                    out('s');
                    out('s');
                }
                'æ' => {
                    out('a');
                    out('e');
                }
                'œ' => {
                    out('o');
                    out('e');
                }
                other => out(other),
            }
        }
    }
}

/// A text of at most `N` bytes built on the stack, to fold a word or a short cell without
/// allocating.
pub(crate) struct ShortStr<const N: usize> {
    bytes: [u8; N],
    len: usize,
    overflow: bool,
}

impl<const N: usize> ShortStr<N> {
    pub(crate) fn new() -> Self {
        ShortStr {
            bytes: [0; N],
            len: 0,
            overflow: false,
        }
    }

    pub(crate) fn push(&mut self, c: char) {
        let end = self.len + c.len_utf8();
        if end > N {
            self.overflow = true;
        } else {
            c.encode_utf8(&mut self.bytes[self.len..end]);
            self.len = end;
        }
    }

    /// The text, unless it did not fit.
    pub(crate) fn get(&self) -> Option<&str> {
        std::str::from_utf8(self.bytes()?).ok()
    }

    /// The text's UTF-8 bytes, unless it did not fit.
    pub(crate) fn bytes(&self) -> Option<&[u8]> {
        (!self.overflow).then(|| &self.bytes[..self.len])
    }
}

/// Calls `f` with `fold(s)`, built on the stack when it is short.
pub(crate) fn with_fold<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    const N: usize = 128;
    if s.len() <= N {
        let mut short = ShortStr::<N>::new();
        fold_each(s, |c| short.push(c));
        if let Some(folded) = short.get() {
            return f(folded);
        }
    }
    f(&fold(s))
}

/// The char starting at byte `k` (a char boundary) of `text`.
pub(crate) fn char_at(text: &str, k: usize) -> Option<char> {
    match text.as_bytes().get(k) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => text[k..].chars().next(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_letter_is_is_alphabetic() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }
}
