//! The offers as normalize hands them on: typed answers per criterion, each with the cell it
//! came from.

use rust_decimal::Decimal;

use crate::table::{RawTable, Text};

use super::value::{Tax, Window};

/// Where a value came from: a cell of one of the tables (see [`Offers::location`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceRef {
    pub table: u32,
    pub row: u32,
    pub col: u32,
}

/// A parsed answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Numbers, money, percents (in %), durations (in the criterion's unit), years.
    Num(Decimal),
    Bool(bool),
    /// Index into the criterion's `choices`.
    Choice(usize),
    /// Free text; the text itself is the cell's `raw`.
    Text,
}

/// One offer's answer to one criterion; where it is, [`Offers::source`] says.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cell {
    /// The cell as the spreadsheet shows it (empty when the criterion had no column).
    pub raw: Text,
    /// `None` when blank or unreadable.
    pub value: Option<Value>,
    /// The service window written with a response or restore time (`None`: none written).
    pub window: Option<Window>,
    /// The cell held an answer that could not be read (an error at the cell says why).
    pub unreadable: bool,
}

/// One vendor's offer.
#[derive(Debug, Clone, PartialEq)]
pub struct Offer {
    pub vendor: String,
    /// Where the offer's vendor name is (or its first answer, when named after the file).
    pub source: SourceRef,
    /// The remarks written beside the answers, trimmed, in the order the sheet holds them: each
    /// non-empty cell of a notes column ("Uwagi", "Notes"), then, in a questionnaire, each
    /// remark beside an answer, after its question ("Czas reakcji P1: także w weekendy").
    pub notes: Vec<String>,
    /// The name as written, when another offer had it too and this one is shown as
    /// `Name (2)`.
    pub renamed_from: Option<String>,
}

impl Offer {
    /// The name the vendor wrote: what goes to them (a letter, a follow-up), never the
    /// `Name (2)` that tells two offers apart on the buyer's side.
    pub fn name_as_written(&self) -> &str {
        self.renamed_from.as_deref().unwrap_or(&self.vendor)
    }

    /// The notes as one text, joined with "; " (how every export shows them); `None` when there
    /// are none.
    pub fn notes_text(&self) -> Option<String> {
        (!self.notes.is_empty()).then(|| self.notes.join(NOTES_SEPARATOR))
    }
}

/// What joins an offer's notes into one text.
const NOTES_SEPARATOR: &str = "; ";

/// How a table's offers are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// One offer per row under a header row.
    Rows,
    /// One offer per column, criteria down a column.
    Columns,
    /// One agency's questionnaire: questions down a column, answers beside them.
    Questionnaire,
}

impl Layout {
    pub fn describe(self) -> &'static str {
        match self {
            Layout::Rows => "one offer per row",
            Layout::Columns => "one offer per column",
            Layout::Questionnaire => "questionnaire",
        }
    }
}

/// What was made of one table (a CSV file or one sheet), for `check`.
#[derive(Debug, Clone, PartialEq)]
pub struct TableReport {
    /// `file` or `file:Sheet`.
    pub name: String,
    pub file: String,
    /// `None` when the table was skipped.
    pub layout: Option<Layout>,
    /// Why the table was skipped.
    pub skipped: Option<crate::i18n::Msg>,
    /// Where the header row (or criteria column) is.
    pub header: Option<String>,
    pub offers: usize,
    /// (header text, criterion id) for every matched column, in column order; the id is
    /// "(vendor name)" or "(package, part of the offer's name)" for those columns.
    pub matched: Vec<(String, String)>,
    /// How each of `matched` was made, in the same order.
    pub matched_by: Vec<MatchedBy>,
}

impl TableReport {
    /// Each matched column: (header text, what it names, how it was matched).
    pub fn matches(&self) -> impl Iterator<Item = (&str, &str, &MatchedBy)> {
        self.matched
            .iter()
            .zip(&self.matched_by)
            .map(|((h, id), by)| (h.as_str(), id.as_str(), by))
    }
}

/// How a header was matched to what it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MatchedBy {
    /// The header is one of the names listed for it (the criterion's id, label or `columns`,
    /// or `vendor_columns`), up to case, accents, punctuation and a trailing bracket.
    Alias,
    /// By meaning: the words of the header, after stems, synonyms and dropped units, say what
    /// one of the names says. The reason in short: "ryczałt ≈ abonament", or "as 'Abonament'".
    Meaning(String),
}

impl MatchedBy {
    /// "alias", or "meaning: ryczałt ≈ abonament".
    pub fn describe(&self) -> String {
        match self {
            MatchedBy::Alias => "alias".to_string(),
            MatchedBy::Meaning(reason) => format!("meaning: {reason}"),
        }
    }
}

/// The offers, column-major: `cells[criterion][offer]`, in the criteria's order. A criterion
/// that no table has a column for holds no cells at all (read them through [`Offers::cell`]).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Offers {
    /// The tables the offers came from, without their cells: enough to name a location.
    pub tables: Vec<RawTable>,
    pub offers: Vec<Offer>,
    pub cells: Vec<Vec<Cell>>,
    pub reports: Vec<TableReport>,
    /// (criterion, offer, net or gross) of every price that said which, noted while parsing.
    pub(super) taxes: Vec<(usize, usize, Tax)>,
    /// `columns[table][criterion]`: the column of each table that answers a criterion, where
    /// each of its offers' answers is (on the offer's line).
    pub(super) columns: Vec<Vec<Option<u32>>>,
    /// What the evaluators gave each offer on each rating criterion, by (criterion, offer).
    pub rated: std::collections::BTreeMap<(usize, usize), Rated>,
}

/// What the evaluators gave one offer on one rating criterion.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Rated {
    /// (evaluator, points, where), in the order the ratings files were read.
    pub by: Vec<(String, f64, String)>,
    /// (evaluator, comment) about the vendor.
    pub comments: Vec<(String, String)>,
    /// The highest rating less the lowest.
    pub spread: f64,
}

impl Offers {
    /// Leaves out the offers marked in `gone`; each old index's new one (`None`: left out).
    pub(super) fn drop_offers(&mut self, gone: &[bool]) -> Vec<Option<usize>> {
        let mut next = 0;
        let new_index: Vec<Option<usize>> = gone
            .iter()
            .map(|&g| {
                (!g).then(|| {
                    next += 1;
                    next - 1
                })
            })
            .collect();
        let kept = |o: usize| !gone.get(o).copied().unwrap_or(false);
        let mut o = 0;
        self.offers.retain(|_| {
            o += 1;
            kept(o - 1)
        });
        for column in self.cells.iter_mut().filter(|c| !c.is_empty()) {
            let mut o = 0;
            column.retain(|_| {
                o += 1;
                kept(o - 1)
            });
        }
        self.taxes.retain(|&(_, o, _)| kept(o));
        for (_, o, _) in &mut self.taxes {
            *o = new_index[*o].unwrap_or(*o);
        }
        self.rated = std::mem::take(&mut self.rated)
            .into_iter()
            .filter_map(|((j, o), r)| new_index.get(o).copied().flatten().map(|n| ((j, n), r)))
            .collect();
        new_index
    }

    pub fn len(&self) -> usize {
        self.offers.len()
    }

    /// Whether offer `o` wrote no name, and is named after its place ("(Oferty!A7)").
    pub fn unnamed(&self, o: usize) -> bool {
        self.offers.get(o).is_some_and(|offer| {
            offer.vendor.len() > 2
                && offer.vendor.starts_with('(')
                && offer.vendor.ends_with(')')
                && offer.vendor[1..offer.vendor.len() - 1] == self.location(offer.source)
        })
    }

    pub fn is_empty(&self) -> bool {
        self.offers.is_empty()
    }

    /// `file:row:col` or `file:Sheet!C7`.
    pub fn location(&self, src: SourceRef) -> String {
        match self.tables.get(src.table as usize) {
            Some(t) => t.location(src.row as usize, src.col as usize),
            None => String::from("?"),
        }
    }

    /// Where one offer's answer to one criterion is: `None` when its table has no column for
    /// the criterion.
    pub fn source(&self, criterion: usize, offer: usize) -> Option<SourceRef> {
        let line = self.offers.get(offer)?.source;
        let col = (*self.columns.get(line.table as usize)?.get(criterion)?)?;
        Some(SourceRef { col, ..line })
    }

    /// One offer's answer to one criterion (an empty cell when there was no column for it).
    pub fn cell(&self, criterion: usize, offer: usize) -> &Cell {
        static EMPTY: Cell = Cell {
            raw: Text::const_new(""),
            value: None,
            window: None,
            unreadable: false,
        };
        self.cells
            .get(criterion)
            .and_then(|c| c.get(offer))
            .unwrap_or(&EMPTY)
    }
}
