//! The top level of a criteria file: its title, currency, method, vendor columns, the
//! `[business]` table, and the lists of criteria and red flags with their duplicate ids.

use crate::i18n::Msg;
use rust_decimal::Decimal;
use toml::de::{DeTable, DeValue};

use super::red_flag::Defined;
use super::{Parser, Span};
use crate::criteria::model::{
    Business, Criteria, Criterion, DEFAULT_VENDOR_COLUMNS, Method, RedFlag, Tax,
};

/// The Polish standard rate, the default for `vat_rate`.
const DEFAULT_VAT_RATE: Decimal = Decimal::from_parts(23, 0, 0, false, 0);
use crate::digest::sha256_hex;

const TOP_KEYS: &[&str] = &[
    "name",
    "description",
    "currency",
    "method",
    "vendor_columns",
    "prices",
    "vat_rate",
    "exchange_rates",
    "business",
    "criterion",
    "red_flag",
];
const BUSINESS_KEYS: &[&str] = &[
    "revenue_per_hour",
    "support_hours_per_month",
    "critical_incidents_per_year",
    "data_value_per_hour",
    "missed_sla_share",
];

impl Parser<'_> {
    /// The whole file. `text` is fingerprinted into [`Criteria::sha256`].
    pub(in crate::criteria) fn document(&mut self, doc: &DeTable<'_>, text: &str) -> Criteria {
        self.check_keys(doc, TOP_KEYS, Msg::new("toml-the-criteria-file"));
        let (name, name_pl) = self.name(doc);
        let _ = self.texts(doc, "description");
        let currency = self.currency(doc);
        let method = self
            .keyword(
                doc,
                "method",
                &[
                    ("weighted_sum", Method::WeightedSum),
                    ("topsis", Method::Topsis),
                ],
            )
            .map_or(Method::WeightedSum, |(m, _)| m);
        let vendor_columns = self.vendor_columns(doc);
        let prices = self
            .keyword(
                doc,
                "prices",
                &[
                    ("net", Tax::Net),
                    ("gross", Tax::Gross),
                    ("netto", Tax::Net),
                    ("brutto", Tax::Gross),
                ],
            )
            .map_or(Tax::Net, |(p, _)| p);
        let vat_rate = self.vat_rate(doc);
        let exchange_rates = self.exchange_rates(doc, &currency);
        let business = self.business_entry(doc);
        let listed = self.criteria(doc, &currency);
        let defined = Defined {
            criteria: &listed.criteria,
            broken: &listed.broken_ids,
        };
        let red_flags = self.red_flags(doc, &defined);
        let criteria = listed.criteria;
        Criteria {
            name,
            name_pl,
            currency,
            method,
            vendor_columns,
            business,
            criteria,
            red_flags,
            origin: self.origin.to_string(),
            sha256: sha256_hex(text.as_bytes()),
            prices,
            vat_rate,
            exchange_rates,
        }
    }

    /// `vat_rate`, in percent: 23 unless written.
    fn vat_rate(&mut self, doc: &DeTable<'_>) -> Decimal {
        match self.number(doc, "vat_rate") {
            Some((n, span)) if n.exact < Decimal::ZERO || n.exact >= Decimal::ONE_HUNDRED => {
                self.err(
                    span,
                    Msg::new("toml-vat-rate-is-a-percentage").with("a0", (n.exact).to_string()),
                );
                DEFAULT_VAT_RATE
            }
            Some((n, _)) => n.exact,
            None => DEFAULT_VAT_RATE,
        }
    }

    /// `[exchange_rates]`: one positive rate per three-letter currency code.
    fn exchange_rates(&mut self, doc: &DeTable<'_>, currency: &str) -> Vec<(String, Decimal)> {
        let mut rates = Vec::new();
        let Some(v) = doc.get("exchange_rates") else {
            return rates;
        };
        let DeValue::Table(t) = v.get_ref() else {
            self.type_err(
                "exchange_rates",
                v,
                Msg::new("toml-a-table-exchange-rates-with"),
            );
            return rates;
        };
        for (key, value) in t.iter() {
            let code = key.get_ref().as_ref();
            if code.len() != 3 || !code.chars().all(|c| c.is_ascii_uppercase()) {
                self.err(
                    key.span(),
                    Msg::new("toml-exchange-rates-keys-are-three").with("code", (code).to_string()),
                );
                continue;
            }
            if code == currency {
                self.err(
                    key.span(),
                    Msg::new("toml-exchange-rates-is-the-criteria")
                        .with("code", (code).to_string()),
                );
                continue;
            }
            match super::to_num(value.get_ref()) {
                Some(n) if n.exact > Decimal::ZERO => rates.push((code.to_string(), n.exact)),
                _ => self.err(
                    value.span(),
                    Msg::new("toml-exchange-rates-must-be-a")
                        .with("code", (code).to_string())
                        .with("currency", (currency).to_string()),
                ),
            }
        }
        rates
    }

    fn name(&mut self, doc: &DeTable<'_>) -> (String, Option<String>) {
        match self.texts(doc, "name") {
            Some((n, pl, span)) => {
                if n.trim().is_empty() || pl.as_deref().is_some_and(|p| p.trim().is_empty()) {
                    self.err(span, Msg::new("toml-name-must-not-be-empty"));
                }
                (n, pl)
            }
            None => {
                if doc.get("name").is_none() {
                    self.err(0..0, Msg::new("toml-missing-required-key-name-the"));
                }
                (String::new(), None)
            }
        }
    }

    fn currency(&mut self, doc: &DeTable<'_>) -> String {
        match self.string(doc, "currency") {
            Some((c, span)) => {
                if c.len() != 3 || !c.chars().all(|ch| ch.is_ascii_uppercase()) {
                    self.err(
                        span,
                        Msg::new("toml-currency-must-be-a-three").with("c", (c).to_string()),
                    );
                }
                c
            }
            None => "PLN".to_string(),
        }
    }

    fn vendor_columns(&mut self, doc: &DeTable<'_>) -> Vec<String> {
        match self.strings(doc, "vendor_columns") {
            Some((cols, span)) => {
                if cols.is_empty() {
                    self.err(span, Msg::new("toml-vendor-columns-must-name-at"));
                }
                cols
            }
            None => DEFAULT_VENDOR_COLUMNS
                .iter()
                .map(|s| s.to_string())
                .collect(),
        }
    }

    fn business_entry(&mut self, doc: &DeTable<'_>) -> Business {
        match doc.get("business") {
            Some(v) => match v.get_ref() {
                DeValue::Table(t) => self.business(t),
                DeValue::Array(items) => {
                    // Still check what is inside, for mistakes of its own.
                    if self.wrong_shape("business", v, Msg::new("toml-a-table-business")) {
                        for item in items.iter() {
                            if let DeValue::Table(t) = item.get_ref() {
                                self.business(t);
                            }
                        }
                    }
                    Business::default()
                }
                _ => {
                    self.type_err("business", v, Msg::new("toml-a-table-business"));
                    Business::default()
                }
            },
            None => Business::default(),
        }
    }

    fn business(&mut self, t: &DeTable<'_>) -> Business {
        self.check_keys(
            t,
            BUSINESS_KEYS,
            Msg::new("toml-section").with("name", "[business]"),
        );
        let get = |p: &mut Self, key: &str| -> Option<Decimal> {
            let (n, span) = p.number(t, key)?;
            if n.exact < Decimal::ZERO {
                p.err(
                    span,
                    Msg::new("toml-must-be-or-more-found")
                        .with("key", (key).to_string())
                        .with("a0", (n.exact).to_string()),
                );
                return None;
            }
            Some(n.exact)
        };
        Business {
            revenue_per_hour: get(self, "revenue_per_hour"),
            support_hours_per_month: get(self, "support_hours_per_month"),
            critical_incidents_per_year: get(self, "critical_incidents_per_year"),
            data_value_per_hour: get(self, "data_value_per_hour"),
            missed_sla_share: get(self, "missed_sla_share").filter(|share| {
                let ok = *share <= Decimal::ONE;
                if !ok && let Some((_, span)) = self.number(t, "missed_sla_share") {
                    self.err(
                        span,
                        Msg::new("toml-missed-sla-share-is-a").with("share", (share).to_string()),
                    );
                }
                ok
            }),
        }
    }

    /// Every `[[criterion]]`, then the check that not all weights are 0.
    fn criteria(&mut self, doc: &DeTable<'_>, currency: &str) -> Listed {
        let mut listed = Listed::default();
        match doc.get("criterion") {
            None => self.err(0..0, Msg::new("toml-no-criteria-add-at-least")),
            Some(v) => match v.get_ref() {
                DeValue::Array(items) => {
                    for item in items.iter() {
                        match item.get_ref() {
                            DeValue::Table(t) => {
                                self.list_criterion(t, item.span(), currency, &mut listed)
                            }
                            _ => {
                                self.type_err("criterion", item, Msg::new("toml-a-table-criterion"))
                            }
                        }
                    }
                }
                DeValue::Table(t) => {
                    // Read as the one criterion it was meant to be, so that its own mistakes
                    // are shown and red flags naming it are not told it is undefined.
                    if self.wrong_shape(
                        "criterion",
                        v,
                        Msg::new("toml-an-array-of-tables-criterion"),
                    ) {
                        self.list_criterion(t, v.span(), currency, &mut listed);
                    }
                }
                _ => self.type_err(
                    "criterion",
                    v,
                    Msg::new("toml-an-array-of-tables-criterion"),
                ),
            },
        }
        self.check_applies_to(doc, &listed);
        let criteria = &listed.criteria;
        // With a criterion refused, whether all weights are 0 is unknown.
        if listed.broken == 0 && !criteria.is_empty() && criteria.iter().all(|c| c.weight == 0.0) {
            let span = doc.get("criterion").map_or(0..0, |v| v.span());
            self.err(span, Msg::new("toml-every-criterion-has-weight-give"));
        }
        listed
    }

    /// Each id in a window criterion's `applies_to` names a duration criterion of the file.
    fn check_applies_to(&mut self, doc: &DeTable<'_>, listed: &Listed) {
        let Some(DeValue::Array(items)) = doc.get("criterion").map(|v| v.get_ref()) else {
            return;
        };
        for item in items {
            // Only a window's list is checked here: elsewhere `applies_to` is refused already.
            let Some(DeValue::Array(ids)) = (match item.get_ref() {
                DeValue::Table(t)
                    if matches!(
                        t.get("kind").map(|k| k.get_ref()),
                        Some(DeValue::String(k)) if k.as_ref() == "window"
                    ) =>
                {
                    t.get("applies_to").map(|v| v.get_ref())
                }
                _ => None,
            }) else {
                continue;
            };
            for id in ids {
                let DeValue::String(name) = id.get_ref() else {
                    continue;
                };
                if listed.broken_ids.iter().any(|b| b == name.as_ref()) {
                    continue;
                }
                match listed.criteria.iter().find(|c| c.id == name.as_ref()) {
                    Some(c) if c.kind == crate::criteria::Kind::Duration => {}
                    Some(c) => self.err(
                        id.span(),
                        Msg::new("toml-applies-to-names-a-criterion")
                            .with("name", (name).to_string())
                            .with("a0", (c.kind.key()).to_string()),
                    ),
                    None => {
                        let hint = crate::criteria::suggest::suggest(
                            name,
                            listed.criteria.iter().map(|c| c.id.as_str()),
                        )
                        .map(|s| format!(" (did you mean \"{s}\"?)"))
                        .unwrap_or_default();
                        self.err(
                            id.span(),
                            Msg::new("toml-applies-to-names-which-no")
                                .with("name", (name).to_string())
                                .with("hint", (hint).to_string()),
                        );
                    }
                }
            }
        }
    }

    /// Reads one criterion into `listed`, or counts it as refused.
    fn list_criterion(&mut self, t: &DeTable<'_>, span: Span, currency: &str, listed: &mut Listed) {
        match self.criterion(t, span, currency) {
            Some((c, id_span)) => {
                self.check_unique_id(&c.id, id_span, &mut listed.id_spans);
                listed.criteria.push(c);
            }
            None => {
                listed.broken += 1;
                if let Some(DeValue::String(id)) = t.get("id").map(|v| v.get_ref()) {
                    listed.broken_ids.push(id.to_string());
                }
            }
        }
    }

    /// Reports a criterion id already used, naming the line of its first use.
    fn check_unique_id(&mut self, id: &str, span: Span, seen: &mut Vec<(String, Span)>) {
        if let Some((_, first)) = seen.iter().find(|(seen_id, _)| seen_id == id) {
            let first_line = self.line_of(first);
            self.err(
                span.clone(),
                Msg::new("toml-duplicate-criterion-id-first-defined")
                    .with("id", (id).to_string())
                    .with("first_line", (first_line).to_string()),
            );
        }
        seen.push((id.to_string(), span));
    }

    /// Every `[[red_flag]]`, checked against the criteria they name.
    fn red_flags(&mut self, doc: &DeTable<'_>, defined: &Defined<'_>) -> Vec<RedFlag> {
        let mut listed = Vec::new();
        let Some(v) = doc.get("red_flag") else {
            return listed;
        };
        match v.get_ref() {
            DeValue::Array(items) => {
                for item in items.iter() {
                    match item.get_ref() {
                        DeValue::Table(t) => {
                            self.list_red_flag(t, item.span(), defined, &mut listed)
                        }
                        _ => self.type_err("red_flag", item, Msg::new("toml-a-table-red-flag")),
                    }
                }
            }
            DeValue::Table(t) => {
                // Read as the one red flag it was meant to be, for mistakes of its own.
                if self.wrong_shape("red_flag", v, Msg::new("toml-an-array-of-tables-red")) {
                    self.list_red_flag(t, v.span(), defined, &mut listed);
                }
            }
            _ => self.type_err("red_flag", v, Msg::new("toml-an-array-of-tables-red")),
        }
        listed
    }

    /// Reads one red flag into `listed`, reporting an id already used.
    fn list_red_flag(
        &mut self,
        t: &DeTable<'_>,
        span: Span,
        defined: &Defined<'_>,
        listed: &mut Vec<RedFlag>,
    ) {
        if let Some((f, id_span)) = self.red_flag(t, span, defined) {
            if listed.iter().any(|seen| seen.id == f.id) {
                self.err(
                    id_span,
                    Msg::new("toml-duplicate-flag-id").with("id", &f.id),
                );
            }
            listed.push(f);
        }
    }
}

/// The criteria read so far, and what is known of those refused.
#[derive(Default)]
struct Listed {
    criteria: Vec<Criterion>,
    /// Where each accepted id is written, for the duplicate check.
    id_spans: Vec<(String, Span)>,
    /// How many `[[criterion]]` tables were refused.
    broken: usize,
    /// The ids written in refused tables: defined, though unusable.
    broken_ids: Vec<String>,
}
