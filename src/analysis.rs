//! One full run of the pure core: raw tables + criteria -> offers, evaluation, scores, ranking.

use crate::calendar::Date;
use crate::criteria::Criteria;
use crate::issue::{Issue, Severity};
use crate::normalize::{Offers, normalize};
use crate::score::rank::{Ranked, name_order, rank};
use crate::score::{Evaluation, evaluate};
use crate::table::RawTable;

/// Everything a view or an export needs about one comparison.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub criteria: Criteria,
    pub offers: Offers,
    pub evaluation: Evaluation,
    pub weights: Vec<f64>,
    pub scores: Vec<f64>,
    pub ranking: Vec<Ranked>,
    /// The day the offers are judged on (the default `as_of` of red flags about age).
    pub evaluated_on: Date,
    /// Each offer's position in vendor-name order, for tie-breaking.
    name_order: Vec<u32>,
    /// Import, normalization and scoring issues, most severe first, in input order.
    pub issues: Vec<Issue>,
}

/// The evaluators' ratings of a comparison, and where they were read from.
#[derive(Debug, Clone, Default)]
pub struct Ratings {
    /// The ratings folder (or file) as the user named it; empty without one.
    pub place: String,
    pub evaluators: Vec<crate::ratings::Evaluator>,
}

impl Analysis {
    /// Normalizes, evaluates and ranks. `issues` are the ones import already found;
    /// `evaluated_on` is the day the offers are judged on (the caller's clock: the core has none).
    pub fn new(
        criteria: Criteria,
        tables: &[RawTable],
        issues: Vec<Issue>,
        evaluated_on: Date,
    ) -> Analysis {
        Self::from_tables(criteria, tables.to_vec(), issues, evaluated_on)
    }

    /// The same, dropping the raw tables as soon as the offers are read from them, which keeps
    /// the peak memory of large files down.
    pub fn from_tables(
        criteria: Criteria,
        tables: Vec<RawTable>,
        issues: Vec<Issue>,
        evaluated_on: Date,
    ) -> Analysis {
        Self::from_tables_rated(criteria, tables, &Ratings::default(), issues, evaluated_on)
    }

    /// The same, the rating criteria's answers taken from the evaluators' ratings files.
    pub fn from_tables_rated(
        criteria: Criteria,
        tables: Vec<RawTable>,
        ratings: &Ratings,
        mut issues: Vec<Issue>,
        evaluated_on: Date,
    ) -> Analysis {
        let (mut offers, found) = normalize(tables, &criteria);
        issues.extend(found);
        if !offers.is_empty() {
            crate::ratings::apply(
                &mut offers,
                &criteria,
                &ratings.evaluators,
                &ratings.place,
                &mut issues,
            );
        }
        Self::evaluated(criteria, offers, issues, evaluated_on)
    }

    /// The same comparison with other offers (the same criteria and day; weights from the
    /// criteria), for "what if" questions.
    pub(crate) fn with_offers(&self, offers: Offers) -> Analysis {
        Self::evaluated(self.criteria.clone(), offers, Vec::new(), self.evaluated_on)
    }

    fn evaluated(
        criteria: Criteria,
        offers: Offers,
        mut issues: Vec<Issue>,
        evaluated_on: Date,
    ) -> Analysis {
        let evaluation = evaluate(&criteria, &offers, evaluated_on);
        issues.extend(evaluation.issues.iter().cloned());
        issues.sort_by_key(|i| i.severity);
        let weights = criteria.weights();
        let vendors: Vec<&str> = offers.offers.iter().map(|o| o.vendor.as_str()).collect();
        let name_order = name_order(&vendors);
        let mut a = Analysis {
            criteria,
            offers,
            evaluation,
            weights,
            scores: Vec::new(),
            ranking: Vec::new(),
            evaluated_on,
            name_order,
            issues,
        };
        a.rerank();
        a
    }

    /// Re-scores and re-ranks after a weight change: numbers only, no parsing.
    pub fn rerank(&mut self) {
        self.scores = self.evaluation.scores(&self.weights);
        self.ranking = rank(
            &self.scores,
            &self.evaluation.disqualified,
            &self.name_order,
        );
    }

    /// The offer first for these weights (ties by vendor name, as the ranking breaks them).
    pub fn leader_with(&self, weights: &[f64]) -> Option<usize> {
        let scores = self.evaluation.scores(weights);
        crate::score::rank::leader(&scores, &self.evaluation.disqualified, &self.name_order)
    }

    /// The ranked offers, best first, for these weights (knocked-out ones left out; ties by
    /// vendor name).
    pub fn order_with(&self, weights: &[f64]) -> Vec<usize> {
        let scores = self.evaluation.scores(weights);
        rank(&scores, &self.evaluation.disqualified, &self.name_order)
            .into_iter()
            .filter(|r| r.rank.is_some())
            .map(|r| r.offer)
            .collect()
    }

    /// Each offer's position in vendor-name order (for breaking ties).
    pub(crate) fn name_order_of(&self) -> Vec<u32> {
        self.name_order.clone()
    }

    /// Number of issues of a severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.issues
            .iter()
            .filter(|i| i.severity == severity)
            .count()
    }
}
