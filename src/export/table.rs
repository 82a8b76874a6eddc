//! `rank -f table`: the ranking as an aligned text table that fits 80 columns.

use std::io::{self, Write};

use super::{display_width, fit_width, pad_width};
use crate::analysis::Analysis;
use crate::i18n::{self, Arg, Lang, count, t, tr};
use crate::issue::{Counts, Severity};
use crate::sanitize::clean;

const VENDOR_WIDTH: usize = 26;
/// The terminal width the table is laid out for.
const WIDTH: usize = 80;
/// How many error and warning lines are shown under the table.
const ISSUE_LINES: usize = 12;

/// Writes the ranking table, the knock-outs and a summary of issues, in `lang`.
pub fn write(a: &Analysis, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let c = &a.criteria;
    let heading = tr(
        lang,
        "table-heading",
        &[
            ("criteria", Arg::from(clean(c.name_in(lang)))),
            ("offers", Arg::from(count(lang, "offers", a.offers.len()))),
            ("method", Arg::from(t(lang, super::method_id(c.method)))),
            ("origin", Arg::from(clean(&c.origin))),
        ],
    );
    writeln!(out, "{heading}")?;
    writeln!(out)?;
    if a.ranking.is_empty() {
        writeln!(out, "{}", t(lang, "table-no-offers"))?;
    } else {
        ranking(a, lang, out)?;
    }
    knockouts(a, lang, out)?;
    red_flags(a, lang, out)?;
    issues(a, lang, out)
}

/// The table, one line per offer, and the legend under it.
fn ranking(a: &Analysis, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let c = &a.criteria;
    let show_costs = a
        .evaluation
        .costs
        .iter()
        .any(|x| x.monthly.is_ok() || x.risk.is_ok());
    let vw = a
        .offers
        .offers
        .iter()
        .map(|o| display_width(&clean(&o.vendor)))
        .max()
        .unwrap_or(6)
        .max(display_width(&t(lang, "table-vendor")))
        .clamp(6, VENDOR_WIDTH);
    // Padded by display width, not characters: a CJK or emoji name keeps the columns in line.
    let right =
        |s: String, w: usize| format!("{}{s}", " ".repeat(w.saturating_sub(display_width(&s))));
    write!(
        out,
        "{}  {}  {}",
        right(t(lang, "table-rank"), 3),
        pad_width(&t(lang, "table-vendor"), vw),
        right(t(lang, "table-score"), 5)
    )?;
    // Amount columns as wide as their heading, and at least 10.
    let (monthly, risk) = (t(lang, "table-monthly"), t(lang, "table-risk-cost"));
    let (mw, rw) = (
        display_width(&monthly).max(10),
        display_width(&risk).max(10),
    );
    if show_costs {
        write!(out, "  {}  {}", right(monthly, mw), right(risk, rw))?;
    }
    writeln!(out, "  {}", t(lang, "table-marks"))?;
    let mut errors = vec![0usize; a.offers.len()];
    for i in &a.issues {
        if let (Some(o), Severity::Error) = (i.offer, i.severity) {
            errors[o] += 1;
        }
    }
    for r in &a.ranking {
        let o = r.offer;
        let rank = r.rank.map_or_else(|| "—".to_string(), |n| n.to_string());
        let name = pad_width(&fit_width(&clean(&a.offers.offers[o].vendor), vw), vw);
        let mut line = format!(
            "{rank:>3}  {name}  {}",
            right(i18n::number(lang, r.score, 1), 5)
        );
        if show_costs {
            let costs = &a.evaluation.costs[o];
            let amount = |x: Option<&rust_decimal::Decimal>| {
                x.map_or_else(|| "—".to_string(), |d| i18n::decimal(lang, *d, 0))
            };
            line += &format!(
                "  {}  {}",
                right(amount(costs.monthly.as_ref().ok()), mw),
                right(amount(costs.risk.as_ref().ok()), rw)
            );
        }
        line += "  ";
        line += &super::mark_list(a, o, errors[o]).join(" ");
        writeln!(out, "{}", line.trim_end())?;
    }
    writeln!(out)?;
    if show_costs {
        let currency = match (lang, c.currency.as_str()) {
            (Lang::Pl, "PLN") => "zł".to_string(),
            (_, other) => clean(other).into_owned(),
        };
        let legend = tr(
            lang,
            "table-legend-costs",
            &[("currency", Arg::from(currency))],
        );
        writeln!(out, "{legend}")?;
    } else {
        writeln!(out, "{}.", t(lang, "table-legend-score"))?;
    }
    writeln!(out, "{}", t(lang, "table-legend-marks"))?;
    if (0..a.offers.len()).any(|o| super::disagreements(a, o) > 0) {
        writeln!(out, "{}", t(lang, "table-legend-disagree"))?;
    }
    Ok(())
}

/// Every knock-out, wrapped.
fn knockouts(a: &Analysis, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let knocked: Vec<_> = a.ranking.iter().filter(|r| r.rank.is_none()).collect();
    if !knocked.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", t(lang, "table-knocked-out"))?;
        let unread = knocked
            .iter()
            .filter(|r| {
                a.evaluation.knockouts[r.offer]
                    .iter()
                    .any(|k| k.not_understood)
            })
            .count();
        if unread > 0 {
            let text = tr(
                lang,
                "table-not-understood",
                &[
                    ("count", Arg::from(unread)),
                    ("n", Arg::from(unread.to_string())),
                ],
            );
            wrap_into(out, &text, 2, 4)?;
        }
        for r in knocked {
            for k in &a.evaluation.knockouts[r.offer] {
                let text = format!(
                    "{}: {}",
                    clean(&a.offers.offers[r.offer].vendor),
                    clean(&k.message.in_lang(lang))
                );
                wrap_into(out, &text, 2, 4)?;
            }
        }
    }
    Ok(())
}

/// Every red flag that did not knock the offer out, wrapped.
fn red_flags(a: &Analysis, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let flagged: Vec<_> = a
        .ranking
        .iter()
        .filter(|r| a.evaluation.flags[r.offer].iter().any(|f| !f.disqualify))
        .collect();
    if !flagged.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", t(lang, "table-red-flags"))?;
        for r in flagged {
            // Disqualifying flags are listed under "Knocked out".
            for f in a.evaluation.flags[r.offer].iter().filter(|f| !f.disqualify) {
                let cost = if f.penalty > 0.0 {
                    let points = crate::numbers::brief(f.penalty);
                    let points = match lang {
                        Lang::Pl => points.replace('.', ","),
                        Lang::En => points,
                    };
                    format!(
                        " {}",
                        tr(lang, "table-points-off", &[("points", Arg::from(points))])
                    )
                } else {
                    String::new()
                };
                let message = f.message_in(&a.criteria, lang);
                let text = format!(
                    "{}: {}{cost}",
                    clean(&a.offers.offers[r.offer].vendor),
                    clean(&message)
                );
                wrap_into(out, &text, 2, 4)?;
            }
        }
    }
    Ok(())
}

/// The count of errors and warnings, and the first few.
fn issues(a: &Analysis, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let counts = Counts::of(&a.issues);
    if counts.errors + counts.warnings > 0 {
        writeln!(out)?;
        let summary = tr(
            lang,
            "table-issues",
            &[
                ("errors", Arg::from(counts.errors)),
                ("warnings", Arg::from(counts.warnings)),
            ],
        );
        writeln!(out, "{summary}")?;
        let shown: Vec<_> = a
            .issues
            .iter()
            .filter(|i| i.severity != Severity::Info)
            .collect();
        for i in shown.iter().take(ISSUE_LINES) {
            let severity = t(lang, &format!("severity-{}", i.severity.as_str()));
            writeln!(out, "  {} ({severity})", clean(&i.location))?;
            wrap_into(out, &clean(&i.message_in(lang)), 4, 4)?;
        }
        if shown.len() > ISSUE_LINES {
            let more = shown.len() - ISSUE_LINES;
            let text = tr(
                lang,
                "table-more-issues",
                &[("n", Arg::from(more.to_string()))],
            );
            writeln!(out, "  {text}")?;
        }
    }
    Ok(())
}

/// Writes `text` word-wrapped to 80 columns (of display width): the first line indented by
/// `first`, the rest by `rest`. A single word longer than a line is left whole.
fn wrap_into(out: &mut dyn Write, text: &str, first: usize, rest: usize) -> io::Result<()> {
    let mut line = " ".repeat(first);
    let mut empty = true;
    // A no-break space holds a number and its unit together.
    for word in text
        .split(|c: char| c.is_whitespace() && c != '\u{a0}')
        .filter(|w| !w.is_empty())
    {
        let len = display_width(&line);
        if !empty && len + 1 + display_width(word) > WIDTH {
            writeln!(out, "{line}")?;
            line = " ".repeat(rest);
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    writeln!(out, "{line}")
}
