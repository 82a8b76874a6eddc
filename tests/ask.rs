//! `offerlens ask`: what to ask each vendor, as the buyer sends it.

use std::collections::BTreeSet;
use std::fs;

use serde_json::Value;

use crate::common::offerlens;

fn run(args: &[&str]) -> (String, String) {
    let out = offerlens().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn json(args: &[&str]) -> Value {
    serde_json::from_str(&run(args).0).unwrap()
}

fn vendor<'a>(doc: &'a Value, name: &str) -> &'a [Value] {
    doc["vendors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["vendor"] == name)
        .unwrap_or_else(|| panic!("no {name}"))["items"]
        .as_array()
        .unwrap()
}

/// On the samples, every unreadable cell, blank weighted answer and red flag of each offer is
/// exactly one question, ordered by points at stake; offers with nothing to clarify say so.
#[test]
fn each_problem_of_the_samples_is_exactly_one_question_most_points_first() {
    let asked = json(&["ask", "samples/agencies.csv", "-f", "json"]);
    let ranking = json(&["rank", "samples/agencies.csv", "-f", "json"]);
    let weights: Vec<(String, f64)> = {
        // The criteria with weight: those whose points can be above 0 in some offer, or which
        // a blank leaves at 0 while others score; read from the profile via explain's JSON is
        // overkill: every value carries its points, and a weighted criterion has points > 0
        // for its best offer.
        let mut w = std::collections::BTreeMap::new();
        for o in ranking["offers"].as_array().unwrap() {
            for (id, v) in o["values"].as_object().unwrap() {
                let p = v["points"].as_f64().unwrap_or(0.0);
                let e = w.entry(id.clone()).or_insert(0.0_f64);
                *e = e.max(p);
            }
        }
        w.into_iter().collect()
    };
    let weighted = |id: &str| weights.iter().any(|(i, p)| i == id && *p > 0.0);
    for o in ranking["offers"].as_array().unwrap() {
        let name = o["vendor"].as_str().unwrap();
        let items = vendor(&asked, name);
        // Most points at stake first.
        let points: Vec<f64> = items
            .iter()
            .map(|i| i["points_at_stake"].as_f64().unwrap())
            .collect();
        assert!(
            points.windows(2).all(|w| w[0] >= w[1]),
            "{name}: {points:?}"
        );
        // No criterion is asked about twice.
        let criteria: Vec<&str> = items
            .iter()
            .filter_map(|i| i["criterion"].as_str())
            .collect();
        let distinct: BTreeSet<&str> = criteria.iter().copied().collect();
        assert_eq!(criteria.len(), distinct.len(), "{name}: {criteria:?}");
        // Every red flag raised is one question.
        let flags: BTreeSet<&str> = o["flags"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["id"].as_str().unwrap())
            .collect();
        let flag_items: Vec<&str> = items.iter().filter_map(|i| i["flag"].as_str()).collect();
        assert_eq!(flag_items.len(), flags.len(), "{name}");
        assert_eq!(flag_items.iter().copied().collect::<BTreeSet<_>>(), flags);
        // Every answer that could not be read, and every blank weighted answer, is asked
        // about (on its own, or within the red flag about it).
        for (id, v) in o["values"].as_object().unwrap() {
            let unread = v["value"].is_null()
                && v["raw"].as_str().is_some_and(|r| !r.trim().is_empty())
                && ranking["issues"].as_array().unwrap().iter().any(|i| {
                    i["severity"] == "error" && v["source"].as_str() == i["location"].as_str()
                });
            let blank = v["value"].is_null() && !unread && weighted(id);
            let computed = id == "risk_cost" || id == "inquiry_response_days";
            if (unread || blank) && !computed {
                assert!(
                    criteria.contains(&id.as_str())
                        // The SLA matrix asks every P1–P4 time at once.
                        || (id.starts_with('p') && id.contains('_') && &id[2..3] == "_"
                            && items.iter().any(|i| i["flag"] == "no_sla")),
                    "{name}: {id} ({v}) not asked in {items:#?}"
                );
            }
        }
    }
    let (text, _) = run(&["ask", "samples/agencies.csv"]);
    assert!(
        text.contains("=== Kodex Studio: nothing to clarify"),
        "{text}"
    );
    // The issue's own examples, word for word.
    assert!(text.contains("1. P1 time to restore (RTO): the offer says “szybko”, which we could not read as a figure. How soon will you restore the site after a critical P1 failure (RTO)? Please give the time in hours (e.g. 4 h)."), "{text}");
    assert!(text.contains("P1 response time: we need at most 4 h, and the offer says “1 dzień”. Is a better option available, and at what price?"), "{text}");
    assert!(text.contains("Please send the SLA matrix for priorities P1–P4: the response time and the time to restore service for each. We need this answer to consider the offer."), "{text}");
    assert!(
        text.contains(
            "Please send a written list of every task included in the monthly fee, one by one"
        ),
        "{text}"
    );
}

/// What goes to a vendor is about their offer only: no other vendor's name or price, no
/// weights or points, no file names; each letter is greeting, numbered questions, closing.
#[test]
fn a_letter_holds_nothing_about_the_other_vendors_or_the_buyers_weights() {
    let dir = tempfile::tempdir().unwrap();
    let ranking = json(&["rank", "samples/agencies.csv", "-f", "json"]);
    let offers = ranking["offers"].as_array().unwrap();
    for (format, lang) in [("text", "en"), ("md", "pl")] {
        let out = dir.path().join(format!("letters-{format}"));
        let (_, err) = run(&[
            "ask",
            "samples/agencies.csv",
            "-f",
            format,
            "--lang",
            lang,
            "-o",
            out.to_str().unwrap(),
        ]);
        let files: Vec<String> = fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let ext = if format == "md" { "md" } else { "txt" };
        assert_eq!(
            files,
            [
                format!("agencja-nova.{ext}"),
                format!("sitecare-polska.{ext}"),
                format!("taniweb.{ext}"),
                format!("webmaster24.{ext}")
            ]
        );
        // The others are named on stderr.
        for name in ["Kodex Studio", "WebOpieka Sp. z o.o.", "Pixel Serwis s.c."] {
            assert!(err.contains(name), "{err}");
        }
        for file in &files {
            let text = fs::read_to_string(out.join(file)).unwrap();
            let me = offers
                .iter()
                .find(|o| {
                    let slug = o["vendor"]
                        .as_str()
                        .unwrap()
                        .to_lowercase()
                        .replace(' ', "-");
                    file.starts_with(&slug)
                })
                .unwrap();
            assert!(text.contains(me["vendor"].as_str().unwrap()), "{text}");
            for other in offers.iter().filter(|o| o["vendor"] != me["vendor"]) {
                let name = other["vendor"].as_str().unwrap();
                assert!(!text.contains(name), "{file} names {name}:\n{text}");
                // Their fee, however it is written.
                let fee: f64 = other["values"]["monthly_fee"]["value"].as_f64().unwrap();
                let whole = format!("{}", fee as i64);
                let grouped = format!("{} {:03}", fee as i64 / 1000, fee as i64 % 1000);
                for shown in [
                    whole.clone(),
                    grouped.clone(),
                    grouped.replace(' ', ","),
                    grouped.replace(' ', "\u{a0}"),
                ] {
                    if fee >= 1000.0 || shown == whole {
                        assert!(
                            !text.contains(&shown),
                            "{file} shows {name}'s fee {shown}:\n{text}"
                        );
                    }
                }
            }
            for secret in [
                "weight", "points", "waga", "punkt", "samples/", ".csv", "score", "wynik",
            ] {
                assert!(
                    !text.to_lowercase().contains(secret),
                    "{file} says {secret}:\n{text}"
                );
            }
            let greeting = if lang == "pl" {
                "Dzień dobry,"
            } else {
                "Good morning,"
            };
            assert!(text.contains(greeting), "{text}");
            assert!(text.contains("\n1. "), "{text}");
        }
    }
}

/// Vendor text is quoted inert: no link, markup or address a mail client or Markdown renderer
/// would act on.
#[test]
fn vendor_words_are_quoted_safely_in_markdown_and_email() {
    let dir = tempfile::tempdir().unwrap();
    let offers = dir.path().join("oferty.csv");
    fs::write(
        &offers,
        "Agencja;Abonament miesięczny;Czas reakcji P1;Zakres prac\n\
         [Evil](https://evil.example) <b>Co</b>;1000 zł;15 min;kompleksowa opieka <img src=x onerror=alert(1)>\n\
         Dobra Firma;1100 zł;szybko <script>alert(1)</script> https://x.example www.evil.pl mail@evil.pl;aktualizacje, kopie, monitoring, raporty, poprawki\n",
    )
    .unwrap();
    let path = offers.to_str().unwrap();
    let (md, _) = run(&["ask", path, "-f", "md"]);
    // Every character that could open markup or a link is escaped.
    for (i, c) in md.char_indices() {
        if matches!(c, '<' | '[' | ']' | '>') {
            assert_eq!(&md[i - 1..i], "\\", "unescaped {c} at {i}:\n{md}");
        }
    }
    assert!(!md.contains("](https://"), "{md}");
    assert!(md.contains("\\[Evil\\]"), "{md}");
    assert!(md.contains("https\\[:\\]//x\\[.\\]example"), "{md}");
    assert!(md.contains("www\\[.\\]evil\\[.\\]pl"), "{md}");
    let (text, _) = run(&["ask", path]);
    assert!(
        !text.contains("https://") && !text.contains("www.evil"),
        "{text}"
    );
    assert!(text.contains("https[:]//x[.]example"), "{text}");
    assert!(text.contains("mail[at]evil[.]pl"), "{text}");
    // In JSON the answer is kept as written, for scripts.
    let doc = json(&["ask", path, "-f", "json", "--vendor", "dobra"]);
    let items = vendor(&doc, "Dobra Firma");
    assert!(
        items.iter().any(|i| i["answer"]
            == "szybko <script>alert(1)</script> https://x.example www.evil.pl mail@evil.pl"),
        "{items:#?}"
    );
}

#[test]
fn bad_options_are_refused_with_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    for (args, says) in [
        (
            vec!["-o", "q.csv"],
            "the questions are written as .txt, .md, .json or .xlsx",
        ),
        (
            vec!["-f", "md", "-o", "q.txt"],
            "-f md does not match the file's extension .txt",
        ),
        (vec!["-f", "xlsx"], "-f xlsx writes a workbook"),
        (vec!["--vendor", "Nobody"], "no offer from 'Nobody'"),
    ] {
        let out = offerlens()
            .current_dir(dir.path())
            .arg("ask")
            .arg(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/agencies.csv"))
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "{args:?}: {err}");
    }
    assert!(fs::read_dir(dir.path()).unwrap().next().is_none());
}

/// A copy of a follow-up questionnaire filled in as an agency would: each answer in `changes`
/// (its old text → the new one) typed over, everything else as it was, the sheet's name kept.
fn filled_followup(path: &std::path::Path, changes: &[(&str, &str)]) -> Vec<u8> {
    use calamine::{Data, Reader, open_workbook_auto};
    let mut wb = open_workbook_auto(path).unwrap();
    let sheet = wb.sheet_names()[0].clone();
    let range = wb.worksheet_range(&sheet).unwrap();
    let (top, left) = range.start().unwrap();
    let mut out = rust_xlsxwriter::Workbook::new();
    let ws = out.add_worksheet();
    ws.set_name(&sheet).unwrap();
    let mut done = 0;
    for (r, row) in range.rows().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (top + r as u32, (left + c as u32) as u16);
            match cell {
                Data::String(s) => {
                    let text = match changes.iter().find(|(old, _)| old == s) {
                        Some((_, new)) if c == 4 => {
                            done += 1;
                            *new
                        }
                        _ => s.as_str(),
                    };
                    ws.write_string(r, c, text).unwrap();
                }
                Data::Float(x) => {
                    ws.write_number(r, c, *x).unwrap();
                }
                Data::Int(x) => {
                    ws.write_number(r, c, *x as f64).unwrap();
                }
                _ => {}
            }
        }
    }
    assert_eq!(done, changes.len(), "every change typed in");
    out.save_to_buffer().unwrap()
}

/// The follow-ups of the samples, written in Polish into `dir/uzupelnienia`.
fn followups_of_the_samples(dir: &std::path::Path) -> std::path::PathBuf {
    let followups = dir.join("uzupelnienia");
    let (_, err) = run(&[
        "template",
        "--followup",
        "-o",
        followups.to_str().unwrap(),
        "samples/agencies.csv",
        "--lang",
        "pl",
    ]);
    assert!(err.contains("Kodex Studio: nic do wyjaśnienia"), "{err}");
    followups
}

/// `template --followup`: one file per vendor with something to clarify, pre-filled with
/// their answers, the answers to clarify orange with the question in their note, nothing
/// about the other vendors.
#[test]
fn a_follow_up_is_the_vendors_own_questionnaire_with_the_questions_marked() {
    let dir = tempfile::tempdir().unwrap();
    let followups = followups_of_the_samples(dir.path());
    let mut names: Vec<String> = fs::read_dir(&followups)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "agencja-nova.xlsx",
            "sitecare-polska.xlsx",
            "taniweb.xlsx",
            "webmaster24.xlsx"
        ]
    );
    let nova = fs::read(followups.join("agencja-nova.xlsx")).unwrap();
    let strings = crate::common::xlsx::entry(&nova, "xl/sharedStrings.xml");
    assert!(
        strings.contains("Agencja Nova") && strings.contains("szybko"),
        "{strings}"
    );
    for other in [
        "Kodex Studio",
        "WebOpieka",
        "TaniWeb",
        "Webmaster24",
        "1 500",
        "2 100",
    ] {
        assert!(!strings.contains(other), "{other} in the follow-up");
    }
    let notes = crate::common::xlsx::entry(&nova, "xl/comments1.xml");
    assert!(notes.contains("ref=\"E17\""), "{notes}");
    assert!(notes.contains("oferta podaje „szybko”"), "{notes}");
    let sheet = crate::common::xlsx::entry(&nova, "xl/worksheets/sheet1.xml");
    assert!(sheet.contains("<sheetProtection"), "still protected");
    // Not a folder, or no offers: refused.
    for args in [
        vec![
            "template",
            "--followup",
            "-o",
            "x.xlsx",
            "samples/agencies.csv",
        ],
        vec!["template", "--followup", "-o", "dir"],
    ] {
        let out = offerlens()
            .current_dir(dir.path())
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
}

/// The follow-up round trip: filled as an agency would and put beside the offers, its answers
/// replace the old ones, `check` says which changed, and the score and flags move accordingly.
#[test]
fn a_filled_follow_up_replaces_the_old_answers_and_check_says_what_changed() {
    let dir = tempfile::tempdir().unwrap();
    let followups = followups_of_the_samples(dir.path());
    // The agencies answer: Nova gives its restore time and a P4 time, TaniWeb lists its scope.
    let offers = dir.path().join("oferty");
    fs::create_dir(&offers).unwrap();
    fs::copy("samples/agencies.csv", offers.join("agencies.csv")).unwrap();
    fs::write(
        offers.join("nova-uzupelnienie.xlsx"),
        filled_followup(
            &followups.join("agencja-nova.xlsx"),
            &[("szybko", "4 h"), ("brak", "3 dni")],
        ),
    )
    .unwrap();
    fs::write(
        offers.join("taniweb-uzupelnienie.xlsx"),
        filled_followup(
            &followups.join("taniweb.xlsx"),
            &[(
                "kompleksowa opieka",
                "aktualizacje CMS, kopie codzienne, monitoring 24/7, raport miesięczny, 2 h poprawek",
            )],
        ),
    )
    .unwrap();
    let before = json(&["rank", "samples/agencies.csv", "-f", "json"]);
    let after = json(&["rank", offers.to_str().unwrap(), "-f", "json"]);
    let offer = |doc: &Value, name: &str| -> Value {
        doc["offers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["vendor"] == name)
            .unwrap_or_else(|| panic!("no {name}"))
            .clone()
    };
    // Still seven offers: the follow-ups replace, they do not add.
    assert_eq!(after["offers"].as_array().unwrap().len(), 7);
    let (nova0, nova1) = (
        offer(&before, "Agencja Nova"),
        offer(&after, "Agencja Nova"),
    );
    assert!(nova0["values"]["p1_rto"]["value"].is_null());
    assert_eq!(nova1["values"]["p1_rto"]["value"], 4);
    assert!(
        nova1["values"]["p1_rto"]["source"]
            .as_str()
            .unwrap()
            .ends_with("nova-uzupelnienie.xlsx:Uzupełnienie!E17")
    );
    assert!(nova1["score"].as_f64().unwrap() > nova0["score"].as_f64().unwrap());
    let (tani0, tani1) = (offer(&before, "TaniWeb"), offer(&after, "TaniWeb"));
    let flags = |o: &Value| -> Vec<String> {
        o["flags"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(flags(&tani0).contains(&"vague_scope".to_string()));
    assert!(
        !flags(&tani1).contains(&"vague_scope".to_string()),
        "{tani1}"
    );
    // The old "szybko" is no longer an error: the answer was replaced.
    let errors: Vec<&Value> = after["issues"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["severity"] == "error")
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // check says which answers changed, at the follow-up's cells.
    let out = offerlens()
        .args(["check", offers.to_str().unwrap()])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("nova-uzupelnienie.xlsx:Uzupełnienie!E17: Agencja Nova, P1 time to restore (RTO): changed from 'szybko' to '4 h'"), "{text}");
    assert!(
        text.contains("Agencja Nova, P4 time to resolve: changed from 'brak' to '3 dni'"),
        "{text}"
    );
    assert!(
        text.contains("the follow-up from Agencja Nova replaces its offer at"),
        "{text}"
    );
    assert!(text.contains("(2 answers changed)"), "{text}");
    assert!(
        text.contains("TaniWeb, Scope of work: changed from 'kompleksowa opieka' to"),
        "{text}"
    );
    // Asked again, Nova has nothing left to clarify.
    let (letters, _) = run(&["ask", offers.to_str().unwrap(), "--vendor", "nova"]);
    assert!(
        letters.contains("Agencja Nova: nothing to clarify"),
        "{letters}"
    );
}

/// What goes wrong with follow-ups and folders: a follow-up with no earlier offer (a renamed
/// vendor) and a second follow-up of the same vendor are warnings; a folder in the way stops
/// the run before any file is written; a letter left from an earlier run is named.
#[test]
fn follow_ups_and_letter_folders_that_went_wrong_are_said() {
    let dir = tempfile::tempdir().unwrap();
    let followups = followups_of_the_samples(dir.path());
    let offers = dir.path().join("oferty");
    fs::create_dir(&offers).unwrap();
    fs::copy("samples/agencies.csv", offers.join("agencies.csv")).unwrap();
    let nova = followups.join("agencja-nova.xlsx");
    fs::write(
        offers.join("nova-1.xlsx"),
        filled_followup(&nova, &[("szybko", "4 h")]),
    )
    .unwrap();
    fs::write(
        offers.join("nova-2.xlsx"),
        filled_followup(&nova, &[("szybko", "6 h")]),
    )
    .unwrap();
    fs::write(
        offers.join("nowa.xlsx"),
        filled_followup(
            &followups.join("taniweb.xlsx"),
            &[("TaniWeb", "Tani Web Sp. z o.o.")],
        ),
    )
    .unwrap();
    let out = offerlens()
        .args(["check", offers.to_str().unwrap()])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("warning")
            && text.contains(
                "a second follow-up from Agencja Nova: this file counts, being read after"
            ),
        "{text}"
    );
    assert!(text.contains("a follow-up from Tani Web Sp. z o.o., with no earlier offer from Tani Web Sp. z o.o. among the files"), "{text}");
    let doc = json(&["rank", offers.to_str().unwrap(), "-f", "json"]);
    let nova = doc["offers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["vendor"] == "Agencja Nova")
        .unwrap();
    // The one read last counts.
    assert_eq!(nova["values"]["p1_rto"]["value"], 6);

    // A folder where a letter would go: nothing is written at all.
    let letters = dir.path().join("listy");
    fs::create_dir_all(letters.join("taniweb.txt")).unwrap();
    let out = offerlens()
        .args([
            "ask",
            "samples/agencies.csv",
            "-o",
            letters.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is there and is not a file"));
    assert_eq!(
        fs::read_dir(&letters).unwrap().count(),
        1,
        "nothing written"
    );
    // A letter from an earlier run, now with nothing to ask, is named.
    let earlier = dir.path().join("stare");
    fs::create_dir(&earlier).unwrap();
    fs::write(earlier.join("kodex-studio.txt"), "old").unwrap();
    let (_, err) = run(&[
        "ask",
        "samples/agencies.csv",
        "-o",
        earlier.to_str().unwrap(),
    ]);
    assert!(
        err.contains("Kodex Studio: nothing to clarify, no letter written (the file"),
        "{err}"
    );
    assert!(
        err.contains("kodex-studio.txt from an earlier run is still there)"),
        "{err}"
    );
}

/// Answers read with a condition dropped ("bez weekendów", "opcja płatna", "zależnie od
/// awarii"), approximately, or as a range are asked about; a yes that only confirms ("tak, w
/// cenie") is not; markup is no answer at all.
#[test]
fn answers_with_conditions_are_asked_and_confirmations_are_not() {
    let dir = tempfile::tempdir().unwrap();
    let offers = dir.path().join("oferty.csv");
    fs::write(
        &offers,
        "Agencja;Czas reakcji P1;Dostępność (uptime);Monitoring 24/7;Czas przywrócenia P1 (RTO);Godziny w abonamencie\n\
         A;2 h (bez weekendów);99,9% (bez prac planowanych);tak, w cenie;4 h, zależnie od awarii;ok. 10\n\
         B;1-2 h;99,5 %;tak (opcja płatna);<a href=\"http://x.pl\">klik</a>;10\n",
    )
    .unwrap();
    let doc = json(&["ask", offers.to_str().unwrap(), "-f", "json"]);
    let kinds = |vendor: &str| -> Vec<(String, String)> {
        doc["vendors"]
            .as_array()
            .unwrap()
            .iter()
            .find(|v| v["vendor"] == vendor)
            .unwrap()["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["kind"] == "unread")
            .map(|i| {
                (
                    i["criterion"].as_str().unwrap().to_string(),
                    i["answer"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect()
    };
    let a = kinds("A");
    for id in ["p1_response", "uptime", "p1_rto", "hours_included"] {
        assert!(a.iter().any(|(c, _)| c == id), "A: {id} not asked in {a:?}");
    }
    assert!(!a.iter().any(|(c, _)| c == "monitoring_24_7"), "{a:?}");
    let b = kinds("B");
    for id in ["p1_response", "monitoring_24_7", "p1_rto"] {
        assert!(b.iter().any(|(c, _)| c == id), "B: {id} not asked in {b:?}");
    }
    // The markup was not read as "a (one) hour".
    let ranking = json(&["rank", offers.to_str().unwrap(), "-f", "json"]);
    let b = ranking["offers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["vendor"] == "B")
        .unwrap();
    assert!(b["values"]["p1_rto"]["value"].is_null(), "{b}");
}

/// Two offers of one name: the letter addresses each by the name it wrote (not the `X (2)`
/// the buyer sees), and a follow-up under that name replaces neither, with a warning.
#[test]
fn two_offers_of_one_name_are_written_to_by_their_name_and_a_follow_up_replaces_neither() {
    let dir = tempfile::tempdir().unwrap();
    let offers = dir.path().join("oferty");
    fs::create_dir(&offers).unwrap();
    fs::write(
        offers.join("porownanie.csv"),
        "Agencja;Czas reakcji P1\nX;szybko\nX;1 h\n",
    )
    .unwrap();
    let (text, _) = run(&["ask", offers.to_str().unwrap()]);
    assert!(text.contains("=== X (2): "), "{text}");
    assert!(!text.contains("(X (2))"), "{text}");
    assert_eq!(
        text.matches("Subject: Questions about your offer (X)")
            .count(),
        2,
        "{text}"
    );
    let followups = dir.path().join("uzupelnienia");
    run(&[
        "template",
        "--followup",
        "-o",
        followups.to_str().unwrap(),
        offers.to_str().unwrap(),
    ]);
    fs::copy(followups.join("x.xlsx"), offers.join("x.xlsx")).unwrap();
    let out = offerlens()
        .args(["check", offers.to_str().unwrap()])
        .output()
        .unwrap();
    let check = String::from_utf8_lossy(&out.stdout);
    assert!(
        check.contains(
            "a follow-up from X, while 2 offers bear that name: it replaces none of them"
        ),
        "{check}"
    );
    assert!(check.contains("3 offers from 2 files"), "{check}");
}
