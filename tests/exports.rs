//! What procurement takes away, as a user runs it: every format stamped with an audit block,
//! reproducible with SOURCE_DATE_EPOCH, Polish-Excel CSV, the Markdown report, and vendor text
//! that cannot run as a formula, a link or HTML in any of them.

use std::fs;

use serde_json::Value;

use crate::common::offerlens;

fn run(args: &[&str], epoch: Option<&str>) -> Vec<u8> {
    let mut cmd = offerlens();
    cmd.args(args).env_remove("SOURCE_DATE_EPOCH");
    if let Some(e) = epoch {
        cmd.env("SOURCE_DATE_EPOCH", e);
    }
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn json_carries_the_audit_block() {
    let out = run(
        &["rank", "samples/agencies.csv", "-f", "json"],
        Some("1795336200"),
    );
    let v: Value = serde_json::from_slice(&out).unwrap();
    let audit = &v["audit"];
    assert_eq!(
        audit["tool"],
        format!("offerlens {}", env!("CARGO_PKG_VERSION"))
    );
    assert_eq!(audit["generated_at"], "2026-11-22T08:30:00Z");
    assert_eq!(audit["criteria_name"], "SME with regular traffic");
    assert_eq!(audit["criteria_sha256"], v["criteria"]["sha256"]);
    assert_eq!(audit["profile"], "sme");
    assert_eq!(audit["method"], "weighted_sum");
    let inputs = audit["inputs"].as_array().unwrap();
    assert_eq!(inputs.len(), 1);
    assert_eq!(inputs[0]["path"], "samples/agencies.csv");
    let bytes = fs::read("samples/agencies.csv").unwrap();
    assert_eq!(
        inputs[0]["sha256"],
        offerlens::digest::sha256_hex(&bytes).as_str()
    );
    // The contract's keys are all still there.
    for key in ["criteria", "offers", "issues"] {
        assert!(v.get(key).is_some(), "{key}");
    }
}

#[test]
fn the_same_inputs_give_identical_files_with_source_date_epoch_or_no_timestamp() {
    for format in ["json", "csv", "md"] {
        let args = ["rank", "samples/agencies.csv", "-f", format];
        let a = run(&args, Some("1795336200"));
        let b = run(&args, Some("1795336200"));
        assert_eq!(a, b, "{format} with SOURCE_DATE_EPOCH");
        let mut no_time = args.to_vec();
        no_time.push("--no-timestamp");
        let c = run(&no_time, None);
        std::thread::sleep(std::time::Duration::from_millis(1100));
        let d = run(&no_time, None);
        assert_eq!(c, d, "{format} with --no-timestamp");
        assert!(!String::from_utf8_lossy(&c).contains("2026-11-22T08:30:00Z"));
    }
}

#[test]
fn a_bad_source_date_epoch_is_a_usage_error() {
    offerlens()
        .args(["rank", "samples/agencies.csv", "-f", "json"])
        .env("SOURCE_DATE_EPOCH", "yesterday")
        .assert()
        .code(2)
        .stderr(predicates::str::contains("SOURCE_DATE_EPOCH"));
}

#[test]
fn the_evaluation_date_follows_source_date_epoch() {
    // Webmaster24's latest reference is from 2018: more than five years old in 2026, not yet
    // in mid-2023. The age flag counts from the day the run is dated, not from the machine's clock.
    let flags_of_webmaster24 = |epoch: &str| -> Vec<String> {
        let out = run(&["rank", "samples/agencies.csv", "-f", "json"], Some(epoch));
        let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
        let offer = json["offers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["vendor"] == "Webmaster24")
            .unwrap()
            .clone();
        offer["flags"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(flags_of_webmaster24("1780000000").contains(&"stale_references".to_string()));
    assert!(!flags_of_webmaster24("1685577600").contains(&"stale_references".to_string()));
}

#[test]
fn polish_csv_has_a_bom_semicolons_and_decimal_commas() {
    let out = run(
        &[
            "rank",
            "samples/agencies.csv",
            "-f",
            "csv",
            "--csv-dialect",
            "pl",
        ],
        Some("1795336200"),
    );
    assert!(out.starts_with("\u{feff}".as_bytes()), "UTF-8 BOM first");
    let text = String::from_utf8(out[3..].to_vec()).unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 7);
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert_eq!(&rows[0][col("vendor")], "Kodex Studio");
    assert_eq!(&rows[0][col("score")], "94,7");
    assert_eq!(&rows[0][col("monthly_cost")], "1500,00");
    // Yes and no as Polish Excel's readers say them.
    assert_eq!(&rows[0][col("disqualified")], "nie");
    assert_eq!(&rows[0][col("cms_updates")], "tak");
    assert_eq!(&rows[0][col("generated_at")], "2026-11-22T08:30:00Z");
    assert_eq!(rows[0][col("source_sha256")].len(), 64);
}

#[test]
fn the_markdown_report_names_the_winner_and_why() {
    let out = String::from_utf8(run(
        &["rank", "samples/agencies.csv", "-f", "md"],
        Some("1795336200"),
    ))
    .unwrap();
    assert!(out.starts_with("# Offer ranking: SME with regular traffic\n"));
    assert!(
        out.contains("## Winner: Kodex Studio (94.7 points)"),
        "{out}"
    );
    assert!(out.contains("Kodex Studio leads WebOpieka Sp. z o.o. by 6.1 points."));
    assert!(
        out.contains("- Risk-adjusted monthly cost: 1,641\u{a0}PLN against 2,428\u{a0}PLN (+3.6)")
    );
    assert!(
        out.contains("| 1 | Kodex Studio | 94.7 | 1,500 | 1,641 |  |"),
        "{out}"
    );
    assert!(out.contains("## Knock-outs\n\n- **TaniWeb**: P1 response time 1 day"));
    // The risk cost, term by term, adds up.
    assert!(
        out.contains("| Vendor | fee | extra hours | downtime | credits | Risk cost |"),
        "{out}"
    );
    assert!(
        out.contains("| Kodex Studio | 1,500 | 0 | 146 | −5 | 1,641 |"),
        "{out}"
    );
    assert!(out.contains("## Weights used"));
    assert!(out.contains("- Generated: `2026-11-22T08:30:00Z`"));
}

/// Offers whose vendor names and answers are attacks on whoever opens the export.
const HOSTILE: &str = "Agencja;Abonament miesięczny;Czas reakcji P1;Zakres prac\n\
=HYPERLINK(\"http://evil\",\"click\");1000 zł;30 min;\"x,=cmd|' /C calc'!A0\"\n\
[click](javascript:alert(1));1100 zł;1 h;<img src=x onerror=alert(1)>\n\
@SUM(A1);1200 zł;2 h;+1+1\n\
<img src=x onerror=alert(1)>;1300 zł;3 h;-2+3\n";

#[test]
fn injection_payloads_come_out_inert_in_csv_markdown_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let offers = dir.path().join("hostile.csv");
    fs::write(&offers, HOSTILE).unwrap();
    let path = offers.to_str().unwrap();

    for dialect in ["rfc4180", "pl"] {
        let out = run(
            &["rank", path, "-f", "csv", "--csv-dialect", dialect],
            Some("0"),
        );
        let text = String::from_utf8_lossy(&out)
            .trim_start_matches('\u{feff}')
            .to_string();
        let delimiter = if dialect == "pl" { b';' } else { b',' };
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .from_reader(text.as_bytes());
        // Opened in a spreadsheet of the other locale, the file splits at the other separator:
        // no piece may start a formula then either.
        let other = if dialect == "pl" { ',' } else { ';' };
        for line in text.lines() {
            for piece in line.split(other) {
                let piece = piece.trim_start_matches('"').trim_start();
                assert!(
                    !matches!(piece.chars().next(), Some('=' | '+' | '@')),
                    "{dialect} split at {other:?}: {piece:?} in {line}"
                );
            }
        }
        for record in reader.records() {
            for field in record.unwrap().iter() {
                let first = field.chars().next();
                assert!(
                    !matches!(first, Some('=' | '+' | '@' | '\t' | '\r')),
                    "{dialect}: a cell a spreadsheet would run: {field:?}"
                );
                if field.starts_with('-') {
                    assert!(field.parse::<f64>().is_ok(), "{field:?}");
                }
            }
        }
    }

    let md = String::from_utf8(run(&["rank", path, "-f", "md"], Some("0"))).unwrap();
    assert!(!md.contains("[click]("), "no live link:\n{md}");
    assert!(md.contains("\\<img"), "{md}");
    assert!(!md.replace("\\<", "").contains('<'), "no live HTML:\n{md}");
    assert!(md.contains("\\=HYPERLINK"), "{md}");
    assert!(md.contains("\\@SUM"), "{md}");

    // JSON keeps the text exactly (it is data, quoted by JSON itself).
    let json: Value =
        serde_json::from_slice(&run(&["rank", path, "-f", "json"], Some("0"))).unwrap();
    let vendors: Vec<&str> = json["offers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["vendor"].as_str().unwrap())
        .collect();
    assert!(vendors.contains(&"=HYPERLINK(\"http://evil\",\"click\")"));
}

#[test]
fn xlsx_needs_an_output_file_and_is_reproducible() {
    offerlens()
        .args(["rank", "samples/agencies.csv", "-f", "xlsx"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("-o"));
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.xlsx"), dir.path().join("b.xlsx"));
    for path in [&a, &b] {
        run(
            &[
                "rank",
                "samples/agencies.csv",
                "-f",
                "xlsx",
                "-o",
                path.to_str().unwrap(),
            ],
            Some("1795336200"),
        );
    }
    assert_eq!(fs::read(&a).unwrap(), fs::read(&b).unwrap());
}

#[test]
fn the_template_command_writes_a_questionnaire_for_the_criteria() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ankieta.xlsx");
    let out = offerlens()
        .args(["template", "-p", "ecommerce", "-o"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let note = String::from_utf8_lossy(&out.stderr);
    assert!(
        note.contains("offerlens rank FOLDER -p ecommerce"),
        "{note}"
    );
    use calamine::Reader;
    let book = calamine::open_workbook_auto(&path).unwrap();
    assert_eq!(
        book.sheet_names(),
        vec![offerlens::questionnaire::SHEET.to_string()]
    );
    // Without -o there is nowhere to write a workbook.
    offerlens().args(["template", "-p", "sme"]).assert().code(2);
}

#[test]
fn output_never_overwrites_the_inputs_or_lands_among_the_offers() {
    let dir = tempfile::tempdir().unwrap();
    let offers = dir.path().join("offers");
    fs::create_dir(&offers).unwrap();
    let sample = fs::read("samples/agencies.csv").unwrap();
    fs::write(offers.join("agencies.csv"), &sample).unwrap();
    let criteria = dir.path().join("c.toml");
    fs::copy("criteria/sme.toml", &criteria).unwrap();
    let refused = |target: &std::path::Path, expect: &str| {
        let out = offerlens()
            .arg("rank")
            .arg(&offers)
            .arg("-c")
            .arg(&criteria)
            .arg("-o")
            .arg(target)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", target.display());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(expect), "{err}");
    };
    refused(
        &offers.join("agencies.csv"),
        "would be read as offers next time",
    );
    // Named directly, the offer file is protected by name.
    offerlens()
        .arg("rank")
        .arg(offers.join("agencies.csv"))
        .arg("-f")
        .arg("csv")
        .arg("-o")
        .arg(offers.join("agencies.csv"))
        .assert()
        .code(2)
        .stderr(predicates::str::contains("one of the offer files"));
    refused(&criteria, "the criteria file");
    refused(
        &offers.join("ranking.csv"),
        "would be read as offers next time",
    );
    assert_eq!(fs::read(offers.join("agencies.csv")).unwrap(), sample);
    // Beside the folder is fine.
    let beside = dir.path().join("ranking.md");
    offerlens()
        .arg("rank")
        .arg(&offers)
        .arg("-o")
        .arg(&beside)
        .assert()
        .success();
    assert!(
        fs::read_to_string(&beside)
            .unwrap()
            .starts_with("# Offer ranking")
    );
}

#[test]
fn the_output_format_follows_the_file_name_and_a_contradiction_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("r.json");
    offerlens()
        .args(["rank", "samples/agencies.csv", "-o"])
        .arg(&json)
        .assert()
        .success();
    let v: Value = serde_json::from_slice(&fs::read(&json).unwrap()).unwrap();
    assert!(v.get("audit").is_some());
    offerlens()
        .args(["rank", "samples/agencies.csv", "-f", "xlsx", "-o"])
        .arg(dir.path().join("r.md"))
        .assert()
        .code(2)
        .stderr(predicates::str::contains("does not match the file name"));
    offerlens()
        .args(["template", "-p", "sme", "-o"])
        .arg(dir.path().join("q.ods"))
        .assert()
        .code(2)
        .stderr(predicates::str::contains(".xlsx"));
    // `-o -` is standard output; a folder is not a file.
    let out = run(
        &["rank", "samples/agencies.csv", "-f", "md", "-o", "-"],
        Some("0"),
    );
    assert!(String::from_utf8_lossy(&out).starts_with("# Offer ranking"));
    offerlens()
        .args(["rank", "samples/agencies.csv", "-f", "md", "-o"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicates::str::contains("is a folder"));
}

#[test]
fn a_tie_for_first_place_is_reported_as_a_tie() {
    // The samples folder holds the same offers in several formats: first place is shared.
    let md = String::from_utf8(run(&["rank", "samples", "-f", "md"], Some("0"))).unwrap();
    assert!(
        md.contains("## Winners, tied: Kodex Studio, Kodex Studio"),
        "{md}"
    );
    assert!(!md.contains("Kodex Studio leads Kodex Studio"), "{md}");
}

#[test]
fn an_unfilled_questionnaire_beside_filled_ones_is_a_warning_not_a_failure() {
    let dir = tempfile::tempdir().unwrap();
    for entry in fs::read_dir("samples/questionnaires").unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), dir.path().join(entry.file_name())).unwrap();
    }
    offerlens()
        .args(["template", "-p", "sme", "-o"])
        .arg(dir.path().join("blank.xlsx"))
        .assert()
        .success();
    let out = offerlens()
        .arg("rank")
        .arg(dir.path())
        .args(["-p", "sme"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("7 offers"), "{text}");
    assert!(text.contains("blank.xlsx:Ankieta (warning)"), "{text}");
}

#[test]
fn json_keeps_outside_text_exactly_but_escapes_what_a_terminal_would_obey() {
    let dir = tempfile::tempdir().unwrap();
    let offers = dir.path().join("oferty.csv");
    // A C1 escape (U+009B, CSI to some terminals), a right-to-left override, a zero-width space.
    let vendor = "Ev\u{9b}31mil \u{202e}X\u{200b}Y";
    fs::write(
        &offers,
        format!("Agencja;Abonament miesięczny\n{vendor};900 zł\n"),
    )
    .unwrap();
    let out = run(&["rank", offers.to_str().unwrap(), "-f", "json"], Some("0"));
    let text = String::from_utf8(out).unwrap();
    for c in ['\u{9b}', '\u{202e}', '\u{200b}'] {
        assert!(!text.contains(c), "U+{:04X} written raw", c as u32);
    }
    assert!(text.contains(r#""Ev\u009b31mil \u202eX\u200bY""#), "{text}");
    let json: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["offers"][0]["vendor"], vendor);
}
