//! The ranking pane: one row per offer with its rank, change, score, costs and marks.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::{Cell, Paragraph, Row, Table, Wrap};

use super::theme::Theme;
use super::{bar, offset, pane};
use crate::analysis::Analysis;
use crate::issue::Severity;
use crate::numbers::whole_money;
use crate::sanitize::clean;
use crate::tui::app::{App, Pane};

/// Draws the ranking pane.
pub(super) fn ranking(frame: &mut Frame, app: &App, theme: Theme, area: Rect) {
    let a = &app.analysis;
    let focused = app.focus == Pane::Ranking;
    let visible = app.visible();
    let block = pane(title(app, visible.len()), focused, theme);
    if a.ranking.is_empty() {
        let p = Paragraph::new("No offers were read: press i for the list of problems.")
            .block(block)
            .wrap(Wrap { trim: true });
        frame.render_widget(p, area);
        return;
    }
    let errors = error_counts(a);
    let selected = app.selected_row(&visible);
    let height = area.height.saturating_sub(3) as usize;
    // Narrower bars when the pane shares the width, so that vendor names keep their room.
    let bar_width = if area.width >= 78 { 10 } else { 6 };
    let first = offset(selected.unwrap_or(0), height);
    let header = Row::new([
        "#",
        "±",
        "Vendor",
        "Score",
        "",
        "Monthly",
        "Risk cost",
        "Marks",
    ])
    .style(theme.heading());
    let rows = visible
        .iter()
        .enumerate()
        .skip(first)
        .take(height)
        .map(|(row, &i)| {
            let focus = (Some(row) == selected).then_some(focused);
            offer_row(app, theme, i, &errors, bar_width, focus)
        });
    let widths = [
        Constraint::Length(3),
        Constraint::Length(3),
        Constraint::Min(12),
        Constraint::Length(5),
        Constraint::Length(bar_width as u16),
        Constraint::Length(7),
        Constraint::Length(9),
        Constraint::Length(9),
    ];
    frame.render_widget(
        Table::new(rows, widths)
            .header(header)
            .block(block)
            .column_spacing(1),
        area,
    );
}

/// The pane's title: the number of offers, or the filter and how many it lets through.
fn title(app: &App, visible: usize) -> String {
    let n = app.analysis.offers.len();
    if !app.filter.is_empty() || app.filter_editing {
        format!(
            " Ranking · filter: {}{} · {} of {} ",
            clean(&app.filter),
            if app.filter_editing { "▏" } else { "" },
            visible,
            n
        )
    } else {
        format!(" Ranking · {} offer{} ", n, if n == 1 { "" } else { "s" })
    }
}

/// The number of error issues of each offer (its unreadable cells).
fn error_counts(a: &Analysis) -> Vec<usize> {
    let mut errors = vec![0usize; a.offers.len()];
    for i in &a.issues {
        if let (Some(o), Severity::Error) = (i.offer, i.severity) {
            errors[o] += 1;
        }
    }
    errors
}

/// The row of `analysis.ranking[i]`. `selected`: `Some(focused)` when it is the selected row.
fn offer_row(
    app: &App,
    theme: Theme,
    i: usize,
    errors: &[usize],
    bar_width: usize,
    selected: Option<bool>,
) -> Row<'static> {
    let a = &app.analysis;
    let r = a.ranking[i];
    let o = r.offer;
    let change = app.rank_change(o);
    let (arrow, arrow_style) = match change {
        0 => (String::new(), Style::new()),
        d if d > 0 => (format!("▲{d}"), theme.up()),
        d => (format!("▼{}", -d), theme.down()),
    };
    let ev = &a.evaluation;
    let costs = &ev.costs[o];
    let mut style = if ev.disqualified[o] {
        theme.knocked_out()
    } else {
        Style::new()
    };
    if change != 0 {
        style = style.patch(arrow_style);
    }
    if let Some(focused) = selected {
        style = style.patch(theme.selected(focused));
    }
    Row::new(vec![
        Cell::from(r.rank.map_or_else(|| "—".to_string(), |n| n.to_string())),
        Cell::from(Span::styled(arrow, arrow_style)),
        Cell::from(if app.marked.contains(&o) {
            format!("◆ {}", app.vendor(o))
        } else {
            app.vendor(o)
        }),
        Cell::from(format!("{:>5}", crate::numbers::fixed(r.score, 1))),
        Cell::from(bar(r.score / 100.0, bar_width)),
        Cell::from(format!("{:>7}", whole_money(costs.monthly.as_ref().ok()))),
        Cell::from(format!("{:>9}", whole_money(costs.risk.as_ref().ok()))),
        Cell::from(Span::styled(
            marks(app, o, errors[o]).join(" "),
            if ev.disqualified[o] || !ev.flags[o].is_empty() {
                theme.flag()
            } else {
                Style::new()
            },
        )),
    ])
    .style(style)
}

/// The marks column: KO, ⚑ red flags, ? blank answers, ! unreadable cells.
fn marks(app: &App, o: usize, errors: usize) -> Vec<String> {
    let ev = &app.analysis.evaluation;
    let mut marks = Vec::new();
    if ev.disqualified[o] {
        marks.push("KO".to_string());
    }
    if !ev.flags[o].is_empty() {
        marks.push(format!("⚑{}", ev.flags[o].len()));
    }
    if ev.blanks[o] > 0 {
        marks.push(format!("?{}", ev.blanks[o]));
    }
    if errors > 0 {
        marks.push(format!("!{errors}"));
    }
    marks
}
