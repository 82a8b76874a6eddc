//! The words of the phrase tables interned as atoms: the vocabulary, and the atom of a word or
//! symbol, so that tokens and phrases compare as small integers.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::table_words;
use crate::text::chars::{ShortStr, fold_each};

/// Marks an atom of a phrase that matches any number.
pub(super) const NUM: &str = "<n>";

/// A word or symbol of the phrase tables, interned: its number in `vocabulary()`.
pub(super) type Atom = u16;
/// The atom of a number token, matched by `NUM`.
pub(super) const NUM_ATOM: Atom = Atom::MAX - 1;
/// The atom of words and symbols no phrase uses.
pub(super) const NO_ATOM: Atom = Atom::MAX;
/// Room for the longest word of the phrase tables, folded.
const WORD_BYTES: usize = 32;

/// Every word and symbol of the phrase tables, with its atom.
struct Vocabulary {
    atoms: HashMap<&'static [u8], Atom, BuildHasherDefault<Fnv>>,
}

/// FNV-1a: the keys are a few bytes long, too short for SipHash's setup to pay off; and they
/// are the tables' own words, so there is no flooding to fear.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Built from every phrase table the grammar lists ([`table_words`]): a table missing there
/// makes `table_atom` panic on first use.
fn vocabulary() -> &'static Vocabulary {
    static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
    VOCABULARY.get_or_init(|| {
        let mut words: Vec<&str> = table_words().filter(|&w| w != NUM).collect();
        words.sort_unstable();
        words.dedup();
        assert!(words.len() < usize::from(NUM_ATOM));
        assert!(words.iter().all(|w| w.len() <= WORD_BYTES));
        let atoms = words.into_iter().map(str::as_bytes).zip(0..).collect();
        Vocabulary { atoms }
    })
}

/// The atom of a folded word or of a symbol.
pub(super) fn atom(s: &str) -> Atom {
    atom_of(s.as_bytes())
}

fn atom_of(s: &[u8]) -> Atom {
    vocabulary().atoms.get(s).copied().unwrap_or(NO_ATOM)
}

pub(super) fn word_atom(word: &str) -> Atom {
    let mut folded = ShortStr::<WORD_BYTES>::new();
    fold_each(word, |c| folded.push(c));
    // A word too long for the buffer is longer than every word of the tables.
    folded.bytes().map_or(NO_ATOM, atom_of)
}

/// Where an atom's phrases are listed in a `PhraseIndex`; numbers come after the vocabulary.
pub(super) fn slot(a: Atom) -> usize {
    if a == NUM_ATOM {
        vocabulary_len()
    } else {
        usize::from(a)
    }
}

/// How many words the vocabulary holds.
pub(super) fn vocabulary_len() -> usize {
    vocabulary().atoms.len()
}

/// The atom of a word of a phrase table (`NUM` for any number).
pub(super) fn table_atom(word: &str) -> Atom {
    if word == NUM {
        return NUM_ATOM;
    }
    let a = atom(word);
    // not for people: a mistake in a built-in table, found by the tests
    assert!(a != NO_ATOM, "{word:?} is missing from the vocabulary");
    a
}
