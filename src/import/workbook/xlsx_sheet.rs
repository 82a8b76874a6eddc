//! One xlsx sheet read directly: its cells streamed through calamine's cell reader (shared
//! formulas resolved for the notes), and what that reader leaves out (merged areas, error
//! values it does not know) scanned from the sheet's part.

use crate::i18n::Msg;
use std::collections::HashMap;
use std::io::{Read, Seek};
use std::sync::atomic::AtomicU64;

use calamine::{Dimensions, Xlsx, XlsxError, XlsxFormulaMetadata};

use super::MAX_UNREADABLE;
use super::gate::{Checking, Gate, Gated};
use super::sheet::{SheetRead, Value};
use super::xml::{self, ScanError, Xml};

/// Most merged areas, shared formulas and unusual error cells taken from one sheet.
const MAX_PER_SHEET: usize = 100_000;
/// Most bytes of shared-formula text kept while reading one sheet.
const MAX_ANCHOR_TEXT: usize = 16 << 20;

/// Streams an xlsx sheet through calamine's cell reader (which, unlike `worksheet_range`,
/// allocates nothing from the declared dimension), stopping at the row cap.
pub(super) fn read_xlsx_cells(
    wb: &mut Xlsx<Gated<'_>>,
    sheet: &mut SheetRead<'_>,
    budget: &mut u64,
) -> Result<(), Msg> {
    let mut cells = wb
        .worksheet_cells_reader(sheet.name())
        .map_err(|e| Msg::new("file-reason").with("reason", e.to_string()))?;
    // Shared formulas: the first cell holds the text, the others only its index.
    let mut anchors: HashMap<usize, (String, (u32, u32))> = HashMap::new();
    let mut anchor_text = 0usize;
    let mut unreadable = 0usize;
    loop {
        // The metadata variant does not allocate for the declared shared-formula indexes.
        let cell = match cells.next_cell_with_formula_metadata() {
            Ok(Some(cell)) => cell,
            Ok(None) => return Ok(()),
            // An error value calamine does not know (`#SPILL!`): the sheet scan places it.
            Err(XlsxError::CellError(_)) => continue,
            Err(
                e @ (XlsxError::ParseFloat(_)
                | XlsxError::ParseInt(_)
                | XlsxError::Unrecognized { .. }
                | XlsxError::CellTAttribute(_)
                | XlsxError::Unexpected(_)),
            ) if unreadable < MAX_UNREADABLE => {
                unreadable += 1;
                sheet.unreadable(&e.to_string());
                continue;
            }
            Err(e) => return Err(Msg::new("file-reason").with("reason", e.to_string())),
        };
        if let Some(XlsxFormulaMetadata::Shared {
            shared_index,
            range,
            formula,
        }) = &cell.formula
            && anchors.len() < MAX_PER_SHEET
            && anchor_text + formula.len() <= MAX_ANCHOR_TEXT
        {
            anchor_text += formula.len();
            anchors.insert(
                *shared_index,
                (formula.clone(), range.map_or(cell.pos, |r| r.start)),
            );
        }
        let value = Value::from_ref(&cell.value);
        if matches!(value, Value::Empty) {
            let formula = match &cell.formula {
                Some(
                    XlsxFormulaMetadata::Normal { formula }
                    | XlsxFormulaMetadata::Shared { formula, .. },
                ) => Some(formula.clone()),
                Some(XlsxFormulaMetadata::SharedDerived { shared_index }) => {
                    anchors.get(shared_index).map(|(f, origin)| {
                        calamine::expand_shared_formula(f, *origin, cell.pos)
                            .unwrap_or_else(|_| f.clone())
                    })
                }
                _ => None,
            };
            if let Some(formula) = formula {
                sheet.formula_without_result(cell.pos, &formula);
            }
            continue;
        }
        match &cell.formula {
            Some(
                XlsxFormulaMetadata::Normal { formula }
                | XlsxFormulaMetadata::Shared { formula, .. },
            ) => sheet.formula_with_result(cell.pos, formula),
            Some(XlsxFormulaMetadata::SharedDerived { shared_index }) => {
                if let Some((f, origin)) = anchors.get(shared_index)
                    && crate::table::is_aggregate_formula(f)
                {
                    let expanded = calamine::expand_shared_formula(f, *origin, cell.pos)
                        .unwrap_or_else(|_| f.clone());
                    sheet.formula_with_result(cell.pos, &expanded);
                }
            }
            _ => {}
        }
        if !sheet.put(cell.pos, value, budget) {
            return Ok(());
        }
    }
}

/// What calamine's cell reader does not give for an xlsx sheet, read with the scanner.
#[derive(Default)]
pub(super) struct SheetExtras {
    pub(super) merges: Vec<Dimensions>,
    /// Error values calamine refuses (`#SPILL!`, `#CALC!`, …), by position.
    pub(super) errors: Vec<((u32, u32), String)>,
}

type ErrorCell = ((u32, u32), Option<Vec<u8>>);

/// Reads the merged areas and the unusual error cells of an xlsx sheet part; refuses a part
/// that cannot be unpacked or holds a tag or text too long for calamine's buffers. With a
/// `gate`, says as it goes how far the part's compressed bytes are checked (`at`: how far
/// the archive's reader has read), for calamine reading the sheet at the same time.
pub(super) fn scan_xlsx_sheet<R: Read + Seek>(
    zip: &mut zip::ZipArchive<R>,
    part: &str,
    gate: Option<(&AtomicU64, &Gate)>,
) -> Result<SheetExtras, Msg> {
    let mut extras = SheetExtras::default();
    let input = zip.by_name(part).map_err(|e| {
        Msg::new("file-its-part-cannot-be-opened")
            .with("part", (part).to_string())
            .with("e", (e).to_string())
    })?;
    let input = Checking { inner: input, gate };
    // The error cell being read: its position, and the text of its value once it starts.
    let mut error_cell: Option<ErrorCell> = None;
    let scanned = xml::scan_xml(input, |ev| {
        match ev {
            Xml::Start { name, attrs, .. } => match xml::local(name) {
                b"c" => {
                    error_cell = None;
                    if xml::attr(attrs, b"t") == Some(b"e")
                        && let Some(pos) = xml::attr(attrs, b"r").and_then(parse_cell_ref)
                    {
                        error_cell = Some((pos, None));
                    }
                }
                b"v" => {
                    if let Some((_, text)) = &mut error_cell {
                        *text = Some(Vec::new());
                    }
                }
                b"mergeCell" if extras.merges.len() < MAX_PER_SHEET => {
                    if let Some(area) = xml::attr(attrs, b"ref").and_then(parse_area) {
                        extras.merges.push(area);
                    }
                }
                _ => {}
            },
            Xml::Text(t) => {
                if let Some((_, Some(text))) = &mut error_cell
                    && text.len() < 64
                {
                    text.extend_from_slice(t);
                }
            }
            Xml::End { name } if xml::local(name) == b"c" => {
                if let Some((pos, Some(text))) = error_cell.take() {
                    let text = xml::unescape(&text).trim().to_string();
                    let known = [
                        "#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!",
                    ];
                    if !text.is_empty()
                        && !known.contains(&text.as_str())
                        && extras.errors.len() < MAX_PER_SHEET
                    {
                        extras.errors.push((pos, text));
                    }
                }
            }
            Xml::End { .. } => {}
        }
        Ok(())
    });
    match scanned {
        // calamine reports a part cut short itself.
        Ok(()) | Err(ScanError::Truncated) => Ok(extras),
        Err(e) => Err(e.message(part)),
    }
}

/// `C7` or `$C$7` -> (6, 2), 0-based.
fn parse_cell_ref(r: &[u8]) -> Option<(u32, u32)> {
    let r: Vec<u8> = r.iter().copied().filter(|&b| b != b'$').collect();
    let letters = r.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    if letters == 0 || letters > 3 || letters == r.len() {
        return None;
    }
    let col = r[..letters].iter().fold(0u32, |acc, b| {
        acc * 26 + u32::from(b.to_ascii_uppercase() - b'A') + 1
    });
    let row: u32 = std::str::from_utf8(&r[letters..]).ok()?.parse().ok()?;
    ((1..=1 << 20).contains(&row) && col <= 1 << 14).then(|| (row - 1, col - 1))
}

/// `A1:C2` (or a single cell) -> the area it covers.
fn parse_area(r: &[u8]) -> Option<Dimensions> {
    let mut parts = r.split(|&b| b == b':');
    let start = parse_cell_ref(parts.next()?)?;
    let end = parts.next().map_or(Some(start), parse_cell_ref)?;
    Some(Dimensions {
        start: (start.0.min(end.0), start.1.min(end.1)),
        end: (start.0.max(end.0), start.1.max(end.1)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_references_parse() {
        assert_eq!(parse_cell_ref(b"A1"), Some((0, 0)));
        assert_eq!(parse_cell_ref(b"$C$7"), Some((6, 2)));
        assert_eq!(parse_cell_ref(b"XFD1048576"), Some((1_048_575, 16_383)));
        assert_eq!(parse_cell_ref(b"A0"), None);
        let area = parse_area(b"B2:D3").unwrap();
        assert_eq!((area.start, area.end), ((1, 1), (2, 3)));
    }
}
