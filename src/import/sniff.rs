//! What kind of file an offer file is: sniffed from its first bytes, whatever its extension says.

/// What a file's first bytes say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Container {
    /// A zip archive: xlsx, xlsm, xlsb or ods.
    Zip,
    /// An OLE2 compound file: xls, or an encrypted (password-protected) xlsx.
    Ole,
    /// Anything else: read as delimited text.
    Text,
}

/// Sniffs the container from the content, whatever the extension says.
pub(crate) fn container(bytes: &[u8]) -> Container {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        Container::Zip
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        Container::Ole
    } else {
        Container::Text
    }
}

/// Extensions read as offers (matched case-insensitively).
pub(crate) const OFFER_EXTENSIONS: &[&str] =
    &["xlsx", "xlsm", "xlsb", "xls", "ods", "csv", "tsv", "txt"];
pub(super) const WORKBOOK_EXTENSIONS: &[&str] = &["xlsx", "xlsm", "xlsb", "xls", "ods"];
