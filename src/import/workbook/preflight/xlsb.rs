//! xlsb: binary record parts, each record declaring a length calamine allocates before
//! reading it.

use crate::i18n::Msg;
use std::io::{self, Read};

use super::archive::{Zip, entry_name, scan_part};
use super::{ELEMENT_COST, MAX_PART_ELEMENTS};
use crate::import::Limits;
use crate::import::workbook::damaged;
use crate::import::workbook::xml::{Xml, attr, unescape};

/// xlsb parts are binary records, each with a declared length that calamine allocates
/// before reading it: refuse lengths beyond the part, and too many strings or records, in
/// the parts calamine reads (the global ones, and the sheets the relationships point to).
pub(super) fn check_xlsb(zip: &mut Zip<'_>, names: &[String], limits: &Limits) -> Result<u64, Msg> {
    let mut held = 0u64;
    let mut parts: Vec<(String, bool)> =
        ["xl/workbook.bin", "xl/styles.bin", "xl/sharedStrings.bin"]
            .iter()
            .filter_map(|p| entry_name(names, p))
            .map(|n| (n, true))
            .collect();
    if names.iter().any(|n| n == "xl/_rels/workbook.bin.rels") {
        let mut targets = Vec::new();
        held += ELEMENT_COST
            * scan_part(zip, "xl/_rels/workbook.bin.rels", MAX_PART_ELEMENTS, |ev| {
                if let Xml::Start {
                    name: b"Relationship",
                    attrs,
                    ..
                } = ev
                    && let Some(t) = attr(attrs, b"Target")
                {
                    targets.push(format!("xl/{}", unescape(t)));
                }
                Ok(())
            })?;
        for path in targets {
            // calamine reads a sheet only when its path's second part is `worksheets`.
            if path.split('/').nth(1) == Some("worksheets")
                && let Some(name) = entry_name(names, &path)
                && !parts.iter().any(|(p, _)| *p == name)
            {
                parts.push((name, false));
            }
        }
    }
    for (name, global) in parts {
        held += check_records(zip, &name, global, limits)?;
    }
    Ok(held)
}

/// Walks the records of one xlsb part; returns the bytes calamine keeps for a global one.
fn check_records(zip: &mut Zip<'_>, name: &str, global: bool, limits: &Limits) -> Result<u64, Msg> {
    let shared_strings = name.eq_ignore_ascii_case("xl/sharedStrings.bin");
    let part = zip.by_name(name).map_err(|e| {
        damaged(
            Msg::new("file-its-part-cannot-be-opened-4")
                .with("name", (name).to_string())
                .with("e", (e).to_string()),
        )
    })?;
    let size = part.size();
    let mut input = io::BufReader::new(part);
    let (mut offset, mut records, mut strings, mut held) = (0u64, 0u64, 0u64, 0u64);
    let unreadable = |e: io::Error| {
        damaged(
            Msg::new("file-its-part-cannot-be-unpacked-3")
                .with("name", (name).to_string())
                .with("e", (e).to_string()),
        )
    };
    while let Some((typ, len, header)) = record_header(&mut input).map_err(unreadable)? {
        offset += header;
        if len > size.saturating_sub(offset) {
            return Err(damaged(
                Msg::new("file-a-record-in-its-part")
                    .with("name", (name).to_string())
                    .with("len", (len).to_string()),
            ));
        }
        let skipped = io::copy(&mut (&mut input).take(len), &mut io::sink()).map_err(unreadable)?;
        offset += skipped;
        records += 1;
        if global {
            held += ELEMENT_COST + len;
            if records > MAX_PART_ELEMENTS {
                return Err(Msg::new("file-the-workbook-s-part-holds-3")
                    .with("name", (name).to_string())
                    .with("MAX_PART_ELEMENTS", (MAX_PART_ELEMENTS).to_string()));
            }
        }
        if shared_strings && typ == 0x0013 {
            strings += 1;
            if strings > limits.max_shared_strings {
                return Err(Msg::new("file-the-workbook-holds-more-than-2")
                    .with("a0", (limits.max_shared_strings).to_string()));
            }
        }
        if skipped < len {
            break;
        }
    }
    Ok(held)
}

/// The next record header of an xlsb part: the record's type, the length it declares, and
/// the header's own size; `None` when the part ends before the type does.
fn record_header(input: &mut impl Read) -> io::Result<Option<(u32, u64, u64)>> {
    let mut byte = [0u8; 1];
    let mut next = || -> io::Result<Option<u8>> {
        Ok(if input.read(&mut byte)? == 0 {
            None
        } else {
            Some(byte[0])
        })
    };
    let Some(b) = next()? else {
        return Ok(None);
    };
    let mut typ = u32::from(b & 0x7F);
    let mut header = 1u64;
    if b & 0x80 != 0 {
        let Some(b2) = next()? else {
            return Ok(None);
        };
        typ += u32::from(b2 & 0x7F) << 7;
        header += 1;
    }
    let mut len = 0u64;
    for i in 0..4 {
        let Some(b) = next()? else {
            break;
        };
        header += 1;
        len += u64::from(b & 0x7F) << (7 * i);
        if b & 0x80 == 0 {
            break;
        }
    }
    Ok(Some((typ, len, header)))
}
