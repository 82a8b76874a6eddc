//! The questionnaire template (`export::template::write`): generated for each built-in profile,
//! filled in the way a vendor would (values typed into the unlocked cells of the very file the
//! buyer sent, nothing else touched), read back by the questionnaire import and ranked.
//!
//! Filling: the template's cells are found as a person finds them, by reading the sheet (the
//! "Kryterium", "Odpowiedź" and "Uwagi" headers, the `Agencja` row, each criterion's label),
//! then those blank cells are replaced in the sheet's XML by typed values (inline strings, or a
//! number where a vendor pastes one). Every other part of the workbook is copied byte for byte.
//! Choice answers are picked from the cell's own dropdown, as a vendor picks them.

use std::collections::HashMap;
use std::io::{Cursor, Read, Write};
use std::path::PathBuf;
use std::str::FromStr;

use calamine::{Data, Reader, Xlsx};
use rust_decimal::Decimal;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use offerlens::analysis::Analysis;
use offerlens::criteria::TimeUnit;
use offerlens::criteria::{self, Criteria, Criterion, Kind, PROFILES};
use offerlens::import::{self, Limits};
use offerlens::issue::Severity;
use offerlens::normalize::value::read_choice;
use offerlens::normalize::{Layout, Value};
use offerlens::questionnaire as template;
use offerlens::text::normalize_label;

use crate::common::xlsx::{cell_styles, entry};
use offerlens::table::column_letters;

const SHEET_XML: &str = "xl/worksheets/sheet1.xml";

/// What a vendor puts in a cell.
#[derive(Debug, Clone)]
enum Fill {
    Text(String),
    /// A number pasted or typed into the cell.
    Number(f64),
}

/// What the import must make of a filled answer.
#[derive(Debug, Clone, PartialEq)]
enum Expect {
    Num(Decimal),
    Bool(bool),
    /// A choice: any of these indexes into the criterion's `choices` (synonyms).
    Choice(Vec<usize>),
    Text(String),
}

/// Each dropdown entry of the built-in profiles and the choice keys it stands for: the
/// synonyms of one answer (same score, same meaning), written out by hand.
const STANDS_FOR: &[(&str, &[&str])] = &[
    ("tak (yes)", &["yes"]),
    ("nie (no)", &["no"]),
    ("tylko P1 (P1 only)", &["p1_only", "tylko P1"]),
    (
        "w ciągu 24 h (within 24 h)",
        &["within_24h", "w ciągu 24 h"],
    ),
    ("na bieżąco (continuous)", &["continuous"]),
    ("co godzinę (hourly)", &["hourly"]),
    ("codziennie (daily)", &["daily"]),
    ("co tydzień (weekly)", &["weekly"]),
    ("co miesiąc (monthly)", &["monthly"]),
    ("co kwartał (quarterly)", &["quarterly", "co kwartał"]),
    ("raz w roku (yearly)", &["yearly"]),
    ("agencja (agency)", &["agency", "agencja"]),
    ("wspólna (shared)", &["shared", "wspólna"]),
    ("klient (client)", &["client", "klient"]),
    (
        "e-commerce (sklepy internetowe / online shops)",
        &["e-commerce", "ecommerce"],
    ),
    (
        "strony firmowe (company sites)",
        &["strony firmowe", "company_sites"],
    ),
    (
        "portale informacyjne (news and information sites)",
        &["portale informacyjne", "info_sites"],
    ),
    ("różne (various)", &["różne", "various"]),
    ("abonament (subscription)", &["subscription"]),
    ("pakiet godzin (hours package)", &["hours_package"]),
    ("rozliczenie godzinowe (pay as you go)", &["pay_as_you_go"]),
    ("stała cena (fixed)", &["fixed"]),
    ("wskaźnik inflacji (cpi)", &["cpi"]),
    ("wg cennika (price list)", &["price_list"]),
];

/// The indexes of `c`'s choices that a dropdown entry stands for: by `STANDS_FOR`, else (a
/// criteria file's own keys, shown as they are) the key it names.
fn stands_for(c: &Criterion, entry: &str) -> Vec<usize> {
    let keys: Vec<&str> = match STANDS_FOR.iter().find(|(e, _)| *e == entry) {
        Some((_, keys)) => keys.to_vec(),
        None => vec![entry],
    };
    c.choices
        .iter()
        .enumerate()
        .filter(|(_, (k, _))| keys.contains(&k.as_str()))
        .map(|(i, _)| i)
        .collect()
}

/// The choice the import reads a dropdown entry as.
fn read_back(c: &Criterion, entry: &str, keys: &[&str], ctx: &str) -> usize {
    read_choice(entry, keys, &c.choice_aliases)
        .map(|r| r.value)
        .unwrap_or_else(|| panic!("{ctx}: not read"))
}

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap().normalize()
}

fn text(s: &str) -> Fill {
    Fill::Text(s.to_string())
}

/// Where the template's cells are, read from the sheet itself.
struct Cells {
    /// The agency-name cell (row, col), 0-based.
    name: (u32, u32),
    /// Criterion id -> its answer cell.
    answers: HashMap<String, (u32, u32)>,
    /// Criterion id -> its notes cell.
    notes: HashMap<String, (u32, u32)>,
    /// Criterion id -> the text of its row's question cell.
    questions: HashMap<String, String>,
    /// Criterion id -> the text of its row's unit cell.
    units: HashMap<String, String>,
    /// Criterion id -> the text its row's notes cell holds in the template.
    notes_text: HashMap<String, String>,
    /// Criterion id -> the entries of its answer cell's dropdown, if it has one.
    dropdowns: HashMap<String, Vec<String>>,
    /// Every non-empty cell above the header row, top to bottom.
    preamble: Vec<String>,
}

fn cell_ref((row, col): (u32, u32)) -> String {
    format!("{}{}", column_letters(col as usize), row + 1)
}

fn cell_text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

/// Finds the cells to fill by reading the template like a person would.
fn read_layout(bytes: &[u8], criteria: &Criteria) -> Cells {
    let mut wb: Xlsx<_> = Xlsx::new(Cursor::new(bytes.to_vec())).unwrap();
    assert_eq!(wb.sheet_names(), [template::SHEET]);
    let range = wb.worksheet_range(template::SHEET).unwrap();
    let (r0, c0) = range.start().unwrap();
    let grid: Vec<Vec<String>> = range
        .rows()
        .map(|row| row.iter().map(cell_text).collect())
        .collect();
    let at = |r: usize, c: usize| (r as u32 + r0, c as u32 + c0);
    let (header_row, header) = grid
        .iter()
        .enumerate()
        .find(|(_, row)| row.iter().any(|t| t.starts_with("Odpowiedź")))
        .expect("a header row with 'Odpowiedź'");
    let col_of = |prefix: &str| {
        header
            .iter()
            .position(|t| t.starts_with(prefix))
            .unwrap_or_else(|| panic!("no '{prefix}' column"))
    };
    let (label_col, answer_col, notes_col, question_col, unit_col) = (
        col_of("Kryterium"),
        col_of("Odpowiedź"),
        col_of("Uwagi"),
        col_of("Pytanie"),
        col_of("Jednostka"),
    );
    let vendor_names: Vec<String> = criteria
        .vendor_columns
        .iter()
        .map(|v| normalize_label(v))
        .collect();
    let name_row = (0..header_row)
        .find(|&r| vendor_names.contains(&normalize_label(&grid[r][label_col])))
        .expect("an 'Agencja:' row above the header");
    let checks = validations(&entry(bytes, SHEET_XML));
    let mut layout = Cells {
        name: at(name_row, answer_col),
        answers: HashMap::new(),
        notes: HashMap::new(),
        questions: HashMap::new(),
        units: HashMap::new(),
        notes_text: HashMap::new(),
        dropdowns: HashMap::new(),
        preamble: grid[..header_row]
            .iter()
            .flatten()
            .filter(|t| !t.is_empty())
            .cloned()
            .collect(),
    };
    for (r, row) in grid.iter().enumerate().skip(header_row + 1) {
        let Some(label) = row.get(label_col) else {
            continue;
        };
        let norm = normalize_label(label);
        if norm.is_empty() {
            continue;
        }
        let c = criteria
            .criteria
            .iter()
            .find(|c| c.header_names().contains(&norm))
            .unwrap_or_else(|| panic!("row {} label '{label}' names no criterion", r + 1));
        assert!(
            layout
                .answers
                .insert(c.id.clone(), at(r, answer_col))
                .is_none(),
            "{} has two rows",
            c.id
        );
        layout.notes.insert(c.id.clone(), at(r, notes_col));
        layout
            .questions
            .insert(c.id.clone(), row[question_col].clone());
        layout.units.insert(c.id.clone(), row[unit_col].clone());
        layout
            .notes_text
            .insert(c.id.clone(), row[notes_col].clone());
        if let Some(Some(list)) = checks.get(&cell_ref(at(r, answer_col))) {
            let list = list
                .strip_prefix('"')
                .and_then(|l| l.strip_suffix('"'))
                .unwrap_or_else(|| panic!("{}: a list formula {list}", c.id));
            layout
                .dropdowns
                .insert(c.id.clone(), list.split(',').map(str::to_string).collect());
        }
    }
    layout
}

/// Candidate answers for a duration criterion in its unit: (typed text, value in the unit).
fn durations(unit: TimeUnit) -> [(&'static str, &'static str); 3] {
    match unit {
        TimeUnit::Minute => [("10 min", "10"), ("15 min", "15"), ("1 h", "60")],
        TimeUnit::Hour => [("2 h", "2"), ("4 godz.", "4"), ("90 min", "1.5")],
        TimeUnit::Day => [("30 dni", "30"), ("14 dni", "14"), ("90 dni", "90")],
        TimeUnit::Month => [("12 miesięcy", "12"), ("1 rok", "12"), ("6 mies.", "6")],
    }
}

/// Agency `a`'s answer to criterion number `i`, and what the import must read; knock-out
/// requirements are met, so that every agency is ranked. A choice is the `(i + a)`-th entry
/// of the cell's dropdown `entries`.
fn answer(c: &Criterion, i: usize, a: usize, entries: Option<&Vec<String>>) -> (Fill, Expect) {
    let fits = |v: &Decimal| {
        c.require
            .as_ref()
            .is_none_or(|r| r.max.is_none_or(|m| *v <= m) && r.min.is_none_or(|m| *v >= m))
    };
    // The a-th candidate, or the first one that meets the requirement.
    let pick = |cands: Vec<(Fill, &str)>| -> (Fill, Expect) {
        let k = if fits(&dec(cands[a].1)) {
            a
        } else {
            cands
                .iter()
                .position(|(_, v)| fits(&dec(v)))
                .unwrap_or_else(|| panic!("{}: no candidate meets the requirement", c.id))
        };
        let (fill, v) = cands[k].clone();
        (fill, Expect::Num(dec(v)))
    };
    match c.kind {
        Kind::Duration => pick(
            durations(c.time_unit.unwrap())
                .into_iter()
                .map(|(t, v)| (text(t), v))
                .collect(),
        ),
        Kind::Money => pick(vec![
            (text("1 450,00 zł netto"), "1450"),
            (Fill::Number(2000.0), "2000"),
            (text("899 zł"), "899"),
        ]),
        Kind::Percent => pick(vec![
            (text("99,9 %"), "99.9"),
            // 99.95 % typed into a percent-formatted cell is stored as a fraction.
            (Fill::Number(0.9995), "99.95"),
            (text("99.5%"), "99.5"),
        ]),
        Kind::Number => pick(vec![
            (text("16"), "16"),
            (Fill::Number(8.0), "8"),
            (text("2"), "2"),
        ]),
        Kind::Year => pick(vec![
            (text("2025"), "2025"),
            (Fill::Number(2024.0), "2024"),
            (text("2023"), "2023"),
        ]),
        Kind::Bool => {
            let yes = a < 2 || c.require.as_ref().is_some_and(|r| r.must_be_true);
            (text(if yes { "tak" } else { "nie" }), Expect::Bool(yes))
        }
        Kind::Choice => {
            let entries = entries.unwrap_or_else(|| panic!("{}: no dropdown", c.id));
            let allowed = |e: &String| {
                c.require
                    .as_ref()
                    .filter(|r| !r.one_of.is_empty())
                    .is_none_or(|r| {
                        stands_for(c, e)
                            .iter()
                            .any(|&k| r.one_of.contains(&c.choices[k].0))
                    })
            };
            let allowed: Vec<&String> = entries.iter().filter(|e| allowed(e)).collect();
            let entry = allowed[(i + a) % allowed.len()];
            (text(entry), Expect::Choice(stands_for(c, entry)))
        }
        Kind::Text => {
            let t = [
                "aktualizacje CMS i wtyczek, kopie zapasowe codziennie, monitoring 24/7, 8 h prac programistycznych",
                "updates; daily backups; uptime monitoring; 10 hours of development",
                "aktualizacje\nkopie zapasowe\nmonitoring\nraport miesięczny",
            ][a];
            (text(t), Expect::Text(t.to_string()))
        }
        Kind::Window => pick(vec![
            (text("24/7"), "0"),
            (text("całodobowo"), "0"),
            (text("pn–pt 8–16"), "15.24"),
        ]),
        Kind::RiskCost | Kind::Rating => unreachable!("{}: no row in the questionnaire", c.id),
    }
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Puts a value into a cell the template wrote as a blank (formatted) cell, keeping its style.
fn set_cell(xml: &mut String, at: (u32, u32), fill: &Fill) {
    let r = cell_ref(at);
    let open = format!("<c r=\"{r}\"");
    let start = xml
        .find(&open)
        .unwrap_or_else(|| panic!("the template has no cell {r}"));
    let tag_end = start + xml[start..].find('>').unwrap();
    assert!(
        xml[..tag_end].ends_with('/'),
        "cell {r} should be blank in the template: {}",
        &xml[start..=tag_end]
    );
    let attrs = xml[start..tag_end - 1].to_string();
    let filled = match fill {
        Fill::Text(s) => format!(
            "{attrs} t=\"inlineStr\"><is><t xml:space=\"preserve\">{}</t></is></c>",
            xml_escape(s)
        ),
        Fill::Number(x) => format!("{attrs}><v>{x}</v></c>"),
    };
    xml.replace_range(start..=tag_end, &filled);
}

/// The template with `cells` filled in; every other part of the workbook is copied unchanged.
fn fill(template_bytes: &[u8], cells: &[((u32, u32), Fill)]) -> Vec<u8> {
    let mut archive = ZipArchive::new(Cursor::new(template_bytes)).unwrap();
    let mut out = ZipWriter::new(Cursor::new(Vec::new()));
    let mut found = false;
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        if name == SHEET_XML {
            found = true;
            let mut xml = String::new();
            entry.read_to_string(&mut xml).unwrap();
            for (at, value) in cells {
                set_cell(&mut xml, *at, value);
            }
            let options = SimpleFileOptions::default()
                .compression_method(CompressionMethod::Deflated)
                .last_modified_time(zip::DateTime::default())
                .system(zip::System::Unix)
                .unix_permissions(0o644);
            out.start_file(name, options).unwrap();
            out.write_all(xml.as_bytes()).unwrap();
        } else {
            out.raw_copy_file(entry).unwrap();
        }
    }
    assert!(found, "no {SHEET_XML} in the template");
    out.finish().unwrap().into_inner()
}

const AGENCIES: [(&str, &str); 3] = [
    ("Alfa Serwis Sp. z o.o.", "alfa.xlsx"),
    ("Beta & Syn <Studio>", "beta.xlsx"),
    ("Gamma IT — Łódź", "gamma.xlsx"),
];

/// Remarks the agencies write beside some answers: (criterion id, remark).
const REMARKS: [(&str, &str); 2] = [
    ("p1_response", "Dotyczy całej doby / Around the clock"),
    ("monthly_fee", "=1+1 nie jest formułą"),
];

/// The remarks are the offer's notes, each after its question; the placeholder on the buyer's
/// rows is not a remark.
fn remarks_are_notes(notes: &[String], whose: &str) {
    assert_eq!(notes.len(), REMARKS.len(), "{whose}: {notes:?}");
    for (_, remark) in REMARKS {
        assert!(
            notes.iter().any(|n| n.ends_with(&format!(": {remark}"))),
            "{whose}: {notes:?}"
        );
    }
}

#[test]
fn filled_templates_import_and_rank_for_every_built_in_profile() {
    for (profile, _) in PROFILES {
        let criteria = criteria::profile(profile).unwrap().unwrap();
        let bytes = template::write(&criteria).unwrap();
        let layout = read_layout(&bytes, &criteria);
        let asked: Vec<(usize, &Criterion)> = criteria
            .criteria
            .iter()
            .enumerate()
            .filter(|(_, c)| c.kind != Kind::RiskCost)
            .collect();
        assert_eq!(layout.answers.len(), asked.len(), "{profile}: one row each");
        assert!(!layout.answers.contains_key("risk_cost"));

        let dir = tempfile::tempdir().unwrap();
        let mut expected: Vec<HashMap<String, (Fill, Expect)>> = Vec::new();
        for (a, (agency, file)) in AGENCIES.iter().enumerate() {
            let mut cells = vec![(layout.name, text(agency))];
            let mut answers = HashMap::new();
            for (i, c) in &asked {
                let (fill, expect) = answer(c, *i, a, layout.dropdowns.get(&c.id));
                cells.push((layout.answers[&c.id], fill.clone()));
                answers.insert(c.id.clone(), (fill, expect));
            }
            // Remarks beside some answers: they must not become an offer of their own.
            for (id, remark) in REMARKS {
                cells.push((layout.notes[id], text(remark)));
            }
            std::fs::write(dir.path().join(file), fill(&bytes, &cells)).unwrap();
            expected.push(answers);
        }

        let loaded = import::load(&[dir.path().to_path_buf()], &Limits::default());
        let a = Analysis::from_tables(
            criteria.clone(),
            loaded.tables,
            loaded.issues,
            crate::common::TODAY,
        );
        let listing: Vec<String> = a
            .issues
            .iter()
            .map(|i| format!("{:?} {}: {}", i.severity, i.location, i.message))
            .collect();
        assert_eq!(a.count(Severity::Error), 0, "{profile}: {listing:#?}");
        assert_eq!(a.count(Severity::Warning), 0, "{profile}: {listing:#?}");
        assert_eq!(a.offers.len(), 3, "{profile}: {listing:#?}");
        for report in &a.offers.reports {
            assert_eq!(
                report.layout,
                Some(Layout::Questionnaire),
                "{}",
                report.name
            );
            assert_eq!(report.offers, 1, "{}", report.name);
        }

        for (k, (agency, file)) in AGENCIES.iter().enumerate() {
            let o = a
                .offers
                .offers
                .iter()
                .position(|o| o.vendor == *agency)
                .unwrap_or_else(|| panic!("{profile}: no offer named {agency}"));
            assert!(
                a.offers
                    .location(a.offers.offers[o].source)
                    .ends_with(&format!(
                        "{file}:{}!{}",
                        template::SHEET,
                        cell_ref(layout.name)
                    )),
                "{profile}: {agency} named from {}",
                a.offers.location(a.offers.offers[o].source)
            );
            for (i, c) in &asked {
                let cell = a.offers.cell(*i, o);
                let (fill, expect) = &expected[k][&c.id];
                let got = match (&cell.value, expect) {
                    (Some(Value::Num(d)), Expect::Num(_)) => Expect::Num(d.normalize()),
                    (Some(Value::Bool(b)), _) => Expect::Bool(*b),
                    // Any of the synonyms the entry stands for.
                    (Some(Value::Choice(i)), Expect::Choice(ks)) if ks.contains(i) => {
                        expect.clone()
                    }
                    (Some(Value::Choice(i)), _) => Expect::Choice(vec![*i]),
                    (Some(Value::Text), _) => Expect::Text(cell.raw.to_string()),
                    (other, _) => panic!("{profile} {agency} {}: {fill:?} read as {other:?}", c.id),
                };
                assert_eq!(&got, expect, "{profile} {agency} {}: filled {fill:?}", c.id);
                let source = a.offers.location(a.offers.source(*i, o).unwrap());
                assert!(
                    source.ends_with(&cell_ref(layout.answers[&c.id])),
                    "{profile} {agency} {}: read from {source}",
                    c.id
                );
            }
            remarks_are_notes(&a.offers.offers[o].notes, &format!("{profile} {agency}"));
        }

        let ranked = a.ranking.iter().filter(|r| r.rank.is_some()).count();
        assert_eq!(ranked, 3, "{profile}: every agency meets the knock-outs");
        assert_eq!(a.ranking[0].rank, Some(1));
        assert!(a.scores.iter().all(|s| s.is_finite() && *s > 0.0));
    }
}

/// Style index -> whether the style leaves the cell unlocked.
fn unlocked_styles(styles_xml: &str) -> Vec<bool> {
    let start = styles_xml.find("<cellXfs").unwrap();
    let end = start + styles_xml[start..].find("</cellXfs>").unwrap();
    let section = &styles_xml[start..end];
    section
        .split("<xf ")
        .skip(1)
        .map(|xf| xf.contains("locked=\"0\""))
        .collect()
}

/// sqref -> the list of a list validation (`None` for other validations).
fn validations(sheet_xml: &str) -> HashMap<String, Option<String>> {
    sheet_xml
        .split("<dataValidation ")
        .skip(1)
        .map(|v| {
            let sqref = v.split("sqref=\"").nth(1).unwrap();
            let sqref = sqref[..sqref.find('"').unwrap()].to_string();
            let list = v.starts_with("type=\"list\"").then(|| {
                let f = v.split("<formula1>").nth(1).unwrap();
                f[..f.find("</formula1>").unwrap()].replace("&quot;", "\"")
            });
            (sqref, list)
        })
        .collect()
}

/// Criteria the buyer fills in: their rows are locked in the vendor's copy.
const BUYER_ROWS: &[&str] = &["inquiry_response_days"];

#[test]
fn only_the_name_answer_and_notes_cells_are_editable_and_choices_have_dropdowns() {
    for (profile, _) in PROFILES {
        let criteria = criteria::profile(profile).unwrap().unwrap();
        let bytes = template::write(&criteria).unwrap();
        let layout = read_layout(&bytes, &criteria);
        let sheet = entry(&bytes, SHEET_XML);
        assert!(
            sheet.contains("<sheetProtection"),
            "{profile}: not protected"
        );
        let unlocked = unlocked_styles(&entry(&bytes, "xl/styles.xml"));

        let vendors = |cells: &HashMap<String, (u32, u32)>| -> Vec<String> {
            cells
                .iter()
                .filter(|(id, _)| !BUYER_ROWS.contains(&id.as_str()))
                .map(|(_, &at)| cell_ref(at))
                .collect()
        };
        let mut editable: Vec<String> = vec![cell_ref(layout.name)];
        editable.extend(vendors(&layout.answers));
        editable.extend(vendors(&layout.notes));
        let styles = cell_styles(&sheet);
        for (r, s) in &styles {
            assert_eq!(
                unlocked[*s],
                editable.contains(r),
                "{profile}: cell {r} is {}",
                if unlocked[*s] { "unlocked" } else { "locked" }
            );
        }
        for r in &editable {
            assert!(styles.iter().any(|(c, _)| c == r), "{profile}: no cell {r}");
        }

        let checks = validations(&sheet);
        for c in &criteria.criteria {
            let Some(&at) = layout.answers.get(&c.id) else {
                continue;
            };
            let list = checks.get(&cell_ref(at)).cloned().flatten();
            match c.kind {
                Kind::Bool => assert_eq!(list.as_deref(), Some("\"tak,nie\""), "{}", c.id),
                Kind::Choice => assert!(layout.dropdowns.contains_key(&c.id), "{}", c.id),
                _ => assert_eq!(list, None, "{}: no dropdown", c.id),
            }
        }

        // The standard questions, Polish first, then English.
        let p1 = &layout.questions["p1_response"];
        assert!(
            p1.starts_with("Jaki jest gwarantowany czas reakcji na awarię krytyczną (P1)")
                && p1
                    .contains("\nWhat is the guaranteed response time for a critical (P1) failure"),
            "{p1}"
        );
    }
}

#[test]
fn a_criteria_file_can_word_its_own_questions() {
    let toml = r#"
name = "Own questions"
vendor_columns = ["Wykonawca", "Vendor"]

[[criterion]]
id = "p1_response"
kind = "duration"
columns = ["Reakcja P1"]
question_pl = "Jak szybko odbierają Państwo telefon w nocy?"
question = "How fast do you answer the phone at night?"

[[criterion]]
id = "ssl"
label = "SSL certificate renewal"
kind = "bool"
columns = ["Odnawianie certyfikatu SSL"]

[[criterion]]
id = "plan"
kind = "choice"
choices = { basic = 0.3, pro = 1.0 }
"#;
    let criteria = criteria::parse(toml, "own.toml").unwrap();
    let bytes = template::write(&criteria).unwrap();
    let layout = read_layout(&bytes, &criteria);
    assert_eq!(
        layout.questions["p1_response"],
        "Jak szybko odbierają Państwo telefon w nocy?\nHow fast do you answer the phone at night?"
    );
    assert_eq!(
        layout.questions["ssl"],
        "Czy oferta obejmuje: Odnawianie certyfikatu SSL?\nDoes the offer include: SSL certificate renewal?"
    );

    // The vendor row is labelled with this file's own vendor header, and reads back.
    let dir = tempfile::tempdir().unwrap();
    let filled = fill(
        &bytes,
        &[
            (layout.name, text("Delta Web")),
            (layout.answers["p1_response"], text("20 min")),
            (layout.answers["ssl"], text("nie")),
            (layout.answers["plan"], text("pro")),
        ],
    );
    let path: PathBuf = dir.path().join("delta.xlsx");
    std::fs::write(&path, filled).unwrap();
    let loaded = import::load(&[path], &Limits::default());
    let a = Analysis::from_tables(criteria, loaded.tables, loaded.issues, crate::common::TODAY);
    assert_eq!(a.count(Severity::Error), 0, "{:#?}", a.issues);
    assert_eq!(a.offers.offers[0].vendor, "Delta Web");
    assert_eq!(a.offers.cell(0, 0).value, Some(Value::Num(dec("20"))));
    assert_eq!(a.offers.cell(1, 0).value, Some(Value::Bool(false)));
    assert_eq!(a.offers.cell(2, 0).value, Some(Value::Choice(1)));
}

#[test]
fn an_unfilled_template_is_recognised_but_offers_nothing() {
    let criteria = crate::common::profile("sme");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.xlsx");
    std::fs::write(&path, template::write(&criteria).unwrap()).unwrap();
    let loaded = import::load(&[path], &Limits::default());
    let a = Analysis::from_tables(criteria, loaded.tables, loaded.issues, crate::common::TODAY);
    assert_eq!(a.offers.len(), 0);
    assert!(
        a.issues
            .iter()
            .any(|i| i.message.to_string().contains("no offer")),
        "{:#?}",
        a.issues
    );
}

#[test]
fn choice_dropdowns_offer_each_answer_once_and_every_entry_reads_back_as_it() {
    for (profile, _) in PROFILES {
        let criteria = criteria::profile(profile).unwrap().unwrap();
        let bytes = template::write(&criteria).unwrap();
        let layout = read_layout(&bytes, &criteria);
        let choice: Vec<(usize, &Criterion)> = criteria
            .criteria
            .iter()
            .enumerate()
            .filter(|(_, c)| c.kind == Kind::Choice)
            .collect();
        assert!(!choice.is_empty(), "{profile}: no choice criterion");
        for (_, c) in &choice {
            let entries = &layout.dropdowns[&c.id];
            let keys: Vec<&str> = c.choices.iter().map(|(k, _)| k.as_str()).collect();
            let mut seen: Vec<String> = Vec::new();
            let mut covered: Vec<usize> = Vec::new();
            for e in entries {
                let ctx = format!("{profile} {}: entry '{e}' of {entries:?}", c.id);
                assert!(!e.contains('_'), "{ctx}: an internal key");
                assert!(!seen.contains(&normalize_label(e)), "{ctx}: listed twice");
                seen.push(normalize_label(e));
                let ks = stands_for(c, e);
                assert!(!ks.is_empty(), "{ctx}: stands for no choice");
                let score = c.choices[ks[0]].1;
                assert!(
                    ks.iter().all(|&k| c.choices[k].1 == score),
                    "{ctx}: synonyms score alike"
                );
                let read = read_back(c, e, &keys, &ctx);
                assert_eq!(c.choices[read].1, score, "{ctx}: read as {}", keys[read]);
                assert!(ks.contains(&read), "{ctx}: read as {}", keys[read]);
                covered.extend(ks);
            }
            // Each answer once: every key stands behind exactly one entry.
            covered.sort_unstable();
            assert_eq!(
                covered,
                (0..keys.len()).collect::<Vec<_>>(),
                "{profile} {}: {entries:?} for {keys:?}",
                c.id
            );
        }

        // Through the import itself: file k picks the k-th entry of every dropdown.
        let rounds = choice
            .iter()
            .map(|(_, c)| layout.dropdowns[&c.id].len())
            .max()
            .unwrap();
        let dir = tempfile::tempdir().unwrap();
        for k in 0..rounds {
            let mut cells = vec![(layout.name, text(&format!("Agencja {k}")))];
            for (i, c) in criteria.criteria.iter().enumerate() {
                let Some(&at) = layout.answers.get(&c.id) else {
                    continue;
                };
                let fill = match layout.dropdowns.get(&c.id) {
                    Some(entries) if c.kind == Kind::Choice => text(&entries[k % entries.len()]),
                    _ => answer(c, i, 0, None).0,
                };
                cells.push((at, fill));
            }
            std::fs::write(dir.path().join(format!("{k}.xlsx")), fill(&bytes, &cells)).unwrap();
        }
        let loaded = import::load(&[dir.path().to_path_buf()], &Limits::default());
        let a = Analysis::from_tables(
            criteria.clone(),
            loaded.tables,
            loaded.issues,
            crate::common::TODAY,
        );
        let listing: Vec<String> = a
            .issues
            .iter()
            .map(|i| format!("{:?} {}: {}", i.severity, i.location, i.message))
            .collect();
        assert_eq!(a.count(Severity::Error), 0, "{profile}: {listing:#?}");
        assert_eq!(a.count(Severity::Warning), 0, "{profile}: {listing:#?}");
        assert_eq!(a.offers.len(), rounds, "{profile}: {listing:#?}");
        for k in 0..rounds {
            let o = a
                .offers
                .offers
                .iter()
                .position(|o| o.vendor == format!("Agencja {k}"))
                .unwrap();
            for (j, c) in &choice {
                let entries = &layout.dropdowns[&c.id];
                let entry = &entries[k % entries.len()];
                let cell = a.offers.cell(*j, o);
                match cell.value {
                    Some(Value::Choice(i)) => assert!(
                        stands_for(c, entry).contains(&i),
                        "{profile} {}: '{entry}' read as {}",
                        c.id,
                        c.choices[i].0
                    ),
                    ref other => panic!("{profile} {}: '{entry}' read as {other:?}", c.id),
                }
            }
        }
    }
}

#[test]
fn the_dropdowns_of_a_profile_read_as_one_polish_entry_per_answer() {
    let criteria = crate::common::profile("sme");
    let layout = read_layout(&template::write(&criteria).unwrap(), &criteria);
    let list = |id: &str| layout.dropdowns[id].join(",");
    assert_eq!(
        list("patching"),
        "w ciągu 24 h (within 24 h),co tydzień (weekly),co miesiąc (monthly),nie (no)"
    );
    assert_eq!(
        list("security_owner"),
        "agencja (agency),wspólna (shared),klient (client)"
    );
    assert_eq!(
        list("weekend_coverage"),
        "tak (yes),tylko P1 (P1 only),nie (no)"
    );
    assert_eq!(
        list("backup_frequency"),
        "co godzinę (hourly),codziennie (daily),co tydzień (weekly),co miesiąc (monthly)"
    );
}

/// Style index -> its fill id.
fn style_fills(styles_xml: &str) -> Vec<usize> {
    let start = styles_xml.find("<cellXfs").unwrap();
    let end = start + styles_xml[start..].find("</cellXfs>").unwrap();
    styles_xml[start..end]
        .split("<xf ")
        .skip(1)
        .map(|xf| {
            xf.split("fillId=\"")
                .nth(1)
                .map_or(0, |f| f[..f.find('"').unwrap()].parse().unwrap())
        })
        .collect()
}

#[test]
fn the_buyers_rows_are_locked_shaded_and_say_who_fills_them() {
    let mut seen = 0;
    for (profile, _) in PROFILES {
        let criteria = criteria::profile(profile).unwrap().unwrap();
        let bytes = template::write(&criteria).unwrap();
        let layout = read_layout(&bytes, &criteria);
        let sheet = entry(&bytes, SHEET_XML);
        let styles_xml = entry(&bytes, "xl/styles.xml");
        let unlocked = unlocked_styles(&styles_xml);
        let fills = style_fills(&styles_xml);
        let style_of = |at: (u32, u32)| {
            let r = cell_ref(at);
            cell_styles(&sheet)
                .into_iter()
                .find(|(c, _)| *c == r)
                .unwrap()
                .1
        };
        let vendor_answer = style_of(layout.answers["p1_response"]);
        for id in BUYER_ROWS {
            let Some(&at) = layout.answers.get(*id) else {
                continue;
            };
            seen += 1;
            let s = style_of(at);
            assert!(!unlocked[s], "{profile} {id}: the vendor can edit it");
            assert!(!unlocked[style_of(layout.notes[*id])], "{profile} {id}");
            // Shaded (fills 0 and 1 are Excel's "none" and "gray125"), unlike the vendor's.
            assert!(fills[s] > 1, "{profile} {id}: not shaded");
            assert_ne!(fills[s], fills[vendor_answer], "{profile} {id}");
            assert!(
                layout.units[*id].contains("wypełnia zamawiający")
                    && layout.units[*id].contains("filled in by the buyer"),
                "{profile} {id}: {}",
                layout.units[*id]
            );
            assert_eq!(
                layout.notes_text[*id],
                "Wypełnia zamawiający / Filled in by the buyer"
            );
        }
        assert!(
            layout
                .preamble
                .iter()
                .any(|t| t.starts_with("Jak wypełnić") && t.contains("wypełnia zamawiający")),
            "{profile}: {:#?}",
            layout.preamble
        );
        // Vendor rows stay as they were.
        assert!(layout.notes_text["p1_response"].is_empty());
    }
    assert_eq!(seen, PROFILES.len(), "every profile asks about the inquiry");
}

#[test]
fn the_instructions_name_the_criterias_vendor_header_and_currency() {
    let toml = r#"
name = "Euro vendors"
currency = "EUR"
vendor_columns = ["Vendor"]

[[criterion]]
id = "monthly_fee"
kind = "money"
columns = ["Monthly fee"]

[[criterion]]
id = "p1_response"
kind = "duration"
columns = ["P1 response"]
"#;
    let criteria = criteria::parse(toml, "eur.toml").unwrap();
    let bytes = template::write(&criteria).unwrap();
    let layout = read_layout(&bytes, &criteria);
    let find = |prefix: &str| {
        layout
            .preamble
            .iter()
            .find(|t| t.starts_with(prefix))
            .unwrap_or_else(|| panic!("no '{prefix}' in {:#?}", layout.preamble))
            .clone()
    };
    let pl = find("Jak wypełnić");
    let en = find("How to fill in");
    assert!(pl.contains("w żółtym polu „Vendor”"), "{pl}");
    assert!(pl.contains("„1 450 EUR netto”"), "{pl}");
    assert!(en.contains("in the yellow \"Vendor\" field"), "{en}");
    assert!(en.contains("\"1450 EUR net\""), "{en}");
    // The vendor is told the sheet is protected, and how to lift it.
    assert!(pl.contains("Nie chroń arkusza"), "{pl}");
    assert!(en.contains("Unprotect Sheet"), "{en}");
    for t in &layout.preamble {
        for word in ["Agencja", "agencji", "agency", "zł", "PLN"] {
            assert!(!t.contains(word), "'{word}' in {t}");
        }
    }
    assert!(layout.preamble.contains(&"Vendor:".to_string()));
    // Nothing here is the buyer's to fill in.
    assert!(!pl.contains("zamawiający"), "{pl}");
    assert_eq!(layout.units["monthly_fee"], "EUR netto / EUR net");

    // It still reads back.
    let dir = tempfile::tempdir().unwrap();
    let filled = fill(
        &bytes,
        &[
            (layout.name, text("Euro Web GmbH")),
            (layout.answers["monthly_fee"], text("1450 EUR")),
            (layout.answers["p1_response"], text("30 min")),
        ],
    );
    let path = dir.path().join("euro.xlsx");
    std::fs::write(&path, filled).unwrap();
    let loaded = import::load(&[path], &Limits::default());
    let a = Analysis::from_tables(criteria, loaded.tables, loaded.issues, crate::common::TODAY);
    assert_eq!(a.count(Severity::Error), 0, "{:#?}", a.issues);
    assert_eq!(a.count(Severity::Warning), 0, "{:#?}", a.issues);
    assert_eq!(a.offers.offers[0].vendor, "Euro Web GmbH");
    assert_eq!(a.offers.cell(0, 0).value, Some(Value::Num(dec("1450"))));
    assert_eq!(a.offers.cell(1, 0).value, Some(Value::Num(dec("30"))));

    // The built-in profiles keep the agency's field and złoty.
    let sme = crate::common::profile("sme");
    let layout = read_layout(&template::write(&sme).unwrap(), &sme);
    let pl = layout
        .preamble
        .iter()
        .find(|t| t.starts_with("Jak wypełnić"))
        .unwrap();
    assert!(
        pl.contains("w żółtym polu „Agencja”") && pl.contains("„1 450 zł netto”"),
        "{pl}"
    );
}
