//! Tables written with the wrong number of brackets: `[criterion]` for `[[criterion]]`,
//! `[red_flag]` for `[[red_flag]]`, `[[business]]` for `[business]`. TOML either accepts
//! these as a different shape or, when one is written twice, refuses the file with
//! "duplicate key"; both are reported as what was meant, at the header written wrong.

use crate::i18n::Msg;
use toml::Spanned;
use toml::de::DeValue;

use super::{Parser, Span};

/// A top-level key and the shape the criteria file needs for it.
struct Shape {
    key: &'static str,
    /// Written `[[key]]`, once per item.
    list: bool,
    /// One item, in words (a catalogue id).
    item: &'static str,
}

const SHAPES: &[Shape] = &[
    Shape {
        key: "criterion",
        list: true,
        item: "toml-item-criterion",
    },
    Shape {
        key: "red_flag",
        list: true,
        item: "toml-item-red-flag",
    },
    Shape {
        key: "business",
        list: false,
        item: "toml-item-business",
    },
];

impl Shape {
    fn message(&self) -> Msg {
        Msg::new(if self.list {
            "toml-is-a-single-table-is"
        } else {
            "toml-is-a-list-of-tables"
        })
        .with("k", self.key)
        .msg("a0", Msg::new(self.item))
    }
}

/// A table header line: `[name]` or `[[name]]`, maybe indented, maybe followed by a comment.
#[derive(Debug, PartialEq)]
struct Header<'t> {
    name: &'t str,
    double: bool,
    /// Byte offset of the first `[` within the line.
    indent: usize,
}

fn header(line: &str) -> Option<Header<'_>> {
    let trimmed = line.trim_start();
    let indent = line.len() - trimmed.len();
    let (double, open, close) = if trimmed.starts_with("[[") {
        (true, 2, "]]")
    } else if trimmed.starts_with('[') {
        (false, 1, "]")
    } else {
        return None;
    };
    let end = trimmed.find(close)?;
    let rest = trimmed[end + close.len()..].trim();
    if !(rest.is_empty() || rest.starts_with('#')) {
        return None;
    }
    Some(Header {
        name: trimmed[open..end].trim(),
        double,
        indent,
    })
}

impl Parser<'_> {
    /// For a table at `key` where a list of tables is expected, or the reverse: the bracket
    /// message when it was written as a header, else the plain type error. True when the
    /// value was written whole (a header or an inline table), so that its contents are what
    /// was meant as one item; false for a table made only by dotted headers such as
    /// `[criterion.choices]`.
    pub(super) fn wrong_shape(
        &mut self,
        key: &str,
        v: &Spanned<DeValue<'_>>,
        expected: Msg,
    ) -> bool {
        let shape = SHAPES.iter().find(|s| s.key == key);
        match shape {
            Some(shape) if self.starts_header(&v.span()) => self.err(v.span(), shape.message()),
            _ => self.type_err(key, v, expected),
        }
        self.text[v.span().start..].starts_with(['[', '{'])
    }

    /// When the TOML error sits on a header of a key in [`SHAPES`] and that key has headers
    /// with the wrong number of brackets, reports each of them instead; true if it did.
    pub(super) fn misbracketed_headers(&mut self, error: &Span) -> bool {
        let (line, _) = self.position(error.start);
        let Some(at) = self.line_text(line - 1).and_then(header) else {
            return false;
        };
        let Some(shape) = SHAPES.iter().find(|s| s.key == at.name) else {
            return false;
        };
        let wrong: Vec<usize> = (0..self.line_starts.len())
            .filter_map(|i| {
                let h = header(self.line_text(i)?)?;
                (h.name == shape.key && h.double != shape.list)
                    .then(|| self.line_starts[i] + h.indent)
            })
            .collect();
        for &offset in &wrong {
            self.err(offset..offset, shape.message());
        }
        !wrong.is_empty()
    }

    /// True when `span` opens with `[` and only blanks precede it on its line.
    fn starts_header(&self, span: &Span) -> bool {
        let line_start = self.text[..span.start].rfind('\n').map_or(0, |i| i + 1);
        self.text[line_start..span.start].trim().is_empty()
            && self.text[span.start..].starts_with('[')
    }

    /// The text of a line (0-based), without its line end.
    fn line_text(&self, index: usize) -> Option<&str> {
        let start = *self.line_starts.get(index)?;
        let end = self
            .line_starts
            .get(index + 1)
            .map_or(self.text.len(), |&next| next - 1);
        Some(self.text[start..end].trim_end_matches('\r'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_recognised_with_blanks_and_comments() {
        assert_eq!(
            header("  [ criterion ]  # the first"),
            Some(Header {
                name: "criterion",
                double: false,
                indent: 2
            })
        );
        assert_eq!(
            header("[[red_flag]]\r"),
            Some(Header {
                name: "red_flag",
                double: true,
                indent: 0
            })
        );
        assert_eq!(header("columns = [\"a\"]"), None);
        assert_eq!(header("[criterion] id = 1"), None);
        assert_eq!(
            header("[\"criterion\"]").map(|h| h.name),
            Some("\"criterion\"")
        );
    }
}
