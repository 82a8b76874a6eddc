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

/// A built-in question for one standard criterion id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Question {
    pub id: &'static str,
    pub pl: &'static str,
    pub en: &'static str,
    pub filled_by: FilledBy,
}

/// A question the vendor answers.
const fn q(id: &'static str, pl: &'static str, en: &'static str) -> Question {
    Question {
        id,
        pl,
        en,
        filled_by: FilledBy::Vendor,
    }
}

/// A row the buyer fills in.
const fn buyer(id: &'static str, pl: &'static str, en: &'static str) -> Question {
    Question {
        id,
        pl,
        en,
        filled_by: FilledBy::Buyer,
    }
}

/// The questions for the criterion ids of the built-in profiles (`criteria/*.toml`), in the
/// profiles' order. The unit is asked for by the questionnaire's own column, not here.
pub(crate) const QUESTIONS: &[Question] = &[
    // SLA and recovery
    q(
        "p1_response",
        "Jaki jest gwarantowany czas reakcji na awarię krytyczną (P1), np. niedziałającą stronę?",
        "What is the guaranteed response time for a critical (P1) failure, e.g. the site being down?",
    ),
    q(
        "p1_rto",
        "W jakim czasie przywrócą Państwo działanie strony po awarii krytycznej (P1)? (RTO)",
        "How soon will you restore the site after a critical (P1) failure? (RTO)",
    ),
    q(
        "rpo",
        "Ile danych najwyżej możemy stracić przy awarii, tj. z jakiego momentu najpóźniej odtworzą Państwo dane? (RPO)",
        "How much data can we lose at most in a failure, i.e. how old may the restored data be? (RPO)",
    ),
    q(
        "p2_response",
        "Jaki jest gwarantowany czas reakcji na problem średniej wagi (P2), np. błąd ważnej funkcji?",
        "What is the guaranteed response time for a medium-priority (P2) problem, e.g. an important feature failing?",
    ),
    q(
        "p2_rto",
        "W jakim czasie przywrócą Państwo pełne działanie po problemie średniej wagi (P2)?",
        "How soon will you restore full service after a medium-priority (P2) problem?",
    ),
    q(
        "p3_response",
        "Jaki jest czas reakcji na drobny problem (P3)?",
        "What is the response time for a minor (P3) problem?",
    ),
    q(
        "p3_rto",
        "W jakim czasie usuwają Państwo drobny problem (P3)?",
        "How soon do you fix a minor (P3) problem?",
    ),
    q(
        "p4_response",
        "Jaki jest czas reakcji na zgłoszenie o najniższym priorytecie (P4), np. prośbę o zmianę lub poprawkę wyglądu?",
        "What is the response time for a lowest-priority (P4) request, e.g. a change request or a cosmetic fix?",
    ),
    q(
        "p4_rto",
        "W jakim czasie realizują Państwo zgłoszenie P4?",
        "How soon do you complete a P4 request?",
    ),
    q(
        "weekend_coverage",
        "Czy obsługują Państwo zgłoszenia w weekendy i święta: wszystkie, tylko awarie krytyczne (P1), czy wcale?",
        "Do you handle incidents at weekends and on public holidays: all of them, critical (P1) failures only, or none?",
    ),
    q(
        "sla_hours",
        "W jakich dniach i godzinach liczą się czasy SLA (np. 24/7 albo pn–pt 8–16)?",
        "On which days and at which hours do the SLA times count (e.g. 24/7, or Mon–Fri 8–16)?",
    ),
    // Security
    q(
        "patching",
        "Jak szybko od publikacji instalują Państwo krytyczne łatki bezpieczeństwa?",
        "How soon after release do you install critical security patches?",
    ),
    q(
        "waf",
        "Czy usługa obejmuje zaporę aplikacyjną (WAF)?",
        "Does the service include a web application firewall (WAF)?",
    ),
    q(
        "recovery_drills",
        "Czy przeprowadzają Państwo ćwiczenia odtwarzania po awarii (DR), które potwierdzają deklarowany czas przywrócenia?",
        "Do you run disaster-recovery drills that prove the restore time you state?",
    ),
    // Scope: monitoring and backups
    q(
        "monitoring_24_7",
        "Czy monitorują Państwo stronę całą dobę, 7 dni w tygodniu?",
        "Do you monitor the site around the clock, 7 days a week?",
    ),
    q(
        "backup_frequency",
        "Jak często wykonują Państwo kopie zapasowe strony i bazy danych?",
        "How often do you back up the site and its database?",
    ),
    q(
        "backup_retention",
        "Jak długo przechowują Państwo kopie zapasowe?",
        "How long do you keep backups?",
    ),
    q(
        "restore_tests",
        "Jak często sprawdzają Państwo, czy stronę da się odtworzyć z kopii zapasowej?",
        "How often do you test that the site can be restored from a backup?",
    ),
    q(
        "security_owner",
        "Kto odpowiada za bezpieczeństwo strony: agencja, klient, czy obie strony wspólnie?",
        "Who is responsible for the site's security: the agency, the client, or both jointly?",
    ),
    q(
        "cms_updates",
        "Czy usługa obejmuje regularne aktualizacje CMS i wtyczek?",
        "Does the service include regular CMS and plugin updates?",
    ),
    q(
        "dev_hours",
        "Ile godzin drobnych prac programistycznych miesięcznie obejmuje usługa?",
        "How many hours of small development work per month does the service include?",
    ),
    q(
        "scope",
        "Co dokładnie obejmuje usługa? Prosimy wymienić wszystkie elementy (np. aktualizacje, kopie zapasowe, monitoring, godziny prac), każdy osobno.",
        "What exactly does the service include? Please list every item (e.g. updates, backups, monitoring, hours of work) one by one.",
    ),
    // Performance and KPIs
    q(
        "uptime",
        "Jaką dostępność strony (uptime) gwarantują Państwo w umowie?",
        "What uptime do you guarantee in the contract?",
    ),
    q(
        "kpi_uptime",
        "Czy w raportach podają Państwo dostępność strony (uptime)?",
        "Do your reports show the site's uptime?",
    ),
    q(
        "kpi_mttr",
        "Czy raportują Państwo średni czas wykrycia i usunięcia awarii (MTTD / MTTR)?",
        "Do you report the mean time to detect and to repair failures (MTTD / MTTR)?",
    ),
    q(
        "kpi_web_vitals",
        "Czy raportują Państwo szybkość ładowania strony (LCP, TTFB)?",
        "Do you report page-speed metrics (LCP, TTFB)?",
    ),
    q(
        "kpi_5xx",
        "Czy raportują Państwo odsetek błędów serwera (5xx)?",
        "Do you report the rate of server errors (5xx)?",
    ),
    // Reporting
    q(
        "monthly_report",
        "Czy co miesiąc przekazują Państwo raport z wykonanych prac?",
        "Do you send a monthly report of the work done?",
    ),
    q(
        "change_history",
        "Czy prowadzą Państwo historię zmian na stronie, do której mamy wgląd?",
        "Do you keep a history of changes to the site that we can see?",
    ),
    q(
        "stats_access",
        "Czy będziemy mieć dostęp do statystyk wydajności strony?",
        "Will we have access to the site's performance statistics?",
    ),
    // References
    q(
        "industry_match",
        "Dla jakich klientów pracują Państwo najczęściej (sklepy internetowe, strony firmowe, portale informacyjne, różni)?",
        "What kind of clients do you mostly work for (online shops, company sites, news and information portals, various)?",
    ),
    q(
        "latest_reference_year",
        "W którym roku zakończyli Państwo najnowszy projekt, o który możemy zapytać klienta (referencja)?",
        "In which year did you finish your most recent project whose client we may contact (reference)?",
    ),
    q(
        "case_study_stack",
        "Czy mogą Państwo pokazać case study projektu w naszej technologii?",
        "Can you show a case study of a project on our technology stack?",
    ),
    // Communication: the buyer's own observation, not the vendor's answer.
    buyer(
        "inquiry_response_days",
        "Wypełnia zamawiający: po ilu dniach roboczych agencja odpowiedziała na zapytanie ofertowe.",
        "Filled in by the buyer: how many working days the agency took to answer the inquiry.",
    ),
    // Onboarding
    q(
        "audit_time",
        "W jakim czasie od rozpoczęcia współpracy przekażą Państwo audyt startowy (inwentaryzacja, ryzyka, krytyczne braki)?",
        "How soon after the start will you deliver the start-up audit (inventory, risks, critical gaps)?",
    ),
    q(
        "plan_90_days",
        "Czy po audycie przygotują Państwo plan na pierwsze 90 dni (krytyczne poprawki, stabilizacja, szybka poprawa wydajności)?",
        "Will you prepare a plan for the first 90 days after the audit (critical fixes, stabilisation, performance quick wins)?",
    ),
    q(
        "sla_pilot",
        "Czy zgadzają się Państwo na pilotaż SLA (30–90 dni) z uzgodnionymi wskaźnikami i raportowaniem?",
        "Do you agree to an SLA pilot (30–90 days) with agreed KPIs and reporting?",
    ),
    // Price
    q(
        "monthly_fee",
        "Jaka jest miesięczna opłata abonamentowa?",
        "What is the monthly subscription fee?",
    ),
    q(
        "hourly_rate",
        "Jaka jest stawka za godzinę pracy ponad pulę godzin w abonamencie?",
        "What is the hourly rate for work beyond the hours included in the subscription?",
    ),
    q(
        "hours_included",
        "Ile godzin pracy miesięcznie obejmuje abonament?",
        "How many hours of work per month does the subscription include?",
    ),
    // Contract terms
    q(
        "sla_credits",
        "Jaką karę umowną lub rabat (w % abonamentu) przewidują Państwo za każde przekroczenie czasów SLA?",
        "What service credit or penalty (as a % of the monthly fee) do you give for each missed SLA time?",
    ),
    q(
        "contract_term",
        "Na jaki minimalny okres zawierana jest umowa (np. 12 miesięcy, czas nieokreślony)?",
        "What is the minimum contract term (e.g. 12 months, open-ended)?",
    ),
    q(
        "notice_period",
        "Jaki jest okres wypowiedzenia umowy?",
        "What is the notice period to end the contract?",
    ),
    q(
        "hours_rollover",
        "Czy godziny niewykorzystane w danym miesiącu przechodzą na kolejny miesiąc (tak), czy przepadają (nie)?",
        "Do hours not used in a month roll over to the next month (yes), or are they lost (no)?",
    ),
    q(
        "billing_model",
        "Jak rozliczana jest współpraca: abonament, pakiet godzin czy rozliczenie godzinowe?",
        "How is the work billed: a monthly subscription, a package of hours, or pay-as-you-go?",
    ),
    q(
        "price_indexation",
        "Czy i jak cena może wzrosnąć w trakcie umowy (brak waloryzacji, o wskaźnik inflacji GUS, według cennika)?",
        "May the price rise during the contract, and how (fixed, by the consumer price index, by your price list)?",
    ),
    q(
        "accounts_owner",
        "Na kogo zarejestrowane są konta hostingu, domeny i analityki: na nas (klienta) czy na agencję?",
        "In whose name are the hosting, domain and analytics accounts: ours (the client's) or the agency's?",
    ),
    q(
        "exit_handover",
        "Czy po zakończeniu umowy przekażą Państwo wszystkie dostępy, hasła i dokumentację?",
        "At the end of the contract, will you hand over every access, password and the documentation?",
    ),
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
        .or_else(|| builtin.map(|q| q.pl.to_string()))
        .unwrap_or_else(|| derived_pl(c));
    let en = c
        .question
        .clone()
        .or_else(|| builtin.map(|q| q.en.to_string()))
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
    let name = polish_name(c);
    match c.kind {
        Kind::Bool => format!("Czy oferta obejmuje: {name}?"),
        Kind::Choice => format!("{name}: prosimy wybrać odpowiedź z listy."),
        Kind::Money => format!("Prosimy podać cenę: {name}."),
        Kind::Year => format!("Prosimy podać rok: {name}."),
        Kind::Text => format!("Prosimy opisać: {name}."),
        _ => format!("Prosimy podać: {name}."),
    }
}

fn derived_en(c: &Criterion) -> String {
    let name = c.label.trim();
    match c.kind {
        Kind::Bool => format!("Does the offer include: {name}?"),
        Kind::Choice => format!("{name}: please pick the answer from the list."),
        Kind::Money => format!("Please state the price: {name}."),
        Kind::Year => format!("Please state the year: {name}."),
        Kind::Text => format!("Please describe: {name}."),
        _ => format!("Please state: {name}."),
    }
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

/// Entries for the choice keys of the built-in profiles, and common frequencies.
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
            for c in criteria
                .criteria
                .iter()
                .filter(|c| c.kind != Kind::RiskCost)
            {
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
        assert_eq!(pl, builtin("p1_response").unwrap().pl);
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
