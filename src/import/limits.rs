//! The caps that keep a hostile or broken file from taking the process down.

/// Caps that keep a hostile or broken file from taking the process down. Each message that
/// hits one names it and the command-line option that raises it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest file read at all (`--max-file-mb`).
    pub max_file_bytes: u64,
    /// Most rows read from one sheet or CSV file (`--max-rows`).
    pub max_rows: usize,
    /// Most columns read from one sheet or CSV file.
    pub max_cols: usize,
    /// Longest text kept from one cell; longer text is cut, with a warning.
    pub max_cell_bytes: usize,
    /// Most bytes a workbook may unpack to, all parts together (zip-bomb guard).
    pub max_unpacked_bytes: u64,
    /// Highest unpacked/packed ratio of one workbook part.
    pub max_ratio: u64,
    /// Most shared strings a workbook may declare.
    pub max_shared_strings: u64,
    /// The memory budget of the whole run: every cell, string and row read from every file
    /// is charged to it (`--max-memory-mb`).
    pub max_memory_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 100 << 20,
            max_rows: 50_000,
            max_cols: 1_000,
            max_cell_bytes: 32 << 10,
            max_unpacked_bytes: 400 << 20,
            max_ratio: 200,
            max_shared_strings: 2_000_000,
            max_memory_bytes: 420 << 20,
        }
    }
}
