//! A small streaming XML scanner: enough of XML to count elements, read attributes and check
//! that tags balance, over a stream of any length in bounded memory. The preflight checks and
//! the xlsx sheet reader both use it.

use crate::i18n::Msg;
use std::io::{self, Read};

use super::damaged;

/// Longest XML tag, comment or run of text accepted: quick-xml buffers each one whole, and
/// no real cell comes near it (32 767 characters at most).
const MAX_RUN: usize = 4 << 20;

/// One piece of XML, borrowed from the scanner's buffer.
pub(super) enum Xml<'a> {
    /// A start tag; `empty` for `<a/>`, which has no matching end tag.
    Start {
        name: &'a [u8],
        attrs: &'a [u8],
        empty: bool,
    },
    End {
        name: &'a [u8],
    },
    /// Raw text between tags (entities not decoded), possibly in several pieces.
    Text(&'a [u8]),
}

/// Why a scan ended early.
pub(super) enum ScanError {
    /// The part could not be unpacked (damaged data, or larger than its declared size).
    Read(io::Error),
    /// The XML ends inside a tag, a comment or a declaration.
    Truncated,
    /// A tag or a run of text longer than [`MAX_RUN`].
    TooLong,
    /// The callback refused the part.
    Stop(Msg),
}

impl ScanError {
    /// The message for a part whose scan failed, when the failure refuses the file.
    pub(super) fn message(self, part: &str) -> Msg {
        match self {
            ScanError::Read(e) => damaged(
                Msg::new("file-its-part-cannot-be-unpacked")
                    .with("part", (part).to_string())
                    .with("e", (e).to_string()),
            ),
            ScanError::Truncated => {
                damaged(Msg::new("file-its-part-is-cut-short").with("part", (part).to_string()))
            }
            ScanError::TooLong => Msg::new("file-the-workbook-s-part-holds")
                .with("part", (part).to_string())
                .with("a0", (MAX_RUN >> 20).to_string()),
            ScanError::Stop(m) => m,
        }
    }
}

/// Scans XML from `input`, calling `on` for every tag and piece of text. Comments,
/// processing instructions and declarations are skipped; CDATA is passed as text.
pub(super) fn scan_xml<R: Read>(
    mut input: R,
    mut on: impl FnMut(Xml<'_>) -> Result<(), Msg>,
) -> Result<(), ScanError> {
    const CHUNK: usize = 64 << 10;
    let mut buf = vec![0u8; CHUNK];
    let (mut start, mut end, mut eof) = (0usize, 0usize, false);
    let mut text_run = 0usize;
    loop {
        if start == end {
            if eof {
                return Ok(());
            }
            start = 0;
            end = read_some(&mut input, &mut buf)?;
            eof = end == 0;
            continue;
        }
        if buf[start] != b'<' {
            let stop = memchr::memchr(b'<', &buf[start..end]).map_or(end, |i| start + i);
            text_run += stop - start;
            if text_run > MAX_RUN {
                return Err(ScanError::TooLong);
            }
            on(Xml::Text(&buf[start..stop])).map_err(ScanError::Stop)?;
            start = stop;
            continue;
        }
        match markup_len(&buf[start..end]) {
            Some(len) => {
                text_run = 0;
                emit_markup(&buf[start..start + len], &mut on)?;
                start += len;
            }
            None if eof => return Err(ScanError::Truncated),
            None => {
                buf.copy_within(start..end, 0);
                end -= start;
                start = 0;
                if end > MAX_RUN {
                    return Err(ScanError::TooLong);
                }
                if end + CHUNK > buf.len() {
                    buf.resize(end + CHUNK, 0);
                }
                let n = read_some(&mut input, &mut buf[end..])?;
                eof = n == 0;
                end += n;
            }
        }
    }
}

fn read_some<R: Read>(input: &mut R, buf: &mut [u8]) -> Result<usize, ScanError> {
    loop {
        match input.read(buf) {
            Ok(n) => return Ok(n),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(ScanError::Read(e)),
        }
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The length of the markup at the start of `s` (which starts with `<`), or `None` when it
/// does not end within `s`.
fn markup_len(s: &[u8]) -> Option<usize> {
    if s.len() < 2 {
        return None;
    }
    match s[1] {
        b'!' if s.starts_with(b"<!--") => find(&s[4..], b"-->").map(|i| i + 7),
        b'!' if s.starts_with(b"<![CDATA[") => find(&s[9..], b"]]>").map(|i| i + 12),
        b'!' if s.len() < 9 && (b"<!--".starts_with(s) || b"<![CDATA[".starts_with(s)) => None,
        b'!' => {
            // <!DOCTYPE …>, possibly with an internal subset in brackets.
            let (mut depth, mut quote) = (0usize, 0u8);
            for (i, &b) in s.iter().enumerate().skip(2) {
                match b {
                    _ if quote != 0 && b == quote => quote = 0,
                    _ if quote != 0 => {}
                    b'"' | b'\'' => quote = b,
                    b'[' => depth += 1,
                    b']' => depth = depth.saturating_sub(1),
                    b'>' if depth == 0 => return Some(i + 1),
                    _ => {}
                }
            }
            None
        }
        b'?' => find(&s[2..], b"?>").map(|i| i + 4),
        _ => {
            // The first `>` outside quoted attribute values.
            let mut i = 1;
            loop {
                let at = i + memchr::memchr3(b'>', b'"', b'\'', &s[i..])?;
                match s[at] {
                    b'>' => return Some(at + 1),
                    quote => i = at + 1 + memchr::memchr(quote, &s[at + 1..])? + 1,
                }
            }
        }
    }
}

fn emit_markup(m: &[u8], on: &mut impl FnMut(Xml<'_>) -> Result<(), Msg>) -> Result<(), ScanError> {
    let event = if m.starts_with(b"<![CDATA[") {
        Xml::Text(&m[9..m.len() - 3])
    } else if m[1] == b'!' || m[1] == b'?' {
        return Ok(());
    } else if m[1] == b'/' {
        let inner = &m[2..m.len() - 1];
        let name_end = inner
            .iter()
            .position(|b| b.is_ascii_whitespace())
            .unwrap_or(inner.len());
        Xml::End {
            name: &inner[..name_end],
        }
    } else {
        let mut inner = &m[1..m.len() - 1];
        let empty = inner.last() == Some(&b'/');
        if empty {
            inner = &inner[..inner.len() - 1];
        }
        let name_end = inner
            .iter()
            .position(|b| b.is_ascii_whitespace())
            .unwrap_or(inner.len());
        Xml::Start {
            name: &inner[..name_end],
            attrs: &inner[name_end..],
            empty,
        }
    };
    on(event).map_err(ScanError::Stop)
}

/// The raw value of attribute `key` (compared with its prefix: `table:name`).
pub(super) fn attr<'a>(attrs: &'a [u8], key: &[u8]) -> Option<&'a [u8]> {
    attributes(attrs).find(|(k, _)| *k == key).map(|(_, v)| v)
}

/// The attributes of a start tag as (name, raw value) pairs; stops at the first malformed one.
pub(super) fn attributes(attrs: &[u8]) -> impl Iterator<Item = (&[u8], &[u8])> {
    let mut rest = attrs;
    std::iter::from_fn(move || {
        let s = rest.trim_ascii_start();
        let eq = s.iter().position(|&b| b == b'=')?;
        let key = s[..eq].trim_ascii();
        let v = s[eq + 1..].trim_ascii_start();
        let quote = *v.first()?;
        if quote != b'"' && quote != b'\'' {
            return None;
        }
        let close = v[1..].iter().position(|&b| b == quote)?;
        rest = &v[close + 2..];
        Some((key, &v[1..close + 1]))
    })
}

/// The name without its namespace prefix.
pub(super) fn local(name: &[u8]) -> &[u8] {
    name.iter()
        .rposition(|&b| b == b':')
        .map_or(name, |i| &name[i + 1..])
}

/// Decodes the five XML entities and character references of an attribute value or text.
pub(super) fn unescape(raw: &[u8]) -> String {
    let text = String::from_utf8_lossy(raw);
    if !text.contains('&') {
        return text.into_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = &*text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let Some(semi) = rest[..rest.len().min(12)].find(';') else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..semi];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .map(|h| u32::from_str_radix(h, 16))
                .or_else(|| entity.strip_prefix('#').map(str::parse::<u32>))
                .and_then(Result::ok)
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}
