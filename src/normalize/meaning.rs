//! Matching a header to the names of criteria (and of the vendor column) by meaning: a text
//! read as a small set of concepts (its stems through the synonym lexicon), the names' sets
//! worked out once, and the verdict on one header: one clear match with its reason, candidates
//! too close to call, or nothing.
//!
//! A header matches a name when it says the same concepts; or all of them and, besides, only
//! concepts the slot's other names use and fewer unknown words than the concepts matched
//! ("Średni czas reakcji P1"). It is too close to call when two slots fit equally well, and
//! weak when it says only part of a name ("Czas reakcji" of "Czas reakcji P1") or a name and
//! something the slot's names never mention: either way it is reported with its candidates
//! and never read.

use std::collections::HashMap;

use super::synonyms::{CONCEPTS, FILLERS};
use super::tokens::{MAX_WORDS, Word, with_words};

/// A concept: a synonym group, or a word of the names that belongs to none.
type ConceptId = u16;

/// The longest phrase of the lexicon, in words.
const MAX_PHRASE: usize = 3;

/// Pads a phrase key shorter than [`MAX_PHRASE`].
const NO_WORD: u16 = u16::MAX;

/// What a word, or a phrase of a few words, means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sense {
    Concept(ConceptId),
    /// Says nothing about which criterion is meant ("czas", "nazwa").
    Filler,
}

/// A stretch of a text's words and what it means: `None` for a word no name uses.
#[derive(Debug, Clone, Copy)]
struct Piece {
    sense: Option<Sense>,
    /// The stretch, as indexes into the kept words.
    first: usize,
    len: usize,
}

/// The stems of the synonym groups and of the names, and what their words and phrases mean.
struct Lexicon {
    /// Stem -> word id.
    words: HashMap<String, u16>,
    /// A phrase of word ids, padded with [`NO_WORD`] -> its sense.
    senses: HashMap<[u16; MAX_PHRASE], Sense>,
    /// Each concept's name: the group's, or the word's stem.
    names: Vec<String>,
    /// How many concepts are synonym groups (their ids come first).
    groups: usize,
    /// Entries of the synonym table that say something another entry already means otherwise.
    conflicts: Vec<String>,
}

impl Lexicon {
    fn new() -> Lexicon {
        let mut lexicon = Lexicon {
            words: HashMap::new(),
            senses: HashMap::new(),
            names: CONCEPTS.iter().map(|(n, _)| (*n).to_string()).collect(),
            groups: CONCEPTS.len(),
            conflicts: Vec::new(),
        };
        for (id, (_, entries)) in CONCEPTS.iter().enumerate() {
            for entry in *entries {
                lexicon.define(entry, Sense::Concept(id as ConceptId));
            }
        }
        for entry in FILLERS {
            lexicon.define(entry, Sense::Filler);
        }
        lexicon
    }

    /// Gives an entry of the synonym table its sense.
    fn define(&mut self, entry: &str, sense: Sense) {
        let Some(Some(key)) = with_words(entry, |words| self.key_of(words)) else {
            // not for people: a mistake in the built-in table, which a unit test reports
            self.conflicts.push(format!("'{entry}' is no phrase"));
            return;
        };
        match self.senses.insert(key, sense) {
            Some(before) if before != sense => self.conflicts.push(format!(
                // not for people: a mistake in the built-in table, which a unit test reports
                "'{entry}' means {} and {}",
                self.describe(before),
                self.describe(sense)
            )),
            _ => {}
        }
    }

    /// The phrase key of one to [`MAX_PHRASE`] words, their stems learnt.
    fn key_of(&mut self, words: &[Word<'_>]) -> Option<[u16; MAX_PHRASE]> {
        if words.is_empty() || words.len() > MAX_PHRASE {
            return None;
        }
        let mut key = [NO_WORD; MAX_PHRASE];
        for (k, w) in words.iter().enumerate() {
            key[k] = self.learn_word(w.stem);
        }
        Some(key)
    }

    fn learn_word(&mut self, stem: &str) -> u16 {
        if let Some(&id) = self.words.get(stem) {
            return id;
        }
        let id = u16::try_from(self.words.len()).unwrap_or(NO_WORD - 1);
        self.words.insert(stem.to_string(), id);
        id
    }

    /// Makes every word of a name that means nothing yet a concept of its own ("kpi",
    /// "monitoring"), so that a header using it meets the name.
    fn learn_name(&mut self, text: &str) {
        with_words(text, |words| {
            for w in words {
                let id = self.learn_word(w.stem);
                let key = [id, NO_WORD, NO_WORD];
                if !self.senses.contains_key(&key) && self.names.len() < usize::from(NO_WORD) {
                    self.senses
                        .insert(key, Sense::Concept(self.names.len() as ConceptId));
                    self.names.push(w.stem.to_string());
                }
            }
        });
    }

    /// Reads the words as concepts, the longest phrase first, and calls `f` with each piece.
    fn walk(&self, words: &[Word<'_>], mut f: impl FnMut(Piece)) {
        let mut ids = [NO_WORD; MAX_WORDS];
        for (k, w) in words.iter().enumerate() {
            ids[k] = self.words.get(w.stem).copied().unwrap_or(NO_WORD);
        }
        let ids = &ids[..words.len()];
        let mut i = 0;
        while i < ids.len() {
            let phrase = (2..=MAX_PHRASE).rev().find_map(|len| {
                let part = ids.get(i..i + len)?;
                if part.contains(&NO_WORD) {
                    return None;
                }
                let mut key = [NO_WORD; MAX_PHRASE];
                key[..len].copy_from_slice(part);
                self.senses.get(&key).map(|&s| (s, len))
            });
            let (sense, len) = match phrase {
                Some((s, len)) => (Some(s), len),
                None => (self.senses.get(&[ids[i], NO_WORD, NO_WORD]).copied(), 1),
            };
            f(Piece {
                sense,
                first: i,
                len,
            });
            i += len;
        }
    }

    /// What a text means, or `None` when it is no header (too long, a question).
    fn concepts(&self, text: &str) -> Option<Concepts> {
        with_words(text, |words| {
            let mut c = Concepts::default();
            self.walk(words, |p| match p.sense {
                Some(Sense::Concept(id)) => c.add(id),
                Some(Sense::Filler) => {}
                None => c.unknown += 1,
            });
            c
        })
    }

    fn describe(&self, sense: Sense) -> String {
        match sense {
            Sense::Concept(id) => format!("'{}'", self.names[usize::from(id)]),
            Sense::Filler => "nothing (a filler)".to_string(),
        }
    }
}

/// A text's meaning: the concepts it names, sorted, each once, and how many of its words no
/// name uses. Fixed-size, so reading a cell allocates nothing.
#[derive(Debug, Clone, Copy, Default)]
struct Concepts {
    ids: [ConceptId; MAX_WORDS],
    len: u8,
    unknown: u8,
    /// One bit per concept id modulo 64: a quick test that one set cannot hold another.
    mask: u64,
}

impl Concepts {
    fn as_slice(&self) -> &[ConceptId] {
        &self.ids[..usize::from(self.len)]
    }

    fn add(&mut self, id: ConceptId) {
        let len = usize::from(self.len);
        let at = match self.ids[..len].binary_search(&id) {
            Ok(_) => return,
            Err(at) => at,
        };
        if len == MAX_WORDS {
            return;
        }
        self.ids.copy_within(at..len, at + 1);
        self.ids[at] = id;
        self.len += 1;
        self.mask |= 1 << (id % 64);
    }

    /// How many concepts the two sets share.
    fn shared(&self, other: &Concepts) -> usize {
        if self.mask & other.mask == 0 {
            return 0;
        }
        self.as_slice()
            .iter()
            .filter(|id| other.as_slice().binary_search(id).is_ok())
            .count()
    }
}

/// How well a header fits one name. Ordered: a better fit is greater.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Fit {
    strength: Strength,
    /// How many concepts the two share.
    shared: u8,
    /// What one says and the other does not (fewer is better).
    apart: std::cmp::Reverse<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Strength {
    /// Part of a name, or a name and more that another criterion is about: reported, not read.
    Weak,
    /// Every concept of a name, and a few words no name uses ("Średni czas reakcji P1").
    Covered,
    /// The same concepts as a name.
    Same,
}

impl Fit {
    fn is_clear(self) -> bool {
        self.strength > Strength::Weak
    }

    /// How a header fits a name of a slot whose names use the concepts `vocabulary`; `None`
    /// when they have too little in common. With `weak` false, only clear fits are looked for
    /// (quicker: most names fail the mask test).
    fn of(header: &Concepts, name: &Concepts, vocabulary: &[ConceptId], weak: bool) -> Option<Fit> {
        let (h, n) = (usize::from(header.len), usize::from(name.len));
        if n == 0 || h == 0 {
            return None;
        }
        let covers = name.mask & !header.mask == 0;
        if !covers && !weak {
            return None;
        }
        let shared = header.shared(name);
        let unknown = usize::from(header.unknown);
        let fit = |strength, apart: usize| Fit {
            strength,
            shared: shared as u8,
            apart: std::cmp::Reverse(apart as u8),
        };
        if shared == n {
            let extra = h - n;
            // Concepts beyond the name that none of the slot's names use: the header is also
            // about something else.
            let foreign = header
                .as_slice()
                .iter()
                .filter(|id| vocabulary.binary_search(id).is_err())
                .count();
            return match (extra, unknown) {
                (0, 0) => Some(fit(Strength::Same, 0)),
                (e, u) if foreign == 0 && u < n => Some(fit(Strength::Covered, e + u)),
                (e, u) if weak && e + u <= n => Some(fit(Strength::Weak, e + u)),
                _ => None,
            };
        }
        // A header that says part of a name, in words the names use ("Czas reakcji").
        let part = weak && shared == h && unknown == 0 && 2 * shared >= n;
        part.then(|| fit(Strength::Weak, n - shared))
    }
}

/// What a header is, by meaning.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Verdict {
    /// It names no slot, even in part.
    Nothing,
    /// It names this slot clearly; the reason says how ("ryczałt ≈ abonament").
    Match { slot: usize, reason: String },
    /// It fits these slots equally well (`tie`), or only weakly: reported, not read.
    Unclear { slots: Vec<usize>, tie: bool },
}

/// One name of a slot: as written, and what it means.
struct Name {
    text: String,
    concepts: Concepts,
}

/// The names of one slot (a criterion, or the vendor column) by meaning.
struct Slot {
    names: Vec<Name>,
    /// Every concept its names use, sorted.
    vocabulary: Vec<ConceptId>,
}

impl Slot {
    /// The slot's best fit for a header, over its names.
    fn fit(&self, header: &Concepts, weak: bool) -> Option<Fit> {
        self.names
            .iter()
            .filter_map(|n| Fit::of(header, &n.concepts, &self.vocabulary, weak))
            .max()
    }
}

/// The names of every slot (each criterion, then the vendor column) by meaning.
pub(super) struct ByMeaning {
    lexicon: Lexicon,
    slots: Vec<Slot>,
}

impl ByMeaning {
    /// The names of each slot, as written (ids, labels, `columns`, `vendor_columns`).
    pub fn new(slots: Vec<Vec<String>>) -> ByMeaning {
        let mut lexicon = Lexicon::new();
        for text in slots.iter().flatten() {
            lexicon.learn_name(text);
        }
        let slots = slots
            .into_iter()
            .map(|texts| {
                let names: Vec<Name> = texts
                    .into_iter()
                    .filter_map(|text| {
                        let concepts = lexicon.concepts(&text)?;
                        Some(Name { text, concepts })
                    })
                    .collect();
                let mut vocabulary: Vec<ConceptId> = names
                    .iter()
                    .flat_map(|n| n.concepts.as_slice().iter().copied())
                    .collect();
                vocabulary.sort_unstable();
                vocabulary.dedup();
                Slot { names, vocabulary }
            })
            .collect();
        ByMeaning { lexicon, slots }
    }

    /// The slot a header names clearly by meaning, if exactly one: quick, for scanning the
    /// first rows and columns of a table for its header.
    pub fn clear_slot(&self, text: &str) -> Option<usize> {
        let header = self.lexicon.concepts(text)?;
        if header.len == 0 {
            return None;
        }
        match self.fits(&header, false).as_slice() {
            [(slot, _)] => Some(*slot),
            [(slot, first), (_, second), ..] if first > second => Some(*slot),
            _ => None,
        }
    }

    /// The whole verdict on a header, with the reason of a match.
    pub fn verdict(&self, text: &str) -> Verdict {
        let Some(header) = self.lexicon.concepts(text) else {
            return Verdict::Nothing;
        };
        let fits = self.fits(&header, true);
        let Some(&(slot, top)) = fits.first() else {
            return Verdict::Nothing;
        };
        if top.is_clear() {
            let tied: Vec<usize> = fits
                .iter()
                .take_while(|(_, f)| *f == top)
                .map(|&(s, _)| s)
                .collect();
            return match tied.len() {
                1 => Verdict::Match {
                    slot,
                    reason: self.reason(text, slot, &header),
                },
                _ => Verdict::Unclear {
                    slots: tied,
                    tie: true,
                },
            };
        }
        // Loose fits: every slot sharing as much with the header as the closest, closest first.
        Verdict::Unclear {
            slots: fits
                .iter()
                .filter(|(_, f)| f.shared == top.shared)
                .map(|&(s, _)| s)
                .collect(),
            tie: false,
        }
    }

    /// Each slot's best fit for the header, best first (slot order among equals).
    fn fits(&self, header: &Concepts, weak: bool) -> Vec<(usize, Fit)> {
        let mut fits: Vec<(usize, Fit)> = self
            .slots
            .iter()
            .enumerate()
            .filter_map(|(slot, s)| s.fit(header, weak).map(|fit| (slot, fit)))
            .collect();
        fits.sort_by_key(|f| std::cmp::Reverse(f.1));
        fits
    }

    /// How a header met its slot's best name, in the words of both: "ryczałt ≈ abonament",
    /// else "as 'Kopie zapasowe'" when only the forms of the words differ. Of the slot's names
    /// that fit best, the one worded most like the header is named.
    fn reason(&self, text: &str, slot: usize, header: &Concepts) -> String {
        let slot = &self.slots[slot];
        let Some(top) = slot.fit(header, false) else {
            return String::new();
        };
        let ours = self.spoken(text);
        let Some((name, pairs)) = slot
            .names
            .iter()
            .filter(|n| Fit::of(header, &n.concepts, &slot.vocabulary, false) == Some(top))
            .map(|n| (n, self.synonyms_between(&ours, &n.text)))
            .min_by_key(|(_, pairs)| pairs.len())
        else {
            return String::new();
        };
        if pairs.is_empty() {
            format!("≈ '{}'", name.text.trim())
        } else {
            pairs.join(", ")
        }
    }

    /// The synonyms by which a header's words meet a name's: "ryczałt ≈ abonament".
    fn synonyms_between(&self, ours: &[(ConceptId, String, String)], name: &str) -> Vec<String> {
        let theirs = self.spoken(name);
        let mut pairs: Vec<String> = Vec::new();
        for (id, said, stems) in ours {
            if usize::from(*id) >= self.lexicon.groups {
                continue;
            }
            let Some((_, other, other_stems)) = theirs.iter().find(|(i, _, _)| i == id) else {
                continue;
            };
            // "kopia zapasowa" and "kopii" share a word: a longer way to say it, not a synonym.
            let shares_a_word = stems
                .split(' ')
                .any(|s| other_stems.split(' ').any(|o| o == s));
            let pair = format!("{said} ≈ {other}");
            if !shares_a_word && !pairs.contains(&pair) {
                pairs.push(pair);
            }
        }
        pairs
    }

    /// Each concept a text names: (the concept, the words that say it as written, their stems).
    fn spoken(&self, text: &str) -> Vec<(ConceptId, String, String)> {
        let runs = runs(text);
        with_words(text, |words| {
            let mut out = Vec::new();
            self.lexicon.walk(words, |p| {
                if let Some(Sense::Concept(id)) = p.sense {
                    let part = &words[p.first..p.first + p.len];
                    let said: Vec<&str> = part
                        .iter()
                        .map(|w| runs.get(usize::from(w.at)).map_or(w.stem, String::as_str))
                        .collect();
                    let stems: Vec<&str> = part.iter().map(|w| w.stem).collect();
                    out.push((id, said.join(" "), stems.join(" ")));
                }
            });
            out
        })
        .unwrap_or_default()
    }

    #[cfg(test)]
    fn concept_names(&self, text: &str) -> Option<Vec<String>> {
        let c = self.lexicon.concepts(text)?;
        let mut names: Vec<String> = c
            .as_slice()
            .iter()
            .map(|&id| self.lexicon.names[usize::from(id)].clone())
            .collect();
        names.extend((0..c.unknown).map(|_| "?".to_string()));
        Some(names)
    }
}

/// The runs of letters and digits of a text, lowercased as written: the words the tokenizer
/// counts, to name them back ("ryczałt", not "ryczalt").
fn runs(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    for c in text.trim().chars() {
        if c.is_alphanumeric() || crate::text::chars::is_combining(c) {
            current.extend(c.to_lowercase());
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn by_meaning(slots: &[&[&str]]) -> ByMeaning {
        ByMeaning::new(
            slots
                .iter()
                .map(|s| s.iter().map(|t| (*t).to_string()).collect())
                .collect(),
        )
    }

    #[test]
    fn the_synonym_table_says_each_thing_once() {
        assert_eq!(Lexicon::new().conflicts, Vec::<String>::new());
    }

    #[test]
    fn synonyms_stems_and_abbreviations_meet() {
        let m = by_meaning(&[]);
        let same = |a: &str, b: &str| {
            assert_eq!(m.concept_names(a), m.concept_names(b), "{a} / {b}");
        };
        same("Ryczałt miesięczny (netto)", "Abonament miesięczny");
        same("Abonament mies. [PLN]", "Subscription per month");
        same("Stawka za roboczogodzinę", "Hourly rate");
        same("Czas usunięcia awarii P1", "P1 restore time");
        same("Dostępność usługi", "Uptime");
        same("Kopia zapasowa - częstotliwość", "Backup frequency");
        same("Czas reakcji (krytyczne)", "Critical response");
        same("Nazwa wykonawcy", "Vendor");
        same("Czas reakcji – priorytet 1", "Reakcja P1");
        assert_eq!(
            m.concept_names("Ryczałt miesięczny (netto)").unwrap(),
            ["subscription", "month"]
        );
    }

    #[test]
    fn a_header_naming_one_slot_matches_with_its_reason() {
        let m = by_meaning(&[
            &["monthly_fee", "Abonament miesięczny", "Abonament"],
            &["hourly_rate", "Stawka godzinowa"],
        ]);
        assert_eq!(
            m.verdict("Ryczałt miesięczny (netto)"),
            Verdict::Match {
                slot: 0,
                reason: "ryczałt ≈ abonament".to_string()
            }
        );
        assert_eq!(m.clear_slot("Ryczałt miesięczny (netto)"), Some(0));
        assert_eq!(
            m.verdict("Stawka godzinowa [zł]"),
            Verdict::Match {
                slot: 1,
                reason: "≈ 'Stawka godzinowa'".to_string()
            }
        );
    }

    #[test]
    fn part_of_several_names_is_unclear() {
        let m = by_meaning(&[&["Czas reakcji P1"], &["Czas reakcji P2"], &["Monitoring"]]);
        assert_eq!(
            m.verdict("Czas reakcji"),
            Verdict::Unclear {
                slots: vec![0, 1],
                tie: false
            }
        );
        assert_eq!(m.clear_slot("Czas reakcji"), None);
    }

    #[test]
    fn two_slots_with_the_same_meaning_tie() {
        let m = by_meaning(&[&["Abonament"], &["Ryczałt"]]);
        assert_eq!(
            m.verdict("Opłata abonamentowa"),
            Verdict::Unclear {
                slots: vec![0, 1],
                tie: true
            }
        );
        assert_eq!(m.clear_slot("Opłata abonamentowa"), None);
    }

    #[test]
    fn unknown_words_beside_a_name_are_tolerated_up_to_a_point() {
        let m = by_meaning(&[&["Czas reakcji P1"], &["Monitoring"]]);
        assert!(matches!(
            m.verdict("Średni czas reakcji P1"),
            Verdict::Match { slot: 0, .. }
        ));
        // One unknown word beside a one-concept name is as much noise as signal.
        assert_eq!(
            m.verdict("Monitoring SEO"),
            Verdict::Unclear {
                slots: vec![1],
                tie: false
            }
        );
        assert_eq!(m.verdict("Imię i nazwisko"), Verdict::Nothing);
    }

    /// Prints what reading a cell by meaning costs (the header search reads up to 30 rows and
    /// 30 columns of cells so); not a check. Run with
    /// `cargo test --release --lib meaning::tests::speed -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn speed() {
        use std::hint::black_box;
        use std::time::Instant;
        let criteria = crate::criteria::profile("sme").unwrap().unwrap();
        let start = Instant::now();
        let names = super::super::headers::Names::of(&criteria);
        println!("names of the sme profile: {:?}", start.elapsed());
        let cells = [
            "tak",
            "1 000 zł",
            "Agencja Nova",
            "codziennie",
            "aktualizacje, kopie, monitoring",
            "Czas reakcji",
            "Ryczałt miesięczny (netto)",
            "Jaki jest czas reakcji na awarię krytyczną (P1)?",
        ];
        const N: u32 = 100_000;
        for cell in cells {
            let start = Instant::now();
            for _ in 0..N {
                black_box(names.meaning.clear_slot(black_box(cell)));
            }
            println!("{cell:>50}: {:?}", start.elapsed() / N);
        }
    }
}
