//! `rank -f md`: a report a business owner can paste into an email: the ranking, the winner and
//! why, knock-outs and red flags, the remarks written beside the offers, the weights used, and
//! the audit stamp.
//!
//! Vendor-supplied text is escaped: it can neither open links, images or HTML, nor break the
//! tables, nor start a formula if the table is pasted into a spreadsheet.

use crate::i18n::Lang;
use crate::i18n::{Arg, t, tr};
use std::io::{self, Write};

use super::md_text::escape;
use crate::analysis::Analysis;
use crate::criteria::Method;
use crate::export::audit::Audit;
use crate::issue::{Counts, Severity};
use crate::sanitize::clean;
use crate::score::rank::Ranked;

/// How many criteria are named for the winner's lead, and for the runner-up's.
const REASONS: usize = 4;
const COUNTER_REASONS: usize = 2;
/// How many issues are listed (the rest are counted).
const ISSUES: usize = 10;

/// Writes the report.
pub fn write(a: &Analysis, audit: &Audit, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let ranked: Vec<&Ranked> = a.ranking.iter().filter(|r| r.rank.is_some()).collect();
    heading(a, lang, ranked.len(), out)?;
    winner(a, lang, &ranked, out)?;
    writeln!(out)?;
    ranking(a, lang, out)?;
    risk_terms(a, lang, out)?;
    knockouts(a, lang, out)?;
    red_flags(a, lang, out)?;
    remarks(a, lang, out)?;
    evaluators_said(a, lang, out)?;
    writeln!(out)?;
    how_sure(a, lang, out)?;
    weights(a, lang, out)?;
    data_issues(a, lang, out)?;
    writeln!(out)?;
    audit_stamp(audit, lang, out)
}

/// "How sure is this?": chance of first place, tipping points, price to win, offers that
/// cannot win, rank reversal; for a large comparison, where to find them.
fn how_sure(a: &Analysis, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    match crate::sensitivity::for_reports(a) {
        Ok(f) => {
            super::sensitivity::section(a, &f, Some(2), lang, out)?;
            writeln!(out)
        }
        Err(0) => Ok(()),
        Err(ranked) => {
            writeln!(out, "## {}\n", t(lang, "sens-title"))?;
            let note = tr(
                lang,
                "sens-report-too-many",
                &[
                    ("ranked", Arg::from(ranked)),
                    ("max", Arg::from(crate::sensitivity::IN_REPORTS_UP_TO)),
                ],
            );
            writeln!(out, "{note}\n")
        }
    }
}

/// The title and one line about what was compared.
fn heading(a: &Analysis, lang: Lang, ranked: usize, out: &mut dyn Write) -> io::Result<()> {
    let c = &a.criteria;
    let title = tr(lang, "md-title", &[("name", Arg::from(c.name_in(lang)))]);
    writeln!(out, "# {}", escape(&title))?;
    writeln!(out)?;
    let line = tr(
        lang,
        "md-compared",
        &[
            ("offers", Arg::from(a.offers.len())),
            ("ranked", Arg::from(ranked)),
            ("out", Arg::from(a.offers.len() - ranked)),
            ("method", Arg::from(t(lang, super::method_id(c.method)))),
            ("origin", Arg::from(c.origin.as_str())),
        ],
    );
    writeln!(out, "{}", escape(&line))?;
    writeln!(out)
}

/// A score with one decimal in the language's style.
fn points(lang: Lang, x: f64) -> String {
    crate::i18n::score(lang, x, 1)
}

/// The winner (or the offers tied for first place), and why it beats the next one.
fn winner(a: &Analysis, lang: Lang, ranked: &[&Ranked], out: &mut dyn Write) -> io::Result<()> {
    match ranked {
        [] => writeln!(out, "{}", escape(&t(lang, "md-nobody-passed")))?,
        [first, ..] => {
            let tied: Vec<_> = ranked.iter().filter(|r| r.rank == first.rank).collect();
            let next = ranked.iter().find(|r| r.rank > first.rank);
            if tied.len() > 1 {
                let names: Vec<String> = tied.iter().map(|r| vendor(a, r.offer)).collect();
                let head = tr(
                    lang,
                    "md-winners-tied",
                    &[
                        ("names", Arg::from(names.join(", "))),
                        ("score", Arg::from(points(lang, first.score))),
                    ],
                );
                writeln!(out, "## {head}")?;
                writeln!(out)?;
                let shared = tr(lang, "md-tied-note", &[("count", Arg::from(tied.len()))]);
                writeln!(out, "{}", escape(&shared))?;
            } else {
                let head = tr(
                    lang,
                    "md-winner",
                    &[
                        ("name", Arg::from(vendor(a, first.offer))),
                        ("score", Arg::from(points(lang, first.score))),
                    ],
                );
                writeln!(out, "## {head}")?;
            }
            writeln!(out)?;
            match next {
                Some(second) => why(
                    a,
                    lang,
                    first.offer,
                    second.offer,
                    first.score - second.score,
                    out,
                )?,
                None if tied.len() == 1 => {
                    writeln!(out, "{}", escape(&t(lang, "md-only-one-passed")))?
                }
                None => {}
            }
        }
    }
    Ok(())
}

/// The ranking table, every offer with its score, costs and marks.
fn ranking(a: &Analysis, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let c = &a.criteria;
    let cur = || Arg::from(escape(&c.currency));
    writeln!(out, "## {}", t(lang, "md-ranking"))?;
    writeln!(out)?;
    writeln!(
        out,
        "| # | {} | {} | {} | {} | {} |",
        t(lang, "table-vendor"),
        t(lang, "table-score"),
        tr(lang, "md-monthly-cost-in", &[("currency", cur())]),
        tr(lang, "md-risk-cost-in", &[("currency", cur())]),
        t(lang, "md-notes"),
    )?;
    writeln!(out, "|---:|---|---:|---:|---:|---|")?;
    for r in &a.ranking {
        let o = r.offer;
        let ev = &a.evaluation;
        let notes = super::offer_marks(a, lang, o);
        let money = |m: Option<&rust_decimal::Decimal>| {
            m.map_or_else(|| "—".to_string(), |d| crate::i18n::decimal(lang, *d, 0))
        };
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            r.rank.map_or("—".to_string(), |n| n.to_string()),
            vendor(a, o),
            points(lang, r.score),
            money(ev.costs[o].monthly.as_ref().ok()),
            money(ev.costs[o].risk.as_ref().ok()),
            notes.join(", ")
        )?;
    }
    writeln!(out)?;
    writeln!(out, "{}", escape(&t(lang, "md-ranking-legend")))?;
    Ok(())
}

/// The risk cost of each offer that has one, term by term, in ranking order.
fn risk_terms(a: &Analysis, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let ev = &a.evaluation;
    let with = super::with_risk_terms(a);
    let Some(&first) = with.first() else {
        return Ok(());
    };
    let names: Vec<&str> = ev.costs[first].terms.iter().map(|(n, _)| *n).collect();
    writeln!(out)?;
    let head = tr(
        lang,
        "md-risk-terms",
        &[("currency", Arg::from(escape(&a.criteria.currency)))],
    );
    writeln!(out, "## {head}")?;
    writeln!(out)?;
    let heads: Vec<String> = names
        .iter()
        .map(|n| t(lang, &format!("term-{n}")))
        .collect();
    writeln!(
        out,
        "| {} | {} | {} |",
        t(lang, "table-vendor"),
        heads.join(" | "),
        t(lang, "table-risk-cost")
    )?;
    writeln!(out, "|---|{}---:|", "---:|".repeat(names.len()))?;
    let money = |m: Option<&rust_decimal::Decimal>| {
        m.map_or_else(|| "—".to_string(), |d| crate::i18n::decimal(lang, *d, 0))
    };
    for o in with {
        let costs = &ev.costs[o];
        let cells: Vec<String> = costs.terms.iter().map(|(_, t)| money(Some(t))).collect();
        writeln!(
            out,
            "| {} | {} | {} |",
            vendor(a, o),
            cells.join(" | "),
            money(costs.risk.as_ref().ok())
        )?;
    }
    writeln!(out)?;
    writeln!(out, "{}", escape(&t(lang, "md-risk-terms-legend")))
}

/// Every knock-out of the offers out of the ranking.
fn knockouts(a: &Analysis, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let knocked: Vec<_> = a.ranking.iter().filter(|r| r.rank.is_none()).collect();
    if !knocked.is_empty() {
        writeln!(out)?;
        writeln!(out, "## {}", t(lang, "md-knockouts"))?;
        writeln!(out)?;
        for r in knocked {
            for k in &a.evaluation.knockouts[r.offer] {
                writeln!(
                    out,
                    "- **{}**: {}",
                    vendor(a, r.offer),
                    escape(&k.message.in_lang(lang))
                )?;
            }
        }
    }
    Ok(())
}

/// Every red flag that did not knock the offer out, with its penalty.
fn red_flags(a: &Analysis, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let flagged: Vec<_> = a
        .ranking
        .iter()
        .filter(|r| a.evaluation.flags[r.offer].iter().any(|f| !f.disqualify))
        .collect();
    if !flagged.is_empty() {
        writeln!(out)?;
        writeln!(out, "## {}", t(lang, "md-red-flags"))?;
        writeln!(out)?;
        for r in flagged {
            for f in a.evaluation.flags[r.offer].iter().filter(|f| !f.disqualify) {
                let cost = if f.penalty > 0.0 {
                    format!(
                        " {}",
                        tr(
                            lang,
                            "table-points-off",
                            &[("points", Arg::from(crate::numbers::brief(f.penalty)))]
                        )
                    )
                } else {
                    String::new()
                };
                writeln!(
                    out,
                    "- **{}**: {}{cost}",
                    vendor(a, r.offer),
                    escape(&f.message_in(&a.criteria, lang))
                )?;
            }
        }
    }
    Ok(())
}

/// The remarks written beside the answers, per offer in ranking order (the offers' notes).
fn remarks(a: &Analysis, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let noted: Vec<(usize, String)> = a
        .ranking
        .iter()
        .filter_map(|r| Some((r.offer, a.offers.offers[r.offer].notes_text()?)))
        .collect();
    if !noted.is_empty() {
        writeln!(out)?;
        writeln!(out, "## {}", t(lang, "md-remarks"))?;
        writeln!(out)?;
        for (o, notes) in noted {
            writeln!(out, "- **{}**: {}", vendor(a, o), escape(&notes))?;
        }
    }
    Ok(())
}

/// What the evaluators wrote about each vendor, in ranking order.
fn evaluators_said(a: &Analysis, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let said: Vec<usize> = a
        .ranking
        .iter()
        .map(|r| r.offer)
        .filter(|&o| !super::evaluator_comments(a, o).is_empty())
        .collect();
    if said.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    writeln!(out, "## {}", t(lang, "md-evaluator-comments"))?;
    writeln!(out)?;
    for o in said {
        let comments: Vec<String> = super::evaluator_comments(a, o)
            .iter()
            .map(|(who, c)| format!("{}: „{}”", escape(who), escape(c)))
            .collect();
        writeln!(out, "- **{}**: {}", vendor(a, o), comments.join("; "))?;
    }
    Ok(())
}

/// The weights used, largest first, with their shares.
fn weights(a: &Analysis, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let c = &a.criteria;
    writeln!(out, "## {}", t(lang, "md-weights"))?;
    writeln!(out)?;
    writeln!(
        out,
        "| {} | {} | {} | {} |",
        t(lang, "tui-criterion"),
        t(lang, "md-group"),
        t(lang, "tui-weight"),
        t(lang, "tui-share")
    )?;
    writeln!(out, "|---|---|---:|---:|")?;
    for (j, share) in super::weights_by_size(a) {
        let cr = &c.criteria[j];
        let share = tr(
            lang,
            "tui-percent",
            &[("n", Arg::from(crate::i18n::number(lang, share, 1)))],
        );
        writeln!(
            out,
            "| {} | {} | {} | {} |",
            escape(cr.label_in(lang)),
            escape(&t(lang, &format!("group-{}", cr.group))),
            crate::i18n::number(
                lang,
                a.weights[j],
                if a.weights[j].fract() == 0.0 { 0 } else { 2 }
            ),
            share
        )?;
    }
    Ok(())
}

/// Errors and warnings met while reading the offers, the first few listed.
fn data_issues(a: &Analysis, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let counts = Counts::of(&a.issues);
    if counts.errors + counts.warnings > 0 {
        writeln!(out)?;
        writeln!(out, "## {}", t(lang, "md-data-issues"))?;
        writeln!(out)?;
        let line = tr(
            lang,
            "md-issues-count",
            &[
                ("errors", Arg::from(counts.errors)),
                ("warnings", Arg::from(counts.warnings)),
            ],
        );
        writeln!(out, "{}", escape(&line))?;
        writeln!(out)?;
        let shown: Vec<_> = a
            .issues
            .iter()
            .filter(|i| i.severity != Severity::Info)
            .collect();
        for i in shown.iter().take(ISSUES) {
            writeln!(
                out,
                "- `{}` ({}): {}",
                code(&i.location),
                t(lang, &format!("severity-{}", i.severity.as_str())),
                escape(&i.message_in(lang))
            )?;
        }
        if shown.len() > ISSUES {
            let more = tr(
                lang,
                "table-more-issues",
                &[
                    ("count", Arg::from(shown.len() - ISSUES)),
                    ("n", Arg::from((shown.len() - ISSUES).to_string())),
                ],
            );
            writeln!(out, "- {}", escape(&more))?;
        }
    }
    Ok(())
}

/// The audit stamp.
fn audit_stamp(audit: &Audit, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "## {}", t(lang, "md-audit"))?;
    writeln!(out)?;
    for (label, value) in audit.lines_in(lang) {
        writeln!(out, "- {}: `{}`", escape(&label), code(&value))?;
    }
    Ok(())
}

/// Why `first` beats `second`: the criteria where it gains the most points, and where the
/// runner-up does better.
fn why(
    a: &Analysis,
    lang: Lang,
    first: usize,
    second: usize,
    lead: f64,
    out: &mut dyn Write,
) -> io::Result<()> {
    let ev = &a.evaluation;
    let topsis = a.criteria.method == Method::Topsis;
    let (p1, p2) = (
        ev.contributions(&a.weights, first),
        ev.contributions(&a.weights, second),
    );
    let mut diffs: Vec<(usize, f64)> = (0..p1.len())
        .map(|j| (j, p1[j] - p2[j]))
        .filter(|(_, d)| d.is_finite() && d.abs() >= 0.05)
        .collect();
    diffs.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
    let leads = tr(
        lang,
        if topsis {
            "md-leads-topsis"
        } else {
            "md-leads"
        },
        &[
            ("first", Arg::from(vendor(a, first))),
            ("second", Arg::from(vendor(a, second))),
            ("lead", Arg::from(points(lang, lead))),
        ],
    );
    writeln!(out, "{leads}")?;
    let answer = |j: usize, o: usize| escape(&super::answer_in(a, j, o, lang));
    let against = |j: usize, x: usize, y: usize, d: f64| {
        tr(
            lang,
            "md-against",
            &[
                (
                    "label",
                    Arg::from(escape(a.criteria.criteria[j].label_in(lang))),
                ),
                ("this", Arg::from(answer(j, x))),
                ("that", Arg::from(answer(j, y))),
                ("points", Arg::from(points(lang, d))),
            ],
        )
    };
    let gains: Vec<_> = diffs
        .iter()
        .filter(|(_, d)| *d > 0.0)
        .take(REASONS)
        .collect();
    if !gains.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", t(lang, "md-gains"))?;
        writeln!(out)?;
        for (j, d) in gains {
            writeln!(out, "- {}", against(*j, first, second, *d))?;
        }
    }
    let losses: Vec<_> = diffs
        .iter()
        .rev()
        .filter(|(_, d)| *d < 0.0)
        .take(COUNTER_REASONS)
        .collect();
    if !losses.is_empty() {
        writeln!(out)?;
        let better = tr(lang, "md-better", &[("name", Arg::from(vendor(a, second)))]);
        writeln!(out, "{better}")?;
        writeln!(out)?;
        for (j, d) in losses {
            writeln!(out, "- {}", against(*j, second, first, -d))?;
        }
    }
    Ok(())
}

fn vendor(a: &Analysis, o: usize) -> String {
    escape(&a.offers.offers[o].vendor)
}

/// Text for inside a code span: backticks, which would end it, become quotes.
fn code(text: &str) -> String {
    clean(text).replace('`', "'")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_links_html_and_formulas_are_escaped() {
        assert_eq!(escape("Kodex Studio"), "Kodex Studio");
        assert_eq!(escape("[click](javascript:x)"), "\\[click\\](javascript:x)");
        assert_eq!(escape("<script>"), "\\<script\\>");
        assert_eq!(escape("a|b"), "a\\|b");
        assert_eq!(escape("=1+1"), "\\=1+1");
        assert_eq!(escape("\u{FF1D}1+1"), "\\\u{FF1D}1+1");
        assert_eq!(escape("Evil\u{1b}[2J"), "Evil\\[2J");
        assert_eq!(escape("see https://x.pl"), "see https\\://x.pl");
        assert_eq!(escape("www.x.pl"), "www\\.x.pl");
    }
}
