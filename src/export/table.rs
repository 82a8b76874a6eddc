//! `rank -f table`: the ranking as an aligned text table that fits 80 columns.

use std::io::{self, Write};

use super::{display_width, fit_width, pad_width};
use crate::analysis::Analysis;
use crate::issue::{Counts, Severity};
use crate::numbers::whole_money;
use crate::sanitize::clean;

const VENDOR_WIDTH: usize = 26;
/// The terminal width the table is laid out for.
const WIDTH: usize = 80;
/// How many error and warning lines are shown under the table.
const ISSUE_LINES: usize = 12;

/// Writes the ranking table, the knock-outs and a summary of issues.
pub fn write(a: &Analysis, out: &mut dyn Write) -> io::Result<()> {
    let c = &a.criteria;
    writeln!(
        out,
        "{} · {} offer{} · {} · {}",
        clean(&c.name),
        a.offers.len(),
        if a.offers.len() == 1 { "" } else { "s" },
        super::method_name(c.method),
        clean(&c.origin)
    )?;
    writeln!(out)?;
    if a.ranking.is_empty() {
        writeln!(
            out,
            "No offers were read. Run `offerlens check` on the files to see why."
        )?;
    } else {
        ranking(a, out)?;
    }
    knockouts(a, out)?;
    red_flags(a, out)?;
    issues(a, out)
}

/// The table, one line per offer, and the legend under it.
fn ranking(a: &Analysis, out: &mut dyn Write) -> io::Result<()> {
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
        .clamp(6, VENDOR_WIDTH);
    // Padded by display width, not characters: a CJK or emoji name keeps the columns in line.
    write!(
        out,
        "{:>3}  {}  {:>5}",
        "#",
        pad_width("Vendor", vw),
        "Score"
    )?;
    if show_costs {
        write!(out, "  {:>10}  {:>10}", "Monthly", "Risk cost")?;
    }
    writeln!(out, "  Marks")?;
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
        let mut line = format!("{rank:>3}  {name}  {:>5.1}", r.score);
        if show_costs {
            let costs = &a.evaluation.costs[o];
            line += &format!(
                "  {:>10}  {:>10}",
                whole_money(costs.monthly.as_ref().ok()),
                whole_money(costs.risk.as_ref().ok())
            );
        }
        line += "  ";
        line += &marks(a, o, errors[o]);
        writeln!(out, "{}", line.trim_end())?;
    }
    writeln!(out)?;
    if show_costs {
        writeln!(
            out,
            "Score 0–100 · costs in {} a month; risk cost adds expected downtime loss",
            c.currency
        )?;
    } else {
        writeln!(out, "Score 0–100.")?;
    }
    writeln!(
        out,
        "Marks: KO knocked out · ⚑ red flags · ? blank answers · ! unreadable cells"
    )?;
    Ok(())
}

/// Every knock-out, wrapped.
fn knockouts(a: &Analysis, out: &mut dyn Write) -> io::Result<()> {
    let knocked: Vec<_> = a.ranking.iter().filter(|r| r.rank.is_none()).collect();
    if !knocked.is_empty() {
        writeln!(out)?;
        writeln!(out, "Knocked out:")?;
        let unread = knocked
            .iter()
            .filter(|r| {
                a.evaluation.knockouts[r.offer]
                    .iter()
                    .any(|k| k.not_understood)
            })
            .count();
        if unread > 0 {
            let text = format!(
                "{unread} of these {} out on an answer that was not understood: check those cells, the vendor may meet the requirement",
                if unread == 1 {
                    "offers is"
                } else {
                    "offers are"
                }
            );
            wrap_into(out, &text, 2, 4)?;
        }
        for r in knocked {
            for k in &a.evaluation.knockouts[r.offer] {
                let text = format!(
                    "{}: {}",
                    clean(&a.offers.offers[r.offer].vendor),
                    clean(&k.message)
                );
                wrap_into(out, &text, 2, 4)?;
            }
        }
    }
    Ok(())
}

/// Every red flag that did not knock the offer out, wrapped.
fn red_flags(a: &Analysis, out: &mut dyn Write) -> io::Result<()> {
    let flagged: Vec<_> = a
        .ranking
        .iter()
        .filter(|r| a.evaluation.flags[r.offer].iter().any(|f| !f.disqualify))
        .collect();
    if !flagged.is_empty() {
        writeln!(out)?;
        writeln!(out, "Red flags:")?;
        for r in flagged {
            // Disqualifying flags are listed under "Knocked out".
            for f in a.evaluation.flags[r.offer].iter().filter(|f| !f.disqualify) {
                let cost = if f.penalty > 0.0 {
                    format!(" (−{} points)", f.penalty)
                } else {
                    String::new()
                };
                let text = format!(
                    "{}: {}{cost}",
                    clean(&a.offers.offers[r.offer].vendor),
                    clean(&f.message)
                );
                wrap_into(out, &text, 2, 4)?;
            }
        }
    }
    Ok(())
}

/// The count of errors and warnings, and the first few.
fn issues(a: &Analysis, out: &mut dyn Write) -> io::Result<()> {
    let counts = Counts::of(&a.issues);
    if counts.errors + counts.warnings > 0 {
        writeln!(out)?;
        writeln!(
            out,
            "Issues: {} error{}, {} warning{} (run `offerlens check` for all details)",
            counts.errors,
            if counts.errors == 1 { "" } else { "s" },
            counts.warnings,
            if counts.warnings == 1 { "" } else { "s" }
        )?;
        let shown: Vec<_> = a
            .issues
            .iter()
            .filter(|i| i.severity != Severity::Info)
            .collect();
        for i in shown.iter().take(ISSUE_LINES) {
            writeln!(out, "  {} ({})", clean(&i.location), i.severity.as_str())?;
            wrap_into(out, &clean(&i.message), 4, 4)?;
        }
        if shown.len() > ISSUE_LINES {
            writeln!(out, "  … and {} more", shown.len() - ISSUE_LINES)?;
        }
    }
    Ok(())
}

fn marks(a: &Analysis, o: usize, errors: usize) -> String {
    let ev = &a.evaluation;
    let mut m = Vec::new();
    if ev.disqualified[o] {
        m.push("KO".to_string());
    }
    if !ev.flags[o].is_empty() {
        m.push(format!("⚑{}", ev.flags[o].len()));
    }
    if ev.blanks[o] > 0 {
        m.push(format!("?{}", ev.blanks[o]));
    }
    if errors > 0 {
        m.push(format!("!{errors}"));
    }
    m.join(" ")
}

/// Writes `text` word-wrapped to 80 columns (of display width): the first line indented by
/// `first`, the rest by `rest`. A single word longer than a line is left whole.
fn wrap_into(out: &mut dyn Write, text: &str, first: usize, rest: usize) -> io::Result<()> {
    let mut line = " ".repeat(first);
    let mut empty = true;
    for word in text.split_whitespace() {
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
