//! `rank -f md`: a report a business owner can paste into an email: the ranking, the winner and
//! why, knock-outs and red flags, the remarks written beside the offers, the weights used, and
//! the audit stamp.
//!
//! Vendor-supplied text is escaped: it can neither open links, images or HTML, nor break the
//! tables, nor start a formula if the table is pasted into a spreadsheet.

use crate::i18n::Lang;
use std::io::{self, Write};

use crate::analysis::Analysis;
use crate::criteria::Method;
use crate::export::audit::Audit;
use crate::issue::{Counts, Severity};
use crate::numbers::whole_money;
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
    writeln!(out)?;
    weights(a, lang, out)?;
    data_issues(a, lang, out)?;
    writeln!(out)?;
    audit_stamp(audit, lang, out)
}

/// The title and one line about what was compared.
fn heading(a: &Analysis, lang: Lang, ranked: usize, out: &mut dyn Write) -> io::Result<()> {
    let c = &a.criteria;
    writeln!(out, "# Offer ranking: {}", escape(&c.name))?;
    writeln!(out)?;
    writeln!(
        out,
        "{} offer{} compared, {} ranked, {} knocked out · {} · criteria {}",
        a.offers.len(),
        if a.offers.len() == 1 { "" } else { "s" },
        ranked,
        a.offers.len() - ranked,
        super::method_name(c.method),
        escape(&c.origin)
    )?;
    writeln!(out)
}

/// The winner (or the offers tied for first place), and why it beats the next one.
fn winner(a: &Analysis, lang: Lang, ranked: &[&Ranked], out: &mut dyn Write) -> io::Result<()> {
    match ranked {
        [] => writeln!(out, "No offer passed the knock-out criteria.")?,
        [first, ..] => {
            let tied: Vec<_> = ranked.iter().filter(|r| r.rank == first.rank).collect();
            let next = ranked.iter().find(|r| r.rank > first.rank);
            if tied.len() > 1 {
                let names: Vec<String> = tied.iter().map(|r| vendor(a, r.offer)).collect();
                writeln!(
                    out,
                    "## Winners, tied: {} ({:.1} points)",
                    names.join(", "),
                    first.score
                )?;
                writeln!(out)?;
                writeln!(
                    out,
                    "{} offers share first place. (The same vendor may have sent more than one file.)",
                    tied.len()
                )?;
            } else {
                writeln!(
                    out,
                    "## Winner: {} ({:.1} points)",
                    vendor(a, first.offer),
                    first.score
                )?;
            }
            writeln!(out)?;
            match next {
                Some(second) => why(
                    a,
                    first.offer,
                    second.offer,
                    first.score - second.score,
                    out,
                )?,
                None if tied.len() == 1 => {
                    writeln!(out, "The only offer that passed the knock-out criteria.")?
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
    writeln!(out, "## Ranking")?;
    writeln!(out)?;
    writeln!(
        out,
        "| # | Vendor | Score | Monthly cost ({cur}) | Risk cost ({cur}) | Notes |",
        cur = escape(&c.currency)
    )?;
    writeln!(out, "|---:|---|---:|---:|---:|---|")?;
    for r in &a.ranking {
        let o = r.offer;
        let ev = &a.evaluation;
        let mut notes = Vec::new();
        if ev.disqualified[o] {
            notes.push("knocked out".to_string());
        }
        let flags = ev.flags[o].iter().filter(|f| !f.disqualify).count();
        if flags > 0 {
            notes.push(format!(
                "{flags} red flag{}",
                if flags == 1 { "" } else { "s" }
            ));
        }
        if ev.blanks[o] > 0 {
            notes.push(format!("{} blank", ev.blanks[o]));
        }
        writeln!(
            out,
            "| {} | {} | {:.1} | {} | {} | {} |",
            r.rank.map_or("—".to_string(), |n| n.to_string()),
            vendor(a, o),
            r.score,
            whole_money(ev.costs[o].monthly.as_ref().ok()),
            whole_money(ev.costs[o].risk.as_ref().ok()),
            notes.join(", ")
        )?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "Score 0–100. Monthly cost: the fee plus the hours needed beyond the pool at the hourly rate. Risk cost: the monthly cost plus what downtime and lost data are expected to cost the business (term by term below)."
    )?;
    Ok(())
}

/// The risk cost of each offer that has one, term by term, in ranking order.
fn risk_terms(a: &Analysis, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let ev = &a.evaluation;
    let with: Vec<usize> = a
        .ranking
        .iter()
        .map(|r| r.offer)
        .filter(|&o| ev.costs[o].risk.is_ok() && !ev.costs[o].terms.is_empty())
        .collect();
    let Some(&first) = with.first() else {
        return Ok(());
    };
    let names: Vec<&str> = ev.costs[first].terms.iter().map(|(n, _)| *n).collect();
    writeln!(out)?;
    writeln!(
        out,
        "## Risk cost, term by term ({})",
        escape(&a.criteria.currency)
    )?;
    writeln!(out)?;
    let heads: Vec<String> = names.iter().map(|n| n.replace('_', " ")).collect();
    writeln!(out, "| Vendor | {} | Risk cost |", heads.join(" | "))?;
    writeln!(out, "|---|{}---:|", "---:|".repeat(names.len()))?;
    for o in with {
        let costs = &ev.costs[o];
        let cells: Vec<String> = costs
            .terms
            .iter()
            .map(|(_, t)| whole_money(Some(t)))
            .collect();
        writeln!(
            out,
            "| {} | {} | {} |",
            vendor(a, o),
            cells.join(" | "),
            whole_money(costs.risk.as_ref().ok())
        )?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "fee and extra hours: the monthly cost; downtime: expected critical incidents (lowered by the safeguards offered) × the time to restore (plus the wait for an office-hours window), or the downtime the uptime guarantee allows if that is more, × the revenue an hour; data loss: incidents × the RPO × what an hour of data is worth; credits (subtracted): the service credits expected when the SLA is missed, the share of incidents that overrun it × the credit the offer promises (a percentage of the fee), at most the fee."
    )
}

/// Every knock-out of the offers out of the ranking.
fn knockouts(a: &Analysis, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let knocked: Vec<_> = a.ranking.iter().filter(|r| r.rank.is_none()).collect();
    if !knocked.is_empty() {
        writeln!(out)?;
        writeln!(out, "## Knock-outs")?;
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
        writeln!(out, "## Red flags")?;
        writeln!(out)?;
        for r in flagged {
            for f in a.evaluation.flags[r.offer].iter().filter(|f| !f.disqualify) {
                let cost = if f.penalty > 0.0 {
                    format!(" (−{} points)", f.penalty)
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
        writeln!(out, "## Remarks in the offers")?;
        writeln!(out)?;
        for (o, notes) in noted {
            writeln!(out, "- **{}**: {}", vendor(a, o), escape(&notes))?;
        }
    }
    Ok(())
}

/// The weights used, largest first, with their shares.
fn weights(a: &Analysis, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let c = &a.criteria;
    writeln!(out, "## Weights used")?;
    writeln!(out)?;
    writeln!(out, "| Criterion | Group | Weight | Share |")?;
    writeln!(out, "|---|---|---:|---:|")?;
    let total: f64 = a.weights.iter().sum();
    let mut order: Vec<usize> = (0..c.criteria.len())
        .filter(|&j| a.weights[j] > 0.0)
        .collect();
    order.sort_by(|&i, &j| a.weights[j].total_cmp(&a.weights[i]).then(i.cmp(&j)));
    for j in order {
        let cr = &c.criteria[j];
        writeln!(
            out,
            "| {} | {} | {} | {:.1}% |",
            escape(&cr.label),
            escape(&cr.group),
            a.weights[j],
            if total > 0.0 {
                100.0 * a.weights[j] / total
            } else {
                0.0
            }
        )?;
    }
    Ok(())
}

/// Errors and warnings met while reading the offers, the first few listed.
fn data_issues(a: &Analysis, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let counts = Counts::of(&a.issues);
    if counts.errors + counts.warnings > 0 {
        writeln!(out)?;
        writeln!(out, "## Data issues")?;
        writeln!(out)?;
        writeln!(
            out,
            "{} error{}, {} warning{} while reading the offers:",
            counts.errors,
            if counts.errors == 1 { "" } else { "s" },
            counts.warnings,
            if counts.warnings == 1 { "" } else { "s" }
        )?;
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
                i.severity.as_str(),
                escape(&i.message_in(lang))
            )?;
        }
        if shown.len() > ISSUES {
            writeln!(out, "- … and {} more", shown.len() - ISSUES)?;
        }
    }
    Ok(())
}

/// The audit stamp.
fn audit_stamp(audit: &Audit, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "## Audit")?;
    writeln!(out)?;
    for (label, value) in audit.lines() {
        writeln!(out, "- {}: `{}`", escape(&label), code(&value))?;
    }
    Ok(())
}

/// Why `first` beats `second`: the criteria where it gains the most points, and where the
/// runner-up does better.
fn why(
    a: &Analysis,
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
    writeln!(
        out,
        "{} leads {} by {:.1} points{}.",
        vendor(a, first),
        vendor(a, second),
        lead,
        if topsis {
            " (TOPSIS: the differences below are per-criterion scores weighted by their share)"
        } else {
            ""
        }
    )?;
    let answer = |j: usize, o: usize| escape(&super::answer(a, j, o));
    let gains: Vec<_> = diffs
        .iter()
        .filter(|(_, d)| *d > 0.0)
        .take(REASONS)
        .collect();
    if !gains.is_empty() {
        writeln!(out)?;
        writeln!(out, "Where it gains the most:")?;
        writeln!(out)?;
        for (j, d) in gains {
            writeln!(
                out,
                "- {}: {} against {} (+{:.1})",
                escape(&a.criteria.criteria[*j].label),
                answer(*j, first),
                answer(*j, second),
                d
            )?;
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
        writeln!(out, "Where {} is better:", vendor(a, second))?;
        writeln!(out)?;
        for (j, d) in losses {
            writeln!(
                out,
                "- {}: {} against {} (+{:.1})",
                escape(&a.criteria.criteria[*j].label),
                answer(*j, second),
                answer(*j, first),
                -d
            )?;
        }
    }
    Ok(())
}

fn vendor(a: &Analysis, o: usize) -> String {
    escape(&a.offers.offers[o].vendor)
}

/// Text made inert in Markdown: control characters removed; the characters that could start
/// emphasis, code, a link or image (`[`), HTML (`<`) or a table cell backslash-escaped; and a
/// formula start escaped too. Parentheses and the like stay as they are, readable in a
/// plain-text email.
pub fn escape(text: &str) -> String {
    let cleaned = clean(text);
    let mut out = String::with_capacity(cleaned.len() + 8);
    for (i, ch) in cleaned.chars().enumerate() {
        let formula_start = i == 0 && super::csv::is_formula_start(ch);
        if formula_start || matches!(ch, '\\' | '`' | '*' | '[' | ']' | '<' | '>' | '|') {
            out.push('\\');
        }
        out.push(ch);
    }
    // Renderers turn bare addresses into links; `https\://` and `www\.` they leave alone.
    out.replace("://", "\\://").replace("www.", "www\\.")
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
