//! The styles the screen is drawn in: [`Theme`].

use ratatui::style::{Color, Modifier, Style};

/// Colors, or none at all (NO_COLOR): every state stays visible through modifiers alone.
#[derive(Clone, Copy)]
pub(super) struct Theme {
    pub(super) color: bool,
}

impl Theme {
    fn fg(self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }
    pub(super) fn selected(self, focused: bool) -> Style {
        let s = Style::new().add_modifier(Modifier::REVERSED);
        if focused {
            s.add_modifier(Modifier::BOLD)
        } else {
            s
        }
    }
    pub(super) fn heading(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }
    pub(super) fn border(self, focused: bool) -> Style {
        if focused {
            self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
        } else {
            self.fg(Color::DarkGray)
        }
    }
    pub(super) fn up(self) -> Style {
        self.fg(Color::Green).add_modifier(Modifier::BOLD)
    }
    pub(super) fn down(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }
    pub(super) fn knocked_out(self) -> Style {
        if self.color {
            self.fg(Color::DarkGray)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }
    pub(super) fn flag(self) -> Style {
        self.fg(Color::Yellow)
    }
    pub(super) fn error(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }
    pub(super) fn good(self) -> Style {
        self.fg(Color::Green)
    }
    pub(super) fn dim(self) -> Style {
        self.fg(Color::DarkGray)
    }
}
