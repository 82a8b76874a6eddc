//! Criteria the buyer's evaluators rate (kind "rating"): how they are scored, and what the
//! buyer is told while no ratings are given.

use std::fs;

use serde_json::Value;

use crate::common::offerlens;

const CRITERIA: &str = r#"name = "Ratings"
[[criterion]]
id = "monthly_fee"
kind = "money"
weight = 5
columns = ["Abonament miesięczny"]
[[criterion]]
id = "sales_call"
label = { en = "Sales call", pl = "Rozmowa handlowa" }
kind = "rating"
weight = 3
"#;

#[test]
fn a_rating_without_ratings_is_blank_for_every_offer_and_the_buyer_is_warned() {
    // The offers alone, without the samples' ratings folder beside them.
    let dir = tempfile::tempdir().unwrap();
    let criteria = dir.path().join("criteria.toml");
    fs::write(&criteria, CRITERIA).unwrap();
    let offers = dir.path().join("agencies.csv");
    fs::copy("samples/agencies.csv", &offers).unwrap();
    let offers = offers.to_str().unwrap();
    let c = criteria.to_str().unwrap();
    let out = offerlens()
        .args(["check", "-c", c, offers])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(&format!(
            "warning {c}:7: criterion 'sales_call' (Sales call) is rated by evaluators, and no ratings were given: every offer counts as blank (worst) on it"
        )),
        "{text}"
    );
    let out = offerlens()
        .args(["rank", "-c", c, offers, "-f", "json"])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    for offer in json["offers"].as_array().unwrap() {
        let value = &offer["values"]["sales_call"];
        // No value, and no points: a blank, not a vote of zero.
        assert!(value["value"].is_null(), "{value}");
        assert_eq!(value["points"], 0.0, "{value}");
    }
    // Polish too.
    let out = offerlens()
        .args(["check", "-c", c, offers, "--lang", "pl"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("kryterium „sales_call” (Rozmowa handlowa) oceniają oceniający")
    );
}

fn json_of(args: &[&str]) -> Value {
    let out = offerlens().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Every issue of a JSON ranking as "location message".
fn issue_lines(json: &Value) -> Vec<String> {
    json["issues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            format!(
                "{} {}",
                i["location"].as_str().unwrap(),
                i["message"].as_str().unwrap()
            )
        })
        .collect()
}

fn offer<'a>(json: &'a Value, vendor: &str) -> &'a Value {
    json["offers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["vendor"] == vendor)
        .unwrap_or_else(|| panic!("no offer {vendor}"))
}

#[test]
fn the_samples_three_evaluators_are_combined_and_their_disagreement_named() {
    // samples/ratings/ is beside samples/agencies.csv: read without being named.
    let json = json_of(&[
        "rank",
        "samples/agencies.csv",
        "-c",
        "samples/ratings-criteria.toml",
        "-f",
        "json",
    ]);
    let kodex = &offer(&json, "Kodex Studio")["values"]["sales_call"];
    // Anna 5, Ewa 5, Piotr 2: the median is 5, three points apart.
    assert_eq!(kodex["value"], 5);
    assert_eq!(kodex["spread"], 3.0);
    assert_eq!(kodex["ratings"]["Piotr Nowak (marketing)"], 2.0);
    assert_eq!(kodex["score"], 1.0);
    // TaniWeb's references: Anna left it blank; Piotr 1, Ewa 2: the median of two is 1.5.
    let tani = &offer(&json, "TaniWeb")["values"]["references_called"];
    assert_eq!(tani["value"], 1.5);
    assert_eq!(tani["ratings"].as_object().unwrap().len(), 2);
    let issues = issue_lines(&json);
    assert!(
        issues.iter().any(|i| i == "samples/ratings the evaluators disagree on Kodex Studio, Sales call: Anna Kowalska (właścicielka) gave 5, Piotr Nowak (marketing) 2"),
        "{issues:#?}"
    );
    assert!(issues.iter().any(|i| i.contains("Sales call: each vendor's value is the median of the evaluators' ratings; 95% of the ratings are within one point")), "{issues:#?}");
    // The same per criterion for scripts: who rated, how much they agreed, where they did not.
    let ratings = &json["ratings"];
    assert_eq!(
        ratings["evaluators"],
        serde_json::json!([
            "Anna Kowalska (właścicielka)",
            "Ewa Wiśniewska (IT)",
            "Piotr Nowak (marketing)"
        ])
    );
    // 20 of the 21 ratings of the sales call are within one point of their vendor's median.
    assert_eq!(ratings["criteria"]["sales_call"]["agreement"], 0.9524);
    assert_eq!(ratings["criteria"]["sales_call"]["aggregate"], "median");
    assert_eq!(
        ratings["criteria"]["sales_call"]["disputed"],
        serde_json::json!(["Kodex Studio"])
    );
    // The ratings files are inputs of the audit stamp.
    let inputs: Vec<&str> = json["audit"]["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["path"].as_str().unwrap())
        .collect();
    assert!(inputs.contains(&"samples/ratings/piotr.csv"), "{inputs:?}");
}

/// The samples' offers ranked (JSON) with the small criteria above and a ratings folder of
/// `files` (name, text); the folder is returned for the places in the messages.
fn ranked_with_ratings(files: &[(&str, &str)]) -> (tempfile::TempDir, std::path::PathBuf, Value) {
    let dir = tempfile::tempdir().unwrap();
    let criteria = dir.path().join("criteria.toml");
    fs::write(&criteria, CRITERIA).unwrap();
    let ratings = dir.path().join("oceny");
    fs::create_dir(&ratings).unwrap();
    for (name, text) in files {
        fs::write(ratings.join(name), text).unwrap();
    }
    let json = json_of(&[
        "rank",
        "samples/agencies.csv",
        "-c",
        criteria.to_str().unwrap(),
        "--ratings",
        ratings.to_str().unwrap(),
        "-f",
        "json",
    ]);
    (dir, ratings, json)
}

#[test]
fn ratings_files_with_mistakes_are_used_as_far_as_they_can_be_with_a_message_at_each_cell() {
    let (_dir, ratings, json) = ranked_with_ratings(&[
        // A typo in a vendor, a rating off the scale, a word for a rating.
        (
            "anna.csv",
            "Oceniający:;Anna\nAgencja;Rozmowa handlowa;Uwagi\nKodex Studjo;5;\nWebOpieka Sp. z o.o.;7;\nSiteCare Polska;dobrze;\nPixel Serwis s.c.;4;szybko oddzwonili\n",
        ),
        // The same evaluator again.
        (
            "anna_b.csv",
            "Oceniający:;anna\nAgencja;Rozmowa handlowa\nKodex Studio;1\n",
        ),
        // No name: named after the file.
        (
            "piotr.csv",
            "Agencja;Rozmowa handlowa\nPixel Serwis s.c.;2\n",
        ),
        // Rated nobody.
        (
            "zenon.csv",
            "Oceniający:;Zenon\nAgencja;Rozmowa handlowa\nKodex Studio;\n",
        ),
    ]);
    let r = ratings.to_str().unwrap();
    let issues = issue_lines(&json);
    for want in [
        format!(
            "{r}/anna.csv:3:1 vendor 'Kodex Studjo' is not among the offers (did you mean 'Kodex Studio'?): left out"
        ),
        format!("{r}/anna.csv:4:2 rating 7 is outside the scale 1–5: left out"),
        format!("{r}/anna.csv:5:2 'dobrze' is not a rating: expected points from 1 to 5; left out"),
        format!("{r}/anna_b.csv anna rated in {r}/anna.csv already: this file is left out"),
        format!(
            "{r}/piotr.csv no evaluator's name in the file (a cell \"Oceniający:\" or \"Evaluator:\" with the name beside it): the evaluator is named piotr, after the file"
        ),
        format!("{r}/zenon.csv Zenon rated no vendor"),
    ] {
        assert!(issues.contains(&want), "missing {want:?} in {issues:#?}");
    }
    // Pixel: Anna 4 and piotr 2 (mean of the middle two: 3); Kodex: nobody usable, blank.
    let pixel = &offer(&json, "Pixel Serwis s.c.")["values"]["sales_call"];
    assert_eq!(pixel["value"], 3);
    assert_eq!(pixel["ratings"]["Anna"], 4.0);
    assert_eq!(pixel["ratings"]["piotr"], 2.0);
    let kodex = &offer(&json, "Kodex Studio")["values"]["sales_call"];
    assert!(kodex["value"].is_null(), "{kodex}");
    assert_eq!(kodex["points"], 0.0);
}

/// Spreadsheet habits of real evaluators: copies named by Windows with no name inside, a
/// vendor typed twice, a shortened or mistyped criterion header, a vendor without its legal
/// form or with a space, points written with "pkt" or "/5".
#[test]
fn ratings_files_as_people_fill_them_are_read_as_they_meant() {
    let (_dir, ratings, json) = ranked_with_ratings(&[
        (
            "ocena (1).csv",
            "Agencja;Rozmowa handl.\nPixel Serwis;4 pkt\nKodex Studio;5\nKodex Studio;1\nTani Web;2/5\n",
        ),
        (
            "ocena (2).csv",
            "Agencja;Rozmowa handlowy\nPixel Serwis s.c.;2\n",
        ),
        (
            "anna.csv",
            "Oceniający:;Anna (IT)\nAgencja;Rozmowa handlowa\nPixel Serwis s.c.;3\n",
        ),
        (
            "anna2.csv",
            "Oceniający:;Anna (marketing)\nAgencja;Rozmowa handlowa\nPixel Serwis s.c.;5\n",
        ),
    ]);
    let r = ratings.to_str().unwrap();
    let issues = issue_lines(&json);
    for want in [
        format!(
            "{r}/ocena (1).csv:1:2 column 'Rozmowa handl.' read as the rating criterion sales_call"
        ),
        format!("{r}/ocena (1).csv:2:1 vendor 'Pixel Serwis' read as Pixel Serwis s.c."),
        format!(
            "{r}/ocena (1).csv:4:1 Kodex Studio is rated again here (first at {r}/ocena (1).csv:3:1): this row is left out"
        ),
        format!("{r}/ocena (1).csv:5:1 vendor 'Tani Web' read as TaniWeb"),
        format!(
            "{r}/ocena (2).csv:1:2 column 'Rozmowa handlowy' names no rating criterion (did you mean 'Rozmowa handlowa'?): left out"
        ),
    ] {
        assert!(issues.contains(&want), "missing {want:?} in {issues:#?}");
    }
    // Two unnamed copies are two people, and so are two Annas of different departments.
    assert!(!issues.iter().any(|i| i.contains("already")), "{issues:#?}");
    let pixel = &offer(&json, "Pixel Serwis s.c.")["values"]["sales_call"];
    assert_eq!(pixel["ratings"]["ocena (1)"], 4.0);
    assert_eq!(pixel["ratings"]["Anna (IT)"], 3.0);
    assert_eq!(pixel["ratings"]["Anna (marketing)"], 5.0);
    // The second file's only column was left out: it rated nobody.
    assert!(pixel["ratings"].get("ocena (2)").is_none(), "{pixel}");
    // The first of Kodex's two rows counts; "2/5" is 2.
    assert_eq!(
        offer(&json, "Kodex Studio")["values"]["sales_call"]["value"],
        5
    );
    assert_eq!(offer(&json, "TaniWeb")["values"]["sales_call"]["value"], 2);
}

/// A ratings folder named wrongly stops the run before anything is ranked; an empty one is a
/// warning, and the offers files are counted without it.
#[test]
fn a_missing_ratings_folder_stops_the_run_and_an_empty_one_is_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("ocenyy");
    let out = offerlens()
        .args([
            "rank",
            "samples/agencies.csv",
            "-c",
            "samples/ratings-criteria.toml",
            "--ratings",
        ])
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        out.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no such ratings folder or file (--ratings)"),
        "{err}"
    );
    let empty = dir.path().join("oceny");
    fs::create_dir(&empty).unwrap();
    let out = offerlens()
        .args([
            "check",
            "samples/agencies.csv",
            "-c",
            "samples/ratings-criteria.toml",
            "--ratings",
        ])
        .arg(&empty)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("the ratings folder holds no ratings files"),
        "{text}"
    );
    assert!(text.contains("7 offers from 1 file"), "{text}");
    // The samples' three ratings files are inputs, not offers files.
    let out = offerlens()
        .args([
            "check",
            "samples/agencies.csv",
            "-c",
            "samples/ratings-criteria.toml",
        ])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("7 offers from 1 file"));
    // The ratings sheet of offers that cannot be read is refused, not written empty.
    let sheet = dir.path().join("ocena.xlsx");
    let out = offerlens()
        .args([
            "template",
            "--ratings",
            "-c",
            "samples/ratings-criteria.toml",
            "-o",
        ])
        .arg(&sheet)
        .arg(dir.path().join("oferty.csv"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!sheet.exists());
}

#[test]
fn leaving_each_evaluator_out_says_when_the_leader_changes() {
    let json = json_of(&[
        "sensitivity",
        "samples/agencies.csv",
        "-c",
        "samples/ratings-criteria.toml",
        "-f",
        "json",
    ]);
    let people: Vec<(String, String, bool)> = json["evaluators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["left_out"].as_str().unwrap().to_string(),
                e["leader"].as_str().unwrap().to_string(),
                e["changes"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        people,
        [
            (
                "Anna Kowalska (właścicielka)".into(),
                "Pixel Serwis s.c.".into(),
                true
            ),
            (
                "Ewa Wiśniewska (IT)".into(),
                "WebOpieka Sp. z o.o.".into(),
                false
            ),
            (
                "Piotr Nowak (marketing)".into(),
                "Kodex Studio".into(),
                true
            ),
        ]
    );
    // The Markdown report says it too.
    let out = offerlens()
        .args([
            "rank",
            "samples/agencies.csv",
            "-c",
            "samples/ratings-criteria.toml",
            "-f",
            "md",
        ])
        .output()
        .unwrap();
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(md.contains("### Without each evaluator"), "{md}");
    // And what the evaluators wrote about each vendor.
    assert!(
        md.contains("- **TaniWeb**: Anna Kowalska (właścicielka): „nie oddzwonili z referencjami”"),
        "{md}"
    );
    let html = offerlens()
        .args([
            "rank",
            "samples/agencies.csv",
            "-c",
            "samples/ratings-criteria.toml",
            "-f",
            "html",
        ])
        .output()
        .unwrap();
    let html = String::from_utf8_lossy(&html.stdout);
    assert!(
        html.contains("<h2>What the evaluators wrote</h2>"),
        "{html}"
    );
    assert!(html.contains("<h3>Without each evaluator</h3>"), "{html}");
    assert!(
        md.contains("- without Piotr Nowak (marketing)'s ratings, Kodex Studio would lead instead of WebOpieka Sp. z o.o."),
        "{md}"
    );
}

#[test]
fn a_ratings_folder_inside_the_offers_folder_is_found_and_not_read_as_offers() {
    let dir = tempfile::tempdir().unwrap();
    let offers = dir.path().join("oferty");
    fs::create_dir_all(offers.join("ratings")).unwrap();
    fs::copy("samples/agencies.csv", offers.join("agencies.csv")).unwrap();
    fs::copy("samples/ratings/anna.csv", offers.join("ratings/anna.csv")).unwrap();
    let json = json_of(&[
        "rank",
        offers.to_str().unwrap(),
        "-c",
        "samples/ratings-criteria.toml",
        "-f",
        "json",
    ]);
    assert_eq!(json["offers"].as_array().unwrap().len(), 7);
    let kodex = &offer(&json, "Kodex Studio")["values"]["sales_call"];
    assert_eq!(kodex["ratings"]["Anna Kowalska (właścicielka)"], 5.0);
}

#[test]
fn the_ranking_marks_the_offers_its_evaluators_disagree_on() {
    let out = offerlens()
        .args([
            "rank",
            "samples/agencies.csv",
            "-c",
            "samples/ratings-criteria.toml",
        ])
        .output()
        .unwrap();
    let table = String::from_utf8_lossy(&out.stdout);
    let line = |vendor: &str| {
        table
            .lines()
            .find(|l| l.contains(vendor))
            .unwrap_or_else(|| panic!("{vendor} in {table}"))
            .to_string()
    };
    assert!(line("Kodex Studio").ends_with("≠1"), "{table}");
    assert!(line("WebOpieka").ends_with("≠1"), "{table}");
    assert!(!line("Pixel Serwis").contains('≠'), "{table}");
    assert!(
        table.contains("≠ rating criteria the evaluators disagree on"),
        "{table}"
    );
}

/// One evaluator's points for a vendor on the two rating criteria (`None`: left empty).
type Points = [Option<u32>; 2];

/// A copy of the ratings sheet at `template`, filled in as a person would: their name beside
/// the evaluator's label, their points on each vendor's line (`None`: left empty).
fn filled(template: &std::path::Path, name: &str, points: &[(&str, Points)]) -> Vec<u8> {
    use calamine::{Data, Reader, open_workbook_auto};
    let mut wb = open_workbook_auto(template).unwrap();
    let sheet = wb.sheet_names()[0].clone();
    let range = wb.worksheet_range(&sheet).unwrap();
    let mut out = rust_xlsxwriter::Workbook::new();
    let ws = out.add_worksheet();
    ws.set_name(&sheet).unwrap();
    let mut vendor_rows = Vec::new();
    for (r, row) in range.rows().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if let Data::String(s) = cell {
                ws.write_string(r as u32, c as u16, s).unwrap();
                if c == 0 && points.iter().any(|(v, _)| v == s) {
                    vendor_rows.push((r as u32, s.clone()));
                }
            }
        }
    }
    // The name beside the evaluator's label (A1 -> B1).
    ws.write_string(0, 1, name).unwrap();
    for (r, vendor) in vendor_rows {
        let (_, given) = points.iter().find(|(v, _)| *v == vendor).unwrap();
        for (k, p) in given.iter().enumerate() {
            if let Some(p) = p {
                ws.write_number(r, 1 + k as u16, f64::from(*p)).unwrap();
            }
        }
    }
    out.save_to_buffer().unwrap()
}

/// A copy of the ODS ratings sheet at `template`, filled in as a person would in Calc: the
/// name typed into the cell beside the evaluator's label, numbers into the rating cells.
fn filled_ods(template: &std::path::Path, name: &str, points: &[(&str, Points)]) -> Vec<u8> {
    use std::io::{Read, Write};
    let bytes = fs::read(template).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let entry_name = entry.name().unwrap().to_string();
        let mut data = String::new();
        entry.read_to_string(&mut data).unwrap();
        if entry_name == "content.xml" {
            data = data.replacen(
                r#"<table:table-cell table:style-name="input"/>"#,
                &format!(
                    r#"<table:table-cell table:style-name="input" office:value-type="string"><text:p>{name}</text:p></table:table-cell>"#
                ),
                1,
            );
            let rows: Vec<String> = data
                .split("<table:table-row>")
                .map(|row| {
                    let Some((_, given)) = points
                        .iter()
                        .find(|(v, _)| row.starts_with(&format!(
                            r#"<table:table-cell office:value-type="string"><text:p>{v}</text:p>"#
                        )))
                    else {
                        return row.to_string();
                    };
                    let mut row = row.to_string();
                    for (k, p) in given.iter().enumerate() {
                        if let Some(p) = p {
                            let cell = format!(r#"table:content-validation-name="points{}""#, k + 1);
                            row = row.replacen(
                                &format!("{cell}/>"),
                                &format!(
                                    r#"{cell} office:value-type="float" office:value="{p}"><text:p>{p}</text:p></table:table-cell>"#
                                ),
                                1,
                            );
                        }
                    }
                    row
                })
                .collect();
            data = rows.join("<table:table-row>");
        }
        let method = if entry_name == "mimetype" {
            zip::CompressionMethod::Stored
        } else {
            zip::CompressionMethod::Deflated
        };
        out.start_file(
            entry_name,
            zip::write::SimpleFileOptions::default().compression_method(method),
        )
        .unwrap();
        out.write_all(data.as_bytes()).unwrap();
    }
    out.finish().unwrap().into_inner()
}

#[test]
fn the_ratings_template_filled_by_three_people_reads_back() {
    round_trip("xlsx", filled);
}

#[test]
fn the_ods_ratings_template_filled_by_three_people_reads_back() {
    round_trip("ods", filled_ods);
}

/// Fills a copy of the template at the path as the named person, with their points per vendor.
type Filler = fn(&std::path::Path, &str, &[(&str, Points)]) -> Vec<u8>;

/// The ratings sheet written as `ext`, filled by three people with `fill`, read back: medians,
/// spread, a disagreement, a blank.
fn round_trip(ext: &str, fill: Filler) {
    let dir = tempfile::tempdir().unwrap();
    let template = dir.path().join(format!("oceny.{ext}"));
    let out = offerlens()
        .args([
            "template",
            "--ratings",
            "-c",
            "samples/ratings-criteria.toml",
            "samples/agencies.csv",
            "-o",
            template.to_str().unwrap(),
            "--lang",
            "pl",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ratings = dir.path().join("oceny");
    fs::create_dir(&ratings).unwrap();
    let people: [(&str, Points, Points); 3] = [
        ("Ola", [Some(5), Some(4)], [Some(3), None]),
        ("Jan", [Some(3), Some(4)], [Some(4), Some(2)]),
        ("Iza", [Some(4), Some(5)], [Some(1), Some(2)]),
    ];
    // Files named by number: the evaluators' names must come from the sheet itself.
    for (i, (name, kodex, nova)) in people.into_iter().enumerate() {
        fs::write(
            ratings.join(format!("ocena-{i}.{ext}")),
            fill(
                &template,
                name,
                &[("Kodex Studio", kodex), ("Agencja Nova", nova)],
            ),
        )
        .unwrap();
    }
    let json = json_of(&[
        "rank",
        "samples/agencies.csv",
        "-c",
        "samples/ratings-criteria.toml",
        "--ratings",
        ratings.to_str().unwrap(),
        "-f",
        "json",
    ]);
    let kodex = &offer(&json, "Kodex Studio")["values"];
    // Sales call: 5, 3, 4 -> median 4; references: 4, 4, 5 -> 4.
    assert_eq!(kodex["sales_call"]["value"], 4);
    assert_eq!(kodex["references_called"]["value"], 4);
    assert_eq!(kodex["sales_call"]["ratings"]["Ola"], 5.0);
    let nova = &offer(&json, "Agencja Nova")["values"];
    // Sales call: 3, 4, 1 -> median 3, three points apart; references: Ola left it empty -> 2.
    assert_eq!(nova["sales_call"]["value"], 3);
    assert_eq!(nova["sales_call"]["spread"], 3.0);
    assert_eq!(nova["references_called"]["value"], 2);
    // Vendors nobody rated are blank.
    assert!(offer(&json, "TaniWeb")["values"]["sales_call"]["value"].is_null());
    let warnings: Vec<&str> = json["issues"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["severity"] == "warning")
        .map(|i| i["message"].as_str().unwrap())
        .collect();
    assert!(
        warnings
            .contains(&"the evaluators disagree on Agencja Nova, Sales call: Jan gave 4, Iza 1"),
        "{warnings:#?}"
    );
}
