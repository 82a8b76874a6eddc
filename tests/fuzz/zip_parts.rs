//! Workbooks taken apart and put back together for the workbook target: the parts of a zip,
//! part-level changes (deleted, copied, renamed, emptied, duplicated names), rezipping with
//! stored or deflated entries, and damage to the archive itself (wrong CRCs, lying
//! compression methods, cuts, garbage).

use std::io::{Cursor, Read, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use super::bytes;
use super::rng::Rng;

/// One entry of the archive.
#[derive(Clone)]
pub struct Part {
    pub name: String,
    pub data: Vec<u8>,
    pub deflated: bool,
    /// The name this part really has when `name` is a stand-in (see [`mutate_parts`]).
    pub real_name: Option<String>,
}

/// The parts of a zip file, in order.
pub fn unzip(bytes: &[u8]) -> Vec<Part> {
    let mut zip = ZipArchive::new(Cursor::new(bytes)).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).unwrap();
            let mut data = Vec::new();
            f.read_to_end(&mut data).unwrap();
            Part {
                name: f.name().unwrap().to_string(),
                data,
                deflated: f.compression() != CompressionMethod::Stored,
                real_name: None,
            }
        })
        .collect()
}

/// One change to the list of parts.
pub fn mutate_parts(rng: &mut Rng, parts: &mut Vec<Part>) {
    if parts.is_empty() {
        return;
    }
    let i = rng.below(parts.len());
    match rng.below(8) {
        0 => {
            parts.remove(i);
        }
        1 => {
            // A copy under a new name (a second sheet file nobody lists, or listed twice).
            let mut copy = parts[i].clone();
            copy.name = rng
                .pick(&[
                    "xl/worksheets/sheet9.xml",
                    "xl/sharedStrings.xml",
                    "content.xml",
                    "styles.xml",
                    "xl/workbook.xml",
                    "mimetype",
                    "../../etc/passwd",
                    "/abs/olute.xml",
                    "xl\\worksheets\\sheet1.xml",
                ])
                .to_string();
            parts.insert(rng.below(parts.len() + 1), copy);
        }
        2 => parts[i].data.clear(),
        3 => {
            let j = rng.below(parts.len());
            let data = std::mem::take(&mut parts[j].data);
            parts[j].data = std::mem::replace(&mut parts[i].data, data);
        }
        4 => {
            let n = rng.size(4_096);
            parts[i].data = rng.bytes(n);
        }
        5 => {
            let j = rng.below(parts.len());
            parts.swap(i, j);
        }
        6 => {
            parts[i]
                .name
                .push_str(rng.word(&["", "x", " ", "/", ".bak"]));
            if rng.one_in(2) {
                parts[i].name = parts[i].name.to_uppercase();
            }
        }
        _ => {
            // The same name twice: written under a stand-in name of the same length, which
            // `zip` accepts, and patched in the finished bytes.
            let mut copy = parts[i].clone();
            if copy.real_name.is_none() && copy.name.is_char_boundary(1) {
                copy.real_name = Some(copy.name.clone());
                copy.name.replace_range(0..1, "\u{1}");
                parts.push(copy);
            }
        }
    }
}

/// The parts zipped again: each entry stored or deflated (mostly as it was).
pub fn rezip(rng: &mut Rng, parts: &[Part]) -> Vec<u8> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let mut standins = Vec::new();
    for part in parts {
        let deflated = if rng.one_in(6) {
            !part.deflated
        } else {
            part.deflated
        };
        let method = if deflated {
            CompressionMethod::Deflated
        } else {
            CompressionMethod::Stored
        };
        let options = SimpleFileOptions::default()
            .compression_method(method)
            .compression_level(deflated.then_some(1))
            .last_modified_time(zip::DateTime::default());
        if zip.start_file(part.name.as_str(), options).is_err() {
            continue;
        }
        zip.write_all(&part.data).unwrap();
        if let Some(real) = &part.real_name {
            standins.push((part.name.as_str(), real.as_str()));
        }
    }
    let mut out = zip.finish().unwrap().into_inner();
    for (standin, real) in standins {
        replace_all(&mut out, standin.as_bytes(), real.as_bytes());
    }
    out
}

/// Replaces every occurrence of `from` with `to` (the same length).
fn replace_all(data: &mut [u8], from: &[u8], to: &[u8]) {
    if from.is_empty() || from.len() != to.len() {
        return;
    }
    let mut i = 0;
    while i + from.len() <= data.len() {
        if &data[i..i + from.len()] == from {
            data[i..i + from.len()].copy_from_slice(to);
            i += from.len();
        } else {
            i += 1;
        }
    }
}

/// Offsets of every occurrence of `pattern`.
pub fn find_all(data: &[u8], pattern: &[u8]) -> Vec<usize> {
    if pattern.is_empty() || data.len() < pattern.len() {
        return Vec::new();
    }
    (0..=data.len() - pattern.len())
        .filter(|&i| &data[i..i + pattern.len()] == pattern)
        .collect()
}

/// Damage to the finished archive: wrong CRCs, a lying compression method, cuts, garbage.
pub fn damage_archive(rng: &mut Rng, zip: &mut Vec<u8>) {
    let locals = find_all(zip, b"PK\x03\x04");
    let centrals = find_all(zip, b"PK\x01\x02");
    match rng.below(6) {
        0 | 1 => {
            // A wrong CRC in a local header, the central directory, or both.
            let both = rng.one_in(2);
            if let Some(&at) = (!locals.is_empty()).then(|| rng.pick(&locals)) {
                flip(zip, at + 14 + rng.below(4));
                if both && let Some(&c) = (!centrals.is_empty()).then(|| rng.pick(&centrals)) {
                    flip(zip, c + 16 + rng.below(4));
                }
            }
        }
        2 => {
            // The compression method says stored where the data is deflated, or the reverse.
            for (headers, offset) in [(&locals, 8), (&centrals, 10)] {
                if let Some(&at) = (!headers.is_empty()).then(|| rng.pick(headers))
                    && at + offset + 1 < zip.len()
                {
                    zip[at + offset] = if zip[at + offset] == 8 { 0 } else { 8 };
                }
            }
        }
        3 => {
            let at = rng.below(zip.len() + 1);
            zip.truncate(at);
        }
        4 => {
            let n = rng.size(512);
            let junk = rng.bytes(n);
            if rng.one_in(2) {
                zip.splice(0..0, junk);
            } else {
                zip.extend(junk);
            }
        }
        _ => bytes::mutate(rng, zip, 3),
    }
}

fn flip(data: &mut [u8], at: usize) {
    if at < data.len() {
        data[at] ^= 0x5A;
    }
}
