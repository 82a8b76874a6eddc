//! One `[[criterion]]` table: its identity, kind and unit, direction, weight, scoring rule,
//! columns, blank-answer rule, choices, and its knock-out `require`.

use crate::i18n::Msg;
use rust_decimal::Decimal;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{Num, Parser, Span, quoted, to_num};
use crate::criteria::TimeUnit;
use crate::criteria::model::{
    Better, Criterion, GROUPS, KINDS, Kind, Missing, RatingRule, Require, Scoring,
};
use crate::criteria::model::{PERIOD_KEYS, Period};
use crate::criteria::suggest;

const CRITERION_KEYS: &[&str] = &[
    "id",
    "label",
    "group",
    "kind",
    "unit",
    "per",
    "better",
    "weight",
    "scoring",
    "best",
    "worst",
    "columns",
    "missing",
    "require",
    "choices",
    "choice_aliases",
    "prevents",
    "applies_to",
    "read_as",
    "description",
    "question",
    "question_pl",
    "scale",
    "aggregate",
    "disagreement",
    "labels",
];

/// The kind; `None` when `kind` is written but names no kind (reported). Whether another key
/// fits the kind is then not checked: what would fit is unknown.
type KindKw = Option<Kind>;
/// A `better` keyword as written, with where it was written.
type BetterKw = Option<(Better, Span)>;
/// A number key as written, with where it was written.
type NumKey = Option<(Num, Span)>;

/// A `choices` table as read.
#[derive(Default)]
struct Choices {
    /// Answer -> score, for the answers whose score is usable.
    scored: Vec<(String, f64)>,
    /// Every answer written, when `choices` is a table.
    written: Option<Vec<String>>,
}

impl Parser<'_> {
    /// A criterion and the span of its id, or `None` when anything in it is wrong (reported).
    pub(super) fn criterion(
        &mut self,
        t: &DeTable<'_>,
        span: Span,
        currency: &str,
    ) -> Option<(Criterion, Span)> {
        self.check_keys(
            t,
            CRITERION_KEYS,
            Msg::new("toml-section").with("name", "[[criterion]]"),
        );
        let errors_before = self.diags.len();
        let (id, id_span) = self.criterion_id(t, &span);
        let (label, label_pl) = self
            .texts(t, "label")
            .map_or_else(|| (id.clone(), None), |(en, pl, _)| (en, pl));
        let _ = self.texts(t, "description");
        let question = self.question_text(t, "question");
        let question_pl = self.question_text(t, "question_pl");
        let group = self.group(t);
        let kind = self.kind(t);
        let (time_unit, unit) = self.unit(t, kind, currency);
        let per = self.per(t, kind);
        let better_kw = self.better(t, kind);
        let mut better = better_kw.as_ref().map_or(default_better(kind), |(b, _)| *b);
        let weight = self.weight(t);
        let rating = self.rating_rule(t, kind);
        let rating_labels = self.rating_labels(t, kind, rating.as_ref());
        let mut scoring = self.scoring(t, &span, kind, &better_kw, &mut better);
        // A rating is scored on its scale unless the file says otherwise.
        if let Some(rule) = &rating
            && ["scoring", "best", "worst"]
                .iter()
                .all(|k| t.get(*k).is_none())
        {
            scoring = Scoring::Linear {
                best: rule.scale.1,
                worst: rule.scale.0,
            };
        }
        let columns = self.columns(t, &span, kind);
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
        let choices = self.choices(t, &span, &id, kind);
        let choice_aliases = self.choice_aliases(t, choices.written.as_deref());
        let prevents = self.prevents(t, kind);
        let applies_to = self.applies_to(t, kind);
        let read_as = self.read_as(t, kind);
        let require = t
            .get("require")
            .and_then(|v| self.require(v, kind, choices.written.as_deref()));

        if self.diags.len() > errors_before {
            return None;
        }
        let line = self.line_of(&span);
        let criterion = Criterion {
            id,
            label,
            label_pl,
            group,
            kind: kind.unwrap_or(Kind::Number),
            time_unit,
            unit,
            per,
            better,
            weight,
            scoring,
            columns,
            missing,
            require,
            choices: choices.scored,
            choice_aliases,
            prevents,
            applies_to,
            read_as,
            question,
            question_pl,
            rating,
            rating_labels,
            line,
        };
        Some((criterion, id_span))
    }

    /// The id and where it is written (the table's span when it is missing).
    fn criterion_id(&mut self, t: &DeTable<'_>, span: &Span) -> (String, Span) {
        match self.string(t, "id") {
            Some((id, s)) => {
                if id.is_empty()
                    || !id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                {
                    self.err(
                        s.clone(),
                        Msg::new("toml-criterion-id-must-use-only").with("id", (id).to_string()),
                    );
                }
                (id, s)
            }
            None => {
                if t.get("id").is_none() {
                    self.err(
                        span.clone(),
                        Msg::new("toml-criterion-is-missing-the-required"),
                    );
                }
                (String::new(), span.clone())
            }
        }
    }

    /// A questionnaire question, trimmed; blank counts as none.
    fn question_text(&mut self, t: &DeTable<'_>, key: &str) -> Option<String> {
        self.string(t, key)
            .map(|(q, _)| q.trim().to_string())
            .filter(|q| !q.is_empty())
    }

    fn group(&mut self, t: &DeTable<'_>) -> String {
        match self.string(t, "group") {
            Some((g, s)) => {
                if !GROUPS.contains(&g.as_str()) {
                    let hint = suggest(&g, GROUPS.iter().copied())
                        .map(|x| format!(" (did you mean \"{x}\"?)"))
                        .unwrap_or_default();
                    self.err(
                        s,
                        Msg::new("toml-group-must-be-one-of")
                            .with("a0", (quoted(GROUPS)).to_string())
                            .with("g", (g).to_string())
                            .with("hint", (hint).to_string()),
                    );
                }
                g
            }
            None => "other".to_string(),
        }
    }

    /// The kind, "number" when not written.
    fn kind(&mut self, t: &DeTable<'_>) -> KindKw {
        match self.keyword(t, "kind", KINDS) {
            Some((k, _)) => Some(k),
            None if t.get("kind").is_some() => None,
            None => Some(Kind::Number),
        }
    }

    /// The unit: durations convert to it; numbers show it; other kinds have a fixed unit.
    fn unit(
        &mut self,
        t: &DeTable<'_>,
        kind: KindKw,
        currency: &str,
    ) -> (Option<TimeUnit>, Option<String>) {
        let Some(kind) = kind else {
            return (None, self.string(t, "unit").map(|(u, _)| u));
        };
        let mut time_unit = None;
        let mut unit = match kind {
            Kind::Money | Kind::RiskCost => Some(currency.to_string()),
            Kind::Percent => Some("%".to_string()),
            Kind::Duration => Some("min".to_string()),
            Kind::Window => Some("h".to_string()),
            _ => None,
        };
        match kind {
            Kind::Duration => time_unit = Some(TimeUnit::Minute),
            Kind::Window => time_unit = Some(TimeUnit::Hour),
            _ => {}
        }
        if let Some((u, s)) = self.string(t, "unit") {
            match kind {
                Kind::Duration => match TimeUnit::from_key(&u) {
                    Some(tu) => {
                        time_unit = Some(tu);
                        unit = Some(tu.key().to_string());
                    }
                    None => self.err(
                        s,
                        Msg::new("toml-unknown-duration-unit-expected-min")
                            .with("u", (u).to_string()),
                    ),
                },
                Kind::Number => unit = Some(u),
                Kind::Percent if u == "%" => {}
                Kind::Window if u == "h" => {}
                _ => self.err(
                    s,
                    Msg::new("toml-unit-does-not-apply-to").with("a0", (kind.key()).to_string()),
                ),
            }
        }
        (time_unit, unit)
    }

    /// `per`: what money and number answers are per; written only on those kinds.
    fn per(&mut self, t: &DeTable<'_>, kind: KindKw) -> Option<Period> {
        let (per, span) = self.keyword(t, "per", PERIOD_KEYS)?;
        if let Some(kind) = kind
            && !matches!(kind, Kind::Money | Kind::Number)
        {
            self.err(
                span,
                Msg::new("toml-per-applies-to-money-and").with("a0", (kind.key()).to_string()),
            );
        }
        Some(per)
    }

    /// `prevents`: a share from 0 to 1, on yes/no and choice criteria.
    fn prevents(&mut self, t: &DeTable<'_>, kind: KindKw) -> Option<f64> {
        let (n, span) = self.number(t, "prevents")?;
        if !(0.0..=1.0).contains(&n.float) {
            self.err(
                span.clone(),
                Msg::new("toml-prevents-is-the-share-of").with("a0", (n.exact).to_string()),
            );
        }
        if let Some(kind) = kind
            && !matches!(kind, Kind::Bool | Kind::Choice)
        {
            self.err(
                span,
                Msg::new("toml-prevents-applies-to-bool-and").with("a0", (kind.key()).to_string()),
            );
        }
        Some(n.float)
    }

    /// `applies_to`: the ids of the duration criteria a window criterion's window applies to
    /// (checked against the file's criteria once all are read).
    fn applies_to(&mut self, t: &DeTable<'_>, kind: KindKw) -> Vec<String> {
        let Some((ids, span)) = self.strings(t, "applies_to") else {
            return Vec::new();
        };
        if let Some(kind) = kind
            && kind != Kind::Window
        {
            self.err(
                span,
                Msg::new("toml-applies-to-applies-to-window").with("a0", (kind.key()).to_string()),
            );
            return Vec::new();
        }
        ids
    }

    /// `read_as`: a table of phrase -> number of zero or more (in the criterion's unit), on
    /// number, percent and duration criteria.
    fn read_as(&mut self, t: &DeTable<'_>, kind: KindKw) -> Vec<(String, Decimal)> {
        let Some(v) = t.get("read_as") else {
            return Vec::new();
        };
        let DeValue::Table(table) = v.get_ref() else {
            self.type_err("read_as", v, Msg::new("toml-a-table-of-phrase-number"));
            return Vec::new();
        };
        if let Some(kind) = kind
            && !matches!(kind, Kind::Number | Kind::Duration | Kind::Percent)
        {
            self.err(
                v.span(),
                Msg::new("toml-read-as-applies-to-number").with("a0", (kind.key()).to_string()),
            );
            return Vec::new();
        }
        let mut out = Vec::new();
        for (phrase, value) in table {
            let phrase = phrase.get_ref().trim().to_string();
            match to_num(value.get_ref()) {
                Some(n) if !phrase.is_empty() && n.exact >= Decimal::ZERO => {
                    out.push((phrase, n.exact));
                }
                Some(n) => self.err(
                    value.span(),
                    Msg::new("toml-read-as-a-phrase-stands")
                        .with("phrase", (phrase).to_string())
                        .with("a0", (n.exact).to_string()),
                ),
                None => self.type_err(&phrase, value, Msg::new("toml-a-number-of-zero-or")),
            }
        }
        out
    }

    /// `better` as written; it applies to number-like kinds only.
    fn better(&mut self, t: &DeTable<'_>, kind: KindKw) -> BetterKw {
        let better_kw = self.keyword(
            t,
            "better",
            &[("higher", Better::Higher), ("lower", Better::Lower)],
        );
        if let Some((_, s)) = &better_kw
            && let Some(kind) = kind
            && !kind.is_numeric()
        {
            self.err(
                s.clone(),
                Msg::new("toml-better-applies-to-number-like").with("a0", (kind.key()).to_string()),
            );
        }
        better_kw
    }

    fn weight(&mut self, t: &DeTable<'_>) -> f64 {
        match self.number(t, "weight") {
            Some((n, s)) => {
                if n.float < 0.0 {
                    self.err(
                        s,
                        Msg::new("toml-weight-must-be-or-more").with("a0", (n.exact).to_string()),
                    );
                    0.0
                } else {
                    n.float
                }
            }
            None => 1.0,
        }
    }

    /// The scoring rule; linear scoring may set `better` from its `best` and `worst`.
    fn scoring(
        &mut self,
        t: &DeTable<'_>,
        span: &Span,
        kind: KindKw,
        better_kw: &BetterKw,
        better: &mut Better,
    ) -> Scoring {
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
        // A `best` or `worst` written wrong (reported) still shows which scoring was meant.
        let unwritten: Vec<&str> = ["best", "worst"]
            .into_iter()
            .filter(|key| t.get(*key).is_none())
            .collect();
        let wants_linear =
            scoring_name == Some("linear") || (scoring_name.is_none() && unwritten.is_empty());
        if scoring_kw.is_some()
            && let Some(kind) = kind
            && !kind.is_numeric()
        {
            self.err(
                scoring_span,
                Msg::new("toml-scoring-applies-to-number-like")
                    .with("a0", (kind.key()).to_string()),
            );
            Scoring::MinMax
        } else if wants_linear {
            let (Some(best), Some(worst)) = (best, worst) else {
                self.linear_needs(&unwritten, scoring_span);
                return Scoring::MinMax;
            };
            self.linear(best, worst, better_kw, better)
        } else {
            self.not_linear(&best, &worst, scoring_name)
        }
    }

    /// Reports the `best` and `worst` linear scoring lacks, unless they are only written wrong.
    fn linear_needs(&mut self, unwritten: &[&str], scoring_span: Span) {
        if unwritten.is_empty() {
            return;
        }
        let keys: Vec<String> = unwritten.iter().map(|k| format!("`{k}`")).collect();
        self.err(
            scoring_span,
            Msg::new("toml-linear-scoring-needs-the-values")
                .with("a0", (keys.join(" and ")).to_string()),
        );
    }

    /// Linear scoring from `best` and `worst`, which must differ; they imply `better`.
    fn linear(
        &mut self,
        (b, bs): (Num, Span),
        (w, _): (Num, Span),
        better_kw: &BetterKw,
        better: &mut Better,
    ) -> Scoring {
        if b.float == w.float {
            self.err(
                bs,
                Msg::new("toml-best-and-worst-must-differ").with("a0", (b.exact).to_string()),
            );
        } else {
            let implied = if b.float > w.float {
                Better::Higher
            } else {
                Better::Lower
            };
            if let Some((declared, ds)) = better_kw
                && *declared != implied
            {
                self.err(
                    ds.clone(),
                    Msg::new("toml-better-contradicts-best-and-worst")
                        .with("a0", (declared.key()).to_string())
                        .with("a1", (b.exact).to_string())
                        .with("a2", (w.exact).to_string())
                        .with("a3", (implied.key()).to_string()),
                );
            }
            *better = implied;
        }
        Scoring::Linear {
            best: b.float,
            worst: w.float,
        }
    }

    /// Min-max or ratio scoring, which take no `best` or `worst`.
    fn not_linear(&mut self, best: &NumKey, worst: &NumKey, scoring_name: Option<&str>) -> Scoring {
        for (key, v) in [("best", best), ("worst", worst)] {
            if let Some((_, s)) = v {
                let why = match scoring_name {
                    Some(name) => Msg::new("toml-is-only-used-by-linear")
                        .with("key", (key).to_string())
                        .with("name", (name).to_string()),
                    None => Msg::new("toml-best-and-worst-together"),
                };
                self.err(s.clone(), why);
            }
        }
        if scoring_name == Some("ratio") {
            Scoring::Ratio
        } else {
            Scoring::MinMax
        }
    }

    /// Header aliases; a computed risk_cost criterion takes none.
    fn columns(&mut self, t: &DeTable<'_>, span: &Span, kind: KindKw) -> Vec<String> {
        let columns = self
            .strings(t, "columns")
            .map(|(c, _)| c)
            .unwrap_or_default();
        if kind == Some(Kind::RiskCost) && t.get("columns").is_some() {
            self.err(
                t.get("columns").map_or(span.clone(), |v| v.span()),
                Msg::new("toml-a-risk-cost-criterion-is"),
            );
        }
        if kind == Some(Kind::Rating) && t.get("columns").is_some() {
            self.err(
                t.get("columns").map_or(span.clone(), |v| v.span()),
                Msg::new("toml-a-rating-criterion-has-no-columns"),
            );
        }
        columns
    }

    /// `labels`: what points of a rating's scale mean, each a text or `{ pl = "…", en = "…" }`.
    fn rating_labels(
        &mut self,
        t: &DeTable<'_>,
        kind: KindKw,
        rule: Option<&RatingRule>,
    ) -> Vec<(f64, String, Option<String>)> {
        let Some(v) = t.get("labels") else {
            return Vec::new();
        };
        let Some(rule) = rule else {
            // An unknown kind is reported already: what would fit it is unknown.
            if kind.is_some() {
                self.err(v.span(), Msg::new("toml-labels-are-for-ratings"));
            }
            return Vec::new();
        };
        let DeValue::Table(table) = v.get_ref() else {
            self.type_err("labels", v, Msg::new("toml-labels-a-table"));
            return Vec::new();
        };
        let (lo, hi) = rule.scale;
        let mut out = Vec::new();
        for (k, _) in table.iter() {
            let key = k.get_ref().to_string();
            match key.trim().replace(',', ".").parse::<f64>() {
                Ok(point) if (lo..=hi).contains(&point) => {
                    if let Some((en, pl, _)) = self.texts(table, &key) {
                        out.push((point, en, pl));
                    }
                }
                _ => self.err(
                    k.span(),
                    Msg::new("toml-label-point-outside-scale")
                        .with("key", key.clone())
                        .with("low", crate::numbers::brief(lo))
                        .with("high", crate::numbers::brief(hi)),
                ),
            }
        }
        out.sort_by(|a, b| a.0.total_cmp(&b.0));
        out
    }

    /// `scale`, `aggregate` and `disagreement`: for (and only for) kind "rating", which gets
    /// the defaults ([1, 5], the median, 2 points) for what it does not write.
    fn rating_rule(&mut self, t: &DeTable<'_>, kind: KindKw) -> Option<RatingRule> {
        let is_rating = kind == Some(Kind::Rating);
        if let Some(kind) = kind.filter(|_| !is_rating) {
            for key in ["scale", "aggregate", "disagreement"] {
                if let Some(v) = t.get(key) {
                    self.err(
                        v.span(),
                        Msg::new("toml-applies-to-rating-criteria")
                            .with("key", key.to_string())
                            .with("a0", kind.key().to_string()),
                    );
                }
            }
        }
        let mut rule = RatingRule::default();
        if let Some(v) = t.get("scale") {
            let points: Option<Vec<f64>> = match v.get_ref() {
                DeValue::Array(items) => items
                    .iter()
                    .map(|i| to_num(i.get_ref()).map(|n| n.float))
                    .collect(),
                _ => None,
            };
            match points.as_deref() {
                Some(&[lo, hi]) if lo < hi => rule.scale = (lo, hi),
                _ => self.err(v.span(), Msg::new("toml-scale-is-two-points")),
            }
        }
        if let Some((how, span)) = self.keyword(t, "aggregate", &crate::criteria::Aggregate::KEYS) {
            rule.aggregate = how;
            // A geometric mean of points at or below 0 means nothing: one 0 would wipe out
            // every other rating.
            if how == crate::criteria::Aggregate::Geometric && rule.scale.0 <= 0.0 {
                self.err(
                    span,
                    Msg::new("toml-geometric-needs-positive-scale")
                        .with("low", crate::numbers::brief(rule.scale.0)),
                );
            }
        }
        if let Some((n, span)) = self.number(t, "disagreement") {
            if n.float > 0.0 {
                rule.disagreement = n.float;
            } else {
                self.err(span, Msg::new("toml-disagreement-is-points"));
            }
        }
        is_rating.then_some(rule)
    }

    /// Choice answer -> score, required for (and only for) kind "choice".
    fn choices(&mut self, t: &DeTable<'_>, span: &Span, id: &str, kind: KindKw) -> Choices {
        let Some(v) = t.get("choices") else {
            if kind == Some(Kind::Choice) {
                self.err(
                    span.clone(),
                    Msg::new("toml-criterion-is-of-kind-choice").with("id", (id).to_string()),
                );
            }
            return Choices::default();
        };
        let DeValue::Table(ct) = v.get_ref() else {
            self.type_err("choices", v, Msg::new("toml-a-table-of-answer-score"));
            return Choices::default();
        };
        if let Some(kind) = kind
            && kind != Kind::Choice
        {
            self.err(
                v.span(),
                Msg::new("toml-choices-applies-to-kind-choice")
                    .with("a0", (kind.key()).to_string()),
            );
        }
        let mut scored = Vec::new();
        for (k, cv) in ct.iter() {
            match to_num(cv.get_ref()) {
                Some(n) if (0.0..=1.0).contains(&n.float) => {
                    scored.push((k.get_ref().to_string(), n.float))
                }
                Some(n) => self.err(
                    cv.span(),
                    Msg::new("toml-choice-scores-a-choice-score")
                        .with("a0", (k.get_ref()).to_string())
                        .with("a1", (n.exact).to_string()),
                ),
                None => self.type_err(k.get_ref(), cv, Msg::new("toml-a-number-between-and")),
            }
        }
        if scored.is_empty() && ct.is_empty() {
            self.err(v.span(), Msg::new("toml-choices-is-empty-list-the"));
        }
        let written = ct.iter().map(|(k, _)| k.get_ref().to_string()).collect();
        Choices {
            scored,
            written: Some(written),
        }
    }

    /// `choice_aliases = { continuous = ["w trybie ciągłym", "na bieżąco"] }`: each key one
    /// of the criterion's `choices`, each value a list of phrases.
    fn choice_aliases(
        &mut self,
        t: &DeTable<'_>,
        choices: Option<&[String]>,
    ) -> Vec<(String, Vec<String>)> {
        let mut out = Vec::new();
        let Some(v) = t.get("choice_aliases") else {
            return out;
        };
        let DeValue::Table(at) = v.get_ref() else {
            self.type_err(
                "choice_aliases",
                v,
                Msg::new("toml-a-table-of-choice-phrases"),
            );
            return out;
        };
        let Some(choices) = choices else {
            self.err(v.span(), Msg::new("toml-choice-aliases-needs-a-choices"));
            return out;
        };
        for (k, _) in at.iter() {
            let key = k.get_ref().to_string();
            if !choices.contains(&key) {
                let hint = suggest(&key, choices.iter().map(String::as_str))
                    .map(|x| format!(" (did you mean \"{x}\"?)"))
                    .unwrap_or_default();
                self.err(
                    k.span(),
                    Msg::new("toml-choice-aliases-names-which-is")
                        .with("key", (key).to_string())
                        .with("a0", (choices.join(", ")).to_string())
                        .with("hint", (hint).to_string()),
                );
                continue;
            }
            if let Some((phrases, _)) = self.strings(at, &key) {
                out.push((key, phrases));
            }
        }
        out
    }

    /// The knock-out condition: `true` for bool criteria, or a table of min/max/one_of.
    /// `choices` are the answers written for a choice criterion, if readable.
    fn require(
        &mut self,
        v: &Spanned<DeValue<'_>>,
        kind: KindKw,
        choices: Option<&[String]>,
    ) -> Option<Require> {
        match v.get_ref() {
            DeValue::Boolean(b) => self.require_true(v, *b, kind),
            DeValue::Table(t) => self.require_table(v, t, kind, choices),
            _ => {
                self.type_err(
                    "require",
                    v,
                    Msg::new("toml-a-table-or-true").with("a0", (require_hint(kind)).to_string()),
                );
                None
            }
        }
    }

    fn require_true(&mut self, v: &Spanned<DeValue<'_>>, b: bool, kind: KindKw) -> Option<Require> {
        if let Some(kind) = kind
            && kind != Kind::Bool
        {
            self.err(
                v.span(),
                Msg::new("toml-require-fits-only-bool-criteria")
                    .with("b", (b).to_string())
                    .with("a0", (kind.key()).to_string())
                    .with("a1", (require_hint(Some(kind))).to_string()),
            );
            return None;
        }
        if !b {
            self.err(
                v.span(),
                Msg::new("toml-require-false-demands-nothing-remove"),
            );
            return None;
        }
        Some(Require {
            must_be_true: true,
            ..Require::default()
        })
    }

    fn require_table(
        &mut self,
        v: &Spanned<DeValue<'_>>,
        t: &DeTable<'_>,
        kind: KindKw,
        choices: Option<&[String]>,
    ) -> Option<Require> {
        self.check_keys(
            t,
            &["min", "max", "one_of"],
            Msg::new("toml-section").with("name", "`require`"),
        );
        let mut r = Require::default();
        let min = self.number(t, "min");
        let max = self.number(t, "max");
        if (min.is_some() || max.is_some())
            && let Some(kind) = kind
            && !kind.is_numeric()
        {
            self.err(
                v.span(),
                Msg::new("toml-require-min-max-fits-number")
                    .with("a0", (kind.key()).to_string())
                    .with("a1", (require_hint(Some(kind))).to_string()),
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
                Msg::new("toml-require-min-is-above-max")
                    .with("lo", (lo).to_string())
                    .with("hi", (hi).to_string()),
            );
        }
        if let Some((items, s)) = self.strings(t, "one_of") {
            r.one_of = self.require_one_of(v, items, s, kind, choices)?;
        }
        if !["min", "max", "one_of"].iter().any(|k| t.get(*k).is_some()) {
            self.err(
                v.span(),
                Msg::new("toml-require-is-empty-use").with("a0", (require_hint(kind)).to_string()),
            );
            return None;
        }
        Some(r)
    }

    /// `one_of`: for choice criteria, answers among the choices; for text, any answers.
    fn require_one_of(
        &mut self,
        v: &Spanned<DeValue<'_>>,
        items: Vec<String>,
        s: Span,
        kind: KindKw,
        choices: Option<&[String]>,
    ) -> Option<Vec<String>> {
        match (kind, choices) {
            (Some(Kind::Choice), Some(choices)) => {
                for item in &items {
                    if !choices.contains(item) {
                        let keys: Vec<&str> = choices.iter().map(String::as_str).collect();
                        self.err(
                            s.clone(),
                            Msg::new("toml-require-one-of-names-which")
                                .with("item", (item).to_string())
                                .with("a0", (quoted(&keys)).to_string()),
                        );
                    }
                }
            }
            // Without a readable `choices` table (reported), the answers are unknown.
            (Some(Kind::Choice), None) | (Some(Kind::Text), _) | (None, _) => {}
            (Some(kind), _) => {
                self.err(
                    s,
                    Msg::new("toml-require-one-of-fits-choice")
                        .with("a0", (kind.key()).to_string())
                        .with("a1", (require_hint(Some(kind))).to_string()),
                );
                return None;
            }
        }
        if items.is_empty() {
            self.err(v.span(), Msg::new("toml-require-one-of-is-empty"));
        }
        Some(items)
    }
}

fn default_better(kind: KindKw) -> Better {
    match kind {
        Some(Kind::Money | Kind::Duration | Kind::Window | Kind::RiskCost) => Better::Lower,
        _ => Better::Higher,
    }
}

fn require_hint(kind: KindKw) -> &'static str {
    match kind {
        Some(Kind::Bool) => "require = true",
        Some(Kind::Choice | Kind::Text) => "require = { one_of = [...] }",
        Some(_) => "require = { min = x } or { max = x }",
        None => "require = true, { min = x }, { max = x } or { one_of = [...] }",
    }
}
