//! `offerlens explain` written out: a text table, JSON for programs, or Markdown.

use std::io::{self, Write};

use serde_json::{Value as Json, json};

use super::md_text::escape;
use crate::analysis::Analysis;
use crate::explain::{Explanation, sentence};
use crate::i18n::{Arg, Lang, score, t, tr};
use crate::sanitize::clean;

/// How the comparison is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Table,
    Json,
    Markdown,
}

pub fn write(
    a: &Analysis,
    e: &Explanation,
    form: Form,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    match form {
        Form::Json => json_out(a, e, lang, out),
        Form::Table | Form::Markdown => text(a, e, form == Form::Markdown, lang, out),
    }
}

/// A signed number with one decimal and a true minus: "+6,1", "−0,9", "0,0".
fn signed(lang: Lang, x: f64) -> String {
    let shown = score(lang, x.abs(), 1);
    if x >= 0.05 {
        format!("+{shown}")
    } else if x <= -0.05 {
        format!("−{shown}")
    } else {
        shown
    }
}

fn rank_of(a: &Analysis, o: usize) -> Option<usize> {
    a.ranking.iter().find(|r| r.offer == o).and_then(|r| r.rank)
}

/// "Kodex Studio (#1, 94,7)", or "(knocked out, 1,1)".
fn heading(a: &Analysis, o: usize, lang: Lang) -> String {
    let place = rank_of(a, o).map_or_else(|| t(lang, "details-knocked-out"), |n| format!("#{n}"));
    format!(
        "{} ({place}, {})",
        clean(&a.offers.offers[o].vendor),
        score(lang, a.scores[o], 1)
    )
}

fn text(
    a: &Analysis,
    e: &Explanation,
    md: bool,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let esc = |s: &str| if md { escape(s) } else { clean(s).into_owned() };
    let title = tr(
        lang,
        "explain-title",
        &[
            ("first", Arg::from(heading(a, e.first, lang))),
            ("second", Arg::from(heading(a, e.second, lang))),
            (
                "lead",
                Arg::from(signed(lang, e.score_first - e.score_second)),
            ),
        ],
    );
    if md {
        writeln!(out, "# {}", esc(&title))?;
    } else {
        writeln!(out, "{title}")?;
    }
    writeln!(out)?;
    writeln!(out, "{}", esc(&sentence(a, e).in_lang(lang)))?;
    writeln!(out)?;
    let head = [
        t(lang, "tui-criterion"),
        clean(&a.offers.offers[e.first].vendor).into_owned(),
        clean(&a.offers.offers[e.second].vendor).into_owned(),
        "Δ".to_string(),
    ];
    let rows = rows(a, e, lang);
    if md {
        markdown_table(out, &head, &rows)?;
    } else {
        text_table(out, &head, &rows)?;
    }
    if !e.additive {
        writeln!(out)?;
        writeln!(out, "{}", esc(&t(lang, "explain-not-additive")))?;
    }
    for o in [e.first, e.second] {
        let knocked = &a.evaluation.knockouts[o];
        if !knocked.is_empty() {
            writeln!(out)?;
            let head = tr(
                lang,
                "explain-knocked-out",
                &[("vendor", Arg::from(clean(&a.offers.offers[o].vendor)))],
            );
            writeln!(out, "{}", esc(&head))?;
            for k in knocked {
                writeln!(out, "- {}", esc(&k.message.in_lang(lang)))?;
            }
        }
    }
    Ok(())
}

/// Every criterion's row, then the penalties and the score.
fn rows(a: &Analysis, e: &Explanation, lang: Lang) -> Vec<[String; 4]> {
    let c = &a.criteria.criteria;
    let pts = |x: f64| {
        if x.is_nan() {
            "—".to_string()
        } else {
            score(lang, x, 1)
        }
    };
    e.parts
        .iter()
        .map(|p| {
            [
                c[p.criterion].label_in(lang).to_string(),
                pts(p.first),
                pts(p.second),
                signed(lang, p.difference),
            ]
        })
        .chain([
            [
                t(lang, "explain-penalties"),
                signed(lang, -e.penalty_first),
                signed(lang, -e.penalty_second),
                signed(lang, e.penalty_second - e.penalty_first),
            ],
            [
                t(lang, "table-score"),
                score(lang, e.score_first, 1),
                score(lang, e.score_second, 1),
                signed(lang, e.score_first - e.score_second),
            ],
        ])
        .collect()
}

fn markdown_table(out: &mut dyn Write, head: &[String; 4], rows: &[[String; 4]]) -> io::Result<()> {
    writeln!(
        out,
        "| {} | {} | {} | {} |",
        escape(&head[0]),
        escape(&head[1]),
        escape(&head[2]),
        head[3]
    )?;
    writeln!(out, "|---|---:|---:|---:|")?;
    for r in rows {
        writeln!(
            out,
            "| {} | {} | {} | {} |",
            escape(&r[0]),
            r[1],
            r[2],
            r[3]
        )?;
    }
    Ok(())
}

fn text_table(out: &mut dyn Write, head: &[String; 4], rows: &[[String; 4]]) -> io::Result<()> {
    let width = |i: usize| {
        rows.iter()
            .chain([head])
            .map(|r| super::display_width(&r[i]))
            .max()
            .unwrap_or(0)
            .min(if i == 0 { 40 } else { 24 })
    };
    let w = [width(0), width(1), width(2), width(3)];
    for r in std::iter::once(head).chain(rows) {
        let cut = super::fit_width(&r[0], w[0]);
        writeln!(
            out,
            "{cut}{}  {:>w1$}  {:>w2$}  {:>w3$}",
            " ".repeat(w[0].saturating_sub(super::display_width(&cut))),
            super::fit_width(&r[1], w[1]),
            super::fit_width(&r[2], w[2]),
            r[3],
            w1 = w[1],
            w2 = w[2],
            w3 = w[3]
        )?;
    }
    Ok(())
}

fn json_out(a: &Analysis, e: &Explanation, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let num = |x: f64| {
        if x.is_finite() {
            json!(x + 0.0)
        } else {
            Json::Null
        }
    };
    let side = |o: usize, penalty: f64| {
        json!({
            "vendor": a.offers.offers[o].vendor,
            "rank": rank_of(a, o),
            "score": num(a.scores[o]),
            "penalty": num(penalty),
            "knockouts": a.evaluation.knockouts[o]
                .iter()
                .map(|k| json!({"criterion": k.criterion, "message": k.message.in_lang(lang)}))
                .collect::<Vec<_>>(),
        })
    };
    let doc = json!({
        "first": side(e.first, e.penalty_first),
        "second": side(e.second, e.penalty_second),
        "criteria": e.parts.iter().map(|p| json!({
            "criterion": a.criteria.criteria[p.criterion].id,
            "label": a.criteria.criteria[p.criterion].label_in(lang),
            "first": num(p.first),
            "second": num(p.second),
            "difference": num(p.difference),
        })).collect::<Vec<_>>(),
        "penalty_difference": num(e.penalty_second - e.penalty_first),
        "score_difference": num(e.score_first - e.score_second),
        "additive": e.additive,
        "sentence": sentence(a, e).in_lang(lang),
    });
    // Escaped as the ranking's JSON is: vendor names reach no terminal raw.
    super::json::write_value(&doc, out)
}
