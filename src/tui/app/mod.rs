//! The TUI's state and its one way to change: [`App::update`] takes an [`Action`] and returns
//! the [`Effect`] (save, export, quit) the event loop should carry out. No IO happens here.
//!
//! This file holds the state and its small queries; `update` dispatches actions on the main
//! screen, `popup` handles the windows over it, and `persist` takes the results of effects
//! (saved, exported, reloaded) back in.

mod odds;
mod persist;
mod popup;
mod update;

use crate::i18n::Msg;
use std::cell::Cell;
use std::path::PathBuf;

use crate::analysis::Analysis;
use crate::criteria::GROUPS;
use crate::export::Format;
use crate::sanitize::clean;
use crate::session::Source;
use crate::text::normalize_label;

pub use odds::Odds;
pub(crate) use persist::format_label;
pub use popup::Popup;

/// What a key, a mouse wheel turn or a paste means to the application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    Left,
    Right,
    NextPane,
    PrevPane,
    WeightUp,
    WeightDown,
    Save,
    Filter,
    /// Enter: offer details, or confirm a popup.
    Open,
    /// Esc: close a popup, clear the filter.
    Close,
    Export,
    Mark,
    Compare,
    /// `x`: the selected offer against the leader (or the leader against the runner-up).
    Explain,
    /// `a`: what to ask the selected offer's vendor.
    Ask,
    Issues,
    Help,
    Quit,
    /// Ctrl-C: the same as quit, also from inside popups and text fields.
    Interrupt,
    Yes,
    No,
    /// A character typed into a text field.
    Input(char),
    /// Text pasted into the terminal (typed into a text field; ignored elsewhere).
    Paste(String),
    Backspace,
    ScrollUp,
    ScrollDown,
}

/// How keys are read at the moment (see `keymap`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Normal,
    /// A text field has the focus: letters are typed, not commands.
    Text,
}

/// The panes `Tab` moves between.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Ranking,
    Weights,
    Details,
}

/// Work the event loop does for the app, reporting back through `App::saved` or `App::exported`.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Write `text` to `path`. `expected_sha256`: the file must still be what was loaded
    /// (saving in place); `None`: a new file, replaced only when `overwrite`.
    Save {
        path: PathBuf,
        text: String,
        expected_sha256: Option<String>,
        overwrite: bool,
    },
    /// Write the ranking; an existing file is replaced only when `overwrite`.
    Export {
        format: Format,
        path: PathBuf,
        overwrite: bool,
    },
    /// Put the questions to a vendor on the clipboard (through the terminal where it can), else
    /// into `file` (a new file, never over another).
    Copy {
        text: String,
        vendor: String,
        file: PathBuf,
    },
    Quit,
}

/// How a status message looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Info,
    Good,
    Error,
}

/// A row of the weights pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeightRow {
    /// A group heading (index into the app's group list).
    Group(usize),
    /// A criterion (index into the criteria).
    Criterion(usize),
}

/// The whole state of the screen.
#[derive(Debug)]
pub struct App {
    pub analysis: Analysis,
    pub source: Source,
    /// The criteria text weights are saved into, and its sha256 (what "changed on disk" is
    /// measured against).
    pub base_text: String,
    pub base_sha256: String,
    /// The offer files and folders given, for the status line.
    pub inputs: Vec<String>,
    /// Weights as in the saved file; the ones on screen differ when there are unsaved changes.
    pub saved_weights: Vec<f64>,
    pub focus: Pane,
    /// The selected offer (an index into `analysis.offers`), which follows it when it moves.
    pub selected: Option<usize>,
    /// The selected criterion (an index into the criteria).
    pub criterion: usize,
    pub details_scroll: usize,
    pub filter: String,
    pub filter_editing: bool,
    /// Offers marked with space for comparing, oldest first (at most two).
    pub marked: Vec<usize>,
    pub popup: Option<Popup>,
    /// Each offer's rank before the last weight change (`None`: knocked out or no change yet).
    pub previous_rank: Vec<Option<usize>>,
    /// Whether any weight change happened yet (the rank-change column is empty before).
    pub changed: bool,
    pub message: Option<(Level, Msg)>,
    /// A bad edit of the criteria file seen by live reload; the last good state stays on screen.
    pub reload_error: Option<Msg>,
    /// Quit once the pending save succeeds.
    quit_after_save: bool,
    pub color: bool,
    /// The language of the screen.
    pub lang: crate::i18n::Lang,
    /// Groups in screen order, and the weights pane's rows.
    pub groups: Vec<String>,
    pub weight_rows: Vec<WeightRow>,
    /// The offers' scores, shared with the background work on the chance of first place.
    pub sampler: crate::sensitivity::Sampler,
    /// Chance of first place, tipping points and price to win, as last computed (for the
    /// weights it names: older than the screen's while the work for a change is under way).
    pub odds: Option<Odds>,
    /// How far the scrolled views can go, as the last frame measured them (the view writes
    /// these; `update` clamps scrolling to them so that ↑ works at once after `G`).
    pub limits: ScrollLimits,
}

/// The largest useful scroll offsets of the last frame drawn.
#[derive(Debug, Default)]
pub struct ScrollLimits {
    pub details: Cell<usize>,
    pub issues: Cell<usize>,
    pub compare: Cell<usize>,
    pub ask: Cell<usize>,
}

impl App {
    /// A new screen over an analysis. `base_text` is the criteria file's text (or the
    /// profile's), which `s` writes the weights back into.
    pub fn new(analysis: Analysis, source: Source, base_text: String, inputs: Vec<String>) -> App {
        let base_sha256 = crate::digest::sha256_hex(base_text.as_bytes());
        let n = analysis.offers.len();
        let mut app = App {
            sampler: crate::sensitivity::Sampler::new(&analysis, &analysis.weights),
            odds: None,
            saved_weights: analysis.weights.clone(),
            selected: analysis.ranking.first().map(|r| r.offer),
            analysis,
            source,
            base_text,
            base_sha256,
            inputs,
            focus: Pane::Ranking,
            criterion: 0,
            details_scroll: 0,
            filter: String::new(),
            filter_editing: false,
            marked: Vec::new(),
            popup: None,
            previous_rank: vec![None; n],
            changed: false,
            message: None,
            reload_error: None,
            quit_after_save: false,
            color: true,
            lang: crate::i18n::Lang::En,
            groups: Vec::new(),
            weight_rows: Vec::new(),
            limits: ScrollLimits {
                details: Cell::new(usize::MAX),
                issues: Cell::new(usize::MAX),
                compare: Cell::new(usize::MAX),
                ask: Cell::new(usize::MAX),
            },
        };
        app.layout_weights();
        app.criterion = app.first_criterion();
        app
    }

    /// How keys are read now.
    pub fn mode(&self) -> Mode {
        match &self.popup {
            Some(Popup::Export { .. } | Popup::SaveAs { .. }) => Mode::Text,
            None if self.filter_editing => Mode::Text,
            _ => Mode::Normal,
        }
    }

    /// Whether the weights on screen differ from the saved file.
    pub fn dirty(&self) -> bool {
        self.analysis.weights != self.saved_weights
    }

    /// Offers shown in the ranking (filtered), as indices into `analysis.ranking`.
    pub fn visible(&self) -> Vec<usize> {
        let needle = normalize_label(&self.filter);
        (0..self.analysis.ranking.len())
            .filter(|&i| {
                needle.is_empty() || {
                    let o = self.analysis.ranking[i].offer;
                    normalize_label(&self.analysis.offers.offers[o].vendor).contains(&needle)
                }
            })
            .collect()
    }

    /// The selected offer's position among the visible rows.
    pub fn selected_row(&self, visible: &[usize]) -> Option<usize> {
        let sel = self.selected?;
        visible
            .iter()
            .position(|&i| self.analysis.ranking[i].offer == sel)
    }

    /// Current rank of every offer.
    pub fn ranks(&self) -> Vec<Option<usize>> {
        let mut ranks = vec![None; self.analysis.offers.len()];
        for r in &self.analysis.ranking {
            ranks[r.offer] = r.rank;
        }
        ranks
    }

    /// Places moved up (positive) or down (negative) by the last weight change.
    pub fn rank_change(&self, offer: usize) -> i64 {
        if !self.changed {
            return 0;
        }
        let now = self.analysis.ranking.iter().find(|r| r.offer == offer);
        match (self.previous_rank[offer], now.and_then(|r| r.rank)) {
            (Some(before), Some(after)) => before as i64 - after as i64,
            _ => 0,
        }
    }

    /// Sum of the weights on screen.
    pub(crate) fn total_weight(&self) -> f64 {
        self.analysis.weights.iter().sum()
    }

    /// A vendor name, safe for the screen.
    pub fn vendor(&self, offer: usize) -> String {
        clean(&self.analysis.offers.offers[offer].vendor).into_owned()
    }

    /// Shows a message in the status line until the next one.
    pub fn say(&mut self, level: Level, message: Msg) {
        self.message = Some((level, message));
    }

    /// Groups criteria for the weights pane: the known groups in their usual order, then any
    /// others, each criterion under its group in file order.
    fn layout_weights(&mut self) {
        let criteria = &self.analysis.criteria.criteria;
        let mut groups: Vec<String> = GROUPS
            .iter()
            .filter(|g| criteria.iter().any(|c| c.group == **g))
            .map(|g| g.to_string())
            .collect();
        for c in criteria {
            if !groups.contains(&c.group) {
                groups.push(c.group.clone());
            }
        }
        let mut rows = Vec::new();
        for (g, name) in groups.iter().enumerate() {
            rows.push(WeightRow::Group(g));
            rows.extend(
                criteria
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| &c.group == name)
                    .map(|(j, _)| WeightRow::Criterion(j)),
            );
        }
        self.groups = groups;
        self.weight_rows = rows;
    }

    /// The first criterion in the weights pane's order.
    fn first_criterion(&self) -> usize {
        self.weight_rows
            .iter()
            .find_map(|r| match r {
                WeightRow::Criterion(j) => Some(*j),
                WeightRow::Group(_) => None,
            })
            .unwrap_or(0)
    }
}

/// Why a save failed, as far as the app needs to know.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveFailure {
    /// A new file's name is taken: ask before overwriting.
    Exists,
    Other(Msg),
}

/// Pasted text for a one-line field: control characters and line breaks dropped.
fn one_line(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).collect()
}
