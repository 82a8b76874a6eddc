//! Cuts a cleaned cell into tokens: numbers (read by `literal`), words and symbols, each
//! with its atom for the phrase tables and its byte span for quoting.

use super::atoms::{Atom, NUM_ATOM, atom, word_atom};
use super::literal::{Lit, is_sign, scan_number};
use crate::text::chars::{char_at, is_blank, is_combining, is_letter};

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Tok {
    Num(Lit),
    /// Letters ("godz", "zł"), or a single letter glued to digits ("p1").
    Word,
    Sym(char),
}

#[derive(Debug, Clone)]
pub(super) struct Token {
    pub(super) tok: Tok,
    /// The folded word, the symbol, or `NUM_ATOM` for a number: what phrases are matched on.
    pub(super) atom: Atom,
    /// Byte span in the cleaned text, for quoting; a word's span includes its abbreviation dot.
    pub(super) start: usize,
    pub(super) end: usize,
    /// No blank between this token and the previous one.
    pub(super) glued: bool,
}

pub(super) fn is_punct(c: char) -> bool {
    matches!(
        c,
        ',' | ';'
            | ':'
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '"'
            | '\''
            | '„'
            | '”'
            | '“'
            | '«'
            | '»'
            | '*'
            | '!'
            | '?'
    )
}

pub(super) fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    // Positions are byte offsets, always at char boundaries.
    let ch = |k: usize| char_at(text, k);
    let digit_at = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_digit);
    let mut toks: Vec<Token> = Vec::with_capacity(8);
    let mut i = 0;
    let mut gap = true;
    let mut seen_num = false;
    while let Some(c) = ch(i) {
        let next = i + c.len_utf8();
        if is_blank(c) {
            gap = true;
            i = next;
            continue;
        }
        let glued = !gap;
        gap = false;
        // After a number a dash separates a range ("2-4"), it is not a sign.
        let signed = is_sign(c)
            && !seen_num
            && (digit_at(next)
                || (toks.is_empty()
                    && matches!(bytes.get(next), Some(b'.' | b','))
                    && digit_at(next + 1)));
        let leading_point = matches!(c, '.' | ',') && toks.is_empty() && digit_at(next);
        if c.is_ascii_digit() || signed || leading_point {
            let (lit, end) = scan_number(text, i);
            toks.push(Token {
                tok: Tok::Num(lit),
                atom: NUM_ATOM,
                start: i,
                end,
                glued,
            });
            seen_num = true;
            i = end;
            continue;
        }
        if is_letter(c) {
            let mut j = next;
            while let Some(c) = ch(j)
                && (is_letter(c) || is_combining(c))
            {
                j += c.len_utf8();
            }
            // "P1", "x2" name things; but in "1h30m" the "h" is a unit closing the number
            // before it, and the digits after it are the next number.
            let after_num = glued
                && matches!(
                    toks.last(),
                    Some(Token {
                        tok: Tok::Num(_),
                        ..
                    })
                );
            if j == next && !after_num && digit_at(j) {
                while bytes.get(j).is_some_and(u8::is_ascii_alphanumeric) {
                    j += 1;
                }
            }
            let end = if bytes.get(j) == Some(&b'.') {
                j + 1
            } else {
                j
            };
            toks.push(Token {
                tok: Tok::Word,
                atom: word_atom(&text[i..j]),
                start: i,
                end,
                glued,
            });
            i = end;
            continue;
        }
        if c != '.' {
            toks.push(Token {
                tok: Tok::Sym(c),
                atom: atom(c.encode_utf8(&mut [0; 4])),
                start: i,
                end: next,
                glued,
            });
        }
        i = next;
    }
    toks
}
