//! Every invalid criteria file is refused with the line:column of the mistake and what was expected.

use offerlens::criteria;

/// A criteria file with one valid criterion, into which each case splices its mistake.
const BASE: &str = r#"name = "Test"

[[criterion]]
id = "price"
kind = "money"
weight = 1
"#;

/// (line, column) of the first occurrence of `needle`, 1-based.
fn position_of(text: &str, needle: &str) -> (usize, usize) {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("needle {needle:?} not in text"));
    let line = text[..at].matches('\n').count() + 1;
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    (line, text[start..at].chars().count() + 1)
}

/// Asserts the file fails with a message containing `fragment` at the position of `needle`.
fn assert_error(text: &str, needle: &str, fragment: &str) {
    let errors = match criteria::parse(text, "c.toml") {
        Ok(_) => {
            panic!("expected an error containing {fragment:?}, but the file was accepted:\n{text}")
        }
        Err(e) => e.0,
    };
    let (line, column) = position_of(text, needle);
    assert!(
        errors.iter().any(|d| d.line == line
            && d.column == column
            && d.message.to_string().contains(fragment)
            && d.file == "c.toml"),
        "expected {fragment:?} at {line}:{column}, got:\n{}",
        errors
            .iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

fn with_criterion(extra: &str) -> String {
    format!("{BASE}\n[[criterion]]\n{extra}\n")
}

#[test]
fn the_base_file_is_valid() {
    let c = criteria::parse(BASE, "c.toml").unwrap();
    assert_eq!(c.criteria.len(), 1);
    assert_eq!(c.currency, "PLN");
}

#[test]
fn unknown_key_is_reported_with_a_suggestion() {
    let text = with_criterion("id = \"uptime\"\nkind = \"percent\"\nwieght = 3");
    assert_error(
        &text,
        "wieght",
        "unknown key `wieght` in [[criterion]] (did you mean `weight`?)",
    );
    assert_error(
        "name = \"x\"\nmethdo = \"topsis\"\n[[criterion]]\nid = \"a\"\n",
        "methdo",
        "did you mean `method`?",
    );
}

#[test]
fn wrong_type_names_the_expected_type() {
    let text = with_criterion("id = \"uptime\"\nweight = \"high\"");
    assert_error(
        &text,
        "\"high\"",
        "`weight` must be a number, found a string",
    );
    let text = with_criterion("id = \"uptime\"\ncolumns = \"Dostępność\"");
    assert_error(
        &text,
        "\"Dostępność\"",
        "`columns` must be an array of strings",
    );
}

#[test]
fn duplicate_id_points_at_the_second_one_and_names_the_first_line() {
    let text = with_criterion("id = \"price\"\nkind = \"money\"");
    let second = text.rfind("\"price\"").unwrap();
    let errors = criteria::parse(&text, "c.toml").unwrap_err().0;
    let line = text[..second].matches('\n').count() + 1;
    assert!(
        errors.iter().any(|d| d.line == line
            && d.column == 6
            && d.message
                .to_string()
                .contains("duplicate criterion id \"price\" (first defined on line 4)")),
        "{errors:?}"
    );
}

#[test]
fn negative_weight_is_refused() {
    assert_error(
        &with_criterion("id = \"b\"\nweight = -5"),
        "-5",
        "weight must be 0 or more, found -5",
    );
}

#[test]
fn all_weights_zero_is_refused() {
    let text = "name = \"x\"\n[[criterion]]\nid = \"a\"\nweight = 0\n[[criterion]]\nid = \"b\"\nweight = 0.0\n";
    let errors = criteria::parse(text, "c.toml").unwrap_err().0;
    assert!(
        errors.iter().any(|d| d
            .message
            .to_string()
            .contains("every criterion has weight 0")
            && d.line == 2),
        "{errors:?}"
    );
}

#[test]
fn linear_scoring_needs_best_and_worst_that_differ() {
    assert_error(
        &with_criterion("id = \"rto\"\nkind = \"duration\"\nscoring = \"linear\"\nbest = 2"),
        "\"linear\"",
        "linear scoring needs `worst`",
    );
    assert_error(
        &with_criterion("id = \"rto\"\nkind = \"duration\"\nscoring = \"linear\""),
        "\"linear\"",
        "linear scoring needs `best` and `worst`",
    );
    let text = with_criterion(
        "id = \"rto\"\nkind = \"duration\"\nscoring = \"linear\"\nbest = 4\nworst = 4",
    );
    let errors = criteria::parse(&text, "c.toml").unwrap_err().0;
    assert!(
        errors.iter().any(|d| d
            .message
            .to_string()
            .contains("`best` and `worst` must differ")),
        "{errors:?}"
    );
}

#[test]
fn best_and_worst_contradicting_better_is_refused() {
    assert_error(
        &with_criterion(
            "id = \"rto\"\nkind = \"duration\"\nbetter = \"higher\"\nbest = 2\nworst = 48",
        ),
        "\"higher\"",
        "better = \"higher\" contradicts best = 2 and worst = 48",
    );
}

#[test]
fn choice_score_outside_0_1_is_refused() {
    assert_error(
        &with_criterion(
            "id = \"backup\"\nkind = \"choice\"\nchoices = { daily = 1.0, weekly = 1.5 }",
        ),
        "1.5",
        "choice \"weekly\" scores 1.5: a choice score must be between 0 and 1",
    );
    assert_error(
        "name = \"t\"\n[[criterion]]\nid = \"backup\"\nkind = \"choice\"\n",
        "[[criterion]]",
        "has no `choices` table",
    );
}

#[test]
fn require_that_does_not_fit_the_kind_is_refused() {
    assert_error(
        &with_criterion("id = \"waf\"\nkind = \"bool\"\nrequire = { max = 3 }"),
        "{ max = 3 }",
        "require min/max fits number-like criteria; for \"bool\" use require = true",
    );
    assert_error(
        &with_criterion("id = \"rto\"\nkind = \"duration\"\nrequire = true"),
        "true",
        "require = true fits only bool criteria",
    );
    assert_error(
        &with_criterion(
            "id = \"b\"\nkind = \"choice\"\nchoices = { daily = 1.0 }\nrequire = { one_of = [\"hourly\"] }",
        ),
        "[\"hourly\"]",
        "require one_of names \"hourly\", which is not one of the choices",
    );
}

#[test]
fn unknown_unit_is_refused() {
    assert_error(
        &with_criterion("id = \"rto\"\nkind = \"duration\"\nunit = \"hours\""),
        "\"hours\"",
        "unknown duration unit \"hours\": expected \"min\", \"h\", \"d\" or \"mo\"",
    );
}

#[test]
fn unknown_keyword_values_suggest_the_right_one() {
    assert_error(
        &with_criterion("id = \"x\"\nkind = \"numbr\""),
        "\"numbr\"",
        "did you mean \"number\"?",
    );
    assert_error(
        &with_criterion("id = \"x\"\nscoring = \"min-max\""),
        "\"min-max\"",
        "`scoring` must be one of",
    );
    assert_error(
        &with_criterion("id = \"x\"\nmissing = \"zero\""),
        "\"zero\"",
        "`missing` must be one of \"worst\", \"disqualify\", \"ignore\"",
    );
    assert_error(
        "name = \"x\"\nmethod = \"ahp\"\n[[criterion]]\nid = \"a\"\n",
        "\"ahp\"",
        "`method` must be one of \"weighted_sum\", \"topsis\"",
    );
}

#[test]
fn bad_ids_and_missing_keys() {
    assert_error(
        &with_criterion("id = \"P1 Response\""),
        "\"P1 Response\"",
        "must use only a-z, 0-9 and _",
    );
    assert_error(
        "name = \"t\"\n[[criterion]]\nlabel = \"no id\"\n",
        "[[criterion]]",
        "missing the required key `id`",
    );
    assert_error(
        "[[criterion]]\nid = \"a\"\n",
        "[[criterion]]",
        "missing required key `name`",
    );
}

#[test]
fn invalid_toml_syntax_points_at_the_mistake() {
    let text = "name = \"x\"\n[[criterion]]\nid = \"a\"\nweight = = 3\n";
    let errors = criteria::parse(text, "c.toml").unwrap_err().0;
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].line, 4, "{errors:?}");
    assert!(
        errors[0].message.to_string().starts_with("invalid TOML"),
        "{errors:?}"
    );
}

#[test]
fn every_mistake_in_a_file_is_reported_at_once() {
    let text =
        with_criterion("id = \"a\"\nweight = -1\nkind = \"money\"\nunit = \"h\"\nwieght = 2");
    let errors = criteria::parse(&text, "c.toml").unwrap_err().0;
    assert!(errors.len() >= 3, "{errors:?}");
}

#[test]
fn red_flags_are_validated() {
    let text = format!(
        "{BASE}\n[[red_flag]]\nid = \"low\"\nrule = \"below_mean\"\ncriterion = \"prise\"\n"
    );
    assert_error(
        &text,
        "\"prise\"",
        "names criterion \"prise\", which is not defined (did you mean \"price\"?)",
    );
    let text = format!(
        "{BASE}\n[[red_flag]]\nid = \"low\"\nrule = \"below_mean\"\ncriterion = \"price\"\nratio = 1.7\n"
    );
    assert_error(&text, "1.7", "`ratio` must be above 0 and at most 1");
    let text = format!("{BASE}\n[[red_flag]]\nid = \"x\"\nrule = \"sometimes\"\n");
    assert_error(&text, "\"sometimes\"", "`rule` must be one of");
}

#[test]
fn the_built_in_profiles_are_valid() {
    for (name, _) in criteria::PROFILES {
        let c = criteria::profile(name)
            .unwrap()
            .unwrap_or_else(|e| panic!("profile {name}: {e}"));
        assert!(!c.criteria.is_empty());
    }
}

/// Asserts the file is refused with exactly these messages, as the user sees them: one
/// mistake, one message, with nothing that merely follows from it.
fn assert_only(text: &str, expected: &[&str]) {
    let errors = match criteria::parse(text, "c.toml") {
        Ok(_) => panic!("expected {expected:?}, but the file was accepted:\n{text}"),
        Err(e) => e.0,
    };
    let shown: Vec<String> = errors.iter().map(|d| d.to_string()).collect();
    assert_eq!(shown, expected, "for:\n{text}");
}

const KIND_LIST: &str = "\"number\", \"money\", \"percent\", \"duration\", \"bool\", \"choice\", \"text\", \"year\", \"window\", \"risk_cost\", \"rating\"";

#[test]
fn a_criterion_refused_for_a_typo_is_not_also_undefined_for_red_flags() {
    let text = r#"name = "Typo"
[[criterion]]
id = "monthly_fee"
kind = "money"
better = "lower"
weight = 10
scoring = "lineer"
columns = ["Abonament"]
[[red_flag]]
id = "cheap"
rule = "below_mean"
criterion = "monthly_fee"
ratio = 0.7
penalty = 10
"#;
    assert_only(
        text,
        &[
            "c.toml:7:11: `scoring` must be one of \"minmax\", \"ratio\", \"linear\", found \"lineer\" (did you mean \"linear\"?)",
        ],
    );
}

#[test]
fn a_criterion_refused_for_its_kind_or_id_is_not_also_undefined_or_of_the_wrong_kind() {
    let kind = "name = \"t\"\n[[criterion]]\nid = \"scope\"\nkind = \"txt\"\n\
                [[red_flag]]\nid = \"v\"\nrule = \"vague_text\"\ncriterion = \"scope\"\nmin_items = 2\n\
                [[red_flag]]\nid = \"m\"\nrule = \"missing\"\ncriteria = [\"scope\"]\n";
    assert_only(
        kind,
        &[&format!(
            "c.toml:4:8: `kind` must be one of {KIND_LIST}, found \"txt\" (did you mean \"text\"?)"
        )],
    );
    let id = "name = \"t\"\n[[criterion]]\nid = \"Scope X\"\nkind = \"text\"\n\
              [[red_flag]]\nid = \"v\"\nrule = \"vague_text\"\ncriterion = \"Scope X\"\nmin_items = 2\n";
    assert_only(
        id,
        &[
            "c.toml:3:6: criterion id \"Scope X\" must use only a-z, 0-9 and _ (e.g. \"p1_response\")",
        ],
    );
}

#[test]
fn a_refused_criterion_does_not_make_every_weight_zero() {
    let text = "name = \"t\"\n[[criterion]]\nid = \"a\"\nkind = \"mony\"\nweight = 3\n\
                [[criterion]]\nid = \"b\"\nweight = 0\n";
    assert_only(
        text,
        &[&format!(
            "c.toml:4:8: `kind` must be one of {KIND_LIST}, found \"mony\" (did you mean \"money\"?)"
        )],
    );
}

#[test]
fn criterion_in_single_brackets_says_to_write_two() {
    let message =
        "[criterion] is a single table; each criterion is written [[criterion]] (two brackets)";
    let twice = "name = \"Single\"\n[criterion]\nid = \"monthly_fee\"\nkind = \"money\"\nweight = 10\n\
                 [criterion]\nid = \"hourly_rate\"\nkind = \"money\"\nweight = 5\n";
    assert_only(
        twice,
        &[
            &format!("c.toml:2:1: {message}"),
            &format!("c.toml:6:1: {message}"),
        ],
    );
    // Once, it is valid TOML: read as the criterion it was meant to be, so the red flag
    // naming it is not refused too.
    let once = "name = \"Single\"\n[criterion]\nid = \"monthly_fee\"\nkind = \"money\"\n\
                [[red_flag]]\nid = \"cheap\"\nrule = \"below_mean\"\ncriterion = \"monthly_fee\"\n";
    assert_only(once, &[&format!("c.toml:2:1: {message}")]);
    let mixed = "name = \"Single\"\n[[criterion]]\nid = \"a\"\n  [criterion]  # b\nid = \"b\"\n";
    assert_only(mixed, &[&format!("c.toml:4:3: {message}")]);
}

#[test]
fn red_flag_in_single_brackets_says_to_write_two() {
    let message =
        "[red_flag] is a single table; each red flag is written [[red_flag]] (two brackets)";
    let flag = "[red_flag]\nid = \"cheap\"\nrule = \"below_mean\"\ncriterion = \"price\"\n";
    assert_only(
        &format!("{BASE}{flag}"),
        &[&format!("c.toml:7:1: {message}")],
    );
    assert_only(
        &format!("{BASE}{flag}{flag}"),
        &[
            &format!("c.toml:7:1: {message}"),
            &format!("c.toml:11:1: {message}"),
        ],
    );
}

#[test]
fn business_in_double_brackets_says_to_write_one() {
    let text = format!("{BASE}[[business]]\nrevenue_per_hour = 500\n");
    assert_only(
        &text,
        &[
            "c.toml:7:1: [[business]] is a list of tables; the business context is one table, written [business] (single brackets)",
        ],
    );
}

#[test]
fn an_unknown_kind_does_not_also_refuse_keys_of_the_kind_meant() {
    let choise = with_criterion(
        "id = \"b\"\nkind = \"choise\"\nchoices = { daily = 1.0 }\nrequire = { one_of = [\"daily\"] }",
    );
    assert_only(
        &choise,
        &[&format!(
            "c.toml:10:8: `kind` must be one of {KIND_LIST}, found \"choise\" (did you mean \"choice\"?)"
        )],
    );
    let bol = with_criterion("id = \"b\"\nkind = \"bol\"\nrequire = true");
    assert_only(
        &bol,
        &[&format!(
            "c.toml:10:8: `kind` must be one of {KIND_LIST}, found \"bol\" (did you mean \"bool\"?)"
        )],
    );
}

#[test]
fn refused_choices_do_not_also_refuse_require_one_of() {
    let bad_score = with_criterion(
        "id = \"b\"\nkind = \"choice\"\nchoices = { daily = 1.0, weekly = 1.5 }\nrequire = { one_of = [\"weekly\"] }",
    );
    assert_only(
        &bad_score,
        &["c.toml:11:35: choice \"weekly\" scores 1.5: a choice score must be between 0 and 1"],
    );
    let no_table =
        with_criterion("id = \"b\"\nkind = \"choice\"\nrequire = { one_of = [\"weekly\"] }");
    assert_only(
        &no_table,
        &[
            "c.toml:8:1: criterion \"b\" is of kind \"choice\" but has no `choices` table (answer = score 0..1)",
        ],
    );
    let not_a_table = with_criterion(
        "id = \"b\"\nkind = \"choice\"\nchoices = [\"daily\"]\nrequire = { one_of = [\"daily\"] }",
    );
    assert_only(
        &not_a_table,
        &[
            "c.toml:11:11: `choices` must be a table of answer = score, e.g. { daily = 1.0, weekly = 0.5 }, found an array",
        ],
    );
}

#[test]
fn best_or_worst_of_the_wrong_type_is_one_mistake() {
    let linear = with_criterion("id = \"rto\"\nscoring = \"linear\"\nbest = \"2\"\nworst = 48");
    assert_only(
        &linear,
        &["c.toml:11:8: `best` must be a number, found a string"],
    );
    let implied = with_criterion("id = \"rto\"\nbest = 2\nworst = \"48\"");
    assert_only(
        &implied,
        &["c.toml:11:9: `worst` must be a number, found a string"],
    );
}

#[test]
fn red_flag_values_of_the_wrong_type_are_one_mistake() {
    let flag = |body: &str| {
        format!(
            "{BASE}[[criterion]]\nid = \"since\"\nkind = \"year\"\n[[criterion]]\nid = \"scope\"\nkind = \"text\"\n[[red_flag]]\nid = \"f\"\n{body}\n"
        )
    };
    assert_only(
        &flag("rule = \"older_than\"\ncriterion = \"since\"\nyears = \"5\""),
        &["c.toml:17:9: `years` must be a number, found a string"],
    );
    assert_only(
        &flag("rule = \"above\"\ncriterion = \"price\"\nthreshold = \"5\""),
        &["c.toml:17:13: `threshold` must be a number, found a string"],
    );
    assert_only(
        &flag("rule = \"vague_text\"\ncriterion = \"scope\"\npatterns = [1]"),
        &["c.toml:17:13: `patterns` must be an array of strings, found an integer"],
    );
    assert_only(
        &flag("rule = \"vague_text\"\ncriterion = \"scope\"\nmin_items = -1"),
        &["c.toml:17:13: `min_items` must be a whole number, 0 or more"],
    );
    assert_only(
        &flag("rule = \"missing\"\ncriteria = [1]"),
        &["c.toml:16:13: `criteria` must be an array of strings, found an integer"],
    );
}

#[test]
fn a_list_with_a_non_string_is_one_mistake() {
    assert_only(
        &with_criterion("id = \"s\"\nkind = \"text\"\nrequire = { one_of = [1] }"),
        &["c.toml:11:23: `one_of` must be an array of strings, found an integer"],
    );
    assert_only(
        "name = \"t\"\nvendor_columns = [1]\n[[criterion]]\nid = \"a\"\n",
        &["c.toml:2:19: `vendor_columns` must be an array of strings, found an integer"],
    );
}

#[test]
fn window_read_as_and_credit_keys_are_checked_with_their_place() {
    let text = format!(
        "{BASE}\n[business]\nmissed_sla_share = 2\n\n[[criterion]]\nid = \"p1\"\nkind = \"duration\"\n\n[[criterion]]\nid = \"waf\"\nkind = \"bool\"\n\n[[criterion]]\nid = \"hours\"\nkind = \"window\"\napplies_to = [\"p2\", \"waf\"]\n\n[[criterion]]\nid = \"term\"\nkind = \"duration\"\nunit = \"mo\"\nread_as = {{ \"nieokreślony\" = -1 }}\n"
    );
    assert_error(
        &text,
        "2\n",
        "`missed_sla_share` is a share of incidents from 0 to 1",
    );
    assert_error(
        &text,
        "\"p2\"",
        "`applies_to` names \"p2\", which no [[criterion]] defines",
    );
    assert_error(
        &text,
        "\"waf\"]",
        "a bool criterion: a window applies to durations only",
    );
    assert_error(&text, "-1", "`read_as` \"nieokreślony\" = -1");
    let not_window = format!("{BASE}applies_to = [\"price\"]\n");
    assert_error(
        &not_window,
        "[\"price\"]",
        "`applies_to` applies to window criteria",
    );
    let read_as_on_choice = format!(
        "{BASE}\n[[criterion]]\nid = \"c\"\nkind = \"choice\"\nchoices = {{ yes = 1.0 }}\nread_as = {{ a = 1 }}\n"
    );
    assert_error(
        &read_as_on_choice,
        "{ a = 1 }",
        "`read_as` applies to number, percent and duration criteria",
    );
}

#[test]
fn labels_names_and_messages_may_be_written_in_both_languages() {
    let text = r#"name = { pl = "Próba", en = "Trial" }

[[criterion]]
id = "price"
label = { pl = "Cena", en = "Price" }
kind = "money"

[[criterion]]
id = "waf"
label = { pl = "Zapora" }
kind = "bool"

[[red_flag]]
id = "m"
rule = "missing"
criteria = ["waf"]
message = { pl = "Brak zapory", en = "No firewall" }
"#;
    let c = criteria::parse(text, "c.toml").unwrap();
    use offerlens::i18n::Lang;
    assert_eq!(
        (c.name_in(Lang::Pl), c.name_in(Lang::En)),
        ("Próba", "Trial")
    );
    assert_eq!(c.criteria[0].label_in(Lang::Pl), "Cena");
    assert_eq!(c.criteria[0].label_in(Lang::En), "Price");
    // One language alone stands for both.
    assert_eq!(c.criteria[1].label_in(Lang::En), "Zapora");
    assert_eq!(c.red_flags[0].message_in(Lang::Pl), "Brak zapory");
    assert_eq!(c.red_flags[0].message_in(Lang::En), "No firewall");

    let other = format!("{BASE}label = {{ de = \"Preis\" }}\n");
    assert_error(
        &other,
        "de =",
        "`label` takes the languages pl and en, found \"de\"",
    );
    let empty = format!("{BASE}label = {{}}\n");
    assert_error(&empty, "{}", "`label` is empty");
    let number = format!("{BASE}label = 3\n");
    assert_error(
        &number,
        "3\n",
        "a string, or a table { pl = \"…\", en = \"…\" }",
    );
}

#[test]
fn rating_criteria_take_a_scale_an_aggregate_and_a_disagreement_and_no_columns() {
    let rating = |extra: &str| {
        with_criterion(&format!(
            "id = \"sales_call\"\nkind = \"rating\"\nweight = 2\n{extra}\n"
        ))
    };
    // The defaults: a 1–5 scale, the median, 2 points; scored on the scale.
    let c = criteria::parse(&rating(""), "c.toml").unwrap();
    let r = &c.criteria[1];
    assert_eq!(r.rating, Some(criteria::RatingRule::default()));
    assert_eq!(
        r.scoring,
        criteria::Scoring::Linear {
            best: 5.0,
            worst: 1.0
        }
    );
    assert_eq!(r.better, criteria::Better::Higher);
    let c = criteria::parse(
        &rating("scale = [1, 10]\naggregate = \"geometric\"\ndisagreement = 3"),
        "c.toml",
    )
    .unwrap();
    let rule = c.criteria[1].rating.unwrap();
    assert_eq!(
        (rule.scale, rule.aggregate, rule.disagreement),
        ((1.0, 10.0), offerlens::ratings::Aggregate::Geometric, 3.0)
    );
    assert_eq!(
        c.criteria[1].scoring,
        criteria::Scoring::Linear {
            best: 10.0,
            worst: 1.0
        }
    );
    let text = rating("scale = [5, 1]");
    assert_error(&text, "[5, 1]", "the lowest first");
    let text = rating("aggregate = \"average\"");
    assert_error(
        &text,
        "\"average\"",
        "must be one of \"median\", \"mean\", \"geometric\"",
    );
    let text = rating("disagreement = 0");
    assert_error(&text, "0\n", "a number above 0");
    // One 0 would make every geometric mean 0.
    let text = rating("scale = [0, 5]\naggregate = \"geometric\"");
    assert_error(&text, "\"geometric\"", "needs a scale above 0");
    let text = rating("columns = [\"Rozmowa\"]");
    assert_error(&text, "[\"Rozmowa\"]", "rated by the evaluators");
    let text = with_criterion("id = \"p1\"\nkind = \"duration\"\nweight = 1\nscale = [1, 5]\n");
    assert_error(&text, "[1, 5]", "applies to rating criteria");
    // Labels for points of the scale, in one language or both.
    let c = criteria::parse(
        &rating("labels = { 5 = { pl = \"bardzo dobrze\", en = \"excellent\" }, 1 = \"słabo\" }"),
        "c.toml",
    )
    .unwrap();
    assert_eq!(
        c.criteria[1].rating_labels,
        [
            (1.0, "słabo".to_string(), None),
            (
                5.0,
                "excellent".to_string(),
                Some("bardzo dobrze".to_string())
            )
        ]
    );
    let text = rating("labels = { 7 = \"super\" }");
    assert_error(&text, "7 =", "is not a point of the scale 1–5");
    let text =
        with_criterion("id = \"p1\"\nkind = \"duration\"\nweight = 1\nlabels = { 1 = \"x\" }\n");
    assert_error(
        &text,
        "{ 1 = ",
        "name the points of a rating criterion's scale",
    );
}
