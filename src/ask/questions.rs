//! The questions a buyer puts to vendors, in plain Polish and English, one per criterion.
//!
//! A criterion's own `question_pl` / `question` (criteria file) come first; then the built-in
//! table below, keyed by the criterion ids the built-in profiles use; then a question made from
//! the criterion's label and column aliases. Each language falls back on its own, so a file
//! that writes only `question` still gets the Polish text of a standard id.
//!
//! Also here: which criteria the buyer fills in rather than the vendor (`filled_by_buyer`),
//! and the dropdown entries of a choice criterion (`choice_options`): one per distinct answer,
//! in Polish with the English in parentheses, each read back by the import as that answer.

use crate::criteria::{Criterion, Kind};
use crate::i18n::{Arg, Lang, t, tr};
use crate::normalize::value::{match_choice, read_choice};
use crate::text::normalize_label;

/// Who answers a criterion's question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FilledBy {
    /// The vendor, in the questionnaire.
    Vendor,
    /// The buyer, from their own observation (e.g. how long the vendor took to answer the
    /// inquiry): the questionnaire shows the row but the vendor cannot edit its answer.
    Buyer,
}

/// A built-in question for one standard criterion id; its words are in the catalogue
/// (`form-q-` and the id).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Question {
    pub id: &'static str,
    pub filled_by: FilledBy,
}

impl Question {
    /// The question in `lang`.
    pub(crate) fn text(&self, lang: Lang) -> String {
        t(lang, &format!("form-q-{}", self.id.replace('_', "-")))
    }
}

/// A question the vendor answers.
const fn q(id: &'static str) -> Question {
    Question {
        id,
        filled_by: FilledBy::Vendor,
    }
}

/// A row the buyer fills in.
const fn buyer(id: &'static str) -> Question {
    Question {
        id,
        filled_by: FilledBy::Buyer,
    }
}

/// The questions for the criterion ids of the built-in profiles (`criteria/*.toml`), in the
/// profiles' order. The unit is asked for by the questionnaire's own column, not here.
pub(crate) const QUESTIONS: &[Question] = &[
    // SLA and recovery
    q("p1_response"),
    q("p1_rto"),
    q("rpo"),
    q("p2_response"),
    q("p2_rto"),
    q("p3_response"),
    q("p3_rto"),
    q("p4_response"),
    q("p4_rto"),
    q("weekend_coverage"),
    q("sla_hours"),
    // Security
    q("patching"),
    q("waf"),
    q("recovery_drills"),
    // Scope: monitoring and backups
    q("monitoring_24_7"),
    q("backup_frequency"),
    q("backup_retention"),
    q("restore_tests"),
    q("security_owner"),
    q("cms_updates"),
    q("dev_hours"),
    q("scope"),
    // Performance and KPIs
    q("uptime"),
    q("kpi_uptime"),
    q("kpi_mttr"),
    q("kpi_web_vitals"),
    q("kpi_5xx"),
    // Reporting
    q("monthly_report"),
    q("change_history"),
    q("stats_access"),
    // References
    q("industry_match"),
    q("latest_reference_year"),
    q("case_study_stack"),
    // Communication: the buyer's own observation, not the vendor's answer.
    buyer("inquiry_response_days"),
    // Onboarding
    q("audit_time"),
    q("plan_90_days"),
    q("sla_pilot"),
    // Price
    q("monthly_fee"),
    q("hourly_rate"),
    q("hours_included"),
    // Contract terms
    q("sla_credits"),
    q("contract_term"),
    q("notice_period"),
    q("hours_rollover"),
    q("billing_model"),
    q("price_indexation"),
    q("accounts_owner"),
    q("exit_handover"),
];

/// The built-in question for a criterion id.
pub(crate) fn builtin(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

/// Whether the buyer, not the vendor, fills in this criterion (by its id, whatever the
/// criteria file words its question as).
pub(crate) fn filled_by_buyer(c: &Criterion) -> bool {
    builtin(&c.id).is_some_and(|q| q.filled_by == FilledBy::Buyer)
}

/// The question for a criterion as (Polish, English): the criterion's own `question_pl` /
/// `question`, else the built-in one for its id, else one made from its label and aliases.
pub(crate) fn for_criterion(c: &Criterion) -> (String, String) {
    let builtin = builtin(&c.id);
    let pl = c
        .question_pl
        .clone()
        .or_else(|| builtin.map(|q| q.text(Lang::Pl)))
        .unwrap_or_else(|| derived_pl(c));
    let en = c
        .question
        .clone()
        .or_else(|| builtin.map(|q| q.text(Lang::En)))
        .unwrap_or_else(|| derived_en(c));
    (pl, en)
}

/// The name to use in a made-up Polish question: the first column alias (the profiles write
/// the Polish header first), else the label.
fn polish_name(c: &Criterion) -> &str {
    c.columns
        .iter()
        .map(|s| s.trim())
        .find(|s| !normalize_label(s).is_empty())
        .unwrap_or(c.label.trim())
}

fn derived_pl(c: &Criterion) -> String {
    derived(c, polish_name(c), Lang::Pl)
}

fn derived_en(c: &Criterion) -> String {
    derived(c, c.label.trim(), Lang::En)
}

/// A question made from a criterion's name, by its kind.
fn derived(c: &Criterion, name: &str, lang: Lang) -> String {
    let id = match c.kind {
        Kind::Bool => "form-derived-bool",
        Kind::Choice => "form-derived-choice",
        Kind::Money => "form-derived-money",
        Kind::Year => "form-derived-year",
        Kind::Text => "form-derived-text",
        _ => "form-derived-other",
    };
    tr(lang, id, &[("name", Arg::from(name))])
}

/// The dropdown entry of a common choice: the key it stands for (in `normalize_label` form) and
/// the text shown, Polish with the English in parentheses. The import drops a trailing "(…)"
/// and reads the Polish words as the key itself, a Polish key of the same meaning ("agencja"
/// beside "agency") or a built-in synonym ("co tydzień" is `weekly`); `choice_options` checks
/// that and falls back on the criterion's own keys when an entry would not read back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ChoiceLabel {
    pub key: &'static str,
    pub entry: &'static str,
}

const fn label(key: &'static str, entry: &'static str) -> ChoiceLabel {
    ChoiceLabel { key, entry }
}

/// Entries for the choice keys of the built-in profiles, and common frequencies: written in the
/// dropdowns in both languages and read back as written, so kept here with the keys they stand
/// for rather than in the catalogue.
// not for people: each entry is also what the import reads back, as written
pub(crate) const CHOICE_LABELS: &[ChoiceLabel] = &[
    label("yes", "tak (yes)"),
    label("no", "nie (no)"),
    label("none", "brak (none)"),
    label("p1 only", "tylko P1 (P1 only)"),
    label("within 24h", "w ciągu 24 h (within 24 h)"),
    label("continuous", "na bieżąco (continuous)"),
    label("hourly", "co godzinę (hourly)"),
    label("daily", "codziennie (daily)"),
    label("weekly", "co tydzień (weekly)"),
    label("monthly", "co miesiąc (monthly)"),
    label("quarterly", "co kwartał (quarterly)"),
    label("yearly", "raz w roku (yearly)"),
    label("agency", "agencja (agency)"),
    label("shared", "wspólna (shared)"),
    label("client", "klient (client)"),
    label(
        "ecommerce",
        "e-commerce (sklepy internetowe / online shops)",
    ),
    label("company sites", "strony firmowe (company sites)"),
    label(
        "info sites",
        "portale informacyjne (news and information sites)",
    ),
    label("various", "różne (various)"),
];

/// What a choice key means, as an index into `CHOICE_LABELS`: the key is a label's key, its
/// Polish words, or a built-in synonym of its key ("tak" of `yes`, "codziennie" of `daily`).
fn meaning(key: &str) -> Option<usize> {
    let k = normalize_label(key);
    if k.is_empty() {
        return None;
    }
    CHOICE_LABELS.iter().position(|l| {
        l.key == k || normalize_label(l.entry) == k || match_choice(key, &[l.key]) == Some(0)
    })
}

/// One answer of a choice criterion as offered in the questionnaire.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ChoiceOption {
    /// The dropdown entry.
    pub entry: String,
    /// The indexes of the criterion's `choices` this answer stands for: synonyms, all with the
    /// same score (e.g. `agency` and `agencja`).
    pub keys: Vec<usize>,
}

/// The distinct answers of a choice criterion, in the order of its `choices`, one entry each.
///
/// Keys are synonyms when they score the same, mean the same (`CHOICE_LABELS`: `agency` and
/// `agencja`, `quarterly` and `co kwartał`) and a `require one_of` lists both or neither; keys
/// that only happen to score the same (`hourly` and `continuous`, `monthly` and `no`) stay
/// apart, as the vendor's answer would otherwise say something else than they offer. The
/// entry is the label's bilingual text when the import reads it back as one of the keys it
/// stands for, else the first such key (a Polish one first, e.g. one with diacritics or words).
pub(crate) fn choice_options(c: &Criterion) -> Vec<ChoiceOption> {
    let keys: Vec<&str> = c.choices.iter().map(|(k, _)| k.as_str()).collect();
    let required = |k: &str| {
        c.require.as_ref().is_some_and(|r| {
            r.one_of
                .iter()
                .any(|x| normalize_label(x) == normalize_label(k))
        })
    };
    let meanings: Vec<Option<usize>> = keys.iter().map(|k| meaning(k)).collect();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, &(ref k, score)) in c.choices.iter().enumerate() {
        let synonym_of = groups.iter().position(|g| {
            let j = g[0];
            meanings[i].is_some()
                && meanings[i] == meanings[j]
                && c.choices[j].1 == score
                && required(&c.choices[j].0) == required(k)
        });
        match synonym_of {
            Some(g) => groups[g].push(i),
            None => groups.push(vec![i]),
        }
    }
    let mut taken: Vec<String> = Vec::new();
    groups
        .into_iter()
        .map(|group| {
            let first = group[0];
            let mut candidates: Vec<String> = Vec::new();
            if let Some(m) = meanings[first] {
                candidates.push(CHOICE_LABELS[m].entry.to_string());
            }
            // The criterion's own first phrase for the key, with the key in English:
            // "abonament (subscription)".
            for &i in &group {
                if let Some((_, phrases)) = c.choice_aliases.iter().find(|(k, _)| k == keys[i])
                    && let Some(p) = phrases.first()
                {
                    candidates.push(format!("{p} ({})", keys[i].replace('_', " ")));
                }
            }
            // A Polish key (diacritics or words) before an identifier such as `p1_only`.
            let polish = |k: &str| !k.is_ascii() || k.trim().contains(' ');
            candidates.extend(
                group
                    .iter()
                    .map(|&i| keys[i])
                    .filter(|k| polish(k))
                    .map(str::to_string),
            );
            candidates.extend(
                group
                    .iter()
                    .map(|&i| keys[i])
                    .filter(|k| !polish(k))
                    .map(str::to_string),
            );
            let reads_back = |entry: &str| {
                !entry.contains(',')
                    && !normalize_label(entry).is_empty()
                    && !taken.contains(&normalize_label(entry))
                    && read_choice(entry, &keys, &c.choice_aliases)
                        .is_some_and(|r| group.contains(&r.value))
            };
            let entry = candidates
                .into_iter()
                .find(|e| reads_back(e))
                // Two keys reading alike (e.g. "Daily" and "daily"): the import cannot tell
                // them apart, whatever the entry.
                .unwrap_or_else(|| keys[first].to_string());
            taken.push(normalize_label(&entry));
            ChoiceOption { entry, keys: group }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::criteria::{PROFILES, parse};

    #[test]
    fn every_criterion_of_the_built_in_profiles_has_a_built_in_question() {
        for (name, text) in PROFILES {
            let criteria = parse(text, name).unwrap();
            for c in criteria.criteria.iter().filter(|c| c.kind.is_answered()) {
                assert!(builtin(&c.id).is_some(), "{name}: no question for {}", c.id);
            }
        }
        let mut ids: Vec<&str> = QUESTIONS.iter().map(|q| q.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), QUESTIONS.len(), "duplicate ids in QUESTIONS");
    }

    #[test]
    fn own_questions_come_first_then_the_table_then_a_made_up_one() {
        let text = r#"
name = "t"
[[criterion]]
id = "p1_response"
kind = "duration"
question = "How fast do you pick up the phone?"
[[criterion]]
id = "ssl_renewal"
label = "SSL certificate renewal"
kind = "bool"
columns = ["Odnawianie certyfikatu SSL", "SSL renewal"]
[[criterion]]
id = "cdn_price"
label = "CDN price"
kind = "money"
question_pl = "Ile kosztuje CDN?"
"#;
        let c = parse(text, "t.toml").unwrap();
        let (pl, en) = for_criterion(&c.criteria[0]);
        assert_eq!(en, "How fast do you pick up the phone?");
        assert_eq!(pl, builtin("p1_response").unwrap().text(Lang::Pl));
        assert_eq!(
            for_criterion(&c.criteria[1]),
            (
                "Czy oferta obejmuje: Odnawianie certyfikatu SSL?".to_string(),
                "Does the offer include: SSL certificate renewal?".to_string()
            )
        );
        assert_eq!(
            for_criterion(&c.criteria[2]),
            (
                "Ile kosztuje CDN?".to_string(),
                "Please state the price: CDN price.".to_string()
            )
        );
    }

    fn options(choices: &str, require: &str) -> Vec<(String, Vec<usize>)> {
        let text = format!(
            "name = \"t\"\n[[criterion]]\nid = \"c\"\nkind = \"choice\"\nchoices = {{ {choices} }}\n{require}"
        );
        let c = parse(&text, "t.toml").unwrap();
        choice_options(&c.criteria[0])
            .into_iter()
            .map(|o| (o.entry, o.keys))
            .collect()
    }

    fn entries(choices: &str) -> Vec<String> {
        options(choices, "").into_iter().map(|(e, _)| e).collect()
    }

    #[test]
    fn synonyms_make_one_polish_entry_that_reads_back_as_them() {
        assert_eq!(
            options(
                "agency = 1.0, agencja = 1.0, shared = 0.5, \"wspólna\" = 0.5",
                ""
            ),
            [
                ("agencja (agency)".to_string(), vec![0, 1]),
                ("wspólna (shared)".to_string(), vec![2, 3])
            ]
        );
        // English keys alone get the Polish words the import knows as them.
        assert_eq!(
            entries("hourly = 1.0, daily = 0.8, yes = 0.5, no = 0.0"),
            [
                "co godzinę (hourly)",
                "codziennie (daily)",
                "tak (yes)",
                "nie (no)"
            ]
        );
        // A built-in synonym of a key is a synonym too.
        assert_eq!(
            options("daily = 1.0, codziennie = 1.0", ""),
            [("codziennie (daily)".to_string(), vec![0, 1])]
        );
    }

    #[test]
    fn keys_that_only_score_alike_stay_apart() {
        assert_eq!(
            entries("continuous = 1.0, hourly = 1.0, monthly = 0.0, no = 0.0"),
            [
                "na bieżąco (continuous)",
                "co godzinę (hourly)",
                "co miesiąc (monthly)",
                "nie (no)"
            ]
        );
        // Unknown keys are shown as written, however they score.
        assert_eq!(
            entries("gold = 1.0, \"złoty\" = 1.0, basic = 0.2"),
            ["gold", "złoty", "basic"]
        );
        // Same meaning, different scores: each its own entry, each read back as itself.
        assert_eq!(
            entries("codziennie = 1.0, daily = 0.5"),
            ["codziennie (daily)", "daily"]
        );
        // A requirement naming one synonym only keeps them apart, so the answer can pass it;
        // without a `klient` key, "klient (client)" would not read back: the key is shown.
        assert_eq!(
            entries_required("agency = 1.0, agencja = 1.0, client = 0.0", "agencja"),
            ["agency", "agencja (agency)", "client"]
        );
    }

    fn entries_required(choices: &str, key: &str) -> Vec<String> {
        options(choices, &format!("require = {{ one_of = [\"{key}\"] }}\n"))
            .into_iter()
            .map(|(e, _)| e)
            .collect()
    }

    #[test]
    fn the_buyer_fills_in_how_fast_the_inquiry_was_answered() {
        let text = "name = \"t\"\n[[criterion]]\nid = \"inquiry_response_days\"\nkind = \"number\"\nquestion = \"?\"\n[[criterion]]\nid = \"p1_response\"\nkind = \"duration\"\n";
        let c = parse(text, "t.toml").unwrap();
        assert!(filled_by_buyer(&c.criteria[0]));
        assert!(!filled_by_buyer(&c.criteria[1]));
        let buyers: Vec<&str> = QUESTIONS
            .iter()
            .filter(|q| q.filled_by == FilledBy::Buyer)
            .map(|q| q.id)
            .collect();
        assert_eq!(buyers, ["inquiry_response_days"]);
    }

    #[test]
    fn a_misspelt_question_key_is_caught() {
        let text = "name = \"t\"\n[[criterion]]\nid = \"a\"\nquestoin = \"?\"\n";
        let e = parse(text, "t.toml").unwrap_err();
        assert!(e.to_string().contains("did you mean `question`"), "{e}");
    }
}
