//! The windows over the screen: [`render_popup`] draws the open [`Popup`], one function per
//! kind (the comparison has its own file).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::theme::Theme;
use super::{centered, compare, dialog, pane};
use crate::export::Format;
use crate::i18n::{Arg, Lang, t, tr};
use crate::issue::Severity;
use crate::sanitize::clean;
use crate::session::Source;
use crate::tui::app::{App, Popup};

/// Draws `popup` over `area`.
pub(super) fn render_popup(frame: &mut Frame, app: &App, theme: Theme, popup: &Popup, area: Rect) {
    match popup {
        Popup::Help => help(frame, app.lang, theme, area),
        Popup::Issues { scroll } => issues(frame, app, theme, *scroll, area),
        Popup::Compare { a: x, b: y, scroll } => {
            compare::compare(frame, app, theme, (*x, *y), *scroll, area)
        }
        Popup::Export { format, path, .. } => export(frame, app.lang, theme, *format, path, area),
        Popup::SaveAs { path } => save_as(frame, app, theme, path, area),
        Popup::Overwrite { path } => overwrite(frame, app.lang, theme, path, area),
        Popup::ExportExists { path, .. } => export_exists(frame, app.lang, theme, path, area),
        Popup::Quit => quit(frame, app.lang, theme, area),
        Popup::Ask { offer, scroll } => super::ask::ask(frame, app, theme, *offer, *scroll, area),
    }
}

/// The keys, and what the ranking's marks mean.
fn help(frame: &mut Frame, lang: Lang, theme: Theme, area: Rect) {
    let keys: &[(&str, &str)] = &[
        ("↑/↓  j/k", "help-move"),
        ("g/G  PgUp/PgDn", "help-first-last"),
        ("Tab  Shift-Tab", "help-pane"),
        ("+  -", "help-weight"),
        ("s", "help-save"),
        ("/", "help-filter"),
        ("Enter", "help-details"),
        ("space  c", "help-compare"),
        ("x", "help-explain"),
        ("a", "help-ask"),
        ("e", "help-export"),
        ("i", "help-issues"),
        ("Esc", "help-close"),
        ("q  Ctrl-C", "help-quit"),
    ];
    let mut lines: Vec<Line> = keys
        .iter()
        .map(|(k, id)| {
            Line::from(vec![
                Span::styled(format!(" {k:<16}"), theme.heading()),
                Span::raw(t(lang, id)),
            ])
        })
        .collect();
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        format!(" {}", t(lang, "table-legend-marks")),
        theme.dim(),
    ));
    lines.push(Line::styled(
        format!(" {}", t(lang, "help-moved")),
        theme.dim(),
    ));
    dialog(
        frame,
        area,
        theme,
        &format!(" {} ", t(lang, "help-title")),
        lines,
        84,
    );
}

/// Every import issue with its location, scrolled.
fn issues(frame: &mut Frame, app: &App, theme: Theme, scroll: usize, area: Rect) {
    let a = &app.analysis;
    let mut lines = Vec::new();
    for i in &a.issues {
        let style = match i.severity {
            Severity::Error => theme.error(),
            Severity::Warning => theme.flag(),
            Severity::Info => theme.dim(),
        };
        let severity = t(app.lang, &format!("severity-{}", i.severity.as_str()));
        lines.push(Line::from(vec![
            Span::styled(format!("{severity:<7} "), style),
            Span::styled(clean(&i.location).into_owned(), theme.heading()),
        ]));
        lines.push(Line::raw(format!(
            "        {}",
            clean(&i.message_in(app.lang))
        )));
    }
    if lines.is_empty() {
        lines.push(Line::raw(t(app.lang, "issues-none")));
    }
    let rect = centered(
        area,
        area.width.saturating_sub(4),
        area.height.saturating_sub(2),
    );
    let visible = rect.height.saturating_sub(2) as usize;
    let width = rect.width.saturating_sub(2).max(1) as usize;
    let rows: usize = lines.iter().map(|l| l.width().div_ceil(width).max(1)).sum();
    app.limits.issues.set(rows.saturating_sub(visible));
    let scroll = scroll.min(rows.saturating_sub(visible));
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines)
            .scroll((scroll as u16, 0))
            .wrap(Wrap { trim: false })
            .block(pane(
                format!(
                    " {} · {} · {} ",
                    t(app.lang, "issues-title"),
                    a.issues.len(),
                    t(app.lang, "compare-keys")
                ),
                true,
                theme,
            )),
        rect,
    );
}

/// The export dialog: the format menu and the path being typed. The dialog is as wide as the
/// menu, and the menu goes on a second line on a terminal too narrow for it.
fn export(frame: &mut Frame, lang: Lang, theme: Theme, format: Format, path: &str, area: Rect) {
    let room = usize::from(area.width.saturating_sub(4)).max(20);
    let mut menu: Vec<Line> = vec![Line::raw(format!(" {}: ", t(lang, "export-format")))];
    for f in Format::MENU {
        let style = if f == format {
            theme.selected(true)
        } else {
            Style::new()
        };
        let item = Span::styled(
            format!(" {} ", crate::tui::app::format_label(f).in_lang(lang)),
            style,
        );
        let last = menu.len() - 1;
        if menu[last].width() + item.width() > room && menu[last].width() > 12 {
            menu.push(Line::raw("   "));
        }
        let last = menu.len() - 1;
        menu[last].spans.push(item);
        menu[last].spans.push(Span::raw(" "));
    }
    let widest = menu.iter().map(Line::width).max().unwrap_or(0);
    let mut lines = menu;
    lines.extend([
        Line::raw(""),
        Line::from(vec![
            Span::raw(format!(" {}: ", t(lang, "export-file"))),
            Span::styled(format!("{}▏", clean(path)), theme.heading()),
        ]),
        Line::raw(""),
        Line::styled(format!(" {}", t(lang, "export-keys")), theme.dim()),
    ]);
    dialog(
        frame,
        area,
        theme,
        &format!(" {} ", t(lang, "export-title")),
        lines,
        (widest as u16 + 2).max(70),
    );
}

/// The file name a built-in profile's weights are saved as.
fn save_as(frame: &mut Frame, app: &App, theme: Theme, path: &str, area: Rect) {
    let name = match &app.source {
        Source::Profile(n) => n.as_str(),
        Source::File(_) => "criteria",
    };
    let lang = app.lang;
    let lines = vec![
        Line::raw(format!(
            " {}",
            tr(lang, "tui-save-as-profile", &[("name", Arg::from(name))])
        )),
        Line::raw(""),
        Line::from(vec![
            Span::raw(format!(" {}: ", t(lang, "tui-file"))),
            Span::styled(format!("{}▏", clean(path)), theme.heading()),
        ]),
        Line::raw(""),
        Line::styled(format!(" {}", t(lang, "tui-save-as-keys")), theme.dim()),
    ];
    let title = format!(" {} ", t(lang, "tui-save-as-title"));
    dialog(frame, area, theme, &title, lines, 70);
}

/// The save's file exists.
fn overwrite(frame: &mut Frame, lang: Lang, theme: Theme, path: &str, area: Rect) {
    let lines = vec![
        Line::raw(format!(
            " {}",
            tr(lang, "tui-exists", &[("file", Arg::from(clean(path)))])
        )),
        Line::raw(format!(" {}", t(lang, "tui-overwrite-question"))),
        Line::raw(""),
        Line::styled(format!(" {}", t(lang, "tui-overwrite-keys")), theme.dim()),
    ];
    let title = format!(" {} ", t(lang, "tui-exists-title"));
    dialog(frame, area, theme, &title, lines, 70);
}

/// The export's file exists.
fn export_exists(frame: &mut Frame, lang: Lang, theme: Theme, path: &str, area: Rect) {
    let lines = vec![
        Line::raw(format!(
            " {}",
            tr(lang, "tui-exists", &[("file", Arg::from(clean(path)))])
        )),
        Line::raw(format!(" {}", t(lang, "tui-replace-question"))),
        Line::raw(""),
        Line::styled(format!(" {}", t(lang, "tui-replace-keys")), theme.dim()),
    ];
    let title = format!(" {} ", t(lang, "tui-exists-title"));
    dialog(frame, area, theme, &title, lines, 70);
}

/// Unsaved changes on quit.
fn quit(frame: &mut Frame, lang: Lang, theme: Theme, area: Rect) {
    let lines = vec![
        Line::raw(format!(" {}", t(lang, "quit-unsaved"))),
        Line::raw(""),
        Line::from(vec![
            Span::styled(" y", theme.heading()),
            Span::raw(format!(" {} · ", t(lang, "quit-save"))),
            Span::styled("n", theme.heading()),
            Span::raw(format!(" {} · ", t(lang, "quit-discard"))),
            Span::styled("Esc", theme.heading()),
            Span::raw(format!(" {}", t(lang, "quit-stay"))),
        ]),
    ];
    dialog(
        frame,
        area,
        theme,
        &format!(" {} ", t(lang, "quit-title")),
        lines,
        62,
    );
}
