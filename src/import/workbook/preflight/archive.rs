//! Zip-based workbooks (xlsx, xlsm, xlsb, ods): opening the archive, its entry names, the
//! unpacked-size and compression-ratio budget of every part, telling the format, and reading
//! or scanning one part.

use crate::i18n::Msg;
use std::io::{Cursor, Read, Seek};

use zip::ZipArchive;

use crate::import::Limits;
use crate::import::workbook::xml::{ScanError, Xml, scan_xml};
use crate::import::workbook::{damaged, password_msg};

/// Most parts a zip-based workbook may hold; real ones hold a few dozen.
const MAX_ZIP_ENTRIES: usize = 10_000;
/// Parts smaller than this unpacked are not checked for their compression ratio.
const RATIO_MIN_SIZE: u64 = 1 << 20;

/// A zip-based workbook opened over its bytes.
pub(super) type Zip<'a> = ZipArchive<Cursor<&'a [u8]>>;

/// Opens the zip over the bytes; the message says the file is damaged or truncated.
pub(crate) fn open_zip(bytes: &[u8]) -> Result<Zip<'_>, Msg> {
    open_zip_over(Cursor::new(bytes))
}

/// Opens the zip over a reader of its bytes, as [`open_zip`].
pub(crate) fn open_zip_over<R: Read + Seek>(reader: R) -> Result<ZipArchive<R>, Msg> {
    ZipArchive::new(reader)
        .map_err(|e| Msg::new("file-the-file-is-damaged-or").with("e", (e).to_string()))
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
pub(crate) fn entry_names<R: Read + Seek>(zip: &ZipArchive<R>) -> Vec<String> {
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
pub(super) fn check_entries(zip: &Zip<'_>, limits: &Limits) -> Result<Vec<String>, Msg> {
    if zip.len() > MAX_ZIP_ENTRIES {
        return Err(Msg::new("file-the-workbook-s-zip-holds")
            .with("a0", (zip.len()).to_string())
            .with("MAX_ZIP_ENTRIES", (MAX_ZIP_ENTRIES).to_string()));
    }
    let mut total: u64 = 0;
    let mut names = Vec::with_capacity(zip.len());
    for i in 0..zip.len() {
        let entry = zip.by_index_data(i).map_err(|e| {
            damaged(Msg::new("file-its-zip-directory-is-inconsistent").with("e", (e).to_string()))
        })?;
        let name = String::from_utf8_lossy(entry.name_raw()).into_owned();
        if entry.encrypted() {
            return Err(password_msg());
        }
        let (size, packed) = (entry.size(), entry.compressed_size());
        total = total.saturating_add(size);
        if size > limits.max_unpacked_bytes || total > limits.max_unpacked_bytes {
            return Err(Msg::new("file-the-workbook-unpacks-to-more")
                .with("a0", (limits.max_unpacked_bytes >> 20).to_string()));
        }
        if size > RATIO_MIN_SIZE && size / packed.max(1) > limits.max_ratio {
            return Err(Msg::new("file-the-workbook-s-part-has")
                .with("name", (name).to_string())
                .with("a0", (limits.max_ratio).to_string()));
        }
        names.push(name);
    }
    Ok(names)
}

/// The message for a zip that holds no workbook, naming what it seems to be instead.
pub(super) fn not_a_workbook(names: &[String]) -> Msg {
    let lower: Vec<String> = names.iter().map(|n| n.to_ascii_lowercase()).collect();
    let kind = if lower.iter().any(|n| n.starts_with("word/")) {
        "file-kind-docx"
    } else if lower.iter().any(|n| n.starts_with("ppt/")) {
        "file-kind-pptx"
    } else {
        "file-kind-zip"
    };
    Msg::new("file-not-a-workbook-expected-xlsx").msg("kind", Msg::new(kind))
}

/// Up to `max` bytes from the start of a part.
pub(super) fn read_start(zip: &mut Zip<'_>, name: &str, max: u64) -> Result<Vec<u8>, Msg> {
    let part = zip.by_name(name).map_err(|e| {
        damaged(
            Msg::new("file-its-part-cannot-be-opened-2")
                .with("name", (name).to_string())
                .with("e", (e).to_string()),
        )
    })?;
    let mut out = Vec::new();
    part.take(max).read_to_end(&mut out).map_err(|e| {
        damaged(
            Msg::new("file-its-part-cannot-be-unpacked-2")
                .with("name", (name).to_string())
                .with("e", (e).to_string()),
        )
    })?;
    Ok(out)
}

/// Scans one part, refusing it past `max_elements` start tags, and returns how many it
/// holds; a part cut short is left to calamine (it stops at the end of the data), unpacking
/// errors refuse the file.
pub(super) fn scan_part(
    zip: &mut Zip<'_>,
    name: &str,
    max_elements: u64,
    mut on: impl FnMut(Xml<'_>) -> Result<(), Msg>,
) -> Result<u64, Msg> {
    let part = zip.by_name(name).map_err(|e| {
        damaged(
            Msg::new("file-its-part-cannot-be-opened-3")
                .with("name", (name).to_string())
                .with("e", (e).to_string()),
        )
    })?;
    let mut elements = 0u64;
    let result = scan_xml(part, |ev| {
        if let Xml::Start { .. } = ev {
            elements += 1;
            if elements > max_elements {
                return Err(Msg::new("file-the-workbook-s-part-holds-2")
                    .with("name", (name).to_string())
                    .with("max_elements", (max_elements).to_string()));
            }
        }
        on(ev)
    });
    match result {
        Ok(()) | Err(ScanError::Truncated) => Ok(elements),
        Err(e) => Err(e.message(name)),
    }
}
