//! The interactive screen without a terminal: `App::update` driven by actions, and whole
//! screens drawn into ratatui's `TestBackend` (insta snapshots at 80×24 and 120×40).

use std::path::PathBuf;

use offerlens::analysis::Analysis;
use offerlens::criteria;
use offerlens::export::Format;
use offerlens::i18n::Lang;
use offerlens::import::{self, Limits};
use offerlens::session::Source;
use offerlens::tui::app::{Action, App, Effect, Mode, Pane, Popup, SaveFailure};
use offerlens::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Modifier;

use crate::common::{self, profile_text};

fn analysis(profile: &str, offers: &str) -> Analysis {
    common::analysis(&[PathBuf::from(offers)], common::profile(profile))
}

/// The screen a user gets from `offerlens tui samples/agencies.csv -p PROFILE`.
fn app(profile: &str) -> App {
    App::new(
        analysis(profile, "samples/agencies.csv"),
        Source::Profile(profile.into()),
        profile_text(profile),
        vec!["samples/agencies.csv".into()],
    )
}

/// The same, as if opened with `-c criteria/PROFILE.toml`.
fn app_on_file(profile: &str) -> App {
    let mut app = app(profile);
    app.source = Source::File(PathBuf::from(format!("criteria/{profile}.toml")));
    app
}

fn leader(app: &App) -> String {
    app.vendor(app.analysis.ranking[0].offer)
}

fn select_criterion(app: &mut App, id: &str) {
    app.update(Action::NextPane);
    app.update(Action::Top);
    for _ in 0..app.analysis.criteria.criteria.len() {
        if app.analysis.criteria.criteria[app.criterion].id == id {
            return;
        }
        app.update(Action::Down);
    }
    panic!("criterion {id} not reachable in the weights pane");
}

fn draw(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| view::render(f, app)).unwrap();
    terminal
}

fn screen_text(app: &App, width: u16, height: u16) -> String {
    draw(app, width, height).backend().to_string()
}

// ---- App::update -----------------------------------------------------------------------------

#[test]
fn raising_a_weight_re_ranks_at_once_and_shows_who_moved() {
    let mut app = app("info-site");
    assert_eq!(leader(&app), "WebOpieka Sp. z o.o.");
    select_criterion(&mut app, "price_indexation");
    let before = app.analysis.weights[app.criterion];
    // A fixed price is what Pixel Serwis offers and the leader does not (its fee follows
    // inflation): raised far enough, it takes the lead.
    let mut steps = 0;
    while leader(&app) == "WebOpieka Sp. z o.o." && steps < 20 {
        app.update(Action::WeightUp);
        steps += 1;
    }
    assert_eq!(
        app.analysis.weights[app.criterion],
        before + f64::from(steps)
    );
    assert_eq!(steps, 11);
    assert_eq!(leader(&app), "Pixel Serwis s.c.");
    assert!(app.dirty());
    let pixel = app.analysis.ranking[0].offer;
    assert!(app.rank_change(pixel) > 0, "the new leader moved up");
    let (_, message) = app.message.clone().unwrap();
    assert!(
        message.to_string().contains("new leader: Pixel Serwis"),
        "{message}"
    );
    // Back down: the original order, and nothing unsaved.
    for _ in 0..steps {
        app.update(Action::WeightDown);
    }
    assert_eq!(leader(&app), "WebOpieka Sp. z o.o.");
    assert!(!app.dirty());
}

#[test]
fn no_weight_goes_below_zero_and_one_always_stays_positive() {
    let mut app = app("sme");
    select_criterion(&mut app, "monthly_fee");
    for _ in 0..20 {
        app.update(Action::WeightDown);
    }
    assert_eq!(app.analysis.weights[app.criterion], 0.0);
    // Set every other weight to zero: the last one refuses to follow.
    let n = app.analysis.weights.len();
    for j in 0..n {
        app.analysis.weights[j] = 0.0;
    }
    app.analysis.weights[app.criterion] = 1.0;
    app.update(Action::WeightDown);
    assert_eq!(app.analysis.weights[app.criterion], 1.0);
    assert!(
        app.message
            .unwrap()
            .1
            .to_string()
            .contains("must keep a weight above 0")
    );
}

#[test]
fn quitting_with_unsaved_changes_asks_first() {
    let mut app = app_on_file("sme");
    assert_eq!(
        app.update(Action::Quit),
        Some(Effect::Quit),
        "nothing to save"
    );
    select_criterion(&mut app, "monthly_fee");
    app.update(Action::WeightUp);
    assert_eq!(app.update(Action::Quit), None);
    assert_eq!(app.popup, Some(Popup::Quit));
    // Esc: stay.
    assert_eq!(app.update(Action::Close), None);
    assert_eq!(app.popup, None);
    // Ctrl-C asks the same, and a second Ctrl-C really quits.
    assert_eq!(app.update(Action::Interrupt), None);
    assert_eq!(app.popup, Some(Popup::Quit));
    assert_eq!(app.update(Action::Interrupt), Some(Effect::Quit));
    // `n` quits without saving.
    app.popup = None;
    app.update(Action::Quit);
    assert_eq!(app.update(Action::No), Some(Effect::Quit));
}

#[test]
fn save_and_quit_writes_first_and_quits_only_when_the_save_worked() {
    let mut app = app_on_file("sme");
    select_criterion(&mut app, "monthly_fee");
    app.update(Action::WeightUp);
    app.update(Action::Quit);
    let Some(Effect::Save {
        path,
        text,
        expected_sha256,
        overwrite,
    }) = app.update(Action::Yes)
    else {
        panic!("y should save");
    };
    assert_eq!(path, PathBuf::from("criteria/sme.toml"));
    assert_eq!(expected_sha256.as_deref(), Some(app.base_sha256.as_str()));
    assert!(!overwrite);
    assert!(text.contains("weight = 7                 # buyer's choice: price counts"));
    // A failed save keeps the app open, with the reason on screen.
    let failed = app.saved(
        path.clone(),
        text.clone(),
        Err(SaveFailure::Other(
            offerlens::i18n::Msg::new("tui-reason").with("reason", "changed on disk"),
        )),
    );
    assert_eq!(failed, None);
    assert!(app.dirty());
    assert!(
        app.message
            .clone()
            .unwrap()
            .1
            .to_string()
            .contains("changed on disk")
    );
    // Retried and written: now it quits.
    app.update(Action::Quit);
    let Some(Effect::Save { text, .. }) = app.update(Action::Yes) else {
        panic!("y should save");
    };
    assert_eq!(app.saved(path, text, Ok(())), Some(Effect::Quit));
    assert!(!app.dirty());
}

#[test]
fn saving_a_built_in_profile_asks_for_a_file_name_and_for_overwriting() {
    let mut app = app("sme");
    select_criterion(&mut app, "p1_response");
    app.update(Action::WeightUp);
    assert_eq!(app.update(Action::Save), None);
    assert_eq!(
        app.popup,
        Some(Popup::SaveAs {
            path: "sme.toml".into()
        })
    );
    assert_eq!(app.mode(), Mode::Text);
    for _ in 0.."sme.toml".len() {
        app.update(Action::Backspace);
    }
    for c in "mine.toml".chars() {
        app.update(Action::Input(c));
    }
    let Some(Effect::Save {
        path,
        text,
        expected_sha256,
        overwrite,
    }) = app.update(Action::Open)
    else {
        panic!("Enter should save");
    };
    assert_eq!(path, PathBuf::from("mine.toml"));
    assert_eq!(expected_sha256, None);
    assert!(!overwrite);
    // The name is taken: ask, and overwrite only on `y`.
    assert_eq!(
        app.saved(path.clone(), text.clone(), Err(SaveFailure::Exists)),
        None
    );
    assert_eq!(
        app.popup,
        Some(Popup::Overwrite {
            path: "mine.toml".into()
        })
    );
    let Some(Effect::Save { overwrite, .. }) = app.update(Action::Yes) else {
        panic!("y should overwrite");
    };
    assert!(overwrite);
    // Saved: from now on the app works on that file.
    app.saved(path.clone(), text, Ok(()));
    assert_eq!(app.source, Source::File(path));
    assert!(!app.dirty());
}

#[test]
fn the_filter_narrows_vendors_as_you_type_and_esc_clears_it() {
    let mut app = app("sme");
    app.update(Action::Filter);
    assert_eq!(app.mode(), Mode::Text);
    for c in "SITE".chars() {
        app.update(Action::Input(c));
    }
    let visible = app.visible();
    assert_eq!(visible.len(), 1);
    assert_eq!(app.selected, Some(app.analysis.ranking[visible[0]].offer));
    assert_eq!(app.vendor(app.selected.unwrap()), "SiteCare Polska");
    // Letters are typed, not commands: `q` did not quit.
    assert_eq!(app.update(Action::Input('q')), None);
    assert!(app.visible().is_empty());
    app.update(Action::Backspace);
    app.update(Action::Open);
    assert_eq!(app.mode(), Mode::Normal);
    assert_eq!(app.visible().len(), 1);
    app.update(Action::Close);
    assert_eq!(app.visible().len(), 7);
}

#[test]
fn polish_letters_in_the_filter_match_with_or_without_diacritics() {
    let mut app = app("sme");
    app.update(Action::Filter);
    for c in "opięka".chars() {
        app.update(Action::Input(c));
    }
    assert_eq!(app.visible().len(), 1, "opięka finds WebOpieka");
}

#[test]
fn two_marked_offers_compare_side_by_side_better_ranked_first() {
    let mut app = app("sme");
    assert_eq!(app.update(Action::Compare), None);
    assert!(
        app.message
            .clone()
            .unwrap()
            .1
            .to_string()
            .contains("Mark two offers")
    );
    app.update(Action::Down);
    app.update(Action::Down);
    app.update(Action::Mark); // #3
    app.update(Action::Up);
    app.update(Action::Up);
    app.update(Action::Mark); // #1
    assert_eq!(app.marked.len(), 2);
    app.update(Action::Compare);
    let Some(Popup::Compare { a, b, .. }) = app.popup.clone() else {
        panic!("c should open the comparison");
    };
    assert_eq!(app.vendor(a), "Kodex Studio");
    assert_eq!(app.vendor(b), "SiteCare Polska");
    // A third mark replaces the oldest; space on a marked offer unmarks it.
    app.update(Action::Close);
    app.update(Action::Down);
    app.update(Action::Mark);
    assert_eq!(app.marked.len(), 2);
    app.update(Action::Mark);
    assert_eq!(app.marked.len(), 1);
}

#[test]
fn export_asks_for_format_and_path() {
    let mut app = app("sme");
    app.update(Action::Export);
    assert_eq!(app.mode(), Mode::Text);
    app.update(Action::NextPane);
    let Some(Popup::Export { format, path, .. }) = app.popup.clone() else {
        panic!("e should open the export popup");
    };
    assert_eq!(format, Format::Markdown);
    assert_eq!(path, "offerlens-ranking.md");
    assert_eq!(
        app.update(Action::Open),
        Some(Effect::Export {
            format: Format::Markdown,
            path: "offerlens-ranking.md".into(),
            overwrite: false,
        })
    );
    // The file exists: replaced only after `y`; `n` goes back to the name.
    app.exported(
        Format::Markdown,
        "offerlens-ranking.md",
        Err(SaveFailure::Exists),
    );
    assert!(matches!(app.popup, Some(Popup::ExportExists { .. })));
    app.update(Action::No);
    assert!(matches!(app.popup, Some(Popup::Export { .. })));
    app.update(Action::Open);
    app.exported(
        Format::Markdown,
        "offerlens-ranking.md",
        Err(SaveFailure::Exists),
    );
    assert_eq!(
        app.update(Action::Yes),
        Some(Effect::Export {
            format: Format::Markdown,
            path: "offerlens-ranking.md".into(),
            overwrite: true,
        })
    );
    app.exported(Format::Markdown, "offerlens-ranking.md", Ok(()));
    assert!(
        app.message
            .unwrap()
            .1
            .to_string()
            .contains("Exported the ranking (7 offers)")
    );
}

#[test]
fn panes_help_and_issues_open_and_close() {
    let mut app = app("sme");
    app.update(Action::Open);
    assert_eq!(app.focus, offerlens::tui::app::Pane::Details);
    app.update(Action::Help);
    assert_eq!(app.popup, Some(Popup::Help));
    app.update(Action::Close);
    app.update(Action::Issues);
    assert!(matches!(app.popup, Some(Popup::Issues { .. })));
    app.update(Action::Down);
    assert_eq!(app.popup, Some(Popup::Issues { scroll: 1 }));
    app.update(Action::Close);
    assert_eq!(app.popup, None);
}

#[test]
fn a_reload_keeps_the_selection_and_unsaved_tweaks_and_a_bad_edit_keeps_the_last_good_state() {
    let mut app = app_on_file("sme");
    app.update(Action::Down); // WebOpieka
    let selected = app.vendor(app.selected.unwrap());
    select_criterion(&mut app, "p1_response");
    app.update(Action::WeightUp);

    // Another window changes a different weight.
    let edited = app.base_text.replace(
        "weight = 6                 # buyer's choice: price counts",
        "weight = 9  # cheaper matters more",
    );
    assert_ne!(edited, app.base_text);
    let c = criteria::parse(&edited, "criteria/sme.toml").unwrap();
    let loaded = import::load(&[PathBuf::from("samples/agencies.csv")], &Limits::default());
    let fresh = Analysis::from_tables(c, loaded.tables, loaded.issues, crate::common::TODAY);
    app.reloaded(Ok((fresh, edited.clone())));
    assert_eq!(app.vendor(app.selected.unwrap()), selected);
    assert_eq!(
        app.analysis.criteria.criteria[app.criterion].id,
        "p1_response"
    );
    let fee = app.analysis.criteria.index_of("monthly_fee").unwrap();
    assert_eq!(app.analysis.weights[fee], 9.0, "the file's new weight");
    assert_eq!(
        app.analysis.weights[app.criterion], 10.0,
        "the unsaved tweak is kept"
    );
    assert!(app.dirty());
    assert_eq!(app.base_text, edited);

    // A broken edit: an error on screen, the last good state stays.
    let scores = app.analysis.scores.clone();
    app.reloaded(Err(offerlens::i18n::Msg::new("tui-reason")
        .with("reason", "criteria/sme.toml:12:9: invalid TOML")));
    assert_eq!(app.analysis.scores, scores);
    assert!(app.reload_error.is_some());
    let text = screen_text(&app, 80, 24);
    assert!(
        text.contains("criteria/sme.toml:12:9: invalid TOML"),
        "{text}"
    );
}

// ---- drawing ---------------------------------------------------------------------------------

#[test]
fn screen_80x24() {
    insta::assert_snapshot!(screen_text(&app("sme"), 80, 24));
}

#[test]
fn screen_120x40() {
    insta::assert_snapshot!(screen_text(&app("sme"), 120, 40));
}

#[test]
fn screen_after_a_weight_change_80x24() {
    let mut app = app("info-site");
    select_criterion(&mut app, "weekend_coverage");
    for _ in 0..4 {
        app.update(Action::WeightUp);
    }
    insta::assert_snapshot!(screen_text(&app, 80, 24));
}

#[test]
fn screen_compare_120x40() {
    insta::assert_snapshot!(screen_text(&comparing(Lang::En), 120, 40));
}

/// The sme sample with the first two offers marked and compared, in `lang`.
fn comparing(lang: Lang) -> App {
    let mut app = app("sme");
    app.lang = lang;
    app.update(Action::Mark);
    app.update(Action::Down);
    app.update(Action::Mark);
    app.update(Action::Compare);
    app
}

#[test]
fn the_export_menu_lists_every_format_within_80_columns() {
    for lang in [Lang::En, Lang::Pl] {
        let mut app = app("sme");
        app.lang = lang;
        app.update(Action::Export);
        app.update(Action::NextPane);
        app.update(Action::NextPane);
        let screen = screen_text(&app, 80, 24);
        let menu: String = screen
            .lines()
            .skip_while(|l| !l.contains("XLSX"))
            .take(2)
            .collect();
        let text = if lang == Lang::Pl { "tekst" } else { "text" };
        for name in ["XLSX", "Markdown", "HTML", "CSV (PL Excel)", "JSON", text] {
            assert!(menu.contains(name), "{lang:?}: {name} in\n{screen}");
        }
        assert!(screen.contains("offerlens-ranking.html"), "{screen}");
    }
}

#[test]
fn screen_help_80x24() {
    let mut app = app("sme");
    app.update(Action::Help);
    insta::assert_snapshot!(screen_text(&app, 80, 24));
}

#[test]
fn screen_issues_80x24() {
    let mut app = app("sme");
    app.update(Action::Issues);
    insta::assert_snapshot!(screen_text(&app, 80, 24));
}

#[test]
fn a_terminal_below_60x15_gets_a_message_instead_of_a_broken_layout() {
    let text = screen_text(&app("sme"), 50, 12);
    assert!(text.contains("Terminal too small"), "{text}");
    assert!(text.contains("50×12"), "{text}");
    // At the limit the screen is drawn.
    let text = screen_text(&app("sme"), 60, 15);
    assert!(text.contains("Kodex Studio"), "{text}");
}

#[test]
fn without_colors_the_selection_is_still_visible() {
    let mut app = app("sme");
    app.color = false;
    let terminal = draw(&app, 80, 24);
    let buffer = terminal.backend().buffer();
    // Row 2 of the screen is the first offer, selected.
    let selected_row = 2;
    let other_row = 3;
    let x = 10;
    assert!(
        buffer[(x, selected_row)]
            .modifier
            .contains(Modifier::REVERSED)
    );
    assert!(!buffer[(x, other_row)].modifier.contains(Modifier::REVERSED));
    for y in 0..24 {
        for x in 0..80 {
            let cell = &buffer[(x, y)];
            assert_eq!(cell.fg, ratatui::style::Color::Reset, "no color at {x},{y}");
            assert_eq!(cell.bg, ratatui::style::Color::Reset, "no color at {x},{y}");
        }
    }
}

#[test]
fn vendor_text_with_escape_sequences_and_bidi_controls_is_shown_harmlessly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hostile.csv");
    std::fs::write(
        &path,
        "Agencja;Abonament miesięczny;Czas reakcji P1\n\
         \"Evil\u{1b}]0;pwned\u{7}\u{1b}[2J Co\u{202e}gnp.exe\";1000 zł;1 h\n\
         Good Co;1200 zł;30 min\n",
    )
    .unwrap();
    let loaded = import::load(std::slice::from_ref(&path), &Limits::default());
    let analysis = Analysis::from_tables(
        common::profile("sme"),
        loaded.tables,
        loaded.issues,
        crate::common::TODAY,
    );
    let mut app = App::new(
        analysis,
        Source::Profile("sme".into()),
        profile_text("sme"),
        vec![path.display().to_string()],
    );
    for step in 0..3 {
        let text = screen_text(&app, 120, 40);
        assert!(!text.contains('\u{1b}'), "{text}");
        assert!(!text.contains('\u{7}'), "{text}");
        assert!(!text.contains('\u{202e}'), "{text}");
        if step < 2 {
            assert!(text.contains("Evil"), "{text}");
        }
        match step {
            0 => app.update(Action::Down),
            _ => app.update(Action::Issues),
        };
    }
}

#[test]
fn a_screen_with_no_offers_says_where_to_look() {
    let app = App::new(
        Analysis::from_tables(
            common::profile("sme"),
            Vec::new(),
            Vec::new(),
            crate::common::TODAY,
        ),
        Source::Profile("sme".into()),
        profile_text("sme"),
        vec!["empty/".into()],
    );
    let text = screen_text(&app, 80, 24);
    assert!(text.contains("No offers were read"), "{text}");
}

#[test]
fn fractional_weights_come_back_exactly() {
    let mut app = app("info-site");
    select_criterion(&mut app, "plan_90_days");
    assert_eq!(app.analysis.weights[app.criterion], 0.25);
    app.update(Action::WeightUp);
    app.update(Action::WeightDown);
    assert_eq!(app.analysis.weights[app.criterion], 0.25);
    assert!(!app.dirty());
}

#[test]
fn plus_and_minus_bring_the_weights_pane_forward() {
    let mut app = app("sme");
    assert_eq!(app.focus, Pane::Ranking);
    app.update(Action::WeightUp);
    assert_eq!(app.focus, Pane::Weights);
    assert!(screen_text(&app, 80, 24).contains("Weights · 49 criteria"));
}

#[test]
fn a_second_q_in_the_quit_question_stays_and_an_abandoned_save_and_quit_is_forgotten() {
    let mut app = app("sme");
    app.update(Action::WeightUp);
    app.update(Action::Quit);
    assert_eq!(app.update(Action::Quit), None, "q again: stay");
    assert_eq!(app.popup, None);
    // y on a profile asks for a name; Esc there abandons save-and-quit.
    app.update(Action::Quit);
    app.update(Action::Yes);
    assert!(matches!(app.popup, Some(Popup::SaveAs { .. })));
    app.update(Action::Close);
    // A later plain save does not quit.
    app.update(Action::Save);
    let Some(Effect::Save { path, text, .. }) = app.update(Action::Open) else {
        panic!("Enter should save");
    };
    assert_eq!(app.saved(path, text, Ok(())), None);
}

#[test]
fn scrolling_back_up_works_at_once_after_jumping_to_the_end() {
    let mut app = app("sme");
    app.update(Action::Bottom);
    app.update(Action::Open);
    draw(&app, 80, 24);
    app.update(Action::Bottom);
    let end = app.details_scroll;
    assert!(end > 0 && end < 200, "{end}");
    app.update(Action::Up);
    assert_eq!(app.details_scroll, end - 1);
    // At the end, the last criterion is on screen.
    app.update(Action::Bottom);
    let last: String = app
        .analysis
        .criteria
        .criteria
        .last()
        .unwrap()
        .label
        .chars()
        .take(12)
        .collect();
    assert!(screen_text(&app, 80, 24).contains(&last));
    // The same in the issues list.
    app.update(Action::Issues);
    draw(&app, 80, 24);
    app.update(Action::Bottom);
    app.update(Action::Up);
    let Some(Popup::Issues { scroll }) = app.popup else {
        panic!("the issues list is open")
    };
    assert_eq!(scroll, app.limits.issues.get().saturating_sub(1));
}

#[test]
fn every_knock_out_and_flag_of_an_offer_can_be_read_at_80x24() {
    let mut app = app("sme");
    app.update(Action::Filter);
    for c in "taniweb".chars() {
        app.update(Action::Input(c));
    }
    app.update(Action::Open);
    app.update(Action::Open);
    let o = app.selected.unwrap();
    let mut seen = String::new();
    for _ in 0..60 {
        seen.push_str(&screen_text(&app, 80, 24));
        seen.push('\n');
        app.update(Action::Down);
    }
    // Lines of the screen, with the borders and the wrapping taken out.
    let words: String = seen
        .split(['│', '"', '\n'])
        .flat_map(str::split_whitespace)
        .collect::<Vec<_>>()
        .join(" ");
    for f in &app.analysis.evaluation.flags[o] {
        let message = f.message(&app.analysis.criteria).to_string();
        let start: String = message
            .split_whitespace()
            .take(4)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(words.contains(&start), "flag not reachable: {message}");
    }
    for k in &app.analysis.evaluation.knockouts[o] {
        let message = k.message.to_string();
        let start: String = message
            .split_whitespace()
            .take(4)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            words.contains(&start),
            "knock-out not reachable: {}",
            k.message
        );
    }
}

#[test]
fn clearing_a_filter_that_matched_nothing_selects_an_offer_again() {
    let mut app = app("sme");
    app.update(Action::Filter);
    app.update(Action::Paste("zzz\n".into()));
    assert!(app.visible().is_empty());
    assert_eq!(app.selected, None);
    app.update(Action::Open);
    app.update(Action::Close);
    assert_eq!(app.visible().len(), 7);
    assert!(app.selected.is_some());
}

#[test]
fn a_message_after_a_bad_reload_is_not_hidden_by_it() {
    let mut app = app_on_file("sme");
    app.reloaded(Err(offerlens::i18n::Msg::new("tui-reason")
        .with("reason", "criteria/sme.toml:3:1: invalid TOML")));
    assert!(screen_text(&app, 80, 24).contains("criteria/sme.toml:3:1"));
    app.update(Action::Save);
    let text = screen_text(&app, 80, 24);
    assert!(text.contains("No unsaved weight changes"), "{text}");
    assert!(text.contains("criteria file has errors"), "{text}");
}

#[test]
fn a_long_criteria_path_leaves_room_for_the_unsaved_marker_and_the_issue_count() {
    let mut app = app("sme");
    app.source = Source::File(PathBuf::from(
        "/home/consultant/clients/acme-hosting-tender-2025/round-2/criteria-weights.toml",
    ));
    app.update(Action::WeightUp);
    let text = screen_text(&app, 80, 24);
    let status = text.lines().rev().nth(1).unwrap();
    assert!(status.contains("● unsaved"), "{status}");
    assert!(status.contains("1 error"), "{status}");
    assert!(status.contains("criteria-weights.toml"), "{status}");
}

#[test]
fn a_reload_finds_the_same_offer_again_when_two_files_name_the_same_vendor() {
    let offers = "samples";
    let make = |text: &str| {
        let loaded = import::load(&[PathBuf::from(offers)], &Limits::default());
        Analysis::from_tables(
            criteria::parse(text, "criteria/sme.toml").unwrap(),
            loaded.tables,
            loaded.issues,
            crate::common::TODAY,
        )
    };
    let text = profile_text("sme");
    let mut app = App::new(
        make(&text),
        Source::File("criteria/sme.toml".into()),
        text.clone(),
        vec![offers.into()],
    );
    // The later ones are told apart by name: "Kodex Studio (2)".
    let kodex: Vec<usize> = (0..app.analysis.offers.len())
        .filter(|&o| {
            app.analysis.offers.offers[o]
                .vendor
                .starts_with("Kodex Studio")
        })
        .collect();
    assert!(
        kodex.len() >= 2,
        "the samples name Kodex Studio in several files"
    );
    let second = kodex[1];
    assert_eq!(
        app.analysis.offers.offers[second].vendor,
        "Kodex Studio (2)"
    );
    app.selected = Some(second);
    app.marked = vec![kodex[0], second];
    let place = |app: &App, o: usize| {
        app.analysis
            .offers
            .location(app.analysis.offers.offers[o].source)
    };
    let before = place(&app, second);

    let edited = text.replacen("weight = 7 ", "weight = 6 ", 1);
    app.reloaded(Ok((make(&edited), edited)));
    assert_eq!(place(&app, app.selected.unwrap()), before);
    assert_eq!(app.marked.len(), 2);
    assert_ne!(app.marked[0], app.marked[1]);
}

#[test]
fn screen_in_polish_120x40() {
    let mut app = app("sme");
    app.lang = Lang::Pl;
    insta::assert_snapshot!(screen_text(&app, 120, 40));
}

#[test]
fn screen_help_in_polish_100x30() {
    let mut app = app("sme");
    app.lang = Lang::Pl;
    app.update(Action::Help);
    insta::assert_snapshot!(screen_text(&app, 100, 30));
}

#[test]
fn screen_compare_in_polish_120x40() {
    insta::assert_snapshot!(screen_text(&comparing(Lang::Pl), 120, 40));
}

#[test]
fn the_issues_and_export_windows_speak_polish() {
    let mut app = app("sme");
    app.lang = Lang::Pl;
    app.update(Action::Issues);
    let screen = screen_text(&app, 100, 30);
    assert!(screen.contains("Problemy · "), "{screen}");
    assert!(screen.contains("błąd"), "{screen}");
    assert!(screen.contains("przewijanie · Esc zamyka"), "{screen}");
    app.update(Action::Close);
    app.update(Action::Export);
    let screen = screen_text(&app, 100, 30);
    assert!(screen.contains("Eksport rankingu"), "{screen}");
    assert!(screen.contains("Plik: "), "{screen}");
}

#[test]
fn x_compares_the_selected_offer_with_the_leader() {
    let mut app = app("sme");
    let leader = app.analysis.ranking[0].offer;
    let third = app.analysis.ranking[2].offer;
    app.selected = Some(third);
    app.update(offerlens::tui::app::Action::Explain);
    assert_eq!(
        app.popup,
        Some(offerlens::tui::app::Popup::Compare {
            a: leader,
            b: third,
            scroll: 0
        })
    );
    // On the leader itself, the runner-up is the other side.
    app.popup = None;
    app.selected = Some(leader);
    app.update(offerlens::tui::app::Action::Explain);
    let runner_up = app.analysis.ranking[1].offer;
    assert!(
        matches!(app.popup, Some(offerlens::tui::app::Popup::Compare { a, b, .. }) if a == leader && b == runner_up)
    );
}

// ---- How sure: the background work -------------------------------------------------------------

/// Runs the background work for the screen as it is and takes its result in.
fn wait_for_odds(app: &mut App) {
    let job = offerlens::tui::odds::Job::start(app);
    let start = std::time::Instant::now();
    loop {
        if let Some(found) = job.take() {
            app.odds = Some(found);
            return;
        }
        assert!(
            start.elapsed().as_secs() < 60,
            "no result from the background work"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

/// The chance of first place, the selected criterion's tipping points and the selected offer's
/// price to win come from another thread; after a weight change the old chances are marked
/// and the tipping points and price wait for the new result.
#[test]
fn the_screen_shows_how_sure_the_leader_is_and_marks_what_is_being_recomputed() {
    let mut app = app("sme");
    let webopieka = (0..app.analysis.offers.len())
        .find(|&o| app.vendor(o).starts_with("WebOpieka"))
        .unwrap();
    app.selected = Some(webopieka);
    select_criterion(&mut app, "p1_response");
    let before = screen_text(&app, 120, 40);
    assert!(
        before.contains("Where the leader changes: computing…"),
        "{before}"
    );
    assert!(before.contains("Price to win: computing…"), "{before}");

    wait_for_odds(&mut app);
    let odds = app.odds.clone().unwrap();
    let ranked: f64 = odds.first.iter().sum();
    assert!(
        (ranked - 1.0).abs() < 1e-9,
        "the shares of first place add up to 1: {ranked}"
    );
    let screen = screen_text(&app, 120, 40);
    // Kodex Studio leads in every draw (as `offerlens sensitivity` says).
    let kodex = screen.lines().find(|l| l.contains("Kodex Studio")).unwrap();
    assert!(kodex.contains("100%"), "{kodex}");
    assert!(
        screen.contains("The leader changes above") && screen.contains("(WebOpieka"),
        "{screen}"
    );
    let spaced = screen.replace(['\u{a0}', '\u{202f}'], " ");
    assert!(
        spaced.contains("Price to win: 500 PLN (now 1,200 PLN)"),
        "{screen}"
    );

    app.update(Action::WeightUp);
    let stale = screen_text(&app, 120, 40);
    let kodex = stale.lines().find(|l| l.contains("Kodex Studio")).unwrap();
    assert!(
        kodex.contains("~100%"),
        "a figure for the old weights is marked: {kodex}"
    );
    assert!(
        stale.contains("Where the leader changes: computing…"),
        "{stale}"
    );
    assert!(stale.contains("Price to win: computing…"), "{stale}");
    wait_for_odds(&mut app);
    let fresh = screen_text(&app, 120, 40);
    assert!(
        !fresh.contains("~100%") && !fresh.contains("computing…"),
        "{fresh}"
    );
}

#[test]
fn the_details_pane_shows_each_evaluators_rating_and_comment_and_marks_a_disagreement() {
    let text = std::fs::read_to_string("samples/ratings-criteria.toml").unwrap();
    let criteria = offerlens::criteria::parse(&text, "samples/ratings-criteria.toml").unwrap();
    let loaded = offerlens::session::analyze(
        &[PathBuf::from("samples/agencies.csv")],
        criteria,
        &offerlens::import::Limits::default(),
        crate::common::TODAY,
    );
    let mut app = App::new(
        loaded.analysis,
        Source::File(PathBuf::from("samples/ratings-criteria.toml")),
        text,
        vec!["samples/agencies.csv".into()],
    );
    let kodex = app
        .analysis
        .ranking
        .iter()
        .find(|r| app.vendor(r.offer) == "Kodex Studio")
        .map(|r| r.offer);
    app.selected = kodex;
    let screen = screen_text(&app, 120, 45);
    assert!(
        screen.contains("Sales call: Anna Kowalska (właścicielka) 5 · Ewa Wiśniewska (IT) 5 · Piotr Nowak (marketing) 2  ⚠ the evaluators"),
        "{screen}"
    );
    assert!(
        screen.contains(
            "Piotr Nowak (marketing): „rozmowa głównie o cenie, mało o naszych kampaniach”"
        ),
        "{screen}"
    );
}
