//! Byte-level mutations shared by every target: flips, inserts, deletions, copies, cuts and
//! the awkward bytes (NUL, BOMs, Windows-1250 letters, broken UTF-8).

use super::rng::Rng;

/// Byte sequences that trip up text readers.
const AWKWARD: &[&[u8]] = &[
    b"\0",
    b"\xEF\xBB\xBF",
    b"\xFF\xFE",
    b"\xFE\xFF",
    b"\r",
    b"\r\n",
    b"\n",
    b"\"",
    b";",
    b",",
    b"\t",
    b"\xB9",             // Windows-1250 'ą'
    b"\xB3\xF3\xBF",     // Windows-1250 'łóż'
    b"\xA5\x8C\x8F",     // Windows-1250 'ĄŚŹ'
    b"\xC5",             // a UTF-8 lead byte cut off
    b"\xE2\x80",         // a cut three-byte sequence
    b"\xF0\x9F\x98",     // a cut four-byte sequence
    b"\xED\xA0\x80",     // a UTF-16 surrogate in UTF-8
    b"\xC0\x80",         // overlong NUL
    b"\xE2\x80\xAE",     // right-to-left override
    b"\xC2\xA0",         // no-break space
    b"\xE2\x80\xAF",     // narrow no-break space
    b"\x1B[31m",         // an ANSI escape
    b"\xF4\x90\x80\x80", // above U+10FFFF
];

/// Applies 1..=`max` random byte mutations to `data`.
pub fn mutate(rng: &mut Rng, data: &mut Vec<u8>, max: usize) {
    for _ in 0..rng.between(1, max.max(1)) {
        mutate_once(rng, data);
    }
}

/// One random byte mutation.
pub fn mutate_once(rng: &mut Rng, data: &mut Vec<u8>) {
    let at = rng.below(data.len() + 1);
    match rng.below(9) {
        0 if !data.is_empty() => {
            let i = rng.below(data.len());
            data[i] ^= 1 << rng.below(8);
        }
        1 if !data.is_empty() => {
            let i = rng.below(data.len());
            data[i] = rng.next_u64() as u8;
        }
        2 => {
            let n = rng.size(64);
            let bytes = rng.bytes(n);
            data.splice(at..at, bytes);
        }
        3 => {
            let seq = rng.pick(AWKWARD).to_vec();
            data.splice(at..at, seq);
        }
        4 if !data.is_empty() => {
            let start = rng.below(data.len());
            let len = rng.size(data.len() - start).max(1);
            data.drain(start..(start + len).min(data.len()));
        }
        5 if !data.is_empty() => {
            // Copy a range somewhere else.
            let from = rng.below(data.len());
            let len = rng.size(data.len() - from).max(1);
            let chunk = data[from..(from + len).min(data.len())].to_vec();
            let to = rng.below(data.len() + 1);
            data.splice(to..to, chunk);
        }
        6 if rng.one_in(4) => data.truncate(at),
        7 => {
            // A run of one byte: long fields, long lines.
            let byte = *rng.pick(b"a ;,\"\n\r\t0-9.\xC5");
            let n = rng.size(20_000);
            data.splice(at..at, std::iter::repeat_n(byte, n));
        }
        _ => {
            let seq = rng.pick(AWKWARD).to_vec();
            let i = rng.below(data.len() + 1);
            data.splice(i..i, seq);
        }
    }
}
