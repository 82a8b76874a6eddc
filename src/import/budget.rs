//! The run's memory budget: every cell, string and row read, from every file, charged to one
//! account, so that no combination of inputs can take more memory than the run allows.

use crate::i18n::Msg;
use crate::table::RawCell;

/// What one cell costs besides its text: the cell as read, and what a read cell becomes
/// downstream (the offer's answer with its value, window and source; its scores). Measured:
/// a run of 150 000 offers × 40 answers peaked at about 190 bytes a cell beyond its text.
pub(crate) const CELL_COST: u64 = size_of::<RawCell>() as u64 + 160;
/// What one row costs besides its cells.
pub(crate) const ROW_COST: u64 = 3 * size_of::<Vec<RawCell>>() as u64;

/// What is left of the run's memory budget, and where it ran out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Budget {
    /// The whole budget, in bytes (`--max-memory-mb`).
    pub total: u64,
    /// What is left of it.
    pub left: u64,
    /// The file (or `file:Sheet`) being read when it ran out.
    pub spent_in: Option<String>,
}

impl Budget {
    pub fn new(total: u64) -> Budget {
        Budget {
            total,
            left: total,
            spent_in: None,
        }
    }

    /// Takes `bytes` from the budget; false (and nothing taken) when they do not fit.
    pub fn take(&mut self, bytes: u64) -> bool {
        match self.left.checked_sub(bytes) {
            Some(left) => {
                self.left = left;
                true
            }
            None => false,
        }
    }

    /// Says the budget ran out while reading `place`.
    pub fn run_out(&mut self, place: &str) {
        self.left = 0;
        if self.spent_in.is_none() {
            self.spent_in = Some(place.to_string());
        }
    }

    pub fn is_spent(&self) -> bool {
        self.spent_in.is_some()
    }

    /// The message for the place where reading stopped.
    pub fn message(&self) -> Msg {
        Msg::new("file-the-offers-read-in-this")
            .with("a0", (self.total.div_ceil(1 << 20)).to_string())
    }
}
