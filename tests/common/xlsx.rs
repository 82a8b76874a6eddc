//! Reading an xlsx file's parts as text: zip entries, cell styles.

use std::io::{Cursor, Read};

/// The text of one zip entry (`xl/worksheets/sheet1.xml`, `xl/styles.xml`…).
pub fn entry(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = String::new();
    zip.by_name(name)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .read_to_string(&mut out)
        .unwrap();
    out
}

/// The value of a numeric attribute in a tag's text (` s="3"` -> 3).
pub fn attribute(tag: &str, name: &str) -> Option<usize> {
    let start = tag.find(&format!(r#" {name}=""#))? + name.len() + 3;
    tag[start..].split('"').next()?.parse().ok()
}

/// (cell reference, style index) of every cell in a sheet's XML; 0 when unstyled.
pub fn cell_styles(sheet_xml: &str) -> Vec<(String, usize)> {
    sheet_xml
        .split("<c r=\"")
        .skip(1)
        .map(|c| {
            let r = c[..c.find('"').unwrap()].to_string();
            let tag = &c[..c.find('>').unwrap()];
            (r, attribute(tag, "s").unwrap_or(0))
        })
        .collect()
}

/// The style index of each cell of one row (1-based, as in the XML).
pub fn row_styles(sheet_xml: &str, row: usize) -> Vec<usize> {
    let start = sheet_xml.find(&format!(r#"<row r="{row}""#)).unwrap();
    let end = start + sheet_xml[start..].find("</row>").unwrap();
    sheet_xml[start..end]
        .split("<c ")
        .skip(1)
        .map(|c| attribute(c.split('>').next().unwrap(), "s").unwrap_or(0))
        .collect()
}
