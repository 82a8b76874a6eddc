//! The status line at the bottom: what was read and how it is scored, then a message, the
//! reload error or key hints.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use crate::criteria::Method;
use crate::export::{display_width, fit_width};
use crate::i18n::{Arg, count, t, tr};
use crate::issue::Severity;
use crate::sanitize::clean;
use crate::session::Source;
use crate::tui::app::{App, Level};

/// Draws the two status rows.
pub(super) fn status_line(frame: &mut Frame, app: &App, theme: Theme, area: Rect) {
    let right = state(app, theme);
    // The paths give way first when the line is too long.
    let room =
        (area.width as usize).saturating_sub(right.iter().map(Span::width).sum::<usize>() + 4);
    let mut parts = vec![Span::raw(paths(app, room))];
    parts.extend(right);
    let second = if let Some((level, text)) = &app.message {
        let style = match level {
            Level::Info => Style::new(),
            Level::Good => theme.good(),
            Level::Error => theme.error(),
        };
        Line::styled(format!(" {}", clean(&text.in_lang(app.lang))), style)
    } else if let Some(e) = &app.reload_error {
        Line::styled(format!(" {}", clean(&e.in_lang(app.lang))), theme.error())
    } else {
        Line::styled(hints(app.lang, area.width as usize), theme.dim())
    };
    let first = Line::from(parts).style(Style::new().add_modifier(Modifier::REVERSED));
    frame.render_widget(Paragraph::new(vec![first, second]), area);
}

/// The right of the first row: method, unsaved changes, a broken criteria file, issue counts.
fn state(app: &App, theme: Theme) -> Vec<Span<'static>> {
    let a = &app.analysis;
    let errors = a.count(Severity::Error);
    let warnings = a.count(Severity::Warning);
    let mut right = vec![
        Span::raw(" · "),
        Span::raw(t(
            app.lang,
            match a.criteria.method {
                Method::WeightedSum => "method-weighted-sum",
                Method::Topsis => "method-topsis",
            },
        )),
    ];
    if app.dirty() {
        right.push(Span::raw(" · "));
        right.push(Span::styled(
            format!("● {}", t(app.lang, "tui-unsaved")),
            theme.flag().add_modifier(Modifier::BOLD),
        ));
    }
    if app.reload_error.is_some() {
        right.push(Span::raw(" · "));
        right.push(Span::styled(
            t(app.lang, "tui-criteria-errors"),
            theme.error(),
        ));
    }
    let l = app.lang;
    let plural = |n: usize, id: &str| count(l, id, n);
    right.push(Span::raw(match (errors, warnings) {
        (0, 0) => format!(" · {} ", t(l, "tui-no-issues")),
        (e, 0) => format!(" · {} ", plural(e, "errors")),
        (0, w) => format!(" · {} ", plural(w, "warnings")),
        (e, w) => format!(" · {}, {} ", plural(e, "errors"), plural(w, "warnings")),
    }));
    right
}

/// The offer files and the criteria, in `room` columns: names without folders when the
/// full paths do not fit, then cut.
fn paths(app: &App, room: usize) -> String {
    let criteria = match &app.source {
        Source::Profile(name) => tr(
            app.lang,
            "tui-profile",
            &[("name", Arg::from(name.as_str()))],
        ),
        Source::File(p) => p.display().to_string(),
    };
    let file_name = |p: &str| {
        let trimmed = p.trim_end_matches('/');
        trimmed.rsplit('/').next().unwrap_or(trimmed).to_string()
    };
    let mut inputs = clean(&app.inputs.join(", ")).into_owned();
    let mut criteria = clean(&criteria).into_owned();
    if display_width(&inputs) + display_width(&criteria) > room {
        let names: Vec<String> = app.inputs.iter().map(|p| file_name(p)).collect();
        inputs = clean(&names.join(", ")).into_owned();
        if let Source::File(_) = app.source {
            criteria = file_name(&criteria);
        }
    }
    let criteria_room = display_width(&criteria).min(room / 2);
    let inputs = fit_width(&inputs, room.saturating_sub(criteria_room));
    let criteria = fit_width(&criteria, room.saturating_sub(display_width(&inputs)));
    format!(" {inputs} · {criteria}")
}

/// Key hints, as many as fit: the most needed first.
fn hints(lang: crate::i18n::Lang, width: usize) -> String {
    const HINTS: &[(&str, &str)] = &[
        ("?", "hint-help"),
        ("q", "hint-quit"),
        ("Tab", "hint-pane"),
        ("+/-", "hint-weight"),
        ("s", "hint-save"),
        ("/", "hint-filter"),
        ("Enter", "hint-details"),
        ("space", "hint-mark"),
        ("c", "hint-compare"),
        ("e", "hint-export"),
        ("i", "hint-issues"),
    ];
    let mut line = String::new();
    for (key, id) in HINTS {
        let h = &format!("{key} {}", t(lang, id));
        let sep = if line.is_empty() { " " } else { " · " };
        if line.chars().count() + sep.len() + h.chars().count() > width {
            break;
        }
        line.push_str(sep);
        line.push_str(h);
    }
    line
}
