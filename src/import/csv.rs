//! CSV, TSV and TXT offer files: encoding, delimiter sniffing, records -> [`RawTable`].

use std::borrow::Cow;

use super::{Budget, CELL_COST, Limits, ROW_COST};
use crate::issue::Issue;
use crate::table::{RawCell, RawTable};

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
    if !looks_like_text(bytes) {
        return Err(Issue::file_error(
            file,
            "binary content, not text: expected a CSV file (or a workbook: .xlsx, .xls, .xlsb, .ods)",
        ));
    }
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
    let mut rows: Vec<Vec<RawCell>> = Vec::new();
    let mut widths: Vec<(usize, usize)> = Vec::new();
    let mut record = ::csv::StringRecord::new();
    loop {
        let line = rows.len() + 1;
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                notes.push(Issue::error(
                    format!("{file}:{line}"),
                    format!("cannot read this row: {e}"),
                ));
                continue;
            }
        }
        if rows.len() == limits.max_rows {
            notes.push(Issue::error(
                file,
                format!(
                    "more than {} rows: only the first {} were read (raise the cap with --max-rows)",
                    limits.max_rows, limits.max_rows
                ),
            ));
            break;
        }
        if record.len() > limits.max_cols {
            notes.push(Issue::warning(
                format!("{file}:{line}"),
                format!(
                    "row has {} fields; only the first {} are read",
                    record.len(),
                    limits.max_cols
                ),
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

/// True when the bytes can be text: no NUL bytes and few control characters at the start.
pub(crate) fn looks_like_text(bytes: &[u8]) -> bool {
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
) -> String {
    if field.len() <= max {
        return field.to_string();
    }
    let mut end = max;
    while !field.is_char_boundary(end) {
        end -= 1;
    }
    notes.push(Issue::warning(
        location(),
        format!(
            "a cell of {} KB: only the first {} KB are kept",
            field.len() >> 10,
            max >> 10
        ),
    ));
    field[..end].to_string()
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
            format!("this row has {w} fields where the others have {usual}: a stray delimiter or a missing quote?"),
        ));
    }
    if odd.len() > 20 {
        notes.push(Issue::warning(
            file,
            format!("… and {} more rows with extra fields", odd.len() - 20),
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
                    format!(
                        "{bad} byte{} that are not UTF-8 in a UTF-8 file: shown as �; check the cell{} around here",
                        if bad == 1 { "" } else { "s" },
                        if bad == 1 { "" } else { "s" }
                    ),
                ));
                return Cow::Owned(String::from_utf8_lossy(bytes).into_owned());
            }
            let (text, _, _) = encoding_rs::WINDOWS_1250.decode(bytes);
            notes.push(Issue::info(
                file,
                "not UTF-8: read as Windows-1250 (the encoding Polish Excel uses for CSV)",
            ));
            Cow::Owned(text.into_owned())
        }
    }
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
        assert!(notes[0].message.contains("3 bytes"), "{}", notes[0].message);
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
        assert!(notes[0].message.contains("Windows-1250"));
    }

    #[test]
    fn empty_file_is_an_error() {
        assert!(read(b"  \n", "x.csv", &Limits::default()).is_err());
    }
}
