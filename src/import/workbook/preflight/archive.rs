//! Zip-based workbooks (xlsx, xlsm, xlsb, ods): opening the archive, its entry names, the
//! unpacked-size and compression-ratio budget of every part, telling the format, and reading
//! or scanning one part.

use std::io::{Cursor, Read};

use zip::ZipArchive;

use crate::import::Limits;
use crate::import::workbook::xml::{ScanError, Xml, scan_xml};
use crate::import::workbook::{PASSWORD, damaged};

/// Most parts a zip-based workbook may hold; real ones hold a few dozen.
const MAX_ZIP_ENTRIES: usize = 10_000;
/// Parts smaller than this unpacked are not checked for their compression ratio.
const RATIO_MIN_SIZE: u64 = 1 << 20;

/// A zip-based workbook opened over its bytes.
pub(super) type Zip<'a> = ZipArchive<Cursor<&'a [u8]>>;

/// Opens the zip over the bytes; the message says the file is damaged or truncated.
pub(crate) fn open_zip(bytes: &[u8]) -> Result<Zip<'_>, String> {
    ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        format!(
            "the file is damaged or truncated: it starts like a zip-based workbook (.xlsx, .xlsm, .xlsb, .ods), but its zip directory cannot be read ({e}); expected a complete workbook file"
        )
    })
}

/// The name of the zip entry matching `path` ignoring ASCII case, as calamine looks xlsx and
/// xlsb parts up (when several match, the last one, as its lookup table keeps it).
pub(super) fn entry_name(names: &[String], path: &str) -> Option<String> {
    names
        .iter()
        .rfind(|n| n.replace('\\', "/").eq_ignore_ascii_case(path))
        .cloned()
}

/// The names of every entry in the zip.
pub(crate) fn entry_names(zip: &Zip<'_>) -> Vec<String> {
    (0..zip.len())
        .filter_map(|i| {
            zip.by_index_data(i)
                .ok()
                .map(|e| String::from_utf8_lossy(e.name_raw()).into_owned())
        })
        .collect()
}

/// The names of the entries, once the entries are few enough, none is encrypted, and their
/// unpacked sizes and compression ratios are within the caps.
pub(super) fn check_entries(zip: &Zip<'_>, limits: &Limits) -> Result<Vec<String>, String> {
    if zip.len() > MAX_ZIP_ENTRIES {
        return Err(format!(
            "the workbook's zip holds {} parts (a workbook has a few dozen; more than {MAX_ZIP_ENTRIES} are refused as damaged or hostile)",
            zip.len()
        ));
    }
    let mut total: u64 = 0;
    let mut names = Vec::with_capacity(zip.len());
    for i in 0..zip.len() {
        let entry = zip
            .by_index_data(i)
            .map_err(|e| damaged(format!("its zip directory is inconsistent ({e})")))?;
        let name = String::from_utf8_lossy(entry.name_raw()).into_owned();
        if entry.encrypted() {
            return Err(PASSWORD.to_string());
        }
        let (size, packed) = (entry.size(), entry.compressed_size());
        total = total.saturating_add(size);
        if size > limits.max_unpacked_bytes || total > limits.max_unpacked_bytes {
            return Err(format!(
                "the workbook unpacks to more than {} MB: such files are refused (a decompression bomb?)",
                limits.max_unpacked_bytes >> 20
            ));
        }
        if size > RATIO_MIN_SIZE && size / packed.max(1) > limits.max_ratio {
            return Err(format!(
                "the workbook's part '{name}' has a compression ratio over {}:1 — a decompression bomb? Such files are refused",
                limits.max_ratio
            ));
        }
        names.push(name);
    }
    Ok(names)
}

/// The message for a zip that holds no workbook, naming what it seems to be instead.
pub(super) fn not_a_workbook(names: &[String]) -> String {
    let lower: Vec<String> = names.iter().map(|n| n.to_ascii_lowercase()).collect();
    let kind = if lower.iter().any(|n| n.starts_with("word/")) {
        "a Word document (.docx)"
    } else if lower.iter().any(|n| n.starts_with("ppt/")) {
        "a PowerPoint file (.pptx)"
    } else {
        "a zip archive"
    };
    format!("{kind}, not a workbook: expected .xlsx, .xlsm, .xlsb or .ods")
}

/// Up to `max` bytes from the start of a part.
pub(super) fn read_start(zip: &mut Zip<'_>, name: &str, max: u64) -> Result<Vec<u8>, String> {
    let part = zip
        .by_name(name)
        .map_err(|e| damaged(format!("its part '{name}' cannot be opened ({e})")))?;
    let mut out = Vec::new();
    part.take(max)
        .read_to_end(&mut out)
        .map_err(|e| damaged(format!("its part '{name}' cannot be unpacked ({e})")))?;
    Ok(out)
}

/// Scans one part, refusing it past `max_elements` start tags, and returns how many it
/// holds; a part cut short is left to calamine (it stops at the end of the data), unpacking
/// errors refuse the file.
pub(super) fn scan_part(
    zip: &mut Zip<'_>,
    name: &str,
    max_elements: u64,
    mut on: impl FnMut(Xml<'_>) -> Result<(), String>,
) -> Result<u64, String> {
    let part = zip
        .by_name(name)
        .map_err(|e| damaged(format!("its part '{name}' cannot be opened ({e})")))?;
    let mut elements = 0u64;
    let result = scan_xml(part, |ev| {
        if let Xml::Start { .. } = ev {
            elements += 1;
            if elements > max_elements {
                return Err(format!(
                    "the workbook's part '{name}' holds more than {max_elements} XML elements: damaged or hostile, such files are refused"
                ));
            }
        }
        on(ev)
    });
    match result {
        Ok(()) | Err(ScanError::Truncated) => Ok(elements),
        Err(e) => Err(e.message(name)),
    }
}
