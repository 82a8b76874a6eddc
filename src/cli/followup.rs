//! `offerlens template --followup -o DIR OFFERS`: per vendor with something to clarify, their
//! own questionnaire again, pre-filled and highlighted, into one folder.

use std::process::ExitCode;

use super::{TemplateArgs, refuse_part, report_read_errors, say};
use crate::error::{Error, Result};
use crate::i18n::{Lang, Msg};
use crate::session;

pub(super) fn followup(args: &TemplateArgs, lang: Lang) -> Result<ExitCode> {
    if args.offers.is_empty() {
        return Err(Error::Usage(Msg::new("cli-followup-needs-offers")));
    }
    let dir = &args.output;
    if dir.extension().is_some() && !dir.is_dir() {
        return Err(Error::Usage(
            Msg::new("cli-followup-is-a-folder").with("path", dir.display().to_string()),
        ));
    }
    let source = args.criteria.source();
    session::guard_output(dir, &source, &args.offers)?;
    let (criteria, _) = session::load_criteria(&source)?;
    let loaded = session::analyze_rated(
        &args.offers,
        None,
        criteria,
        &args.limits.limits(),
        session::today()?,
    );
    refuse_part(&loaded)?;
    report_read_errors(&loaded.analysis.issues, lang);
    let a = &loaded.analysis;
    std::fs::create_dir_all(dir).map_err(|e| Error::Input {
        path: dir.display().to_string(),
        message: Msg::new("cli-cannot-write").msg("e", crate::error::io_reason(&e)),
    })?;
    let order: Vec<usize> = a.ranking.iter().map(|r| r.offer).collect();
    let files = super::ask::vendor_files(a, dir, &order, "xlsx")?;
    let doubted = crate::ask::Doubted::of(a);
    let mut written = 0;
    for &o in &order {
        let vendor = &a.offers.offers[o].vendor;
        let items = doubted.items(a, o);
        if items.is_empty() {
            super::ask::nothing_to_ask(lang, "cli-followup-nothing", vendor, &files[&o]);
            continue;
        }
        let bytes =
            crate::questionnaire::followup::write(a, o, &items, lang).map_err(|message| {
                Error::Input {
                    path: a.criteria.origin.clone(),
                    message,
                }
            })?;
        session::emit(&bytes, Some(&files[&o]))?;
        written += 1;
    }
    say(
        lang,
        Msg::new("cli-wrote-followups")
            .with("dir", dir.display().to_string())
            .count("files", written),
    );
    Ok(ExitCode::SUCCESS)
}
