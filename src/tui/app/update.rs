//! The main screen's actions: [`App::update`] dispatches, then moving the selection, the
//! filter, weight changes, marking and comparing offers.

use super::popup::default_export_path;
use super::{Action, App, Effect, Level, Pane, Popup, WeightRow, one_line};
use crate::export::Format;
use crate::i18n::Msg;

impl App {
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
            Action::NextPane => self.focus = self.focus.next(),
            Action::PrevPane => self.focus = self.focus.previous(),
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
            Action::Explain => self.explain(),
            Action::Ask => {
                self.message = None;
                if let Some(offer) = self.selected {
                    self.popup = Some(Popup::Ask { offer, scroll: 0 });
                }
            }
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

    /// `q`: quits, or asks first when there are unsaved changes.
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
        let label = (c.label.clone(), c.label_pl.clone());
        let named = |m: Msg| m.both("label", &label.0, label.1.as_deref());
        let old = self.analysis.weights[j];
        // Rounded to nine decimals: 0.3 + 1 - 1 is 0.3 again, not 0.30000000000000004.
        let new = (((old + by) * 1e9).round() / 1e9).max(0.0);
        if new == old {
            self.say(Level::Info, named(Msg::new("tui-weight-already-zero")));
            return;
        }
        if new == 0.0 && self.total_weight() - old <= 0.0 {
            self.say(Level::Error, Msg::new("tui-one-weight-needed"));
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
        let said = named(Msg::new("tui-weight-changed"))
            .num("old", old)
            .num("new", new);
        let said = match (leader_before, leader_after) {
            (Some(b), Some(a)) if a != b => Msg::new("tui-new-leader")
                .msg("change", said)
                .with("leader", self.vendor(a))
                .with("was", self.vendor(b)),
            (_, Some(a)) => Msg::new("tui-leads")
                .msg("change", said)
                .with("leader", self.vendor(a)),
            _ => said,
        };
        self.say(Level::Info, said);
    }

    fn leader(&self) -> Option<usize> {
        self.analysis
            .ranking
            .first()
            .filter(|r| r.rank.is_some())
            .map(|r| r.offer)
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
            self.say(Level::Info, Msg::new("tui-two-marked"));
        }
    }

    /// The selected offer against the leader, in the compare view (the leader against the
    /// runner-up when the leader is selected).
    fn explain(&mut self) {
        let Some((leader, runner_up)) = crate::explain::default_pair(&self.analysis) else {
            self.say(Level::Info, Msg::new("tui-explain-needs-two"));
            return;
        };
        let other = match self.selected {
            Some(s) if s != leader => s,
            _ => runner_up,
        };
        self.popup = Some(Popup::Compare {
            a: leader,
            b: other,
            scroll: 0,
        });
        self.message = None;
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
            None => self.say(Level::Info, Msg::new("tui-mark-two")),
        }
    }
}

impl Pane {
    /// The pane `Tab` moves to.
    fn next(self) -> Pane {
        match self {
            Pane::Ranking => Pane::Weights,
            Pane::Weights => Pane::Details,
            Pane::Details => Pane::Ranking,
        }
    }

    /// The pane `Shift-Tab` moves to.
    fn previous(self) -> Pane {
        match self {
            Pane::Ranking => Pane::Details,
            Pane::Weights => Pane::Ranking,
            Pane::Details => Pane::Weights,
        }
    }
}
