//! The weights pane: criteria under their groups with weight, share and a bar, and the rule of
//! the selected criterion below.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, Wrap};

use super::theme::Theme;
use super::{bar, offset, pane, wrapped_lines};
use crate::numbers::shortest;
use crate::sanitize::clean;
use crate::tui::app::{App, Pane, WeightRow};

/// Draws the weights pane.
pub(super) fn weights(frame: &mut Frame, app: &App, theme: Theme, area: Rect) {
    let a = &app.analysis;
    let focused = app.focus == Pane::Weights;
    let total = app.total_weight();
    let l = app.lang;
    let n = a.criteria.criteria.len();
    let title = format!(
        " {}{} ",
        crate::i18n::tr(
            l,
            "tui-weights",
            &[
                ("count", crate::i18n::Arg::from(n)),
                ("n", crate::i18n::Arg::from(n.to_string())),
                ("sum", crate::i18n::Arg::from(shortest(total))),
            ]
        ),
        if app.dirty() {
            format!(" · {}", crate::i18n::t(l, "tui-unsaved"))
        } else {
            String::new()
        }
    );
    let block = pane(title, focused, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let rule = a
        .criteria
        .criteria
        .get(app.criterion)
        .map(|c| format!("{}: {}", c.id, c.rule().in_lang(l)))
        .unwrap_or_default();
    let tip = tipping_text(app);
    // Every word of the rule shows: as many lines as it wraps into, at most four; then where
    // the leader changes.
    let rule_lines = wrapped_lines(&rule, usize::from(inner.width)).clamp(1, 4);
    let tip_lines = wrapped_lines(&tip, usize::from(inner.width)).clamp(1, 2);
    let rule_height = (rule_lines + tip_lines) as u16;
    let [table_area, rule_area] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(rule_height)]).areas(inner);
    let bar_width = if inner.width >= 50 { 10 } else { 5 };
    let selected = app
        .weight_rows
        .iter()
        .position(|r| *r == WeightRow::Criterion(app.criterion));
    let height = table_area.height.saturating_sub(1) as usize;
    let first = offset(selected.unwrap_or(0), height);
    let rows = app
        .weight_rows
        .iter()
        .enumerate()
        .skip(first)
        .take(height)
        .map(|(row, r)| match *r {
            WeightRow::Group(g) => group_row(app, theme, g, total),
            WeightRow::Criterion(j) => {
                let focus = (Some(row) == selected).then_some(focused);
                criterion_row(app, theme, j, total, bar_width, focus)
            }
        });
    let widths = [
        Constraint::Min(10),
        Constraint::Length(6),
        // As wide as " Share" in this language.
        Constraint::Length(
            u16::try_from(crate::export::display_width(&crate::i18n::t(app.lang, "tui-share")) + 1)
                .unwrap_or(7)
                .max(7),
        ),
        Constraint::Length(bar_width as u16),
    ];
    let header = Row::new([
        crate::i18n::t(l, "tui-criterion"),
        crate::i18n::t(l, "tui-weight"),
        format!(" {}", crate::i18n::t(l, "tui-share")),
        String::new(),
    ])
    .style(theme.dim());
    frame.render_widget(
        Table::new(rows, widths).header(header).column_spacing(1),
        table_area,
    );
    let text = vec![
        Line::from(Span::styled(clean(&rule).into_owned(), theme.dim())),
        Line::from(Span::styled(clean(&tip).into_owned(), theme.heading())),
    ];
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), rule_area);
}

/// Where changing the selected criterion's weight alone changes the leader, from the
/// background work when it is for the weights on screen.
fn tipping_text(app: &App) -> String {
    let l = app.lang;
    let fresh = app
        .odds
        .as_ref()
        .filter(|o| o.weights == app.analysis.weights);
    let Some(odds) = fresh else {
        return crate::i18n::t(l, "tui-tip-pending");
    };
    let Some(t) = odds
        .tipping
        .as_ref()
        .and_then(|ts| ts.iter().find(|t| t.criterion == app.criterion))
    else {
        return crate::i18n::t(l, "tui-tip-topsis");
    };
    let arg = crate::i18n::Arg::from;
    let vendor = |o: usize| arg(app.vendor(o));
    match (t.down, t.up) {
        (None, None) => crate::i18n::t(l, "tui-tip-none"),
        (Some((d, x)), None) => crate::i18n::tr(
            l,
            "tui-tip-down",
            &[
                ("down", arg(crate::i18n::number(l, d, 1))),
                ("vendor", vendor(x)),
            ],
        ),
        (None, Some((u, y))) => crate::i18n::tr(
            l,
            "tui-tip-up",
            &[
                ("up", arg(crate::i18n::number(l, u, 1))),
                ("vendor", vendor(y)),
            ],
        ),
        (Some((d, x)), Some((u, y))) => crate::i18n::tr(
            l,
            "tui-tip-both",
            &[
                ("down", arg(crate::i18n::number(l, d, 1))),
                ("down_vendor", vendor(x)),
                ("up", arg(crate::i18n::number(l, u, 1))),
                ("up_vendor", vendor(y)),
            ],
        ),
    }
}

/// A group heading with the group's summed weight and share.
fn group_row(app: &App, theme: Theme, g: usize, total: f64) -> Row<'static> {
    let a = &app.analysis;
    let name = &app.groups[g];
    let w: f64 = a
        .criteria
        .criteria
        .iter()
        .zip(&a.weights)
        .filter(|(c, _)| &c.group == name)
        .map(|(_, w)| w)
        .sum();
    Row::new(vec![
        Cell::from(
            clean(&crate::i18n::t(app.lang, &format!("group-{name}")).to_uppercase()).into_owned(),
        ),
        Cell::from(format!("{:>4} ", shortest(w))),
        Cell::from(share_text(app.lang, share(w, total))),
        Cell::from(""),
    ])
    .style(theme.heading())
}

/// Criterion `j`'s row (`total`: the sum of the weights); a changed weight is starred.
/// `selected`: `Some(focused)` when it is the selected row.
fn criterion_row(
    app: &App,
    theme: Theme,
    j: usize,
    total: f64,
    bar_width: usize,
    selected: Option<bool>,
) -> Row<'static> {
    let c = &app.analysis.criteria.criteria[j];
    let w = app.analysis.weights[j];
    let changed = w != app.saved_weights[j];
    let mut style = if changed { theme.flag() } else { Style::new() };
    if let Some(focused) = selected {
        style = style.patch(theme.selected(focused));
    }
    Row::new(vec![
        Cell::from(format!("  {}", clean(c.label_in(app.lang)))),
        Cell::from(format!(
            "{:>4}{}",
            shortest(w),
            if changed { "*" } else { " " }
        )),
        Cell::from(share_text(app.lang, share(w, total))),
        Cell::from(bar(share(w, total) / max_share(app), bar_width)),
    ])
    .style(style)
}

/// A share as the weights pane shows it, right-aligned: ` 17.0%` / `17,0 %`.
fn share_text(lang: crate::i18n::Lang, share: f64) -> String {
    let n = crate::i18n::number(lang, 100.0 * share, 1);
    let text = crate::i18n::tr(lang, "tui-percent", &[("n", crate::i18n::Arg::from(n))]);
    format!("{text:>7}")
}

/// A weight's share of the total (0 when all weights are 0).
fn share(w: f64, total: f64) -> f64 {
    if total > 0.0 { w / total } else { 0.0 }
}

/// The largest share, so that weight bars use their whole width.
fn max_share(app: &App) -> f64 {
    let total = app.total_weight();
    let max = app.analysis.weights.iter().copied().fold(0.0, f64::max);
    if total > 0.0 && max > 0.0 {
        max / total
    } else {
        1.0
    }
}

#[cfg(test)]
mod tests {
    use super::wrapped_lines;

    #[test]
    fn the_rule_takes_the_lines_it_wraps_into() {
        assert_eq!(wrapped_lines("a b c", 80), 1);
        assert_eq!(wrapped_lines("aaaa bbbb", 4), 2);
        assert_eq!(wrapped_lines("aaaa bbbb cc", 9), 2);
        assert_eq!(wrapped_lines("aaaaaaaaaa", 4), 3);
        assert_eq!(wrapped_lines("", 10), 1);
    }
}
