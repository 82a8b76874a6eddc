//! xlsx and xlsm: the parts calamine reads whole when it opens the workbook (relationships,
//! workbook, styles, theme), the shared-strings count, and where each sheet's part lives.

use super::archive::{Zip, entry_name, scan_part};
use super::{ELEMENT_COST, MAX_PART_ELEMENTS, STRING_COST, STYLE_COST, XlsxLayout};
use crate::i18n::Msg;
use crate::import::Limits;
use crate::import::workbook::xml::{Xml, attr, attributes, local, unescape};

/// Checks the parts calamine reads whole when it opens an xlsx, and resolves the sheets.
pub(super) fn check_xlsx(
    zip: &mut Zip<'_>,
    names: &[String],
    limits: &Limits,
) -> Result<(XlsxLayout, u64), Msg> {
    let (xl, workbook) = workbook_part(zip, names)?;
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
        held += ELEMENT_COST * scan_relationships(zip, &name, &mut rels)?;
    }
    let mut layout = XlsxLayout::default();
    if let Some(name) = entry_name(names, &format!("{xl}{workbook}")) {
        held += ELEMENT_COST * scan_sheets(zip, &name, &xl, &rels, &mut layout)?;
    }
    Ok((layout, held))
}

/// The folder of the workbook part (`xl/`) and its file name, as `_rels/.rels` names it;
/// calamine reads the other parts next to it.
fn workbook_part(zip: &mut Zip<'_>, names: &[String]) -> Result<(String, String), Msg> {
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
    Ok((xl, workbook))
}

/// Collects the workbook's relationships (id, target) into `rels`; returns the elements
/// of the part.
fn scan_relationships(
    zip: &mut Zip<'_>,
    part: &str,
    rels: &mut Vec<(String, String)>,
) -> Result<u64, Msg> {
    scan_part(zip, part, MAX_PART_ELEMENTS, |ev| {
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
    })
}

/// Resolves the sheets the workbook part lists into `layout` through the relationships;
/// returns the elements of the part.
fn scan_sheets(
    zip: &mut Zip<'_>,
    part: &str,
    xl: &str,
    rels: &[(String, String)],
    layout: &mut XlsxLayout,
) -> Result<u64, Msg> {
    scan_part(zip, part, MAX_PART_ELEMENTS, |ev| {
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
    })
}

/// Refuses a shared-string table that declares or holds more strings than the cap (calamine
/// reserves room for the declared count at once, and keeps every string); returns the bytes
/// calamine will keep for them.
fn check_shared_strings(zip: &mut Zip<'_>, name: &str, limits: &Limits) -> Result<u64, Msg> {
    let max = limits.max_shared_strings;
    let too_many = |n: u64| {
        Msg::new("file-the-workbook-declares-or-holds")
            .with("n", (n).to_string())
            .with("max", (max).to_string())
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
