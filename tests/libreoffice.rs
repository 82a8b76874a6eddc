//! The exports opened as a user opens them: the workbook in LibreOffice Calc (headless), every
//! sheet converted to CSV, and what Calc shows checked. `.ci/run` installs LibreOffice; outside
//! CI a machine without it skips these tests, on CI a missing LibreOffice fails them.

use std::path::Path;
use std::process::Command;

/// Converts every sheet of `xlsx` to CSV in `dir` with LibreOffice; `None` when it is missing
/// outside CI.
fn calc_sheets(xlsx: &Path, dir: &Path) -> Option<Vec<(String, String)>> {
    // Comma-separated, UTF-8, every sheet to its own file (the last field, -1).
    calc_convert(
        xlsx,
        dir,
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
    )?;
    let stem = xlsx.file_stem().unwrap().to_string_lossy().to_string();
    let mut sheets: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "csv"))
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().to_string();
            let sheet = name
                .strip_prefix(&format!("{stem}-"))
                .unwrap_or(&name)
                .to_string();
            (sheet, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    sheets.sort();
    Some(sheets)
}

/// `file` opened in LibreOffice Calc (headless) and saved in `dir` through `filter`; `None`
/// when LibreOffice is missing outside CI.
fn calc_convert(file: &Path, dir: &Path, filter: &str) -> Option<()> {
    let soffice = crate::common::installed(&["soffice", "libreoffice"], "LibreOffice")?;
    // Its own profile folder: a user's running LibreOffice or a stale lock cannot interfere.
    let profile = format!("-env:UserInstallation=file://{}/profile", dir.display());
    let out = Command::new(soffice)
        .arg(profile)
        .args(["--headless", "--convert-to", filter, "--outdir"])
        .arg(dir)
        .arg(file)
        .output()
        .expect("LibreOffice runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(())
}

/// The workbook of the samples opens in Calc with its six sheets, and the Sensitivity sheet
/// shows the chance of first place as a percentage and the price to win as a number.
#[test]
fn calc_opens_every_sheet_of_the_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("ranking.xlsx");
    let out = crate::common::offerlens()
        .args(["rank", "samples/agencies.csv", "-f", "xlsx", "-o"])
        .arg(&xlsx)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let converted = dir.path().join("csv");
    std::fs::create_dir(&converted).unwrap();
    let Some(sheets) = calc_sheets(&xlsx, &converted) else {
        return;
    };
    let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "Audit",
            "Breakdown",
            "Criteria",
            "Flags",
            "Ranking",
            "Sensitivity"
        ]
    );
    let sheet = |name: &str| &sheets.iter().find(|(n, _)| n == name).unwrap().1;
    let ranking = sheet("Ranking");
    assert!(
        ranking
            .lines()
            .nth(1)
            .unwrap()
            .starts_with("1,Kodex Studio,"),
        "{ranking}"
    );
    let sensitivity = sheet("Sensitivity");
    assert!(
        sensitivity.contains("\nKodex Studio,100%,1500,,,\n"),
        "{sensitivity}"
    );
    assert!(
        sensitivity.contains("\nWebOpieka Sp. z o.o.,0%,1200,500,,\n"),
        "{sensitivity}"
    );
    assert!(
        sensitivity.contains("\nP1 response time,9,,,99.95"),
        "{sensitivity}"
    );
}

/// The ODS ratings sheet opens in Calc as written: the vendors down, the rating criteria
/// across, and each rating column keeps its dropdown of points 1–5 with what the points mean
/// (checked in the xlsx Calc saves it as).
#[test]
fn calc_opens_the_ods_ratings_sheet_with_its_dropdowns() {
    let dir = tempfile::tempdir().unwrap();
    let ods = dir.path().join("oceny.ods");
    let out = crate::common::offerlens()
        .args([
            "template",
            "--ratings",
            "-c",
            "samples/ratings-criteria.toml",
            "samples/agencies.csv",
            "--lang",
            "pl",
            "-o",
        ])
        .arg(&ods)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let converted = dir.path().join("xlsx");
    std::fs::create_dir(&converted).unwrap();
    if calc_convert(&ods, &converted, "xlsx").is_none() {
        return;
    }
    let xlsx = std::fs::read(converted.join("oceny.xlsx")).unwrap();
    let sheet = crate::common::xlsx::entry(&xlsx, "xl/worksheets/sheet1.xml");
    // Seven vendors on rows 5-11, two rating columns.
    for range in ["B5:B11", "C5:C11"] {
        assert!(
            sheet.contains(&format!("sqref=\"{range}\" type=\"list\"")),
            "{sheet}"
        );
    }
    assert_eq!(
        sheet.matches("<formula1>1,2,3,4,5</formula1>").count(),
        2,
        "{sheet}"
    );
    assert!(sheet.contains("promptTitle=\"Punkty\""), "{sheet}");
    assert!(sheet.contains("errorStyle=\"stop\""), "{sheet}");
    let strings = crate::common::xlsx::entry(&xlsx, "xl/sharedStrings.xml");
    for text in ["Oceniający:", "Kodex Studio", "Rozmowa handlowa", "Uwagi"] {
        assert!(strings.contains(text), "{text} in {strings}");
    }
}

/// The follow-up questionnaire and the tracking sheet of `ask` open in Calc as written: the
/// vendor's answers in place, and one row per question.
#[test]
fn calc_opens_the_follow_up_and_the_questions_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let followups = dir.path().join("uzupelnienia");
    let questions = dir.path().join("pytania.xlsx");
    for args in [
        vec![
            "template",
            "--followup",
            "-o",
            followups.to_str().unwrap(),
            "samples/agencies.csv",
        ],
        vec![
            "ask",
            "samples/agencies.csv",
            "-o",
            questions.to_str().unwrap(),
        ],
    ] {
        let out = crate::common::offerlens().args(&args).output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let converted = dir.path().join("csv");
    std::fs::create_dir(&converted).unwrap();
    let Some(sheets) = calc_sheets(&followups.join("agencja-nova.xlsx"), &converted) else {
        return;
    };
    let (name, text) = &sheets[0];
    assert_eq!(name, "Uzupełnienie");
    assert!(text.contains(",Agencja Nova,"), "{text}");
    assert!(text.contains(",szybko,"), "{text}");
    let converted = dir.path().join("csv2");
    std::fs::create_dir(&converted).unwrap();
    let sheets = calc_sheets(&questions, &converted).unwrap();
    let text = &sheets[0].1;
    assert!(
        text.starts_with(
            "Vendor,No.,Kind,Criterion,Points at stake,Question,Source,Answer received\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("\nKodex Studio,,,,,nothing to clarify,,\n"),
        "{text}"
    );
    assert!(
        text.contains("\nAgencja Nova,1,unclear answer,P1 time to restore (RTO),5,"),
        "{text}"
    );
}
