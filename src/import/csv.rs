//! CSV, TSV and TXT offer files: encoding, delimiter sniffing, records -> [`RawTable`].

use crate::i18n::Msg;
use std::borrow::Cow;

use super::{Budget, CELL_COST, Limits, ROW_COST};
use crate::issue::Issue;
use crate::table::{RawCell, RawTable, Text};

/// Reads a delimited text file. Returns the table and notes about how it was read
/// (encoding, ragged rows, caps hit), or one error issue when nothing usable is inside.
pub fn read(bytes: &[u8], file: &str, limits: &Limits) -> Result<(RawTable, Vec<Issue>), Issue> {
    read_within(
        bytes,
        file,
        limits,
        &mut Budget::new(limits.max_memory_bytes),
    )
}

/// [`read`], charging every row to the run's memory budget: when it runs out, reading stops
/// at that line with an error saying so, and the rows before it are kept.
pub(crate) fn read_within(
    bytes: &[u8],
    file: &str,
    limits: &Limits,
    budget: &mut Budget,
) -> Result<(RawTable, Vec<Issue>), Issue> {
    let mut notes = Vec::new();
    let text = text_of(bytes, file, &mut notes)?;
    if text.trim().is_empty() {
        return Err(Issue::file_error(file, Msg::new("file-csv-empty")));
    }
    let delimiter = sniff_delimiter(&text);
    let (text, unclosed) = close_quotes(&text, delimiter);
    let mut unclosed = Unclosed::new(file, unclosed);
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows: Vec<Vec<RawCell>> = Vec::new();
    let mut widths: Vec<(usize, usize)> = Vec::new();
    let mut record = ::csv::StringRecord::new();
    loop {
        let line = rows.len() + 1;
        let start = reader.position().byte();
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                notes.push(Issue::error(
                    format!("{file}:{line}"),
                    Msg::new("file-cannot-read-this-row").with("e", (e).to_string()),
                ));
                continue;
            }
        }
        if rows.len() == limits.max_rows {
            notes.push(Issue::error(
                file,
                Msg::new("file-more-than-rows-only-the")
                    .with("a0", (limits.max_rows).to_string())
                    .with("a1", (limits.max_rows).to_string()),
            ));
            break;
        }
        unclosed.report(start..reader.position().byte(), line, &mut notes);
        if record.len() > limits.max_cols {
            notes.push(Issue::warning(
                format!("{file}:{line}"),
                Msg::new("file-row-has-fields-only-the")
                    .with("a0", (record.len()).to_string())
                    .with("a1", (limits.max_cols).to_string()),
            ));
        }
        let row = cells(&record, line, file, limits, &mut notes);
        let cost = ROW_COST
            + row.len() as u64 * CELL_COST
            + row
                .iter()
                .map(|c| match c {
                    RawCell::Text(s) => s.len() as u64,
                    _ => 0,
                })
                .sum::<u64>();
        if !budget.take(cost) {
            let at = format!("{file}:{line}");
            budget.run_out(&at);
            notes.push(Issue::file_error(at, budget.message()));
            break;
        }
        if !row.is_empty() {
            widths.push((line, record.len()));
        }
        rows.push(row);
    }
    unclosed.finish(&mut notes);
    report_ragged(file, &widths, &mut notes);
    Ok((
        RawTable {
            file: file.to_string(),
            rows,
            ..RawTable::default()
        },
        notes,
    ))
}

/// One record's cells. Trailing empty fields are dropped and empty ones hold no allocation: a
/// wide file of short values costs little more than its text.
fn cells(
    record: &::csv::StringRecord,
    line: usize,
    file: &str,
    limits: &Limits,
    notes: &mut Vec<Issue>,
) -> Vec<RawCell> {
    let used = (0..record.len().min(limits.max_cols))
        .rev()
        .find(|&i| record.get(i).is_some_and(|f| !f.trim().is_empty()));
    let mut row = Vec::with_capacity(used.map_or(0, |u| u + 1));
    for (col, field) in record.iter().take(used.map_or(0, |u| u + 1)).enumerate() {
        row.push(if field.trim().is_empty() {
            RawCell::Empty
        } else {
            RawCell::Text(cap_field(
                field,
                limits.max_cell_bytes,
                || format!("{file}:{line}:{}", col + 1),
                notes,
            ))
        });
    }
    row
}

/// The file's text, decoded (see [`decode`] and [`decode_wide`]), or the error for a file that
/// is not text.
fn text_of<'a>(bytes: &'a [u8], file: &str, notes: &mut Vec<Issue>) -> Result<Cow<'a, str>, Issue> {
    if !looks_like_text(bytes) {
        return Err(Issue::file_error(file, Msg::new("file-binary")));
    }
    Ok(match Wide::of(bytes) {
        Some(wide) => Cow::Owned(decode_wide(bytes, wide, file, notes)),
        None => decode(bytes, file, notes),
    })
}

/// True when the bytes can be text: no NUL bytes and few control characters at the start —
/// once decoded, for UTF-16 and UTF-32 text with a byte-order mark.
pub(crate) fn looks_like_text(bytes: &[u8]) -> bool {
    match Wide::of(bytes) {
        Some(wide) => {
            let head = &bytes[..bytes.len().min(4 * 8192)];
            plain(wide.decode(head).0.as_bytes())
        }
        None => plain(bytes),
    }
}

/// True when the start of some UTF-8 (or single-byte) text holds no NUL byte and few
/// control characters.
fn plain(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return false;
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C))
        .count();
    control * 20 <= head.len()
}

fn cap_field(
    field: &str,
    max: usize,
    location: impl Fn() -> String,
    notes: &mut Vec<Issue>,
) -> Text {
    if field.len() <= max {
        return Text::from(field);
    }
    let mut end = max;
    while !field.is_char_boundary(end) {
        end -= 1;
    }
    notes.push(Issue::warning(
        location(),
        Msg::new("file-a-cell-of-kb-only")
            .with("a0", (field.len() >> 10).to_string())
            .with("a1", (max >> 10).to_string()),
    ));
    Text::from(&field[..end])
}

/// An opening quote that is never closed, as [`close_quotes`] found it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct OpenQuote {
    /// Where the cell made of the rest of its line starts, in the text given to the CSV reader.
    at: usize,
    /// The field (0-based) it opens, and the line of the file it is on (1-based).
    field: usize,
    line: usize,
}

/// How many times its length the quote scan may read the text: a well-formed file takes
/// once, a hostile one cannot make the scan quadratic.
const QUOTE_SCAN_FACTOR: usize = 4;

/// Finds the opening quotes the CSV reader would never close properly and closes each at the
/// end of its line, so that the rest of that line becomes one cell and the lines after it are
/// read as they are — instead of everything up to the next quote in the file (or the end of it)
/// becoming one cell without a word.
///
/// A quote opens a field when it is the field's first character (as for the CSV reader). It
/// is never closed when no lone quote (`""` is a quote inside the text) follows before the end
/// of the file, or when the one that follows is on a later line and is followed by something
/// other than a delimiter or a line end: that is the opening quote of a later field, taken for a
/// closing one. A quoted field that spans lines and closes properly (a cell with line breaks)
/// is left alone.
fn close_quotes(text: &str, delimiter: u8) -> (Cow<'_, str>, Vec<OpenQuote>) {
    let b = text.as_bytes();
    let mut budget = b.len().saturating_mul(QUOTE_SCAN_FACTOR);
    let mut out = String::new();
    let mut copied = 0;
    let mut open = Vec::new();
    let (mut i, mut field, mut line) = (0, 0, 1);
    while i < b.len() {
        // At the start of a field.
        if b[i] == b'"' {
            let (close, lines) = quoted_end(b, i, &mut budget);
            let closed = close.is_some_and(|c| {
                lines == 0
                    || matches!(b.get(c + 1), None | Some(b'\r' | b'\n'))
                    || b[c + 1] == delimiter
            });
            match close {
                Some(c) if closed || budget == 0 => {
                    line += lines;
                    i = c + 1;
                }
                None if budget == 0 => break,
                _ => {
                    let end = b[i..]
                        .iter()
                        .position(|&c| matches!(c, b'\r' | b'\n'))
                        .map_or(b.len(), |n| i + n);
                    out.push_str(&text[copied..i]);
                    open.push(OpenQuote {
                        at: out.len(),
                        field,
                        line,
                    });
                    out.push('"');
                    out.push_str(&text[i + 1..end].replace('"', "\"\""));
                    out.push('"');
                    copied = end;
                    i = end;
                }
            }
        }
        // The rest of the field: up to a delimiter or the end of the record.
        while i < b.len() && b[i] != delimiter && !matches!(b[i], b'\r' | b'\n') {
            i += 1;
        }
        match b.get(i) {
            Some(&d) if d == delimiter => field += 1,
            Some(b'\r') if b.get(i + 1) == Some(&b'\n') => {
                i += 1;
                (field, line) = (0, line + 1);
            }
            Some(_) => (field, line) = (0, line + 1),
            None => {}
        }
        i += 1;
    }
    if open.is_empty() {
        return (Cow::Borrowed(text), open);
    }
    out.push_str(&text[copied..]);
    (Cow::Owned(out), open)
}

/// The closing quote of the quoted field opening at `start` (`""` is a quote inside it), and
/// the line breaks before it; `None` at the end of the text or of the budget.
fn quoted_end(b: &[u8], start: usize, budget: &mut usize) -> (Option<usize>, usize) {
    let mut lines = 0;
    let mut j = start + 1;
    while j < b.len() {
        if *budget == 0 {
            return (None, lines);
        }
        *budget -= 1;
        match b[j] {
            b'"' if b.get(j + 1) == Some(&b'"') => j += 1,
            b'"' => return (Some(j), lines),
            b'\n' => lines += 1,
            b'\r' if b.get(j + 1) != Some(&b'\n') => lines += 1,
            _ => {}
        }
        j += 1;
    }
    (None, lines)
}

/// The warnings for [`OpenQuote`]s, each given at the record and field it is in: the first
/// [`NOTES_PER_KIND`] one by one, the rest counted.
struct Unclosed<'a> {
    file: &'a str,
    open: std::vec::IntoIter<OpenQuote>,
    next: Option<OpenQuote>,
    given: usize,
}

/// Notes of one kind given one by one in a file before the rest are summed up.
const NOTES_PER_KIND: usize = 20;

impl<'a> Unclosed<'a> {
    fn new(file: &'a str, open: Vec<OpenQuote>) -> Self {
        let mut open = open.into_iter();
        let next = open.next();
        Unclosed {
            file,
            open,
            next,
            given: 0,
        }
    }

    /// Warns about the open quotes in the record read from the `bytes` of the text, the
    /// `record`th (1-based).
    fn report(&mut self, bytes: std::ops::Range<u64>, record: usize, notes: &mut Vec<Issue>) {
        while let Some(q) = self.next.filter(|q| (q.at as u64) < bytes.end) {
            self.next = self.open.next();
            if (q.at as u64) < bytes.start {
                continue; // in a record the reader could not read: that one has its error
            }
            self.given += 1;
            if self.given <= NOTES_PER_KIND {
                notes.push(Issue::warning(
                    format!("{}:{record}:{}", self.file, q.field + 1),
                    Msg::new("file-an-opening-quote-is-never").with("a0", (q.line).to_string()),
                ));
            }
        }
    }

    /// The count of the open quotes not warned about one by one.
    fn finish(self, notes: &mut Vec<Issue>) {
        if self.given > NOTES_PER_KIND {
            notes.push(Issue::warning(
                self.file,
                Msg::new("file-and-more-opening-quotes-never")
                    .with("a0", (self.given - NOTES_PER_KIND).to_string()),
            ));
        }
    }
}

/// Rows with another number of fields than most rows usually mean a stray delimiter or a
/// missing quote: say which rows.
fn report_ragged(file: &str, widths: &[(usize, usize)], notes: &mut Vec<Issue>) {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for &(_, w) in widths {
        match counts.iter_mut().find(|(width, _)| *width == w) {
            Some((_, n)) => *n += 1,
            None => counts.push((w, 1)),
        }
    }
    let Some(&(usual, _)) = counts.iter().max_by_key(|(w, n)| (*n, *w)) else {
        return;
    };
    let odd: Vec<&(usize, usize)> = widths.iter().filter(|(_, w)| *w > usual).collect();
    for (line, w) in odd.iter().take(20) {
        notes.push(Issue::warning(
            format!("{file}:{line}"),
            Msg::new("file-this-row-has-fields-where")
                .with("w", (w).to_string())
                .with("usual", (usual).to_string()),
        ));
    }
    if odd.len() > 20 {
        notes.push(Issue::warning(
            file,
            Msg::new("file-and-more-rows-with-extra").with("a0", (odd.len() - 20).to_string()),
        ));
    }
}

/// UTF-8 (a BOM is dropped); text that is not valid UTF-8 is read as Windows-1250, which is
/// what Polish Excel writes when it saves "CSV" — unless it is UTF-8 with a few broken bytes
/// (more valid multi-byte letters than bad bytes): then it stays UTF-8, each bad byte shown
/// as �, with a warning at the first one, so that one damaged cell does not garble every
/// Polish header.
fn decode<'a>(bytes: &'a [u8], file: &str, notes: &mut Vec<Issue>) -> Cow<'a, str> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(first) => {
            let (mut letters, mut bad) = (0usize, 0usize);
            for chunk in bytes.utf8_chunks() {
                letters += chunk.valid().chars().filter(|c| c.len_utf8() > 1).count();
                bad += chunk.invalid().len();
            }
            if letters > bad {
                let at = first.valid_up_to();
                let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
                notes.push(Issue::warning(
                    format!("{file}:{line}"),
                    Msg::new("file-byte-that-are-not-utf").count("bad", bad),
                ));
                return Cow::Owned(String::from_utf8_lossy(bytes).into_owned());
            }
            let (text, _, _) = encoding_rs::WINDOWS_1250.decode(bytes);
            notes.push(Issue::info(file, Msg::new("file-windows-1250")));
            Cow::Owned(text.into_owned())
        }
    }
}

/// A Unicode encoding wider than UTF-8, told by its byte-order mark: Excel saves "Unicode text"
/// as UTF-16LE (tab-separated), and some exporters write UTF-16BE or UTF-32. Without a mark
/// such bytes stay binary (guessing from NUL bytes would take binary files for text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wide {
    Utf16Le,
    Utf16Be,
    Utf32Le,
    Utf32Be,
}

impl Wide {
    /// The encoding a byte-order mark at the start of the bytes names.
    fn of(bytes: &[u8]) -> Option<Wide> {
        // UTF-32LE's mark starts with UTF-16LE's: it is looked for first.
        if bytes.starts_with(&[0xFF, 0xFE, 0, 0]) {
            Some(Wide::Utf32Le)
        } else if bytes.starts_with(&[0, 0, 0xFE, 0xFF]) {
            Some(Wide::Utf32Be)
        } else if bytes.starts_with(&[0xFF, 0xFE]) {
            Some(Wide::Utf16Le)
        } else if bytes.starts_with(&[0xFE, 0xFF]) {
            Some(Wide::Utf16Be)
        } else {
            None
        }
    }

    fn name(self) -> &'static str {
        // not for people: the encodings' names
        match self {
            Wide::Utf16Le => "UTF-16LE",
            Wide::Utf16Be => "UTF-16BE", // not for people: an encoding
            Wide::Utf32Le => "UTF-32LE",
            Wide::Utf32Be => "UTF-32BE", // not for people: an encoding
        }
    }

    /// The text after the byte-order mark, and whether some code units were not valid (each
    /// shown as �; a cut-off unit at the end too).
    fn decode(self, bytes: &[u8]) -> (String, bool) {
        match self {
            Wide::Utf16Le | Wide::Utf16Be => {
                let encoding = if self == Wide::Utf16Le {
                    encoding_rs::UTF_16LE
                } else {
                    encoding_rs::UTF_16BE
                };
                let (text, bad) = encoding.decode_without_bom_handling(&bytes[2..]);
                (text.into_owned(), bad)
            }
            Wide::Utf32Le | Wide::Utf32Be => {
                let units = bytes[4..].chunks_exact(4);
                let cut = !units.remainder().is_empty();
                let mut bad = cut;
                let mut text = String::with_capacity(bytes.len() / 4);
                for unit in units {
                    let unit = [unit[0], unit[1], unit[2], unit[3]];
                    let code = if self == Wide::Utf32Le {
                        u32::from_le_bytes(unit)
                    } else {
                        u32::from_be_bytes(unit)
                    };
                    text.push(char::from_u32(code).unwrap_or_else(|| {
                        bad = true;
                        char::REPLACEMENT_CHARACTER
                    }));
                }
                if cut {
                    text.push(char::REPLACEMENT_CHARACTER);
                }
                (text, bad)
            }
        }
    }
}

/// UTF-16 or UTF-32 text with a byte-order mark, decoded, with a note saying so (and a
/// warning when some of it was not valid).
fn decode_wide(bytes: &[u8], wide: Wide, file: &str, notes: &mut Vec<Issue>) -> String {
    let (text, bad) = wide.decode(bytes);
    let excel = if wide == Wide::Utf16Le { "yes" } else { "no" };
    notes.push(Issue::info(
        file,
        Msg::new("file-not-utf-read-as-as")
            .with("a0", (wide.name()).to_string())
            .with("excel", (excel).to_string()),
    ));
    if bad {
        notes.push(Issue::warning(
            file,
            Msg::new("file-some-bytes-are-not-valid").with("a0", (wide.name()).to_string()),
        ));
    }
    text
}

/// Picks `;`, `,` or tab: the one that splits the most of the first lines into the same
/// number of fields (its most common count; quoted text is skipped when counting). Decimal
/// commas make `,` counts vary from line to line, so a consistent `;` wins over them.
fn sniff_delimiter(text: &str) -> u8 {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(30)
        .collect();
    let mut best = (b',', 0usize, 0usize);
    for d in [b';', b'\t', b','] {
        let counts: Vec<usize> = lines
            .iter()
            .map(|l| count_outside_quotes(l, d as char))
            .collect();
        let mut mode = (0usize, 0usize);
        for &c in counts.iter().filter(|&&c| c > 0) {
            let n = counts.iter().filter(|&&x| x == c).count();
            if (n, c) > mode {
                mode = (n, c);
            }
        }
        if mode > (best.1, best.2) {
            best = (d, mode.0, mode.1);
        }
    }
    best.0
}

fn count_outside_quotes(line: &str, d: char) -> usize {
    let mut quoted = false;
    let mut n = 0;
    for c in line.chars() {
        if c == '"' {
            quoted = !quoted;
        } else if c == d && !quoted {
            n += 1;
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semicolon_dialect_with_decimal_commas() {
        let (t, notes) = read(
            "Agencja;Cena\nA;1 234,50 zł\nB;800\n".as_bytes(),
            "x.csv",
            &Limits::default(),
        )
        .unwrap();
        assert!(notes.is_empty());
        assert_eq!(t.rows[1][1].as_text(), Some("1 234,50 zł"));
    }

    #[test]
    fn comma_dialect_with_quoted_commas() {
        let (t, _) = read(
            b"Vendor,Scope\nA,\"updates, backups\"\n",
            "x.csv",
            &Limits::default(),
        )
        .unwrap();
        assert_eq!(t.rows[1][1].as_text(), Some("updates, backups"));
    }

    #[test]
    fn utf8_with_a_few_broken_bytes_stays_utf8() {
        let mut bytes = "Agencja;Abonament miesięczny;Czas reakcji P1\nŁódź Web;1 500 zł;30 min\n"
            .as_bytes()
            .to_vec();
        bytes.extend_from_slice(b"Zepsuta \xff\xfe;900 z\xb3;1 h\n");
        let mut notes = Vec::new();
        let text = decode(&bytes, "x.csv", &mut notes);
        assert!(text.starts_with("Agencja;Abonament miesięczny"), "{text}");
        assert!(text.contains("Łódź Web"));
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].location, "x.csv:3");
        assert!(
            notes[0].message.to_string().contains("3 bytes"),
            "{}",
            notes[0].message
        );
    }

    #[test]
    fn bom_is_dropped_and_cp1250_is_decoded() {
        let (t, _) = read(b"\xEF\xBB\xBFVendor;X\nA;1\n", "x.csv", &Limits::default()).unwrap();
        assert_eq!(t.rows[0][0].as_text(), Some("Vendor"));
        // "Zażółć" in Windows-1250.
        let (t, notes) = read(
            b"Firma;X\nZa\xbf\xf3\xb3\xe6;1\n",
            "x.csv",
            &Limits::default(),
        )
        .unwrap();
        assert_eq!(t.rows[1][0].as_text(), Some("Zażółć"));
        assert!(notes[0].message.to_string().contains("Windows-1250"));
    }

    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        let mut bytes = if big_endian {
            vec![0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE]
        };
        for unit in text.encode_utf16() {
            bytes.extend(if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            });
        }
        bytes
    }

    fn utf32(text: &str, big_endian: bool) -> Vec<u8> {
        let mut bytes = if big_endian {
            vec![0, 0, 0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE, 0, 0]
        };
        for c in text.chars() {
            bytes.extend(if big_endian {
                u32::from(c).to_be_bytes()
            } else {
                u32::from(c).to_le_bytes()
            });
        }
        bytes
    }

    #[test]
    fn utf16_and_utf32_with_a_byte_order_mark_are_read_as_text() {
        let text = "Agencja\tAbonament miesięczny\r\nŁódź Web 🚀\t1 500 zł\r\n";
        for (bytes, name) in [
            (utf16(text, false), "UTF-16LE"),
            (utf16(text, true), "UTF-16BE"),
            (utf32(text, false), "UTF-32LE"),
            (utf32(text, true), "UTF-32BE"),
        ] {
            assert!(looks_like_text(&bytes), "{name}");
            let (t, notes) = read(&bytes, "x.txt", &Limits::default()).unwrap();
            assert_eq!(
                t.rows[0][1].as_text(),
                Some("Abonament miesięczny"),
                "{name}"
            );
            assert_eq!(t.rows[1][0].as_text(), Some("Łódź Web 🚀"), "{name}");
            assert_eq!(notes.len(), 1, "{name}: {notes:?}");
            assert!(
                notes[0].message.to_string().contains(name),
                "{:?}",
                notes[0]
            );
        }
        // Without the mark, UTF-16 stays binary.
        assert!(!looks_like_text(&utf16(text, false)[2..]));
        // A cut-off code unit is shown as �, with a warning.
        let mut cut = utf16(text, false);
        cut.push(b'x');
        let (_, notes) = read(&cut, "x.txt", &Limits::default()).unwrap();
        assert!(
            notes[1].message.to_string().contains("not valid UTF-16LE"),
            "{notes:?}"
        );
    }

    #[test]
    fn an_opening_quote_never_closed_is_closed_at_the_end_of_its_line() {
        let text = "A;B;C\n\"C;broken quote;800\nD;x;900\n";
        let (fixed, open) = close_quotes(text, b';');
        assert_eq!(fixed, "A;B;C\n\"C;broken quote;800\"\nD;x;900\n");
        assert_eq!(
            open,
            vec![OpenQuote {
                at: 6,
                field: 0,
                line: 2
            }]
        );
        // One taken for the closing quote of another field on a later line.
        let text = "A;B\nx;\"broken\ny;\"ok\";z\n";
        let (fixed, open) = close_quotes(text, b';');
        assert_eq!(fixed, "A;B\nx;\"broken\"\ny;\"ok\";z\n");
        assert_eq!(open[0].field, 1);
        // The rest of the line is kept as written, its quotes too.
        let (fixed, _) = close_quotes("\"a \"\"b c", b',');
        assert_eq!(fixed, "\"a \"\"\"\"b c\"");
    }

    #[test]
    fn well_formed_quotes_are_left_alone() {
        for text in [
            "A;B\n\"multi\nline\";2\n",
            "A;B\r\n\"multi\r\nline\"\r\n",
            "A,B\n\"x, \"\"y\"\"\",2\n",
            "A;B\n\"Firma\" Sp. z o.o.;2\n",
            "A;B\nx\"y;2\n",
            "\"\";\"\"\n",
        ] {
            let (fixed, open) = close_quotes(text, if text.contains(',') { b',' } else { b';' });
            assert!(matches!(fixed, Cow::Borrowed(_)), "{text:?}");
            assert!(open.is_empty(), "{text:?}");
        }
    }

    #[test]
    fn an_unclosed_quote_is_a_warning_at_its_cell_and_the_next_lines_are_read() {
        let (t, notes) = read(
            b"Agencja;Zakres;Cena\nA;x;700\n\"C;broken quote;800\nD;y;900\n",
            "x.csv",
            &Limits::default(),
        )
        .unwrap();
        assert_eq!(t.rows.len(), 4);
        assert_eq!(t.rows[2][0].as_text(), Some("C;broken quote;800"));
        assert_eq!(t.rows[3][0].as_text(), Some("D"));
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert_eq!(notes[0].location, "x.csv:3:1");
        assert!(
            notes[0]
                .message
                .to_string()
                .starts_with("an opening quote is never closed (line 3 of the file)")
        );
    }

    #[test]
    fn empty_file_is_an_error() {
        assert!(read(b"  \n", "x.csv", &Limits::default()).is_err());
    }
}
