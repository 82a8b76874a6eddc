//! `offerlens ask` written out: per vendor a polite e-mail the owner can send as it is (plain
//! text or Markdown: greeting, numbered questions, closing line), and JSON for scripts with
//! each question's criterion, kind, points at stake and cell.
//!
//! The e-mails hold only what is about the vendor's own offer: no points, weights, ranks,
//! file names or other vendors. Their own words are quoted inert: Markdown escaped, addresses
//! defanged (`https[:]//`), so that nothing in a letter is a link or markup they wrote.

use std::io::{self, Write};

use serde::Serialize;

use crate::analysis::Analysis;
use crate::ask::{Item, Quote};
use crate::i18n::{Lang, t, tr};
use crate::sanitize::clean;

/// One vendor's questions, most points at stake first.
pub struct Letter {
    pub offer: usize,
    pub items: Vec<Item>,
}

/// Offers whose letters are made at once, on every core, before they are written in order:
/// memory holds this many letters, however many offers there are.
const CHUNK: usize = 256;

/// The offers asked, in ranking order (knocked-out offers last), or only `only`.
pub fn order(a: &Analysis, only: Option<usize>) -> Vec<usize> {
    match only {
        Some(o) => vec![o],
        None => a.ranking.iter().map(|r| r.offer).collect(),
    }
}

/// Makes the letters of `offers` a chunk at a time, each chunk on every core, `made` turning
/// each into what is written (text, JSON); hands them to `each` in order.
pub fn for_each<T: Send>(
    a: &Analysis,
    only: Option<usize>,
    made: &(dyn Fn(&Letter) -> T + Sync),
    each: &mut dyn FnMut(&Letter, T) -> io::Result<()>,
) -> io::Result<()> {
    use rayon::prelude::*;
    let doubted = crate::ask::Doubted::of(a);
    for chunk in order(a, only).chunks(CHUNK) {
        let done: Vec<(Letter, T)> = chunk
            .par_iter()
            .map(|&offer| {
                let l = Letter {
                    offer,
                    items: doubted.items(a, offer),
                };
                let t = made(&l);
                (l, t)
            })
            .collect();
        for (l, t) in done {
            each(&l, t)?;
        }
    }
    Ok(())
}

/// Vendor text made inert in a plain-text e-mail: the one sanitizer, then addresses defanged
/// so that no mail client turns them into links.
pub fn plain(text: &str) -> String {
    defang(&clean(text))
}

/// Addresses written so that nothing takes them for one: `https[:]//`, `mailto[:]`,
/// `a[at]b`, and the dots of anything shaped like a domain (`evil[.]com/x`, `WWW[.]X[.]PL`).
/// Abbreviations ("Sp. z o.o.", "np.") and numbers ("99.9") stay as they are.
pub fn defang(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        let parts: Vec<&str> = run.split('.').collect();
        let domain = parts.len() > 1
            && parts.last().is_some_and(|tld| {
                tld.chars().count() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic())
            })
            && parts[..parts.len() - 1].iter().all(|p| !p.is_empty())
            && parts
                .iter()
                .any(|p| p.chars().any(|c| c.is_ascii_alphabetic()));
        if domain {
            out.push_str(&run.replace('.', "[.]"));
        } else {
            out.push_str(run);
        }
        run.clear();
    };
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
            out.push(c);
        }
    }
    flush(&mut run, &mut out);
    // ASCII lowering keeps every byte where it is: the places found index the text itself.
    let mut out = if out.to_ascii_lowercase().contains("mailto:") {
        // Case as written, the colon bracketed.
        let mut fixed = String::with_capacity(out.len() + 2);
        let mut rest = out.as_str();
        while let Some(at) = rest.to_ascii_lowercase().find("mailto:") {
            fixed.push_str(&rest[..at + 6]);
            fixed.push_str("[:]");
            rest = &rest[at + 7..];
        }
        fixed.push_str(rest);
        fixed
    } else {
        out
    };
    out = out.replace("://", "[:]//").replace('@', "[at]");
    out
}

/// A vendor's name as a file name's stem: folded to lowercase ASCII words joined by '-' (at
/// most 60 characters; "vendor" when nothing is left), so that no name can reach another
/// folder or hide an extension.
pub fn file_stem(vendor: &str) -> String {
    let folded: String = crate::text::fold_words(vendor)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let mut stem: String = folded
        .split('-')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    stem.truncate(60);
    let stem = stem.trim_end_matches('-').to_string();
    if stem.is_empty() {
        String::from("vendor")
    } else {
        stem
    }
}

/// How a format quotes the vendor's words in `lang`: „…” in Polish, “…” in English, the text
/// inside made inert for the format.
fn quoting(lang: Lang, markdown: bool) -> impl Fn(&str) -> String {
    move |text: &str| {
        let inner = if markdown {
            super::md_text::escape(&defang(&clean(text)))
        } else {
            plain(text)
        };
        match lang {
            Lang::Pl => format!("„{inner}”"),
            Lang::En => format!("“{inner}”"),
        }
    }
}

/// The vendor's name as the buyer's lines about the letters show it (`X (2)` where two
/// offers share a name), inert for the format.
fn vendor_name(a: &Analysis, o: usize, markdown: bool) -> String {
    inert(&a.offers.offers[o].vendor, markdown)
}

/// `text` from outside made inert for the format: defanged, and escaped in Markdown.
fn inert(text: &str, markdown: bool) -> String {
    if markdown {
        super::md_text::escape(&defang(&clean(text)))
    } else {
        plain(text)
    }
}

/// One vendor's e-mail: subject, greeting, the questions numbered, the closing. `None` when
/// there is nothing to ask.
pub fn letter(a: &Analysis, l: &Letter, markdown: bool, lang: Lang) -> Option<String> {
    if l.items.is_empty() {
        return None;
    }
    let quote = quoting(lang, markdown);
    // An offer that wrote no name is not addressed by its place in the buyer's file.
    let subject = if a.offers.unnamed(l.offer) {
        t(lang, "ask-letter-subject-unnamed")
    } else {
        tr(
            lang,
            "ask-letter-subject",
            &[(
                "vendor",
                // The name as they wrote it, not the "(2)" that tells two offers apart.
                crate::i18n::Arg::from(inert(a.offers.offers[l.offer].name_as_written(), markdown)),
            )],
        )
    };
    let mut out = String::new();
    if markdown {
        out.push_str(&format!("**{subject}**\n\n"));
    } else {
        out.push_str(&format!("{subject}\n\n"));
    }
    out.push_str(&t(lang, "ask-letter-greeting"));
    out.push_str("\n\n");
    out.push_str(&t(lang, "ask-letter-intro"));
    out.push_str("\n\n");
    for (n, item) in l.items.iter().enumerate() {
        let question = item.question(a, l.offer, &quote as &Quote).in_lang(lang);
        out.push_str(&format!("{}. {question}\n", n + 1));
    }
    out.push('\n');
    out.push_str(&t(lang, "ask-letter-closing"));
    out.push('\n');
    Some(out)
}

/// Every letter one after another, each under a line for the buyer naming the vendor and the
/// number of questions (or saying there is nothing to clarify).
pub fn write_letters(
    a: &Analysis,
    only: Option<usize>,
    markdown: bool,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut first = true;
    let made = |l: &Letter| letter(a, l, markdown, lang);
    for_each(a, only, &made, &mut |l, text| {
        if !first {
            writeln!(out)?;
        }
        first = false;
        let vendor = vendor_name(a, l.offer, markdown);
        let head = if l.items.is_empty() {
            tr(
                lang,
                "ask-nothing-to-clarify",
                &[("vendor", crate::i18n::Arg::from(vendor))],
            )
        } else {
            tr(
                lang,
                "ask-letter-head",
                &[
                    ("vendor", crate::i18n::Arg::from(vendor)),
                    ("count", crate::i18n::Arg::from(l.items.len())),
                ],
            )
        };
        if markdown {
            writeln!(out, "## {head}")?;
        } else {
            writeln!(out, "=== {head} ===")?;
        }
        if let Some(text) = text {
            write!(out, "\n{text}")?;
        }
        Ok(())
    })
}

#[derive(Serialize)]
struct ItemOut {
    criterion: Option<String>,
    kind: &'static str,
    flag: Option<String>,
    points_at_stake: f64,
    lifts_knockout: bool,
    question: String,
    /// What the vendor wrote, as written (null for a blank or a flag about no one answer).
    answer: Option<String>,
    source: Option<String>,
}

#[derive(Serialize)]
struct VendorOut {
    vendor: String,
    items: Vec<ItemOut>,
}

/// One vendor's questions as JSON holds them.
fn vendor_out(a: &Analysis, l: &Letter, lang: Lang) -> VendorOut {
    let quote = quoting(lang, false);
    VendorOut {
        vendor: a.offers.offers[l.offer].vendor.clone(),
        items: l
            .items
            .iter()
            .map(|item| {
                let answer = item
                    .criteria
                    .first()
                    .map(|&j| a.offers.cell(j, l.offer).raw.trim().to_string())
                    .filter(|raw| !raw.is_empty());
                ItemOut {
                    criterion: item.criterion_id(a).map(str::to_string),
                    kind: item.kind.key(),
                    flag: item.flag.map(|k| a.criteria.red_flags[k].id.clone()),
                    points_at_stake: (item.points * 100.0).round() / 100.0,
                    lifts_knockout: item.lifts_knockout,
                    question: item.question(a, l.offer, &quote as &Quote).in_lang(lang),
                    answer,
                    source: item.source.clone(),
                }
            })
            .collect(),
    }
}

/// The vendors, serialized as they are made (a chunk at a time): the document is never held
/// whole.
struct VendorsOut<'a> {
    a: &'a Analysis,
    only: Option<usize>,
    lang: Lang,
}

impl Serialize for VendorsOut<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = s.serialize_seq(None)?;
        let mut failed = None;
        let made = |l: &Letter| vendor_out(self.a, l, self.lang);
        let _ = for_each(self.a, self.only, &made, &mut |_, v| {
            seq.serialize_element(&v).map_err(|e| {
                failed = Some(e);
                io::Error::other("stopped")
            })
        });
        match failed {
            Some(e) => Err(e),
            None => seq.end(),
        }
    }
}

/// The JSON of one letter already made (one file per vendor): the same document, with one
/// vendor.
pub fn write_letter_json(
    a: &Analysis,
    l: &Letter,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    #[derive(Serialize)]
    struct Document {
        vendors: [VendorOut; 1],
    }
    super::json::write_value(
        &Document {
            vendors: [vendor_out(a, l, lang)],
        },
        out,
    )
}

/// JSON: `{"vendors": [{"vendor", "items": [{criterion, kind, flag, points_at_stake,
/// lifts_knockout, question, answer, source}]}]}`, written as it is made.
pub fn write_json(
    a: &Analysis,
    only: Option<usize>,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    #[derive(Serialize)]
    struct Document<'a> {
        vendors: VendorsOut<'a>,
    }
    super::json::write_value(
        &Document {
            vendors: VendorsOut { a, only, lang },
        },
        out,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_defanged_and_the_rest_left_alone() {
        for (text, shown) in [
            ("https://evil.example/x", "https[:]//evil[.]example/x"),
            ("zobacz WWW.EVIL.COM", "zobacz WWW[.]EVIL[.]COM"),
            ("evil.com/phish", "evil[.]com/phish"),
            ("MailTo:bad@evil.com", "MailTo[:]bad[at]evil[.]com"),
            ("WebOpieka Sp. z o.o.", "WebOpieka Sp. z o.o."),
            ("np. 99.9 % i 1.5 h", "np. 99.9 % i 1.5 h"),
            ("itd.", "itd."),
            ("Łódź mailto:ż@x.pl", "Łódź mailto[:]ż[at]x[.]pl"),
        ] {
            assert_eq!(defang(text), shown, "{text}");
        }
    }
}
