//! The criteria file: TOML text -> validated [`Criteria`], every problem reported at its line:column.
//!
//! Two stages, as for every input: the TOML is parsed into a spanned document tree, then walked
//! key by key into domain types. The walk does not stop at the first problem, so a user fixing a
//! file sees every mistake at once, each with a hint of what was expected.

use std::ops::Range;
use std::str::FromStr;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use sha2::{Digest, Sha256};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

pub mod edit;

use crate::error::{CriteriaErrors, Diagnostic};
use crate::normalize::value::{TimeUnit, normalize_label};

/// How per-criterion scores are combined into one score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    WeightedSum,
    Topsis,
}

impl Method {
    pub fn key(self) -> &'static str {
        match self {
            Method::WeightedSum => "weighted_sum",
            Method::Topsis => "topsis",
        }
    }
}

/// What a criterion's answers are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Number,
    Money,
    Percent,
    Duration,
    Bool,
    Choice,
    Text,
    Year,
    /// Computed from other criteria by the risk model, never read from a column.
    RiskCost,
}

const KINDS: &[(&str, Kind)] = &[
    ("number", Kind::Number),
    ("money", Kind::Money),
    ("percent", Kind::Percent),
    ("duration", Kind::Duration),
    ("bool", Kind::Bool),
    ("choice", Kind::Choice),
    ("text", Kind::Text),
    ("year", Kind::Year),
    ("risk_cost", Kind::RiskCost),
];

impl Kind {
    pub fn key(self) -> &'static str {
        KINDS
            .iter()
            .find(|(_, k)| *k == self)
            .map_or("number", |(s, _)| s)
    }

    /// Kinds whose values are numbers compared by size (scored with minmax, ratio or linear).
    pub fn is_numeric(self) -> bool {
        matches!(
            self,
            Kind::Number
                | Kind::Money
                | Kind::Percent
                | Kind::Duration
                | Kind::Year
                | Kind::RiskCost
        )
    }
}

/// Which direction is better for a number-like criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Better {
    Higher,
    Lower,
}

impl Better {
    pub fn key(self) -> &'static str {
        match self {
            Better::Higher => "higher",
            Better::Lower => "lower",
        }
    }
}

/// How a number-like criterion's values become scores in [0, 1].
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Scoring {
    /// Relative to the best and worst offer.
    MinMax,
    /// The public-procurement formula: x/max, or min/x when lower is better.
    Ratio,
    /// Absolute: 1 at or beyond `best`, 0 at or beyond `worst`, linear between.
    Linear { best: f64, worst: f64 },
}

impl Scoring {
    pub fn key(self) -> &'static str {
        match self {
            Scoring::MinMax => "minmax",
            Scoring::Ratio => "ratio",
            Scoring::Linear { .. } => "linear",
        }
    }
}

/// What a blank answer does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// Scores 0 (the default: a blank never wins).
    Worst,
    /// Removes the offer from the ranking.
    Disqualify,
    /// Leaves the criterion out of that offer's score; its other weights are renormalized.
    Ignore,
}

impl Missing {
    pub fn key(self) -> &'static str {
        match self {
            Missing::Worst => "worst",
            Missing::Disqualify => "disqualify",
            Missing::Ignore => "ignore",
        }
    }
}

/// The part of an offer a criterion is about (for grouping on screen and in reports).
pub const GROUPS: &[&str] = &[
    "scope",
    "sla",
    "security",
    "performance",
    "reporting",
    "price",
    "references",
    "communication",
    "onboarding",
    "other",
];

/// A knock-out condition: an offer that fails it is removed from the ranking.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Require {
    /// Lowest acceptable value, in the criterion's unit.
    pub min: Option<Decimal>,
    /// Highest acceptable value, in the criterion's unit.
    pub max: Option<Decimal>,
    /// For bool criteria: the answer must be yes.
    pub must_be_true: bool,
    /// For choice and text criteria: the answer must be one of these.
    pub one_of: Vec<String>,
}

/// One validated criterion.
#[derive(Debug, Clone, PartialEq)]
pub struct Criterion {
    pub id: String,
    pub label: String,
    pub group: String,
    pub kind: Kind,
    /// The unit durations are converted to.
    pub time_unit: Option<TimeUnit>,
    /// The unit shown next to values (`min`, `h`, `%`, `PLN`, or free text for numbers).
    pub unit: Option<String>,
    pub better: Better,
    pub weight: f64,
    pub scoring: Scoring,
    /// Header aliases, as written in the file.
    pub columns: Vec<String>,
    pub missing: Missing,
    pub require: Option<Require>,
    /// Choice key -> score in [0, 1], in file order.
    pub choices: Vec<(String, f64)>,
    /// The question put to vendors in the questionnaire (`offerlens template`), in English.
    pub question: Option<String>,
    /// The same question in Polish.
    pub question_pl: Option<String>,
    /// Where the criterion starts in the criteria file (1-based line).
    pub line: usize,
}

impl Require {
    /// The condition in words: "at most 240 min", "yes", "one of basic, full".
    pub fn describe(&self, unit: Option<&str>) -> String {
        let unit = unit.map(|u| format!(" {u}")).unwrap_or_default();
        let mut parts = Vec::new();
        if let Some(max) = self.max {
            parts.push(format!("at most {}{unit}", max.normalize()));
        }
        if let Some(min) = self.min {
            parts.push(format!("at least {}{unit}", min.normalize()));
        }
        if self.must_be_true {
            parts.push("yes".to_string());
        }
        if !self.one_of.is_empty() {
            parts.push(format!("one of {}", self.one_of.join(", ")));
        }
        parts.join(" and ")
    }
}

impl Criterion {
    /// The scoring rule in one line, for screens and reports:
    /// "duration in min · lower is better · linear 15 → 1, 240 → 0 · knock-out: at most 60 min · blank scores 0".
    pub fn rule(&self) -> String {
        let unit = self.unit.as_deref();
        let with_unit = |x: f64| match unit {
            Some(u) => format!("{x} {u}"),
            None => format!("{x}"),
        };
        let mut parts = vec![match unit {
            Some(u) if self.kind.is_numeric() => format!("{} in {u}", self.kind.key()),
            _ => self.kind.key().to_string(),
        }];
        if self.kind.is_numeric() {
            parts.push(format!("{} is better", self.better.key()));
            parts.push(match self.scoring {
                Scoring::MinMax => "min–max between the offers".to_string(),
                Scoring::Ratio => match self.better {
                    Better::Lower => "ratio: lowest / this".to_string(),
                    Better::Higher => "ratio: this / highest".to_string(),
                },
                Scoring::Linear { best, worst } => {
                    format!("linear: {} → 1, {} → 0", with_unit(best), with_unit(worst))
                }
            });
        } else if !self.choices.is_empty() {
            let choices: Vec<String> = self
                .choices
                .iter()
                .map(|(k, v)| format!("{k} {v}"))
                .collect();
            parts.push(choices.join(", "));
        }
        if let Some(r) = &self.require {
            parts.push(format!("knock-out unless {}", r.describe(unit)));
        }
        parts.push(
            match self.missing {
                Missing::Worst => "blank scores 0",
                Missing::Disqualify => "blank knocks out",
                Missing::Ignore => "blank is left out",
            }
            .to_string(),
        );
        parts.join(" · ")
    }

    /// Every normalized header text that names this criterion: id, label and aliases.
    pub fn header_names(&self) -> Vec<String> {
        let mut names = vec![normalize_label(&self.id), normalize_label(&self.label)];
        names.extend(self.columns.iter().map(|c| normalize_label(c)));
        names.retain(|n| !n.is_empty());
        names.dedup();
        names
    }
}

/// The buyer's risk context, used by the risk model.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Business {
    /// Revenue lost per hour of downtime, in the criteria's currency.
    pub revenue_per_hour: Option<Decimal>,
    /// Hours of work the buyer expects to need each month.
    pub support_hours_per_month: Option<Decimal>,
    pub critical_incidents_per_year: Option<Decimal>,
}

/// The test a red flag applies.
#[derive(Debug, Clone, PartialEq)]
pub enum FlagRule {
    /// Value at or below `ratio` × the mean of the other valid offers.
    BelowMean { criterion: String, ratio: f64 },
    /// Value at or below `ratio` × the median of the other valid offers.
    BelowMedian { criterion: String, ratio: f64 },
    /// Text matching a vague pattern, or listing fewer than `min_items` items.
    VagueText {
        criterion: String,
        patterns: Vec<String>,
        min_items: usize,
    },
    /// Every one of these criteria is blank.
    Missing { criteria: Vec<String> },
    /// A year older than `as_of` − `years`.
    OlderThan {
        criterion: String,
        years: i32,
        as_of: Option<i32>,
    },
    /// Value above `threshold` (in the criterion's unit).
    Above { criterion: String, threshold: f64 },
}

/// What a raised red flag does.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FlagAction {
    /// Points off the 0–100 score (0: the flag is only shown).
    Penalty(f64),
    Disqualify,
}

/// A red flag: a warning sign from the buyer's guides, checked on every offer.
#[derive(Debug, Clone, PartialEq)]
pub struct RedFlag {
    pub id: String,
    pub rule: FlagRule,
    pub action: FlagAction,
    pub message: String,
}

/// A validated criteria file.
#[derive(Debug, Clone, PartialEq)]
pub struct Criteria {
    pub name: String,
    pub currency: String,
    pub method: Method,
    pub vendor_columns: Vec<String>,
    pub business: Business,
    pub criteria: Vec<Criterion>,
    pub red_flags: Vec<RedFlag>,
    /// The file name (or `profile:NAME`) the criteria came from.
    pub origin: String,
    /// sha256 of the file's bytes, hex.
    pub sha256: String,
}

impl Criteria {
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.criteria.iter().position(|c| c.id == id)
    }

    /// The weights, in criterion order.
    pub fn weights(&self) -> Vec<f64> {
        self.criteria.iter().map(|c| c.weight).collect()
    }
}

/// Vendor-name headers looked for when the file does not say.
pub const DEFAULT_VENDOR_COLUMNS: &[&str] = &[
    "Agencja",
    "Wykonawca",
    "Firma",
    "Dostawca",
    "Oferent",
    "Nazwa",
    "Vendor",
    "Agency",
    "Company",
    "Supplier",
    "Name",
];

const TOP_KEYS: &[&str] = &[
    "name",
    "description",
    "currency",
    "method",
    "vendor_columns",
    "business",
    "criterion",
    "red_flag",
];
const BUSINESS_KEYS: &[&str] = &[
    "revenue_per_hour",
    "support_hours_per_month",
    "critical_incidents_per_year",
];
const CRITERION_KEYS: &[&str] = &[
    "id",
    "label",
    "group",
    "kind",
    "unit",
    "better",
    "weight",
    "scoring",
    "best",
    "worst",
    "columns",
    "missing",
    "require",
    "choices",
    "description",
    "question",
    "question_pl",
];
const FLAG_KEYS: &[&str] = &[
    "id",
    "rule",
    "criterion",
    "criteria",
    "ratio",
    "penalty",
    "action",
    "message",
    "patterns",
    "min_items",
    "years",
    "as_of",
    "threshold",
];

/// Parses and validates a criteria file. `origin` names it in messages.
pub fn parse(text: &str, origin: &str) -> Result<Criteria, CriteriaErrors> {
    let mut p = Parser::new(text, origin);
    let doc = match DeTable::parse(text) {
        Ok(doc) => doc,
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            let msg = e.message().trim().to_string();
            p.err(span, format!("invalid TOML: {msg}"));
            return Err(CriteriaErrors(p.diags));
        }
    };
    let criteria = p.document(doc.get_ref(), text);
    if p.diags.is_empty() {
        Ok(criteria)
    } else {
        Err(CriteriaErrors(p.diags))
    }
}

/// Hex sha256 of some bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

type Span = Range<usize>;

struct Parser<'s> {
    origin: &'s str,
    line_starts: Vec<usize>,
    text: &'s str,
    diags: Vec<Diagnostic>,
}

/// A number read from TOML, kept both exact and as a float.
#[derive(Clone, Copy)]
struct Num {
    exact: Decimal,
    float: f64,
}

impl<'s> Parser<'s> {
    fn new(text: &'s str, origin: &'s str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Parser {
            origin,
            line_starts,
            text,
            diags: Vec::new(),
        }
    }

    fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line.saturating_sub(1)];
        let column = self
            .text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        (line.max(1), column + 1)
    }

    fn err(&mut self, span: Span, message: impl Into<String>) {
        let (line, column) = self.position(span.start);
        self.diags.push(Diagnostic {
            file: self.origin.to_string(),
            line,
            column,
            message: message.into(),
        });
    }

    fn line_of(&self, span: &Span) -> usize {
        self.position(span.start).0
    }

    /// Reports every key of `table` not in `allowed`, with a suggestion when one is close.
    fn check_keys(&mut self, table: &DeTable<'_>, allowed: &[&str], what: &str) {
        for (key, _) in table.iter() {
            let k = key.get_ref().as_ref();
            if allowed.contains(&k) {
                continue;
            }
            let hint = suggest(k, allowed.iter().copied())
                .map(|s| format!(" (did you mean `{s}`?)"))
                .unwrap_or_else(|| format!("; expected one of: {}", allowed.join(", ")));
            self.err(key.span(), format!("unknown key `{k}` in {what}{hint}"));
        }
    }

    fn type_err(&mut self, key: &str, v: &Spanned<DeValue<'_>>, expected: &str) {
        self.err(
            v.span(),
            format!(
                "`{key}` must be {expected}, found {} {}",
                article(v.get_ref().type_str()),
                v.get_ref().type_str()
            ),
        );
    }

    fn string(&mut self, t: &DeTable<'_>, key: &str) -> Option<(String, Span)> {
        let v = t.get(key)?;
        match v.get_ref() {
            DeValue::String(s) => Some((s.to_string(), v.span())),
            _ => {
                self.type_err(key, v, "a string");
                None
            }
        }
    }

    fn number(&mut self, t: &DeTable<'_>, key: &str) -> Option<(Num, Span)> {
        let v = t.get(key)?;
        match to_num(v.get_ref()) {
            Some(n) => Some((n, v.span())),
            None if matches!(v.get_ref(), DeValue::Integer(_) | DeValue::Float(_)) => {
                self.err(
                    v.span(),
                    format!("`{key}` is not a usable number (too large, inf or nan)"),
                );
                None
            }
            None => {
                self.type_err(key, v, "a number");
                None
            }
        }
    }

    fn strings(&mut self, t: &DeTable<'_>, key: &str) -> Option<(Vec<String>, Span)> {
        let v = t.get(key)?;
        let DeValue::Array(items) = v.get_ref() else {
            self.type_err(key, v, "an array of strings");
            return None;
        };
        let mut out = Vec::new();
        for item in items.iter() {
            match item.get_ref() {
                DeValue::String(s) => out.push(s.to_string()),
                _ => self.type_err(key, item, "an array of strings"),
            }
        }
        Some((out, v.span()))
    }

    /// A string key whose value must be one of `options`.
    fn keyword<T: Copy>(
        &mut self,
        t: &DeTable<'_>,
        key: &str,
        options: &[(&str, T)],
    ) -> Option<(T, Span)> {
        let (s, span) = self.string(t, key)?;
        match options.iter().find(|(name, _)| *name == s) {
            Some((_, v)) => Some((*v, span)),
            None => {
                let names: Vec<&str> = options.iter().map(|(n, _)| *n).collect();
                let hint = suggest(&s, names.iter().copied())
                    .map(|x| format!(" (did you mean \"{x}\"?)"))
                    .unwrap_or_default();
                self.err(
                    span.clone(),
                    format!(
                        "`{key}` must be one of {}, found \"{s}\"{hint}",
                        quoted(&names)
                    ),
                );
                None
            }
        }
    }

    fn document(&mut self, doc: &DeTable<'_>, text: &str) -> Criteria {
        self.check_keys(doc, TOP_KEYS, "the criteria file");
        let name = match self.string(doc, "name") {
            Some((n, span)) if n.trim().is_empty() => {
                self.err(span, "`name` must not be empty");
                n
            }
            Some((n, _)) => n,
            None => {
                if doc.get("name").is_none() {
                    self.err(0..0, "missing required key `name` (the criteria set's title, e.g. name = \"SME with regular traffic\")");
                }
                String::new()
            }
        };
        let _ = self.string(doc, "description");
        let currency = match self.string(doc, "currency") {
            Some((c, span)) => {
                if c.len() != 3 || !c.chars().all(|ch| ch.is_ascii_uppercase()) {
                    self.err(span, format!("`currency` must be a three-letter ISO code such as \"PLN\" or \"EUR\", found \"{c}\""));
                }
                c
            }
            None => "PLN".to_string(),
        };
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
        let vendor_columns = match self.strings(doc, "vendor_columns") {
            Some((cols, span)) => {
                if cols.is_empty() {
                    self.err(span, "`vendor_columns` must name at least one header, e.g. [\"Agencja\", \"Vendor\"]");
                }
                cols
            }
            None => DEFAULT_VENDOR_COLUMNS
                .iter()
                .map(|s| s.to_string())
                .collect(),
        };
        let business = match doc.get("business") {
            Some(v) => match v.get_ref() {
                DeValue::Table(t) => self.business(t),
                _ => {
                    self.type_err("business", v, "a table ([business])");
                    Business::default()
                }
            },
            None => Business::default(),
        };

        let mut criteria = Vec::new();
        let mut id_spans: Vec<(String, Span)> = Vec::new();
        match doc.get("criterion") {
            None => self.err(0..0, "no criteria: add at least one [[criterion]] table"),
            Some(v) => match v.get_ref() {
                DeValue::Array(items) => {
                    for item in items.iter() {
                        match item.get_ref() {
                            DeValue::Table(t) => {
                                if let Some((c, id_span)) =
                                    self.criterion(t, item.span(), &currency)
                                {
                                    if let Some((_, first)) =
                                        id_spans.iter().find(|(id, _)| *id == c.id)
                                    {
                                        let first_line = self.line_of(first);
                                        self.err(id_span.clone(), format!("duplicate criterion id \"{}\" (first defined on line {first_line})", c.id));
                                    }
                                    id_spans.push((c.id.clone(), id_span));
                                    criteria.push(c);
                                }
                            }
                            _ => self.type_err("criterion", item, "a table ([[criterion]])"),
                        }
                    }
                }
                _ => self.type_err("criterion", v, "an array of tables ([[criterion]])"),
            },
        }
        if !criteria.is_empty() && criteria.iter().all(|c| c.weight == 0.0) {
            let span = doc.get("criterion").map_or(0..0, |v| v.span());
            self.err(
                span,
                "every criterion has weight 0: give at least one a positive weight",
            );
        }

        let mut red_flags = Vec::new();
        if let Some(v) = doc.get("red_flag") {
            match v.get_ref() {
                DeValue::Array(items) => {
                    let mut seen: Vec<String> = Vec::new();
                    for item in items.iter() {
                        match item.get_ref() {
                            DeValue::Table(t) => {
                                if let Some((f, span)) = self.red_flag(t, item.span(), &criteria) {
                                    if seen.contains(&f.id) {
                                        self.err(
                                            span,
                                            format!("duplicate red flag id \"{}\"", f.id),
                                        );
                                    }
                                    seen.push(f.id.clone());
                                    red_flags.push(f);
                                }
                            }
                            _ => self.type_err("red_flag", item, "a table ([[red_flag]])"),
                        }
                    }
                }
                _ => self.type_err("red_flag", v, "an array of tables ([[red_flag]])"),
            }
        }

        Criteria {
            name,
            currency,
            method,
            vendor_columns,
            business,
            criteria,
            red_flags,
            origin: self.origin.to_string(),
            sha256: sha256_hex(text.as_bytes()),
        }
    }

    fn business(&mut self, t: &DeTable<'_>) -> Business {
        self.check_keys(t, BUSINESS_KEYS, "[business]");
        let get = |p: &mut Self, key: &str| -> Option<Decimal> {
            let (n, span) = p.number(t, key)?;
            if n.exact < Decimal::ZERO {
                p.err(
                    span,
                    format!("`{key}` must be 0 or more, found {}", n.exact),
                );
                return None;
            }
            Some(n.exact)
        };
        Business {
            revenue_per_hour: get(self, "revenue_per_hour"),
            support_hours_per_month: get(self, "support_hours_per_month"),
            critical_incidents_per_year: get(self, "critical_incidents_per_year"),
        }
    }

    fn criterion(
        &mut self,
        t: &DeTable<'_>,
        span: Span,
        currency: &str,
    ) -> Option<(Criterion, Span)> {
        self.check_keys(t, CRITERION_KEYS, "[[criterion]]");
        let errors_before = self.diags.len();
        let (id, id_span) = match self.string(t, "id") {
            Some((id, s)) => {
                if id.is_empty()
                    || !id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                {
                    self.err(s.clone(), format!("criterion id \"{id}\" must use only a-z, 0-9 and _ (e.g. \"p1_response\")"));
                }
                (id, s)
            }
            None => {
                if t.get("id").is_none() {
                    self.err(
                        span.clone(),
                        "[[criterion]] is missing the required key `id`",
                    );
                }
                (String::new(), span.clone())
            }
        };
        let label = self
            .string(t, "label")
            .map_or_else(|| id.clone(), |(l, _)| l);
        let _ = self.string(t, "description");
        let mut question_text = |key: &str| {
            self.string(t, key)
                .map(|(q, _)| q.trim().to_string())
                .filter(|q| !q.is_empty())
        };
        let question = question_text("question");
        let question_pl = question_text("question_pl");
        let group = match self.string(t, "group") {
            Some((g, s)) => {
                if !GROUPS.contains(&g.as_str()) {
                    let hint = suggest(&g, GROUPS.iter().copied())
                        .map(|x| format!(" (did you mean \"{x}\"?)"))
                        .unwrap_or_default();
                    self.err(
                        s,
                        format!(
                            "`group` must be one of {}, found \"{g}\"{hint}",
                            quoted(GROUPS)
                        ),
                    );
                }
                g
            }
            None => "other".to_string(),
        };
        let kind = self
            .keyword(t, "kind", KINDS)
            .map_or(Kind::Number, |(k, _)| k);

        // unit: durations convert to it; numbers show it; other kinds have a fixed unit.
        let mut time_unit = None;
        let mut unit = match kind {
            Kind::Money | Kind::RiskCost => Some(currency.to_string()),
            Kind::Percent => Some("%".to_string()),
            Kind::Duration => Some("min".to_string()),
            _ => None,
        };
        if kind == Kind::Duration {
            time_unit = Some(TimeUnit::Minute);
        }
        if let Some((u, s)) = self.string(t, "unit") {
            match kind {
                Kind::Duration => match TimeUnit::from_key(&u) {
                    Some(tu) => {
                        time_unit = Some(tu);
                        unit = Some(tu.key().to_string());
                    }
                    None => self.err(s, format!("unknown duration unit \"{u}\": expected \"min\", \"h\" or \"d\"")),
                },
                Kind::Number => unit = Some(u),
                Kind::Percent if u == "%" => {}
                _ => self.err(
                    s,
                    format!("`unit` does not apply to kind \"{}\" (durations take \"min\", \"h\" or \"d\"; numbers take any label)", kind.key()),
                ),
            }
        }

        let default_better = match kind {
            Kind::Money | Kind::Duration | Kind::RiskCost => Better::Lower,
            _ => Better::Higher,
        };
        let better_kw = self.keyword(
            t,
            "better",
            &[("higher", Better::Higher), ("lower", Better::Lower)],
        );
        if let Some((_, s)) = &better_kw
            && !kind.is_numeric()
        {
            self.err(
                s.clone(),
                format!(
                    "`better` applies to number-like kinds, not to \"{}\"",
                    kind.key()
                ),
            );
        }
        let mut better = better_kw.as_ref().map_or(default_better, |(b, _)| *b);

        let weight = match self.number(t, "weight") {
            Some((n, s)) => {
                if n.float < 0.0 {
                    self.err(s, format!("weight must be 0 or more, found {}", n.exact));
                    0.0
                } else {
                    n.float
                }
            }
            None => 1.0,
        };

        let best = self.number(t, "best");
        let worst = self.number(t, "worst");
        let scoring_kw = self.keyword(
            t,
            "scoring",
            &[
                ("minmax", "minmax"),
                ("ratio", "ratio"),
                ("linear", "linear"),
            ],
        );
        let scoring_name = scoring_kw.as_ref().map(|(n, _)| *n);
        let scoring_span = scoring_kw.as_ref().map_or(span.clone(), |(_, s)| s.clone());
        let wants_linear = scoring_name == Some("linear")
            || (scoring_name.is_none() && best.is_some() && worst.is_some());
        let scoring = if scoring_kw.is_some() && !kind.is_numeric() {
            self.err(
                scoring_span,
                format!(
                    "`scoring` applies to number-like kinds; \"{}\" criteria score by their answer",
                    kind.key()
                ),
            );
            Scoring::MinMax
        } else if wants_linear {
            match (&best, &worst) {
                (Some((b, bs)), Some((w, _))) => {
                    if b.float == w.float {
                        self.err(
                            bs.clone(),
                            format!(
                                "`best` and `worst` must differ for linear scoring (both are {})",
                                b.exact
                            ),
                        );
                    } else {
                        let implied = if b.float > w.float {
                            Better::Higher
                        } else {
                            Better::Lower
                        };
                        if let Some((declared, ds)) = &better_kw
                            && *declared != implied
                        {
                            self.err(
                                ds.clone(),
                                format!(
                                    "better = \"{}\" contradicts best = {} and worst = {} (best is {} than worst)",
                                    declared.key(),
                                    b.exact,
                                    w.exact,
                                    implied.key()
                                ),
                            );
                        }
                        better = implied;
                    }
                    Scoring::Linear {
                        best: b.float,
                        worst: w.float,
                    }
                }
                _ => {
                    let missing = match (&best, &worst) {
                        (None, None) => "`best` and `worst`",
                        (None, _) => "`best`",
                        _ => "`worst`",
                    };
                    self.err(
                        scoring_span,
                        format!("linear scoring needs {missing} (the values scoring 1 and 0)"),
                    );
                    Scoring::MinMax
                }
            }
        } else {
            for (key, v) in [("best", &best), ("worst", &worst)] {
                if let Some((_, s)) = v {
                    let why = match scoring_name {
                        Some(name) => format!(
                            "`{key}` is only used by linear scoring, but scoring = \"{name}\""
                        ),
                        None => {
                            "`best` and `worst` go together (linear scoring needs both)".to_string()
                        }
                    };
                    self.err(s.clone(), why);
                }
            }
            if scoring_name == Some("ratio") {
                Scoring::Ratio
            } else {
                Scoring::MinMax
            }
        };

        let columns = self
            .strings(t, "columns")
            .map(|(c, _)| c)
            .unwrap_or_default();
        if kind == Kind::RiskCost && t.get("columns").is_some() {
            self.err(
                t.get("columns").map_or(span.clone(), |v| v.span()),
                "a risk_cost criterion is computed, not read: remove `columns`",
            );
        }
        let missing = self
            .keyword(
                t,
                "missing",
                &[
                    ("worst", Missing::Worst),
                    ("disqualify", Missing::Disqualify),
                    ("ignore", Missing::Ignore),
                ],
            )
            .map_or(Missing::Worst, |(m, _)| m);

        let choices = match t.get("choices") {
            Some(v) => match v.get_ref() {
                DeValue::Table(ct) => {
                    if kind != Kind::Choice {
                        self.err(
                            v.span(),
                            format!(
                                "`choices` applies to kind \"choice\", not \"{}\"",
                                kind.key()
                            ),
                        );
                    }
                    let mut out = Vec::new();
                    for (k, cv) in ct.iter() {
                        match to_num(cv.get_ref()) {
                            Some(n) if (0.0..=1.0).contains(&n.float) => out.push((k.get_ref().to_string(), n.float)),
                            Some(n) => self.err(cv.span(), format!("choice \"{}\" scores {}: a choice score must be between 0 and 1", k.get_ref(), n.exact)),
                            None => self.type_err(k.get_ref(), cv, "a number between 0 and 1"),
                        }
                    }
                    if out.is_empty() && ct.is_empty() {
                        self.err(v.span(), "`choices` is empty: list the possible answers with their scores, e.g. { daily = 1.0, weekly = 0.5 }");
                    }
                    out
                }
                _ => {
                    self.type_err(
                        "choices",
                        v,
                        "a table of answer = score, e.g. { daily = 1.0, weekly = 0.5 }",
                    );
                    Vec::new()
                }
            },
            None => {
                if kind == Kind::Choice {
                    self.err(span.clone(), format!("criterion \"{id}\" is of kind \"choice\" but has no `choices` table (answer = score 0..1)"));
                }
                Vec::new()
            }
        };

        let require = t
            .get("require")
            .and_then(|v| self.require(v, kind, &choices));

        if self.diags.len() > errors_before {
            return None;
        }
        let line = self.line_of(&span);
        Some((
            Criterion {
                id,
                label,
                group,
                kind,
                time_unit,
                unit,
                better,
                weight,
                scoring,
                columns,
                missing,
                require,
                choices,
                question,
                question_pl,
                line,
            },
            id_span,
        ))
    }

    fn require(
        &mut self,
        v: &Spanned<DeValue<'_>>,
        kind: Kind,
        choices: &[(String, f64)],
    ) -> Option<Require> {
        match v.get_ref() {
            DeValue::Boolean(b) => {
                if kind != Kind::Bool {
                    self.err(
                        v.span(),
                        format!(
                            "require = {b} fits only bool criteria; for \"{}\" use {}",
                            kind.key(),
                            require_hint(kind)
                        ),
                    );
                    return None;
                }
                if !b {
                    self.err(
                        v.span(),
                        "require = false demands nothing: remove it, or write require = true",
                    );
                    return None;
                }
                Some(Require {
                    must_be_true: true,
                    ..Require::default()
                })
            }
            DeValue::Table(t) => {
                self.check_keys(t, &["min", "max", "one_of"], "`require`");
                let mut r = Require::default();
                let min = self.number(t, "min");
                let max = self.number(t, "max");
                if (min.is_some() || max.is_some()) && !kind.is_numeric() {
                    self.err(
                        v.span(),
                        format!(
                            "require min/max fits number-like criteria; for \"{}\" use {}",
                            kind.key(),
                            require_hint(kind)
                        ),
                    );
                    return None;
                }
                r.min = min.map(|(n, _)| n.exact);
                r.max = max.map(|(n, _)| n.exact);
                if let (Some(lo), Some(hi)) = (r.min, r.max)
                    && lo > hi
                {
                    self.err(
                        v.span(),
                        format!("require min = {lo} is above max = {hi}: no offer could pass"),
                    );
                }
                if let Some((items, s)) = self.strings(t, "one_of") {
                    match kind {
                        Kind::Choice => {
                            for item in &items {
                                if !choices.iter().any(|(k, _)| k == item) {
                                    let keys: Vec<&str> =
                                        choices.iter().map(|(k, _)| k.as_str()).collect();
                                    self.err(s.clone(), format!("require one_of names \"{item}\", which is not one of the choices ({})", quoted(&keys)));
                                }
                            }
                        }
                        Kind::Text => {}
                        _ => {
                            self.err(s, format!("require one_of fits choice and text criteria; for \"{}\" use {}", kind.key(), require_hint(kind)));
                            return None;
                        }
                    }
                    if items.is_empty() {
                        self.err(v.span(), "require one_of is empty: no offer could pass");
                    }
                    r.one_of = items;
                }
                if !["min", "max", "one_of"].iter().any(|k| t.get(*k).is_some()) {
                    self.err(
                        v.span(),
                        format!("`require` is empty: use {}", require_hint(kind)),
                    );
                    return None;
                }
                Some(r)
            }
            _ => {
                self.type_err(
                    "require",
                    v,
                    &format!("a table or true ({})", require_hint(kind)),
                );
                None
            }
        }
    }

    fn red_flag(
        &mut self,
        t: &DeTable<'_>,
        span: Span,
        criteria: &[Criterion],
    ) -> Option<(RedFlag, Span)> {
        self.check_keys(t, FLAG_KEYS, "[[red_flag]]");
        let before = self.diags.len();
        let (id, id_span) = match self.string(t, "id") {
            Some(x) => x,
            None => {
                if t.get("id").is_none() {
                    self.err(
                        span.clone(),
                        "[[red_flag]] is missing the required key `id`",
                    );
                }
                (String::new(), span.clone())
            }
        };
        let rules = [
            ("below_mean", "below_mean"),
            ("below_median", "below_median"),
            ("vague_text", "vague_text"),
            ("missing", "missing"),
            ("older_than", "older_than"),
            ("above", "above"),
        ];
        let rule_name = match self.keyword(t, "rule", &rules) {
            Some((r, _)) => r,
            None => {
                if t.get("rule").is_none() {
                    self.err(
                        span.clone(),
                        format!(
                            "red flag \"{id}\" is missing `rule` (one of {})",
                            quoted(&rules.map(|r| r.0))
                        ),
                    );
                }
                return None;
            }
        };
        let criterion_ref = |p: &mut Self, kinds: &[Kind], what: &str| -> String {
            match p.string(t, "criterion") {
                Some((c, s)) => {
                    match criteria.iter().find(|x| x.id == c) {
                        None => {
                            let hint = suggest(&c, criteria.iter().map(|x| x.id.as_str()))
                                .map(|x| format!(" (did you mean \"{x}\"?)"))
                                .unwrap_or_default();
                            p.err(s, format!("red flag \"{id}\" names criterion \"{c}\", which is not defined{hint}"));
                        }
                        Some(x) if !kinds.is_empty() && !kinds.contains(&x.kind) => {
                            p.err(s, format!("rule \"{rule_name}\" needs {what}, but \"{c}\" is of kind \"{}\"", x.kind.key()));
                        }
                        Some(_) => {}
                    }
                    c
                }
                None => {
                    if t.get("criterion").is_none() {
                        p.err(
                            span.clone(),
                            format!("rule \"{rule_name}\" needs `criterion`"),
                        );
                    }
                    String::new()
                }
            }
        };
        let numeric = [
            Kind::Number,
            Kind::Money,
            Kind::Percent,
            Kind::Duration,
            Kind::Year,
            Kind::RiskCost,
        ];
        let ratio = |p: &mut Self| -> f64 {
            match p.number(t, "ratio") {
                Some((n, s)) if n.float <= 0.0 || n.float > 1.0 => {
                    p.err(s, format!("`ratio` must be above 0 and at most 1 (0.7 flags 30% or more below), found {}", n.exact));
                    0.7
                }
                Some((n, _)) => n.float,
                None => 0.7,
            }
        };
        let rule = match rule_name {
            "below_mean" => {
                let criterion = criterion_ref(self, &numeric, "a number-like criterion");
                FlagRule::BelowMean {
                    criterion,
                    ratio: ratio(self),
                }
            }
            "below_median" => {
                let criterion = criterion_ref(self, &numeric, "a number-like criterion");
                FlagRule::BelowMedian {
                    criterion,
                    ratio: ratio(self),
                }
            }
            "vague_text" => {
                let criterion =
                    criterion_ref(self, &[Kind::Text, Kind::Choice], "a text criterion");
                let patterns = self
                    .strings(t, "patterns")
                    .map(|(p, _)| p)
                    .unwrap_or_default();
                let min_items = match self.number(t, "min_items") {
                    Some((n, s)) if n.float < 0.0 || n.float.fract() != 0.0 => {
                        self.err(s, "`min_items` must be a whole number, 0 or more");
                        0
                    }
                    Some((n, _)) => n.float as usize,
                    None => 0,
                };
                if patterns.is_empty() && min_items == 0 {
                    self.err(
                        span.clone(),
                        format!("red flag \"{id}\" (vague_text) needs `patterns` or `min_items`"),
                    );
                }
                FlagRule::VagueText {
                    criterion,
                    patterns,
                    min_items,
                }
            }
            "missing" => {
                let list = match self.strings(t, "criteria") {
                    Some((list, s)) => {
                        for c in &list {
                            if !criteria.iter().any(|x| &x.id == c) {
                                self.err(s.clone(), format!("red flag \"{id}\" names criterion \"{c}\", which is not defined"));
                            }
                        }
                        if list.is_empty() {
                            self.err(s, "`criteria` is empty: name the criteria whose absence raises the flag");
                        }
                        list
                    }
                    None => {
                        if t.get("criteria").is_some() {
                            Vec::new()
                        } else {
                            // A single `criterion` works too.
                            let c = criterion_ref(self, &[], "");
                            vec![c]
                        }
                    }
                };
                FlagRule::Missing { criteria: list }
            }
            "older_than" => {
                let criterion = criterion_ref(self, &[Kind::Year], "a year criterion");
                let years = match self.number(t, "years") {
                    Some((n, s)) if n.float < 0.0 || n.float.fract() != 0.0 => {
                        self.err(s, "`years` must be a whole number, 0 or more");
                        5
                    }
                    Some((n, _)) => n.float as i32,
                    None => {
                        self.err(
                            span.clone(),
                            format!("red flag \"{id}\" (older_than) needs `years`"),
                        );
                        5
                    }
                };
                let as_of = match self.number(t, "as_of") {
                    Some((n, s))
                        if !(1900.0..=2100.0).contains(&n.float) || n.float.fract() != 0.0 =>
                    {
                        self.err(s, "`as_of` must be a year such as 2026");
                        None
                    }
                    Some((n, _)) => Some(n.float as i32),
                    None => None,
                };
                FlagRule::OlderThan {
                    criterion,
                    years,
                    as_of,
                }
            }
            _ => {
                let criterion = criterion_ref(self, &numeric, "a number-like criterion");
                let threshold = match self.number(t, "threshold") {
                    Some((n, _)) => n.float,
                    None => {
                        self.err(
                            span.clone(),
                            format!("red flag \"{id}\" (above) needs `threshold`"),
                        );
                        0.0
                    }
                };
                FlagRule::Above {
                    criterion,
                    threshold,
                }
            }
        };
        let action = match (self.number(t, "penalty"), t.get("action")) {
            (Some((_, s)), Some(_)) => {
                self.err(
                    s,
                    "give either `penalty` or action = \"disqualify\", not both",
                );
                FlagAction::Penalty(0.0)
            }
            (Some((n, s)), None) => {
                if !(0.0..=100.0).contains(&n.float) {
                    self.err(
                        s,
                        format!(
                            "`penalty` is points off the 0–100 score: between 0 and 100, found {}",
                            n.exact
                        ),
                    );
                }
                FlagAction::Penalty(n.float)
            }
            (None, Some(_)) => {
                match self.keyword(t, "action", &[("disqualify", FlagAction::Disqualify)]) {
                    Some((a, _)) => a,
                    None => FlagAction::Penalty(0.0),
                }
            }
            (None, None) => FlagAction::Penalty(0.0),
        };
        let message = self
            .string(t, "message")
            .map(|(m, _)| m)
            .unwrap_or_else(|| default_flag_message(&rule));
        if self.diags.len() > before {
            return None;
        }
        Some((
            RedFlag {
                id,
                rule,
                action,
                message,
            },
            id_span,
        ))
    }
}

fn default_flag_message(rule: &FlagRule) -> String {
    match rule {
        FlagRule::BelowMean { criterion, ratio } => format!(
            "{criterion} is {:.0}% or more below the mean of the other offers",
            (1.0 - ratio) * 100.0
        ),
        FlagRule::BelowMedian { criterion, ratio } => format!(
            "{criterion} is {:.0}% or more below the median of the other offers",
            (1.0 - ratio) * 100.0
        ),
        FlagRule::VagueText { criterion, .. } => {
            format!("{criterion} is vague: ask for a list of what is included")
        }
        FlagRule::Missing { criteria } => format!("no answer for {}", criteria.join(", ")),
        FlagRule::OlderThan {
            criterion, years, ..
        } => format!("{criterion} is more than {years} years old"),
        FlagRule::Above {
            criterion,
            threshold,
        } => format!("{criterion} is above {threshold}"),
    }
}

fn require_hint(kind: Kind) -> &'static str {
    match kind {
        Kind::Bool => "require = true",
        Kind::Choice | Kind::Text => "require = { one_of = [...] }",
        _ => "require = { min = x } or { max = x }",
    }
}

fn to_num(v: &DeValue<'_>) -> Option<Num> {
    match v {
        DeValue::Integer(i) => {
            let n = i64::from_str_radix(i.as_str(), i.radix()).ok()?;
            Some(Num {
                exact: Decimal::from(n),
                float: n as f64,
            })
        }
        DeValue::Float(f) => {
            let s = f.as_str().replace('_', "");
            let float: f64 = s.parse().ok()?;
            if !float.is_finite() {
                return None;
            }
            let exact = Decimal::from_str(&s)
                .or_else(|_| Decimal::from_scientific(&s))
                .ok()
                .or_else(|| Decimal::from_f64_retain(float))?;
            Some(Num {
                exact,
                float: exact.to_f64().unwrap_or(float),
            })
        }
        _ => None,
    }
}

fn article(type_name: &str) -> &'static str {
    if type_name.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

fn quoted(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The closest candidate to `word`, if it is close enough to be a likely typo: few edits
/// apart, or (for short words) sharing most letters in order. Long phrases that merely start
/// alike ("Czas przywrócenia P1" and "Czas reakcji P1") are not suggested.
pub fn suggest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let w = word.to_lowercase();
    candidates
        .map(|c| {
            let c_low = c.to_lowercase();
            let edits = strsim::normalized_levenshtein(&w, &c_low);
            let short = w.chars().count().max(c_low.chars().count()) <= 12;
            let similar = edits >= 0.75 || (short && strsim::jaro_winkler(&w, &c_low) >= 0.88);
            (similar, edits, c)
        })
        .filter(|(similar, _, _)| *similar)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(_, _, c)| c)
}

/// Built-in profiles, compiled in from `criteria/`.
pub const PROFILES: &[(&str, &str)] = &[
    ("info-site", include_str!("../../criteria/info-site.toml")),
    ("sme", include_str!("../../criteria/sme.toml")),
    ("ecommerce", include_str!("../../criteria/ecommerce.toml")),
];

/// The built-in profile used when neither a criteria file nor a profile is given.
pub const DEFAULT_PROFILE: &str = "sme";

/// Loads a built-in profile by name.
pub fn profile(name: &str) -> Option<Result<Criteria, CriteriaErrors>> {
    PROFILES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(n, text)| parse(text, &format!("profile:{n}")))
}
