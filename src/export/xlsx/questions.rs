//! `ask -f xlsx`: the questions to every vendor as one sheet the buyer tracks the answers in —
//! vendor, number, kind, criterion, points at stake, the question, the cell — with an empty
//! "Answer received" column to fill in.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook, XlsxError};

use crate::analysis::Analysis;
use crate::ask::Quote;
use crate::export::ask::{Letter, for_each, plain};
use crate::i18n::{Lang, t};

use super::sheet::{Column, Sheet};
use super::style::{Cell, Num, Styles};

/// The workbook's bytes; a message in `lang` when it cannot be built.
pub fn write(a: &Analysis, only: Option<usize>, lang: Lang) -> Result<Vec<u8>, String> {
    let made = |l: &Letter| questions_of(a, l, lang);
    into_message(
        build(a, lang, &mut |each| for_each(a, only, &made, each)),
        lang,
    )
}

/// The sheet of one letter already made (one file per vendor).
pub fn write_letter(a: &Analysis, l: &Letter, lang: Lang) -> Result<Vec<u8>, String> {
    into_message(
        build(a, lang, &mut |each| each(l, questions_of(a, l, lang))),
        lang,
    )
}

/// Each question of a letter in `lang`, the vendor's words quoted as the language quotes.
fn questions_of(a: &Analysis, l: &Letter, lang: Lang) -> Vec<String> {
    let quote = move |text: &str| match lang {
        Lang::Pl => format!("„{}”", plain(text)),
        Lang::En => format!("“{}”", plain(text)),
    };
    l.items
        .iter()
        .map(|item| item.question(a, l.offer, &quote as &Quote).in_lang(lang))
        .collect()
}

/// Where the rows come from: each letter handed over with its questions, in order.
type Feed<'a> = dyn FnMut(&mut dyn FnMut(&Letter, Vec<String>) -> std::io::Result<()>) -> std::io::Result<()>
    + 'a;

fn into_message(built: Result<Vec<u8>, XlsxError>, lang: Lang) -> Result<Vec<u8>, String> {
    built.map_err(|e| {
        crate::i18n::tr(
            lang,
            "xlsx-cannot-write",
            &[("reason", crate::i18n::Arg::from(e.to_string()))],
        )
    })
}

fn build(a: &Analysis, lang: Lang, feed: &mut Feed<'_>) -> Result<Vec<u8>, XlsxError> {
    let styles = Styles::in_lang(&a.criteria.currency, lang);
    let mut workbook = Workbook::new();
    workbook.set_properties(
        &DocProperties::new()
            .set_title(t(lang, "ask-xlsx-title"))
            .set_creation_datetime(&ExcelDateTime::from_ymd(1980, 1, 1)?),
    );
    let mut s = Sheet::new(
        workbook.add_worksheet_with_constant_memory()?,
        &t(lang, "ask-xlsx-sheet"),
        &styles,
        vec![
            Column::new(&t(lang, "xlsx-col-vendor"), 12, 30),
            Column::new(&t(lang, "ask-xlsx-col-number"), 4, 4),
            Column::new(&t(lang, "xlsx-col-kind"), 8, 12),
            Column::new(&t(lang, "xlsx-col-criterion"), 10, 24),
            Column::new(&t(lang, "ask-xlsx-col-points"), 8, 8),
            Column::new(&t(lang, "ask-xlsx-col-question"), 40, 90).wrap(),
            Column::new(&t(lang, "xlsx-col-source"), 10, 40),
            Column::new(&t(lang, "ask-xlsx-col-received"), 20, 40),
        ],
    )?;
    s.ws.set_freeze_panes(1, 1)?;
    let mut failed = None;
    let mut skipped = 0;
    let _ = feed(&mut |l, questions| {
        let vendor = &a.offers.offers[l.offer].vendor;
        let mut row = |cells: &[Cell<'_>]| -> std::io::Result<()> {
            if !s.room() {
                skipped += 1;
                return Ok(());
            }
            s.row(cells, false).map_err(|e| {
                failed = Some(e);
                std::io::Error::other("stopped")
            })
        };
        if l.items.is_empty() {
            return row(&[
                Cell::Text(vendor),
                Cell::Empty,
                Cell::Empty,
                Cell::Empty,
                Cell::Empty,
                Cell::Text(&t(lang, "ask-xlsx-nothing")),
            ]);
        }
        for (n, (item, question)) in l.items.iter().zip(&questions).enumerate() {
            row(&[
                Cell::Text(vendor),
                Cell::Num((n + 1) as f64, Num::Int),
                Cell::Text(&t(lang, kind_id(item.kind))),
                Cell::Text(&criterion_label(a, item, lang)),
                Cell::Num((item.points * 100.0).round() / 100.0, Num::Points),
                Cell::Text(question),
                Cell::Text(item.source.as_deref().unwrap_or("")),
            ])?;
        }
        Ok(())
    });
    if let Some(e) = failed {
        return Err(e);
    }
    s.skipped(skipped)?;
    s.finish()?;
    workbook.save_to_buffer()
}

/// What a question is about, as the buyer reads it: the criterion's label in `lang` (the id of
/// what a red flag about no criterion tests, e.g. the monthly cost).
fn criterion_label(a: &Analysis, item: &crate::ask::Item, lang: Lang) -> String {
    match item.criteria.first() {
        Some(&j) => a.criteria.criteria[j].label_in(lang).to_string(),
        None => item.criterion_id(a).unwrap_or("").to_string(),
    }
}

/// The catalogue id of a kind of question, in words.
pub(crate) fn kind_id(kind: crate::ask::Kind) -> &'static str {
    match kind {
        crate::ask::Kind::Knockout => "ask-kind-knockout",
        crate::ask::Kind::Flag => "ask-kind-flag",
        crate::ask::Kind::Unread => "ask-kind-unread",
        crate::ask::Kind::Blank => "ask-kind-blank",
        crate::ask::Kind::Term => "ask-kind-term",
    }
}
