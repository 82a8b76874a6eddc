//! Phrase tables matched on tokens: the vocabulary of every table's words as atoms, the
//! longest-match lookup, and the tables several readers share (bound words such as `ok.`,
//! `do`, `min.`, and range separators).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::duration::{CONNECTORS, NEXT_BUSINESS_DAY, UNITS};
use super::lexer::Token;
use super::money::{CURRENCIES, PERIOD_LEADS, PERIODS, TAXES};
use super::percent::PERCENT_WORDS;
use super::quantity::MULTIPLIERS;
use super::text::{ShortStr, fold_each};

/// Marks an atom of a phrase that matches any number.
pub(super) const NUM: &str = "<n>";

/// A word or symbol of the phrase tables, interned: its number in `vocabulary()`.
pub(super) type Atom = u16;
/// The atom of a number token, matched by `NUM`.
pub(super) const NUM_ATOM: Atom = Atom::MAX - 1;
/// The atom of words and symbols no phrase uses.
const NO_ATOM: Atom = Atom::MAX;
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

/// Built from every phrase table: a table missing here makes `table_atom` panic on first use.
fn vocabulary() -> &'static Vocabulary {
    static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
    VOCABULARY.get_or_init(|| {
        let mut words: Vec<&str> = PREFIXES
            .words()
            .chain(RANGE_SEPS.words())
            .chain(MULTIPLIERS.words())
            .chain(CURRENCIES.words())
            .chain(TAXES.words())
            .chain(PERIOD_LEADS.words())
            .chain(PERIODS.words())
            .chain(PERCENT_WORDS.words())
            .chain(UNITS.words())
            .chain(NEXT_BUSINESS_DAY.words())
            .chain(CONNECTORS.words())
            .filter(|&w| w != NUM)
            .collect();
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

/// A table of phrases with what they mean. A phrase is a list of folded words, one-char symbols
/// and `NUM`. On first use the table is turned into atoms and grouped by first atom, so that
/// trying it at a token only looks at the phrases starting with that token.
pub(super) struct Phrases<R: 'static> {
    table: &'static [(&'static [&'static str], R)],
    index: OnceLock<PhraseIndex<R>>,
}

pub(super) struct PhraseIndex<R> {
    /// The phrases as atoms, ordered by first atom and, among those, as in the table.
    phrases: Vec<(Vec<Atom>, R)>,
    /// `phrases[starts[s]..starts[s + 1]]` start with the atom of slot `s` (see `slot`).
    starts: Vec<usize>,
}

/// Where an atom's phrases are listed in a `PhraseIndex`; numbers come after the vocabulary.
fn slot(a: Atom) -> usize {
    if a == NUM_ATOM {
        vocabulary().atoms.len()
    } else {
        usize::from(a)
    }
}

impl<R: Copy> Phrases<R> {
    pub(super) const fn new(table: &'static [(&'static [&'static str], R)]) -> Self {
        Phrases {
            table,
            index: OnceLock::new(),
        }
    }

    fn words(&self) -> impl Iterator<Item = &'static str> + use<R> {
        self.table
            .iter()
            .flat_map(|(phrase, _)| phrase.iter().copied())
    }

    pub(super) fn index(&self) -> &PhraseIndex<R> {
        self.index.get_or_init(|| {
            let mut phrases: Vec<(Vec<Atom>, R)> = self
                .table
                .iter()
                .map(|&(phrase, r)| (phrase.iter().map(|w| table_atom(w)).collect(), r))
                .collect();
            // Stable: among equally long matches the one listed first wins.
            phrases.sort_by_key(|(atoms, _)| slot(atoms[0]));
            let starts = (0..=vocabulary().atoms.len() + 1)
                .map(|s| phrases.partition_point(|(atoms, _)| slot(atoms[0]) < s))
                .collect();
            PhraseIndex { phrases, starts }
        })
    }

    /// The longest phrase at token `i`, with its meaning.
    pub(super) fn longest(&self, toks: &[Token], i: usize) -> Option<(usize, R)> {
        let first = toks.get(i)?.atom;
        if first == NO_ATOM {
            return None;
        }
        let index = self.index();
        let s = slot(first);
        let mut best: Option<(usize, R)> = None;
        for (atoms, r) in &index.phrases[index.starts[s]..index.starts[s + 1]] {
            let len = atoms.len();
            if best.is_none_or(|(b, _)| len > b)
                && toks
                    .get(i..i + len)
                    .is_some_and(|run| run.iter().zip(atoms).all(|(t, &a)| t.atom == a))
            {
                best = Some((len, *r));
            }
        }
        best
    }
}

fn table_atom(word: &str) -> Atom {
    if word == NUM {
        return NUM_ATOM;
    }
    let a = atom(word);
    assert!(a != NO_ATOM, "{word:?} is missing from the vocabulary");
    a
}

pub(super) fn span<'a>(t: &'a str, toks: &[Token], i: usize, len: usize) -> &'a str {
    &t[toks[i].start..toks[i + len - 1].end]
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Bound {
    About,
    AtMost,
    AtLeast,
}

pub(super) static PREFIXES: Phrases<Bound> = Phrases::new(&[
    (&["ok"], Bound::About),
    (&["okolo"], Bound::About),
    (&["ca"], Bound::About),
    (&["~"], Bound::About),
    (&["≈"], Bound::About),
    (&["approx"], Bound::About),
    (&["approximately"], Bound::About),
    (&["about"], Bound::About),
    (&["around"], Bound::About),
    (&["circa"], Bound::About),
    (&["roughly"], Bound::About),
    (&["mniej", "wiecej"], Bound::About),
    (&["szacunkowo"], Bound::About),
    (&["do"], Bound::AtMost),
    (&["max"], Bound::AtMost),
    (&["maks"], Bound::AtMost),
    (&["maksymalnie"], Bound::AtMost),
    (&["maximum"], Bound::AtMost),
    (&["maksimum"], Bound::AtMost),
    (&["up", "to"], Bound::AtMost),
    (&["<"], Bound::AtMost),
    (&["<", "="], Bound::AtMost),
    (&["≤"], Bound::AtMost),
    (&["⩽"], Bound::AtMost),
    (&["ponizej"], Bound::AtMost),
    (&["below"], Bound::AtMost),
    (&["under"], Bound::AtMost),
    (&["w", "ciagu"], Bound::AtMost),
    (&["within"], Bound::AtMost),
    (&["nie", "wiecej", "niz"], Bound::AtMost),
    (&["najwyzej"], Bound::AtMost),
    (&["at", "most"], Bound::AtMost),
    (&["less", "than"], Bound::AtMost),
    (&["mniej", "niz"], Bound::AtMost),
    (&["no", "more", "than"], Bound::AtMost),
    (&["not", "more", "than"], Bound::AtMost),
    (&["min"], Bound::AtLeast),
    (&["minimum"], Bound::AtLeast),
    (&["minimalnie"], Bound::AtLeast),
    (&["od"], Bound::AtLeast),
    (&["from"], Bound::AtLeast),
    (&[">"], Bound::AtLeast),
    (&[">", "="], Bound::AtLeast),
    (&["≥"], Bound::AtLeast),
    (&["⩾"], Bound::AtLeast),
    (&["powyzej"], Bound::AtLeast),
    (&["above"], Bound::AtLeast),
    (&["over"], Bound::AtLeast),
    (&["ponad"], Bound::AtLeast),
    (&["co", "najmniej"], Bound::AtLeast),
    (&["przynajmniej"], Bound::AtLeast),
    (&["at", "least"], Bound::AtLeast),
    (&["more", "than"], Bound::AtLeast),
    (&["wiecej", "niz"], Bound::AtLeast),
    (&["nie", "mniej", "niz"], Bound::AtLeast),
    (&["no", "less", "than"], Bound::AtLeast),
]);

pub(super) static RANGE_SEPS: Phrases<()> = Phrases::new(&[
    (&["-"], ()),
    (&["–"], ()),
    (&["—"], ()),
    (&["‒"], ()),
    (&["\u{2212}"], ()),
    (&["÷"], ()),
    (&["do"], ()),
    (&["to"], ()),
]);
