//! `rank -f json`: the machine-readable ranking, exactly as DESIGN.md's contract.

use std::io::{self, Write};

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde_json::{Map, Value as Json, json};

use super::json_number;
use crate::analysis::Analysis;
use crate::normalize::Value;
use crate::risk::money_string;

/// Builds the JSON document.
pub fn document(a: &Analysis) -> Json {
    let mut offers = Vec::with_capacity(a.ranking.len());
    for r in &a.ranking {
        let o = r.offer;
        let ev = &a.evaluation;
        let points = ev.points(&a.weights, o);
        let mut values = Map::new();
        for (j, c) in a.criteria.criteria.iter().enumerate() {
            let cell = a.offers.cell(j, o);
            let value = match (&cell.value, c.kind) {
                (_, crate::criteria::Kind::RiskCost) => ev.costs[o]
                    .risk
                    .as_ref()
                    .map_or(Json::Null, |d| decimal_number(*d)),
                (None, _) => Json::Null,
                (Some(Value::Num(d)), _) => decimal_number(*d),
                (Some(Value::Bool(b)), _) => Json::Bool(*b),
                (Some(Value::Choice(k)), _) => c
                    .choices
                    .get(*k)
                    .map_or(Json::Null, |(key, _)| Json::String(key.clone())),
                (Some(Value::Text), _) => Json::String(cell.raw.clone()),
            };
            let raw = match (&cell.source, c.kind) {
                (_, crate::criteria::Kind::RiskCost) => Json::Null,
                (None, _) => Json::Null,
                (Some(_), _) => Json::String(cell.raw.clone()),
            };
            values.insert(
                c.id.clone(),
                json!({
                    "raw": raw,
                    "value": value,
                    "score": json_number(ev.criterion_score(j, o)),
                    "points": json_number(points[j]),
                    "source": cell.source.map_or(Json::Null, |s| Json::String(a.offers.location(s))),
                }),
            );
        }
        let costs = &ev.costs[o];
        offers.push(json!({
            "rank": r.rank,
            "vendor": a.offers.offers[o].vendor,
            "score": json_number(r.score),
            "disqualified": ev.disqualified[o],
            "monthly_cost": costs.monthly.as_ref().map_or(Json::Null, |d| Json::String(money_string(*d))),
            "risk_cost": costs.risk.as_ref().map_or(Json::Null, |d| Json::String(money_string(*d))),
            "cost_note": match (&costs.monthly, &costs.risk) {
                (Err(e), _) | (Ok(_), Err(e)) => Json::String(e.clone()),
                _ => Json::Null,
            },
            "blanks": ev.blanks[o],
            "knockouts": ev.knockouts[o].iter().map(|k| json!({"criterion": k.criterion, "message": k.message})).collect::<Vec<_>>(),
            "flags": ev.flags[o].iter().map(|f| json!({"id": f.id, "message": f.message, "penalty": json_number(f.penalty)})).collect::<Vec<_>>(),
            "source": a.offers.location(a.offers.offers[o].source),
            "values": values,
        }));
    }
    json!({
        "criteria": {
            "name": a.criteria.name,
            "sha256": a.criteria.sha256,
            "origin": a.criteria.origin,
            "method": a.criteria.method.key(),
            "currency": a.criteria.currency,
        },
        "offers": offers,
        "issues": a.issues.iter().map(|i| json!({"severity": i.severity.as_str(), "location": i.location, "message": i.message})).collect::<Vec<_>>(),
    })
}

/// Writes the JSON document, pretty-printed, with a final newline.
pub fn write(a: &Analysis, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &document(a))?;
    out.write_all(b"\n")
}

/// A decimal as a JSON number: an integer when it is whole, else a float.
fn decimal_number(d: Decimal) -> Json {
    if d.fract().is_zero()
        && let Some(i) = d.to_i64()
    {
        return Json::from(i);
    }
    d.to_f64().map_or(Json::Null, json_number)
}
