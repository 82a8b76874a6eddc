//! `.xls` workbook streams: BIFF records walked the way calamine's `parse_workbook` walks
//! them, to add up what reading each sheet will cost (cells, shared strings, formulas,
//! merges) and to refuse declared dimensions calamine would reserve room for.

use super::MEMORY_BUDGET;
use super::bytes::{u16_at, u32_at};
use crate::i18n::Msg;
use crate::import::Limits;
use crate::import::workbook::{damaged, password_msg};

/// The largest `Vec::reserve` an `.xls` DIMENSIONS record may ask calamine for.
const MAX_XLS_RESERVE: u64 = 1 << 30;

/// One BIFF record with its CONTINUE records, as calamine's `RecordIter` splits them.
struct Record<'a> {
    typ: u16,
    data: &'a [u8],
    cont: Vec<&'a [u8]>,
    size: usize,
}

/// The records of a BIFF stream; ends at the first record calamine would refuse.
fn records(mut s: &[u8]) -> impl Iterator<Item = Record<'_>> {
    std::iter::from_fn(move || {
        let typ = u16_at(s, 0)?;
        let len = usize::from(u16_at(s, 2)?);
        let data = s.get(4..4 + len)?;
        let mut size = 4 + len;
        s = &s[4 + len..];
        let mut cont = Vec::new();
        while s.len() > 4 && u16_at(s, 0) == Some(0x003C) {
            let len = usize::from(u16_at(s, 2)?);
            cont.push(s.get(4..4 + len)?);
            size += 4 + len;
            s = &s[4 + len..];
        }
        Some(Record {
            typ,
            data,
            cont,
            size,
        })
    })
}

/// Upper bounds, in UTF-8 bytes, of the strings of an SST record, walking it the way
/// calamine's `parse_sst` does; `None` where calamine would stop with an error.
fn sst_lengths(rec: &Record<'_>, max: u64) -> Result<Vec<u32>, Msg> {
    let mut data = rec.data.get(8..).unwrap_or_default();
    let mut cont = rec.cont.iter();
    let mut out = Vec::new();
    loop {
        if data.is_empty() {
            match cont.next() {
                Some(next) => data = next,
                None => break,
            }
            if data.is_empty() {
                out.push(0);
                continue;
            }
        }
        if out.len() as u64 >= max {
            return Err(
                Msg::new("file-the-workbook-holds-more-than").with("max", (max).to_string())
            );
        }
        if data.len() < 3 {
            break;
        }
        let chars = usize::from(u16_at(data, 0).unwrap_or(0));
        let flags = data[2];
        data = &data[3..];
        let mut skip = 0usize;
        if flags & 0x8 != 0 {
            let Some(runs) = u16_at(data, 0) else { break };
            skip += usize::from(runs) * 4;
            data = &data[2..];
        }
        if flags & 0x4 != 0 {
            let Some(ext) = u32_at(data, 0) else { break };
            skip = skip.saturating_add(ext as i32 as usize);
            data = &data[4..];
        }
        let total = chars;
        if !skip_chars(&mut data, &mut cont, chars, flags & 0x1 != 0) {
            break;
        }
        while skip > 0 {
            if data.is_empty() {
                match cont.next() {
                    Some(next) => data = next,
                    None => return Ok(out),
                }
                continue;
            }
            let n = skip.min(data.len());
            data = &data[n..];
            skip -= n;
        }
        out.push(u32::try_from(total * 3).unwrap_or(u32::MAX));
    }
    Ok(out)
}

/// Steps over the `chars` characters of a string, which may go on in CONTINUE records (each
/// starting with its own one-or-two-bytes flag); false when the records end first.
fn skip_chars<'a>(
    data: &mut &'a [u8],
    cont: &mut std::slice::Iter<'_, &'a [u8]>,
    mut chars: usize,
    mut wide: bool,
) -> bool {
    while chars > 0 {
        let n = if wide {
            (data.len() / 2).min(chars)
        } else {
            data.len().min(chars)
        };
        *data = &data[if wide { 2 * n } else { n }..];
        chars -= n;
        if chars > 0 {
            match cont.next() {
                Some(next) if !next.is_empty() => {
                    wide = next[0] & 0x1 != 0;
                    *data = &next[1..];
                }
                _ => return false,
            }
        }
    }
    true
}

/// What reading one sheet costs calamine.
#[derive(Default)]
struct SheetCost {
    pushes: u64,
    text: u64,
    rows: Option<(u32, u32)>,
    cols: Option<(u32, u32)>,
    formulas: u64,
    formula_text: u64,
    formula_rows: Option<(u32, u32)>,
    formula_cols: Option<(u32, u32)>,
    merges: u64,
}

fn widen(span: &mut Option<(u32, u32)>, v: u32) {
    *span = Some(match *span {
        None => (v, v),
        Some((lo, hi)) => (lo.min(v), hi.max(v)),
    });
}

fn area(rows: Option<(u32, u32)>, cols: Option<(u32, u32)>) -> u64 {
    match (rows, cols) {
        (Some((r0, r1)), Some((c0, c1))) => u64::from(r1 - r0 + 1) * u64::from(c1 - c0 + 1),
        _ => 0,
    }
}

impl SheetCost {
    fn cell(&mut self, row: u32, col: u32, text: u64) {
        self.pushes += 1;
        self.text = self.text.saturating_add(text);
        widen(&mut self.rows, row);
        widen(&mut self.cols, col);
    }

    /// Bytes calamine keeps for the sheet: its value range and its formula range.
    fn kept(&self) -> u64 {
        area(self.rows, self.cols)
            .saturating_mul(32)
            .saturating_add(self.text)
            .saturating_add(area(self.formula_rows, self.formula_cols).saturating_mul(24))
            .saturating_add(self.formula_text)
            .saturating_add(self.merges * 16)
    }

    /// Bytes of the cell lists calamine builds while reading the sheet, freed afterwards.
    fn transient(&self) -> u64 {
        self.pushes
            .saturating_mul(80)
            .saturating_add(self.formulas.saturating_mul(64))
    }

    /// Adds the cost of one cell record of the sheet; `formula_at` is the cell of the last
    /// formula, which a STRING record after it gives the text result of.
    fn record(&mut self, typ: u16, d: &[u8], formula_at: &mut (u32, u32), globals: &Globals) {
        let at = || Some((u32::from(u16_at(d, 0)?), u32::from(u16_at(d, 2)?)));
        match typ {
            0x0203 | 0x0205 | 0x027E => {
                if let Some((r, c)) = at() {
                    self.cell(r, c, 0);
                }
            }
            0x0204 | 0x00D6 => {
                if let Some((r, c)) = at() {
                    self.cell(r, c, 3 * d.len() as u64);
                }
            }
            0x0207 => self.cell(formula_at.0, formula_at.1, 3 * d.len() as u64),
            0x00FD => {
                if let (Some((r, c)), Some(i)) = (at(), u32_at(d, 6))
                    && let Some(&len) = globals.sst.get(i as usize)
                {
                    self.cell(r, c, u64::from(len));
                }
            }
            0x00BD => {
                let (Some((r, first)), Some(last)) =
                    (at(), d.len().checked_sub(2).and_then(|i| u16_at(d, i)))
                else {
                    return;
                };
                let count = (d.len().saturating_sub(6) / 6) as u32;
                if count > 0 && u32::from(last) >= first {
                    self.cell(r, first, 0);
                    widen(&mut self.cols, first + count - 1);
                    self.pushes += u64::from(count) - 1;
                }
            }
            0x00E5 => self.merges += d.len() as u64 / 8,
            0x0006 => {
                if let Some((r, c)) = at().filter(|_| d.len() >= 20) {
                    *formula_at = (r, c);
                    self.cell(r, c, 0);
                    self.formulas += 1;
                    self.formula_text = self.formula_text.saturating_add(
                        128 + (d.len() as u64 - 20).saturating_mul(globals.per_formula_byte),
                    );
                    widen(&mut self.formula_rows, r);
                    widen(&mut self.formula_cols, c);
                }
            }
            _ => {}
        }
    }
}

/// Walks the Workbook stream the way calamine's `parse_workbook` does and refuses a file
/// that is password-protected or would need more than [`MEMORY_BUDGET`]; returns the need.
pub(super) fn check_biff(stream: &[u8], limits: &Limits) -> Result<u64, Msg> {
    let Some(globals) = read_globals(stream, limits)? else {
        return Ok(0); // calamine stops with an error
    };
    let sst_bytes: u64 = globals.sst.iter().map(|&l| 24 + u64::from(l)).sum();
    let mut scan = Scan {
        scanned: 0,
        cap: 2 * stream.len() as u64 + (1 << 20),
    };
    let (mut kept, mut peak, mut largest) = (0u64, 0u64, 0u64);
    let mut biggest: Option<(String, SheetCost)> = None;
    for (pos, name) in &globals.sheets {
        let Some(sheet) = stream.get(*pos..) else {
            break;
        };
        let cost = sheet_cost(sheet, name, &globals, &mut scan)?;
        peak = peak.max(
            kept.saturating_add(cost.transient())
                .saturating_add(cost.kept()),
        );
        kept = kept.saturating_add(cost.kept());
        largest = largest.max(cost.kept());
        if biggest.as_ref().is_none_or(|(_, b)| cost.kept() > b.kept()) {
            biggest = Some((name.clone(), cost));
        }
    }
    let need = sst_bytes.saturating_add(peak.max(kept.saturating_add(largest)));
    if need > MEMORY_BUDGET {
        return Err(too_big(need, biggest.as_ref()));
    }
    Ok(need)
}

/// What the workbook globals tell about the sheets: where each starts and its name, the
/// shared strings' lengths, and the most text one byte of a formula can turn into.
struct Globals {
    sheets: Vec<(usize, String)>,
    sst: Vec<u32>,
    per_formula_byte: u64,
}

/// Reads the workbook globals, up to their EOF record; `None` where calamine stops with an
/// error, refuses a password-protected file or too many shared strings.
fn read_globals(stream: &[u8], limits: &Limits) -> Result<Option<Globals>, Msg> {
    let mut sheets: Vec<(usize, String)> = Vec::new();
    let mut sst: Vec<u32> = Vec::new();
    let (mut longest_sheet_name, mut longest_name) = (0u64, 0u64);
    for rec in records(stream) {
        match rec.typ {
            // FILEPASS: RC4 encryption, or the XOR obfuscation calamine would read as garbage.
            0x002F => return Err(password_msg()),
            0x0085 => {
                let (Some(pos), Some(&state), Some(&kind)) =
                    (u32_at(rec.data, 0), rec.data.get(4), rec.data.get(5))
                else {
                    return Ok(None); // calamine stops here with an error
                };
                if state & 0x3F > 2 || ![0, 1, 2, 6].contains(&kind) {
                    return Ok(None); // calamine stops here with an error
                }
                let cch = u64::from(rec.data.get(6).copied().unwrap_or(0));
                longest_sheet_name = longest_sheet_name.max(cch);
                let name =
                    String::from_utf8_lossy(rec.data.get(8..8 + cch as usize).unwrap_or_default())
                        .into_owned();
                sheets.push((pos as usize, name));
            }
            0x0018 => {
                longest_name = longest_name.max(u64::from(rec.data.get(3).copied().unwrap_or(0)))
            }
            0x00FC => sst = sst_lengths(&rec, limits.max_shared_strings)?,
            0x000A => break,
            _ => {}
        }
    }
    // A formula token turns into at most a quoted sheet name or a defined name; count
    // every token as the longest of them (tokens take at least 5 bytes).
    let per_formula_byte = 3 + (3 * longest_sheet_name + 24) / 5 + (3 * longest_name + 16) / 5;
    Ok(Some(Globals {
        sheets,
        sst,
        per_formula_byte,
    }))
}

/// The bytes of sheet records walked so far, and the most the stream can account for:
/// past it, sheets overlap or repeat each other.
struct Scan {
    scanned: u64,
    cap: u64,
}

/// Walks one sheet's records, from its BOF to its EOF (skipping embedded substreams), and
/// adds up what calamine will need for it.
fn sheet_cost(
    sheet: &[u8],
    name: &str,
    globals: &Globals,
    scan: &mut Scan,
) -> Result<SheetCost, Msg> {
    let mut cost = SheetCost::default();
    let (mut seen_bof, mut depth) = (false, 0usize);
    let mut formula_at = (0u32, 0u32);
    for rec in records(sheet) {
        scan.scanned += rec.size as u64;
        if scan.scanned > scan.cap {
            return Err(damaged(Msg::new("file-xls-sheets-overlap")));
        }
        if depth > 0 {
            match rec.typ {
                0x0809 => depth += 1,
                0x000A => depth -= 1,
                _ => {}
            }
            continue;
        }
        match rec.typ {
            0x0809 if seen_bof => depth += 1,
            0x0809 => seen_bof = true,
            0x0200 => check_xls_dimensions(rec.data, name)?,
            0x000A => break,
            typ => cost.record(typ, rec.data, &mut formula_at, globals),
        }
    }
    Ok(cost)
}

/// The refusal of an `.xls` that needs `need` bytes, naming its biggest sheet.
fn too_big(need: u64, biggest: Option<&(String, SheetCost)>) -> Msg {
    let detail = match biggest {
        Some((name, cost)) => {
            let rows = cost.rows.map_or(0, |(a, b)| b - a + 1);
            let cols = cost.cols.map_or(0, |(a, b)| b - a + 1);
            Msg::new("file-sheet-spans-rows-columns")
                .with("name", (name).to_string())
                .with("rows", (rows).to_string())
                .with("cols", (cols).to_string())
        }
        None => Msg::new("file-nothing"),
    };
    Msg::new("file-the-workbook-is-too-big")
        .with("a0", (need >> 20).to_string())
        .msg("detail", detail)
        .with("a1", (MEMORY_BUDGET >> 20).to_string())
}

/// calamine reserves room for every cell a DIMENSIONS record declares.
fn check_xls_dimensions(d: &[u8], sheet: &str) -> Result<(), Msg> {
    let (first_row, last_row, mut first_col, last_col) = match d.len() {
        10 => (
            u32::from(u16_at(d, 0).unwrap_or(0)),
            u32::from(u16_at(d, 2).unwrap_or(0)),
            u32::from(u16_at(d, 4).unwrap_or(0)),
            u32::from(u16_at(d, 6).unwrap_or(0)),
        ),
        14 | 16 => (
            u32_at(d, 0).unwrap_or(0),
            u32_at(d, 4).unwrap_or(0),
            u32::from(u16_at(d, 8).unwrap_or(0)),
            u32::from(u16_at(d, 10).unwrap_or(0)),
        ),
        _ => return Ok(()),
    };
    if first_col > 0xFF || last_col < first_col {
        first_col = 0;
    }
    let (end_row, end_col) = if last_row >= 1 && last_col >= 1 {
        (last_row - 1, last_col - 1)
    } else {
        (first_row, first_col)
    };
    let rows = u64::from(end_row.wrapping_sub(first_row).wrapping_add(1));
    let cols = u64::from(end_col.wrapping_sub(first_col).wrapping_add(1));
    if rows.saturating_mul(cols).saturating_mul(40) > MAX_XLS_RESERVE {
        return Err(Msg::new("file-sheet-declares-rows-columns-more")
            .with("sheet", (sheet).to_string())
            .with("rows", (rows).to_string())
            .with("cols", (cols).to_string()));
    }
    Ok(())
}
