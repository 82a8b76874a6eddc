//! `rank -f html`: one self-contained page for people who will not open a terminal or a
//! workbook — the verdict, scores, risk-adjusted costs, strengths and weaknesses, how sure the
//! result is, red flags, the offers' remarks, the weights and the audit stamp — with charts as
//! inline SVG ([`svg`]), its style inline, nothing fetched from anywhere; printable on A4.
//!
//! Built with maud, which escapes every value put into the page: vendor text can neither add
//! markup nor script, and no link or image is ever made from it. Text from the offers is also
//! [`clean`]ed (control characters and bidi overrides removed) first. The same inputs and
//! audit stamp give the same bytes.

mod svg;

use std::io::{self, Write};

use maud::{DOCTYPE, Markup, PreEscaped, html};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::analysis::Analysis;
use crate::export::audit::Audit;
use crate::i18n::{Arg, Lang, t, tr};
use crate::issue::{Counts, Severity};
use crate::sanitize::clean;
use crate::score::rank::Ranked;
use crate::sensitivity::Findings;
use svg::{Bar, Heat, Stack};

/// The page's style, inline.
const STYLE: &str = include_str!("report.css");
/// Most offers drawn in a bar chart; the tables list every one.
const CHART_ROWS: usize = 50;
/// Up to this many offers the heat map shows them all; above, the best [`CHART_ROWS`].
const HEAT_ALL: usize = 200;
/// Issues listed (the rest are counted).
const ISSUES: usize = 10;

/// Writes the report.
pub fn write(a: &Analysis, audit: &Audit, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let findings = crate::sensitivity::for_reports(a);
    let page = page(a, audit, findings.as_ref(), lang);
    out.write_all(page.into_string().as_bytes())
}

fn page(a: &Analysis, audit: &Audit, findings: Result<&Findings, &usize>, lang: Lang) -> Markup {
    let title = tr(
        lang,
        "md-title",
        &[("name", Arg::from(a.criteria.name_in(lang)))],
    );
    html! {
        (DOCTYPE)
        html lang=(lang.key()) {
            head {
                meta charset="UTF-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (clean(&title)) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                main {
                    header {
                        h1 { (clean(&title)) }
                        p.meta { (clean(&compared(a, lang))) }
                    }
                    (verdict(a, findings, lang))
                    (scores(a, lang))
                    (costs(a, lang))
                    (heat(a, lang))
                    (how_sure(a, findings, lang))
                    (flags_and_remarks(a, lang))
                    (weights(a, lang))
                    (issues(a, lang))
                    (stamp(audit, lang))
                }
            }
        }
    }
}

fn compared(a: &Analysis, lang: Lang) -> String {
    let ranked = ranked(a).len();
    tr(
        lang,
        "md-compared",
        &[
            ("offers", Arg::from(a.offers.len())),
            ("ranked", Arg::from(ranked)),
            ("out", Arg::from(a.offers.len() - ranked)),
            (
                "method",
                Arg::from(t(lang, super::method_id(a.criteria.method))),
            ),
            ("origin", Arg::from(a.criteria.origin.as_str())),
        ],
    )
}

fn ranked(a: &Analysis) -> Vec<&Ranked> {
    a.ranking.iter().filter(|r| r.rank.is_some()).collect()
}

fn vendor(a: &Analysis, o: usize) -> String {
    clean(&a.offers.offers[o].vendor).into_owned()
}

fn points(lang: Lang, x: f64) -> String {
    crate::i18n::score(lang, x, 1)
}

fn cash(a: &Analysis, lang: Lang, d: Option<&Decimal>) -> String {
    d.map_or_else(
        || "—".to_string(),
        |d| crate::i18n::money(lang, *d, &a.criteria.currency, 0),
    )
}

fn percent(lang: Lang, share: f64) -> String {
    tr(
        lang,
        "tui-percent",
        &[("n", Arg::from(crate::i18n::number(lang, share * 100.0, 1)))],
    )
}

/// The winner, the margin, and how sure: one paragraph.
fn verdict(a: &Analysis, findings: Result<&Findings, &usize>, lang: Lang) -> Markup {
    let ranked = ranked(a);
    let mut lines = Vec::new();
    match ranked.as_slice() {
        [] => lines.push(t(lang, "md-nobody-passed")),
        [first, rest @ ..] => {
            let tied: Vec<&&Ranked> = ranked.iter().filter(|r| r.rank == first.rank).collect();
            if tied.len() > 1 {
                let names: Vec<String> = tied.iter().map(|r| vendor(a, r.offer)).collect();
                lines.push(tr(
                    lang,
                    "md-winners-tied",
                    &[
                        ("names", Arg::from(names.join(", "))),
                        ("score", Arg::from(points(lang, first.score))),
                    ],
                ));
                lines.push(tr(
                    lang,
                    "md-tied-note",
                    &[("count", Arg::from(tied.len()))],
                ));
            } else if let Some(second) = rest.first() {
                lines.push(tr(
                    lang,
                    "html-verdict-lead",
                    &[
                        ("name", Arg::from(vendor(a, first.offer))),
                        ("score", Arg::from(points(lang, first.score))),
                        ("lead", Arg::from(points(lang, first.score - second.score))),
                        ("second", Arg::from(vendor(a, second.offer))),
                    ],
                ));
            } else {
                lines.push(tr(
                    lang,
                    "html-verdict-alone",
                    &[
                        ("name", Arg::from(vendor(a, first.offer))),
                        ("score", Arg::from(points(lang, first.score))),
                    ],
                ));
            }
            if tied.len() == 1
                && !rest.is_empty()
                && let Ok(f) = findings
            {
                let share = f.acceptability[first.offer].first().copied().unwrap_or(0.0);
                let id = if share >= 0.9 {
                    "html-sure-clear"
                } else if share >= 0.6 {
                    "html-sure-likely"
                } else {
                    "html-sure-open"
                };
                lines.push(tr(
                    lang,
                    id,
                    &[
                        ("share", Arg::from(percent(lang, share))),
                        ("samples", Arg::from(f.draws.samples)),
                    ],
                ));
            }
        }
    }
    let out = a.offers.len() - ranked.len();
    if out > 0 {
        lines.push(tr(lang, "html-verdict-out", &[("count", Arg::from(out))]));
    }
    html! {
        section #verdict {
            h2 { (t(lang, "html-verdict")) }
            p.verdict { (clean(&lines.join(" "))) }
        }
    }
}

/// The score chart, the ranking table, and the knock-outs apart with their reasons.
fn scores(a: &Analysis, lang: Lang) -> Markup {
    let ranked = ranked(a);
    let leader = ranked.first().and_then(|r| r.rank);
    let bars: Vec<Bar> = ranked
        .iter()
        .take(CHART_ROWS)
        .map(|r| Bar {
            label: vendor(a, r.offer),
            value: if r.score.is_finite() { r.score } else { 0.0 },
            text: points(lang, r.score),
            strong: r.rank == leader,
        })
        .collect();
    let knocked: Vec<&Ranked> = a.ranking.iter().filter(|r| r.rank.is_none()).collect();
    let cur = clean(&a.criteria.currency).into_owned();
    let ev = &a.evaluation;
    html! {
        section #scores {
            h2 { (t(lang, "html-scores")) }
            @if !bars.is_empty() {
                figure.bars {
                    (svg::bars("scores_chart", &t(lang, "html-scores"), &t(lang, "html-scores-desc"), &bars, 100.0))
                    figcaption { (t(lang, "html-scores-desc")) }
                }
            }
            @if ranked.len() > CHART_ROWS {
                p.note { (tr(lang, "html-top-shown", &[("shown", Arg::from(CHART_ROWS)), ("count", Arg::from(ranked.len()))])) }
            }
            div.scroll {
                table {
                    thead { tr {
                        th.num { "#" }
                        th { (t(lang, "table-vendor")) }
                        th.num { (t(lang, "table-score")) }
                        th.num { (tr(lang, "md-monthly-cost-in", &[("currency", Arg::from(cur.as_str()))])) }
                        th.num { (tr(lang, "md-risk-cost-in", &[("currency", Arg::from(cur.as_str()))])) }
                        th { (t(lang, "md-notes")) }
                    } }
                    tbody {
                        @for r in &a.ranking {
                            @let o = r.offer;
                            tr class=[r.rank.is_none().then_some("out")] {
                                td.num { (r.rank.map_or("—".to_string(), |n| n.to_string())) }
                                td.name { (vendor(a, o)) }
                                td.num { (points(lang, r.score)) }
                                td.num { (cash(a, lang, ev.costs[o].monthly.as_ref().ok())) }
                                td.num { (cash(a, lang, ev.costs[o].risk.as_ref().ok())) }
                                td { (super::offer_marks(a, lang, o).join(", ")) }
                            }
                        }
                    }
                }
            }
            p.note { (t(lang, "md-ranking-legend")) }
            @if !knocked.is_empty() {
                h3 { (t(lang, "md-knockouts")) }
                ul {
                    @for r in &knocked {
                        @for k in &ev.knockouts[r.offer] {
                            li { strong { (vendor(a, r.offer)) } ": " (clean(&k.message.in_lang(lang))) }
                        }
                    }
                }
            }
        }
    }
}

/// The risk-adjusted monthly cost term by term: a stacked bar each, and the table.
fn costs(a: &Analysis, lang: Lang) -> Markup {
    let ev = &a.evaluation;
    let with = crate::export::with_risk_terms(a);
    let Some(&first) = with.first() else {
        return html! {};
    };
    let names: Vec<&str> = ev.costs[first].terms.iter().map(|(n, _)| *n).collect();
    let positive: Vec<&str> = names.iter().copied().filter(|n| *n != "credits").collect();
    let stacks: Vec<Stack> = with
        .iter()
        .take(CHART_ROWS)
        .map(|&o| {
            let terms = &ev.costs[o].terms;
            let value = |name: &str| {
                terms
                    .iter()
                    .find(|(n, _)| *n == name)
                    .and_then(|(_, d)| d.to_f64())
                    .unwrap_or(0.0)
            };
            Stack {
                label: vendor(a, o),
                parts: positive.iter().map(|n| value(n)).collect(),
                minus: -value("credits"),
                text: cash(a, lang, ev.costs[o].risk.as_ref().ok()),
            }
        })
        .collect();
    let head = tr(
        lang,
        "md-risk-terms",
        &[("currency", Arg::from(clean(&a.criteria.currency).as_ref()))],
    );
    let money = |d: &Decimal| crate::i18n::decimal(lang, *d, 0);
    html! {
        section.page #costs {
            h2 { (head) }
            figure.bars {
                (svg::stacks("costs_chart", &head, &t(lang, "html-costs-desc"), &stacks))
                figcaption { (t(lang, "html-costs-desc")) }
            }
            ul.legend {
                @for (k, name) in positive.iter().enumerate() {
                    li { span.swatch style=(format!("background:{}", svg::SERIES[k % svg::SERIES.len()])) {} (t(lang, &format!("term-{name}"))) }
                }
                @if names.contains(&"credits") {
                    li { span.swatch style="background:repeating-linear-gradient(45deg,#52606d 0 2px,#fff 2px 4px)" {} (t(lang, "html-credits")) }
                }
            }
            @if with.len() > CHART_ROWS {
                p.note { (tr(lang, "html-top-shown", &[("shown", Arg::from(CHART_ROWS)), ("count", Arg::from(with.len()))])) }
            }
            div.scroll {
                table {
                    thead { tr {
                        th { (t(lang, "table-vendor")) }
                        @for name in &names { th.num { (t(lang, &format!("term-{name}"))) } }
                        th.num { (t(lang, "table-risk-cost")) }
                    } }
                    tbody {
                        @for &o in &with {
                            tr {
                                td.name { (vendor(a, o)) }
                                @for (_, d) in ev.costs[o].terms.iter() { td.num { (money(d)) } }
                                td.num { (ev.costs[o].risk.as_ref().map_or("—".to_string(), money)) }
                            }
                        }
                    }
                }
            }
            p.note { (t(lang, "md-risk-terms-legend")) }
        }
    }
}

/// The criteria with weight, grouped (groups in the order they first appear).
fn grouped_criteria(a: &Analysis) -> Vec<(String, Vec<usize>)> {
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    for (j, c) in a.criteria.criteria.iter().enumerate() {
        if a.weights[j] <= 0.0 {
            continue;
        }
        match groups.iter_mut().find(|(g, _)| *g == c.group) {
            Some((_, js)) => js.push(j),
            None => groups.push((c.group.clone(), vec![j])),
        }
    }
    groups
}

/// Strengths and weaknesses: offers × criteria, each cell the criterion's score.
fn heat(a: &Analysis, lang: Lang) -> Markup {
    let groups = grouped_criteria(a);
    if groups.is_empty() || a.ranking.is_empty() {
        return html! {};
    }
    let shown: Vec<usize> = if a.ranking.len() > HEAT_ALL {
        a.ranking.iter().take(CHART_ROWS).map(|r| r.offer).collect()
    } else {
        a.ranking.iter().map(|r| r.offer).collect()
    };
    let columns: Vec<usize> = groups
        .iter()
        .flat_map(|(_, js)| js.iter().copied())
        .collect();
    let label = |j: usize| clean(a.criteria.criteria[j].label_in(lang)).into_owned();
    let ev = &a.evaluation;
    let map = Heat {
        rows: shown.iter().map(|&o| vendor(a, o)).collect(),
        groups: groups
            .iter()
            .map(|(g, js)| (t(lang, &format!("group-{g}")), js.len()))
            .collect(),
        columns: columns.iter().map(|&j| label(j)).collect(),
        values: shown
            .iter()
            .map(|&o| columns.iter().map(|&j| ev.criterion_score(j, o)).collect())
            .collect(),
    };
    let cell = |x: f64| {
        if x.is_finite() {
            ((x * 100.0).round() as i64).to_string()
        } else {
            "—".to_string()
        }
    };
    html! {
        section.page #heat {
            h2 { (t(lang, "html-heatmap")) }
            @if shown.len() < a.ranking.len() {
                p.note { (tr(lang, "html-heatmap-top", &[("shown", Arg::from(shown.len())), ("count", Arg::from(a.ranking.len()))])) }
            }
            figure {
                div.scroll { (svg::heat_map("heat_chart", &t(lang, "html-heatmap"), &t(lang, "html-heatmap-desc"), &map)) }
                figcaption { (t(lang, "html-heatmap-desc")) }
            }
            ul.legend {
                @for (fill, from, to) in svg::heat_legend() {
                    li { span.swatch style=(format!("background:{fill}")) {} (from) "–" (to) }
                }
                li { span.swatch style="background:#fff" {} "— " (t(lang, "html-no-score")) }
            }
            div.scroll.screen {
                table.heat {
                    caption { (t(lang, "html-as-table")) }
                    thead { tr {
                        th { (t(lang, "table-vendor")) }
                        @for &j in &columns { th.num { (label(j)) } }
                    } }
                    tbody {
                        @for (i, row) in map.rows.iter().enumerate() {
                            tr {
                                td.name { (row) }
                                @for x in &map.values[i] { td.num { (cell(*x)) } }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// How sure the result is: the chance of first place, the nearest tipping points, the price
/// to win; for a comparison too large, where to find them.
fn how_sure(a: &Analysis, findings: Result<&Findings, &usize>, lang: Lang) -> Markup {
    let f = match findings {
        Ok(f) => f,
        Err(0) => return html! {},
        Err(&ranked) => {
            let note = tr(
                lang,
                "sens-report-too-many",
                &[
                    ("ranked", Arg::from(ranked)),
                    ("max", Arg::from(crate::sensitivity::IN_REPORTS_UP_TO)),
                ],
            );
            return html! {
                section.page #sure { h2 { (t(lang, "sens-title")) } p { (note) } }
            };
        }
    };
    let (first, never) = crate::export::sensitivity::first_place(a, f);
    let bars: Vec<Bar> = first
        .iter()
        .take(CHART_ROWS)
        .enumerate()
        .map(|(i, &(o, share))| Bar {
            label: vendor(a, o),
            value: share * 100.0,
            text: percent(lang, share),
            strong: i == 0,
        })
        .collect();
    let tipping = crate::export::sensitivity::tipping_lines(a, f, lang);
    let prices = crate::export::sensitivity::price_lines(a, f, lang);
    let people = crate::export::sensitivity::evaluator_lines(a, f, lang);
    html! {
        section.page #sure {
            h2 { (t(lang, "sens-title")) }
            h3 { (t(lang, "sens-first")) }
            @if a.ranking.iter().filter(|r| r.rank.is_some()).count() == 1 {
                p { (t(lang, "sens-only-one")) }
            }
            figure.bars {
                (svg::bars("first_chart", &t(lang, "sens-first"), &t(lang, "html-first-desc"), &bars, 100.0))
                figcaption { (t(lang, "html-first-desc")) " " (clean(&crate::export::sensitivity::first_place_note(f, lang))) }
            }
            div.scroll {
                table {
                    thead { tr { th { (t(lang, "table-vendor")) } th.num { (t(lang, "sens-first")) } } }
                    tbody {
                        @for &(o, share) in &first { tr { td.name { (vendor(a, o)) } td.num { (percent(lang, share)) } } }
                        @if never > 0 {
                            tr { td.name colspan="2" { (tr(lang, "sens-first-rest", &[("count", Arg::from(never))])) } }
                        }
                    }
                }
            }
            h3 { (t(lang, "sens-tipping")) }
            @match &tipping {
                Ok(lines) => ul { @for line in lines { li { (clean(line)) } } },
                Err(instead) => p { (instead) },
            }
            h3 { (t(lang, "sens-price")) }
            @if f.left_out > 0 {
                p.note { (tr(lang, "sens-left-out", &[("kept", Arg::from(f.contenders)), ("count", Arg::from(f.left_out))])) }
            }
            @if prices.is_empty() {
                p { (t(lang, "sens-none")) }
            } @else {
                ul { @for line in &prices { li { (clean(line)) } } }
            }
            @if !people.is_empty() {
                h3 { (t(lang, "sens-evaluators")) }
                ul { @for line in &people { li { (clean(line)) } } }
            }
        }
    }
}

/// Red flags with their messages and penalties, and the remarks written beside the offers.
fn flags_and_remarks(a: &Analysis, lang: Lang) -> Markup {
    let ev = &a.evaluation;
    let flagged: Vec<&Ranked> = a
        .ranking
        .iter()
        .filter(|r| ev.flags[r.offer].iter().any(|f| !f.disqualify))
        .collect();
    let noted: Vec<(usize, String)> = a
        .ranking
        .iter()
        .filter_map(|r| Some((r.offer, a.offers.offers[r.offer].notes_text()?)))
        .collect();
    let said: Vec<usize> = a
        .ranking
        .iter()
        .map(|r| r.offer)
        .filter(|&o| !crate::export::evaluator_comments(a, o).is_empty())
        .collect();
    if flagged.is_empty() && noted.is_empty() && said.is_empty() {
        return html! {};
    }
    let off = |penalty: f64| {
        (penalty > 0.0).then(|| {
            tr(
                lang,
                "table-points-off",
                &[("points", Arg::from(crate::numbers::brief(penalty)))],
            )
        })
    };
    html! {
        section.page #flags {
            @if !flagged.is_empty() {
                h2 { (t(lang, "md-red-flags")) }
                ul {
                    @for r in &flagged {
                        @for f in ev.flags[r.offer].iter().filter(|f| !f.disqualify) {
                            li {
                                strong { (vendor(a, r.offer)) } ": " (clean(&f.message_in(&a.criteria, lang)))
                                @if let Some(off) = off(f.penalty) { " " (off) }
                            }
                        }
                    }
                }
            }
            @if !noted.is_empty() {
                h2 { (t(lang, "md-remarks")) }
                ul {
                    @for (o, notes) in &noted {
                        li { strong { (vendor(a, *o)) } ": " (clean(notes)) }
                    }
                }
            }
            @if !said.is_empty() {
                h2 { (t(lang, "md-evaluator-comments")) }
                ul {
                    @for &o in &said {
                        li {
                            strong { (vendor(a, o)) } ": "
                            @for (i, (who, comment)) in crate::export::evaluator_comments(a, o).iter().enumerate() {
                                @if i > 0 { "; " }
                                (clean(who)) ": „" (clean(comment)) "”"
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The weights used, heaviest first, with their shares.
fn weights(a: &Analysis, lang: Lang) -> Markup {
    html! {
        section.page #weights {
            h2 { (t(lang, "md-weights")) }
            div.scroll { table {
                thead { tr {
                    th { (t(lang, "tui-criterion")) }
                    th { (t(lang, "md-group")) }
                    th.num { (t(lang, "tui-weight")) }
                    th.num { (t(lang, "tui-share")) }
                } }
                tbody {
                    @for (j, share) in super::weights_by_size(a) {
                        @let c = &a.criteria.criteria[j];
                        tr {
                            td.name { (clean(c.label_in(lang))) }
                            td { (t(lang, &format!("group-{}", c.group))) }
                            td.num { (crate::i18n::number(lang, a.weights[j], if a.weights[j].fract() == 0.0 { 0 } else { 2 })) }
                            td.num { (tr(lang, "tui-percent", &[("n", Arg::from(crate::i18n::number(lang, share, 1)))])) }
                        }
                    }
                }
            } }
        }
    }
}

/// Errors and warnings met while reading the offers, the first few listed.
fn issues(a: &Analysis, lang: Lang) -> Markup {
    let counts = Counts::of(&a.issues);
    if counts.errors + counts.warnings == 0 {
        return html! {};
    }
    let shown: Vec<_> = a
        .issues
        .iter()
        .filter(|i| i.severity != Severity::Info)
        .collect();
    let line = tr(
        lang,
        "md-issues-count",
        &[
            ("errors", Arg::from(counts.errors)),
            ("warnings", Arg::from(counts.warnings)),
        ],
    );
    html! {
        section #issues {
            h2 { (t(lang, "md-data-issues")) }
            p { (line) }
            ul {
                @for i in shown.iter().take(ISSUES) {
                    li {
                        code { (clean(&i.location)) } " (" (t(lang, &format!("severity-{}", i.severity.as_str()))) "): "
                        (clean(&i.message_in(lang)))
                    }
                }
                @if shown.len() > ISSUES {
                    li { (tr(lang, "table-more-issues", &[("count", Arg::from(shown.len() - ISSUES)), ("n", Arg::from((shown.len() - ISSUES).to_string()))])) }
                }
            }
        }
    }
}

/// The audit stamp.
fn stamp(audit: &Audit, lang: Lang) -> Markup {
    html! {
        section #audit {
            h2 { (t(lang, "md-audit")) }
            dl.audit {
                @for (label, value) in audit.lines_in(lang) {
                    dt { (clean(&label)) }
                    dd { (clean(&value)) }
                }
            }
        }
    }
}
