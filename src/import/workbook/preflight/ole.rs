//! OLE2 compound files: an `.xls`, or an encrypted (password-protected) OOXML workbook. The
//! container is followed the way calamine follows it, to the stream [`super::biff`] walks.

use super::biff::check_biff;
use super::bytes::{u16_at, u32_at, u32s};
use super::{Checked, Format};
use crate::i18n::Msg;
use crate::import::Limits;
use crate::import::workbook::{damaged, password_msg};

const ENDOFCHAIN: u32 = 0xFFFF_FFFE;
const DIFSECT: u32 = 0xFFFF_FFFC;
const RESERVED_SECTORS: u32 = 0xFFFF_FFFA;

/// The message for a compound file whose structure is broken.
fn broken(what: &'static str) -> Msg {
    damaged(Msg::new("file-its-ole-structure-is-broken").msg("what", Msg::new(what)))
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
    fn parse(bytes: &'a [u8]) -> Result<Cfb<'a>, Msg> {
        if bytes.len() < 512 {
            return Err(damaged(Msg::new("file-ole-cut-short")));
        }
        let sector = match u16_at(bytes, 30) {
            Some(9) => 512usize,
            Some(12) => 4096,
            _ => return Err(broken("ole-unknown-sector-size")),
        };
        if u16_at(bytes, 32) != Some(6) || bytes.len() < sector {
            return Err(broken("ole-unknown-mini-sector-size"));
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
        cfb.fat = cfb.read_fat(difat_start)?;
        cfb.dirs = cfb.read_dirs(dir_start)?;
        let Some(&(_, root_start, root_len)) = cfb.dirs.first() else {
            return Err(broken("ole-no-root"));
        };
        if version != 3 && root_start == ENDOFCHAIN {
            return Err(broken("ole-empty-root"));
        }
        if mini_fat_len > 0 {
            let file = bytes.len() as u64;
            if root_len > file || mini_fat_len.saturating_mul(sector as u64) > file {
                return Err(broken("ole-stream-too-long"));
            }
            cfb.mini_stream = cfb.chain(root_start, root_len, false)?;
            let mini_fat = cfb.chain(mini_fat_start, mini_fat_len * sector as u64, false)?;
            cfb.mini_fat = u32s(&mini_fat).collect();
        }
        Ok(cfb)
    }

    /// The allocation table, from the sectors the header and the DIFAT chain list.
    fn read_fat(&self, difat_start: u32) -> Result<Vec<u32>, Msg> {
        let mut difat: Vec<u32> = u32s(&self.bytes[76..512]).collect();
        let mut id = difat_start;
        let mut steps = 0u32;
        while id < RESERVED_SECTORS {
            steps += 1;
            if steps > self.max_id.saturating_add(1) {
                return Err(broken("ole-fat-loop"));
            }
            difat.extend(u32s(self.sector_at(id)?));
            id = difat.pop().ok_or_else(|| broken("ole-fat-empty"))?;
        }
        let fat_sectors: Vec<u32> = difat.into_iter().filter(|&id| id < DIFSECT).collect();
        if fat_sectors.len() as u64 > u64::from(self.max_id) + 1 {
            return Err(broken("ole-fat-too-long"));
        }
        let mut fat = Vec::new();
        for id in fat_sectors {
            fat.extend(u32s(self.sector_at(id)?));
        }
        Ok(fat)
    }

    /// The directory entries: name, first sector and length of every stream.
    fn read_dirs(&self, dir_start: u32) -> Result<Vec<(String, u32, u64)>, Msg> {
        // The directory chain is followed without a length: a loop would never end.
        let dirs = self.chain(dir_start, u64::MAX, true)?;
        Ok(dirs
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
                let len = if self.sector == 512 {
                    u64::from(u32_at(d, 120).unwrap_or(0))
                } else {
                    u64::from_le_bytes(d[120..128].try_into().unwrap_or_default())
                };
                (name, start, len)
            })
            .collect())
    }

    fn sector_at(&self, id: u32) -> Result<&'a [u8], Msg> {
        let start = (id as usize + 1) * self.sector;
        if id > self.max_id || start >= self.bytes.len() {
            return Err(damaged(Msg::new("file-ole-past-end")));
        }
        Ok(&self.bytes[start..self.bytes.len().min(start + self.sector)])
    }

    /// Follows a sector chain for `len` bytes; `strict` refuses a loop (calamine would
    /// follow it forever when no length bounds it).
    fn chain(&self, mut id: u32, len: u64, strict: bool) -> Result<Vec<u8>, Msg> {
        let mut out = Vec::new();
        let mut steps = 0u64;
        while id != ENDOFCHAIN {
            steps += 1;
            if steps > u64::from(self.max_id) + 1 {
                if strict {
                    return Err(damaged(Msg::new("file-ole-chain-loops")));
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
                .ok_or_else(|| damaged(Msg::new("file-ole-chain-outside")))?;
        }
        Ok(out)
    }

    fn has(&self, name: &str) -> bool {
        self.dirs
            .iter()
            .any(|(n, _, _)| n.eq_ignore_ascii_case(name))
    }

    /// The stream calamine would read for `name`, or `None` when there is none.
    fn stream(&self, name: &str) -> Result<Option<Vec<u8>>, Msg> {
        let Some(&(_, start, len)) = self
            .dirs
            .iter()
            .find(|(n, _, _)| n.eq_ignore_ascii_case(name))
        else {
            return Ok(None);
        };
        if len >= 4096 {
            if len > self.bytes.len() as u64 {
                return Err(damaged(
                    Msg::new("file-its-stream-claims-to-be").with("name", (name).to_string()),
                ));
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
                return Err(damaged(
                    Msg::new("file-its-stream-points-outside-the").with("name", (name).to_string()),
                ));
            };
            let take = 64.min(len as usize - out.len());
            out.extend_from_slice(&mini[..take]);
            id = *self
                .mini_fat
                .get(id as usize)
                .ok_or_else(|| damaged(Msg::new("file-ole-mini-chain")))?;
        }
        Ok(Some(out))
    }
}

/// Checks an OLE2 file: not encrypted, and the `.xls` workbook stream inside it.
pub(super) fn check_ole(bytes: &[u8], limits: &Limits) -> Result<Checked, Msg> {
    let cfb = Cfb::parse(bytes)?;
    if cfb.has("EncryptedPackage") || cfb.has("EncryptionInfo") {
        return Err(password_msg());
    }
    let not_a_workbook = || Msg::new("file-ole-not-a-workbook");
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
