//! The comparison popup: two offers side by side, criterion by criterion, the largest
//! differences in points first.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Cell, Clear, Row, Table};

use super::details::value_text;
use super::theme::Theme;
use super::{centered, pane};
use crate::analysis::Analysis;
use crate::criteria::Method;
use crate::export::fit_width;
use crate::numbers::fixed;
use crate::sanitize::clean;
use crate::tui::app::App;

/// Draws offers `x` (left) and `y` (right), the table scrolled by `scroll` rows.
pub(super) fn compare(
    frame: &mut Frame,
    app: &App,
    theme: Theme,
    (x, y): (usize, usize),
    scroll: usize,
    area: Rect,
) {
    let a = &app.analysis;
    let ev = &a.evaluation;
    let topsis = a.criteria.method == Method::Topsis;
    let (px, py) = (
        ev.contributions(&a.weights, x),
        ev.contributions(&a.weights, y),
    );
    let diff = |j: usize| {
        let d = px[j] - py[j];
        if d.is_finite() { d } else { 0.0 }
    };
    let mut order: Vec<usize> = (0..a.criteria.criteria.len()).collect();
    order.sort_by(|&i, &j| diff(j).abs().total_cmp(&diff(i).abs()));
    let rect = centered(
        area,
        area.width.saturating_sub(2),
        area.height.saturating_sub(2),
    );
    let block = pane(title(app, x, y), true, theme);
    let inner = block.inner(rect);
    frame.render_widget(Clear, rect);
    frame.render_widget(block, rect);
    let height = inner.height.saturating_sub(1) as usize;
    app.limits.compare.set(order.len().saturating_sub(height));
    let first = scroll.min(order.len().saturating_sub(height));
    let unit = if topsis { "score" } else { "pts" };
    let header = Row::new(vec![
        "Criterion".to_string(),
        fit_width(&app.vendor(x), 20),
        unit.to_string(),
        fit_width(&app.vendor(y), 20),
        unit.to_string(),
        "Δ".to_string(),
    ])
    .style(theme.heading());
    let rows = order.iter().skip(first).take(height).map(|&j| {
        let d = diff(j);
        let style = if d > 0.05 {
            theme.up()
        } else if d < -0.05 {
            theme.down()
        } else {
            theme.dim()
        };
        Row::new(vec![
            Cell::from(clean(&a.criteria.criteria[j].label).into_owned()),
            Cell::from(answer(app, j, x)),
            Cell::from(format!("{:>5}", fixed(px[j], 1))),
            Cell::from(answer(app, j, y)),
            Cell::from(format!("{:>5}", fixed(py[j], 1))),
            Cell::from(Span::styled(format!("{d:>+6.1}"), style)),
        ])
    });
    let widths = [
        Constraint::Fill(4),
        Constraint::Fill(3),
        Constraint::Length(5),
        Constraint::Fill(3),
        Constraint::Length(5),
        Constraint::Length(6),
    ];
    frame.render_widget(
        Table::new(rows, widths).header(header).column_spacing(1),
        inner,
    );
}

/// Both vendors with rank and score, and the score difference.
fn title(app: &App, x: usize, y: usize) -> String {
    let a = &app.analysis;
    format!(
        " {} ({}, {}) vs {} ({}, {}) · Δ {}{} · ↑↓ scroll · Esc closes ",
        fit_width(&app.vendor(x), 24),
        rank(a, x),
        fixed(score(a, x), 1),
        fit_width(&app.vendor(y), 24),
        rank(a, y),
        fixed(score(a, y), 1),
        if fixed(score(a, x) - score(a, y), 1).starts_with('-') {
            ""
        } else {
            "+"
        },
        fixed(score(a, x) - score(a, y), 1)
    )
}

/// Offer `o`'s score (0 when it is not in the ranking).
fn score(a: &Analysis, o: usize) -> f64 {
    a.ranking
        .iter()
        .find(|r| r.offer == o)
        .map_or(0.0, |r| r.score)
}

/// `#3`, or `KO` for a knocked-out offer.
fn rank(a: &Analysis, o: usize) -> String {
    a.ranking
        .iter()
        .find(|r| r.offer == o)
        .and_then(|r| r.rank)
        .map_or("KO".to_string(), |n| format!("#{n}"))
}

/// Offer `o`'s answer to criterion `j` as written, or its value when the cell is blank.
fn answer(app: &App, j: usize, o: usize) -> String {
    let raw = app.analysis.offers.cell(j, o).raw.trim();
    if raw.is_empty() {
        value_text(app, j, o)
    } else {
        clean(raw).into_owned()
    }
}
