//! CSV, TSV and TXT offer files: encoding, delimiter sniffing, records -> [`RawTable`].

use std::borrow::Cow;

use super::RawTable;
use crate::issue::Issue;

/// Reads a delimited text file. Returns the table and notes about how it was read
/// (encoding, delimiter), or one error issue when nothing usable is inside.
pub fn read(bytes: &[u8], file: &str) -> Result<(RawTable, Vec<Issue>), Issue> {
    let mut notes = Vec::new();
    let text = decode(bytes, file, &mut notes);
    if text.trim().is_empty() {
        return Err(Issue::file_error(
            file,
            "the file is empty: expected a header row and one row per offer",
        ));
    }
    let delimiter = sniff_delimiter(&text);
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        match record {
            Ok(r) => rows.push(r.iter().map(str::to_string).collect()),
            Err(e) => {
                notes.push(Issue::error(
                    format!("{file}:{}", i + 1),
                    format!("cannot read this row: {e}"),
                ));
            }
        }
    }
    Ok((
        RawTable {
            file: file.to_string(),
            sheet: None,
            rows,
        },
        notes,
    ))
}

/// UTF-8 (a BOM is dropped); anything that is not valid UTF-8 is read as Windows-1250,
/// which is what Polish Excel writes when it saves "CSV".
fn decode<'a>(bytes: &'a [u8], file: &str, notes: &mut Vec<Issue>) -> Cow<'a, str> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1250.decode(bytes);
            notes.push(Issue::info(
                file,
                "not UTF-8: read as Windows-1250 (the encoding Polish Excel uses for CSV)",
            ));
            Cow::Owned(text.into_owned())
        }
    }
}

/// Picks `;`, `,` or tab: the one that splits the first lines into the same, largest number of
/// fields (quoted text is skipped when counting).
fn sniff_delimiter(text: &str) -> u8 {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(20)
        .collect();
    let mut best = (b',', 0usize, 0usize);
    for d in [b';', b'\t', b','] {
        let counts: Vec<usize> = lines
            .iter()
            .map(|l| count_outside_quotes(l, d as char))
            .collect();
        let max = counts.iter().copied().max().unwrap_or(0);
        let consistent = counts.iter().filter(|&&c| c == max && c > 0).count();
        if (consistent, max) > (best.1, best.2) {
            best = (d, consistent, max);
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
        let (t, notes) = read("Agencja;Cena\nA;1 234,50 zł\nB;800\n".as_bytes(), "x.csv").unwrap();
        assert!(notes.is_empty());
        assert_eq!(t.rows[1], vec!["A", "1 234,50 zł"]);
    }

    #[test]
    fn comma_dialect_with_quoted_commas() {
        let (t, _) = read(b"Vendor,Scope\nA,\"updates, backups\"\n", "x.csv").unwrap();
        assert_eq!(t.rows[1][1], "updates, backups");
    }

    #[test]
    fn bom_is_dropped_and_cp1250_is_decoded() {
        let (t, _) = read(b"\xEF\xBB\xBFVendor;X\nA;1\n", "x.csv").unwrap();
        assert_eq!(t.rows[0][0], "Vendor");
        // "Zażółć" in Windows-1250.
        let (t, notes) = read(b"Firma;X\nZa\xbf\xf3\xb3\xe6;1\n", "x.csv").unwrap();
        assert_eq!(t.rows[1][0], "Zażółć");
        assert!(notes[0].message.contains("Windows-1250"));
    }

    #[test]
    fn empty_file_is_an_error() {
        assert!(read(b"  \n", "x.csv").is_err());
    }
}
