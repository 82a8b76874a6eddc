//! The details pane: the selected offer's summary (rank, costs, knock-outs, flags, issues,
//! notes), then every criterion with the answer as read, its value, score, points and source
//! cell.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, Wrap};

use super::pane;
use super::theme::Theme;
use crate::criteria::{Kind, Method};
use crate::i18n::{Arg, count, t, tr};
use crate::issue::Severity;
use crate::normalize::Value;
use crate::sanitize::clean;
use crate::tui::app::{App, Pane};

/// Draws the details pane. The summary and the criteria scroll as one list: the summary
/// first, taking what it needs but leaving room for the table's header and a row.
pub(super) fn details(frame: &mut Frame, app: &App, theme: Theme, area: Rect) {
    let focused = app.focus == Pane::Details;
    let Some(o) = app.selected else {
        let title = format!(" {} ", t(app.lang, "details-title"));
        frame.render_widget(pane(title, focused, theme), area);
        return;
    };
    let block = pane(
        format!(" {} · {} ", t(app.lang, "details-title"), app.vendor(o)),
        focused,
        theme,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let lines = summary(app, theme, o);
    let width = inner.width.max(1) as usize;
    let summary_rows: usize = lines.iter().map(|l| l.width().div_ceil(width).max(1)).sum();
    let m = app.analysis.criteria.criteria.len();
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
    let height = table_area.height.saturating_sub(1) as usize;
    let first = scroll
        .saturating_sub(summary_rows)
        .min(m.saturating_sub(height));
    criteria_table(frame, app, theme, o, first, table_area);
}

/// The highest monthly fee at which the offer would lead, from the background work (for the
/// weights on screen); nothing for a knocked-out offer or criteria without a fee.
fn price_to_win(app: &App, theme: Theme, o: usize) -> Option<Line<'static>> {
    use crate::sensitivity::NoPrice;
    let a = &app.analysis;
    a.criteria.index_of("monthly_fee")?;
    if a.evaluation.disqualified[o] {
        return None;
    }
    let l = app.lang;
    let odds = app.odds.as_ref().filter(|x| x.weights == a.weights);
    let text = if a.offers.len() > crate::tui::odds::PRICE_UP_TO {
        tr(
            l,
            "tui-price-large",
            &[("max", Arg::from(crate::tui::odds::PRICE_UP_TO.to_string()))],
        )
    } else {
        match odds.and_then(|x| x.price).filter(|(p, _)| *p == o) {
            None => t(l, "tui-price-pending"),
            Some((_, Ok(None))) => t(l, "tui-price-leads"),
            Some((_, Ok(Some(fee)))) => {
                let fee = crate::i18n::money(l, fee.into(), &a.criteria.currency, 0);
                match crate::sensitivity::fee_now(a, o) {
                    Some(now) => {
                        let now = crate::i18n::money(l, now, &a.criteria.currency, 0);
                        format!(
                            "{fee} ({})",
                            tr(l, "tui-price-now", &[("now", Arg::from(now))])
                        )
                    }
                    None => fee,
                }
            }
            Some((_, Err(NoPrice::NotEvenFree))) => t(l, "sens-not-even-free"),
            Some((_, Err(NoPrice::KnockedOut))) => t(l, "sens-knocked-out"),
            Some((_, Err(NoPrice::NoFeeCriterion))) => return None,
        }
    };
    Some(Line::from(vec![
        Span::styled(format!("{}: ", t(l, "tui-price-to-win")), theme.heading()),
        Span::raw(clean(&text).into_owned()),
    ]))
}

/// The offer's summary: rank, score and costs, where it was read from, then its knock-outs,
/// red flags and issues.
fn summary(app: &App, theme: Theme, o: usize) -> Vec<Line<'static>> {
    let a = &app.analysis;
    let ev = &a.evaluation;
    let mut lines = vec![headline(app, theme, o)];
    let blanks = ev.blanks[o];
    let l = app.lang;
    lines.push(Line::styled(
        tr(
            l,
            "details-from",
            &[
                (
                    "place",
                    Arg::from(clean(&a.offers.location(a.offers.offers[o].source))),
                ),
                ("blanks", Arg::from(count(l, "blank-answers", blanks))),
            ],
        ),
        theme.dim(),
    ));
    if let Some(line) = risk_terms(app, theme, o) {
        lines.push(line);
    }
    if let Some(line) = price_to_win(app, theme, o) {
        lines.push(line);
    }
    for k in &ev.knockouts[o] {
        lines.push(Line::from(vec![
            Span::styled("KO ", theme.error()),
            Span::raw(clean(&k.message.in_lang(app.lang)).into_owned()),
        ]));
    }
    for f in &ev.flags[o] {
        let cost = if f.disqualify {
            format!(" ({})", t(l, "details-knocks-out"))
        } else if f.penalty > 0.0 {
            let decimals = if f.penalty.fract() == 0.0 { 0 } else { 2 };
            let points = crate::i18n::number(l, f.penalty, decimals);
            format!(
                " {}",
                tr(l, "table-points-off", &[("points", Arg::from(points))])
            )
        } else {
            String::new()
        };
        let message = f.message_in(&a.criteria, l);
        lines.push(Line::from(vec![
            Span::styled("⚑  ", theme.flag()),
            Span::raw(format!("{}{cost}", clean(&message))),
        ]));
    }
    for i in a
        .issues
        .iter()
        .filter(|i| i.offer == Some(o) && i.severity != Severity::Info)
    {
        lines.push(Line::from(vec![
            Span::styled("!  ", theme.error()),
            Span::raw(format!(
                "{}: {}",
                clean(&i.location),
                clean(&i.message_in(app.lang))
            )),
        ]));
    }
    lines.extend(notes(app, theme, o));
    lines.extend(ratings(app, theme, o));
    lines
}

/// What the risk cost is made of, term by term: "risk cost = fee 1 200 + extra hours 600 +
/// downtime 350 + data loss 40 − credits 12".
fn risk_terms(app: &App, theme: Theme, o: usize) -> Option<Line<'static>> {
    let costs = &app.analysis.evaluation.costs[o];
    if costs.risk.is_err() || costs.terms.is_empty() {
        return None;
    }
    let l = app.lang;
    let mut text = format!("{} =", t(l, "details-risk-cost"));
    for (k, (name, amount)) in costs.terms.iter().enumerate() {
        let sign = match (k, amount.is_sign_negative() && !amount.is_zero()) {
            (_, true) => " −",
            (0, false) => "",
            (_, false) => " +",
        };
        text.push_str(&format!(
            "{sign} {} {}",
            t(l, &format!("term-{name}")),
            crate::i18n::decimal(l, amount.abs(), 0)
        ));
    }
    Some(Line::styled(text, theme.dim()))
}

/// The remarks written beside the offer's answers: a heading, then each note on lines of its
/// own (a line break inside a note starts a new line), wrapped with the summary.
fn notes(app: &App, theme: Theme, o: usize) -> Vec<Line<'static>> {
    let notes = &app.analysis.offers.offers[o].notes;
    if notes.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![Line::styled(t(app.lang, "details-notes"), theme.heading())];
    for line in notes.iter().flat_map(|n| n.lines()) {
        let line = line.trim();
        if !line.is_empty() {
            lines.push(Line::raw(format!("  {}", clean(line))));
        }
    }
    lines
}

/// Each evaluator's rating of the offer on each rating criterion, and their comments; a
/// criterion they disagree on is marked.
fn ratings(app: &App, theme: Theme, o: usize) -> Vec<Line<'static>> {
    let a = &app.analysis;
    let rated: Vec<(usize, &crate::normalize::Rated)> = a
        .criteria
        .criteria
        .iter()
        .enumerate()
        .filter_map(|(j, _)| a.offers.rated.get(&(j, o)).map(|r| (j, r)))
        .collect();
    if rated.is_empty() {
        return Vec::new();
    }
    let l = app.lang;
    let everyone = crate::ratings::evaluator_names(&a.offers);
    let mut lines = vec![Line::styled(t(l, "details-ratings"), theme.heading())];
    for (j, r) in &rated {
        let c = &a.criteria.criteria[*j];
        // Everyone who rated anything, in order; "—" where this one was left empty.
        let by: Vec<String> = everyone
            .iter()
            .map(|who| {
                let points = r.by.iter().find(|(w, _, _)| w == who).map(|(_, p, _)| *p);
                let points = points.map_or_else(|| "—".to_string(), crate::numbers::brief);
                format!("{} {points}", clean(who))
            })
            .collect();
        let apart = c.rating.is_some_and(|rule| r.spread >= rule.disagreement);
        let line = format!("  {}: {}", clean(c.label_in(l)), by.join(" · "));
        lines.push(if apart {
            Line::from(vec![
                Span::raw(line),
                Span::styled(
                    format!("  ⚠ {}", t(l, "details-ratings-apart")),
                    theme.flag(),
                ),
            ])
        } else {
            Line::raw(line)
        });
    }
    // The comments are about the vendor, not one criterion: each evaluator's once.
    for (who, comment) in crate::export::evaluator_comments(a, o) {
        lines.push(Line::styled(
            format!("  {}: „{}”", clean(who), clean(comment)),
            theme.dim(),
        ));
    }
    lines
}

/// Vendor, rank, score, monthly and risk cost on one line.
fn headline(app: &App, theme: Theme, o: usize) -> Line<'static> {
    let a = &app.analysis;
    let r = a.ranking.iter().find(|r| r.offer == o);
    let ranked = a.ranking.iter().filter(|r| r.rank.is_some()).count();
    let mut summary = vec![Span::styled(app.vendor(o), theme.heading())];
    let l = app.lang;
    summary.push(Span::raw(match r.and_then(|r| r.rank) {
        Some(n) => format!(
            "  {}",
            tr(
                l,
                "details-rank",
                &[
                    ("rank", Arg::from(n.to_string())),
                    ("of", Arg::from(ranked.to_string()))
                ]
            )
        ),
        None => format!("  {}", t(l, "details-knocked-out")),
    }));
    if let Some(r) = r {
        summary.push(Span::raw(format!(
            " · {} {}",
            t(l, "details-score"),
            crate::i18n::score(l, r.score, 1)
        )));
    }
    let cur = &a.criteria.currency;
    let costs = &a.evaluation.costs[o];
    // No-break spaces inside amounts: a wrapped line never splits "2 959 PLN".
    let amount = |m: &rust_decimal::Decimal| crate::i18n::money(l, *m, cur, 0);
    if let Ok(m) = &costs.monthly {
        summary.push(Span::raw(format!(
            " · {} {}",
            t(l, "details-monthly"),
            amount(m)
        )));
    }
    if let Ok(m) = &costs.risk {
        summary.push(Span::raw(format!(
            " · {} {}",
            t(l, "details-risk-cost"),
            amount(m)
        )));
    }
    Line::from(summary)
}

/// The criteria table of offer `o`, from criterion `first` on.
fn criteria_table(frame: &mut Frame, app: &App, theme: Theme, o: usize, first: usize, area: Rect) {
    let a = &app.analysis;
    let ev = &a.evaluation;
    let m = a.criteria.criteria.len();
    let points = ev.points(&a.weights, o);
    let height = area.height.saturating_sub(1) as usize;
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
            Cell::from(clean(c.label_in(app.lang)).into_owned()),
            Cell::from(clean(cell.raw.trim()).into_owned()),
            Cell::from(value_text(app, j, o)),
            Cell::from(format!(
                "{:>5}",
                crate::i18n::score(app.lang, ev.criterion_score(j, o), 2)
            )),
            Cell::from(format!("{:>5}", crate::i18n::score(app.lang, points[j], 1))),
            Cell::from(a.offers.source(j, o).map_or(String::new(), |s| {
                fit_location(&clean(&short_location(&a.offers, s)), SOURCE_WIDTH)
            })),
        ])
        .style(style)
    });
    let l = app.lang;
    let points_header = if a.criteria.method == Method::Topsis {
        "  —".to_string()
    } else {
        t(l, "details-points")
    };
    let header = Row::new([
        t(l, "tui-criterion"),
        t(l, "details-answer"),
        t(l, "details-value"),
        t(l, "table-score"),
        points_header,
        t(l, "details-source"),
    ])
    .style(theme.heading());
    let widths = [
        Constraint::Fill(4),
        Constraint::Fill(3),
        Constraint::Fill(2),
        Constraint::Length(5),
        Constraint::Length(5),
        Constraint::Length(SOURCE_WIDTH as u16),
    ];
    frame.render_widget(
        Table::new(rows, widths).header(header).column_spacing(1),
        area,
    );
}

/// An offer's answer as read: number with its unit, yes/no, the choice, or "text".
pub(super) fn value_text(app: &App, j: usize, o: usize) -> String {
    let a = &app.analysis;
    let c = &a.criteria.criteria[j];
    let cell = a.offers.cell(j, o);
    let l = app.lang;
    let number = |d: &rust_decimal::Decimal| {
        let d = d.normalize();
        let shown = crate::i18n::decimal(l, d, d.scale().min(4));
        match &c.unit {
            _ if c.kind == Kind::Money => {
                crate::i18n::money(l, d, &a.criteria.currency, d.scale().min(2))
            }
            Some(u) => format!("{shown} {}", crate::i18n::unit(l, u)),
            None => shown,
        }
    };
    match (&cell.value, c.kind) {
        (_, Kind::RiskCost) => match &a.evaluation.costs[o].risk {
            Ok(d) => crate::i18n::money(l, *d, &a.criteria.currency, 0),
            Err(_) => "—".into(),
        },
        (None, _) if !cell.raw.trim().is_empty() => t(l, "tui-value-unreadable"),
        (None, _) => "—".into(),
        (Some(Value::Num(d)), _) => match &cell.window {
            // The hours the promise holds in, beside the time: they are what it is worth.
            Some(w) => format!("{} · {}", number(d), w.label()),
            None => number(d),
        },
        (Some(Value::Bool(b)), _) => t(l, if *b { "tui-value-yes" } else { "tui-value-no" }),
        (Some(Value::Choice(k)), _) => c.choices.get(*k).map_or("?".into(), |(k, _)| k.clone()),
        (Some(Value::Text), _) => t(l, "tui-value-text"),
    }
}

/// The width of the source column.
const SOURCE_WIDTH: usize = 12;

/// A cell's place cut to `width` columns keeping the cell address, the point of provenance:
/// `Kwestion…!B7`, not `Kwestionariu`.
fn fit_location(location: &str, width: usize) -> String {
    if crate::export::display_width(location) <= width {
        return location.to_string();
    }
    match location.rsplit_once('!') {
        Some((sheet, cell)) if cell.chars().count() + 2 < width => {
            let room = width - cell.chars().count() - 2;
            let cut: String = sheet.chars().take(room).collect();
            format!("{cut}…!{cell}")
        }
        _ => location.to_string(),
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

#[cfg(test)]
mod tests {
    use super::fit_location;

    #[test]
    fn a_long_sheet_name_is_cut_and_the_cell_address_kept() {
        assert_eq!(fit_location("Kwestionariusz!B7", 12), "Kwestion…!B7");
        assert_eq!(fit_location("Oferta!C7", 12), "Oferta!C7");
        assert_eq!(fit_location("5:3", 12), "5:3");
        assert_eq!(fit_location("Arkusz1!AB1234", 12), "Arku…!AB1234");
    }
}
