//! The validated criteria model: criteria, their kinds and scoring rules, red flags, the
//! buyer's business context, and the one-line descriptions shown on screens and in reports.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::i18n::Msg;

use crate::text::normalize_label;

/// How per-criterion scores are combined into one score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    WeightedSum,
    Topsis,
}

impl Method {
    /// The name written in the criteria file (`method = "..."`).
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
    /// When a service works (`24/7`, `pn–pt 8–16`), valued as the expected wait in hours until
    /// it opens; its window also applies to the SLA times named in `applies_to`.
    Window,
    /// Computed from other criteria by the risk model, never read from a column.
    RiskCost,
    /// Rated by the buyer's evaluators on a scale (the sales call, the references when
    /// called), never read from the offers.
    Rating,
}

pub(super) const KINDS: &[(&str, Kind)] = &[
    ("number", Kind::Number),
    ("money", Kind::Money),
    ("percent", Kind::Percent),
    ("duration", Kind::Duration),
    ("bool", Kind::Bool),
    ("choice", Kind::Choice),
    ("text", Kind::Text),
    ("year", Kind::Year),
    ("window", Kind::Window),
    ("risk_cost", Kind::RiskCost),
    ("rating", Kind::Rating),
];

impl Kind {
    /// The name written in the criteria file (`kind = "..."`).
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
                | Kind::Window
                | Kind::RiskCost
                | Kind::Rating
        )
    }

    /// Whether the offers answer it in a column of their own (the risk cost is computed, a
    /// rating comes from the evaluators).
    pub fn is_answered(self) -> bool {
        !matches!(self, Kind::RiskCost | Kind::Rating)
    }
}

/// How the evaluators' ratings of one answer become its value (`aggregate` in the criteria
/// file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Aggregate {
    /// The middle rating (the mean of the two middle ones for an even count): one outlier
    /// does not move it.
    #[default]
    Median,
    Mean,
    /// The n-th root of the product: a low rating weighs more than in the mean.
    Geometric,
}

impl Aggregate {
    // not for people: the keys of the criteria file
    pub const KEYS: [(&'static str, Aggregate); 3] = [
        ("median", Aggregate::Median),
        ("mean", Aggregate::Mean),
        ("geometric", Aggregate::Geometric),
    ];

    /// The word written in the criteria file.
    pub fn key(self) -> &'static str {
        Self::KEYS
            .iter()
            .find(|(_, a)| *a == self)
            .map_or("median", |(k, _)| k)
    }

    /// The aggregate a criteria file names, if it is one.
    pub fn from_key(key: &str) -> Option<Aggregate> {
        Self::KEYS.iter().find(|(k, _)| *k == key).map(|(_, a)| *a)
    }
}

/// A `rating` criterion's scale, and how its evaluators' ratings are combined.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RatingRule {
    /// The lowest and the highest point (`scale = [1, 5]`).
    pub scale: (f64, f64),
    pub aggregate: Aggregate,
    /// Evaluators this many points apart on the same vendor are a warning (`disagreement`).
    pub disagreement: f64,
}

impl Default for RatingRule {
    fn default() -> RatingRule {
        RatingRule {
            scale: (1.0, 5.0),
            aggregate: Aggregate::Median,
            disagreement: 2.0,
        }
    }
}

/// Which direction is better for a number-like criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Better {
    Higher,
    Lower,
}

impl Better {
    /// The name written in the criteria file (`better = "..."`).
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
    /// The name written in the criteria file (`scoring = "..."`).
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
    /// The name written in the criteria file (`missing = "..."`).
    pub fn key(self) -> &'static str {
        match self {
            Missing::Worst => "worst",
            Missing::Disqualify => "disqualify",
            Missing::Ignore => "ignore",
        }
    }
}

/// The part of an offer a criterion is about (for grouping on screen and in reports).
pub(crate) const GROUPS: &[&str] = &[
    "scope",
    "sla",
    "security",
    "performance",
    "reporting",
    "price",
    "references",
    "communication",
    "onboarding",
    "contract",
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
    /// The name shown to people, in English (or the one language written).
    pub label: String,
    /// The name in Polish, when the file writes one (`label = { pl = "…", en = "…" }`).
    pub label_pl: Option<String>,
    pub group: String,
    pub kind: Kind,
    /// The unit durations are converted to.
    pub time_unit: Option<TimeUnit>,
    /// The unit shown next to values (`min`, `h`, `%`, `PLN`, or free text for numbers).
    pub unit: Option<String>,
    pub better: Better,
    pub weight: f64,
    pub scoring: Scoring,
    /// What amounts and counts are per (`per`: "month", "hour"…); answers written per another
    /// period are converted to it.
    pub per: Option<Period>,
    /// Header aliases, as written in the file.
    pub columns: Vec<String>,
    pub missing: Missing,
    pub require: Option<Require>,
    /// Choice key -> score in [0, 1], in file order.
    pub choices: Vec<(String, f64)>,
    /// `choice_aliases`: more phrases for a choice key ("w trybie ciągłym" is continuous).
    pub choice_aliases: Vec<(String, Vec<String>)>,
    /// `prevents`: the share of critical incidents a full answer (yes, or a choice scoring 1)
    /// prevents, 0 to 1; the risk cost lowers the expected incidents by it.
    pub prevents: Option<f64>,
    /// `applies_to` (window criteria): the duration criteria whose answers, written without a
    /// window of their own, count within this criterion's window.
    pub applies_to: Vec<String>,
    /// `read_as`: phrases that stand for a number in this criterion's unit ("na czas
    /// nieokreślony" = 0 months), matched in a cell that has no digit.
    pub read_as: Vec<(String, Decimal)>,
    /// The question put to vendors in the questionnaire (`offerlens template`), in English.
    pub question: Option<String>,
    /// The same question in Polish.
    pub question_pl: Option<String>,
    /// `rating` criteria: the scale and how the evaluators' ratings combine.
    pub rating: Option<RatingRule>,
    /// `rating` criteria: what points of the scale mean (`labels = { 1 = "słabo", … }`), as
    /// (point, English, Polish), lowest point first.
    pub rating_labels: Vec<(f64, String, Option<String>)>,
    /// Where the criterion starts in the criteria file (1-based line).
    pub line: usize,
}

impl Criteria {
    /// The criteria set's name in `lang`.
    pub fn name_in(&self, lang: crate::i18n::Lang) -> &str {
        match (lang, &self.name_pl) {
            (crate::i18n::Lang::Pl, Some(pl)) => pl,
            _ => &self.name,
        }
    }
}

impl Require {
    /// The condition in words: "at most 240 min", "yes", "one of basic, full".
    pub fn describe(&self, c: &Criterion) -> Msg {
        let f = |d: Decimal| d.to_f64().unwrap_or_default();
        let mut parts = Vec::new();
        if let Some(max) = self.max {
            parts.push(Msg::new("require-at-most").msg("value", c.amount(f(max))));
        }
        if let Some(min) = self.min {
            parts.push(Msg::new("require-at-least").msg("value", c.amount(f(min))));
        }
        if self.must_be_true {
            parts.push(Msg::new("require-yes"));
        }
        if !self.one_of.is_empty() {
            parts.push(Msg::new("require-one-of").with("choices", self.one_of.join(", ")));
        }
        let mut parts = parts.into_iter();
        let first = parts.next().unwrap_or_else(|| Msg::new("require-yes"));
        parts.fold(first, |a, b| {
            Msg::new("require-and").msg("a", a).msg("b", b)
        })
    }
}

impl Criterion {
    /// The name shown to people in `lang`.
    pub fn label_in(&self, lang: crate::i18n::Lang) -> &str {
        match (lang, &self.label_pl) {
            (crate::i18n::Lang::Pl, Some(pl)) => pl,
            _ => &self.label,
        }
    }

    /// The scoring rule in one line, for screens and reports:
    /// "duration in min · lower is better · linear 15 → 1, 240 → 0 · knock-out: at most 60 min · blank scores 0".
    /// `x`, a value of this criterion, for people: a duration in its largest natural unit
    /// ("1 day", "2 h 30 min"), months counted ("12 months"), otherwise the number and unit.
    pub fn amount(&self, x: f64) -> Msg {
        let unit = self.unit.as_deref().unwrap_or("");
        let minutes = match self.time_unit {
            Some(TimeUnit::Minute) => Some(1.0),
            Some(TimeUnit::Hour) => Some(60.0),
            Some(TimeUnit::Day) => Some(1440.0),
            _ => None,
        };
        match (self.kind, minutes) {
            (Kind::Duration, Some(m)) if x.is_finite() && x >= 0.0 => {
                Msg::new("value-unit").minutes("value", x * m)
            }
            (Kind::Duration, None) if self.time_unit == Some(TimeUnit::Month) => {
                Msg::new("value-months").num("value", x)
            }
            _ => Msg::new("value-unit").quantity("value", x, unit),
        }
    }

    pub fn rule(&self) -> Msg {
        let unit = self.unit.as_deref().unwrap_or("");
        let mut parts = vec![if self.kind.is_numeric() && !unit.is_empty() {
            Msg::new("rule-kind-in")
                .with("kind", self.kind.key())
                .with("unit", unit)
        } else {
            Msg::new("rule-kind").with("kind", self.kind.key())
        }];
        if self.kind.is_numeric() {
            parts.push(Msg::new(match self.better {
                Better::Lower => "rule-lower-better",
                Better::Higher => "rule-higher-better",
            }));
            parts.push(match self.scoring {
                Scoring::MinMax => Msg::new("rule-min-max"),
                Scoring::Ratio => Msg::new(match self.better {
                    Better::Lower => "rule-ratio-lower",
                    Better::Higher => "rule-ratio-higher",
                }),
                Scoring::Linear { best, worst } => Msg::new("rule-linear")
                    .quantity("best", best, unit)
                    .quantity("worst", worst, unit),
            });
        } else if !self.choices.is_empty() {
            let choices: Vec<String> = self
                .choices
                .iter()
                .map(|(k, v)| format!("{k} {}", crate::numbers::brief(*v)))
                .collect();
            parts.push(Msg::new("rule-choices").with("choices", choices.join(", ")));
        }
        if let Some(r) = &self.require {
            parts.push(Msg::new("rule-knockout-unless").msg("require", r.describe(self)));
        }
        parts.push(Msg::new(match self.missing {
            Missing::Worst => "rule-blank-worst",
            Missing::Disqualify => "rule-blank-knocks-out",
            Missing::Ignore => "rule-blank-ignored",
        }));
        Msg::new("rule-parts").joined("parts", parts, " · ")
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
    /// What an hour of lost data (orders, payments, messages since the last backup) is worth,
    /// in the criteria's currency; unset: data loss is not priced.
    pub data_value_per_hour: Option<Decimal>,
    /// The share of critical incidents whose restore overruns the SLA (0 to 1): how often a
    /// service credit is paid; unset: credits are not priced.
    pub missed_sla_share: Option<Decimal>,
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
    /// Removes the offer from the ranking.
    Disqualify,
}

/// A red flag: a warning sign from the buyer's guides, checked on every offer.
#[derive(Debug, Clone, PartialEq)]
pub struct RedFlag {
    pub id: String,
    pub rule: FlagRule,
    pub action: FlagAction,
    /// The message in English (or the one language written).
    pub message: String,
    /// The message in Polish, when the file writes one.
    pub message_pl: Option<String>,
    /// What to ask the vendor when the flag is raised (`question`), in English (or the one
    /// language written) and in Polish; `None`: the question its rule implies.
    pub question: Option<(String, Option<String>)>,
    /// Criteria whose questions the flag's question takes in besides its rule's (`covers`).
    pub covers: Vec<String>,
}

impl RedFlag {
    /// The message in `lang`.
    pub fn message_in(&self, lang: crate::i18n::Lang) -> &str {
        match (lang, &self.message_pl) {
            (crate::i18n::Lang::Pl, Some(pl)) => pl,
            _ => &self.message,
        }
    }
}

/// A validated criteria file.
#[derive(Debug, Clone, PartialEq)]
pub struct Criteria {
    pub name: String,
    /// The name in Polish, when the file writes one (`name = { pl = "…", en = "…" }`).
    pub name_pl: Option<String>,
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
    /// The basis prices are compared on (`prices`): net (the default) or gross.
    pub prices: Tax,
    /// The VAT rate in percent (`vat_rate`, default 23) that converts gross to net and back.
    pub vat_rate: Decimal,
    /// `[exchange_rates]`: what one unit of each currency costs in `currency`.
    pub exchange_rates: Vec<(String, Decimal)>,
}

/// Whether a price includes VAT.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tax {
    /// Without VAT (`netto`, `+ VAT`).
    Net,
    /// With VAT (`brutto`, `z VAT`).
    Gross,
}

impl Tax {
    /// "net" or "gross", as the criteria file's `prices` key writes it.
    pub fn key(self) -> &'static str {
        match self {
            Tax::Net => "net",
            Tax::Gross => "gross",
        }
    }
}

impl Criteria {
    /// The position of the criterion with this id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.criteria.iter().position(|c| c.id == id)
    }

    /// The weights, in criterion order.
    pub fn weights(&self) -> Vec<f64> {
        self.criteria.iter().map(|c| c.weight).collect()
    }
}

/// Vendor-name headers looked for when the file does not say.
pub(crate) const DEFAULT_VENDOR_COLUMNS: &[&str] = &[
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

/// The unit a duration criterion is expressed in (the criteria file's `unit` key).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimeUnit {
    /// Minutes (`"min"`).
    Minute,
    /// Hours (`"h"`).
    Hour,
    /// Days (`"d"`).
    Day,
    /// Months of an average year's twelfth, 30.4375 days (`"mo"`).
    Month,
}

impl TimeUnit {
    /// The unit named by a criteria file's `unit` key: exactly `"min"`, `"h"` or `"d"`.
    pub fn from_key(s: &str) -> Option<TimeUnit> {
        match s {
            "min" => Some(TimeUnit::Minute),
            "h" => Some(TimeUnit::Hour),
            "d" => Some(TimeUnit::Day),
            "mo" => Some(TimeUnit::Month),
            _ => None,
        }
    }

    /// The criteria file's key for this unit: `"min"`, `"h"` or `"d"`.
    pub fn key(self) -> &'static str {
        match self {
            TimeUnit::Minute => "min",
            TimeUnit::Hour => "h",
            TimeUnit::Day => "d",
            TimeUnit::Month => "mo",
        }
    }

    /// How many minutes one of this unit lasts: 1, 60 or 1440.
    pub(crate) fn minutes(self) -> Decimal {
        Decimal::from(self.seconds() / 60)
    }

    /// How many seconds one of this unit lasts.
    pub(crate) fn seconds(self) -> i64 {
        match self {
            TimeUnit::Minute => 60,
            TimeUnit::Hour => 3_600,
            TimeUnit::Day => 86_400,
            TimeUnit::Month => 2_629_800,
        }
    }
}

/// What an amount or a count is per (a criterion's `per` key; what a cell says, such as
/// `rocznie` or `za 8 miesięcy`). Months and years are of an average year (365.25 days), so
/// that twelve months make a year exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    /// A number of months other than 1, 3 and 12: "za 8 miesięcy", "na pół roku" (6).
    Months(u32),
}

/// The `per` keys a criteria file may use.
pub(crate) const PERIOD_KEYS: &[(&str, Period)] = &[
    ("hour", Period::Hour),
    ("day", Period::Day),
    ("week", Period::Week),
    ("month", Period::Month),
    ("quarter", Period::Quarter),
    ("year", Period::Year),
    // The same in Polish; the English key is the one shown.
    ("godzina", Period::Hour),
    ("dzień", Period::Day),
    ("tydzień", Period::Week),
    ("miesiąc", Period::Month),
    ("kwartał", Period::Quarter),
    ("rok", Period::Year),
];

impl Period {
    /// The criteria file's key, or for a number of months "N months".
    pub fn key(self) -> String {
        PERIOD_KEYS.iter().find(|(_, p)| *p == self).map_or_else(
            || match self {
                Period::Months(n) => format!("{n} months"),
                _ => String::new(),
            },
            |(k, _)| (*k).to_string(),
        )
    }

    /// "a month", "a year", "8 months": for notes.
    pub fn describe(self) -> Msg {
        match self {
            Period::Months(n) => Msg::new("period-months").num("n", n),
            Period::Hour => Msg::new("period-hour"),
            Period::Day => Msg::new("period-day"),
            Period::Week => Msg::new("period-week"),
            Period::Month => Msg::new("period-month"),
            Period::Quarter => Msg::new("period-quarter"),
            Period::Year => Msg::new("period-year"),
        }
    }

    /// How long the period lasts, in days.
    pub(crate) fn days(self) -> Decimal {
        let month = Decimal::new(304_375, 4);
        match self {
            Period::Hour => Decimal::ONE / Decimal::from(24),
            Period::Day => Decimal::ONE,
            Period::Week => Decimal::from(7),
            Period::Month => month,
            Period::Quarter => month * Decimal::from(3),
            Period::Year => month * Decimal::from(12),
            Period::Months(n) => month * Decimal::from(n),
        }
    }
}
