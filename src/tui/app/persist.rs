//! Saving and the results of effects coming back: what `s` writes, and how a save, an export
//! or a live reload of the criteria file changes the state.

use crate::i18n::Msg;
use std::path::PathBuf;

use super::{App, Effect, Level, Popup, SaveFailure};
use crate::analysis::Analysis;
use crate::criteria::edit as weights_file;
use crate::export::Format;
use crate::session::Source;

impl App {
    /// `s`: saves in place, or asks for a file name for a built-in profile.
    pub(super) fn save(&mut self) -> Option<Effect> {
        if !self.dirty() {
            self.say(Level::Info, Msg::new("tui-nothing-to-save"));
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
    pub(crate) fn text_to_save(&self) -> Option<String> {
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

    pub(super) fn save_to(&mut self, path: PathBuf, overwrite: bool) -> Option<Effect> {
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
                self.say(
                    Level::Error,
                    Msg::new("tui-not-saved").msg(
                        "reason",
                        Msg::new("tui-reason").with("reason", e.to_string()),
                    ),
                );
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
                self.base_sha256 = crate::digest::sha256_hex(text.as_bytes());
                self.base_text = text;
                self.saved_weights = self.analysis.weights.clone();
                let shown = path.display().to_string();
                let said = if matches!(self.source, Source::File(_)) {
                    Msg::new("tui-saved-with-backup").with("file", &shown)
                } else {
                    Msg::new("tui-saved").with("file", &shown)
                };
                self.analysis.criteria.origin = shown.clone();
                self.analysis.criteria.sha256 = self.base_sha256.clone();
                self.source = Source::File(path);
                self.say(Level::Good, said);
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
                self.say(
                    Level::Error,
                    Msg::new("tui-not-saved").msg("reason", message),
                );
            }
        }
        None
    }

    /// The outcome of an [`Effect::Export`].
    /// The questions to `vendor` copied (or written to a file), or why not.
    pub fn copied(&mut self, vendor: &str, result: Result<crate::tui::clipboard::Copied, Msg>) {
        use crate::tui::clipboard::Copied;
        match result {
            Ok(Copied::Tmux) => self.say(
                Level::Good,
                Msg::new("tui-ask-in-tmux").with("vendor", vendor),
            ),
            Ok(Copied::Clipboard) => self.say(
                Level::Good,
                Msg::new("tui-ask-copied").with("vendor", vendor),
            ),
            Ok(Copied::File(path)) => self.say(
                Level::Good,
                Msg::new("tui-ask-saved")
                    .with("vendor", vendor)
                    .with("file", path.display().to_string()),
            ),
            Err(reason) => self.say(
                Level::Error,
                Msg::new("tui-ask-not-copied").msg("reason", reason),
            ),
        }
    }

    pub fn exported(&mut self, format: Format, path: &str, result: Result<(), SaveFailure>) {
        match result {
            Ok(()) => self.say(
                Level::Good,
                Msg::new("tui-exported")
                    .count("offers", self.analysis.offers.len())
                    .msg("format", format_label(format))
                    .with("file", path),
            ),
            Err(SaveFailure::Exists) => {
                self.popup = Some(Popup::ExportExists {
                    format,
                    path: path.to_string(),
                });
            }
            Err(SaveFailure::Other(e)) => {
                self.say(Level::Error, Msg::new("tui-not-exported").msg("reason", e));
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
    pub fn reloaded(&mut self, result: Result<(Analysis, String), Msg>) {
        let (mut analysis, text) = match result {
            Ok(ok) => ok,
            Err(e) => {
                self.say(
                    Level::Error,
                    Msg::new("tui-not-reloaded").msg("reason", e.clone()),
                );
                self.reload_error = Some(e);
                return;
            }
        };
        let sha = crate::digest::sha256_hex(text.as_bytes());
        if sha == self.base_sha256 && self.reload_error.is_none() {
            return; // our own save, or a touch without a change
        }
        self.reload_error = None;
        let file_weights = analysis.weights.clone();
        let (kept, dropped) = self.carry_unsaved_weights(&mut analysis, &file_weights);
        if kept > 0 {
            analysis.rerank();
        }
        let selected_criterion = (self.analysis.criteria.criteria)
            .get(self.criterion)
            .map(|c| c.id.clone());
        self.find_offers_again(&analysis);
        self.sampler = crate::sensitivity::Sampler::new(&analysis, &analysis.weights);
        self.odds = None;
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
        self.say(Level::Good, reload_note(kept, dropped));
    }

    /// Unsaved tweaks survive a reload, unless the edit changed that same weight: then the
    /// file wins. Writes the kept ones into `analysis`; returns how many were kept and dropped.
    fn carry_unsaved_weights(
        &self,
        analysis: &mut Analysis,
        file_weights: &[f64],
    ) -> (usize, usize) {
        let mut kept = 0;
        let mut dropped = 0;
        for (j, c) in self.analysis.criteria.criteria.iter().enumerate() {
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
        (kept, dropped)
    }

    /// The selected and marked offers, found again in the reloaded analysis.
    fn find_offers_again(&mut self, analysis: &Analysis) {
        let selected_key = self.selected.map(|o| offer_key(&self.analysis, o));
        let marked: Vec<(String, String)> = self
            .marked
            .iter()
            .map(|&o| offer_key(&self.analysis, o))
            .collect();
        self.selected = selected_key
            .and_then(|k| find_offer(analysis, &k))
            .or_else(|| analysis.ranking.first().map(|r| r.offer));
        self.marked = marked
            .iter()
            .filter_map(|k| find_offer(analysis, k))
            .collect();
        self.marked.dedup();
    }
}

/// What identifies an offer across a reload: its vendor and its place. Both count because the
/// same agency often sent two files.
fn offer_key(a: &Analysis, o: usize) -> (String, String) {
    let offer = &a.offers.offers[o];
    (offer.vendor.clone(), a.offers.location(offer.source))
}

/// The offer with that vendor and place, else the first with that vendor.
fn find_offer(a: &Analysis, (vendor, place): &(String, String)) -> Option<usize> {
    let all = &a.offers.offers;
    (0..all.len())
        .find(|&o| all[o].vendor == *vendor && a.offers.location(all[o].source) == *place)
        .or_else(|| all.iter().position(|o| o.vendor == *vendor))
}

/// The status message after a reload.
fn reload_note(kept: usize, dropped: usize) -> Msg {
    Msg::new("tui-reloaded")
        .count("kept", kept)
        .count("dropped", dropped)
}

/// A format's name as the export window shows it.
pub(crate) fn format_label(format: Format) -> Msg {
    match format {
        Format::Table => Msg::new("tui-format-text"),
        other => Msg::new("tui-reason").with("reason", other.name()),
    }
}
