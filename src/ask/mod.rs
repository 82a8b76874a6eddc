//! What to ask each vendor next: every answer of an offer that could not be read or was read
//! with a doubt, every blank weighted answer, every contract term it is silent on, every red
//! flag and every knock-out a different answer could lift, turned into one question each,
//! most points at stake first. Pure: no IO.
//!
//! One question per thing to clarify: a red flag about blank answers (no SLA: no P1 response
//! time) takes those blanks in, and a knock-out for a blank or unreadable answer is that
//! answer's question, marked as deciding whether the offer is ranked at all.
//!
//! What goes to a vendor is only about their own offer: the questions quote their answers and
//! the buyer's requirements (which the questionnaire states anyway), never another vendor's
//! data, the weights or the points at stake.

pub mod questions;
mod wording;

use crate::analysis::Analysis;
use crate::criteria::{FlagAction, FlagRule, Kind as CriterionKind};
use crate::i18n::Msg;
use crate::issue::{Issue, Severity};

pub use wording::Quote;

/// The criteria group whose blanks are contract terms the offer is silent on.
pub const CONTRACT_GROUP: &str = "contract";

/// Why a question is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// An answer that breaks a requirement: the offer is out of the ranking.
    Knockout,
    /// A red flag raised on the offer.
    Flag,
    /// An answer that could not be read, or was read with a doubt.
    Unread,
    /// A blank answer to a criterion with weight.
    Blank,
    /// A contract term the offer is silent on.
    Term,
}

impl Kind {
    /// The word in JSON (`unread`, `blank`, `flag`, `knockout`, `term`).
    pub fn key(self) -> &'static str {
        match self {
            Kind::Knockout => "knockout",
            Kind::Flag => "flag",
            Kind::Unread => "unread",
            Kind::Blank => "blank",
            Kind::Term => "term",
        }
    }
}

/// One thing to clarify with a vendor.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub kind: Kind,
    /// The criteria it is about (indexes), in the criteria's order; empty for a flag about the
    /// monthly cost.
    pub criteria: Vec<usize>,
    /// The red flag raised (index into the criteria's `red_flags`), for [`Kind::Flag`].
    pub flag: Option<usize>,
    /// Points the offer could gain once it is clarified: the criterion's full share of the
    /// score for a blank or unclear answer, a flag's penalty, and the offer's whole score when
    /// it is out of the ranking until then.
    pub points: f64,
    /// Answering brings the offer back into the ranking: it is every reason the offer is out.
    pub lifts_knockout: bool,
    /// How many of the offer's reasons to be out of the ranking it is about (0: none).
    pub reasons: usize,
    /// The answer could be read, but with a doubt (not left out).
    pub doubtful: bool,
    /// A red flag's criteria whose answers were written but could not be read: quoted before
    /// the flag's question ("the offer says „szybko”…").
    pub unread: Vec<usize>,
    /// Where the answer is (`file:Sheet!C7`), when the offer has a cell for it.
    pub source: Option<String>,
}

impl Item {
    /// The question, vendor text quoted by `quote` (each format makes it inert its own way).
    pub fn question(&self, a: &Analysis, offer: usize, quote: &Quote) -> Msg {
        wording::question(self, a, offer, quote)
    }

    /// The criterion id it is about (the flag's tested value for a flag about the monthly
    /// cost), for scripts.
    pub fn criterion_id<'a>(&self, a: &'a Analysis) -> Option<&'a str> {
        if let Some(&j) = self.criteria.first() {
            return Some(&a.criteria.criteria[j].id);
        }
        let flag = &a.criteria.red_flags[self.flag?];
        match &flag.rule {
            FlagRule::BelowMean { criterion, .. }
            | FlagRule::BelowMedian { criterion, .. }
            | FlagRule::VagueText { criterion, .. }
            | FlagRule::OlderThan { criterion, .. }
            | FlagRule::Above { criterion, .. } => Some(criterion),
            FlagRule::Missing { .. } => None,
        }
    }
}

/// What the cell of criterion `j` leaves to clarify.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Fine,
    Blank,
    Unread,
    Doubtful,
}

/// Everything to clarify with the vendor of offer `o`, most points at stake first (then
/// knock-outs, flags, unclear answers, blanks, terms; then the criteria's order).
pub fn items(a: &Analysis, o: usize) -> Vec<Item> {
    let doubted: Vec<&Issue> = a
        .issues
        .iter()
        .filter(|i| i.offer == Some(o) && doubts(i))
        .collect();
    items_with(a, o, &doubted)
}

/// The places of every offer's doubted answers, gathered in one pass over the issues: for
/// [`Doubted::items`] of many offers.
pub struct Doubted<'a>(Vec<Vec<&'a Issue>>);

impl<'a> Doubted<'a> {
    pub fn of(a: &'a Analysis) -> Doubted<'a> {
        let mut doubted: Vec<Vec<&Issue>> = vec![Vec::new(); a.offers.len()];
        for i in a.issues.iter().filter(|i| doubts(i)) {
            if let Some(found) = i.offer.and_then(|o| doubted.get_mut(o)) {
                found.push(i);
            }
        }
        Doubted(doubted)
    }

    /// [`items`] of offer `o`.
    pub fn items(&self, a: &Analysis, o: usize) -> Vec<Item> {
        items_with(a, o, self.0.get(o).map_or(&[], Vec::as_slice))
    }
}

/// Readings noted at a cell that leave the vendor's meaning open: "ok. 2 h", a range of which
/// one end was taken, office hours assumed for "w godzinach pracy".
// not for people: catalogue ids of reading notes
const DOUBTFUL_NOTES: &[&str] = &[
    "note-approximate",
    "note-range-upper",
    "note-range-lower",
    "note-window-assumed",
];

/// Words dropped from a yes or no ("tak, po opłaceniu faktur", "tak (opcja płatna)"): a
/// condition on the answer.
// not for people: catalogue ids of reading notes
const DROPPED_WORDS: &[&str] = &["note-ignored-words", "note-ignored-after"];

/// Whether an issue casts doubt on the answer at its place: a warning or an error there, or a
/// reading noted as open. (Dropped words count only on a yes or no, see [`Doubted`].)
fn doubts(i: &Issue) -> bool {
    match i.severity {
        Severity::Warning | Severity::Error => true,
        Severity::Info => i
            .message
            .listed_ids("notes")
            .iter()
            .any(|id| DOUBTFUL_NOTES.contains(id) || DROPPED_WORDS.contains(id)),
    }
}

/// Dropped words that put a condition on an answer ("2 h (bez weekendów)", "1 h (opcja
/// płatna)", "4 h, zależnie od awarii"), folded.
// not for people: words of vendors' answers, folded
const CONDITIONS: &[&str] = &[
    "bez ", "zalez", "opcj", "plat", "dopl", "poza ", "oprocz", "jesli", "o ile", "gdy ", "po ",
    "tylko", "except", "without", "depend", "extra", "option", "only", "if ", "*",
];

/// Dropped words that only confirm the answer ("tak, w cenie"), folded.
// not for people: words of vendors' answers, folded
const CONFIRMATIONS: &[&str] = &[
    "w cenie",
    "wliczon",
    "w ramach",
    "w abonamencie",
    "included",
];

/// Whether a doubting issue still counts for criterion `c`: a warning always; a reading noted
/// as open always; words dropped from a yes or no unless they only confirm it; words dropped
/// from a figure only when they put a condition on it ("10% abonamentu za każdy przypadek" is
/// only what it says around the figure).
fn doubts_about(i: &Issue, c: &crate::criteria::Criterion) -> bool {
    if i.severity != Severity::Info {
        return true;
    }
    i.message.listed("notes").iter().any(|note| {
        if DOUBTFUL_NOTES.contains(&note.id()) {
            return true;
        }
        if !DROPPED_WORDS.contains(&note.id()) {
            return false;
        }
        // One text ("note-ignored-after") or a list of quoted spans ("note-ignored-words").
        let raw: String = match note.text_of("words") {
            Some(text) => text.to_string(),
            None => note
                .listed("words")
                .iter()
                .filter_map(|m| m.text_of("words"))
                .collect::<Vec<_>>()
                .join(" "),
        };
        let words = format!(" {} ", crate::text::fold_words(&raw));
        let confirms = CONFIRMATIONS.iter().any(|w| words.contains(w));
        let condition =
            raw.contains('*') || CONDITIONS.iter().any(|w| words.contains(&format!(" {w}")));
        if c.kind == CriterionKind::Bool {
            !confirms
        } else {
            condition && !confirms
        }
    })
}

/// [`items`], given the places of the offer's doubted answers.
fn items_with(a: &Analysis, o: usize, doubted: &[&Issue]) -> Vec<Item> {
    let total: f64 = a.weights.iter().sum();
    let share = |j: usize| {
        if total > 0.0 {
            100.0 * a.weights[j] / total
        } else {
            0.0
        }
    };
    // The score the offer has, or would have were it not knocked out.
    let own = a
        .scores
        .get(o)
        .copied()
        .filter(|s| s.is_finite())
        .unwrap_or(0.0);
    let mut out: Vec<Item> = Vec::new();
    for (j, c) in a.criteria.criteria.iter().enumerate() {
        if !asked(c) {
            continue;
        }
        let (kind, doubtful) = match state(a, j, o, doubted) {
            State::Fine => continue,
            State::Unread => (Kind::Unread, false),
            State::Doubtful => (Kind::Unread, true),
            State::Blank if c.group == CONTRACT_GROUP => (Kind::Term, false),
            State::Blank => (Kind::Blank, false),
        };
        out.push(Item {
            kind,
            criteria: vec![j],
            flag: None,
            points: share(j),
            lifts_knockout: false,
            reasons: 0,
            doubtful,
            unread: Vec::new(),
            source: source(a, j, o),
        });
    }
    knockouts(a, o, own, &share, &mut out);
    flags(a, o, own, &mut out);
    // Answering lifts the knock-out when it is every reason the offer is out.
    let reasons = a.evaluation.knockouts.get(o).map_or(0, Vec::len);
    for item in &mut out {
        item.lifts_knockout = reasons > 0 && item.reasons == reasons;
    }
    // Blanks of criteria without weight ask nothing, unless they decide a knock-out or are
    // contract terms.
    out.retain(|i| i.kind != Kind::Blank || i.points > 0.0 || i.reasons > 0);
    out.sort_by(|x, y| {
        y.points
            .total_cmp(&x.points)
            .then(x.kind.cmp(&y.kind))
            .then(x.criteria.first().cmp(&y.criteria.first()))
            .then(x.flag.cmp(&y.flag))
    });
    out
}

/// Whether a criterion is something to ask the vendor: not computed, not rated by the
/// buyer's people, not filled in by the buyer.
fn asked(c: &crate::criteria::Criterion) -> bool {
    !matches!(c.kind, CriterionKind::RiskCost | CriterionKind::Rating)
        && !questions::filled_by_buyer(c)
}

fn state(a: &Analysis, j: usize, o: usize, doubted: &[&Issue]) -> State {
    let cell = a.offers.cell(j, o);
    if cell.unreadable {
        return State::Unread;
    }
    let c = &a.criteria.criteria[j];
    let doubted = !doubted.is_empty()
        && source(a, j, o).is_some_and(|at| {
            doubted
                .iter()
                .any(|i| i.location == at && doubts_about(i, c))
        });
    match (&cell.value, doubted) {
        (None, true) => State::Unread,
        (None, false) => State::Blank,
        (Some(_), true) => State::Doubtful,
        (Some(_), false) => State::Fine,
    }
}

/// Where offer `o`'s answer to criterion `j` is, when its table has a column for it.
fn source(a: &Analysis, j: usize, o: usize) -> Option<String> {
    a.offers.source(j, o).map(|at| a.offers.location(at))
}

/// The knock-outs: one for a blank or unclear answer marks that answer's question; one for an
/// answer that breaks a requirement is a question of its own. Each of an offer's `reasons` to
/// be out of the ranking carries its part of the score it would have there.
fn knockouts(a: &Analysis, o: usize, own: f64, share: &dyn Fn(usize) -> f64, out: &mut Vec<Item>) {
    let Some(outs) = a.evaluation.knockouts.get(o) else {
        return;
    };
    let part = own / outs.len().max(1) as f64;
    for k in outs {
        let Some(j) = a.criteria.index_of(&k.criterion) else {
            // A red flag's knock-out: marked on the flag's question.
            continue;
        };
        if let Some(item) = out.iter_mut().find(|i| i.criteria == [j]) {
            item.reasons += 1;
            item.points += part;
            continue;
        }
        let blank = k.not_understood || a.offers.cell(j, o).value.is_none();
        out.push(Item {
            // A blank the weights left out above: asked because it decides the knock-out.
            kind: if blank { Kind::Blank } else { Kind::Knockout },
            criteria: vec![j],
            flag: None,
            // The answer's own share moves with it, and the offer's place.
            points: share(j) + part,
            lifts_knockout: false,
            reasons: 1,
            doubtful: false,
            unread: Vec::new(),
            source: source(a, j, o),
        });
    }
}

/// The red flags raised on the offer: each one question, taking in the questions about the
/// criteria it tests or `covers`.
fn flags(a: &Analysis, o: usize, own: f64, out: &mut Vec<Item>) {
    let Some(raised) = a.evaluation.flags.get(o) else {
        return;
    };
    let part = own / a.evaluation.knockouts[o].len().max(1) as f64;
    for f in raised {
        let Some(k) = a.criteria.red_flags.iter().position(|rf| *rf.id == *f.id) else {
            continue;
        };
        let rule = &a.criteria.red_flags[k];
        let ids: Vec<&str> = match &rule.rule {
            FlagRule::Missing { criteria } => criteria.iter().map(String::as_str).collect(),
            FlagRule::BelowMean { criterion, .. }
            | FlagRule::BelowMedian { criterion, .. }
            | FlagRule::VagueText { criterion, .. }
            | FlagRule::OlderThan { criterion, .. }
            | FlagRule::Above { criterion, .. } => vec![criterion.as_str()],
        };
        let criteria: Vec<usize> = ids
            .iter()
            .filter_map(|id| a.criteria.index_of(id))
            .collect();
        // The criteria its question also asks about: their own questions are taken in.
        let covered: Vec<usize> = criteria
            .iter()
            .copied()
            .chain(rule.covers.iter().filter_map(|id| a.criteria.index_of(id)))
            .collect();
        let disqualifies = rule.action == FlagAction::Disqualify;
        let mut item = Item {
            kind: Kind::Flag,
            criteria: criteria.clone(),
            flag: Some(k),
            points: f.penalty + if disqualifies { part } else { 0.0 },
            lifts_knockout: false,
            reasons: usize::from(disqualifies),
            doubtful: false,
            unread: Vec::new(),
            source: criteria.first().and_then(|&j| source(a, j, o)),
        };
        out.retain(|i| {
            let same = i.flag.is_none() && i.criteria.iter().any(|j| covered.contains(j));
            if same {
                item.points += i.points;
                item.reasons += i.reasons;
                if i.kind == Kind::Unread {
                    item.unread.extend(i.criteria.iter().copied());
                }
                for &j in &i.criteria {
                    if !item.criteria.contains(&j) {
                        item.criteria.push(j);
                    }
                }
            }
            !same
        });
        out.push(item);
    }
}
