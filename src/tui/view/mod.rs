//! Drawing: [`render`] turns an [`App`] into a frame. It reads the app and changes nothing.
//!
//! This file lays the screen out and holds the pieces every widget uses (pane borders, the
//! scrolling window, bars, dialogs); each pane and popup is drawn by its own file.

mod ask;
mod compare;
mod details;
mod popup;
mod ranking;
mod status;
mod theme;
mod weights;

use crate::i18n::{Arg, Lang, t, tr};
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::app::{App, Pane};
use theme::Theme;

/// The smallest terminal the screen is laid out for.
pub(crate) const MIN_WIDTH: u16 = 60;
pub(crate) const MIN_HEIGHT: u16 = 15;

/// From this size on, ranking, weights and details are all on screen at once.
const WIDE: (u16, u16) = (120, 30);

/// Draws the whole screen.
pub fn render(frame: &mut Frame, app: &App) {
    let area = frame.area();
    let theme = Theme { color: app.color };
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(frame, app.lang, area);
        return;
    }
    let [main, status] = Layout::vertical([Constraint::Min(0), Constraint::Length(2)]).areas(area);
    if area.width >= WIDE.0 && area.height >= WIDE.1 {
        wide(frame, app, theme, main);
    } else {
        narrow(frame, app, theme, main);
    }
    status::status_line(frame, app, theme, status);
    if let Some(popup) = &app.popup {
        popup::render_popup(frame, app, theme, popup, area);
    }
}

/// What a terminal below the minimum size shows instead of the screen.
fn too_small(frame: &mut Frame, lang: Lang, area: Rect) {
    let size = |w: u16, h: u16| format!("{w}×{h}");
    let text = vec![
        Line::from(t(lang, "tui-too-small")),
        Line::from(tr(
            lang,
            "tui-too-small-needs",
            &[
                ("size", Arg::from(size(area.width, area.height))),
                ("needs", Arg::from(size(MIN_WIDTH, MIN_HEIGHT))),
            ],
        )),
        Line::from(t(lang, "tui-too-small-hint")),
    ];
    let y = area.height.saturating_sub(3) / 2;
    let rect = Rect::new(area.x, area.y + y, area.width, area.height.min(3));
    frame.render_widget(
        Paragraph::new(text)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        rect,
    );
}

/// A large terminal: ranking and weights side by side, details below.
fn wide(frame: &mut Frame, app: &App, theme: Theme, main: Rect) {
    let [top, bottom] =
        Layout::vertical([Constraint::Percentage(50), Constraint::Min(0)]).areas(main);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(62), Constraint::Min(0)]).areas(top);
    ranking::ranking(frame, app, theme, left);
    weights::weights(frame, app, theme, right);
    details::details(frame, app, theme, bottom);
}

/// A smaller terminal: the ranking as tall as it needs (up to half), then the weights when
/// they have the focus, else the details.
fn narrow(frame: &mut Frame, app: &App, theme: Theme, main: Rect) {
    let rows = app.visible().len().min(u16::MAX as usize - 3) as u16;
    let height = (rows + 3).clamp(5, (main.height / 2).max(5));
    let [top, bottom] =
        Layout::vertical([Constraint::Length(height), Constraint::Min(0)]).areas(main);
    ranking::ranking(frame, app, theme, top);
    if app.focus == Pane::Weights {
        weights::weights(frame, app, theme, bottom);
    } else {
        details::details(frame, app, theme, bottom);
    }
}

/// A bordered pane with a title, highlighted when it has the focus.
fn pane(title: String, focused: bool, theme: Theme) -> Block<'static> {
    Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border(focused))
        .title(Span::styled(title, theme.heading()))
}

/// First row to show so that row `selected` is inside a window of `height` rows.
fn offset(selected: usize, height: usize) -> usize {
    if height == 0 || selected < height {
        0
    } else {
        selected + 1 - height
    }
}

/// A horizontal bar of `width` cells filled to `fraction`, in eighths.
pub fn bar(fraction: f64, width: usize) -> String {
    const PARTS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
    let f = if fraction.is_finite() {
        fraction.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let eighths = (f * (width * 8) as f64).round() as usize;
    let mut s = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        s.push(PARTS[eighths % 8]);
    }
    let len = s.chars().count();
    s.extend(std::iter::repeat_n(' ', width.saturating_sub(len)));
    s
}

/// A small window in the middle of the screen, as wide as asked and as tall as its lines.
fn dialog(frame: &mut Frame, area: Rect, theme: Theme, title: &str, lines: Vec<Line>, width: u16) {
    let rect = centered(area, width, lines.len() as u16 + 2);
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines).block(pane(title.to_string(), true, theme)),
        rect,
    );
}

/// A `width`×`height` rectangle in the middle of `area` (smaller if `area` is).
fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// How many lines `text` takes when wrapped at spaces into `width` columns (a word longer than
/// the line takes as many lines as its length needs).
pub(super) fn wrapped_lines(text: &str, width: usize) -> usize {
    let width = width.max(1);
    let mut lines = 0;
    let mut used = 0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let w = crate::export::display_width(word);
        if used > 0 && used + 1 + w <= width {
            used += 1 + w;
            continue;
        }
        lines += w.div_ceil(width).max(1);
        used = match w % width {
            0 => width,
            r => r,
        };
    }
    lines.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_fill_in_eighths() {
        assert_eq!(bar(0.0, 4), "    ");
        assert_eq!(bar(1.0, 4), "████");
        assert_eq!(bar(0.5, 4), "██  ");
        assert_eq!(bar(1.0 / 32.0, 4), "▏   ");
        assert_eq!(bar(f64::NAN, 2), "  ");
        assert_eq!(bar(7.0, 2), "██");
    }

    #[test]
    fn the_window_follows_the_selection() {
        assert_eq!(offset(0, 5), 0);
        assert_eq!(offset(4, 5), 0);
        assert_eq!(offset(5, 5), 1);
        assert_eq!(offset(9, 0), 0);
    }
}
