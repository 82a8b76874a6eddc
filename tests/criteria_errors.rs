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
            && d.message.contains(fragment)
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
        errors
            .iter()
            .any(|d| d.message.contains("every criterion has weight 0") && d.line == 2),
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
        errors
            .iter()
            .any(|d| d.message.contains("`best` and `worst` must differ")),
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
        "unknown duration unit \"hours\": expected \"min\", \"h\" or \"d\"",
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
    assert!(errors[0].message.starts_with("invalid TOML"), "{errors:?}");
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
