//! Phrase tables matched on tokens: the longest-match lookup, the tables several readers share
//! (bound words such as `ok.`, `do`, `min.`, and range separators) and what a tax word means.

use std::sync::OnceLock;

use super::atoms::{Atom, NO_ATOM, slot, table_atom, vocabulary_len};
use super::lexer::Token;

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

impl<R: Copy> Phrases<R> {
    pub(super) const fn new(table: &'static [(&'static [&'static str], R)]) -> Self {
        Phrases {
            table,
            index: OnceLock::new(),
        }
    }

    /// The first word of each phrase: the tokens a phrase of the table can start at.
    pub(super) fn first_words(&self) -> impl Iterator<Item = &'static str> + use<R> {
        self.table
            .iter()
            .filter_map(|(phrase, _)| phrase.first().copied())
    }

    pub(super) fn words(&self) -> impl Iterator<Item = &'static str> + use<R> {
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
            let starts = (0..=vocabulary_len() + 1)
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

pub(super) fn span<'a>(t: &'a str, toks: &[Token], i: usize, len: usize) -> &'a str {
    &t[toks[i].start..toks[i + len - 1].end]
}

pub(crate) use crate::criteria::Tax;

/// A qualifier written before a number: "ok.", "do", "od".
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Bound {
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
