//! The TUI's state and its one way to change: [`App::update`] takes an [`Action`] and returns
//! the [`Effect`] (save, export, quit) the event loop should carry out. No IO happens here.

use std::cell::Cell;
use std::path::PathBuf;

use crate::analysis::Analysis;
use crate::criteria::edit as weights_file;
use crate::criteria::{self, GROUPS};
use crate::export::Format;
use crate::export::clean;
use crate::normalize::value::normalize_label;
use crate::session::Source;

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

/// A window over the screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Popup {
    Help,
    Issues {
        scroll: usize,
    },
    /// Two offers side by side.
    Compare {
        a: usize,
        b: usize,
        scroll: usize,
    },
    Export {
        format: Format,
        path: String,
        /// Whether the user typed in the path (then a format change keeps it).
        edited: bool,
    },
    /// Name the file a built-in profile is saved as.
    SaveAs {
        path: String,
    },
    /// The file named in SaveAs exists.
    Overwrite {
        path: String,
    },
    /// The file named for an export exists.
    ExportExists {
        format: Format,
        path: String,
    },
    /// Unsaved changes on quit.
    Quit,
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
    pub message: Option<(Level, String)>,
    /// A bad edit of the criteria file seen by live reload; the last good state stays on screen.
    pub reload_error: Option<String>,
    /// Quit once the pending save succeeds.
    quit_after_save: bool,
    pub color: bool,
    /// Groups in screen order, and the weights pane's rows.
    pub groups: Vec<String>,
    pub weight_rows: Vec<WeightRow>,
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
}

impl App {
    /// A new screen over an analysis. `base_text` is the criteria file's text (or the
    /// profile's), which `s` writes the weights back into.
    pub fn new(analysis: Analysis, source: Source, base_text: String, inputs: Vec<String>) -> App {
        let base_sha256 = criteria::sha256_hex(base_text.as_bytes());
        let n = analysis.offers.len();
        let mut app = App {
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
            groups: Vec::new(),
            weight_rows: Vec::new(),
            limits: ScrollLimits {
                details: Cell::new(usize::MAX),
                issues: Cell::new(usize::MAX),
                compare: Cell::new(usize::MAX),
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
    pub fn total_weight(&self) -> f64 {
        self.analysis.weights.iter().sum()
    }

    /// Carries out one action; returns what the event loop must do for it.
    pub fn update(&mut self, action: Action) -> Option<Effect> {
        if action == Action::Interrupt {
            return self.quit();
        }
        if let Some(popup) = self.popup.take() {
            return self.update_popup(popup, action);
        }
        if self.filter_editing {
            return self.update_filter(action);
        }
        match action {
            Action::Up | Action::ScrollUp => self.step(-1),
            Action::Down | Action::ScrollDown => self.step(1),
            Action::PageUp => self.step(-10),
            Action::PageDown => self.step(10),
            Action::Top => self.step(i64::MIN / 2),
            Action::Bottom => self.step(i64::MAX / 2),
            Action::NextPane => {
                self.focus = match self.focus {
                    Pane::Ranking => Pane::Weights,
                    Pane::Weights => Pane::Details,
                    Pane::Details => Pane::Ranking,
                }
            }
            Action::PrevPane => {
                self.focus = match self.focus {
                    Pane::Ranking => Pane::Details,
                    Pane::Weights => Pane::Ranking,
                    Pane::Details => Pane::Weights,
                }
            }
            // The weights pane comes forward, so that the change is seen where it is made.
            Action::WeightUp => {
                self.focus = Pane::Weights;
                self.change_weight(1.0)
            }
            Action::WeightDown => {
                self.focus = Pane::Weights;
                self.change_weight(-1.0)
            }
            Action::Save => return self.save(),
            Action::Filter => {
                self.filter_editing = true;
                self.focus = Pane::Ranking;
            }
            Action::Open => {
                if self.focus == Pane::Ranking {
                    self.focus = Pane::Details;
                    self.details_scroll = 0;
                }
            }
            Action::Close => {
                if !self.filter.is_empty() {
                    self.filter.clear();
                    self.keep_selection_visible();
                } else if self.focus == Pane::Details {
                    self.focus = Pane::Ranking;
                }
                self.message = None;
            }
            Action::Export => {
                let format = Format::MENU[0];
                self.popup = Some(Popup::Export {
                    format,
                    path: default_export_path(format),
                    edited: false,
                });
            }
            Action::Mark => self.toggle_mark(),
            Action::Compare => self.compare(),
            Action::Issues => self.popup = Some(Popup::Issues { scroll: 0 }),
            Action::Help => self.popup = Some(Popup::Help),
            Action::Quit => return self.quit(),
            Action::Left
            | Action::Right
            | Action::Yes
            | Action::No
            | Action::Input(_)
            | Action::Paste(_)
            | Action::Backspace
            | Action::Interrupt => {}
        }
        None
    }

    fn quit(&mut self) -> Option<Effect> {
        if self.dirty() && self.popup != Some(Popup::Quit) {
            self.popup = Some(Popup::Quit);
            self.quit_after_save = false;
            None
        } else {
            Some(Effect::Quit)
        }
    }

    fn update_filter(&mut self, action: Action) -> Option<Effect> {
        match action {
            Action::Input(c) => self.filter.push(c),
            Action::Paste(text) => self.filter.push_str(&one_line(&text)),
            Action::Backspace => {
                self.filter.pop();
            }
            Action::Open | Action::Down | Action::Up => self.filter_editing = false,
            Action::Close => {
                self.filter.clear();
                self.filter_editing = false;
            }
            _ => {}
        }
        self.keep_selection_visible();
        None
    }

    /// Keeps a visible offer selected while the filter narrows or widens the list.
    fn keep_selection_visible(&mut self) {
        let visible = self.visible();
        if self.selected_row(&visible).is_none() {
            self.selected = visible.first().map(|&i| self.analysis.ranking[i].offer);
        }
    }

    fn update_popup(&mut self, popup: Popup, action: Action) -> Option<Effect> {
        let scrolled = |scroll: usize, max: usize| {
            let scroll = scroll.min(max);
            match action {
                Action::Up | Action::ScrollUp => Some(scroll.saturating_sub(1)),
                Action::Down | Action::ScrollDown => Some(scroll.saturating_add(1).min(max)),
                Action::PageUp => Some(scroll.saturating_sub(10)),
                Action::PageDown => Some(scroll.saturating_add(10).min(max)),
                Action::Top => Some(0),
                Action::Bottom => Some(max),
                _ => None,
            }
        };
        let closes = matches!(action, Action::Close | Action::Quit | Action::Open);
        match popup {
            Popup::Help => {
                if !closes && action != Action::Help {
                    self.popup = Some(Popup::Help);
                }
            }
            Popup::Issues { scroll } => {
                if let Some(scroll) = scrolled(scroll, self.limits.issues.get()) {
                    self.popup = Some(Popup::Issues { scroll });
                } else if !closes && action != Action::Issues {
                    self.popup = Some(Popup::Issues { scroll });
                }
            }
            Popup::Compare { a, b, scroll } => {
                let scroll = scrolled(scroll, self.limits.compare.get()).unwrap_or(scroll);
                if !closes && action != Action::Compare {
                    self.popup = Some(Popup::Compare { a, b, scroll });
                }
            }
            Popup::Quit => match action {
                Action::Yes | Action::Save => {
                    self.quit_after_save = true;
                    return self.save();
                }
                Action::No => return Some(Effect::Quit),
                // A second `q` (a double tap, key repeat) must not throw changes away.
                Action::Close | Action::Quit => {}
                _ => self.popup = Some(Popup::Quit),
            },
            Popup::Export {
                mut format,
                mut path,
                mut edited,
            } => match action {
                Action::Close => {}
                Action::Open => {
                    let path = path.trim().to_string();
                    if path.is_empty() {
                        self.popup = Some(Popup::Export {
                            format,
                            path,
                            edited,
                        });
                        self.say(Level::Error, "Type the file to export to.");
                    } else {
                        return Some(Effect::Export {
                            format,
                            path: PathBuf::from(path),
                            overwrite: false,
                        });
                    }
                }
                Action::NextPane | Action::Right | Action::PrevPane | Action::Left => {
                    let step = if matches!(action, Action::PrevPane | Action::Left) {
                        Format::MENU.len() - 1
                    } else {
                        1
                    };
                    let i = Format::MENU.iter().position(|f| *f == format);
                    format = Format::MENU[(i.unwrap_or(0) + step) % Format::MENU.len()];
                    if !edited {
                        path = default_export_path(format);
                    }
                    self.popup = Some(Popup::Export {
                        format,
                        path,
                        edited,
                    });
                }
                Action::Input(_) | Action::Paste(_) => {
                    match action {
                        Action::Input(c) => path.push(c),
                        Action::Paste(text) => path.push_str(&one_line(&text)),
                        _ => {}
                    }
                    edited = true;
                    self.popup = Some(Popup::Export {
                        format,
                        path,
                        edited,
                    });
                }
                Action::Backspace => {
                    path.pop();
                    edited = true;
                    self.popup = Some(Popup::Export {
                        format,
                        path,
                        edited,
                    });
                }
                _ => {
                    self.popup = Some(Popup::Export {
                        format,
                        path,
                        edited,
                    })
                }
            },
            Popup::SaveAs { mut path } => match action {
                Action::Close => self.quit_after_save = false,
                Action::Open => {
                    let path = path.trim().to_string();
                    if path.is_empty() {
                        self.popup = Some(Popup::SaveAs { path });
                    } else {
                        return self.save_to(PathBuf::from(path), false);
                    }
                }
                Action::Input(c) => {
                    path.push(c);
                    self.popup = Some(Popup::SaveAs { path });
                }
                Action::Paste(text) => {
                    path.push_str(&one_line(&text));
                    self.popup = Some(Popup::SaveAs { path });
                }
                Action::Backspace => {
                    path.pop();
                    self.popup = Some(Popup::SaveAs { path });
                }
                _ => self.popup = Some(Popup::SaveAs { path }),
            },
            Popup::ExportExists { format, path } => match action {
                Action::Yes => {
                    return Some(Effect::Export {
                        format,
                        path: PathBuf::from(path),
                        overwrite: true,
                    });
                }
                Action::No | Action::Close => {
                    self.popup = Some(Popup::Export {
                        format,
                        path,
                        edited: true,
                    });
                }
                _ => self.popup = Some(Popup::ExportExists { format, path }),
            },
            Popup::Overwrite { path } => match action {
                Action::Yes => return self.save_to(PathBuf::from(path), true),
                Action::No | Action::Close => {
                    self.popup = Some(Popup::SaveAs { path });
                }
                _ => self.popup = Some(Popup::Overwrite { path }),
            },
        }
        None
    }

    /// Moves the selection of the focused pane.
    fn step(&mut self, by: i64) {
        match self.focus {
            Pane::Ranking => {
                let visible = self.visible();
                if visible.is_empty() {
                    return;
                }
                let at = self.selected_row(&visible).unwrap_or(0) as i64;
                let to = (at.saturating_add(by)).clamp(0, visible.len() as i64 - 1) as usize;
                self.selected = Some(self.analysis.ranking[visible[to]].offer);
                self.details_scroll = 0;
            }
            Pane::Weights => {
                let order: Vec<usize> = self
                    .weight_rows
                    .iter()
                    .filter_map(|r| match r {
                        WeightRow::Criterion(j) => Some(*j),
                        WeightRow::Group(_) => None,
                    })
                    .collect();
                if order.is_empty() {
                    return;
                }
                let at = order.iter().position(|&j| j == self.criterion).unwrap_or(0) as i64;
                let to = (at.saturating_add(by)).clamp(0, order.len() as i64 - 1) as usize;
                self.criterion = order[to];
            }
            Pane::Details => {
                let max = self.limits.details.get().min(u16::MAX as usize) as i64;
                self.details_scroll = (self.details_scroll.min(max as usize) as i64)
                    .saturating_add(by)
                    .clamp(0, max) as usize;
            }
        }
    }

    /// `+`/`-`: the selected criterion's weight ±1 (never below 0, never all zero), then the
    /// ranking at once.
    fn change_weight(&mut self, by: f64) {
        let j = self.criterion;
        let Some(c) = self.analysis.criteria.criteria.get(j) else {
            return;
        };
        let label = clean(&c.label).into_owned();
        let old = self.analysis.weights[j];
        // Rounded to nine decimals: 0.3 + 1 - 1 is 0.3 again, not 0.30000000000000004.
        let new = (((old + by) * 1e9).round() / 1e9).max(0.0);
        if new == old {
            self.say(Level::Info, format!("{label}: the weight is already 0."));
            return;
        }
        if new == 0.0 && self.total_weight() - old <= 0.0 {
            self.say(
                Level::Error,
                "At least one criterion must keep a weight above 0.",
            );
            return;
        }
        let leader_before = self.leader();
        self.previous_rank = self.ranks();
        self.changed = true;
        self.analysis.weights[j] = new;
        // Exports from the screen show the weights that made the ranking.
        self.analysis.criteria.criteria[j].weight = new;
        self.analysis.rerank();
        let leader_after = self.leader();
        let lead = match (leader_before, leader_after) {
            (Some(b), Some(a)) if a != b => {
                format!(" · new leader: {} (was {})", self.vendor(a), self.vendor(b))
            }
            (_, Some(a)) => format!(" · {} leads", self.vendor(a)),
            _ => String::new(),
        };
        self.say(
            Level::Info,
            format!("{label}: weight {} → {}{lead}", num(old), num(new)),
        );
    }

    fn leader(&self) -> Option<usize> {
        self.analysis
            .ranking
            .first()
            .filter(|r| r.rank.is_some())
            .map(|r| r.offer)
    }

    /// A vendor name, safe for the screen.
    pub fn vendor(&self, offer: usize) -> String {
        clean(&self.analysis.offers.offers[offer].vendor).into_owned()
    }

    fn toggle_mark(&mut self) {
        let Some(sel) = self.selected else { return };
        if let Some(i) = self.marked.iter().position(|&o| o == sel) {
            self.marked.remove(i);
            return;
        }
        if self.marked.len() == 2 {
            self.marked.remove(0);
        }
        self.marked.push(sel);
        if self.marked.len() == 2 {
            self.say(Level::Info, "Two offers marked: press c to compare them.");
        }
    }

    fn compare(&mut self) {
        let pair = match (self.marked.as_slice(), self.selected) {
            ([a, b], _) => Some((*a, *b)),
            ([a], Some(s)) if *a != s => Some((*a, s)),
            _ => None,
        };
        match pair {
            Some((a, b)) => {
                // Better-ranked offer on the left.
                let pos = |o: usize| self.analysis.ranking.iter().position(|r| r.offer == o);
                let (a, b) = if pos(b) < pos(a) { (b, a) } else { (a, b) };
                self.popup = Some(Popup::Compare { a, b, scroll: 0 });
                self.message = None;
            }
            None => self.say(
                Level::Info,
                "Mark two offers with space (or one, and select the other), then press c.",
            ),
        }
    }

    /// `s`: saves in place, or asks for a file name for a built-in profile.
    fn save(&mut self) -> Option<Effect> {
        if !self.dirty() {
            self.say(Level::Info, "No unsaved weight changes.");
            if self.quit_after_save {
                return Some(Effect::Quit);
            }
            return None;
        }
        match &self.source {
            Source::File(path) => {
                let path = path.clone();
                self.save_to(path, false)
            }
            Source::Profile(name) => {
                self.popup = Some(Popup::SaveAs {
                    path: format!("{name}.toml"),
                });
                None
            }
        }
    }

    /// The criteria text with the weights on screen, as `s` would save it.
    pub fn text_to_save(&self) -> Option<String> {
        weights_file::set_weights(&self.base_text, &self.changes()).ok()
    }

    /// (criterion id, weight) of every weight changed since the last save.
    fn changes(&self) -> Vec<(&str, f64)> {
        self.analysis
            .criteria
            .criteria
            .iter()
            .zip(self.analysis.weights.iter().zip(&self.saved_weights))
            .filter(|(_, (now, saved))| now != saved)
            .map(|(c, (now, _))| (c.id.as_str(), *now))
            .collect()
    }

    fn save_to(&mut self, path: PathBuf, overwrite: bool) -> Option<Effect> {
        match weights_file::set_weights(&self.base_text, &self.changes()) {
            Ok(text) => Some(Effect::Save {
                path,
                text,
                expected_sha256: match self.source {
                    Source::File(_) => Some(self.base_sha256.clone()),
                    Source::Profile(_) => None,
                },
                overwrite,
            }),
            Err(e) => {
                self.quit_after_save = false;
                self.say(Level::Error, format!("Not saved: {e}"));
                None
            }
        }
    }

    /// The outcome of an [`Effect::Save`]. `exists` tells a refused new file apart from other
    /// errors, to ask about overwriting.
    pub fn saved(
        &mut self,
        path: PathBuf,
        text: String,
        result: Result<(), SaveFailure>,
    ) -> Option<Effect> {
        match result {
            Ok(()) => {
                self.base_sha256 = criteria::sha256_hex(text.as_bytes());
                self.base_text = text;
                self.saved_weights = self.analysis.weights.clone();
                let backup = if matches!(self.source, Source::File(_)) {
                    format!(" (the previous version is in {}.bak)", path.display())
                } else {
                    String::new()
                };
                let shown = path.display().to_string();
                self.analysis.criteria.origin = shown.clone();
                self.analysis.criteria.sha256 = self.base_sha256.clone();
                self.source = Source::File(path);
                self.say(
                    Level::Good,
                    format!("Saved the weights to {shown}{backup}."),
                );
                if self.quit_after_save {
                    return Some(Effect::Quit);
                }
            }
            Err(SaveFailure::Exists) => {
                self.popup = Some(Popup::Overwrite {
                    path: path.display().to_string(),
                });
            }
            Err(SaveFailure::Other(message)) => {
                self.quit_after_save = false;
                self.say(Level::Error, format!("Not saved: {message}"));
            }
        }
        None
    }

    /// The outcome of an [`Effect::Export`].
    pub fn exported(&mut self, format: Format, path: &str, result: Result<(), SaveFailure>) {
        match result {
            Ok(()) => self.say(
                Level::Good,
                format!(
                    "Exported the ranking ({} offers) as {} to {path}.",
                    self.analysis.offers.len(),
                    format.name()
                ),
            ),
            Err(SaveFailure::Exists) => {
                self.popup = Some(Popup::ExportExists {
                    format,
                    path: path.to_string(),
                });
            }
            Err(SaveFailure::Other(e)) => {
                self.say(Level::Error, format!("Not exported: {e}"));
                self.popup = Some(Popup::Export {
                    format,
                    path: path.to_string(),
                    edited: true,
                });
            }
        }
    }

    /// Live reload: the criteria file on disk changed. `result` is the new analysis and the
    /// file's text, or why the file could not be used (the last good state stays).
    pub fn reloaded(&mut self, result: Result<(Analysis, String), String>) {
        let (mut analysis, text) = match result {
            Ok(ok) => ok,
            Err(e) => {
                self.say(
                    Level::Error,
                    format!("Not reloaded, the last good version stays: {e}"),
                );
                self.reload_error = Some(e);
                return;
            }
        };
        let sha = criteria::sha256_hex(text.as_bytes());
        if sha == self.base_sha256 && self.reload_error.is_none() {
            return; // our own save, or a touch without a change
        }
        self.reload_error = None;
        // Unsaved tweaks survive a reload, unless the edit changed that same weight: then the
        // file wins.
        let old = &self.analysis.criteria.criteria;
        let mut kept = 0;
        let mut dropped = 0;
        let file_weights = analysis.weights.clone();
        for (j, c) in old.iter().enumerate() {
            let (now, saved) = (self.analysis.weights[j], self.saved_weights[j]);
            if now == saved {
                continue;
            }
            if let Some(k) = analysis.criteria.index_of(&c.id) {
                if file_weights[k] == saved {
                    analysis.weights[k] = now;
                    analysis.criteria.criteria[k].weight = now;
                    kept += 1;
                } else {
                    dropped += 1;
                }
            }
        }
        if kept > 0 {
            analysis.rerank();
        }
        // Offers are found again by vendor and place: the same agency often sent two files.
        let key = |a: &Analysis, o: usize| {
            let offer = &a.offers.offers[o];
            (offer.vendor.clone(), a.offers.location(offer.source))
        };
        let find = |a: &Analysis, (vendor, place): &(String, String)| {
            let all = &a.offers.offers;
            (0..all.len())
                .find(|&o| all[o].vendor == *vendor && a.offers.location(all[o].source) == *place)
                .or_else(|| all.iter().position(|o| o.vendor == *vendor))
        };
        let selected_key = self.selected.map(|o| key(&self.analysis, o));
        let selected_criterion = old.get(self.criterion).map(|c| c.id.clone());
        let marked: Vec<(String, String)> = self
            .marked
            .iter()
            .map(|&o| key(&self.analysis, o))
            .collect();

        self.selected = selected_key
            .and_then(|k| find(&analysis, &k))
            .or_else(|| analysis.ranking.first().map(|r| r.offer));
        self.marked = marked.iter().filter_map(|k| find(&analysis, k)).collect();
        self.marked.dedup();
        self.previous_rank = vec![None; analysis.offers.len()];
        self.changed = false;
        self.saved_weights = file_weights;
        self.base_text = text;
        self.base_sha256 = sha;
        self.analysis = analysis;
        self.layout_weights();
        self.criterion = selected_criterion
            .and_then(|id| self.analysis.criteria.index_of(&id))
            .unwrap_or_else(|| self.first_criterion());
        if matches!(self.popup, Some(Popup::Compare { .. })) {
            self.popup = None;
        }
        let mut note = String::from("The criteria file changed on disk: reloaded and re-ranked");
        if kept > 0 {
            note += &format!(
                "; {kept} unsaved weight change{} kept",
                if kept == 1 { "" } else { "s" }
            );
        }
        if dropped > 0 {
            note += &format!(
                "; {dropped} unsaved change{} replaced by the file's",
                if dropped == 1 { "" } else { "s" }
            );
        }
        self.say(Level::Good, note + ".");
    }

    /// Shows a message in the status line until the next one.
    pub fn say(&mut self, level: Level, text: impl Into<String>) {
        self.message = Some((level, text.into()));
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveFailure {
    /// A new file's name is taken: ask before overwriting.
    Exists,
    Other(String),
}

/// Pasted text for a one-line field: control characters and line breaks dropped.
fn one_line(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).collect()
}

fn default_export_path(format: Format) -> String {
    format!("offerlens-ranking.{}", format.extension())
}

/// A weight as the user wrote it: `8`, `7.5`.
pub fn num(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}
