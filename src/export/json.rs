//! `rank -f json`: the machine-readable ranking, exactly as README.md's "JSON output" documents it.
//!
//! Serialized straight from the analysis, one offer at a time, without building a JSON tree:
//! tens of thousands of offers × dozens of criteria stay fast and small in memory.

use crate::i18n::Lang;
use std::io::{self, Write};

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

use crate::analysis::Analysis;
use crate::criteria::Kind;
use crate::export::audit::Audit;
use crate::normalize::Value;
use crate::numbers::money_string;

/// Writes the JSON document, pretty-printed, with a final newline: the contract's `criteria`,
/// `offers` and `issues`, then the `audit` stamp.
///
/// Text from outside is kept exactly, but not every character of it is written as itself:
/// JSON escapes the control characters below U+0020, and the others the sanitizer would drop
/// (C1 controls such as U+009B, which some terminals take for an escape sequence, bidi
/// controls, zero-width characters, U+2028/U+2029) are written as `\uXXXX` too (see
/// [`Escaping`]) — a JSON reader gets the same text, a terminal shown the file sees only plain
/// characters.
pub fn write(a: &Analysis, audit: &Audit, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    write_value(&Document(a, audit, lang), out)
}

/// Any document pretty-printed the same way: escaped as [`write`] says, with a final newline.
pub(crate) fn write_value<T: Serialize + ?Sized>(value: &T, out: &mut dyn Write) -> io::Result<()> {
    let mut buffered = io::BufWriter::new(Escaping {
        out,
        pending: Vec::new(),
    });
    serde_json::to_writer_pretty(&mut buffered, value)?;
    buffered.write_all(b"\n")?;
    buffered.flush()
}

/// Passes JSON on with every character [`crate::sanitize::clean`] would drop written as its
/// `\uXXXX` escape. Outside strings JSON is ASCII, and strings hold no raw control character
/// below U+0020 (the pretty printer's newlines are outside them and stay), so every character
/// escaped here is inside a string, where the escape means the same character. A character
/// split between two writes waits in `pending` for its end.
struct Escaping<'a> {
    out: &'a mut dyn Write,
    pending: Vec<u8>,
}

impl Write for Escaping<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        // ASCII below DEL holds nothing to escape (serde_json escapes the controls below
        // U+0020).
        if self.pending.is_empty() && buf.iter().all(|&b| b < 0x7f) {
            self.out.write_all(buf)?;
            return Ok(buf.len());
        }
        self.pending.extend_from_slice(buf);
        let whole = match std::str::from_utf8(&self.pending) {
            Ok(_) => self.pending.len(),
            // Only the end of a character is missing: it comes with the next write.
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            // Not UTF-8 (serde_json writes none): passed on as it is.
            Err(_) => {
                self.out.write_all(&self.pending)?;
                self.pending.clear();
                return Ok(buf.len());
            }
        };
        let text = std::str::from_utf8(&self.pending[..whole]).unwrap_or_default();
        let mut start = 0;
        for (i, c) in text.char_indices() {
            if u32::from(c) >= 0x7F && crate::sanitize::is_unsafe(c) {
                self.out.write_all(&text.as_bytes()[start..i])?;
                // Every such character is in the Basic Multilingual Plane: one escape each.
                write!(self.out, "\\u{:04x}", u32::from(c))?;
                start = i + c.len_utf8();
            }
        }
        self.out.write_all(&text.as_bytes()[start..])?;
        self.pending.drain(..whole);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.write_all(&self.pending)?;
        self.pending.clear();
        self.out.flush()
    }
}

/// A finite f64 (with -0.0 as 0), or null.
fn number(x: f64) -> Option<f64> {
    x.is_finite().then_some(x + 0.0)
}

#[derive(Serialize)]
#[serde(untagged)]
enum Answer<'a> {
    Null,
    Int(i64),
    Float(f64),
    Bool(bool),
    Text(&'a str),
}

/// A decimal as a JSON number: an integer when it is whole, else a float.
fn decimal(d: Decimal) -> Answer<'static> {
    if d.fract().is_zero()
        && let Some(i) = d.to_i64()
    {
        return Answer::Int(i);
    }
    d.to_f64()
        .and_then(number)
        .map_or(Answer::Null, Answer::Float)
}

struct Document<'a>(&'a Analysis, &'a Audit, Lang);

impl Serialize for Document<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let a = self.0;
        #[derive(Serialize)]
        struct CriteriaBlock<'a> {
            name: &'a str,
            sha256: &'a str,
            origin: &'a str,
            method: &'a str,
            currency: &'a str,
        }
        #[derive(Serialize)]
        struct IssueOut<'a> {
            severity: &'a str,
            location: &'a str,
            message: String,
        }
        let rates = a.criteria.criteria.iter().any(|c| c.kind == Kind::Rating);
        let mut map = s.serialize_map(Some(4 + usize::from(rates)))?;
        map.serialize_entry(
            "criteria",
            &CriteriaBlock {
                name: &a.criteria.name,
                sha256: &a.criteria.sha256,
                origin: &a.criteria.origin,
                method: a.criteria.method.key(),
                currency: &a.criteria.currency,
            },
        )?;
        map.serialize_entry("offers", &OffersOut(a, self.2))?;
        if rates {
            map.serialize_entry("ratings", &RatingsOut(a))?;
        }
        let issues: Vec<IssueOut> = a
            .issues
            .iter()
            .map(|i| IssueOut {
                severity: i.severity.as_str(),
                location: &i.location,
                message: i.message_in(self.2),
            })
            .collect();
        map.serialize_entry("issues", &issues)?;
        map.serialize_entry("audit", self.1)?;
        map.end()
    }
}

/// The evaluators and, per rating criterion, how its ratings were combined, how much the
/// evaluators agreed and the vendors they were `disagreement` points apart or more on.
struct RatingsOut<'a>(&'a Analysis);

impl Serialize for RatingsOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct CriterionOut<'a> {
            aggregate: &'a str,
            disagreement: f64,
            /// Share of the ratings within one point of their vendor's median; null: none given.
            agreement: Option<f64>,
            disputed: Vec<&'a str>,
        }
        let a = self.0;
        let offers = &a.offers;
        let mut criteria = serde_json::Map::new();
        for (j, c) in a.criteria.criteria.iter().enumerate() {
            let Some(rule) = c.rating else { continue };
            let disputed = offers
                .rated
                .range((j, 0)..(j + 1, 0))
                .filter(|(_, r)| !r.by.is_empty() && r.spread >= rule.disagreement)
                .map(|((_, o), _)| offers.offers[*o].vendor.as_str())
                .collect();
            let out = CriterionOut {
                aggregate: rule.aggregate.key(),
                disagreement: rule.disagreement,
                agreement: crate::ratings::agreement(offers, j)
                    .map(|share| (share * 10_000.0).round() / 10_000.0),
                disputed,
            };
            criteria.insert(
                c.id.clone(),
                serde_json::to_value(out).map_err(serde::ser::Error::custom)?,
            );
        }
        let mut map = s.serialize_map(Some(2))?;
        map.serialize_entry("evaluators", &crate::ratings::evaluator_names(offers))?;
        map.serialize_entry("criteria", &criteria)?;
        map.end()
    }
}

struct OffersOut<'a>(&'a Analysis, Lang);

impl Serialize for OffersOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let a = self.0;
        let mut seq = s.serialize_seq(Some(a.ranking.len()))?;
        for r in &a.ranking {
            seq.serialize_element(&OfferOut {
                a,
                lang: self.1,
                rank: r.rank,
                offer: r.offer,
                score: r.score,
            })?;
        }
        seq.end()
    }
}

struct OfferOut<'a> {
    a: &'a Analysis,
    lang: Lang,
    rank: Option<usize>,
    offer: usize,
    score: f64,
}

impl Serialize for OfferOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct KnockoutOut<'a> {
            criterion: &'a str,
            message: String,
            /// The answer could not be read: the reading failed, not the vendor.
            not_understood: bool,
        }
        #[derive(Serialize)]
        struct FlagOut<'a> {
            id: &'a str,
            message: String,
            penalty: Option<f64>,
        }
        let (a, o) = (self.a, self.offer);
        let ev = &a.evaluation;
        let costs = &ev.costs[o];
        let mut map = s.serialize_map(Some(14))?;
        map.serialize_entry("rank", &self.rank)?;
        map.serialize_entry("vendor", &a.offers.offers[o].vendor)?;
        map.serialize_entry("score", &number(self.score))?;
        map.serialize_entry("disqualified", &ev.disqualified[o])?;
        map.serialize_entry(
            "monthly_cost",
            &costs.monthly.as_ref().ok().map(|d| money_string(*d)),
        )?;
        map.serialize_entry(
            "risk_cost",
            &costs.risk.as_ref().ok().map(|d| money_string(*d)),
        )?;
        // The risk cost's terms, name -> amount with two decimals; null without a risk cost.
        let terms: Option<serde_json::Map<String, serde_json::Value>> =
            costs.risk.is_ok().then(|| {
                costs
                    .terms
                    .iter()
                    .map(|(name, t)| ((*name).to_string(), money_string(*t).into()))
                    .collect()
            });
        map.serialize_entry("risk_terms", &terms)?;
        let note = match (&costs.monthly, &costs.risk) {
            (Err(e), _) | (Ok(_), Err(e)) => Some(e.in_lang(self.lang)),
            _ => None,
        };
        map.serialize_entry("cost_note", &note)?;
        map.serialize_entry("blanks", &ev.blanks[o])?;
        let knockouts: Vec<KnockoutOut> = ev.knockouts[o]
            .iter()
            .map(|k| KnockoutOut {
                criterion: &k.criterion,
                message: k.message.in_lang(self.lang),
                not_understood: k.not_understood,
            })
            .collect();
        map.serialize_entry("knockouts", &knockouts)?;
        let flags: Vec<FlagOut> = ev.flags[o]
            .iter()
            .map(|f| FlagOut {
                id: &f.id,
                message: f.message_in(&a.criteria, self.lang),
                penalty: number(f.penalty),
            })
            .collect();
        map.serialize_entry("flags", &flags)?;
        map.serialize_entry("source", &a.offers.location(a.offers.offers[o].source))?;
        map.serialize_entry("notes", &a.offers.offers[o].notes_text())?;
        // What the evaluators wrote about the vendor (evaluator -> comment), with ratings only.
        if a.criteria.criteria.iter().any(|c| c.kind == Kind::Rating) {
            let comments: serde_json::Map<String, serde_json::Value> =
                crate::export::evaluator_comments(a, o)
                    .iter()
                    .map(|(who, text)| (who.clone(), text.clone().into()))
                    .collect();
            map.serialize_entry("evaluator_comments", &comments)?;
        }
        map.serialize_entry("values", &ValuesOut { a, o })?;
        map.end()
    }
}

struct ValuesOut<'a> {
    a: &'a Analysis,
    o: usize,
}

impl Serialize for ValuesOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct CellOut<'a> {
            raw: Option<&'a str>,
            value: Answer<'a>,
            score: Option<f64>,
            points: Option<f64>,
            source: Option<String>,
            /// Durations only: the service window written with the time ("24/7",
            /// "Mon–Fri 08:00–16:00"), null when none was.
            #[serde(skip_serializing_if = "Option::is_none")]
            window: Option<Option<String>>,
            /// Rating criteria only: each evaluator's rating (evaluator -> points), in the
            /// order the ratings files were read.
            #[serde(skip_serializing_if = "Option::is_none")]
            ratings: Option<serde_json::Map<String, serde_json::Value>>,
            /// Rating criteria only: the highest rating less the lowest (null: not rated).
            #[serde(skip_serializing_if = "Option::is_none")]
            spread: Option<Option<f64>>,
        }
        let (a, o) = (self.a, self.o);
        let ev = &a.evaluation;
        let points = ev.points(&a.weights, o);
        let mut map = s.serialize_map(Some(a.criteria.criteria.len()))?;
        for (j, c) in a.criteria.criteria.iter().enumerate() {
            let cell = a.offers.cell(j, o);
            let value = match (&cell.value, c.kind) {
                (_, Kind::RiskCost) => ev.costs[o]
                    .risk
                    .as_ref()
                    .map_or(Answer::Null, |d| decimal(*d)),
                (None, _) => Answer::Null,
                (Some(Value::Num(d)), _) => decimal(*d),
                (Some(Value::Bool(b)), _) => Answer::Bool(*b),
                (Some(Value::Choice(k)), _) => c
                    .choices
                    .get(*k)
                    .map_or(Answer::Null, |(key, _)| Answer::Text(key)),
                (Some(Value::Text), _) => Answer::Text(&cell.raw),
            };
            let source = a.offers.source(j, o);
            let raw = match (source, c.kind) {
                (Some(_), kind) if kind != Kind::RiskCost => Some(cell.raw.as_str()),
                (None, Kind::Rating) if !cell.raw.is_empty() => Some(cell.raw.as_str()),
                _ => None,
            };
            let rated = (c.kind == Kind::Rating).then(|| a.offers.rated.get(&(j, o)));
            let ratings = rated.map(|r| {
                r.map(|r| {
                    r.by.iter()
                        .map(|(who, points, _)| (who.clone(), serde_json::Value::from(*points)))
                        .collect()
                })
                .unwrap_or_default()
            });
            let spread = rated.map(|r| r.filter(|r| !r.by.is_empty()).map(|r| r.spread));
            map.serialize_entry(
                &c.id,
                &CellOut {
                    raw,
                    value,
                    score: number(ev.criterion_score(j, o)),
                    points: number(points[j]),
                    source: source.map(|s| a.offers.location(s)),
                    window: (c.kind == Kind::Duration)
                        .then(|| cell.window.as_ref().map(|w| w.label().in_lang(Lang::En))),
                    ratings,
                    spread,
                },
            )?;
        }
        map.end()
    }
}
