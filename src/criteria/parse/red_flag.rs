//! One `[[red_flag]]` table: its rule and the criterion it tests, the rule's parameters, what
//! a raised flag does, and the message shown when none is written.

use crate::i18n::Lang;
use crate::i18n::Msg;
use toml::de::DeTable;

use super::{Parser, Span, quoted};
use crate::criteria::model::{Criterion, FlagAction, FlagRule, Kind, RedFlag};
use crate::criteria::suggest;

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
    "question",
    "covers",
];

const RULES: [(&str, &str); 6] = [
    ("below_mean", "below_mean"),
    ("below_median", "below_median"),
    ("vague_text", "vague_text"),
    ("missing", "missing"),
    ("older_than", "older_than"),
    ("above", "above"),
];

/// What the below rules may compare besides a criterion: the offer's monthly cost.
const MONTHLY_COST: &str = "monthly_cost";

const NUMERIC: &[Kind] = &[
    Kind::Number,
    Kind::Money,
    Kind::Percent,
    Kind::Duration,
    Kind::Year,
    Kind::RiskCost,
];

/// The criteria a red flag may name.
pub(super) struct Defined<'a> {
    /// The criteria read without a mistake.
    pub(super) criteria: &'a [Criterion],
    /// Ids of criteria written but refused for a mistake of their own: naming one is no
    /// further mistake, and its kind is unknown.
    pub(super) broken: &'a [String],
}

/// What an id names.
enum Named<'a> {
    Criterion(&'a Criterion),
    Broken,
    Undefined,
}

impl Defined<'_> {
    fn lookup(&self, id: &str) -> Named<'_> {
        match self.criteria.iter().find(|c| c.id == id) {
            Some(c) => Named::Criterion(c),
            None if self.broken.iter().any(|b| b == id) => Named::Broken,
            None => Named::Undefined,
        }
    }

    /// Every id that is written, for did-you-mean.
    fn ids(&self) -> impl Iterator<Item = &str> {
        let accepted = self.criteria.iter().map(|c| c.id.as_str());
        accepted.chain(self.broken.iter().map(String::as_str))
    }
}

/// The red flag being read: its table, where it starts, its id and its rule's name.
struct Flag<'a, 't> {
    t: &'a DeTable<'t>,
    span: Span,
    id: String,
    rule: &'static str,
}

impl Parser<'_> {
    /// A red flag and the span of its id, or `None` when anything in it is wrong (reported).
    pub(super) fn red_flag(
        &mut self,
        t: &DeTable<'_>,
        span: Span,
        criteria: &Defined<'_>,
    ) -> Option<(RedFlag, Span)> {
        self.check_keys(
            t,
            FLAG_KEYS,
            Msg::new("toml-section").with("name", "[[red_flag]]"),
        );
        let before = self.diags.len();
        let (id, id_span) = match self.string(t, "id") {
            Some(x) => x,
            None => {
                if t.get("id").is_none() {
                    self.err(span.clone(), Msg::new("toml-red-flag-is-missing-the"));
                }
                (String::new(), span.clone())
            }
        };
        let rule = self.rule_name(t, &span, &id)?;
        let f = Flag { t, span, id, rule };
        let rule = match f.rule {
            "below_mean" => FlagRule::BelowMean {
                criterion: self.flag_criterion(
                    &f,
                    criteria,
                    NUMERIC,
                    "toml-a-number-like-criterion",
                ),
                ratio: self.ratio(t),
            },
            "below_median" => FlagRule::BelowMedian {
                criterion: self.flag_criterion(
                    &f,
                    criteria,
                    NUMERIC,
                    "toml-a-number-like-criterion",
                ),
                ratio: self.ratio(t),
            },
            "vague_text" => self.vague_text(&f, criteria),
            "missing" => self.missing_rule(&f, criteria),
            "older_than" => self.older_than(&f, criteria),
            _ => self.above(&f, criteria),
        };
        let action = self.action(t);
        let (message, message_pl) = self.texts(t, "message").map_or_else(
            || {
                let m = default_flag_message(&rule);
                (m.in_lang(Lang::En), Some(m.in_lang(Lang::Pl)))
            },
            |(en, pl, _)| (en, pl),
        );
        let question = self.texts(t, "question").map(|(en, pl, _)| (en, pl));
        let covers = self.covers(&f.id, t, criteria);
        if self.diags.len() > before {
            return None;
        }
        let flag = RedFlag {
            id: f.id,
            rule,
            action,
            message,
            message_pl,
            question,
            covers,
        };
        Some((flag, id_span))
    }

    /// The rule's name; `None` (reported) when it is missing or unknown.
    fn rule_name(&mut self, t: &DeTable<'_>, span: &Span, id: &str) -> Option<&'static str> {
        match self.keyword(t, "rule", &RULES) {
            Some((r, _)) => Some(r),
            None => {
                if t.get("rule").is_none() {
                    self.err(
                        span.clone(),
                        Msg::new("toml-red-flag-is-missing-rule")
                            .with("id", (id).to_string())
                            .with("a0", (quoted(&RULES.map(|r| r.0))).to_string()),
                    );
                }
                None
            }
        }
    }

    /// The `criterion` the rule tests: defined, and of one of `kinds` (any when empty).
    fn flag_criterion(
        &mut self,
        f: &Flag<'_, '_>,
        criteria: &Defined<'_>,
        kinds: &[Kind],
        what: &'static str,
    ) -> String {
        let Some((c, s)) = self.string(f.t, "criterion") else {
            if f.t.get("criterion").is_none() {
                self.err(
                    f.span.clone(),
                    Msg::new("toml-rule-needs-criterion").with("rule", f.rule),
                );
            }
            return String::new();
        };
        // The monthly cost (fee plus the hours beyond the pool) is computed for every offer:
        // the below rules may compare it without a criterion of that id.
        if c == MONTHLY_COST
            && matches!(f.rule, "below_mean" | "below_median")
            && matches!(criteria.lookup(&c), Named::Undefined)
        {
            return c;
        }
        match criteria.lookup(&c) {
            Named::Undefined => {
                let hint = suggest(&c, criteria.ids())
                    .map(|x| format!(" (did you mean \"{x}\"?)"))
                    .unwrap_or_default();
                self.err(
                    s,
                    Msg::new("toml-red-flag-names-criterion-which")
                        .with("a0", (f.id).to_string())
                        .with("c", (c).to_string())
                        .with("hint", (hint).to_string()),
                );
            }
            Named::Criterion(x) if !kinds.is_empty() && !kinds.contains(&x.kind) => {
                self.err(
                    s,
                    Msg::new("toml-rule-needs-but-is-of")
                        .with("a0", (f.rule).to_string())
                        .msg("what", Msg::new(what))
                        .with("c", (c).to_string())
                        .with("a1", (x.kind.key()).to_string()),
                );
            }
            Named::Criterion(_) | Named::Broken => {}
        }
        c
    }

    fn ratio(&mut self, t: &DeTable<'_>) -> f64 {
        match self.number(t, "ratio") {
            Some((n, s)) if n.float <= 0.0 || n.float > 1.0 => {
                self.err(
                    s,
                    Msg::new("toml-ratio-must-be-above-and").with("a0", (n.exact).to_string()),
                );
                0.7
            }
            Some((n, _)) => n.float,
            None => 0.7,
        }
    }

    fn vague_text(&mut self, f: &Flag<'_, '_>, criteria: &Defined<'_>) -> FlagRule {
        let criterion = self.flag_criterion(
            f,
            criteria,
            &[Kind::Text, Kind::Choice],
            "toml-a-text-criterion",
        );
        let errors_before = self.diags.len();
        let patterns = self
            .strings(f.t, "patterns")
            .map(|(p, _)| p)
            .unwrap_or_default();
        let min_items = match self.number(f.t, "min_items") {
            Some((n, s)) if n.float < 0.0 || n.float.fract() != 0.0 => {
                self.err(s, Msg::new("toml-min-items-must-be-a"));
                0
            }
            Some((n, _)) => n.float as usize,
            None => 0,
        };
        // Needed only when neither was written wrong (that is reported already).
        if patterns.is_empty() && min_items == 0 && self.diags.len() == errors_before {
            self.err(
                f.span.clone(),
                Msg::new("toml-red-flag-vague-text-needs").with("a0", (f.id).to_string()),
            );
        }
        FlagRule::VagueText {
            criterion,
            patterns,
            min_items,
        }
    }

    /// `missing`: a list of `criteria`, or a single `criterion`.
    fn missing_rule(&mut self, f: &Flag<'_, '_>, criteria: &Defined<'_>) -> FlagRule {
        let list = match self.strings(f.t, "criteria") {
            Some((list, s)) => {
                for c in &list {
                    if let Named::Undefined = criteria.lookup(c) {
                        self.err(
                            s.clone(),
                            Msg::new("toml-red-flag-names-criterion-which-2")
                                .with("a0", (f.id).to_string())
                                .with("c", (c).to_string()),
                        );
                    }
                }
                if list.is_empty() {
                    self.err(s, Msg::new("toml-criteria-is-empty-name-the"));
                }
                list
            }
            None if f.t.get("criteria").is_some() => Vec::new(),
            None => vec![self.flag_criterion(f, criteria, &[], "toml-any-criterion")],
        };
        FlagRule::Missing { criteria: list }
    }

    /// `covers`: the criteria whose questions the flag's question takes in (the SLA matrix
    /// asks every P1–P4 time at once); each must be a criterion.
    fn covers(&mut self, id: &str, t: &DeTable<'_>, criteria: &Defined<'_>) -> Vec<String> {
        let Some((list, s)) = self.strings(t, "covers") else {
            return Vec::new();
        };
        for c in &list {
            if let Named::Undefined = criteria.lookup(c) {
                self.err(
                    s.clone(),
                    Msg::new("toml-red-flag-names-criterion-which-2")
                        .with("a0", id.to_string())
                        .with("c", c.to_string()),
                );
            }
        }
        list
    }

    fn older_than(&mut self, f: &Flag<'_, '_>, criteria: &Defined<'_>) -> FlagRule {
        let criterion = self.flag_criterion(f, criteria, &[Kind::Year], "toml-a-year-criterion");
        let years = match self.number(f.t, "years") {
            Some((n, s)) if n.float < 0.0 || n.float.fract() != 0.0 => {
                self.err(s, Msg::new("toml-years-must-be-a-whole"));
                5
            }
            Some((n, _)) => n.float as i32,
            None if f.t.get("years").is_some() => 5,
            None => {
                self.err(
                    f.span.clone(),
                    Msg::new("toml-older-than-needs-years").with("id", &f.id),
                );
                5
            }
        };
        let as_of = match self.number(f.t, "as_of") {
            Some((n, s)) if !(1900.0..=2100.0).contains(&n.float) || n.float.fract() != 0.0 => {
                self.err(s, Msg::new("toml-as-of-must-be-a"));
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

    fn above(&mut self, f: &Flag<'_, '_>, criteria: &Defined<'_>) -> FlagRule {
        let criterion = self.flag_criterion(f, criteria, NUMERIC, "toml-a-number-like-criterion");
        let threshold = match self.number(f.t, "threshold") {
            Some((n, _)) => n.float,
            None if f.t.get("threshold").is_some() => 0.0,
            None => {
                self.err(
                    f.span.clone(),
                    Msg::new("toml-above-needs-threshold").with("id", &f.id),
                );
                0.0
            }
        };
        FlagRule::Above {
            criterion,
            threshold,
        }
    }

    /// Points off (`penalty`) or `action = "disqualify"`; neither means the flag is only shown.
    fn action(&mut self, t: &DeTable<'_>) -> FlagAction {
        match (self.number(t, "penalty"), t.get("action")) {
            (Some((_, s)), Some(_)) => {
                self.err(s, Msg::new("toml-give-either-penalty-or-action"));
                FlagAction::Penalty(0.0)
            }
            (Some((n, s)), None) => {
                if !(0.0..=100.0).contains(&n.float) {
                    self.err(
                        s,
                        Msg::new("toml-penalty-is-points-off-the")
                            .with("a0", (n.exact).to_string()),
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
        }
    }
}

/// The message of a flag that does not write its own.
fn default_flag_message(rule: &FlagRule) -> Msg {
    match rule {
        FlagRule::BelowMean { criterion, ratio } => Msg::new("toml-is-or-more-below-the")
            .with("criterion", (criterion).to_string())
            .with("a0", ((1.0 - ratio) * 100.0).to_string()),
        FlagRule::BelowMedian { criterion, ratio } => Msg::new("toml-is-or-more-below-the-2")
            .with("criterion", (criterion).to_string())
            .with("a0", ((1.0 - ratio) * 100.0).to_string()),
        FlagRule::VagueText { criterion, .. } => {
            Msg::new("toml-is-vague-ask-for-a").with("criterion", (criterion).to_string())
        }
        FlagRule::Missing { criteria } => {
            Msg::new("toml-no-answer-for").with("a0", (criteria.join(", ")).to_string())
        }
        FlagRule::OlderThan {
            criterion, years, ..
        } => Msg::new("toml-is-more-than-years-old")
            .with("criterion", (criterion).to_string())
            .with("years", (years).to_string()),
        FlagRule::Above {
            criterion,
            threshold,
        } => Msg::new("toml-is-above")
            .with("criterion", (criterion).to_string())
            .with("threshold", (threshold).to_string()),
    }
}
