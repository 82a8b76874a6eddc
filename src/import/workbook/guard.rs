//! Checks on a workbook's bytes before calamine parses them.
//!
//! calamine trusts the counts and sizes a file declares: a `uniqueCount` of four billion
//! (calamine issue #684), a huge sheet dimension (#693), a cyclic sector chain in an `.xls`,
//! a row repeated a million times in an `.ods` all make it allocate until the process aborts,
//! and an `.ods` cut short inside a table or an annotation makes it loop forever. Nothing can
//! catch an abort, so every such file is refused here, before calamine sees it, with one
//! message that names the cap that was hit. What the checks cannot see (a panic deep in a
//! reader) is caught by the caller.
//!
//! The checks mirror how calamine 0.38 reads each format; where they cannot know exactly,
//! they over-estimate, so a file that passes cannot make calamine go past the caps.

use std::io::{self, Cursor, Read};

use zip::ZipArchive;

use crate::import::{Container, Limits, container};

/// Most parts a zip-based workbook may hold; real ones hold a few dozen.
const MAX_ZIP_ENTRIES: usize = 10_000;
/// Parts smaller than this unpacked are not checked for their compression ratio.
const RATIO_MIN_SIZE: u64 = 1 << 20;
/// Most XML elements in one of the parts calamine keeps in memory whole (styles, workbook,
/// relationships): each element becomes up to ~200 bytes of calamine structures.
const MAX_PART_ELEMENTS: u64 = 500_000;
/// Memory calamine may keep: whole sheets for the formats it reads whole (`.xls`, `.ods`),
/// shared strings and styles for the others.
const MEMORY_BUDGET: u64 = 320 << 20;
/// The largest `Vec::reserve` an `.xls` DIMENSIONS record may ask calamine for.
const MAX_XLS_RESERVE: u64 = 1 << 30;
/// Longest XML tag, comment or run of text accepted: quick-xml buffers each one whole, and
/// no real cell comes near it (32 767 characters at most).
const MAX_RUN: usize = 4 << 20;
/// Deepest XML nesting accepted in an `.ods` (real files nest a dozen levels).
const MAX_ODS_DEPTH: usize = 2_000;

/// A workbook that passed the checks: the reader that suits it, and an estimate of the
/// memory calamine keeps while reading it (shared strings, styles, whole sheets).
pub(super) struct Checked {
    pub(super) format: Format,
    pub(super) held: u64,
}

/// The reader that suits a workbook.
pub(super) enum Format {
    Xlsx(XlsxLayout),
    Xlsb,
    Ods,
    Xls,
}

/// Where each sheet of an xlsx lives in the zip, resolved as calamine resolves it.
#[derive(Debug, Default)]
pub(super) struct XlsxLayout {
    sheets: Vec<(String, String)>,
}

impl XlsxLayout {
    /// The zip path of a sheet, by its name.
    pub(super) fn path(&self, sheet: &str) -> Option<&str> {
        self.sheets
            .iter()
            .find(|(n, _)| n == sheet)
            .map(|(_, p)| p.as_str())
    }
}

/// Checks a zip or OLE2 workbook; `Err` holds the one message that refuses it.
pub(super) fn check(bytes: &[u8], limits: &Limits) -> Result<Checked, String> {
    let checked = match container(bytes) {
        Container::Zip => check_zip(bytes, limits)?,
        Container::Ole => check_ole(bytes, limits)?,
        Container::Text => {
            return Err(
                "not a workbook: the content is neither a zip-based workbook (.xlsx, .xlsm, .xlsb, .ods) nor an old-format .xls"
                    .to_string(),
            );
        }
    };
    if checked.held > MEMORY_BUDGET {
        return Err(format!(
            "the workbook is too big to read safely: its shared strings and styles alone need over {} MB of memory, more than the {} MB offerlens allows — damaged or hostile, such files are refused",
            checked.held >> 20,
            MEMORY_BUDGET >> 20
        ));
    }
    Ok(checked)
}

/// Bytes calamine keeps for one shared string (its `String` and the allocation behind it),
/// one style, and one element of the other parts it reads whole.
const STRING_COST: u64 = 64;
const STYLE_COST: u64 = 200;
const ELEMENT_COST: u64 = 100;

const PASSWORD: &str = "the workbook is password-protected: save an unprotected copy (Save As, without a password) and read that";

fn damaged(what: impl std::fmt::Display) -> String {
    format!("could not read the workbook (the file looks damaged): {what}")
}

// ---------------------------------------------------------------------------------------
// A small streaming XML scanner: enough of XML to count elements, read attributes and check
// that tags balance, over a stream of any length in bounded memory.
// ---------------------------------------------------------------------------------------

/// One piece of XML, borrowed from the scanner's buffer.
pub(super) enum Xml<'a> {
    /// A start tag; `empty` for `<a/>`, which has no matching end tag.
    Start {
        name: &'a [u8],
        attrs: &'a [u8],
        empty: bool,
    },
    End {
        name: &'a [u8],
    },
    /// Raw text between tags (entities not decoded), possibly in several pieces.
    Text(&'a [u8]),
}

/// Why a scan ended early.
pub(super) enum ScanError {
    /// The part could not be unpacked (damaged data, or larger than its declared size).
    Read(io::Error),
    /// The XML ends inside a tag, a comment or a declaration.
    Truncated,
    /// A tag or a run of text longer than [`MAX_RUN`].
    TooLong,
    /// The callback refused the part.
    Stop(String),
}

impl ScanError {
    /// The message for a part whose scan failed, when the failure refuses the file.
    pub(super) fn message(self, part: &str) -> String {
        match self {
            ScanError::Read(e) => damaged(format!("its part '{part}' cannot be unpacked ({e})")),
            ScanError::Truncated => damaged(format!("its part '{part}' is cut short")),
            ScanError::TooLong => format!(
                "the workbook's part '{part}' holds a tag or a run of text longer than {} MB (no cell holds that much): damaged or hostile, such files are refused",
                MAX_RUN >> 20
            ),
            ScanError::Stop(m) => m,
        }
    }
}

/// Scans XML from `input`, calling `on` for every tag and piece of text. Comments,
/// processing instructions and declarations are skipped; CDATA is passed as text.
pub(super) fn scan_xml<R: Read>(
    mut input: R,
    mut on: impl FnMut(Xml<'_>) -> Result<(), String>,
) -> Result<(), ScanError> {
    const CHUNK: usize = 64 << 10;
    let mut buf = vec![0u8; CHUNK];
    let (mut start, mut end, mut eof) = (0usize, 0usize, false);
    let mut text_run = 0usize;
    loop {
        if start == end {
            if eof {
                return Ok(());
            }
            start = 0;
            end = read_some(&mut input, &mut buf)?;
            eof = end == 0;
            continue;
        }
        if buf[start] != b'<' {
            let stop = buf[start..end]
                .iter()
                .position(|&b| b == b'<')
                .map_or(end, |i| start + i);
            text_run += stop - start;
            if text_run > MAX_RUN {
                return Err(ScanError::TooLong);
            }
            on(Xml::Text(&buf[start..stop])).map_err(ScanError::Stop)?;
            start = stop;
            continue;
        }
        match markup_len(&buf[start..end]) {
            Some(len) => {
                text_run = 0;
                emit_markup(&buf[start..start + len], &mut on)?;
                start += len;
            }
            None if eof => return Err(ScanError::Truncated),
            None => {
                buf.copy_within(start..end, 0);
                end -= start;
                start = 0;
                if end > MAX_RUN {
                    return Err(ScanError::TooLong);
                }
                if end + CHUNK > buf.len() {
                    buf.resize(end + CHUNK, 0);
                }
                let n = read_some(&mut input, &mut buf[end..])?;
                eof = n == 0;
                end += n;
            }
        }
    }
}

fn read_some<R: Read>(input: &mut R, buf: &mut [u8]) -> Result<usize, ScanError> {
    loop {
        match input.read(buf) {
            Ok(n) => return Ok(n),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(ScanError::Read(e)),
        }
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The length of the markup at the start of `s` (which starts with `<`), or `None` when it
/// does not end within `s`.
fn markup_len(s: &[u8]) -> Option<usize> {
    if s.len() < 2 {
        return None;
    }
    match s[1] {
        b'!' if s.starts_with(b"<!--") => find(&s[4..], b"-->").map(|i| i + 7),
        b'!' if s.starts_with(b"<![CDATA[") => find(&s[9..], b"]]>").map(|i| i + 12),
        b'!' if s.len() < 9 && (b"<!--".starts_with(s) || b"<![CDATA[".starts_with(s)) => None,
        b'!' => {
            // <!DOCTYPE …>, possibly with an internal subset in brackets.
            let (mut depth, mut quote) = (0usize, 0u8);
            for (i, &b) in s.iter().enumerate().skip(2) {
                match b {
                    _ if quote != 0 && b == quote => quote = 0,
                    _ if quote != 0 => {}
                    b'"' | b'\'' => quote = b,
                    b'[' => depth += 1,
                    b']' => depth = depth.saturating_sub(1),
                    b'>' if depth == 0 => return Some(i + 1),
                    _ => {}
                }
            }
            None
        }
        b'?' => find(&s[2..], b"?>").map(|i| i + 4),
        _ => {
            let mut quote = 0u8;
            for (i, &b) in s.iter().enumerate().skip(1) {
                if quote != 0 {
                    if b == quote {
                        quote = 0;
                    }
                } else if b == b'"' || b == b'\'' {
                    quote = b;
                } else if b == b'>' {
                    return Some(i + 1);
                }
            }
            None
        }
    }
}

fn emit_markup(
    m: &[u8],
    on: &mut impl FnMut(Xml<'_>) -> Result<(), String>,
) -> Result<(), ScanError> {
    let event = if m.starts_with(b"<![CDATA[") {
        Xml::Text(&m[9..m.len() - 3])
    } else if m[1] == b'!' || m[1] == b'?' {
        return Ok(());
    } else if m[1] == b'/' {
        let inner = &m[2..m.len() - 1];
        let name_end = inner
            .iter()
            .position(|b| b.is_ascii_whitespace())
            .unwrap_or(inner.len());
        Xml::End {
            name: &inner[..name_end],
        }
    } else {
        let mut inner = &m[1..m.len() - 1];
        let empty = inner.last() == Some(&b'/');
        if empty {
            inner = &inner[..inner.len() - 1];
        }
        let name_end = inner
            .iter()
            .position(|b| b.is_ascii_whitespace())
            .unwrap_or(inner.len());
        Xml::Start {
            name: &inner[..name_end],
            attrs: &inner[name_end..],
            empty,
        }
    };
    on(event).map_err(ScanError::Stop)
}

/// The raw value of attribute `key` (compared with its prefix: `table:name`).
pub(super) fn attr<'a>(attrs: &'a [u8], key: &[u8]) -> Option<&'a [u8]> {
    attributes(attrs).find(|(k, _)| *k == key).map(|(_, v)| v)
}

/// The attributes of a start tag as (name, raw value) pairs; stops at the first malformed one.
pub(super) fn attributes(attrs: &[u8]) -> impl Iterator<Item = (&[u8], &[u8])> {
    let mut rest = attrs;
    std::iter::from_fn(move || {
        let s = rest.trim_ascii_start();
        let eq = s.iter().position(|&b| b == b'=')?;
        let key = s[..eq].trim_ascii();
        let v = s[eq + 1..].trim_ascii_start();
        let quote = *v.first()?;
        if quote != b'"' && quote != b'\'' {
            return None;
        }
        let close = v[1..].iter().position(|&b| b == quote)?;
        rest = &v[close + 2..];
        Some((key, &v[1..close + 1]))
    })
}

/// The name without its namespace prefix.
pub(super) fn local(name: &[u8]) -> &[u8] {
    name.iter()
        .rposition(|&b| b == b':')
        .map_or(name, |i| &name[i + 1..])
}

/// Decodes the five XML entities and character references of an attribute value or text.
pub(super) fn unescape(raw: &[u8]) -> String {
    let text = String::from_utf8_lossy(raw);
    if !text.contains('&') {
        return text.into_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = &*text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let Some(semi) = rest[..rest.len().min(12)].find(';') else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..semi];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .map(|h| u32::from_str_radix(h, 16))
                .or_else(|| entity.strip_prefix('#').map(str::parse::<u32>))
                .and_then(Result::ok)
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn parse_usize(raw: &[u8]) -> Option<usize> {
    std::str::from_utf8(raw).ok()?.trim().parse().ok()
}

// ---------------------------------------------------------------------------------------
// Zip-based workbooks: xlsx, xlsm, xlsb, ods.
// ---------------------------------------------------------------------------------------

type Zip<'a> = ZipArchive<Cursor<&'a [u8]>>;

/// Opens the zip over the bytes; the message says the file is damaged or truncated.
pub(super) fn open_zip(bytes: &[u8]) -> Result<Zip<'_>, String> {
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
pub(super) fn entry_names(zip: &Zip<'_>) -> Vec<String> {
    (0..zip.len())
        .filter_map(|i| {
            zip.by_index_data(i)
                .ok()
                .map(|e| String::from_utf8_lossy(e.name_raw()).into_owned())
        })
        .collect()
}

fn check_zip(bytes: &[u8], limits: &Limits) -> Result<Checked, String> {
    let mut zip = open_zip(bytes)?;
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
    let has = |path: &str| entry_name(&names, path);
    if let Some(mimetype) = has("mimetype") {
        let mime = read_start(&mut zip, &mimetype, 100)?;
        let mime = String::from_utf8_lossy(&mime).trim().to_string();
        if mime.starts_with("application/vnd.oasis.opendocument.spreadsheet") {
            let held = check_ods(&mut zip, &names)?;
            return Ok(Checked {
                format: Format::Ods,
                held,
            });
        }
        if mime.starts_with("application/vnd.oasis.opendocument.") {
            return Err(format!(
                "an OpenDocument file, but not a spreadsheet ({mime}): expected an .ods spreadsheet"
            ));
        }
    }
    if has("xl/workbook.bin").is_some() {
        let held = check_xlsb(&mut zip, &names, limits)?;
        return Ok(Checked {
            format: Format::Xlsb,
            held,
        });
    }
    if has("[Content_Types].xml").is_some()
        && (names
            .iter()
            .any(|n| n.to_ascii_lowercase().starts_with("xl/"))
            || has("_rels/.rels").is_some())
    {
        let (layout, held) = check_xlsx(&mut zip, &names, limits)?;
        return Ok(Checked {
            format: Format::Xlsx(layout),
            held,
        });
    }
    let lower: Vec<String> = names.iter().map(|n| n.to_ascii_lowercase()).collect();
    let kind = if lower.iter().any(|n| n.starts_with("word/")) {
        "a Word document (.docx)"
    } else if lower.iter().any(|n| n.starts_with("ppt/")) {
        "a PowerPoint file (.pptx)"
    } else {
        "a zip archive"
    };
    Err(format!(
        "{kind}, not a workbook: expected .xlsx, .xlsm, .xlsb or .ods"
    ))
}

/// Up to `max` bytes from the start of a part.
fn read_start(zip: &mut Zip<'_>, name: &str, max: u64) -> Result<Vec<u8>, String> {
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
fn scan_part(
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

/// Checks the parts calamine reads whole when it opens an xlsx, and resolves the sheets.
fn check_xlsx(
    zip: &mut Zip<'_>,
    names: &[String],
    limits: &Limits,
) -> Result<(XlsxLayout, u64), String> {
    // _rels/.rels names the workbook part; calamine reads the parts next to it.
    let mut target = None;
    if let Some(rels) = entry_name(names, "_rels/.rels") {
        scan_part(zip, &rels, MAX_PART_ELEMENTS, |ev| {
            if let Xml::Start { name, attrs, .. } = ev
                && local(name) == b"Relationship"
                && attr(attrs, b"Type")
                    .is_some_and(|t| t.ends_with(b"/relationships/officeDocument"))
                && let Some(t) = attr(attrs, b"Target")
            {
                target = Some(unescape(t));
            }
            Ok(())
        })?;
    }
    let target = target.unwrap_or_else(|| "xl/workbook.xml".to_string());
    let (dir, file) = match target.rfind('/') {
        Some(i) => target.split_at(i + 1),
        None => ("", target.as_str()),
    };
    let xl = dir.strip_prefix('/').unwrap_or(dir).to_string();
    let workbook = if file.is_empty() {
        "workbook.xml".to_string()
    } else {
        file.to_string()
    };

    let mut held = 0;
    if let Some(sst) = entry_name(names, &format!("{xl}sharedStrings.xml")) {
        held += check_shared_strings(zip, &sst, limits)?;
    }
    if let Some(name) = entry_name(names, &format!("{xl}styles.xml")) {
        held += STYLE_COST * scan_part(zip, &name, MAX_PART_ELEMENTS, |_| Ok(()))?;
    }
    if let Some(name) = entry_name(names, &format!("{xl}theme/theme1.xml")) {
        scan_part(zip, &name, MAX_PART_ELEMENTS, |_| Ok(()))?;
    }
    let mut rels: Vec<(String, String)> = Vec::new();
    if let Some(name) = entry_name(names, &format!("{xl}_rels/{workbook}.rels")) {
        held += ELEMENT_COST
            * scan_part(zip, &name, MAX_PART_ELEMENTS, |ev| {
                if let Xml::Start { name, attrs, .. } = ev
                    && local(name) == b"Relationship"
                    && let Some(id) = attr(attrs, b"Id")
                {
                    let target = attr(attrs, b"Target").unwrap_or_default();
                    rels.push((
                        String::from_utf8_lossy(id).into_owned(),
                        String::from_utf8_lossy(target).into_owned(),
                    ));
                }
                Ok(())
            })?;
    }
    let mut layout = XlsxLayout::default();
    if let Some(name) = entry_name(names, &format!("{xl}{workbook}")) {
        held += ELEMENT_COST
            * scan_part(zip, &name, MAX_PART_ELEMENTS, |ev| {
                if let Xml::Start { name, attrs, .. } = ev
                    && local(name) == b"sheet"
                {
                    // calamine keeps the last of repeated attributes and relationships.
                    let sheet = attributes(attrs)
                        .filter(|(k, _)| *k == b"name")
                        .last()
                        .map(|(_, v)| unescape(v));
                    let id = attributes(attrs)
                        .filter(|(k, _)| local(k) == b"id")
                        .last()
                        .map(|(_, v)| String::from_utf8_lossy(v).into_owned())
                        .unwrap_or_default();
                    let sheet = sheet.unwrap_or_default();
                    if let Some((_, target)) = rels.iter().rev().find(|(i, _)| *i == id) {
                        let path = match target.strip_prefix('/') {
                            Some(abs) => abs.to_string(),
                            None => format!("{xl}{target}"),
                        };
                        layout.sheets.push((sheet, path));
                    }
                }
                Ok(())
            })?;
    }
    Ok((layout, held))
}

/// Refuses a shared-string table that declares or holds more strings than the cap (calamine
/// reserves room for the declared count at once, and keeps every string); returns the bytes
/// calamine will keep for them.
fn check_shared_strings(zip: &mut Zip<'_>, name: &str, limits: &Limits) -> Result<u64, String> {
    let max = limits.max_shared_strings;
    let too_many = |n: u64| {
        format!(
            "the workbook declares or holds {n} shared strings, more than the {max} offerlens reads: such files are refused (damaged, hostile, or far bigger than an offer sheet)"
        )
    };
    let (mut count, mut text) = (0u64, 0u64);
    scan_part(zip, name, u64::MAX, |ev| {
        match ev {
            Xml::Start { name, attrs, .. } => match local(name) {
                // What calamine reserves. `count` (all the cells using a string) is not
                // reserved, and can pass the cap in a big but ordinary workbook.
                b"sst" => {
                    let declared = attr(attrs, b"uniqueCount")
                        .and_then(|v| std::str::from_utf8(v).ok()?.trim().parse::<u64>().ok());
                    if let Some(n) = declared.filter(|&n| n > max) {
                        return Err(too_many(n));
                    }
                }
                b"si" => {
                    count += 1;
                    if count > max {
                        return Err(too_many(count));
                    }
                }
                _ => {}
            },
            Xml::Text(t) => text += t.len() as u64,
            Xml::End { .. } => {}
        }
        Ok(())
    })?;
    Ok(count * STRING_COST + text)
}

/// xlsb parts are binary records, each with a declared length that calamine allocates
/// before reading it: refuse lengths beyond the part, and too many strings or records, in
/// the parts calamine reads (the global ones, and the sheets the relationships point to).
fn check_xlsb(zip: &mut Zip<'_>, names: &[String], limits: &Limits) -> Result<u64, String> {
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
fn check_records(
    zip: &mut Zip<'_>,
    name: &str,
    global: bool,
    limits: &Limits,
) -> Result<u64, String> {
    let shared_strings = name.eq_ignore_ascii_case("xl/sharedStrings.bin");
    let part = zip
        .by_name(name)
        .map_err(|e| damaged(format!("its part '{name}' cannot be opened ({e})")))?;
    let size = part.size();
    let mut input = io::BufReader::new(part);
    let (mut offset, mut records, mut strings, mut held) = (0u64, 0u64, 0u64, 0u64);
    let unreadable = |e: io::Error| damaged(format!("its part '{name}' cannot be unpacked ({e})"));
    loop {
        let mut byte = [0u8; 1];
        let mut next = || -> io::Result<Option<u8>> {
            Ok(if input.read(&mut byte)? == 0 {
                None
            } else {
                Some(byte[0])
            })
        };
        let Some(b) = next().map_err(unreadable)? else {
            break;
        };
        let mut typ = u32::from(b & 0x7F);
        let mut header = 1u64;
        if b & 0x80 != 0 {
            let Some(b2) = next().map_err(unreadable)? else {
                break;
            };
            typ += u32::from(b2 & 0x7F) << 7;
            header += 1;
        }
        let mut len = 0u64;
        for i in 0..4 {
            let Some(b) = next().map_err(unreadable)? else {
                break;
            };
            header += 1;
            len += u64::from(b & 0x7F) << (7 * i);
            if b & 0x80 == 0 {
                break;
            }
        }
        offset += header;
        if len > size.saturating_sub(offset) {
            return Err(damaged(format!(
                "a record in its part '{name}' claims {len} bytes, more than the part holds"
            )));
        }
        let skipped = io::copy(&mut (&mut input).take(len), &mut io::sink()).map_err(unreadable)?;
        offset += skipped;
        records += 1;
        if global {
            held += ELEMENT_COST + len;
            if records > MAX_PART_ELEMENTS {
                return Err(format!(
                    "the workbook's part '{name}' holds more than {MAX_PART_ELEMENTS} records: damaged or hostile, such files are refused"
                ));
            }
        }
        if shared_strings && typ == 0x0013 {
            strings += 1;
            if strings > limits.max_shared_strings {
                return Err(format!(
                    "the workbook holds more than {} shared strings: such files are refused (damaged, hostile, or far bigger than an offer sheet)",
                    limits.max_shared_strings
                ));
            }
        }
        if skipped < len {
            break;
        }
    }
    Ok(held)
}

// ---------------------------------------------------------------------------------------
// ODS: calamine reads content.xml whole, expanding repeated rows and columns and cloning
// their values, and loops forever when the XML ends inside a table or an annotation.
// ---------------------------------------------------------------------------------------

/// calamine's own caps on ODS repeats.
const ODS_MAX_ROWS: usize = 1_048_576;
const ODS_MAX_COLUMNS: usize = 16_384;
/// Bytes one cell costs calamine: its value (32) and its formula string (24); once
/// expanded, the formula strings are kept only for a table that has formulas.
const ODS_CELL: u64 = 56;
const ODS_VALUE: u64 = 32;

fn check_ods(zip: &mut Zip<'_>, names: &[String]) -> Result<u64, String> {
    // calamine opens the ODS parts by their exact names.
    let exact = |path: &str| names.iter().any(|n| n == path).then(|| path.to_string());
    if let Some(manifest) = exact("META-INF/manifest.xml") {
        let mut encrypted = false;
        scan_part(zip, &manifest, MAX_PART_ELEMENTS, |ev| {
            if let Xml::Start {
                name: b"manifest:encryption-data",
                ..
            } = ev
            {
                encrypted = true;
            }
            Ok(())
        })?;
        if encrypted {
            return Err(PASSWORD.to_string());
        }
    }
    let Some(content) = exact("content.xml") else {
        return Ok(0); // calamine says the part is missing
    };
    let part = zip
        .by_name(&content)
        .map_err(|e| damaged(format!("its part 'content.xml' cannot be opened ({e})")))?;
    let mut sim = OdsSim::default();
    let result = scan_xml(part, |ev| sim.step(ev));
    match result {
        Ok(()) if sim.stack.is_empty() || sim.gave_up => Ok(sim.kept.saturating_add(sim.largest)),
        Ok(()) | Err(ScanError::Truncated) => Err(damaged(
            "its content.xml is cut short (the spreadsheet data ends in the middle)",
        )),
        Err(e) => Err(e.message("content.xml")),
    }
}

/// A dry run of calamine's ODS reader (`parse_content`, `read_table`, `read_row`,
/// `get_range`) that adds up, from above, the memory it will need.
#[derive(Default)]
struct OdsSim {
    /// Open elements, to check that every tag is closed by its own end tag.
    stack: Vec<Box<[u8]>>,
    /// calamine will stop with an error at this point: nothing after it matters.
    gave_up: bool,
    table: Option<TableSim>,
    row: Option<RowSim>,
    cell: Option<CellSim>,
    /// Bytes kept for the tables read so far, and the largest copy of one table.
    kept: u64,
    largest: u64,
}

#[derive(Default)]
struct TableSim {
    name: String,
    depth: usize,
    total_rows: usize,
    rows_seen: usize,
    raw_cells: u64,
    raw_text: u64,
    repeats_so_far: u64,
    repeats_before_first: Option<u64>,
    repeats_through_last: u64,
    expanded_rows_text: u64,
    col_min: usize,
    col_max: usize,
    expanded_rows: u64,
    has_formula: bool,
}

#[derive(Default)]
struct RowSim {
    depth: usize,
    repeats: usize,
    len: usize,
    pending_empty: usize,
    first: Option<usize>,
    last: usize,
    text: u64,
}

#[derive(Default)]
struct CellSim {
    depth: usize,
    repeats: usize,
    filled: bool,
    formula: bool,
    text: u64,
}

impl OdsSim {
    fn step(&mut self, ev: Xml<'_>) -> Result<(), String> {
        if self.gave_up {
            return Ok(());
        }
        match ev {
            Xml::Start { name, attrs, empty } => {
                let depth = self.stack.len();
                self.start(name, attrs, depth)?;
                if empty {
                    self.end(name, depth)?;
                } else {
                    if self.stack.len() >= MAX_ODS_DEPTH {
                        return Err(damaged(format!(
                            "its content.xml nests more than {MAX_ODS_DEPTH} levels deep"
                        )));
                    }
                    self.stack.push(name.into());
                }
            }
            Xml::End { name } => {
                if self.stack.pop().as_deref() != Some(name) {
                    return Err(damaged("its content.xml has mismatched tags"));
                }
                let depth = self.stack.len();
                self.end(name, depth)?;
            }
            Xml::Text(t) => {
                if let Some(cell) = &mut self.cell {
                    cell.text += t.len() as u64;
                } else if self.row.is_some() {
                    // calamine refuses anything but cells inside a row.
                    self.gave_up = true;
                }
            }
        }
        Ok(())
    }

    fn start(&mut self, name: &[u8], attrs: &[u8], depth: usize) -> Result<(), String> {
        if let Some(cell) = &mut self.cell {
            match name {
                // calamine adds `text:c` spaces; unparsable, it stops (string cells) or
                // skips the cell (others): either way nothing to count.
                b"text:s" => {
                    let spaces = attr(attrs, b"text:c")
                        .map_or(Some(1), |c| parse_usize(unescape(c).as_bytes()));
                    cell.text = cell.text.saturating_add(spaces.unwrap_or(0) as u64);
                }
                b"text:p" | b"text:tab" | b"text:line-break" => cell.text += 1,
                // calamine ends a text cell at the first cell end, even a nested one, and
                // would then read the nested table's rows as rows of the sheet.
                b"table:table"
                | b"table:table-row"
                | b"table:table-cell"
                | b"table:covered-table-cell" => {
                    return Err(damaged(
                        "its content.xml nests a table inside a cell, which cannot be read safely",
                    ));
                }
                _ => {}
            }
            return Ok(());
        }
        if self.row.is_some() {
            if name != b"table:table-cell" && name != b"table:covered-table-cell" {
                self.gave_up = true;
                return Ok(());
            }
            let repeats = match attr(attrs, b"table:number-columns-repeated") {
                None => 1,
                Some(v) => match std::str::from_utf8(v)
                    .ok()
                    .and_then(|s| s.parse::<usize>().ok())
                {
                    Some(n) => n,
                    None => {
                        self.gave_up = true;
                        return Ok(());
                    }
                },
            };
            let mut filled = false;
            let mut formula = false;
            let mut text = 0u64;
            for (key, value) in attributes(attrs) {
                formula |= key == b"table:formula";
                text += value.len() as u64;
                filled |= matches!(
                    key,
                    b"office:value"
                        | b"office:string-value"
                        | b"office:date-value"
                        | b"office:time-value"
                        | b"office:boolean-value"
                        | b"table:formula"
                ) || (key == b"office:value-type" && value == b"string")
                    || (key == b"calcext:value-type" && value == b"error");
            }
            self.cell = Some(CellSim {
                depth,
                repeats,
                filled,
                formula,
                text,
            });
            return Ok(());
        }
        if let Some(table) = &mut self.table {
            if name == b"table:table-row" {
                let repeats = match attr(attrs, b"table:number-rows-repeated") {
                    None => 1,
                    Some(v) => match parse_usize(unescape(v).as_bytes()) {
                        Some(n) => n,
                        None => {
                            self.gave_up = true;
                            return Ok(());
                        }
                    },
                };
                let capped = repeats.min(ODS_MAX_ROWS.saturating_sub(table.total_rows));
                table.total_rows += capped;
                self.row = Some(RowSim {
                    depth,
                    repeats: capped,
                    ..RowSim::default()
                });
            }
            return Ok(());
        }
        match name {
            b"table:table" => {
                if let Some(n) = attr(attrs, b"table:name") {
                    self.table = Some(TableSim {
                        name: unescape(n),
                        depth,
                        col_min: usize::MAX,
                        ..TableSim::default()
                    });
                }
            }
            b"table:named-range" | b"table:named-expression" => {
                self.kept += 48 + attrs.len() as u64;
                self.check_budget(None)?;
            }
            _ => {}
        }
        Ok(())
    }

    fn end(&mut self, name: &[u8], depth: usize) -> Result<(), String> {
        if let Some(cell) = &self.cell {
            if depth == cell.depth {
                let cell = self.cell.take().unwrap_or_default();
                self.finish_cell(cell);
                self.check_budget(None)?;
            }
            return Ok(());
        }
        if let Some(row) = &self.row {
            if depth == row.depth && name == b"table:table-row" {
                let row = self.row.take().unwrap_or_default();
                self.finish_row(row);
                self.check_budget(None)?;
            } else {
                self.gave_up = true;
            }
            return Ok(());
        }
        if name == b"table:table" && self.table.as_ref().is_some_and(|t| depth >= t.depth) {
            let table = self.table.take().unwrap_or_default();
            self.finish_table(table)?;
        }
        Ok(())
    }

    fn finish_cell(&mut self, cell: CellSim) {
        let (Some(row), Some(table)) = (&mut self.row, &mut self.table) else {
            return;
        };
        let pushed_empty = row
            .pending_empty
            .min(ODS_MAX_COLUMNS.saturating_sub(row.len));
        row.len += pushed_empty;
        table.raw_cells += pushed_empty as u64;
        row.pending_empty = 0;
        let capped = cell.repeats.min(ODS_MAX_COLUMNS.saturating_sub(row.len));
        table.has_formula |= cell.formula;
        if !cell.filled {
            row.pending_empty = capped;
            return;
        }
        if capped > 0 {
            row.first.get_or_insert(row.len);
            row.last = row.len + capped - 1;
        }
        row.len += capped;
        table.raw_cells += capped as u64;
        let text = cell.text.saturating_mul(capped as u64);
        table.raw_text = table.raw_text.saturating_add(text);
        row.text = row.text.saturating_add(text);
    }

    fn finish_row(&mut self, row: RowSim) {
        let Some(table) = &mut self.table else { return };
        let repeats = row.repeats as u64;
        if let Some(first) = row.first {
            table
                .repeats_before_first
                .get_or_insert(table.repeats_so_far);
            table.repeats_through_last = table.repeats_so_far + repeats;
            table.col_min = table.col_min.min(first);
            table.col_max = table.col_max.max(row.last);
            table.expanded_rows_text = table
                .expanded_rows_text
                .saturating_add(row.text.saturating_mul(repeats));
        }
        table.repeats_so_far += repeats;
        table.rows_seen += 1;
        table.expanded_rows = table.repeats_through_last - table.repeats_before_first.unwrap_or(0);
    }

    /// Bytes calamine holds for a table once expanded (its values and formulas).
    fn expanded_bytes(table: &TableSim) -> u64 {
        if table.repeats_before_first.is_none() {
            return 0;
        }
        let width = (table.col_max + 1).saturating_sub(table.col_min) as u64;
        let cell = if table.has_formula {
            ODS_CELL
        } else {
            ODS_VALUE
        };
        table
            .expanded_rows
            .saturating_mul(width)
            .saturating_mul(cell)
            .saturating_add(table.expanded_rows_text)
    }

    fn finish_table(&mut self, table: TableSim) -> Result<(), String> {
        let expanded = Self::expanded_bytes(&table);
        let raw = table
            .raw_cells
            .saturating_mul(ODS_CELL)
            .saturating_add(table.raw_text);
        self.kept = self.kept.saturating_add(raw).saturating_add(expanded);
        self.largest = self.largest.max(expanded);
        self.check_budget(Some(&table))
    }

    /// Refuses once the estimate passes the budget (also while a table is being read).
    fn check_budget(&self, finished: Option<&TableSim>) -> Result<(), String> {
        let current = self.table.as_ref().or(finished);
        let open = match (&self.table, current) {
            (Some(t), _) => t
                .raw_cells
                .saturating_mul(ODS_CELL)
                .saturating_add(t.raw_text)
                .saturating_add(Self::expanded_bytes(t)),
            _ => 0,
        };
        let need = self.kept.saturating_add(open).saturating_add(self.largest);
        if need <= MEMORY_BUDGET {
            return Ok(());
        }
        let sheet = current
            .map(|t| format!("sheet '{}'", t.name))
            .unwrap_or_else(|| "the workbook".to_string());
        Err(format!(
            "{sheet} is too big to read safely: once its repeated rows and columns are expanded, reading it needs over {} MB of memory (offerlens allows {} MB for an .ods file) — delete the unused rows and columns, or save it as .xlsx",
            need >> 20,
            MEMORY_BUDGET >> 20
        ))
    }
}

// ---------------------------------------------------------------------------------------
// OLE2 compound files: .xls, or an encrypted (password-protected) OOXML workbook.
// ---------------------------------------------------------------------------------------

const ENDOFCHAIN: u32 = 0xFFFF_FFFE;
const DIFSECT: u32 = 0xFFFF_FFFC;
const RESERVED_SECTORS: u32 = 0xFFFF_FFFA;

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

fn u32s(b: &[u8]) -> impl Iterator<Item = u32> + '_ {
    b.chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
}

/// A compound file read the way calamine's `cfb` module reads it, with every chain and size
/// it would follow checked first.
struct Cfb<'a> {
    bytes: &'a [u8],
    sector: usize,
    max_id: u32,
    fat: Vec<u32>,
    dirs: Vec<(String, u32, u64)>,
    mini_fat: Vec<u32>,
    mini_stream: Vec<u8>,
}

impl<'a> Cfb<'a> {
    fn parse(bytes: &'a [u8]) -> Result<Cfb<'a>, String> {
        let bad = |what: &str| damaged(format!("its OLE2 structure is broken ({what})"));
        if bytes.len() < 512 {
            return Err(damaged(
                "the file is cut short: an old-format Office file has at least 512 bytes",
            ));
        }
        let sector = match u16_at(bytes, 30) {
            Some(9) => 512usize,
            Some(12) => 4096,
            _ => return Err(bad("unknown sector size")),
        };
        if u16_at(bytes, 32) != Some(6) || bytes.len() < sector {
            return Err(bad("unknown mini-sector size"));
        }
        let version = u16_at(bytes, 26).unwrap_or(0);
        let dir_start = u32_at(bytes, 48).unwrap_or(ENDOFCHAIN);
        let mini_fat_start = u32_at(bytes, 60).unwrap_or(ENDOFCHAIN);
        let mini_fat_len = u64::from(u32_at(bytes, 64).unwrap_or(0));
        let difat_start = u32_at(bytes, 68).unwrap_or(ENDOFCHAIN);
        let max_id = u32::try_from(bytes.len() / sector).unwrap_or(u32::MAX);
        let mut cfb = Cfb {
            bytes,
            sector,
            max_id,
            fat: Vec::new(),
            dirs: Vec::new(),
            mini_fat: Vec::new(),
            mini_stream: Vec::new(),
        };

        let mut difat: Vec<u32> = u32s(&bytes[76..512]).collect();
        let mut id = difat_start;
        let mut steps = 0u32;
        while id < RESERVED_SECTORS {
            steps += 1;
            if steps > max_id.saturating_add(1) {
                return Err(bad("a loop in its allocation table list"));
            }
            difat.extend(u32s(cfb.sector_at(id)?));
            id = difat
                .pop()
                .ok_or_else(|| bad("an empty allocation table list"))?;
        }
        let fat_sectors: Vec<u32> = difat.into_iter().filter(|&id| id < DIFSECT).collect();
        if fat_sectors.len() as u64 > u64::from(max_id) + 1 {
            return Err(bad("its allocation table is longer than the file"));
        }
        let mut fat = Vec::new();
        for id in fat_sectors {
            fat.extend(u32s(cfb.sector_at(id)?));
        }
        cfb.fat = fat;

        // The directory chain is followed without a length: a loop would never end.
        let dirs = cfb.chain(dir_start, u64::MAX, true)?;
        cfb.dirs = dirs
            .chunks_exact(128)
            .map(|d| {
                let mut name = String::from_utf16_lossy(
                    &d[..64]
                        .chunks_exact(2)
                        .map(|c| u16::from_le_bytes([c[0], c[1]]))
                        .collect::<Vec<_>>(),
                );
                if let Some(nul) = name.find('\0') {
                    name.truncate(nul);
                }
                let start = u32_at(d, 116).unwrap_or(ENDOFCHAIN);
                let len = if sector == 512 {
                    u64::from(u32_at(d, 120).unwrap_or(0))
                } else {
                    u64::from_le_bytes(d[120..128].try_into().unwrap_or_default())
                };
                (name, start, len)
            })
            .collect();
        let Some(&(_, root_start, root_len)) = cfb.dirs.first() else {
            return Err(bad("no root directory"));
        };
        if version != 3 && root_start == ENDOFCHAIN {
            return Err(bad("an empty root directory"));
        }
        if mini_fat_len > 0 {
            let file = bytes.len() as u64;
            if root_len > file || mini_fat_len.saturating_mul(sector as u64) > file {
                return Err(bad("a stream longer than the file"));
            }
            cfb.mini_stream = cfb.chain(root_start, root_len, false)?;
            let mini_fat = cfb.chain(mini_fat_start, mini_fat_len * sector as u64, false)?;
            cfb.mini_fat = u32s(&mini_fat).collect();
        }
        Ok(cfb)
    }

    fn sector_at(&self, id: u32) -> Result<&'a [u8], String> {
        let start = (id as usize + 1) * self.sector;
        if id > self.max_id || start >= self.bytes.len() {
            return Err(damaged(
                "its OLE2 structure points past the end of the file",
            ));
        }
        Ok(&self.bytes[start..self.bytes.len().min(start + self.sector)])
    }

    /// Follows a sector chain for `len` bytes; `strict` refuses a loop (calamine would
    /// follow it forever when no length bounds it).
    fn chain(&self, mut id: u32, len: u64, strict: bool) -> Result<Vec<u8>, String> {
        let mut out = Vec::new();
        let mut steps = 0u64;
        while id != ENDOFCHAIN {
            steps += 1;
            if steps > u64::from(self.max_id) + 1 {
                if strict {
                    return Err(damaged("its OLE2 directory chain loops"));
                }
                break;
            }
            let sector = self.sector_at(id)?;
            let take = sector
                .len()
                .min(usize::try_from(len - out.len() as u64).unwrap_or(usize::MAX));
            out.extend_from_slice(&sector[..take]);
            if out.len() as u64 >= len {
                break;
            }
            id = *self
                .fat
                .get(id as usize)
                .ok_or_else(|| damaged("its OLE2 chain points outside its table"))?;
        }
        Ok(out)
    }

    fn has(&self, name: &str) -> bool {
        self.dirs
            .iter()
            .any(|(n, _, _)| n.eq_ignore_ascii_case(name))
    }

    /// The stream calamine would read for `name`, or `None` when there is none.
    fn stream(&self, name: &str) -> Result<Option<Vec<u8>>, String> {
        let Some(&(_, start, len)) = self
            .dirs
            .iter()
            .find(|(n, _, _)| n.eq_ignore_ascii_case(name))
        else {
            return Ok(None);
        };
        if len >= 4096 {
            if len > self.bytes.len() as u64 {
                return Err(damaged(format!(
                    "its '{name}' stream claims to be longer than the file"
                )));
            }
            return self.chain(start, len, false).map(Some);
        }
        let mut out = Vec::new();
        let mut id = start;
        let mut steps = 0u64;
        while id != ENDOFCHAIN && (out.len() as u64) < len {
            steps += 1;
            let at = id as usize * 64;
            let Some(mini) = self.mini_stream.get(at..at + 64).filter(|_| steps <= 4096) else {
                return Err(damaged(format!(
                    "its '{name}' stream points outside the mini stream"
                )));
            };
            let take = 64.min(len as usize - out.len());
            out.extend_from_slice(&mini[..take]);
            id = *self
                .mini_fat
                .get(id as usize)
                .ok_or_else(|| damaged("its OLE2 mini chain is broken"))?;
        }
        Ok(Some(out))
    }
}

fn check_ole(bytes: &[u8], limits: &Limits) -> Result<Checked, String> {
    let cfb = Cfb::parse(bytes)?;
    if cfb.has("EncryptedPackage") || cfb.has("EncryptionInfo") {
        return Err(PASSWORD.to_string());
    }
    let not_a_workbook = || {
        "an old-format Office file without a workbook inside (a Word .doc or PowerPoint .ppt?): expected an .xls workbook"
            .to_string()
    };
    // calamine reads the `Book` stream (Excel 5) when `Workbook` is missing or unreadable.
    let stream = match cfb.stream("Workbook") {
        Ok(Some(s)) => s,
        Ok(None) => cfb.stream("Book")?.ok_or_else(not_a_workbook)?,
        Err(e) => cfb.stream("Book").ok().flatten().ok_or(e)?,
    };
    let held = check_biff(&stream, limits)?;
    Ok(Checked {
        format: Format::Xls,
        held,
    })
}

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
fn sst_lengths(rec: &Record<'_>, max: u64) -> Result<Vec<u32>, String> {
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
            return Err(format!(
                "the workbook holds more than {max} shared strings: such files are refused (damaged, hostile, or far bigger than an offer sheet)"
            ));
        }
        if data.len() < 3 {
            break;
        }
        let mut chars = usize::from(u16_at(data, 0).unwrap_or(0));
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
        let mut wide = flags & 0x1 != 0;
        let mut ok = true;
        while chars > 0 {
            let n = if wide {
                (data.len() / 2).min(chars)
            } else {
                data.len().min(chars)
            };
            data = &data[if wide { 2 * n } else { n }..];
            chars -= n;
            if chars > 0 {
                match cont.next() {
                    Some(next) if !next.is_empty() => {
                        wide = next[0] & 0x1 != 0;
                        data = &next[1..];
                    }
                    _ => {
                        ok = false;
                        break;
                    }
                }
            }
        }
        if !ok {
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
}

/// Walks the Workbook stream the way calamine's `parse_workbook` does and refuses a file
/// that is password-protected or would need more than [`MEMORY_BUDGET`]; returns the need.
fn check_biff(stream: &[u8], limits: &Limits) -> Result<u64, String> {
    let mut sheets: Vec<(usize, String)> = Vec::new();
    let mut sst: Vec<u32> = Vec::new();
    let (mut longest_sheet_name, mut longest_name) = (0u64, 0u64);
    for rec in records(stream) {
        match rec.typ {
            // FILEPASS: RC4 encryption, or the XOR obfuscation calamine would read as garbage.
            0x002F => return Err(PASSWORD.to_string()),
            0x0085 => {
                let (Some(pos), Some(&state), Some(&kind)) =
                    (u32_at(rec.data, 0), rec.data.get(4), rec.data.get(5))
                else {
                    return Ok(0); // calamine stops here with an error
                };
                if state & 0x3F > 2 || ![0, 1, 2, 6].contains(&kind) {
                    return Ok(0); // calamine stops here with an error
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
    let sst_bytes: u64 = sst.iter().map(|&l| 24 + u64::from(l)).sum();
    // A formula token turns into at most a quoted sheet name or a defined name; count
    // every token as the longest of them (tokens take at least 5 bytes).
    let per_formula_byte = 3 + (3 * longest_sheet_name + 24) / 5 + (3 * longest_name + 16) / 5;

    let mut scanned = 0u64;
    let scan_cap = 2 * stream.len() as u64 + (1 << 20);
    let (mut kept, mut peak, mut largest) = (0u64, 0u64, 0u64);
    let mut biggest: Option<(String, SheetCost)> = None;
    for (pos, name) in &sheets {
        let Some(sheet) = stream.get(*pos..) else {
            break;
        };
        let mut cost = SheetCost::default();
        let (mut seen_bof, mut depth) = (false, 0usize);
        let mut formula_at = (0u32, 0u32);
        for rec in records(sheet) {
            scanned += rec.size as u64;
            if scanned > scan_cap {
                return Err(damaged("its sheets overlap or repeat each other"));
            }
            if depth > 0 {
                match rec.typ {
                    0x0809 => depth += 1,
                    0x000A => depth -= 1,
                    _ => {}
                }
                continue;
            }
            let d = rec.data;
            let at = || Some((u32::from(u16_at(d, 0)?), u32::from(u16_at(d, 2)?)));
            match rec.typ {
                0x0809 if seen_bof => depth += 1,
                0x0809 => seen_bof = true,
                0x0200 => check_xls_dimensions(d, name)?,
                0x0203 | 0x0205 | 0x027E => {
                    if let Some((r, c)) = at() {
                        cost.cell(r, c, 0);
                    }
                }
                0x0204 | 0x00D6 => {
                    if let Some((r, c)) = at() {
                        cost.cell(r, c, 3 * d.len() as u64);
                    }
                }
                0x0207 => cost.cell(formula_at.0, formula_at.1, 3 * d.len() as u64),
                0x00FD => {
                    if let (Some((r, c)), Some(i)) = (at(), u32_at(d, 6))
                        && let Some(&len) = sst.get(i as usize)
                    {
                        cost.cell(r, c, u64::from(len));
                    }
                }
                0x00BD => {
                    let (Some((r, first)), Some(last)) =
                        (at(), d.len().checked_sub(2).and_then(|i| u16_at(d, i)))
                    else {
                        continue;
                    };
                    let count = (d.len().saturating_sub(6) / 6) as u32;
                    if count > 0 && u32::from(last) >= first {
                        cost.cell(r, first, 0);
                        widen(&mut cost.cols, first + count - 1);
                        cost.pushes += u64::from(count) - 1;
                    }
                }
                0x00E5 => cost.merges += d.len() as u64 / 8,
                0x0006 => {
                    if let Some((r, c)) = at().filter(|_| d.len() >= 20) {
                        formula_at = (r, c);
                        cost.cell(r, c, 0);
                        cost.formulas += 1;
                        cost.formula_text = cost.formula_text.saturating_add(
                            128 + (d.len() as u64 - 20).saturating_mul(per_formula_byte),
                        );
                        widen(&mut cost.formula_rows, r);
                        widen(&mut cost.formula_cols, c);
                    }
                }
                0x000A => break,
                _ => {}
            }
        }
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
        let detail = match &biggest {
            Some((name, cost)) => {
                let rows = cost.rows.map_or(0, |(a, b)| b - a + 1);
                let cols = cost.cols.map_or(0, |(a, b)| b - a + 1);
                format!(" (sheet '{name}' spans {rows} rows × {cols} columns)")
            }
            None => String::new(),
        };
        return Err(format!(
            "the workbook is too big to read safely: reading this .xls needs over {} MB of memory{detail}, more than the {} MB offerlens allows — save it as .xlsx (read row by row) or split it",
            need >> 20,
            MEMORY_BUDGET >> 20
        ));
    }
    Ok(need)
}

/// calamine reserves room for every cell a DIMENSIONS record declares.
fn check_xls_dimensions(d: &[u8], sheet: &str) -> Result<(), String> {
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
        return Err(format!(
            "sheet '{sheet}' declares {rows} rows × {cols} columns, more than an .xls sheet can hold: damaged or hostile, such files are refused"
        ));
    }
    Ok(())
}
