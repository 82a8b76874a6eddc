//! The ranking pane: one row per offer with its rank, change, score, costs and marks.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::{Cell, Paragraph, Row, Table, Wrap};

use super::theme::Theme;
use super::{bar, offset, pane};
use crate::analysis::Analysis;
use crate::i18n::{Arg, count, t, tr};
use crate::issue::Severity;
use crate::sanitize::clean;
use crate::tui::app::{App, Pane};

/// Draws the ranking pane.
pub(super) fn ranking(frame: &mut Frame, app: &App, theme: Theme, area: Rect) {
    let a = &app.analysis;
    let focused = app.focus == Pane::Ranking;
    let visible = app.visible();
    let block = pane(title(app, visible.len()), focused, theme);
    if a.ranking.is_empty() {
        let p = Paragraph::new(t(app.lang, "tui-no-offers"))
            .block(block)
            .wrap(Wrap { trim: true });
        frame.render_widget(p, area);
        return;
    }
    let errors = error_counts(a);
    let selected = app.selected_row(&visible);
    let height = area.height.saturating_sub(3) as usize;
    // Narrower bars when the pane shares the width, so that vendor names keep their room.
    let bar_width = if area.width >= 78 { 8 } else { 5 };
    let first = offset(selected.unwrap_or(0), height);
    let l = app.lang;
    // The amount columns as wide as their headings in this language.
    let width_of = |id: &str, least: usize| {
        u16::try_from(crate::export::display_width(&t(l, id)).max(least)).unwrap_or(9)
    };
    let (monthly_w, risk_w) = (width_of("tui-monthly", 7), width_of("tui-risk-cost", 9));
    let first_w = width_of("tui-first", 8);
    let header = Row::new([
        "#".to_string(),
        "±".to_string(),
        t(l, "table-vendor"),
        t(l, "table-score"),
        String::new(),
        t(l, "tui-first"),
        t(l, "tui-monthly"),
        t(l, "tui-risk-cost"),
        t(l, "table-marks"),
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
        Constraint::Length(first_w),
        Constraint::Length(monthly_w),
        Constraint::Length(risk_w),
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
    let l = app.lang;
    if !app.filter.is_empty() || app.filter_editing {
        let filter = format!(
            "{}{}",
            clean(&app.filter),
            if app.filter_editing { "▏" } else { "" }
        );
        format!(
            " {} ",
            tr(
                l,
                "tui-ranking-filtered",
                &[
                    ("filter", Arg::from(filter)),
                    ("shown", Arg::from(visible.to_string())),
                    ("all", Arg::from(n.to_string())),
                ]
            )
        )
    } else {
        format!(
            " {} ",
            tr(
                l,
                "tui-ranking",
                &[("offers", Arg::from(count(l, "offers", n)))]
            )
        )
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
        Cell::from(format!("{:>5}", crate::i18n::score(app.lang, r.score, 1))),
        Cell::from(bar(r.score / 100.0, bar_width)),
        first_place(app, theme, o),
        Cell::from(format!("{:>7}", amount(app, costs.monthly.as_ref().ok()))),
        Cell::from(format!("{:>9}", amount(app, costs.risk.as_ref().ok()))),
        Cell::from(Span::styled(
            crate::export::mark_list(&app.analysis, o, errors[o]).join(" "),
            if ev.disqualified[o] || !ev.flags[o].is_empty() {
                theme.flag()
            } else {
                Style::new()
            },
        )),
    ])
    .style(style)
}

/// The chance of first place as a bar and a percentage; dimmed with `~` while it is being
/// computed for new weights, `…` before the first result, `—` for a knocked-out offer.
fn first_place(app: &App, theme: Theme, o: usize) -> Cell<'static> {
    if app.analysis.evaluation.disqualified[o] {
        return Cell::from("       —");
    }
    let Some(odds) = &app.odds else {
        return Cell::from(Span::styled("       …", theme.dim()));
    };
    let share = odds.first.get(o).copied().unwrap_or(0.0);
    let percent = format!("{:.0}%", share * 100.0);
    if odds.weights == app.analysis.weights {
        Cell::from(format!("{}{percent:>5}", bar(share, 3)))
    } else {
        Cell::from(Span::styled(
            format!("{}{:>5}", bar(share, 3), format!("~{percent}")),
            theme.dim(),
        ))
    }
}

/// A whole amount in the screen's language (`1,500` / `1 500`), `—` when there is none.
fn amount(app: &App, d: Option<&rust_decimal::Decimal>) -> String {
    d.map_or_else(
        || "—".to_string(),
        |d| crate::i18n::decimal(app.lang, *d, 0),
    )
}
