//! The windows over the screen: [`Popup`] and what each one does with an action, one function
//! per kind.

use crate::i18n::Msg;
use std::path::PathBuf;

use super::{Action, App, Effect, Level, one_line};
use crate::export::Format;

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
    /// What to ask one offer's vendor (`a`).
    Ask {
        offer: usize,
        scroll: usize,
    },
    /// Unsaved changes on quit.
    Quit,
}

impl App {
    /// An action while `popup` is open. It was taken out of `self.popup`: each kind puts
    /// itself (or the popup that follows) back unless the action closes it.
    pub(super) fn update_popup(&mut self, popup: Popup, action: Action) -> Option<Effect> {
        match popup {
            Popup::Help => {
                self.update_help(&action);
                None
            }
            Popup::Issues { scroll } => {
                self.update_issues(scroll, &action);
                None
            }
            Popup::Compare { a, b, scroll } => {
                self.update_compare(a, b, scroll, &action);
                None
            }
            Popup::Quit => self.update_quit(action),
            Popup::Ask { offer, scroll } => self.update_ask(offer, scroll, &action),
            Popup::Export {
                format,
                path,
                edited,
            } => self.update_export(format, path, edited, action),
            Popup::SaveAs { path } => self.update_save_as(path, action),
            Popup::ExportExists { format, path } => self.update_export_exists(format, path, action),
            Popup::Overwrite { path } => self.update_overwrite(path, action),
        }
    }

    fn update_help(&mut self, action: &Action) {
        if !closes(action) && *action != Action::Help {
            self.popup = Some(Popup::Help);
        }
    }

    fn update_issues(&mut self, scroll: usize, action: &Action) {
        if let Some(scroll) = scrolled(scroll, self.limits.issues.get(), action) {
            self.popup = Some(Popup::Issues { scroll });
        } else if !closes(action) && *action != Action::Issues {
            self.popup = Some(Popup::Issues { scroll });
        }
    }

    fn update_compare(&mut self, a: usize, b: usize, scroll: usize, action: &Action) {
        let scroll = scrolled(scroll, self.limits.compare.get(), action).unwrap_or(scroll);
        if !closes(action) && *action != Action::Compare && *action != Action::Explain {
            self.popup = Some(Popup::Compare { a, b, scroll });
        }
    }

    /// The questions to a vendor: scrolled; `c` (or `y`) copies the e-mail.
    fn update_ask(&mut self, offer: usize, scroll: usize, action: &Action) -> Option<Effect> {
        if let Some(scroll) = scrolled(scroll, self.limits.ask.get(), action) {
            self.popup = Some(Popup::Ask { offer, scroll });
            return None;
        }
        match action {
            Action::Compare | Action::Yes => {
                self.popup = Some(Popup::Ask { offer, scroll });
                let letter = crate::export::ask::Letter {
                    offer,
                    items: crate::ask::items(&self.analysis, offer),
                };
                let Some(text) =
                    crate::export::ask::letter(&self.analysis, &letter, false, self.lang)
                else {
                    self.say(Level::Info, Msg::new("tui-ask-nothing-to-copy"));
                    return None;
                };
                let vendor = self.analysis.offers.offers[offer].vendor.clone();
                let file = PathBuf::from(format!(
                    "offerlens-questions-{}.txt",
                    crate::export::ask::file_stem(&vendor)
                ));
                Some(Effect::Copy { text, vendor, file })
            }
            a if closes(a) || *a == Action::Ask => None,
            _ => {
                self.popup = Some(Popup::Ask { offer, scroll });
                None
            }
        }
    }

    /// Unsaved changes on quit: `y` saves first, `n` throws them away.
    fn update_quit(&mut self, action: Action) -> Option<Effect> {
        match action {
            Action::Yes | Action::Save => {
                self.quit_after_save = true;
                return self.save();
            }
            Action::No => return Some(Effect::Quit),
            // A second `q` (a double tap, key repeat) must not throw changes away.
            Action::Close | Action::Quit => {}
            _ => self.popup = Some(Popup::Quit),
        }
        None
    }

    /// The export dialog: a format menu and a path typed in.
    fn update_export(
        &mut self,
        mut format: Format,
        mut path: String,
        mut edited: bool,
        action: Action,
    ) -> Option<Effect> {
        match action {
            Action::Close => return None,
            Action::Open => {
                let path = path.trim().to_string();
                if !path.is_empty() {
                    return Some(Effect::Export {
                        format,
                        path: PathBuf::from(path),
                        overwrite: false,
                    });
                }
                self.popup = Some(Popup::Export {
                    format,
                    path,
                    edited,
                });
                self.say(Level::Error, Msg::new("tui-type-export-file"));
                return None;
            }
            Action::NextPane | Action::Right | Action::PrevPane | Action::Left => {
                format = next_format(format, matches!(action, Action::PrevPane | Action::Left));
                if !edited {
                    path = default_export_path(format);
                }
            }
            Action::Input(c) => {
                path.push(c);
                edited = true;
            }
            Action::Paste(text) => {
                path.push_str(&one_line(&text));
                edited = true;
            }
            Action::Backspace => {
                path.pop();
                edited = true;
            }
            _ => {}
        }
        self.popup = Some(Popup::Export {
            format,
            path,
            edited,
        });
        None
    }

    /// The file name a built-in profile's weights are saved as.
    fn update_save_as(&mut self, mut path: String, action: Action) -> Option<Effect> {
        match action {
            Action::Close => {
                self.quit_after_save = false;
                return None;
            }
            Action::Open => {
                let path = path.trim().to_string();
                if !path.is_empty() {
                    return self.save_to(PathBuf::from(path), false);
                }
                self.popup = Some(Popup::SaveAs { path });
                return None;
            }
            Action::Input(c) => path.push(c),
            Action::Paste(text) => path.push_str(&one_line(&text)),
            Action::Backspace => {
                path.pop();
            }
            _ => {}
        }
        self.popup = Some(Popup::SaveAs { path });
        None
    }

    /// The export's file exists: `y` replaces it, `n` goes back to the export dialog.
    fn update_export_exists(
        &mut self,
        format: Format,
        path: String,
        action: Action,
    ) -> Option<Effect> {
        match action {
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
        }
        None
    }

    /// The save's file exists: `y` overwrites it, `n` asks for another name.
    fn update_overwrite(&mut self, path: String, action: Action) -> Option<Effect> {
        match action {
            Action::Yes => return self.save_to(PathBuf::from(path), true),
            Action::No | Action::Close => self.popup = Some(Popup::SaveAs { path }),
            _ => self.popup = Some(Popup::Overwrite { path }),
        }
        None
    }
}

/// Whether an action closes a popup that has no other use for it.
fn closes(action: &Action) -> bool {
    matches!(action, Action::Close | Action::Quit | Action::Open)
}

/// The new offset of a scrolled popup (at most `max`), or `None` if the action does not scroll.
fn scrolled(scroll: usize, max: usize, action: &Action) -> Option<usize> {
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
}

/// The format after `format` in the export menu (before it when `back`), wrapping around.
fn next_format(format: Format, back: bool) -> Format {
    let step = if back { Format::MENU.len() - 1 } else { 1 };
    let i = Format::MENU.iter().position(|f| *f == format);
    Format::MENU[(i.unwrap_or(0) + step) % Format::MENU.len()]
}

/// The file an export goes to until the user types another.
pub(super) fn default_export_path(format: Format) -> String {
    format!("offerlens-ranking.{}", format.extension())
}
