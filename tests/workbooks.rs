//! Workbooks: every format read into raw tables with the right origin and locations, and
//! every hostile or broken file refused with one clear message, never a panic or an abort.
//! The hostile files are built here, in memory, not committed.

use std::io::Write;
use std::path::PathBuf;

use offerlens::import::{self, Limits, workbook};
use offerlens::issue::{Issue, Severity};
use offerlens::table::{RawCell, RawTable};
use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};

fn read(bytes: &[u8]) -> Result<(Vec<RawTable>, Vec<Issue>), Issue> {
    workbook::read(bytes, "offers.xlsx", &Limits::default())
}

fn refused(bytes: &[u8], limits: &Limits) -> String {
    match workbook::read(bytes, "offers.xlsx", limits) {
        Ok((tables, notes)) => panic!(
            "expected a refusal, read {} tables, notes {notes:?}",
            tables.len()
        ),
        Err(issue) => {
            assert_eq!(issue.severity, Severity::Error);
            assert!(issue.whole_file, "{issue}");
            assert!(issue.location.starts_with("offers.xlsx"), "{issue}");
            issue.message.to_string()
        }
    }
}

fn table<'a>(tables: &'a [RawTable], sheet: &str) -> &'a RawTable {
    tables
        .iter()
        .find(|t| t.sheet.as_deref() == Some(sheet))
        .unwrap_or_else(|| panic!("no sheet {sheet}"))
}

fn text(s: &str) -> RawCell {
    RawCell::Text(s.into())
}

fn has_note(notes: &[Issue], location: &str, part: &str) -> bool {
    notes
        .iter()
        .any(|n| n.location == location && n.message.to_string().contains(part))
}

// --- Building files ---------------------------------------------------------------------

/// A zip of stored parts, in order (the ODS `mimetype` must come first).
fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, data) in parts {
        zip.start_file(*name, stored).unwrap();
        zip.write_all(data).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>"#;
const ROOT_RELS: &str = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
const WORKBOOK: &str = r#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
const WORKBOOK_RELS: &str = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#;
pub(crate) const SHEET_START: &str =
    r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#;

/// The parts of a one-sheet xlsx around `sheet` (sheet1.xml) and an optional shared-string table.
fn xlsx_parts<'a>(sheet: &'a str, shared: Option<&'a str>) -> Vec<(&'a str, &'a [u8])> {
    let mut parts: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", ROOT_RELS.as_bytes()),
        ("xl/workbook.xml", WORKBOOK.as_bytes()),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
    ];
    if let Some(sst) = shared {
        parts.push(("xl/sharedStrings.xml", sst.as_bytes()));
    }
    parts
}

fn xlsx(sheet_data: &str) -> Vec<u8> {
    let sheet = format!("{SHEET_START}{sheet_data}</worksheet>");
    zip_of(&xlsx_parts(&sheet, None))
}

/// A workbook like a vendor's: a title block, the table from B4, a merged header, a date,
/// a percent, a formula with its result, an error, and a hidden sheet.
fn offers_xlsx() -> Vec<u8> {
    let mut wb = Workbook::new();
    let sheet = wb.add_worksheet();
    sheet.set_name("Oferty").unwrap();
    sheet
        .merge_range(0, 1, 0, 4, "Porównanie ofert", &Format::new())
        .unwrap();
    sheet.write_string(1, 1, "Stan na marzec").unwrap();
    for (col, header) in [
        "Agencja",
        "Abonament",
        "Dostępność",
        "Monitoring",
        "Start",
        "Rocznie",
        "Referencje",
        "Czas P1",
    ]
    .iter()
    .enumerate()
    {
        sheet.write_string(3, 1 + col as u16, *header).unwrap();
    }
    sheet.write_string(4, 1, "Alfa").unwrap();
    sheet.write_number(4, 2, 1200).unwrap();
    sheet
        .write_number_with_format(4, 3, 0.999, &Format::new().set_num_format("0.0%"))
        .unwrap();
    sheet.write_boolean(4, 4, true).unwrap();
    let day = ExcelDateTime::from_ymd(2021, 3, 1).unwrap();
    sheet
        .write_datetime_with_format(4, 5, &day, &Format::new().set_num_format("yyyy-mm-dd"))
        .unwrap();
    sheet
        .write_formula(4, 6, Formula::new("=C5*12").set_result("14400"))
        .unwrap();
    sheet
        .write_formula(4, 7, Formula::new("=NA()").set_result("#N/A"))
        .unwrap();
    let quarter = ExcelDateTime::from_hms(0, 15, 0).unwrap();
    sheet
        .write_datetime_with_format(4, 8, &quarter, &Format::new().set_num_format("[h]:mm"))
        .unwrap();
    sheet.write_string(5, 1, "Beta").unwrap();
    sheet.write_number(5, 2, 990.5).unwrap();
    let hidden = wb.add_worksheet();
    hidden.set_name("Ukryty").unwrap();
    hidden.write_string(0, 0, "notatki").unwrap();
    hidden.set_hidden(true);
    wb.save_to_buffer().unwrap()
}

/// A zip written by hand, for parts whose bytes or declared sizes are crafted.
struct RawEntry {
    name: &'static str,
    deflated: bool,
    data: Vec<u8>,
    crc: u32,
    size: u64,
}

fn stored(name: &'static str, data: &[u8]) -> RawEntry {
    RawEntry {
        name,
        deflated: false,
        data: data.to_vec(),
        crc: crc32(data),
        size: data.len() as u64,
    }
}

fn raw_zip(entries: &[RawEntry]) -> Vec<u8> {
    let (mut out, mut central) = (Vec::new(), Vec::new());
    for e in entries {
        let offset = out.len() as u32;
        let method: u16 = if e.deflated { 8 } else { 0 };
        let header = |sig: u32, central: bool| {
            let mut h = sig.to_le_bytes().to_vec();
            if central {
                h.extend(20u16.to_le_bytes());
            }
            for v in [20u16, 0, method, 0, 0x21] {
                h.extend(v.to_le_bytes());
            }
            h.extend(e.crc.to_le_bytes());
            h.extend((e.data.len() as u32).to_le_bytes());
            h.extend((e.size as u32).to_le_bytes());
            h.extend((e.name.len() as u16).to_le_bytes());
            h.extend(0u16.to_le_bytes());
            if central {
                for v in [0u16, 0, 0] {
                    h.extend(v.to_le_bytes());
                }
                h.extend(0u32.to_le_bytes());
                h.extend(offset.to_le_bytes());
            }
            h.extend(e.name.as_bytes());
            h
        };
        out.extend(header(0x0403_4b50, false));
        out.extend(&e.data);
        central.extend(header(0x0201_4b50, true));
    }
    let (start, size) = (out.len() as u32, central.len() as u32);
    out.extend(central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    for v in [0u16, 0, entries.len() as u16, entries.len() as u16] {
        out.extend(v.to_le_bytes());
    }
    out.extend(size.to_le_bytes());
    out.extend(start.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// Bits for a deflate stream, least significant first.
#[derive(Default)]
struct Bits {
    out: Vec<u8>,
    acc: u64,
    n: u32,
}

impl Bits {
    fn put(&mut self, value: u64, count: u32) {
        self.acc |= value << self.n;
        self.n += count;
        while self.n >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.n -= 8;
        }
    }

    /// A Huffman code, most significant bit first.
    fn code(&mut self, code: u64, len: u32) {
        let reversed = (0..len).fold(0, |r, i| r | ((code >> i) & 1) << (len - 1 - i));
        self.put(reversed, len);
    }

    /// `data` as stored blocks (of at most 65 535 bytes each).
    fn stored_block(&mut self, data: &[u8], last: bool) {
        let blocks: Vec<&[u8]> = if data.is_empty() {
            vec![data]
        } else {
            data.chunks(usize::from(u16::MAX)).collect()
        };
        for (i, block) in blocks.iter().enumerate() {
            self.put(u64::from(last && i + 1 == blocks.len()), 1);
            self.put(0, 2);
            if self.n > 0 {
                self.put(0, 8 - self.n);
            }
            let len = block.len() as u16;
            self.out.extend(len.to_le_bytes());
            self.out.extend((!len).to_le_bytes());
            self.out.extend(*block);
        }
    }
}

/// A deflate stream of `prefix`, then `1 + 258 * runs` spaces, then `suffix`: the spaces
/// take two bits per 258 bytes (a dynamic Huffman block with one-bit codes for "repeat 258
/// bytes at distance 1"), a ratio near deflate's maximum, built in milliseconds.
pub(crate) fn deflate_spaces(prefix: &[u8], runs: u64, suffix: &[u8]) -> (Vec<u8>, u64) {
    let mut bits = Bits::default();
    bits.stored_block(prefix, false);
    bits.put(0, 1);
    bits.put(2, 2); // dynamic Huffman
    bits.put(29, 5); // 286 literal/length codes
    bits.put(0, 5); // 1 distance code
    bits.put(14, 4); // 18 code-length codes
    // Code-length code lengths in their transmission order: 18 -> 1 bit, 2 and 1 -> 2 bits.
    for symbol in [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1] {
        bits.put(
            match symbol {
                18 => 1,
                1 | 2 => 2,
                _ => 0,
            },
            3,
        );
    }
    let zeros = |bits: &mut Bits, n: u64| {
        bits.code(0, 1); // 18: a run of 11..138 zero lengths
        bits.put(n - 11, 7);
    };
    zeros(&mut bits, 32); // literals 0..31 unused
    bits.code(0b11, 2); // ' ' (32): length 2
    zeros(&mut bits, 138);
    zeros(&mut bits, 85); // 33..255 unused
    bits.code(0b11, 2); // end of block (256): length 2
    zeros(&mut bits, 28); // 257..284 unused
    bits.code(0b10, 2); // 285 (length 258): length 1
    bits.code(0b10, 2); // distance code 0 (distance 1): length 1
    // Canonical codes: 285 -> 0, ' ' -> 10, end of block -> 11; distance 0 -> 0.
    bits.code(0b10, 2);
    for _ in 0..runs {
        bits.code(0, 1);
        bits.code(0, 1);
    }
    bits.code(0b11, 2);
    bits.stored_block(suffix, true);
    let size = prefix.len() as u64 + 1 + 258 * runs + suffix.len() as u64;
    (bits.out, size)
}

/// The xlsx parts around a sheet1.xml given as a crafted deflate stream.
pub(crate) fn xlsx_with_crafted_sheet(sheet: Vec<u8>, size: u64, crc: u32) -> Vec<u8> {
    raw_zip(&[
        stored("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        stored("_rels/.rels", ROOT_RELS.as_bytes()),
        stored("xl/workbook.xml", WORKBOOK.as_bytes()),
        stored("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.as_bytes()),
        RawEntry {
            name: "xl/worksheets/sheet1.xml",
            deflated: true,
            data: sheet,
            crc,
            size,
        },
    ])
}

/// An OLE2 compound file holding `streams` (each at least 4 096 bytes, or empty), with
/// 512-byte sectors: FAT sectors, one directory sector, then the streams.
fn ole(streams: &[(&str, Vec<u8>)], loop_directory: bool) -> Vec<u8> {
    const END: u32 = 0xFFFF_FFFE;
    const FREE: u32 = 0xFFFF_FFFF;
    let data_sectors: usize = streams.iter().map(|(_, d)| d.len().div_ceil(512)).sum();
    let fat_sectors = (data_sectors + 2).div_ceil(127);
    let dir_sector = fat_sectors as u32;
    let mut fat = vec![0xFFFF_FFFDu32; fat_sectors];
    fat.push(if loop_directory { dir_sector } else { END });
    let mut dirs = vec![("Root Entry", 5u8, END, 0u32)];
    for (name, data) in streams {
        let first = fat.len() as u32;
        let n = data.len().div_ceil(512) as u32;
        for i in 0..n {
            fat.push(if i + 1 == n { END } else { first + i + 1 });
        }
        dirs.push((name, 2, if n == 0 { END } else { first }, data.len() as u32));
    }
    fat.resize(fat_sectors * 128, FREE);
    let mut out = vec![0u8; 512];
    out[..8].copy_from_slice(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    for (at, v) in [(24, 0x3Eu16), (26, 3), (28, 0xFFFE), (30, 9), (32, 6)] {
        out[at..at + 2].copy_from_slice(&v.to_le_bytes());
    }
    for (at, v) in [
        (44, fat_sectors as u32),
        (48, dir_sector),
        (56, 4096),
        (60, END),
        (68, END),
    ] {
        out[at..at + 4].copy_from_slice(&v.to_le_bytes());
    }
    for i in 0..109 {
        let id = if i < fat_sectors { i as u32 } else { FREE };
        out[76 + 4 * i..80 + 4 * i].copy_from_slice(&id.to_le_bytes());
    }
    for v in &fat {
        out.extend(v.to_le_bytes());
    }
    let mut dir = vec![0u8; 512];
    for (i, (name, kind, start, size)) in dirs.iter().enumerate() {
        let d = &mut dir[128 * i..128 * (i + 1)];
        let utf16: Vec<u16> = name.encode_utf16().collect();
        for (j, u) in utf16.iter().enumerate() {
            d[2 * j..2 * j + 2].copy_from_slice(&u.to_le_bytes());
        }
        d[64..66].copy_from_slice(&((utf16.len() as u16 + 1) * 2).to_le_bytes());
        d[66] = *kind;
        d[67] = 1;
        let child = if i == 0 { 1 } else { FREE };
        let right = if i > 0 && i + 1 < dirs.len() {
            i as u32 + 1
        } else {
            FREE
        };
        for (at, v) in [
            (68, FREE),
            (72, right),
            (76, child),
            (116, *start),
            (120, *size),
        ] {
            d[at..at + 4].copy_from_slice(&v.to_le_bytes());
        }
    }
    out.extend(dir);
    for (_, data) in streams {
        out.extend(data);
        out.resize(out.len().div_ceil(512) * 512, 0);
    }
    out
}

fn biff(typ: u16, data: &[u8]) -> Vec<u8> {
    let mut r = typ.to_le_bytes().to_vec();
    r.extend((data.len() as u16).to_le_bytes());
    r.extend(data);
    r
}

fn bof(kind: u16) -> Vec<u8> {
    let mut d = vec![0u8; 16];
    d[..2].copy_from_slice(&0x0600u16.to_le_bytes());
    d[2..4].copy_from_slice(&kind.to_le_bytes());
    biff(0x0809, &d)
}

/// A BIFF8 cell record: row, column, format, then `rest`.
fn cell(typ: u16, row: u16, col: u16, rest: &[u8]) -> Vec<u8> {
    let mut d = Vec::new();
    for v in [row, col, 0] {
        d.extend(v.to_le_bytes());
    }
    d.extend(rest);
    biff(typ, &d)
}

fn label(row: u16, col: u16, s: &str) -> Vec<u8> {
    let mut rest = (s.len() as u16).to_le_bytes().to_vec();
    rest.push(0);
    rest.extend(s.as_bytes());
    cell(0x0204, row, col, &rest)
}

fn number(row: u16, col: u16, x: f64) -> Vec<u8> {
    cell(0x0203, row, col, &x.to_le_bytes())
}

/// An .xls workbook: `globals` after the BOF, then one sheet "Oferty" of `records`.
fn xls(globals: &[Vec<u8>], records: &[Vec<u8>]) -> Vec<u8> {
    let mut head: Vec<u8> = bof(0x0005);
    for g in globals {
        head.extend(g);
    }
    let name = b"Oferty";
    let sheet_record_len = 4 + 4 + 2 + 2 + name.len();
    let pos = (head.len() + sheet_record_len + 4) as u32;
    let mut bound = pos.to_le_bytes().to_vec();
    bound.extend([0, 0, name.len() as u8, 0]);
    bound.extend(name);
    head.extend(biff(0x0085, &bound));
    head.extend(biff(0x000A, &[]));
    assert_eq!(head.len() as u32, pos);
    head.extend(bof(0x0010));
    for r in records {
        head.extend(r);
    }
    head.extend(biff(0x000A, &[]));
    head.resize(head.len().max(4096), 0);
    ole(&[("Workbook", head)], false)
}

fn dimensions(rows: u32, cols: u16) -> Vec<u8> {
    let mut d = 0u32.to_le_bytes().to_vec();
    d.extend(rows.to_le_bytes());
    d.extend(0u16.to_le_bytes());
    d.extend(cols.to_le_bytes());
    d.extend(0u16.to_le_bytes());
    biff(0x0200, &d)
}

/// An xlsb record: its type and length as 7-bit varints, then its data.
fn xlsb_record(typ: u16, data: &[u8]) -> Vec<u8> {
    let mut r = if typ < 0x80 {
        vec![typ as u8]
    } else {
        vec![(typ & 0x7F) as u8 | 0x80, (typ >> 7) as u8]
    };
    let mut len = data.len();
    loop {
        let byte = (len & 0x7F) as u8;
        len >>= 7;
        r.push(if len > 0 { byte | 0x80 } else { byte });
        if len == 0 {
            break;
        }
    }
    r.extend(data);
    r
}

fn wide(s: &str) -> Vec<u8> {
    let units: Vec<u16> = s.encode_utf16().collect();
    let mut out = (units.len() as u32).to_le_bytes().to_vec();
    for u in units {
        out.extend(u.to_le_bytes());
    }
    out
}

/// An xlsb with one sheet "Oferty" made of `cells` (records after BrtBeginSheetData).
fn xlsb(cells: &[Vec<u8>]) -> Vec<u8> {
    let mut bundle = vec![0u8; 8];
    bundle.extend(wide("rId1"));
    bundle.extend(wide("Oferty"));
    let workbook: Vec<u8> = [
        xlsb_record(0x9C, &bundle),
        xlsb_record(0x90, &[]),
        xlsb_record(0x9D, &[]),
    ]
    .concat();
    let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.bin"/></Relationships>"#;
    let mut sheet = [xlsb_record(0x94, &[0; 16]), xlsb_record(0x91, &[])].concat();
    for c in cells {
        sheet.extend(c);
    }
    sheet.extend(xlsb_record(0x92, &[]));
    zip_of(&[
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("xl/workbook.bin", &workbook),
        ("xl/_rels/workbook.bin.rels", rels.as_bytes()),
        ("xl/worksheets/sheet1.bin", &sheet),
    ])
}

/// BrtRowHdr, BrtCellSt (text) and BrtCellReal (number) records.
fn xlsb_row(row: u32) -> Vec<u8> {
    xlsb_record(0x00, &[row.to_le_bytes(), [0; 4]].concat())
}

fn xlsb_text(col: u32, s: &str) -> Vec<u8> {
    xlsb_record(0x06, &[&col.to_le_bytes()[..], &[0; 4], &wide(s)].concat())
}

fn xlsb_number(col: u32, x: f64) -> Vec<u8> {
    xlsb_record(
        0x05,
        &[&col.to_le_bytes()[..], &[0; 4], &x.to_le_bytes()].concat(),
    )
}

const ODS_MIME: &[u8] = b"application/vnd.oasis.opendocument.spreadsheet";
const MANIFEST: &str = r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;

/// A minimal ODS: the tables (and automatic styles) given, inside content.xml.
fn ods(styles: &str, tables: &str) -> Vec<u8> {
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"><office:automatic-styles>{styles}</office:automatic-styles><office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>"#
    );
    zip_of(&[
        ("mimetype", ODS_MIME),
        ("META-INF/manifest.xml", MANIFEST.as_bytes()),
        ("content.xml", content.as_bytes()),
    ])
}

fn ods_text(s: &str) -> String {
    format!(
        r#"<table:table-cell office:value-type="string"><text:p>{s}</text:p></table:table-cell>"#
    )
}

fn ods_float(x: f64, repeat: usize) -> String {
    format!(
        r#"<table:table-cell office:value-type="float" office:value="{x}" table:number-columns-repeated="{repeat}"><text:p>{x}</text:p></table:table-cell>"#
    )
}

// --- Normal files -----------------------------------------------------------------------

#[test]
fn xlsx_cells_keep_their_kind_origin_and_location() {
    let (tables, notes) = read(&offers_xlsx()).unwrap();
    let t = table(&tables, "Oferty");
    // The title block starts at B1: that is the origin; the table header is at B4.
    assert_eq!((t.origin_row, t.origin_col, t.transposed), (0, 1, false));
    assert_eq!(t.file, "offers.xlsx");
    assert_eq!(t.rows[3][0], text("Agencja"));
    assert_eq!(t.location(3, 0), "offers.xlsx:Oferty!B4");
    assert_eq!(t.location(4, 6), "offers.xlsx:Oferty!H5");
    let alfa = &t.rows[4];
    assert_eq!(alfa[0], text("Alfa"));
    assert_eq!(alfa[1], RawCell::Number(1200.0));
    assert_eq!(alfa[2], RawCell::Number(0.999));
    assert_eq!(alfa[3], RawCell::Bool(true));
    assert_eq!(alfa[4], RawCell::Date(44_256.0));
    assert_eq!(alfa[4].display(), "2021-03-01");
    assert_eq!(
        alfa[5],
        RawCell::Number(14_400.0),
        "a formula counts with its saved result"
    );
    assert_eq!(alfa[6], RawCell::Error("#N/A".to_string()));
    assert_eq!(alfa[7].display(), "0:15");
    assert!(matches!(alfa[7], RawCell::Duration(_)));
    assert_eq!(t.rows[5], vec![text("Beta"), RawCell::Number(990.5)]);
    assert!(
        notes.iter().all(|n| n.severity == Severity::Info),
        "{notes:?}"
    );
}

#[test]
fn merged_header_is_seen_in_every_cell_it_spans() {
    let (tables, _) = read(&offers_xlsx()).unwrap();
    let t = table(&tables, "Oferty");
    assert_eq!(t.rows[0], vec![text("Porównanie ofert"); 4]);
    assert_eq!(t.rows[1], vec![text("Stan na marzec")]);
}

#[test]
fn hidden_sheet_is_skipped_with_a_note() {
    let (tables, notes) = read(&offers_xlsx()).unwrap();
    assert_eq!(tables.len(), 1);
    assert!(
        has_note(
            &notes,
            "offers.xlsx:Ukryty",
            "sheet 'Ukryty' skipped: hidden"
        ),
        "{notes:?}"
    );
}

#[test]
fn formula_without_saved_result_warns_and_stays_blank() {
    let bytes = xlsx(concat!(
        r#"<dimension ref="A1:D3"/><sheetData>"#,
        r#"<row r="1"><c r="A1"><v>2</v></c><c r="B1"><v>3</v></c></row>"#,
        r#"<row r="2"><c r="A2"><v>5</v></c><c r="B2"><f>SUM(A1:A2)</f></c><c r="C2"><f>A2*2</f><v></v></c>"#,
        r#"<c r="D2"><f t="shared" ref="D2:D3" si="0">A2+1</f></c></row>"#,
        r#"<row r="3"><c r="A3"><v>7</v></c><c r="D3"><f t="shared" si="0"/></c></row>"#,
        r#"</sheetData>"#
    ));
    let (tables, notes) = read(&bytes).unwrap();
    let t = table(&tables, "Sheet1");
    assert_eq!(
        t.rows[1],
        vec![RawCell::Number(5.0)],
        "the cells without a result count as blank"
    );
    for (cell, formula) in [
        ("B2", "=SUM(A1:A2)"),
        ("C2", "=A2*2"),
        ("D2", "=A2+1"),
        ("D3", "=A3+1"),
    ] {
        let location = format!("offers.xlsx:Sheet1!{cell}");
        let note = notes
            .iter()
            .find(|n| n.location == location)
            .unwrap_or_else(|| panic!("{location}: {notes:?}"));
        assert_eq!(note.severity, Severity::Warning);
        assert_eq!(
            note.message.to_string(),
            format!(
                "formula '{formula}' has no saved result (the file was written by a program that does not calculate); the cell counts as blank — open and save it in Excel or LibreOffice"
            )
        );
    }
}

#[test]
fn rust_xlsxwriter_saves_zero_as_the_default_formula_result() {
    // Not a missing result: rust_xlsxwriter writes `<v>0</v>` unless told otherwise.
    let mut wb = Workbook::new();
    wb.add_worksheet().write_formula(0, 0, "=1+1").unwrap();
    let (tables, notes) = read(&wb.save_to_buffer().unwrap()).unwrap();
    assert_eq!(tables[0].rows, vec![vec![RawCell::Number(0.0)]]);
    assert!(notes.is_empty(), "{notes:?}");
}

#[test]
fn error_values_calamine_does_not_know_are_kept() {
    let bytes = xlsx(concat!(
        r#"<sheetData><row r="1"><c r="A1" t="e"><f>SEQUENCE(2)</f><v>#SPILL!</v></c><c r="B1"><v>1</v></c>"#,
        r#"<c r="C1" t="e"><v>#DIV/0!</v></c></row></sheetData>"#
    ));
    let (tables, _) = read(&bytes).unwrap();
    assert_eq!(
        tables[0].rows,
        vec![vec![
            RawCell::Error("#SPILL!".into()),
            RawCell::Number(1.0),
            RawCell::Error("#DIV/0!".into())
        ]]
    );
}

#[test]
fn long_cell_text_is_cut_with_a_note() {
    let long = "x".repeat(5000);
    let bytes = xlsx(&format!(
        r#"<sheetData><row r="2"><c r="C2" t="inlineStr"><is><t>{long}</t></is></c></row></sheetData>"#
    ));
    let limits = Limits {
        max_cell_bytes: 1024,
        ..Limits::default()
    };
    let (tables, notes) = workbook::read(&bytes, "offers.xlsx", &limits).unwrap();
    assert_eq!(tables[0].rows[0][0], text(&long[..1024]));
    assert!(
        has_note(
            &notes,
            "offers.xlsx:Sheet1!C2",
            "only the first 1 KB are kept"
        ),
        "{notes:?}"
    );
}

#[test]
fn columns_past_the_cap_are_dropped_with_a_note() {
    let cells: String = (0..30)
        .map(|c| format!(r#"<c r="{}1"><v>{c}</v></c>"#, (b'A' + c as u8) as char))
        .take(26)
        .collect();
    let bytes = xlsx(&format!(
        r#"<sheetData><row r="1">{cells}</row></sheetData>"#
    ));
    let limits = Limits {
        max_cols: 10,
        ..Limits::default()
    };
    let (tables, notes) = workbook::read(&bytes, "offers.xlsx", &limits).unwrap();
    assert_eq!(tables[0].rows[0].len(), 10);
    assert!(
        has_note(
            &notes,
            "offers.xlsx:Sheet1",
            "more than 10 columns: only the first 10 were read"
        ),
        "{notes:?}"
    );
}

#[test]
fn ods_is_read_with_dates_durations_repeats_and_hidden_tables() {
    let hidden_style = r#"<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>"#;
    let header: String = ["Agencja", "Czas reakcji", "Start", "Rocznie", "Cena"]
        .iter()
        .map(|s| ods_text(s))
        .collect();
    let tables = format!(
        concat!(
            r#"<table:table table:name="Oferty"><table:table-row>{header}</table:table-row>"#,
            r#"<table:table-row>{alfa}<table:table-cell office:value-type="time" office:time-value="PT00H15M00S"><text:p>00:15</text:p></table:table-cell>"#,
            r#"<table:table-cell office:value-type="date" office:date-value="2021-03-01"><text:p>01.03.2021</text:p></table:table-cell>"#,
            r#"<table:table-cell table:formula="of:=[.E2]*12"/>{price}</table:table-row>"#,
            r#"<table:table-row table:number-rows-repeated="2">{beta}<table:table-cell table:number-columns-repeated="3"/>{price}</table:table-row>"#,
            r#"<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>"#,
            r#"<table:table table:name="Ukryty" table:style-name="ta2"><table:table-row>{secret}</table:table-row></table:table>"#
        ),
        header = header,
        alfa = ods_text("Alfa"),
        beta = ods_text("Beta"),
        price = ods_float(1200.0, 1),
        secret = ods_text("sekret"),
    );
    let (tables, notes) = workbook::read(
        &ods(hidden_style, &tables),
        "offers.ods",
        &Limits::default(),
    )
    .unwrap();
    assert_eq!(tables.len(), 1);
    let t = table(&tables, "Oferty");
    assert_eq!((t.origin_row, t.origin_col), (0, 0));
    assert_eq!(
        t.rows.len(),
        4,
        "the repeated empty rows at the end are not rows"
    );
    assert_eq!(t.rows[0][4], text("Cena"));
    assert_eq!(t.rows[1][1], RawCell::Duration(15.0 / 1440.0));
    assert_eq!(t.rows[1][2], RawCell::Date(44_256.0));
    assert_eq!(t.rows[1][3], RawCell::Empty);
    assert_eq!(t.rows[1][4], RawCell::Number(1200.0));
    let beta = vec![
        text("Beta"),
        RawCell::Empty,
        RawCell::Empty,
        RawCell::Empty,
        RawCell::Number(1200.0),
    ];
    assert_eq!(t.rows[2], beta);
    assert_eq!(t.rows[3], beta);
    assert!(
        has_note(
            &notes,
            "offers.ods:Oferty!D2",
            "formula '=[.E2]*12' has no saved result"
        ),
        "{notes:?}"
    );
    assert!(
        has_note(&notes, "offers.ods:Ukryty", "skipped: hidden"),
        "{notes:?}"
    );
}

#[test]
fn xls_is_read_with_merged_cells() {
    let merge = {
        let mut d = 1u16.to_le_bytes().to_vec();
        for v in [0u16, 0, 1, 2] {
            d.extend(v.to_le_bytes());
        }
        biff(0x00E5, &d)
    };
    let bytes = xls(
        &[],
        &[
            dimensions(4, 3),
            label(0, 1, "Oferty 2026"),
            label(2, 1, "Agencja"),
            label(2, 2, "Cena"),
            label(3, 1, "Alfa"),
            number(3, 2, 1200.0),
            merge,
        ],
    );
    let (tables, notes) = workbook::read(&bytes, "old.xls", &Limits::default()).unwrap();
    let t = table(&tables, "Oferty");
    assert_eq!((t.origin_row, t.origin_col), (0, 1));
    assert_eq!(t.rows[0], vec![text("Oferty 2026"), text("Oferty 2026")]);
    assert_eq!(t.rows[3], vec![text("Alfa"), RawCell::Number(1200.0)]);
    assert_eq!(t.location(3, 1), "old.xls:Oferty!C4");
    assert!(notes.is_empty(), "{notes:?}");
}

#[test]
fn cells_out_of_order_land_in_place() {
    let bytes = xlsx(concat!(
        r#"<sheetData><row r="3"><c r="C3"><v>3</v></c><c r="A3"><v>1</v></c></row>"#,
        r#"<row r="1"><c r="B1"><v>9</v></c></row></sheetData>"#
    ));
    let (tables, _) = read(&bytes).unwrap();
    let t = &tables[0];
    assert_eq!((t.origin_row, t.origin_col), (0, 0));
    assert_eq!(
        t.rows,
        vec![
            vec![RawCell::Empty, RawCell::Number(9.0)],
            vec![],
            vec![RawCell::Number(1.0), RawCell::Empty, RawCell::Number(3.0)],
        ]
    );
}

#[test]
fn xlsb_is_read() {
    let bytes = xlsb(&[
        xlsb_row(2),
        xlsb_text(1, "Agencja"),
        xlsb_text(2, "Cena"),
        xlsb_row(3),
        xlsb_text(1, "Alfa"),
        xlsb_number(2, 1200.0),
    ]);
    let (tables, notes) = workbook::read(&bytes, "offers.xlsb", &Limits::default()).unwrap();
    let t = table(&tables, "Oferty");
    assert_eq!((t.origin_row, t.origin_col), (2, 1));
    assert_eq!(
        t.rows,
        vec![
            vec![text("Agencja"), text("Cena")],
            vec![text("Alfa"), RawCell::Number(1200.0)]
        ]
    );
    assert_eq!(t.location(1, 1), "offers.xlsb:Oferty!C4");
    assert!(notes.is_empty(), "{notes:?}");
}

#[test]
fn xlsb_record_longer_than_its_part_is_refused() {
    // calamine would allocate (and zero) the 200 MB the record claims before reading it.
    let mut huge = xlsb_record(0x06, &[]);
    huge.truncate(1);
    huge.extend([0x80, 0x80, 0x80, 0x60]);
    let message = refused(&xlsb(&[xlsb_row(0), huge]), &Limits::default());
    assert!(
        message.contains("claims 201326592 bytes, more than the part holds"),
        "{message}"
    );
}

#[test]
fn load_detects_the_format_from_the_content() {
    let dir = tempfile::tempdir().unwrap();
    let misnamed = dir.path().join("offers.xls");
    std::fs::write(&misnamed, offers_xlsx()).unwrap();
    let loaded = import::load(std::slice::from_ref(&misnamed), &Limits::default());
    assert_eq!(loaded.tables.len(), 1, "{:?}", loaded.issues);
    assert_eq!(loaded.tables[0].sheet.as_deref(), Some("Oferty"));
    assert_eq!(loaded.tables[0].file, misnamed.display().to_string());
    assert_eq!(loaded.files.len(), 1);
}

#[test]
fn empty_workbook_is_refused() {
    let mut wb = Workbook::new();
    wb.add_worksheet();
    let message = refused(&wb.save_to_buffer().unwrap(), &Limits::default());
    assert!(message.starts_with("the workbook is empty"), "{message}");
}

// --- Broken and hostile files -----------------------------------------------------------

#[test]
fn truncated_xlsx_is_refused() {
    let bytes = offers_xlsx();
    let message = refused(&bytes[..bytes.len() / 2], &Limits::default());
    assert!(
        message.starts_with("the file is damaged or truncated"),
        "{message}"
    );
}

#[test]
fn random_bytes_after_a_zip_signature_are_refused() {
    let mut bytes = b"PK\x03\x04".to_vec();
    let mut x = 0x1234_5678u32;
    bytes.extend((0..5000).map(|_| {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        x as u8
    }));
    let message = refused(&bytes, &Limits::default());
    assert!(
        message.contains("zip directory cannot be read"),
        "{message}"
    );
}

#[test]
fn encrypted_ooxml_is_refused_as_password_protected() {
    let bytes = ole(
        &[
            ("EncryptionInfo", vec![0; 4096]),
            ("EncryptedPackage", vec![0; 8192]),
        ],
        false,
    );
    let message = refused(&bytes, &Limits::default());
    assert!(
        message.contains("password-protected: save an unprotected copy"),
        "{message}"
    );
}

#[test]
fn xls_with_a_password_is_refused() {
    let filepass = biff(0x002F, &[1, 0, 1, 0, 1, 0]);
    let message = refused(&xls(&[filepass], &[label(0, 0, "x")]), &Limits::default());
    assert!(
        message.contains("password-protected: save an unprotected copy"),
        "{message}"
    );
}

#[test]
fn ole_file_without_a_workbook_is_refused() {
    let message = refused(
        &ole(&[("WordDocument", vec![0; 4096])], false),
        &Limits::default(),
    );
    assert!(message.contains("expected an .xls workbook"), "{message}");
}

#[test]
fn ole_directory_chain_that_loops_is_refused() {
    // calamine would follow the loop, growing its buffer until the process dies.
    let message = refused(
        &ole(&[("Workbook", vec![0; 4096])], true),
        &Limits::default(),
    );
    assert!(message.contains("loops"), "{message}");
}

/// An xls whose sheet is said to start past the end of the stream: calamine indexes out of
/// bounds and panics.
fn xls_that_panics_calamine() -> Vec<u8> {
    let mut stream = bof(0x0005);
    let mut bound = 999_999u32.to_le_bytes().to_vec();
    bound.extend([0, 0, 1, 0, b'X']);
    stream.extend(biff(0x0085, &bound));
    stream.extend(biff(0x000A, &[]));
    stream.resize(4096, 0);
    ole(&[("Workbook", stream)], false)
}

#[test]
fn panic_inside_calamine_becomes_the_files_error() {
    let message = refused(&xls_that_panics_calamine(), &Limits::default());
    assert_eq!(
        message,
        "the workbook's structure could not be read (the file may be damaged); it was skipped"
    );
}

#[test]
fn a_caught_panic_shows_the_user_a_plain_message_not_the_readers_internals() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("zepsuty.xls");
    std::fs::write(&file, xls_that_panics_calamine()).unwrap();
    let good = dir.path().join("dobry.csv");
    std::fs::write(&good, "Agencja;Abonament miesięczny\nAlfa;900 zł\n").unwrap();
    for command in ["rank", "check"] {
        let out = crate::common::offerlens()
            .arg(command)
            .arg(&file)
            .arg(&good)
            .output()
            .unwrap();
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(out.status.code(), Some(2), "{all}");
        assert!(
            all.contains(&format!(
                "{}: error: the workbook's structure could not be read (the file may be damaged); it was skipped",
                file.display()
            )) || all.contains(&format!(
                "error   {}: the workbook's structure could not be read (the file may be damaged); it was skipped",
                file.display()
            )),
            "{command}: {all}"
        );
        for internal in [
            "end index",
            "index out",
            "out of range",
            "slice",
            "panicked",
            "calamine",
        ] {
            assert!(!all.contains(internal), "{command}: {internal:?} in {all}");
        }
        assert!(
            all.contains("Alfa") || all.contains("1 offer from 2 files"),
            "the other file is still read: {all}"
        );
    }
}

#[test]
fn xls_cells_spread_over_the_whole_grid_are_refused() {
    // Two cells at the corners: calamine would allocate 65 536 × 256 cells for this sheet.
    let bytes = xls(&[], &[number(0, 0, 1.0), number(65_535, 255, 2.0)]);
    let message = refused(&bytes, &Limits::default());
    assert!(message.contains("too big to read safely"), "{message}");
    assert!(message.contains("65536 rows × 256 columns"), "{message}");
}

#[test]
fn xls_declaring_a_huge_sheet_is_refused() {
    let bytes = xls(&[], &[dimensions(u32::MAX, 255), number(0, 0, 1.0)]);
    let message = refused(&bytes, &Limits::default());
    assert!(message.contains("sheet 'Oferty' declares"), "{message}");
}

#[test]
fn zip_bomb_is_refused_by_its_compression_ratio() {
    // sheet1.xml unpacks to 300 MB of spaces from under 300 KB.
    let (sheet, size) = deflate_spaces(b"", 300_000_000 / 258, b"");
    assert!(sheet.len() < 300_000, "{}", sheet.len());
    let message = refused(&xlsx_with_crafted_sheet(sheet, size, 0), &Limits::default());
    assert_eq!(
        message,
        "the workbook's part 'xl/worksheets/sheet1.xml' has a compression ratio over 200:1 — a decompression bomb? Such files are refused"
    );
}

#[test]
fn workbook_unpacking_past_the_cap_is_refused() {
    let (sheet, size) = deflate_spaces(SHEET_START.as_bytes(), 20_000, b"</worksheet>");
    let limits = Limits {
        max_unpacked_bytes: 4 << 20,
        max_ratio: 10_000,
        ..Limits::default()
    };
    let message = refused(&xlsx_with_crafted_sheet(sheet, size, 0), &limits);
    assert_eq!(
        message,
        "the workbook unpacks to more than 4 MB: such files are refused (a decompression bomb?)"
    );
}

#[test]
fn crafted_deflate_stream_is_valid() {
    // The bombs above are real deflate data: this one unpacks to exactly what it claims.
    let prefix = format!(r#"{SHEET_START}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a"#);
    let (sheet, size) = deflate_spaces(
        prefix.as_bytes(),
        100,
        b"b</t></is></c></row></sheetData></worksheet>",
    );
    let mut full = prefix.into_bytes();
    full.extend(vec![b' '; 1 + 258 * 100]);
    full.extend(b"b</t></is></c></row></sheetData></worksheet>");
    assert_eq!(full.len() as u64, size);
    let (tables, _) = read(&xlsx_with_crafted_sheet(sheet, size, crc32(&full))).unwrap();
    let RawCell::Text(t) = &tables[0].rows[0][0] else {
        panic!("{:?}", tables[0].rows)
    };
    assert_eq!(t.len(), 2 + 1 + 258 * 100);
}

#[test]
fn part_lying_about_its_size_stops_at_the_declared_size() {
    // Declared as 1 000 bytes, the part unpacks to 2.6 MB: the read stops at 1 001.
    let prefix = format!(r#"{SHEET_START}<sheetData><row r="1"><c r="A1"><v>1</v></c></row>"#);
    let (sheet, _) = deflate_spaces(prefix.as_bytes(), 10_000, b"</sheetData></worksheet>");
    match read(&xlsx_with_crafted_sheet(sheet, 1000, 0)) {
        Err(issue) => assert!(
            issue
                .message
                .to_string()
                .contains("larger than its declared"),
            "{issue}"
        ),
        Ok((tables, notes)) => panic!("read {tables:?} {notes:?}"),
    }
}

#[test]
fn long_run_of_text_is_refused() {
    // quick-xml would buffer the whole run (here 50 MB of spaces in one cell).
    let prefix = format!(r#"{SHEET_START}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>"#);
    let (sheet, size) = deflate_spaces(
        prefix.as_bytes(),
        200_000,
        b"</t></is></c></row></sheetData></worksheet>",
    );
    let limits = Limits {
        max_ratio: 10_000,
        ..Limits::default()
    };
    let message = refused(&xlsx_with_crafted_sheet(sheet, size, 0), &limits);
    assert!(
        message.contains("a tag or a run of text longer than 4 MB"),
        "{message}"
    );
}

/// Rows 2..=`rows` + 1 of plain cells: enough of them make a sheet large enough to be
/// scanned on another core while calamine reads it.
pub(crate) fn filler_rows(rows: u32) -> String {
    (2..rows + 2)
        .map(|r| format!(r#"<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>Agencja {r}</t></is></c><c r="B{r}"><v>{r}</v></c></row>"#))
        .collect()
}

#[test]
fn a_large_sheet_read_beside_its_scan_keeps_its_error_values_and_merged_areas() {
    let rows = 8_000;
    let sheet = format!(
        concat!(
            r#"<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Agencja</t></is></c>"#,
            r#"<c r="B1" t="e"><f>SEQUENCE(2)</f><v>#SPILL!</v></c><c r="C1" t="inlineStr"><is><t>Razem</t></is></c></row>"#,
            "{}</sheetData><mergeCells count=\"1\"><mergeCell ref=\"C1:C2\"/></mergeCells>"
        ),
        filler_rows(rows)
    );
    assert!(sheet.len() > 512 << 10, "large enough: {}", sheet.len());
    let (tables, _) = read(&xlsx(&sheet)).unwrap();
    let t = &tables[0];
    assert_eq!(t.rows.len(), rows as usize + 1);
    assert_eq!(t.rows[0][1], RawCell::Error("#SPILL!".into()));
    // The merged area is filled with its top-left value.
    assert_eq!(
        (&t.rows[0][2], &t.rows[1][2]),
        (&text("Razem"), &text("Razem"))
    );
    let last = rows as usize + 1;
    assert_eq!(
        (&t.rows[rows as usize][0], &t.rows[rows as usize][1]),
        (
            &text(&format!("Agencja {last}")),
            &RawCell::Number(last as f64)
        )
    );
}

#[test]
fn a_long_run_of_text_in_a_large_sheet_is_refused_though_calamine_reads_beside_the_scan() {
    // Large enough to be scanned on another core while calamine reads it; calamine waits for
    // the scan, which stops at the run (50 MB of spaces in one cell) before calamine gets there.
    let prefix = format!(
        r#"{SHEET_START}<sheetData>{}<row r="9000"><c r="A9000" t="inlineStr"><is><t>"#,
        filler_rows(8_000)
    );
    let (sheet, size) = deflate_spaces(
        prefix.as_bytes(),
        200_000,
        b"</t></is></c></row></sheetData></worksheet>",
    );
    assert!(sheet.len() > 512 << 10, "large enough: {}", sheet.len());
    let limits = Limits {
        max_ratio: 10_000,
        ..Limits::default()
    };
    let message = refused(&xlsx_with_crafted_sheet(sheet, size, 0), &limits);
    assert!(
        message.contains("a tag or a run of text longer than 4 MB"),
        "{message}"
    );
}

#[test]
fn huge_declared_dimension_reads_only_the_real_cells() {
    let bytes = xlsx(concat!(
        r#"<dimension ref="A1:XFD1048576"/><sheetData>"#,
        r#"<row r="1"><c r="A1" t="inlineStr"><is><t>Agencja</t></is></c></row>"#,
        r#"<row r="2"><c r="A2"><v>42</v></c></row></sheetData>"#
    ));
    let (tables, notes) = read(&bytes).unwrap();
    assert_eq!(
        tables[0].rows,
        vec![vec![text("Agencja")], vec![RawCell::Number(42.0)]]
    );
    assert!(notes.is_empty(), "{notes:?}");
}

#[test]
fn huge_shared_string_count_is_refused() {
    let sst = r#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4000000000" uniqueCount="4000000000"><si><t>Alfa</t></si></sst>"#;
    let sheet = format!(
        r#"{SHEET_START}<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>"#
    );
    let message = refused(&zip_of(&xlsx_parts(&sheet, Some(sst))), &Limits::default());
    assert!(
        message.contains("4000000000 shared strings, more than the 2000000"),
        "{message}"
    );
}

#[test]
fn million_row_sheet_is_capped_at_max_rows() {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, data) in &xlsx_parts("", None)[..4] {
        zip.start_file(*name, options).unwrap();
        zip.write_all(data).unwrap();
    }
    zip.start_file("xl/worksheets/sheet1.xml", options).unwrap();
    zip.write_all(format!("{SHEET_START}<sheetData>").as_bytes())
        .unwrap();
    let mut chunk = String::new();
    for r in 1..=1_000_000 {
        chunk.push_str(&format!(r#"<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>"#));
        if chunk.len() > 1 << 20 {
            zip.write_all(chunk.as_bytes()).unwrap();
            chunk.clear();
        }
    }
    chunk.push_str("</sheetData></worksheet>");
    zip.write_all(chunk.as_bytes()).unwrap();
    let bytes = zip.finish().unwrap().into_inner();

    let limits = Limits {
        max_rows: 1000,
        ..Limits::default()
    };
    let (tables, notes) = workbook::read(&bytes, "offers.xlsx", &limits).unwrap();
    assert_eq!(tables[0].rows.len(), 1000);
    assert_eq!(tables[0].rows[999], vec![RawCell::Number(1000.0)]);
    let note = notes
        .iter()
        .find(|n| n.location == "offers.xlsx:Sheet1")
        .expect("a note about the cap");
    assert_eq!(
        note.severity,
        Severity::Error,
        "an incomplete comparison is an error"
    );
    assert_eq!(
        note.message.to_string(),
        "more than 1000 rows: only the first 1000 were read (raise the cap with --max-rows)"
    );
}

#[test]
fn ods_million_repeated_rows_are_capped() {
    let content = format!(
        r#"<table:table table:name="T"><table:table-row>{}</table:table-row><table:table-row table:number-rows-repeated="1000000">{}</table:table-row></table:table>"#,
        ods_text("Cena"),
        ods_float(1.0, 1)
    );
    let limits = Limits {
        max_rows: 1000,
        ..Limits::default()
    };
    let (tables, notes) = workbook::read(&ods("", &content), "offers.ods", &limits).unwrap();
    assert_eq!(tables[0].rows.len(), 1000);
    assert!(
        has_note(&notes, "offers.ods:T", "more than 1000 rows"),
        "{notes:?}"
    );
}

#[test]
fn ods_repeats_expanding_past_the_memory_budget_are_refused() {
    let content = format!(
        r#"<table:table table:name="T"><table:table-row table:number-rows-repeated="1000000">{}</table:table-row></table:table>"#,
        ods_float(1.0, 100)
    );
    let message = refused(&ods("", &content), &Limits::default());
    assert!(
        message.starts_with("sheet 'T' is too big to read safely"),
        "{message}"
    );
}

#[test]
fn ods_cut_short_is_refused() {
    // calamine loops forever on a table that never ends.
    let content = format!(
        r#"<table:table table:name="T"><table:table-row>{}</table:table-row>"#,
        ods_float(1.0, 1)
    );
    let bytes = zip_of(&[
        ("mimetype", ODS_MIME),
        ("META-INF/manifest.xml", MANIFEST.as_bytes()),
        ("content.xml", content.as_bytes()),
    ]);
    let message = refused(&bytes, &Limits::default());
    assert!(message.contains("content.xml is cut short"), "{message}");
}

#[test]
fn encrypted_ods_is_refused_as_password_protected() {
    let manifest = MANIFEST.replace(
        r#"manifest:media-type="text/xml"/>"#,
        r#"manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1"/></manifest:file-entry>"#,
    );
    let bytes = zip_of(&[
        ("mimetype", ODS_MIME),
        ("META-INF/manifest.xml", manifest.as_bytes()),
        ("content.xml", b"\x01\x02"),
    ]);
    let message = refused(&bytes, &Limits::default());
    assert!(message.contains("password-protected"), "{message}");
}

#[test]
fn word_document_is_not_taken_for_a_workbook() {
    let bytes = zip_of(&[
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("word/document.xml", b"<w:document/>"),
    ]);
    let message = refused(&bytes, &Limits::default());
    assert_eq!(
        message,
        "a Word document (.docx), not a workbook: expected .xlsx, .xlsm, .xlsb or .ods"
    );
}

/// Writes the worst cases to `$OFFERLENS_SAMPLES` (a folder) for measuring by hand:
/// `OFFERLENS_SAMPLES=/tmp/s cargo test --release --test tests workbooks::write_samples -- --ignored`.
#[test]
#[ignore]
fn write_samples() {
    let dir = PathBuf::from(std::env::var("OFFERLENS_SAMPLES").expect("OFFERLENS_SAMPLES"));
    std::fs::create_dir_all(&dir).unwrap();
    let (bomb, size) = deflate_spaces(b"", 300_000_000 / 258, b"");
    std::fs::write(
        dir.join("bomb.xlsx"),
        xlsx_with_crafted_sheet(bomb, size, 0),
    )
    .unwrap();
    // Under the ratio cap: 390 MB of one text run, refused by the scan.
    let prefix = format!(r#"{SHEET_START}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>"#);
    let (run, size) = deflate_spaces(
        prefix.as_bytes(),
        390_000_000 / 258,
        b"</t></is></c></row></sheetData></worksheet>",
    );
    std::fs::write(
        dir.join("text-run.xlsx"),
        xlsx_with_crafted_sheet(run, size, 0),
    )
    .unwrap();
    let mut zip =
        zip::ZipWriter::new(std::fs::File::create(dir.join("million-rows.xlsx")).unwrap());
    let options = zip::write::SimpleFileOptions::default(); // deflated: run with --release
    for (name, data) in &xlsx_parts("", None)[..4] {
        zip.start_file(*name, options).unwrap();
        zip.write_all(data).unwrap();
    }
    zip.start_file("xl/worksheets/sheet1.xml", options).unwrap();
    zip.write_all(format!("{SHEET_START}<sheetData>").as_bytes())
        .unwrap();
    for r in 1..=1_000_000 {
        let row = format!(
            r#"<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>Agencja {r}</t></is></c><c r="B{r}"><v>{r}</v></c><c r="C{r}"><v>0.999</v></c></row>"#
        );
        zip.write_all(row.as_bytes()).unwrap();
    }
    zip.write_all(b"</sheetData></worksheet>").unwrap();
    zip.finish().unwrap();
    let dims = xlsx(
        r#"<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row></sheetData>"#,
    );
    std::fs::write(dir.join("corners.xlsx"), dims).unwrap();
    let ods_rows = format!(
        r#"<table:table table:name="T"><table:table-row table:number-rows-repeated="1000000">{}</table:table-row></table:table>"#,
        ods_float(1.0, 3)
    );
    std::fs::write(dir.join("repeated.ods"), ods("", &ods_rows)).unwrap();
    std::fs::write(
        dir.join("corners.xls"),
        xls(&[], &[number(0, 0, 1.0), number(65_535, 255, 2.0)]),
    )
    .unwrap();
    std::fs::write(
        dir.join("dimensions.xls"),
        xls(&[], &[dimensions(u32::MAX, 255), number(0, 0, 1.0)]),
    )
    .unwrap();
    let cut = format!(
        r#"<table:table table:name="T"><table:table-row>{}</table:table-row>"#,
        ods_float(1.0, 1)
    );
    let cut = zip_of(&[
        ("mimetype", ODS_MIME),
        ("META-INF/manifest.xml", MANIFEST.as_bytes()),
        ("content.xml", cut.as_bytes()),
    ]);
    std::fs::write(dir.join("cut.ods"), cut).unwrap();
    let sst = r#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="4000000000"><si><t>Alfa</t></si></sst>"#;
    std::fs::write(
        dir.join("shared-strings.xlsx"),
        zip_of(&xlsx_parts(&xlsx_sheet_a1(), Some(sst))),
    )
    .unwrap();
}

fn xlsx_sheet_a1() -> String {
    format!(
        r#"{SHEET_START}<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>"#
    )
}

/// An xlsx of several sheets, each (name, sheet part); names go into the XML as they are.
fn xlsx_of_sheets(sheets: &[(&str, String)]) -> Vec<u8> {
    let mut workbook = String::from(
        r#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#,
    );
    let mut rels = String::from(
        r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    );
    let mut parts: Vec<(String, Vec<u8>)> = Vec::new();
    for (i, (name, sheet)) in sheets.iter().enumerate() {
        let n = i + 1;
        workbook += &format!(r#"<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>"#);
        rels += &format!(
            r#"<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>"#
        );
        parts.push((
            format!("xl/worksheets/sheet{n}.xml"),
            format!("{SHEET_START}{sheet}</worksheet>").into_bytes(),
        ));
    }
    workbook += "</sheets></workbook>";
    rels += "</Relationships>";
    let mut all: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", ROOT_RELS.as_bytes()),
        ("xl/workbook.xml", workbook.as_bytes()),
        ("xl/_rels/workbook.xml.rels", rels.as_bytes()),
    ];
    all.extend(parts.iter().map(|(n, d)| (n.as_str(), d.as_slice())));
    zip_of(&all)
}

/// Inline-string cells of one row.
fn text_row(row: usize, cells: &[&str]) -> String {
    let cells: String = cells
        .iter()
        .enumerate()
        .map(|(c, t)| {
            format!(
                r#"<c r="{}{row}" t="inlineStr"><is><t>{t}</t></is></c>"#,
                (b'A' + c as u8) as char
            )
        })
        .collect();
    format!(r#"<row r="{row}">{cells}</row>"#)
}

#[test]
fn escape_sequences_in_file_names_sheet_names_and_reader_errors_never_reach_the_terminal() {
    const TITLE: &str = "\u{1b}]0;pwned\u{7}";
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path();
    // A CSV named with the sequence that sets a terminal's title: one unreadable, one read.
    std::fs::write(folder.join(format!("a{TITLE}.csv")), b"\0\x01\x02binary").unwrap();
    std::fs::write(
        folder.join(format!("c{TITLE}.csv")),
        "Agencja;Abonament miesięczny\nGamma;1100 zł\n",
    )
    .unwrap();
    // A workbook with the sequence in a sheet's name, and a sheet the XML reader refuses
    // with an error naming an entity that holds it.
    let offers = format!(
        "<sheetData>{}{}</sheetData>",
        text_row(1, &["Agencja", "Abonament miesięczny"]),
        text_row(2, &["Alfa", "900 zł"])
    );
    let entity = format!(
        "<sheetData>{}{}</sheetData>",
        text_row(1, &["Agencja", "Abonament miesięczny"]),
        text_row(2, &["Beta", &format!("&pw{TITLE}ned;")])
    );
    std::fs::write(
        folder.join("b.xlsx"),
        xlsx_of_sheets(&[(&format!("Oferty{TITLE}"), offers), ("Zła", entity)]),
    )
    .unwrap();

    let runs: [&[&str]; 5] = [
        &["rank"],
        &["check"],
        &["rank", "-f", "md"],
        &["rank", "-f", "csv"],
        &["rank", "-f", "json"],
    ];
    for args in runs {
        let out = crate::common::offerlens()
            .args(args)
            .arg(folder)
            .output()
            .unwrap();
        for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            assert!(
                !bytes.iter().any(|&b| b == 0x1b || b == 0x07),
                "{args:?}: ESC or BEL on {stream}: {:?}",
                String::from_utf8_lossy(bytes)
            );
        }
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        // The first error is the unreadable file, named on stderr without the sequence.
        let stderr = String::from_utf8_lossy(&out.stderr);
        if args[0] == "rank" {
            assert!(
                stderr.contains("a]0;pwned.csv: error: binary content"),
                "{stderr}"
            );
        }
    }
    // check names the sheet and the reader's error, both sanitized.
    let out = crate::common::offerlens()
        .arg("check")
        .arg(folder)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("sheet 'Oferty]0;pwned'"), "{text}");
    assert!(
        text.contains("b.xlsx:Zła: sheet 'Zła' could not be read"),
        "{text}"
    );
    assert!(text.contains("&pw]0;"), "{text}");

    // Alone, the workbook's first error is the reader's, on stderr, sanitized.
    let out = crate::common::offerlens()
        .arg("rank")
        .arg(folder.join("b.xlsx"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("b.xlsx:Zła: error: sheet 'Zła' could not be read"),
        "{stderr}"
    );
    assert!(
        !out.stderr.iter().any(|&b| b == 0x1b || b == 0x07),
        "{stderr:?}"
    );
}

#[test]
fn a_cell_of_megabytes_is_cut_with_a_warning_from_shared_and_inline_strings() {
    // 5 MB of text in two runs (one run past 4 MB is refused as hostile), not compressible
    // enough to look like a zip bomb.
    let half: String = (0..5usize << 19)
        .map(|i| (b'a' + ((i * 7 + i / 26) % 26) as u8) as char)
        .collect();
    let runs = format!("<r><t>{half}</t></r><r><t>{half}</t></r>");
    let header = r#"<row r="1"><c r="A1" t="inlineStr"><is><t>Agencja</t></is></c><c r="B1" t="inlineStr"><is><t>Zakres prac</t></is></c></row>"#;
    let shared = format!(
        r#"{SHEET_START}<sheetData>{header}<row r="2"><c r="A2" t="inlineStr"><is><t>Alfa</t></is></c><c r="B2" t="s"><v>0</v></c></row></sheetData></worksheet>"#
    );
    let sst = format!(
        r#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si>{runs}</si></sst>"#
    );
    let inline = format!(
        r#"<sheetData>{header}<row r="2"><c r="A2" t="inlineStr"><is><t>Alfa</t></is></c><c r="B2" t="inlineStr"><is>{runs}</is></c></row></sheetData>"#
    );
    for (kind, bytes) in [
        ("shared", zip_of(&xlsx_parts(&shared, Some(&sst)))),
        ("inline", xlsx(&inline)),
    ] {
        let (tables, notes) = read(&bytes).unwrap_or_else(|e| panic!("{kind}: {e}"));
        let RawCell::Text(kept) = &tables[0].rows[1][1] else {
            panic!("{kind}: {:?}", tables[0].rows[1])
        };
        assert_eq!(kept.len(), 32 << 10, "{kind}");
        assert!(
            has_note(
                &notes,
                "offers.xlsx:Sheet1!B2",
                "a cell of 5120 KB: only the first 32 KB are kept"
            ),
            "{kind}: {notes:?}"
        );
    }
}
