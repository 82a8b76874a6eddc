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
//!
//! [`archive`] opens a zip-based workbook and tells its format; [`xlsx`], [`xlsb`] and
//! [`ods`] check the parts calamine reads whole; [`ole`] follows an OLE2 compound file to the
//! `.xls` stream that [`biff`] walks.

mod archive;
mod biff;
mod bytes;
mod ods;
mod ole;
mod xlsb;
mod xlsx;

use crate::i18n::Msg;
use crate::import::{Container, Limits, container};

pub(super) use archive::{entry_names, open_zip_over};

/// Most XML elements in one of the parts calamine keeps in memory whole (styles, workbook,
/// relationships): each element becomes up to ~200 bytes of calamine structures.
const MAX_PART_ELEMENTS: u64 = 500_000;
/// Memory calamine may keep: whole sheets for the formats it reads whole (`.xls`, `.ods`),
/// shared strings and styles for the others.
const MEMORY_BUDGET: u64 = 320 << 20;

/// Bytes calamine keeps for one shared string (its `String` and the allocation behind it),
/// one style, and one element of the other parts it reads whole.
const STRING_COST: u64 = 64;
const STYLE_COST: u64 = 200;
const ELEMENT_COST: u64 = 100;

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
pub(super) fn check(bytes: &[u8], limits: &Limits) -> Result<Checked, Msg> {
    let checked = match container(bytes) {
        Container::Zip => check_zip(bytes, limits)?,
        Container::Ole => ole::check_ole(bytes, limits)?,
        Container::Text => {
            return Err(Msg::new("file-not-a-workbook"));
        }
    };
    if checked.held > MEMORY_BUDGET {
        return Err(Msg::new("file-the-workbook-is-too-big-2")
            .with("a0", (checked.held >> 20).to_string())
            .with("a1", (MEMORY_BUDGET >> 20).to_string()));
    }
    Ok(checked)
}

/// Checks a zip-based workbook: its parts' sizes first, then the parts of its format.
fn check_zip(bytes: &[u8], limits: &Limits) -> Result<Checked, Msg> {
    let mut zip = archive::open_zip(bytes)?;
    let names = archive::check_entries(&zip, limits)?;
    let has = |path: &str| archive::entry_name(&names, path);
    if let Some(mimetype) = has("mimetype") {
        let mime = archive::read_start(&mut zip, &mimetype, 100)?;
        let mime = String::from_utf8_lossy(&mime).trim().to_string();
        if mime.starts_with("application/vnd.oasis.opendocument.spreadsheet") {
            let held = ods::check_ods(&mut zip, &names)?;
            return Ok(Checked {
                format: Format::Ods,
                held,
            });
        }
        if mime.starts_with("application/vnd.oasis.opendocument.") {
            return Err(
                Msg::new("file-an-opendocument-file-but-not").with("mime", (mime).to_string())
            );
        }
    }
    if has("xl/workbook.bin").is_some() {
        let held = xlsb::check_xlsb(&mut zip, &names, limits)?;
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
        let (layout, held) = xlsx::check_xlsx(&mut zip, &names, limits)?;
        return Ok(Checked {
            format: Format::Xlsx(layout),
            held,
        });
    }
    Err(archive::not_a_workbook(&names))
}
