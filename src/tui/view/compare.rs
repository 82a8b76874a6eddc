//! The comparison popup: two offers side by side, the sentence that says why one leads, then
//! criterion by criterion, the largest differences in points first.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Cell, Clear, Paragraph, Row, Table, Wrap};

use super::details::value_text;
use super::theme::Theme;
use super::{centered, pane, wrapped_lines};
use crate::analysis::Analysis;
use crate::criteria::Method;
use crate::export::fit_width;
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
    let l = app.lang;
    // The sentence a business owner can forward, above the table.
    let e = crate::explain::explain(a, x, y);
    let sentence = clean(&crate::explain::sentence(a, &e).in_lang(l)).into_owned();
    let lines = wrapped_lines(&sentence, usize::from(inner.width)).min(4) as u16;
    let [said, inner] =
        Layout::vertical([Constraint::Length(lines + 1), Constraint::Min(0)]).areas(inner);
    frame.render_widget(
        Paragraph::new(Span::styled(sentence, theme.heading())).wrap(Wrap { trim: true }),
        said,
    );
    let height = inner.height.saturating_sub(1) as usize;
    app.limits.compare.set(order.len().saturating_sub(height));
    let first = scroll.min(order.len().saturating_sub(height));
    let unit = if topsis {
        crate::i18n::t(l, "table-score")
    } else {
        crate::i18n::t(l, "details-points")
    };
    let header = Row::new(vec![
        crate::i18n::t(l, "tui-criterion"),
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
            Cell::from(clean(a.criteria.criteria[j].label_in(l)).into_owned()),
            Cell::from(answer(app, j, x)),
            Cell::from(format!("{:>5}", crate::i18n::score(l, px[j], 1))),
            Cell::from(answer(app, j, y)),
            Cell::from(format!("{:>5}", crate::i18n::score(l, py[j], 1))),
            Cell::from(Span::styled(format!("{:>6}", signed(l, d)), style)),
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
    let l = app.lang;
    format!(
        " {} ({}, {}) vs {} ({}, {}) · Δ {} · {} ",
        fit_width(&app.vendor(x), 24),
        rank(a, x),
        crate::i18n::score(l, score(a, x), 1),
        fit_width(&app.vendor(y), 24),
        rank(a, y),
        crate::i18n::score(l, score(a, y), 1),
        signed(l, score(a, x) - score(a, y)),
        crate::i18n::t(l, "compare-keys")
    )
}

/// A difference with its sign and one decimal (`+6.1`, `−4.3`, `0.0`: no signed zero).
fn signed(lang: crate::i18n::Lang, d: f64) -> String {
    let shown = crate::i18n::score(lang, d, 1);
    if shown.starts_with('−') || shown.trim_start_matches(['0', '.', ',']).is_empty() {
        shown
    } else {
        format!("+{shown}")
    }
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
