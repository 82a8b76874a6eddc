//! `offerlens sensitivity` written out: JSON for programs, or "How sure is this?" as text or
//! Markdown.

use std::io::{self, Write};

use serde_json::{Value as Json, json};

use super::md_text::escape;
use crate::analysis::Analysis;
use crate::i18n::{Arg, Lang, money, number, t, tr};
use crate::sanitize::clean;
use crate::sensitivity::{Findings, NoPrice, Tipping};

fn reason_id(why: NoPrice) -> &'static str {
    match why {
        NoPrice::NoFeeCriterion => "sens-no-fee-criterion",
        NoPrice::KnockedOut => "sens-knocked-out",
        NoPrice::NotEvenFree => "sens-not-even-free",
    }
}

pub fn json_out(a: &Analysis, f: &Findings, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let vendor = |o: usize| Json::from(a.offers.offers[o].vendor.as_str());
    let weights = f.tipping.as_ref().map(|ts| {
        ts.iter()
            .map(|t| {
                json!({
                    "criterion": a.criteria.criteria[t.criterion].id,
                    "weight": t.weight,
                    "down": t.down.map(|(x, _)| x),
                    "up": t.up.map(|(x, _)| x),
                    "leader_down": t.down.map(|(_, o)| vendor(o)),
                    "leader_up": t.up.map(|(_, o)| vendor(o)),
                })
            })
            .collect::<Vec<_>>()
    });
    let no_fee = f
        .prices
        .iter()
        .any(|(_, p)| *p == Err(NoPrice::NoFeeCriterion));
    let doc = json!({
        "weights": weights,
        "weights_note": f.tipping.is_none().then(|| t(lang, "sens-topsis")),
        "acceptability": f.acceptability.iter().enumerate()
            .filter(|(o, _)| !a.evaluation.disqualified[*o])
            .map(|(o, shares)| json!({
                "vendor": vendor(o),
                "first": shares.first().copied().unwrap_or(0.0),
                "ranks": shares,
            }))
            .collect::<Vec<_>>(),
        "price_to_win": if no_fee { Json::Null } else { Json::from(f.prices.iter().map(|(o, p)| match p {
            Ok(fee) => json!({"vendor": vendor(*o), "monthly_fee": fee}),
            Err(why) => json!({"vendor": vendor(*o), "monthly_fee": null, "reason": t(lang, reason_id(*why))}),
        }).collect::<Vec<_>>()) },
        "price_to_win_note": no_fee.then(|| t(lang, "sens-no-fee-criterion")),
        "dominated": f.dominated.iter().map(|&(o, by)| json!({"vendor": vendor(o), "by": vendor(by)})).collect::<Vec<_>>(),
        "rank_reversal": f.reversals.iter().map(|r| json!({
            "removed": vendor(r.removed),
            "pairs": r.pairs.iter().map(|&(x, y)| json!([vendor(x), vendor(y)])).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "evaluators": f.evaluators.iter().map(|e| json!({
            "left_out": e.evaluator,
            "leader": e.leader.map(vendor),
            "changes": e.leader != a.leader_with(&a.weights),
        })).collect::<Vec<_>>(),
        "samples": f.draws.samples,
        "spread": f.draws.spread,
        "seed": f.draws.seed,
        "left_out": f.left_out,
    });
    // Escaped as the ranking's JSON is: vendor names reach no terminal raw.
    super::json::write_value(&doc, out)
}

/// "How sure is this?": P(first) as bars, the tipping points nearest to today's weights, price
/// to win, dominated offers and rank reversals.
pub fn text_out(
    a: &Analysis,
    f: &Findings,
    md: bool,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    section(a, f, md.then_some(1), lang, out)
}

/// The same, as a section of a larger Markdown document when `md_level` says at which heading
/// level (1: `#`), or as plain text.
pub fn section(
    a: &Analysis,
    f: &Findings,
    md_level: Option<usize>,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    match md_level {
        Some(level) => writeln!(out, "{} {}\n", "#".repeat(level), t(lang, "sens-title"))?,
        None => writeln!(out, "{}\n", t(lang, "sens-title"))?,
    }
    if f.left_out > 0 {
        let note = tr(
            lang,
            "sens-left-out",
            &[
                ("kept", Arg::Number(f.contenders as f64)),
                ("count", Arg::Number(f.left_out as f64)),
            ],
        );
        writeln!(out, "{note}\n")?;
    }
    if a.ranking.iter().filter(|r| r.rank.is_some()).count() == 1 {
        writeln!(out, "{}\n", t(lang, "sens-only-one"))?;
    }
    let md = md_level.map(|l| l + 1);
    section_first_place(a, f, md, lang, out)?;
    section_tipping(a, f, md, lang, out)?;
    section_prices(a, f, md, lang, out)?;
    section_dominated(a, f, md, lang, out)?;
    section_reversals(a, f, md, lang, out)?;
    section_evaluators(a, f, md, lang, out)
}

/// Text from outside made safe: Markdown-escaped in a Markdown document, sanitized in text.
fn esc(md: Option<usize>, s: &str) -> String {
    if md.is_some() {
        escape(s)
    } else {
        clean(s).into_owned()
    }
}

/// "without X: A ⇄ B, C ⇄ D swap places", unescaped.
pub(crate) fn reversal_line(a: &Analysis, r: &crate::sensitivity::Reversal, lang: Lang) -> String {
    let vendor = |o: usize| a.offers.offers[o].vendor.as_str();
    let pairs: Vec<String> = r
        .pairs
        .iter()
        .map(|&(x, y)| format!("{} ⇄ {}", vendor(x), vendor(y)))
        .collect();
    tr(
        lang,
        "sens-reversal-line",
        &[
            ("removed", Arg::from(vendor(r.removed))),
            ("pairs", Arg::from(pairs.join(", "))),
        ],
    )
}

fn heading(out: &mut dyn Write, md: Option<usize>, lang: Lang, id: &str) -> io::Result<()> {
    match md {
        Some(level) => writeln!(out, "{} {}\n", "#".repeat(level), t(lang, id)),
        None => writeln!(out, "{}", t(lang, id)),
    }
}

/// The ranked offers by their chance of first place, likeliest first: the ones worth showing
/// (the first three, and any other that ever came first), and how many more never did (a
/// comparison of hundreds would list hundreds of zeros).
pub(crate) fn first_place(a: &Analysis, f: &Findings) -> (Vec<(usize, f64)>, usize) {
    let mut order: Vec<usize> = a
        .ranking
        .iter()
        .filter(|r| r.rank.is_some())
        .map(|r| r.offer)
        .collect();
    let first = |o: usize| f.acceptability[o].first().copied().unwrap_or(0.0);
    order.sort_by(|&x, &y| first(y).total_cmp(&first(x)));
    let mut never = 0;
    let mut shown = Vec::new();
    for (i, o) in order.into_iter().enumerate() {
        let share = first(o);
        if i >= 3 && share < 0.0005 {
            never += 1;
        } else {
            shown.push((o, share));
        }
    }
    (shown, never)
}

/// How the chances were drawn, unescaped.
pub(crate) fn first_place_note(f: &Findings, lang: Lang) -> String {
    tr(
        lang,
        "sens-first-note",
        &[
            ("samples", Arg::from(f.draws.samples)),
            ("spread", Arg::from(number(lang, f.draws.spread * 100.0, 0))),
            ("seed", Arg::from(f.draws.seed.to_string())),
        ],
    )
}

fn section_first_place(
    a: &Analysis,
    f: &Findings,
    md: Option<usize>,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let esc = |s: &str| esc(md, s);
    let name = |o: usize| esc(&a.offers.offers[o].vendor);
    heading(out, md, lang, "sens-first")?;
    let (shown, never) = first_place(a, f);
    for (o, share) in shown {
        let bar = "█".repeat((share * 20.0).round() as usize);
        let pct = tr(
            lang,
            "tui-percent",
            &[("n", Arg::from(number(lang, share * 100.0, 1)))],
        );
        writeln!(out, "- {}: {}", name(o), format!("{pct} {bar}").trim_end())?;
    }
    if never > 0 {
        let rest = tr(lang, "sens-first-rest", &[("count", Arg::from(never))]);
        writeln!(out, "- {}", esc(&rest))?;
    }
    writeln!(out, "\n{}\n", esc(&first_place_note(f, lang)))?;
    Ok(())
}

/// The tipping points nearest to today's weights (three at most), unescaped; `Err` with what
/// to say instead when there are none (TOPSIS, or no weight change moves the lead).
pub(crate) fn tipping_lines(a: &Analysis, f: &Findings, lang: Lang) -> Result<Vec<String>, String> {
    let Some(ts) = &f.tipping else {
        return Err(t(lang, "sens-topsis"));
    };
    // The nearest tipping points, relative to the weight now.
    let mut near: Vec<(f64, &Tipping, f64, usize)> = ts
        .iter()
        .flat_map(|t| [t.down.map(|d| (t, d)), t.up.map(|u| (t, u))])
        .flatten()
        .map(|(t, (x, o))| ((x - t.weight).abs() / t.weight.max(1e-9), t, x, o))
        .collect();
    near.sort_by(|x, y| x.0.total_cmp(&y.0));
    if near.is_empty() {
        return Err(t(lang, "sens-no-tipping"));
    }
    Ok(near
        .into_iter()
        .take(3)
        .map(|(_, tp, x, o)| {
            let c = &a.criteria.criteria[tp.criterion];
            tr(
                lang,
                if x < tp.weight {
                    "sens-tip-down"
                } else {
                    "sens-tip-up"
                },
                &[
                    ("label", Arg::from(c.label_in(lang))),
                    ("from", Arg::from(number(lang, tp.weight, 2))),
                    ("to", Arg::from(number(lang, x, 2))),
                    ("vendor", Arg::from(a.offers.offers[o].vendor.as_str())),
                ],
            )
        })
        .collect())
}

fn section_tipping(
    a: &Analysis,
    f: &Findings,
    md: Option<usize>,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let esc = |s: &str| esc(md, s);
    heading(out, md, lang, "sens-tipping")?;
    match tipping_lines(a, f, lang) {
        Err(instead) => writeln!(out, "{}", esc(&instead))?,
        Ok(lines) => {
            for line in lines {
                writeln!(out, "- {}", esc(&line))?;
            }
        }
    }
    writeln!(out)?;
    Ok(())
}

/// What each offer after the leader would have to charge to come first, unescaped; empty
/// when no fee would change anything.
pub(crate) fn price_lines(a: &Analysis, f: &Findings, lang: Lang) -> Vec<String> {
    let mut lines = Vec::new();
    for (o, p) in &f.prices {
        let line = match p {
            Ok(Some(fee)) => {
                let cash = |d: rust_decimal::Decimal| money(lang, d, &a.criteria.currency, 0);
                let mut args = vec![
                    ("vendor", Arg::from(a.offers.offers[*o].vendor.as_str())),
                    ("fee", Arg::from(cash((*fee).into()))),
                ];
                let now = crate::sensitivity::fee_now(a, *o);
                if let Some(now) = now {
                    args.push(("now", Arg::from(cash(now))));
                }
                let id = if now.is_some() {
                    "sens-price-line-now"
                } else {
                    "sens-price-line"
                };
                tr(lang, id, &args)
            }
            Ok(None) => continue,
            Err(why) => format!(
                "{}: {}",
                a.offers.offers[*o].vendor,
                t(lang, reason_id(*why))
            ),
        };
        lines.push(line);
    }
    lines
}

fn section_prices(
    a: &Analysis,
    f: &Findings,
    md: Option<usize>,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let esc = |s: &str| esc(md, s);
    heading(out, md, lang, "sens-price")?;
    if f.prices.iter().all(|(_, p)| *p == Ok(None)) {
        writeln!(out, "{}", t(lang, "sens-none"))?;
    }
    for line in price_lines(a, f, lang) {
        writeln!(out, "- {}", esc(&line))?;
    }
    writeln!(out)?;
    Ok(())
}

fn section_dominated(
    a: &Analysis,
    f: &Findings,
    md: Option<usize>,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let esc = |s: &str| esc(md, s);
    heading(out, md, lang, "sens-dominated")?;
    if f.dominated.is_empty() {
        writeln!(out, "{}", esc(&t(lang, "sens-none")))?;
    }
    for &(o, by) in &f.dominated {
        let line = tr(
            lang,
            "sens-dominated-line",
            &[
                ("vendor", Arg::from(a.offers.offers[o].vendor.as_str())),
                ("by", Arg::from(a.offers.offers[by].vendor.as_str())),
            ],
        );
        writeln!(out, "- {}", esc(&line))?;
    }
    writeln!(out)?;
    Ok(())
}

fn section_reversals(
    a: &Analysis,
    f: &Findings,
    md: Option<usize>,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let esc = |s: &str| esc(md, s);
    heading(out, md, lang, "sens-reversal")?;
    if f.reversals.is_empty() {
        writeln!(out, "{}", esc(&t(lang, "sens-none")))?;
    }
    for r in &f.reversals {
        let line = reversal_line(a, r, lang);
        writeln!(out, "- {}", esc(&line))?;
    }
    Ok(())
}

/// Who would lead with each evaluator's ratings left out, unescaped; empty with fewer than
/// two evaluators.
pub(crate) fn evaluator_lines(a: &Analysis, f: &Findings, lang: Lang) -> Vec<String> {
    let now = a.leader_with(&a.weights);
    let vendor = |o: usize| a.offers.offers[o].vendor.as_str();
    f.evaluators
        .iter()
        .map(|e| {
            let who = ("evaluator", Arg::from(e.evaluator.as_str()));
            match (e.leader, now) {
                (None, _) => tr(lang, "sens-evaluator-none", &[who]),
                (Some(l), Some(n)) if l == n => tr(
                    lang,
                    "sens-evaluator-same",
                    &[who, ("leader", Arg::from(vendor(l)))],
                ),
                (Some(l), n) => tr(
                    lang,
                    "sens-evaluator-changes",
                    &[
                        who,
                        ("vendor", Arg::from(vendor(l))),
                        ("leader", Arg::from(n.map_or("—", vendor))),
                    ],
                ),
            }
        })
        .collect()
}

fn section_evaluators(
    a: &Analysis,
    f: &Findings,
    md: Option<usize>,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let lines = evaluator_lines(a, f, lang);
    if lines.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    heading(out, md, lang, "sens-evaluators")?;
    for line in lines {
        writeln!(out, "- {}", esc(md, &line))?;
    }
    Ok(())
}
