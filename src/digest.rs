//! The sha256 fingerprint that identifies an input (the criteria, every offer file) in audit
//! stamps, and a criteria file on disk before it is saved over.

use sha2::{Digest, Sha256};

/// Hex sha256 of some bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}
