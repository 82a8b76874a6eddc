//! The output in the buyer's language: `--lang pl|en`, else the locale, else English; Polish
//! plural forms and number style in the ranking table.

use crate::common::{offerlens, stdout_of};

fn table(args: &[&str], env: &[(&str, &str)]) -> String {
    let mut cmd = offerlens();
    cmd.args(["rank", "samples/agencies.csv"]).args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    stdout_of(&mut cmd)
}

#[test]
fn the_ranking_table_in_polish() {
    insta::assert_snapshot!(table(&["--lang", "pl"], &[]));
}

#[test]
fn the_ranking_table_in_english() {
    insta::assert_snapshot!(table(&["--lang", "en"], &[]));
}

#[test]
fn the_locale_picks_the_language_and_the_flag_overrides_it() {
    let polish = table(&[], &[("LANG", "pl_PL.UTF-8")]);
    assert!(polish.contains("7 ofert · suma ważona"), "{polish}");
    assert!(polish.contains("Wykonawca"), "{polish}");
    // Thousands grouped with a no-break space, a decimal comma.
    assert!(polish.contains("94,7        1\u{a0}500"), "{polish}");
    let english = table(&["--lang", "en"], &[("LANG", "pl_PL.UTF-8")]);
    assert!(english.contains("7 offers · weighted sum"), "{english}");
    let by_lc_all = table(&[], &[("LC_ALL", "pl_PL.UTF-8"), ("LANG", "en_US.UTF-8")]);
    assert!(by_lc_all.contains("Wykonawca"), "{by_lc_all}");
    let unknown = table(&[], &[("LANG", "de_DE.UTF-8")]);
    assert!(unknown.contains("Vendor"), "{unknown}");
}

#[test]
fn an_unknown_language_is_refused_naming_the_choices() {
    let out = offerlens()
        .args(["rank", "samples/agencies.csv", "--lang", "de"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("expected pl or en, found 'de'"), "{err}");
}

fn check_brief(lang: &str) -> String {
    let out = offerlens()
        .args(["check", "--brief", "--lang", lang, "samples/agencies.csv"])
        .output()
        .unwrap();
    // The sample has an unreadable cell: `check` says so with exit status 1.
    assert_eq!(out.status.code(), Some(1));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn check_in_polish() {
    insta::assert_snapshot!(check_brief("pl"));
}

#[test]
fn check_in_english() {
    insta::assert_snapshot!(check_brief("en"));
}

fn markdown(lang: &str) -> String {
    let mut cmd = offerlens();
    cmd.args(["rank", "-f", "md", "--lang", lang, "samples/agencies.csv"])
        .env("SOURCE_DATE_EPOCH", "1795336200");
    // The sample has an unreadable cell: the report is written all the same.
    let out = cmd.output().unwrap();
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_markdown_report_in_polish() {
    let md = markdown("pl");
    assert!(
        md.starts_with("# Ranking ofert: MŚP z regularnym ruchem"),
        "{md}"
    );
    insta::assert_snapshot!(md);
}

#[test]
fn the_markdown_report_in_english() {
    let md = markdown("en");
    assert!(
        md.starts_with("# Offer ranking: SME with regular traffic"),
        "{md}"
    );
    insta::assert_snapshot!(md);
}

#[test]
fn the_screen_at_120x40_in_both_languages_is_snapshot_tested_in_the_tui_tests() {
    // The screen's snapshots live with the other screens: tui::screen_120x40 (English) and
    // tui::screen_in_polish_120x40; this test only keeps the list of languages' outputs whole.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    for name in [
        "tests__tui__screen_120x40.snap",
        "tests__tui__screen_in_polish_120x40.snap",
    ] {
        assert!(dir.join(name).exists(), "{name}");
    }
}

/// What a command wrote to stderr.
fn stderr_of(args: &[&str]) -> String {
    let out = offerlens().args(args).output().unwrap();
    String::from_utf8(out.stderr).unwrap()
}

#[test]
fn bad_input_is_reported_in_polish_at_the_same_places() {
    let dir = tempfile::tempdir().unwrap();
    let toml = dir.path().join("c.toml");
    std::fs::write(
        &toml,
        "name = \"x\"\n\n[[criterion]]\nid = \"fee\"\nkind = \"money\"\nweight = 1\nwieght = 2\n",
    )
    .unwrap();
    let toml = toml.to_str().unwrap();
    let en = stderr_of(&["rank", "-c", toml, "samples/agencies.csv", "--lang", "en"]);
    let pl = stderr_of(&["rank", "-c", toml, "samples/agencies.csv", "--lang", "pl"]);
    let place = format!("{toml}:7:1:");
    assert!(
        en.contains(&place) && en.contains("unknown key `wieght`"),
        "{en}"
    );
    assert!(
        pl.contains(&place) && pl.contains("nieznany klucz `wieght`"),
        "{pl}"
    );
    assert!(pl.contains("czy chodzi o `weight`"), "{pl}");

    let csv = dir.path().join("o.csv");
    std::fs::write(&csv, "Agencja;Czas reakcji P1\nA;szybko\n").unwrap();
    let csv = csv.to_str().unwrap();
    let check = |lang: &str| {
        let out = offerlens()
            .args(["check", csv, "--lang", lang])
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let (en, pl) = (check("en"), check("pl"));
    let cell = format!("{csv}:2:2:");
    assert!(
        en.contains(&cell) && en.contains("expected a duration"),
        "{en}"
    );
    assert!(
        pl.contains(&cell) && pl.contains("oczekiwano: czas"),
        "{pl}"
    );
    let missing = stderr_of(&["rank", "nie-ma.csv", "--lang", "pl"]);
    assert!(
        missing.contains("nie-ma.csv") && missing.contains("nie ma takiego pliku"),
        "{missing}"
    );
}
