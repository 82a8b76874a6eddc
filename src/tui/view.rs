//! Drawing: [`render`] turns an [`App`] into a frame. It reads the app and changes nothing.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Clear, Paragraph, Row, Table, Wrap};

use super::app::{App, Level, Pane, Popup, WeightRow, num};
use crate::criteria::{Kind, Method};
use crate::export::Format;
use crate::export::{clean, fit};
use crate::issue::Severity;
use crate::normalize::Value;
use crate::numbers::whole_money;
use crate::session::Source;

/// The smallest terminal the screen is laid out for.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 15;

/// From this size on, ranking, weights and details are all on screen at once.
const WIDE: (u16, u16) = (120, 30);

/// Colors, or none at all (NO_COLOR): every state stays visible through modifiers alone.
#[derive(Clone, Copy)]
struct Theme {
    color: bool,
}

impl Theme {
    fn fg(self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }
    fn selected(self, focused: bool) -> Style {
        let s = Style::new().add_modifier(Modifier::REVERSED);
        if focused {
            s.add_modifier(Modifier::BOLD)
        } else {
            s
        }
    }
    fn heading(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }
    fn border(self, focused: bool) -> Style {
        if focused {
            self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
        } else {
            self.fg(Color::DarkGray)
        }
    }
    fn up(self) -> Style {
        self.fg(Color::Green).add_modifier(Modifier::BOLD)
    }
    fn down(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }
    fn knocked_out(self) -> Style {
        if self.color {
            self.fg(Color::DarkGray)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }
    fn flag(self) -> Style {
        self.fg(Color::Yellow)
    }
    fn error(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }
    fn good(self) -> Style {
        self.fg(Color::Green)
    }
    fn dim(self) -> Style {
        self.fg(Color::DarkGray)
    }
}

/// Draws the whole screen.
pub fn render(frame: &mut Frame, app: &App) {
    let area = frame.area();
    let theme = Theme { color: app.color };
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let text = vec![
            Line::from("Terminal too small"),
            Line::from(format!(
                "{}×{}: offerlens needs at least {MIN_WIDTH}×{MIN_HEIGHT}",
                area.width, area.height
            )),
            Line::from("Enlarge the window, or press q to quit."),
        ];
        let y = area.height.saturating_sub(3) / 2;
        let rect = Rect::new(area.x, area.y + y, area.width, area.height.min(3));
        frame.render_widget(
            Paragraph::new(text)
                .alignment(Alignment::Center)
                .wrap(Wrap { trim: true }),
            rect,
        );
        return;
    }
    let [main, status] = Layout::vertical([Constraint::Min(0), Constraint::Length(2)]).areas(area);
    if area.width >= WIDE.0 && area.height >= WIDE.1 {
        let [top, bottom] =
            Layout::vertical([Constraint::Percentage(50), Constraint::Min(0)]).areas(main);
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(62), Constraint::Min(0)]).areas(top);
        ranking(frame, app, theme, left);
        weights(frame, app, theme, right);
        details(frame, app, theme, bottom);
    } else {
        let rows = app.visible().len().min(u16::MAX as usize - 3) as u16;
        let height = (rows + 3).clamp(5, (main.height / 2).max(5));
        let [top, bottom] =
            Layout::vertical([Constraint::Length(height), Constraint::Min(0)]).areas(main);
        ranking(frame, app, theme, top);
        if app.focus == Pane::Weights {
            weights(frame, app, theme, bottom);
        } else {
            details(frame, app, theme, bottom);
        }
    }
    status_line(frame, app, theme, status);
    if let Some(popup) = &app.popup {
        render_popup(frame, app, theme, popup, area);
    }
}

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

fn ranking(frame: &mut Frame, app: &App, theme: Theme, area: Rect) {
    let a = &app.analysis;
    let focused = app.focus == Pane::Ranking;
    let visible = app.visible();
    let mut title = format!(
        " Ranking · {} offer{} ",
        a.offers.len(),
        if a.offers.len() == 1 { "" } else { "s" }
    );
    if !app.filter.is_empty() || app.filter_editing {
        title = format!(
            " Ranking · filter: {}{} · {} of {} ",
            clean(&app.filter),
            if app.filter_editing { "▏" } else { "" },
            visible.len(),
            a.offers.len()
        );
    }
    let block = pane(title, focused, theme);
    if a.ranking.is_empty() {
        let p = Paragraph::new("No offers were read: press i for the list of problems.")
            .block(block)
            .wrap(Wrap { trim: true });
        frame.render_widget(p, area);
        return;
    }
    let mut errors = vec![0usize; a.offers.len()];
    for i in &a.issues {
        if let (Some(o), Severity::Error) = (i.offer, i.severity) {
            errors[o] += 1;
        }
    }
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
            let r = a.ranking[i];
            let o = r.offer;
            let change = app.rank_change(o);
            let (arrow, arrow_style) = match change {
                0 => (String::new(), Style::new()),
                d if d > 0 => (format!("▲{d}"), theme.up()),
                d => (format!("▼{}", -d), theme.down()),
            };
            let ev = &a.evaluation;
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
            if errors[o] > 0 {
                marks.push(format!("!{}", errors[o]));
            }
            let costs = &ev.costs[o];
            let mut style = if ev.disqualified[o] {
                theme.knocked_out()
            } else {
                Style::new()
            };
            if change != 0 {
                style = style.patch(arrow_style);
            }
            if Some(row) == selected {
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
                Cell::from(format!("{:>5.1}", r.score)),
                Cell::from(bar(r.score / 100.0, bar_width)),
                Cell::from(format!("{:>7}", whole_money(costs.monthly.as_ref().ok()))),
                Cell::from(format!("{:>9}", whole_money(costs.risk.as_ref().ok()))),
                Cell::from(Span::styled(
                    marks.join(" "),
                    if ev.disqualified[o] || !ev.flags[o].is_empty() {
                        theme.flag()
                    } else {
                        Style::new()
                    },
                )),
            ])
            .style(style)
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

fn weights(frame: &mut Frame, app: &App, theme: Theme, area: Rect) {
    let a = &app.analysis;
    let focused = app.focus == Pane::Weights;
    let total = app.total_weight();
    let title = format!(
        " Weights · {} criteria · sum {}{} ",
        a.criteria.criteria.len(),
        num(total),
        if app.dirty() { " · unsaved" } else { "" }
    );
    let block = pane(title, focused, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let rule = a
        .criteria
        .criteria
        .get(app.criterion)
        .map(|c| format!("{}: {}", c.id, c.rule()))
        .unwrap_or_default();
    let rule_height = if inner.width as usize >= rule.chars().count() {
        1
    } else {
        2
    };
    let [table_area, rule_area] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(rule_height)]).areas(inner);
    let share = |w: f64| if total > 0.0 { w / total } else { 0.0 };
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
            WeightRow::Group(g) => {
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
                    Cell::from(clean(&name.to_uppercase()).into_owned()),
                    Cell::from(format!("{:>4} ", num(w))),
                    Cell::from(format!("{:>5.1}%", 100.0 * share(w))),
                    Cell::from(""),
                ])
                .style(theme.heading())
            }
            WeightRow::Criterion(j) => {
                let c = &a.criteria.criteria[j];
                let w = a.weights[j];
                let changed = w != app.saved_weights[j];
                let mut style = if changed { theme.flag() } else { Style::new() };
                if Some(row) == selected {
                    style = style.patch(theme.selected(focused));
                }
                Row::new(vec![
                    Cell::from(format!("  {}", clean(&c.label))),
                    Cell::from(format!("{:>4}{}", num(w), if changed { "*" } else { " " })),
                    Cell::from(format!("{:>5.1}%", 100.0 * share(w))),
                    Cell::from(bar(share(w) / max_share(app), bar_width)),
                ])
                .style(style)
            }
        });
    let widths = [
        Constraint::Min(10),
        Constraint::Length(6),
        Constraint::Length(6),
        Constraint::Length(bar_width as u16),
    ];
    let header = Row::new(["Criterion", "Weight", " Share", ""]).style(theme.dim());
    frame.render_widget(
        Table::new(rows, widths).header(header).column_spacing(1),
        table_area,
    );
    frame.render_widget(
        Paragraph::new(Span::styled(clean(&rule).into_owned(), theme.dim()))
            .wrap(Wrap { trim: true }),
        rule_area,
    );
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

/// An offer's answer as read: number with its unit, yes/no, the choice, or "text".
fn value_text(app: &App, j: usize, o: usize) -> String {
    let a = &app.analysis;
    let c = &a.criteria.criteria[j];
    let cell = a.offers.cell(j, o);
    let unit = |s: String| match &c.unit {
        Some(u) if c.kind != Kind::Money => format!("{s} {u}"),
        _ if c.kind == Kind::Money => format!("{s} {}", a.criteria.currency),
        _ => s,
    };
    match (&cell.value, c.kind) {
        (_, Kind::RiskCost) => match &a.evaluation.costs[o].risk {
            Ok(d) => format!("{} {}", whole_money(Some(d)), a.criteria.currency),
            Err(_) => "—".into(),
        },
        (None, _) if !cell.raw.trim().is_empty() => "unreadable".into(),
        (None, _) => "—".into(),
        (Some(Value::Num(d)), _) => unit(d.normalize().to_string()),
        (Some(Value::Bool(b)), _) => (if *b { "yes" } else { "no" }).into(),
        (Some(Value::Choice(k)), _) => c.choices.get(*k).map_or("?".into(), |(k, _)| k.clone()),
        (Some(Value::Text), _) => "text".into(),
    }
}

/// A cell's place without the file name, which the details pane shows once: `5:3`, `Oferta!C7`.
fn short_location(offers: &crate::normalize::Offers, src: crate::normalize::SourceRef) -> String {
    let full = offers.location(src);
    offers
        .tables
        .get(src.table as usize)
        .and_then(|t| full.strip_prefix(t.file.as_str()))
        .and_then(|rest| rest.strip_prefix(':'))
        .map_or_else(|| full.clone(), str::to_string)
}

fn score_text(x: f64) -> String {
    if x.is_finite() {
        format!("{x:.2}")
    } else {
        "—".into()
    }
}

fn points_text(x: f64) -> String {
    if x.is_finite() {
        format!("{x:.1}")
    } else {
        "—".into()
    }
}

fn details(frame: &mut Frame, app: &App, theme: Theme, area: Rect) {
    let a = &app.analysis;
    let focused = app.focus == Pane::Details;
    let Some(o) = app.selected else {
        frame.render_widget(pane(" Details ".into(), focused, theme), area);
        return;
    };
    let block = pane(format!(" Details · {} ", app.vendor(o)), focused, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let ev = &a.evaluation;
    let r = a.ranking.iter().find(|r| r.offer == o);
    let ranked = a.ranking.iter().filter(|r| r.rank.is_some()).count();
    let mut summary = vec![Span::styled(app.vendor(o), theme.heading())];
    summary.push(Span::raw(match r.and_then(|r| r.rank) {
        Some(n) => format!("  #{n} of {ranked}"),
        None => "  knocked out".into(),
    }));
    if let Some(r) = r {
        summary.push(Span::raw(format!(" · score {:.1}", r.score)));
    }
    let cur = &a.criteria.currency;
    let costs = &ev.costs[o];
    if let Ok(m) = &costs.monthly {
        summary.push(Span::raw(format!(
            " · monthly {} {cur}",
            whole_money(Some(m))
        )));
    }
    if let Ok(m) = &costs.risk {
        summary.push(Span::raw(format!(
            " · risk cost {} {cur}",
            whole_money(Some(m))
        )));
    }
    let mut lines = vec![Line::from(summary)];
    let blanks = ev.blanks[o];
    lines.push(Line::styled(
        format!(
            "from {} · {} blank answer{}",
            clean(&a.offers.location(a.offers.offers[o].source)),
            blanks,
            if blanks == 1 { "" } else { "s" }
        ),
        theme.dim(),
    ));
    for k in &ev.knockouts[o] {
        lines.push(Line::from(vec![
            Span::styled("KO ", theme.error()),
            Span::raw(clean(&k.message).into_owned()),
        ]));
    }
    for f in &ev.flags[o] {
        let cost = if f.disqualify {
            " (knocks out)".to_string()
        } else if f.penalty > 0.0 {
            format!(" (−{} points)", num(f.penalty))
        } else {
            String::new()
        };
        lines.push(Line::from(vec![
            Span::styled("⚑  ", theme.flag()),
            Span::raw(format!("{}{cost}", clean(&f.message))),
        ]));
    }
    for i in a
        .issues
        .iter()
        .filter(|i| i.offer == Some(o) && i.severity != Severity::Info)
    {
        lines.push(Line::from(vec![
            Span::styled("!  ", theme.error()),
            Span::raw(format!("{}: {}", clean(&i.location), clean(&i.message))),
        ]));
    }
    // One scrolled list: the summary (knock-outs, flags, issues) first, then the criteria. The
    // summary takes what it needs, leaving room for the table's header and a row.
    let width = inner.width.max(1) as usize;
    let summary_rows: usize = lines.iter().map(|l| l.width().div_ceil(width).max(1)).sum();
    let m = a.criteria.criteria.len();
    let full_table = inner.height.saturating_sub(1) as usize;
    let max_scroll = summary_rows + m.saturating_sub(full_table);
    app.limits.details.set(max_scroll);
    let scroll = app.details_scroll.min(max_scroll);
    let top_height = summary_rows
        .saturating_sub(scroll)
        .min(inner.height.saturating_sub(2) as usize) as u16;
    let [top, table_area] =
        Layout::vertical([Constraint::Length(top_height), Constraint::Min(0)]).areas(inner);
    if top_height > 0 {
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .scroll((scroll.min(u16::MAX as usize) as u16, 0)),
            top,
        );
    }

    let points = ev.points(&a.weights, o);
    let height = table_area.height.saturating_sub(1) as usize;
    let first = scroll
        .saturating_sub(summary_rows)
        .min(m.saturating_sub(height));
    let rows = (first..m).take(height).map(|j| {
        let c = &a.criteria.criteria[j];
        let cell = a.offers.cell(j, o);
        let knocked = ev.knockouts[o].iter().any(|k| k.criterion == c.id);
        let style = if knocked {
            theme.error()
        } else if cell.value.is_none() {
            theme.dim()
        } else {
            Style::new()
        };
        Row::new(vec![
            Cell::from(clean(&c.label).into_owned()),
            Cell::from(clean(cell.raw.trim()).into_owned()),
            Cell::from(value_text(app, j, o)),
            Cell::from(format!("{:>5}", score_text(ev.criterion_score(j, o)))),
            Cell::from(format!("{:>5}", points_text(points[j]))),
            Cell::from(cell.source.map_or(String::new(), |s| {
                clean(&short_location(&a.offers, s)).into_owned()
            })),
        ])
        .style(style)
    });
    let points_header = if a.criteria.method == Method::Topsis {
        "  —"
    } else {
        "Pts"
    };
    let header = Row::new([
        "Criterion",
        "Answer",
        "Value",
        "Score",
        points_header,
        "Source",
    ])
    .style(theme.heading());
    let widths = [
        Constraint::Fill(4),
        Constraint::Fill(3),
        Constraint::Fill(2),
        Constraint::Length(5),
        Constraint::Length(5),
        Constraint::Length(12),
    ];
    frame.render_widget(
        Table::new(rows, widths).header(header).column_spacing(1),
        table_area,
    );
}

fn status_line(frame: &mut Frame, app: &App, theme: Theme, area: Rect) {
    let a = &app.analysis;
    let criteria = match &app.source {
        Source::Profile(name) => format!("profile {name}"),
        Source::File(p) => p.display().to_string(),
    };
    let errors = a.count(Severity::Error);
    let warnings = a.count(Severity::Warning);
    let mut right = vec![
        Span::raw(" · "),
        Span::raw(match a.criteria.method {
            Method::WeightedSum => "weighted sum",
            Method::Topsis => "TOPSIS",
        }),
    ];
    if app.dirty() {
        right.push(Span::raw(" · "));
        right.push(Span::styled(
            "● unsaved",
            theme.flag().add_modifier(Modifier::BOLD),
        ));
    }
    if app.reload_error.is_some() {
        right.push(Span::raw(" · "));
        right.push(Span::styled("criteria file has errors", theme.error()));
    }
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    right.push(Span::raw(match (errors, warnings) {
        (0, 0) => " · no issues ".to_string(),
        (e, 0) => format!(" · {} ", plural(e, "error")),
        (0, w) => format!(" · {} ", plural(w, "warning")),
        (e, w) => format!(" · {}, {} ", plural(e, "error"), plural(w, "warning")),
    }));
    // The paths give way first when the line is too long: names without folders, then cut.
    let room =
        (area.width as usize).saturating_sub(right.iter().map(Span::width).sum::<usize>() + 4);
    let file_name = |p: &str| {
        let trimmed = p.trim_end_matches('/');
        trimmed.rsplit('/').next().unwrap_or(trimmed).to_string()
    };
    let mut inputs = clean(&app.inputs.join(", ")).into_owned();
    let mut criteria = clean(&criteria).into_owned();
    if inputs.chars().count() + criteria.chars().count() > room {
        let names: Vec<String> = app.inputs.iter().map(|p| file_name(p)).collect();
        inputs = clean(&names.join(", ")).into_owned();
        if let Source::File(_) = app.source {
            criteria = file_name(&criteria);
        }
    }
    let criteria_room = criteria.chars().count().min(room / 2);
    let inputs = fit(&inputs, room.saturating_sub(criteria_room));
    let criteria = fit(&criteria, room.saturating_sub(inputs.chars().count()));
    let mut parts = vec![Span::raw(format!(" {inputs} · {criteria}"))];
    parts.extend(right);
    let second = if let Some((level, text)) = &app.message {
        let style = match level {
            Level::Info => Style::new(),
            Level::Good => theme.good(),
            Level::Error => theme.error(),
        };
        Line::styled(format!(" {}", clean(text)), style)
    } else if let Some(e) = &app.reload_error {
        Line::styled(format!(" {}", clean(e)), theme.error())
    } else {
        Line::styled(hints(area.width as usize), theme.dim())
    };
    let first = Line::from(parts).style(Style::new().add_modifier(Modifier::REVERSED));
    frame.render_widget(Paragraph::new(vec![first, second]), area);
}

/// Key hints, as many as fit: the most needed first.
fn hints(width: usize) -> String {
    const HINTS: &[&str] = &[
        "? help",
        "q quit",
        "Tab pane",
        "+/- weight",
        "s save",
        "/ filter",
        "Enter details",
        "space mark",
        "c compare",
        "e export",
        "i issues",
    ];
    let mut line = String::new();
    for h in HINTS {
        let sep = if line.is_empty() { " " } else { " · " };
        if line.chars().count() + sep.len() + h.chars().count() > width {
            break;
        }
        line.push_str(sep);
        line.push_str(h);
    }
    line
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

fn render_popup(frame: &mut Frame, app: &App, theme: Theme, popup: &Popup, area: Rect) {
    match popup {
        Popup::Help => {
            let keys: &[(&str, &str)] = &[
                ("↑/↓  j/k", "move in the focused pane (mouse wheel too)"),
                ("g/G  PgUp/PgDn", "first / last · a page up / down"),
                ("Tab  Shift-Tab", "next pane: ranking → weights → details"),
                (
                    "+  -",
                    "weight of the selected criterion ±1 (re-ranks at once)",
                ),
                (
                    "s",
                    "save the weights into the criteria file (comments kept)",
                ),
                ("/", "filter vendors as you type · Esc clears"),
                ("Enter", "details of the selected offer"),
                ("space  c", "mark two offers · compare them side by side"),
                ("e", "export the ranking (CSV, JSON, text)"),
                ("i", "import issues with their locations"),
                ("Esc", "close a popup"),
                ("q  Ctrl-C", "quit (asks when there are unsaved changes)"),
            ];
            let mut lines: Vec<Line> = keys
                .iter()
                .map(|(k, d)| {
                    Line::from(vec![
                        Span::styled(format!(" {k:<16}"), theme.heading()),
                        Span::raw(*d),
                    ])
                })
                .collect();
            lines.push(Line::raw(""));
            lines.push(Line::styled(
                " Marks: KO knocked out · ⚑ red flags · ? blank answers · ! unreadable cells",
                theme.dim(),
            ));
            lines.push(Line::styled(
                " ▲2 / ▼1: places moved by the last weight change",
                theme.dim(),
            ));
            dialog(frame, area, theme, " Keys · Esc closes ", lines, 84);
        }
        Popup::Issues { scroll } => {
            let a = &app.analysis;
            let mut lines = Vec::new();
            for i in &a.issues {
                let style = match i.severity {
                    Severity::Error => theme.error(),
                    Severity::Warning => theme.flag(),
                    Severity::Info => theme.dim(),
                };
                lines.push(Line::from(vec![
                    Span::styled(format!("{:<7} ", i.severity.as_str()), style),
                    Span::styled(clean(&i.location).into_owned(), theme.heading()),
                ]));
                lines.push(Line::raw(format!("        {}", clean(&i.message))));
            }
            if lines.is_empty() {
                lines.push(Line::raw("No issues: every file and cell was read."));
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
            let scroll = (*scroll).min(rows.saturating_sub(visible));
            frame.render_widget(Clear, rect);
            frame.render_widget(
                Paragraph::new(lines)
                    .scroll((scroll as u16, 0))
                    .wrap(Wrap { trim: false })
                    .block(pane(
                        format!(" Issues · {} · ↑↓ scroll · Esc closes ", a.issues.len()),
                        true,
                        theme,
                    )),
                rect,
            );
        }
        Popup::Compare { a: x, b: y, scroll } => compare(frame, app, theme, *x, *y, *scroll, area),
        Popup::Export { format, path, .. } => {
            let mut tabs = vec![Span::raw(" Format: ")];
            for f in Format::MENU {
                let style = if f == *format {
                    theme.selected(true)
                } else {
                    Style::new()
                };
                tabs.push(Span::styled(format!(" {} ", f.name()), style));
                tabs.push(Span::raw(" "));
            }
            let lines = vec![
                Line::from(tabs),
                Line::raw(""),
                Line::from(vec![
                    Span::raw(" File: "),
                    Span::styled(format!("{}▏", clean(path)), theme.heading()),
                ]),
                Line::raw(""),
                Line::styled(
                    " Tab/←→ format · type the path · Enter writes · Esc cancels",
                    theme.dim(),
                ),
            ];
            dialog(frame, area, theme, " Export the ranking ", lines, 70);
        }
        Popup::SaveAs { path } => {
            let name = match &app.source {
                Source::Profile(n) => n.as_str(),
                Source::File(_) => "criteria",
            };
            let lines = vec![
                Line::raw(format!(
                    " The built-in profile {name} is saved as a new criteria file."
                )),
                Line::raw(""),
                Line::from(vec![
                    Span::raw(" File: "),
                    Span::styled(format!("{}▏", clean(path)), theme.heading()),
                ]),
                Line::raw(""),
                Line::styled(" Enter saves · Esc cancels", theme.dim()),
            ];
            dialog(frame, area, theme, " Save the weights ", lines, 70);
        }
        Popup::Overwrite { path } => {
            let lines = vec![
                Line::raw(format!(" {} already exists.", clean(path))),
                Line::raw(" Overwrite it? The old file is kept as .bak."),
                Line::raw(""),
                Line::styled(" y overwrites · n chooses another name", theme.dim()),
            ];
            dialog(frame, area, theme, " File exists ", lines, 70);
        }
        Popup::ExportExists { path, .. } => {
            let lines = vec![
                Line::raw(format!(" {} already exists.", clean(path))),
                Line::raw(" Replace it with the export?"),
                Line::raw(""),
                Line::styled(" y replaces · n chooses another name", theme.dim()),
            ];
            dialog(frame, area, theme, " File exists ", lines, 70);
        }
        Popup::Quit => {
            let lines = vec![
                Line::raw(" The weights have unsaved changes."),
                Line::raw(""),
                Line::from(vec![
                    Span::styled(" y", theme.heading()),
                    Span::raw(" save and quit · "),
                    Span::styled("n", theme.heading()),
                    Span::raw(" quit without saving · "),
                    Span::styled("Esc", theme.heading()),
                    Span::raw(" stay"),
                ]),
            ];
            dialog(frame, area, theme, " Quit? ", lines, 62);
        }
    }
}

fn compare(
    frame: &mut Frame,
    app: &App,
    theme: Theme,
    x: usize,
    y: usize,
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
    let score = |o: usize| {
        a.ranking
            .iter()
            .find(|r| r.offer == o)
            .map_or(0.0, |r| r.score)
    };
    let rank = |o: usize| {
        a.ranking
            .iter()
            .find(|r| r.offer == o)
            .and_then(|r| r.rank)
            .map_or("KO".to_string(), |n| format!("#{n}"))
    };
    let rect = centered(
        area,
        area.width.saturating_sub(2),
        area.height.saturating_sub(2),
    );
    let title = format!(
        " {} ({}, {:.1}) vs {} ({}, {:.1}) · Δ {:+.1} · ↑↓ scroll · Esc closes ",
        fit(&app.vendor(x), 24),
        rank(x),
        score(x),
        fit(&app.vendor(y), 24),
        rank(y),
        score(y),
        score(x) - score(y)
    );
    let block = pane(title, true, theme);
    let inner = block.inner(rect);
    frame.render_widget(Clear, rect);
    frame.render_widget(block, rect);
    let height = inner.height.saturating_sub(1) as usize;
    app.limits.compare.set(order.len().saturating_sub(height));
    let first = scroll.min(order.len().saturating_sub(height));
    let unit = if topsis { "score" } else { "pts" };
    let header = Row::new(vec![
        "Criterion".to_string(),
        fit(&app.vendor(x), 20),
        unit.to_string(),
        fit(&app.vendor(y), 20),
        unit.to_string(),
        "Δ".to_string(),
    ])
    .style(theme.heading());
    let rows = order.iter().skip(first).take(height).map(|&j| {
        let c = &a.criteria.criteria[j];
        let d = diff(j);
        let style = if d > 0.05 {
            theme.up()
        } else if d < -0.05 {
            theme.down()
        } else {
            theme.dim()
        };
        let answer = |o: usize| {
            let raw = a.offers.cell(j, o).raw.trim();
            if raw.is_empty() {
                value_text(app, j, o)
            } else {
                clean(raw).into_owned()
            }
        };
        Row::new(vec![
            Cell::from(clean(&c.label).into_owned()),
            Cell::from(answer(x)),
            Cell::from(format!("{:>5}", points_text(px[j]))),
            Cell::from(answer(y)),
            Cell::from(format!("{:>5}", points_text(py[j]))),
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
