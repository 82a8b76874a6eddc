//! The `offerlens` command as a user runs it: the sample, both formats, output files, bad input.

use std::fs;
use std::process::{Command as StdCommand, Stdio};

use serde_json::Value;

use crate::common::{offerlens, stdout_of};

#[test]
fn rank_prints_a_readable_table_of_the_sample() {
    let out = stdout_of(offerlens().args(["rank", "samples/agencies.csv"]));
    for line in out.lines() {
        assert!(
            line.chars().count() <= 80,
            "line wider than 80 columns: {line:?}"
        );
    }
    assert!(out.contains("SME with regular traffic"));
    assert!(out.contains("Kodex Studio"));
    assert!(
        out.contains("Knocked out:\n  TaniWeb: P1 response time 1 day is above the maximum of 4 h")
    );
    // The unreadable RTO "szybko" is reported with its cell.
    assert!(out.contains("samples/agencies.csv:6:6"), "{out}");
    // A bare `offerlens FILES` without a terminal does the same.
    assert_eq!(stdout_of(offerlens().arg("samples/agencies.csv")), out);
}

#[test]
fn rank_json_follows_the_contract() {
    let out = stdout_of(offerlens().args(["rank", "samples/agencies.csv", "-f", "json"]));
    let doc: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["criteria"]["name"], "SME with regular traffic");
    assert_eq!(doc["criteria"]["sha256"].as_str().unwrap().len(), 64);
    let offers = doc["offers"].as_array().unwrap();
    assert_eq!(offers.len(), 7);
    assert_eq!(offers[0]["rank"], 1);
    let scores: Vec<f64> = offers
        .iter()
        .filter(|o| !o["rank"].is_null())
        .map(|o| o["score"].as_f64().unwrap())
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    let taniweb = offers.iter().find(|o| o["vendor"] == "TaniWeb").unwrap();
    assert_eq!(taniweb["rank"], Value::Null);
    assert_eq!(taniweb["disqualified"], true);
    assert_eq!(taniweb["knockouts"][0]["criterion"], "p1_response");
    // Knocked-out offers come last.
    let first_out = offers.iter().position(|o| o["rank"].is_null()).unwrap();
    assert!(offers[first_out..].iter().all(|o| o["rank"].is_null()));

    let webopieka = offers
        .iter()
        .find(|o| o["vendor"] == "WebOpieka Sp. z o.o.")
        .unwrap();
    let p1 = &webopieka["values"]["p1_response"];
    assert_eq!(p1["raw"], "15 min");
    assert_eq!(p1["value"], 15);
    assert_eq!(p1["score"], 1.0);
    assert_eq!(p1["source"], "samples/agencies.csv:2:5");
    assert!(p1["points"].as_f64().unwrap() > 0.0);
    assert_eq!(webopieka["monthly_cost"], "2100.00");
    assert!(
        webopieka["risk_cost"]
            .as_str()
            .unwrap()
            .ends_with(|c: char| c.is_ascii_digit())
    );
    assert_eq!(webopieka["values"]["uptime"]["value"], 99.9);

    let issues = doc["issues"].as_array().unwrap();
    let szybko = issues
        .iter()
        .find(|i| i["location"] == "samples/agencies.csv:6:6")
        .unwrap();
    assert_eq!(szybko["severity"], "error");
}

#[test]
fn output_file_is_written_whole_and_stdout_stays_empty() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ranking.json");
    let out = offerlens()
        .args(["rank", "samples/agencies.csv", "-f", "json", "-o"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let doc: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(doc["offers"].as_array().unwrap().len(), 7);
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left behind"
    );
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let mut csv = String::from("Vendor;Abonament miesięczny\n");
    for i in 0..3_000 {
        csv.push_str(&format!("Agency {i};{} zł\n", 500 + i % 700));
    }
    let file = dir.path().join("many.csv");
    fs::write(&file, csv).unwrap();
    let bin = assert_cmd::cargo::cargo_bin("offerlens");
    let out = StdCommand::new("sh")
        .arg("-c")
        .arg(format!(
            "'{}' rank '{}' -f json | head -c 100 >/dev/null; echo \"status=${{PIPESTATUS:-}}\"",
            bin.display(),
            file.display()
        ))
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("panicked") && !stderr.contains("Broken pipe"),
        "{stderr}"
    );
}

#[test]
fn an_invalid_criteria_file_exits_2_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.toml");
    fs::write(
        &path,
        "name = \"x\"\n[[criterion]]\nid = \"a\"\nweight = -2\n",
    )
    .unwrap();
    let out = offerlens()
        .args(["rank", "samples/agencies.csv", "-c"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("bad.toml:4:10: weight must be 0 or more, found -2"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty());

    let out = offerlens()
        .args(["check", "-c"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn missing_files_and_unknown_profiles_exit_2_naming_them() {
    let out = offerlens()
        .args(["rank", "no/such/offers.csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/offers.csv"));

    let out = offerlens()
        .args(["rank", "samples/agencies.csv", "-c", "nope.toml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nope.toml"));

    let out = offerlens()
        .args(["rank", "samples/agencies.csv", "-p", "bank"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown profile 'bank'"));

    let out = offerlens().args(["rank"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn one_bad_file_does_not_hide_the_others() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.csv"),
        "Agencja;Abonament miesięczny\nAlfa;900 zł\n",
    )
    .unwrap();
    fs::write(dir.path().join("b.csv"), "").unwrap();
    let out = offerlens()
        .args(["rank", "-f", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["offers"][0]["vendor"], "Alfa");
    assert!(
        doc["issues"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["location"].as_str().unwrap().ends_with("b.csv"))
    );
}

#[test]
fn check_reports_data_errors_with_exit_1_and_criteria_alone_with_0() {
    let out = offerlens()
        .args(["check", "samples/agencies.csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("error   samples/agencies.csv:6:6: p1_rto: expected a duration"),
        "{text}"
    );
    assert!(
        text.contains(
            "table: one offer per row, first criterion at samples/agencies.csv:1:2, 7 offers"
        ),
        "{text}"
    );
    assert!(text.contains("'Czas reakcji P1' → p1_response"), "{text}");

    let out = offerlens().args(["check", "-p", "sme"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn vendor_text_cannot_drive_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("evil.csv");
    fs::write(
        &file,
        "Vendor;Abonament miesięczny\n\"Evil\x1b[2J\u{202e}Co\";900 zł\n",
    )
    .unwrap();
    let out = stdout_of(offerlens().arg("rank").arg(&file));
    assert!(
        !out.contains('\x1b') && !out.contains('\u{202e}'),
        "{out:?}"
    );
    assert!(out.contains("Evil[2JCo"));
}

#[test]
fn file_names_cannot_drive_the_terminal_through_error_messages() {
    let dir = tempfile::tempdir().unwrap();
    // An unreadable offer file and a broken criteria file, both named with an escape sequence
    // and a right-to-left override.
    let offers = dir.path().join("oferta\x1b[2J\u{202e}.csv");
    fs::write(&offers, "nothing here\n").unwrap();
    let out = offerlens().arg("rank").arg(&offers).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("oferta[2J.csv"), "{stderr:?}");
    assert!(
        !stderr.contains('\x1b') && !stderr.contains('\u{202e}'),
        "{stderr:?}"
    );

    let criteria = dir.path().join("kryteria\x1b]0;title\x07.toml");
    fs::write(&criteria, "name = \n").unwrap();
    let out = offerlens()
        .args(["check", "-c"])
        .arg(&criteria)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("kryteria]0;title.toml:1:"), "{stderr:?}");
    assert!(
        !stderr.contains('\x1b') && !stderr.contains('\x07'),
        "{stderr:?}"
    );
}

#[test]
fn the_interactive_screen_without_a_terminal_points_to_rank() {
    let out = offerlens()
        .args(["tui", "samples/agencies.csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("needs a terminal"), "{err}");
    assert!(err.contains("offerlens rank"), "{err}");
    assert!(
        out.stdout.is_empty(),
        "nothing drawn when there is no screen"
    );
}

#[test]
fn rank_csv_writes_one_row_per_offer_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ranking.csv");
    stdout_of(
        offerlens()
            .args(["rank", "samples/agencies.csv", "-f", "csv", "-o"])
            .arg(&path),
    );
    let text = fs::read_to_string(&path).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 7);
    assert_eq!(&rows[0][0], "1");
    assert_eq!(&rows[0][1], "Kodex Studio");
}

/// The summary line of `check`: "N offers from M files · E errors · …".
fn errors_in_summary(check_stdout: &str) -> usize {
    let summary = check_stdout
        .lines()
        .rfind(|l| l.contains(" offer") && l.contains(" from "))
        .unwrap_or_else(|| panic!("no summary line in {check_stdout}"));
    let part = summary
        .split(" · ")
        .find(|p| p.ends_with(" error") || p.ends_with(" errors"))
        .unwrap_or_else(|| panic!("no error count in {summary}"));
    part.split(' ').next().unwrap().parse().unwrap()
}

#[test]
fn a_header_only_file_fails_with_an_error_the_summary_counts() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("naglowki.csv");
    fs::write(&file, "Agencja;Abonament miesięczny;Czas reakcji P1\n").unwrap();

    let out = offerlens().arg("check").arg(&file).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert_eq!(errors_in_summary(&text), 1, "{text}");
    assert!(
        text.contains("naglowki.csv: no offers in any file: the headers are there but no offer is filled in below them"),
        "{text}"
    );

    let out = offerlens().arg("rank").arg(&file).output().unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert_eq!(out.status.code(), Some(2), "{stdout}");
    assert!(stdout.contains("Issues: 1 error,"), "{stdout}");
    assert!(
        stderr.contains("naglowki.csv: error: no offers in any file"),
        "{stderr}"
    );

    // Beside a file with offers, the same file is only a warning, and the run succeeds.
    let other = dir.path().join("oferta.csv");
    fs::write(&other, "Agencja;Abonament miesięczny\nAlfa;900 zł\n").unwrap();
    let out = offerlens()
        .arg("rank")
        .arg(&file)
        .arg(&other)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("Issues: 0 errors,"), "{stdout}");
}

#[test]
fn wide_letters_and_emoji_keep_the_ranking_table_aligned() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("oferty.csv");
    fs::write(
        &file,
        "Agencja;Abonament miesięczny;Czas reakcji P1;Dostępność\n\
         Agencja 🚀 Nova;1000 zł;1 h;99,9 %\n\
         網站;1200 zł;2 h;99,5 %\n\
         Zwykła Firma Sp. z o.o.;900 zł;4 h;99 %\n\
         網站網站網站網站網站網站網站網站網站網站網站網站;900 zł;4 h;99 %\n",
    )
    .unwrap();
    let out = stdout_of(offerlens().arg("rank").arg(&file));
    let lines: Vec<&str> = out
        .lines()
        .skip_while(|l| !l.trim_start().starts_with("#  Vendor"))
        .take_while(|l| !l.is_empty())
        .collect();
    assert_eq!(lines.len(), 5, "{out}");
    // On every line the score column ends where the header's does, whatever the names hold:
    // the score is the one `d.d` of a line (the names here have none).
    let width = unicode_width::UnicodeWidthStr::width;
    let to_score = |l: &str| {
        let b = l.as_bytes();
        let end = (1..b.len().saturating_sub(1))
            .find(|&i| b[i] == b'.' && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit())
            .unwrap_or_else(|| panic!("no score in {l:?}"));
        width(&l[..end + 2])
    };
    let header = lines[0];
    let score_end = width(&header[..header.find("Score").unwrap() + 5]);
    for line in &lines[1..] {
        assert_eq!(to_score(line), score_end, "{line:?} in\n{out}");
    }
    assert!(out.contains("網站網站"), "{out}");
    assert!(out.contains('…'), "the long name is cut: {out}");
}

#[test]
fn invisible_and_reordering_characters_do_not_reach_the_table_or_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("oferty.csv");
    fs::write(
        &file,
        "Agencja;Abonament miesięczny;Zakres prac\n\
         Ko\u{200B}dex\u{2060} Stu\u{FEFF}dio\u{200D};1000 zł;aktualizacje\u{2028}kopie\u{2029}monitoring\n\
         \u{202E}oidutS liveD\u{202C} \u{2066}Web\u{2069};1200 zł;x\u{200C}y\n",
    )
    .unwrap();
    for format in ["table", "md"] {
        let out = stdout_of(offerlens().arg("rank").arg(&file).args(["-f", format]));
        for c in [
            '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}', '\u{2028}', '\u{2029}',
            '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
            '\u{2068}', '\u{2069}',
        ] {
            assert!(!out.contains(c), "{format}: U+{:04X} in\n{out}", c as u32);
        }
        assert!(out.contains("Kodex Studio"), "{format}:\n{out}");
        assert!(out.contains("oidutS liveD Web"), "{format}:\n{out}");
    }
}

#[test]
fn check_brief_counts_the_columns_and_shows_only_errors_and_warnings() {
    let brief = crate::common::offerlens()
        .args(["check", "--brief", "samples/questionnaires"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&brief.stdout);
    assert!(!text.contains(" → "), "{text}");
    assert!(!text.contains("  info "), "{text}");
    assert!(text.contains("48 criteria found (0 by meaning)"), "{text}");
    assert!(
        text.contains("error   samples/questionnaires/agencja-nova.xlsx:Kwestionariusz!B9: p1_rto"),
        "{text}"
    );
    assert!(text.contains("7 offers from 7 files · 1 error"), "{text}");
    assert!(text.lines().count() < 40, "{text}");
    let full = crate::common::offerlens()
        .args(["check", "samples/questionnaires"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&full.stdout).contains(" → "));
    assert_eq!(brief.status.code(), full.status.code());
}

/// Rows past `--max-rows` are not read: whatever the output (here a CSV file, with nothing on
/// stdout), stderr says so with the file, and cell errors are counted.
#[test]
fn a_file_cut_at_max_rows_is_said_on_stderr_for_every_output() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = dir.path().join("ranking.csv");
    let out = offerlens()
        .args([
            "rank",
            "samples/agencies.csv",
            "--max-rows",
            "3",
            "-f",
            "csv",
            "-o",
        ])
        .arg(&out_file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("offerlens: samples/agencies.csv: more than 3 rows: only the first 3 were read (raise the cap with --max-rows)"),
        "{err}"
    );
    let whole = offerlens()
        .args(["rank", "samples/agencies.csv", "-f", "csv", "-o"])
        .arg(&out_file)
        .output()
        .unwrap();
    let err = String::from_utf8(whole.stderr).unwrap();
    assert!(
        err.contains("1 error while reading the offers: the cells it concerns count as blank"),
        "{err}"
    );
    assert!(!err.contains("only the first"), "{err}");
}
