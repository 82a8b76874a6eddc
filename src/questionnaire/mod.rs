//! `offerlens template`: the questionnaire workbook the buyer sends to agencies, built from the criteria.
//!
//! One sheet, "Ankieta", laid out so that the questionnaire import reads a filled copy back
//! with no edits:
//!
//! ```text
//!  row  A     B                      C                 D                    E            F
//!   1   title (Polish), 2: title (English), 3: the criteria's name
//!   5   instructions in Polish (merged A:F), 6: in English
//!   8         agency name prompt                       "Agencja (Agency):"  [name]
//!  10   Lp.   Pytanie (Question)     Jednostka (Unit)  Kryterium (Criterion) Odpowiedź    Uwagi (Notes)
//!  11         group heading
//!  12   1     question PL / EN       unit, knock-out   criterion header     [answer]     [notes]
//! ```
//!
//! Why the columns stand where they do: the import finds the criteria column (the one naming
//! the most criteria, D here) and reads every column to its right as an offer, except remark
//! columns (headed "Uwagi"/"Notes"). So the question, the unit and the row number stand to the
//! left of D, the answers right next to it and the notes last. The agency's name sits in the
//! answer column on the row labelled with a vendor header (`Agencja:`), as the import expects.
//! Each criterion row is labelled with a header name the import maps back to that criterion
//! (its first column alias that does so, else its label or id); `risk_cost` is computed and
//! gets no row.
//!
//! Only the name, answer and notes cells are unlocked; the sheet is protected (no password: it
//! guards the layout, not secrets; rows and columns may still be resized). A row the buyer fills
//! in (`questions::filled_by_buyer`, e.g. how many days the agency took to answer the inquiry)
//! stays locked, its answer and notes cells grey and saying so. Yes/no criteria get a `tak,nie`
//! dropdown and choice criteria a dropdown of one entry per distinct answer
//! (`questions::choice_options`: Polish with the English in parentheses, read back by the import
//! as that answer). The answer cells are formatted as text, so that what the vendor types
//! ("0:15", "1/2", "99,9") reaches the import as typed instead of being turned into a time or a
//! date by the spreadsheet. The instructions name the criteria's vendor header and currency.
//!
//! Pure and deterministic: no clock (the workbook's creation time is fixed at the zip epoch),
//! so the same criteria always give the same bytes.

use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DocProperties, ExcelDateTime, Format,
    FormatAlign, FormatBorder, ProtectionOptions, Workbook, Worksheet, XlsxError,
};

pub mod questions;

use crate::criteria::{Criteria, Criterion, Kind, Missing, Require};
use crate::normalize::value::{TimeUnit, normalize_label};

/// The sheet's name.
pub const SHEET: &str = "Ankieta";

// Columns.
const COL_NO: u16 = 0;
const COL_QUESTION: u16 = 1;
const COL_UNIT: u16 = 2;
const COL_LABEL: u16 = 3;
const COL_ANSWER: u16 = 4;
const COL_NOTES: u16 = 5;
const LAST_COL: u16 = COL_NOTES;
/// Column widths, in characters.
const WIDTHS: [f64; 6] = [5.0, 62.0, 22.0, 30.0, 30.0, 34.0];

// Rows (0-based).
const ROW_TITLE: u32 = 0;
const ROW_TITLE_EN: u32 = 1;
const ROW_CRITERIA: u32 = 2;
const ROW_HOWTO_PL: u32 = 4;
const ROW_HOWTO_EN: u32 = 5;
const ROW_VENDOR: u32 = 7;
const ROW_HEADER: u32 = 9;
const FIRST_ROW: u32 = 10;

/// Points per line of 11-point text.
const LINE_HEIGHT: f64 = 15.0;

const TITLE_PL: &str = "Ankieta ofertowa: opieka techniczna nad stroną internetową";
const TITLE_EN: &str = "Offer questionnaire: website maintenance and technical support";

/// The instructions, (Polish, English), naming the criteria's vendor field and currency.
fn howto(vendor: &VendorField, currency: &str, buyer_rows: bool) -> (String, String) {
    let (money_pl, money_en) = if currency == "PLN" {
        ("1 450 zł netto".to_string(), "1450 PLN net".to_string())
    } else {
        (
            format!("1 450 {currency} netto"),
            format!("1450 {currency} net"),
        )
    };
    let (whose_pl, whose_en) = if vendor.is_agency {
        ("nazwę agencji", "the agency's name")
    } else {
        ("pełną nazwę firmy", "your company's full name")
    };
    let (buyer_pl, buyer_en) = if buyer_rows {
        (
            " Wiersze z szarym polem odpowiedzi („Wypełnia zamawiający”) wypełnia zamawiający: prosimy je pominąć.",
            " Rows whose answer field is grey (\"Wypełnia zamawiający\") are filled in by the buyer: please leave them out.",
        )
    } else {
        ("", "")
    };
    let pl = format!(
        "Jak wypełnić: prosimy wpisać {whose_pl} w żółtym polu „{}”, a odpowiedzi w kolumnie „Odpowiedź”: jedna odpowiedź w wierszu, z jednostką (np. „15 min”, „4 h”, „{money_pl}”, „99,9 %”). Gdzie komórka ma listę, prosimy wybrać z niej odpowiedź. Komentarze i zastrzeżenia prosimy wpisać w kolumnie „Uwagi”. Jeśli czegoś nie ma w ofercie, prosimy wpisać „brak” albo „nie”.{buyer_pl} Prosimy nie zmieniać układu arkusza (nie dodawać ani nie usuwać wierszy i kolumn): odpowiedzi są odczytywane automatycznie.",
        vendor.name_pl
    );
    let en = format!(
        "How to fill in: please enter {whose_en} in the yellow \"{}\" field and your answers in the \"Odpowiedź (Answer)\" column: one answer per row, with its unit (e.g. \"15 min\", \"4 h\", \"{money_en}\", \"99.9%\"). Where a cell offers a list, please pick the answer from it. Comments and reservations go in the \"Uwagi (Notes)\" column. If something is not part of your offer, write \"none\" or \"no\".{buyer_en} Please keep the layout as it is (do not add or delete rows or columns): the answers are read automatically.",
        vendor.name_en
    );
    (pl, en)
}

/// What a buyer's row says in its notes cell and, under the unit, in its unit cell.
const BUYER_NOTE: &str = "Wypełnia zamawiający / Filled in by the buyer";
const BUYER_UNIT: &str =
    "wypełnia zamawiający, nie wypełniać / filled in by the buyer, leave blank";

const END_NOTE: &str = "Dziękujemy! Prosimy odesłać wypełniony plik (.xlsx). / Thank you! Please send the filled-in file back (.xlsx).";

/// The header row: (Polish, English) per column.
const HEADERS: [(&str, &str); 6] = [
    ("Lp.", "No."),
    ("Pytanie", "Question"),
    ("Jednostka", "Unit"),
    ("Kryterium", "Criterion"),
    ("Odpowiedź", "Answer"),
    // "Uwagi (Notes)" reads as "uwagi" to the import: a remark column, never an offer.
    ("Uwagi", "Notes"),
];

/// Group headings, (Polish, English), by criterion group.
fn group_heading(group: &str) -> (&'static str, &'static str) {
    match group {
        "scope" => ("Zakres usług", "Scope of work"),
        "sla" => ("SLA i przywracanie działania", "SLA and recovery"),
        "security" => ("Bezpieczeństwo", "Security"),
        "performance" => ("Wydajność i wskaźniki (KPI)", "Performance and KPIs"),
        "reporting" => ("Raportowanie", "Reporting"),
        "price" => ("Cena", "Price"),
        "references" => ("Doświadczenie i referencje", "Experience and references"),
        "communication" => ("Komunikacja", "Communication"),
        "onboarding" => ("Wdrożenie", "Onboarding"),
        _ => ("Inne", "Other"),
    }
}

/// The questionnaire for `criteria` as xlsx bytes (the caller writes them atomically).
pub fn write(criteria: &Criteria) -> Result<Vec<u8>, String> {
    let rows = plan(criteria)?;
    let vendor = vendor_field(criteria)?;
    build(criteria, &rows, &vendor).map_err(|e| format!("cannot build the questionnaire: {e}"))
}

/// One criterion's row, worked out before anything is written.
struct Row<'c> {
    criterion: &'c Criterion,
    /// The text of the criteria column: a header name the import maps to this criterion.
    label: String,
    question_pl: String,
    question_en: String,
    unit: String,
    /// Filled in by the buyer: locked and shaded, the vendor leaves it.
    by_buyer: bool,
}

/// The rows, in the criteria's order, or why the questionnaire could not be read back.
fn plan(criteria: &Criteria) -> Result<Vec<Row<'_>>, String> {
    let answered: Vec<&Criterion> = criteria
        .criteria
        .iter()
        .filter(|c| c.kind != Kind::RiskCost)
        .collect();
    if answered.is_empty() {
        return Err(
            "no criterion is answered by vendors (only computed ones): nothing to ask".to_string(),
        );
    }
    let vendor_names: Vec<String> = criteria
        .vendor_columns
        .iter()
        .map(|v| normalize_label(v))
        .collect();
    // The import gives a header to the first answered criterion naming it.
    let names: Vec<(&str, Vec<String>)> = answered
        .iter()
        .map(|c| (c.id.as_str(), c.header_names()))
        .collect();
    let reads_as = |text: &str| -> Option<&str> {
        let n = normalize_label(text);
        if n.is_empty() || vendor_names.contains(&n) {
            return None;
        }
        names
            .iter()
            .find(|(_, ns)| ns.contains(&n))
            .map(|(id, _)| *id)
    };
    answered
        .into_iter()
        .map(|c| {
            let label = c
                .columns
                .iter()
                .map(|s| s.trim())
                .chain([c.label.trim(), c.id.as_str()])
                .find(|s| reads_as(s) == Some(c.id.as_str()))
                .ok_or_else(|| {
                    format!(
                        "criterion '{}': none of its names (columns, label, id) reads back as it in a questionnaire; each is empty, a vendor header or taken by an earlier criterion",
                        c.id
                    )
                })?
                .to_string();
            let (question_pl, question_en) = questions::for_criterion(c);
            let by_buyer = questions::filled_by_buyer(c);
            let mut unit = unit_text(c, &criteria.currency);
            if by_buyer {
                unit = format!("{unit}\n{BUYER_UNIT}");
            }
            Ok(Row {
                criterion: c,
                label,
                question_pl,
                question_en,
                unit,
                by_buyer,
            })
        })
        .collect()
}

/// The agency-name field: the criteria's first vendor header.
struct VendorField {
    /// The label cell's text, with a colon: "Agencja (Agency):", "Vendor:".
    label: String,
    /// The field's name in the Polish and the English instructions.
    name_pl: String,
    name_en: String,
    /// Whether the header is "Agencja", so that the texts may speak of an agency.
    is_agency: bool,
}

/// The agency-name field, labelled with the criteria's first usable vendor header.
fn vendor_field(criteria: &Criteria) -> Result<VendorField, String> {
    let name = criteria
        .vendor_columns
        .iter()
        .map(|v| v.trim())
        .find(|v| !normalize_label(v).is_empty())
        .ok_or("the criteria name no usable vendor header (`vendor_columns`)")?;
    // "Agencja (Agency):" still reads as "agencja": the import drops a trailing "(…)".
    let is_agency = normalize_label(name) == "agencja";
    let (label, name_pl, name_en) = if is_agency {
        (
            "Agencja (Agency):".to_string(),
            "Agencja".to_string(),
            "Agencja (Agency)".to_string(),
        )
    } else {
        (format!("{name}:"), name.to_string(), name.to_string())
    };
    if normalize_label(&label) != normalize_label(name) {
        return Err(format!(
            "the vendor header '{name}' would not read back from a questionnaire"
        ));
    }
    Ok(VendorField {
        label,
        name_pl,
        name_en,
        is_agency,
    })
}

/// The expected unit or format, in Polish / English, then what the buyer requires, if anything.
fn unit_text(c: &Criterion, currency: &str) -> String {
    let money = if currency == "PLN" {
        "zł netto / PLN net".to_string()
    } else {
        format!("{currency} netto / {currency} net")
    };
    let base = match c.kind {
        Kind::Duration => match c.time_unit.unwrap_or(TimeUnit::Minute) {
            TimeUnit::Minute => "minuty / minutes".to_string(),
            TimeUnit::Hour => "godziny / hours".to_string(),
            TimeUnit::Day => "dni / days".to_string(),
        },
        Kind::Money | Kind::RiskCost => money,
        Kind::Percent => "% (np. 99,9) / % (e.g. 99.9)".to_string(),
        Kind::Bool => "tak / nie (yes / no)".to_string(),
        Kind::Choice => "wybór z listy / pick from the list".to_string(),
        Kind::Text => "opis, punkt po punkcie / description, item by item".to_string(),
        Kind::Year => "rok (np. 2025) / year (e.g. 2025)".to_string(),
        Kind::Number => match c.unit.as_deref().map(str::trim) {
            Some("h") => "godziny / hours".to_string(),
            Some("working days") => "dni robocze / working days".to_string(),
            Some("d") | Some("days") => "dni / days".to_string(),
            Some(u) if !u.is_empty() => format!("liczba ({u}) / number ({u})"),
            _ => "liczba / number".to_string(),
        },
    };
    let mut lines = vec![base];
    if let Some(r) = &c.require {
        lines.push(format!("wymagane / required: {}", requirement(r, c)));
    }
    if c.missing == Missing::Disqualify {
        lines.push("odpowiedź obowiązkowa / answer required".to_string());
    }
    lines.join("\n")
}

/// A knock-out condition in symbols both languages read: "≤ 4 h", "tak / yes", "a, b".
fn requirement(r: &Require, c: &Criterion) -> String {
    let unit = match c.kind {
        Kind::Percent => "%".to_string(),
        _ => c.unit.clone().unwrap_or_default(),
    };
    let with_unit = |x: &rust_decimal::Decimal| {
        let x = x.normalize();
        match unit.as_str() {
            "" => x.to_string(),
            "%" => format!("{x} %"),
            u => format!("{x} {u}"),
        }
    };
    let mut parts = Vec::new();
    if let Some(max) = &r.max {
        parts.push(format!("≤ {}", with_unit(max)));
    }
    if let Some(min) = &r.min {
        parts.push(format!("≥ {}", with_unit(min)));
    }
    if r.must_be_true {
        parts.push("tak / yes".to_string());
    }
    if !r.one_of.is_empty() {
        if c.kind == Kind::Choice {
            // As the dropdown words them.
            let required = |k: &str| {
                r.one_of
                    .iter()
                    .any(|x| normalize_label(x) == normalize_label(k))
            };
            let entries: Vec<String> = questions::choice_options(c)
                .into_iter()
                .filter(|o| o.keys.iter().any(|&i| required(&c.choices[i].0)))
                .map(|o| o.entry)
                .collect();
            parts.push(entries.join(", "));
        } else {
            parts.push(r.one_of.join(", "));
        }
    }
    parts.join(", ")
}

/// The formats of the sheet.
struct Formats {
    title: Format,
    subtitle: Format,
    info: Format,
    howto: Format,
    prompt: Format,
    vendor_label: Format,
    vendor_input: Format,
    header: Format,
    group: Format,
    number: Format,
    question: Format,
    english: Format,
    plain: Format,
    unit: Format,
    label: Format,
    answer: Format,
    notes: Format,
    buyer_answer: Format,
    buyer_notes: Format,
    end: Format,
}

const HEADER_FILL: u32 = 0xD9E1F2;
const GROUP_FILL: u32 = 0xEDEDED;
const INPUT_FILL: u32 = 0xFFF2CC;
const NOTES_FILL: u32 = 0xFFFBEF;
const GREY_TEXT: u32 = 0x595959;
/// The buyer's own fields: grey, locked, unlike the vendor's yellow ones.
const BUYER_FILL: u32 = 0xD9D9D9;

fn formats() -> Formats {
    let cell = || {
        Format::new()
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            .set_border(FormatBorder::Thin)
            .set_border_color(Color::RGB(0xBFBFBF))
    };
    Formats {
        title: Format::new().set_bold().set_font_size(16),
        subtitle: Format::new()
            .set_italic()
            .set_font_size(12)
            .set_font_color(Color::RGB(GREY_TEXT)),
        info: Format::new().set_font_color(Color::RGB(GREY_TEXT)),
        howto: Format::new().set_text_wrap().set_align(FormatAlign::Top),
        prompt: Format::new()
            .set_align(FormatAlign::Right)
            .set_align(FormatAlign::VerticalCenter)
            .set_font_color(Color::RGB(GREY_TEXT)),
        vendor_label: Format::new()
            .set_bold()
            .set_align(FormatAlign::Right)
            .set_align(FormatAlign::VerticalCenter),
        vendor_input: Format::new()
            .set_unlocked()
            .set_bold()
            .set_font_size(12)
            .set_num_format("@")
            .set_align(FormatAlign::VerticalCenter)
            .set_background_color(Color::RGB(INPUT_FILL))
            .set_border(FormatBorder::Medium),
        header: Format::new()
            .set_bold()
            .set_text_wrap()
            .set_align(FormatAlign::VerticalCenter)
            .set_background_color(Color::RGB(HEADER_FILL))
            .set_border(FormatBorder::Thin),
        group: Format::new()
            .set_bold()
            .set_background_color(Color::RGB(GROUP_FILL))
            .set_border_top(FormatBorder::Thin)
            .set_border_bottom(FormatBorder::Thin),
        number: cell()
            .set_align(FormatAlign::Center)
            .set_font_color(Color::RGB(GREY_TEXT)),
        question: cell(),
        english: Format::new()
            .set_italic()
            .set_font_color(Color::RGB(GREY_TEXT)),
        plain: Format::new(),
        unit: cell().set_font_size(10),
        label: cell().set_bold(),
        answer: cell()
            .set_unlocked()
            .set_num_format("@")
            .set_background_color(Color::RGB(INPUT_FILL)),
        notes: cell()
            .set_unlocked()
            .set_background_color(Color::RGB(NOTES_FILL)),
        buyer_answer: cell()
            .set_num_format("@")
            .set_background_color(Color::RGB(BUYER_FILL)),
        buyer_notes: cell()
            .set_italic()
            .set_font_size(10)
            .set_font_color(Color::RGB(GREY_TEXT))
            .set_background_color(Color::RGB(BUYER_FILL)),
        end: Format::new()
            .set_italic()
            .set_font_color(Color::RGB(GREY_TEXT)),
    }
}

fn build(
    criteria: &Criteria,
    rows: &[Row<'_>],
    vendor: &VendorField,
) -> Result<Vec<u8>, XlsxError> {
    let f = formats();
    let mut wb = Workbook::new();
    let props = DocProperties::new()
        .set_title(format!("{TITLE_PL} / {TITLE_EN}"))
        .set_subject(&criteria.name)
        .set_author("offerlens")
        .set_comment(format!(
            "offerlens {}; criteria: {} ({}), sha256 {}",
            env!("CARGO_PKG_VERSION"),
            criteria.name,
            criteria.origin,
            criteria.sha256
        ))
        // No clock: the same criteria give the same bytes.
        .set_creation_datetime(&ExcelDateTime::from_ymd(1980, 1, 1)?);
    wb.set_properties(&props);
    let ws = wb.add_worksheet();
    ws.set_name(SHEET)?;
    for (col, width) in WIDTHS.iter().enumerate() {
        ws.set_column_width(col as u16, *width)?;
    }
    ws.set_screen_gridlines(false);

    // Title, criteria, instructions.
    ws.write_string_with_format(ROW_TITLE, 0, TITLE_PL, &f.title)?;
    ws.set_row_height(ROW_TITLE, 22)?;
    ws.write_string_with_format(ROW_TITLE_EN, 0, TITLE_EN, &f.subtitle)?;
    ws.write_string_with_format(
        ROW_CRITERIA,
        0,
        format!("Kryteria oceny / Evaluation criteria: {}", criteria.name),
        &f.info,
    )?;
    let full_width: f64 = WIDTHS.iter().sum();
    let (howto_pl, howto_en) = howto(vendor, &criteria.currency, rows.iter().any(|r| r.by_buyer));
    for (row, text) in [(ROW_HOWTO_PL, howto_pl), (ROW_HOWTO_EN, howto_en)] {
        ws.merge_range(row, 0, row, LAST_COL, &text, &f.howto)?;
        ws.set_row_height(row, height(&[(&text, full_width)]))?;
    }

    // The agency's name.
    let prompt = if vendor.is_agency {
        "Pełna nazwa agencji / The agency's full name"
    } else {
        "Pełna nazwa firmy / Your company's full name"
    };
    ws.merge_range(ROW_VENDOR, 0, ROW_VENDOR, COL_UNIT, prompt, &f.prompt)?;
    ws.write_string_with_format(ROW_VENDOR, COL_LABEL, &vendor.label, &f.vendor_label)?;
    ws.write_blank(ROW_VENDOR, COL_ANSWER, &f.vendor_input)?;
    ws.set_row_height(ROW_VENDOR, 24)?;
    let name_check = DataValidation::new()
        .allow_any_value()
        .set_input_title(fit_title(&vendor.name_en))?
        .set_input_message(prompt.replace(" / ", ".\n") + ".")?;
    ws.add_data_validation(ROW_VENDOR, COL_ANSWER, ROW_VENDOR, COL_ANSWER, &name_check)?;

    // The header row.
    for (col, (pl, en)) in HEADERS.iter().enumerate() {
        ws.write_string_with_format(ROW_HEADER, col as u16, format!("{pl}\n({en})"), &f.header)?;
    }
    ws.set_row_height(ROW_HEADER, 2.0 * LINE_HEIGHT + 2.0)?;
    ws.set_repeat_rows(ROW_HEADER, ROW_HEADER)?;

    // One row per criterion, a heading where the group changes.
    let mut row = FIRST_ROW;
    let mut group: Option<&str> = None;
    for (n, r) in rows.iter().enumerate() {
        let c = r.criterion;
        if group != Some(c.group.as_str()) {
            group = Some(c.group.as_str());
            let (pl, en) = group_heading(&c.group);
            for col in 0..=LAST_COL {
                ws.write_blank(row, col, &f.group)?;
            }
            ws.write_string_with_format(row, COL_QUESTION, format!("{pl} / {en}"), &f.group)?;
            ws.set_row_height(row, LINE_HEIGHT + 3.0)?;
            row += 1;
        }
        ws.write_number_with_format(row, COL_NO, (n + 1) as f64, &f.number)?;
        let pl = format!("{}\n", r.question_pl);
        ws.write_rich_string_with_format(
            row,
            COL_QUESTION,
            &[
                (&f.plain, pl.as_str()),
                (&f.english, r.question_en.as_str()),
            ],
            &f.question,
        )?;
        ws.write_string_with_format(row, COL_UNIT, &r.unit, &f.unit)?;
        ws.write_string_with_format(row, COL_LABEL, &r.label, &f.label)?;
        if r.by_buyer {
            ws.write_blank(row, COL_ANSWER, &f.buyer_answer)?;
            ws.write_string_with_format(row, COL_NOTES, BUYER_NOTE, &f.buyer_notes)?;
        } else {
            ws.write_blank(row, COL_ANSWER, &f.answer)?;
            ws.write_blank(row, COL_NOTES, &f.notes)?;
        }
        let w = |col: u16| WIDTHS[col as usize];
        ws.set_row_height(
            row,
            height(&[
                (&format!("{pl}{}", r.question_en), w(COL_QUESTION)),
                // The unit column's font is smaller: more fits on a line.
                (&r.unit, w(COL_UNIT) * 1.1),
                (&r.label, w(COL_LABEL) * 0.9),
            ]),
        )?;
        if r.by_buyer {
            let note = DataValidation::new()
                .allow_any_value()
                .set_input_title("Wypełnia zamawiający")?
                .set_input_message(
                    "Tę odpowiedź wpisuje zamawiający.\nThe buyer fills in this answer.",
                )?;
            ws.add_data_validation(row, COL_ANSWER, row, COL_ANSWER, &note)?;
        } else {
            add_answer_check(ws, row, c, &criteria.currency)?;
        }
        row += 1;
    }
    ws.write_string_with_format(row + 1, COL_QUESTION, END_NOTE, &f.end)?;

    // Only the name, answers and notes can be edited; the layout cannot.
    ws.protect_with_options(&ProtectionOptions {
        format_columns: true,
        format_rows: true,
        ..ProtectionOptions::default()
    });
    ws.set_selection(ROW_VENDOR, COL_ANSWER, ROW_VENDOR, COL_ANSWER)?;

    // Printing: landscape A4, one page wide, the header row on every page.
    ws.set_landscape();
    ws.set_paper_size(9);
    ws.set_print_fit_to_pages(1, 0);
    ws.set_print_area(0, 0, row + 1, LAST_COL)?;

    wb.save_to_buffer()
}

/// The dropdown (yes/no, choices) or the input hint of one answer cell.
fn add_answer_check(
    ws: &mut Worksheet,
    row: u32,
    c: &Criterion,
    currency: &str,
) -> Result<(), XlsxError> {
    let from_list = "Prosimy wybrać odpowiedź z listy; komentarz można wpisać w kolumnie Uwagi.\nPlease pick an answer from the list; comments go in the Notes column.";
    let check = match c.kind {
        Kind::Bool => DataValidation::new()
            .allow_list_strings(&["tak", "nie"])?
            .set_input_title("tak / nie (yes / no)")?
            .set_input_message("Prosimy wybrać z listy.\nPlease pick from the list.")?
            .set_error_title("tak / nie (yes / no)")?
            .set_error_message(from_list)?
            .set_error_style(DataValidationErrorStyle::Stop),
        Kind::Choice => {
            let options = questions::choice_options(c);
            let entries: Vec<&str> = options.iter().map(|o| o.entry.as_str()).collect();
            // An entry holding a comma cannot be one item of a list; Excel caps the list at 255.
            let listable = !entries.is_empty()
                && entries
                    .iter()
                    .all(|e| !e.contains(',') && !e.trim().is_empty())
                && entries.join(",").encode_utf16().count() <= 255;
            if listable {
                DataValidation::new()
                    .allow_list_strings(&entries)?
                    .set_input_title("Wybór / Choice")?
                    .set_input_message("Prosimy wybrać z listy.\nPlease pick from the list.")?
                    .set_error_title("Wybór / Choice")?
                    .set_error_message(from_list)?
                    .set_error_style(DataValidationErrorStyle::Stop)
            } else {
                let message = fit_message(&format!(
                    "Jedna z odpowiedzi / One of: {}",
                    entries.join("; ")
                ));
                DataValidation::new()
                    .allow_any_value()
                    .set_input_message(message)?
            }
        }
        _ => match example(c, currency) {
            Some(hint) => DataValidation::new()
                .allow_any_value()
                .set_input_message(hint)?,
            None => return Ok(()),
        },
    };
    ws.add_data_validation(row, COL_ANSWER, row, COL_ANSWER, &check)?;
    Ok(())
}

/// What an answer looks like, shown when the cell is entered.
fn example(c: &Criterion, currency: &str) -> Option<String> {
    if c.kind == Kind::Money && currency != "PLN" {
        return Some(format!(
            "Np. 1450 {currency} netto.\ne.g. 1450 {currency} net."
        ));
    }
    let hint = match c.kind {
        Kind::Duration => match c.time_unit.unwrap_or(TimeUnit::Minute) {
            TimeUnit::Minute => "Np. 15 min, 1 h.\ne.g. 15 min, 1 h.",
            TimeUnit::Hour => "Np. 4 h, 30 min, 2 dni.\ne.g. 4 h, 30 min, 2 days.",
            TimeUnit::Day => "Np. 30 dni.\ne.g. 30 days.",
        },
        Kind::Money => "Np. 1 450 zł netto.\ne.g. 1450 PLN net.",
        Kind::Percent => "Np. 99,9 %.\ne.g. 99.9%.",
        Kind::Year => "Np. 2025.\ne.g. 2025.",
        Kind::Text => {
            "Prosimy wymienić punkty, każdy osobno (przecinek, średnik lub nowa linia).\nPlease list the items one by one (comma, semicolon or new line)."
        }
        Kind::Number => "Liczba, np. 8.\nA number, e.g. 8.",
        _ => return None,
    };
    Some(hint.to_string())
}

/// An input title within Excel's 32 UTF-16 units, cut with an ellipsis.
fn fit_title(text: &str) -> String {
    fit(text, 32)
}

/// An input message within Excel's 255 UTF-16 units, cut with an ellipsis.
fn fit_message(text: &str) -> String {
    fit(text, 255)
}

/// `text` within `max` UTF-16 units, cut with an ellipsis.
fn fit(text: &str, max: usize) -> String {
    if text.encode_utf16().count() <= max {
        return text.to_string();
    }
    let mut out = String::new();
    for ch in text.chars() {
        if out.encode_utf16().count() + ch.len_utf16() > max - 1 {
            break;
        }
        out.push(ch);
    }
    out.push('…');
    out
}

/// A row height (points) that shows every (text, column width in characters) pair whole when
/// wrapped. Spreadsheets do not grow rows to fit wrapped text written by a program (Excel) or
/// merged cells (either), so the height is set from an estimate.
fn height(cells: &[(&str, f64)]) -> f64 {
    let lines = cells
        .iter()
        .map(|(text, width)| wrapped_lines(text, *width))
        .max()
        .unwrap_or(1)
        .max(1);
    lines as f64 * LINE_HEIGHT + 3.0
}

/// Lines `text` takes in a column `width` characters wide, wrapping at spaces.
fn wrapped_lines(text: &str, width: f64) -> usize {
    // A column width counts '0's; ordinary text is narrower (about 1.2 letters to a '0' in
    // Calibri), less what wrapping at word boundaries wastes.
    let per_line = (width * 1.15).floor().max(1.0) as usize;
    text.split('\n')
        .map(|line| {
            let mut lines = 1;
            let mut used = 0;
            for word in line.split(' ') {
                let len = word.chars().count();
                let needed = if used == 0 { len } else { used + 1 + len };
                if needed <= per_line {
                    used = needed;
                } else if used == 0 {
                    // A word longer than the line wraps by itself.
                    lines += len.saturating_sub(1) / per_line;
                    used = len % per_line;
                } else {
                    lines += 1 + len.saturating_sub(1) / per_line;
                    used = len % per_line.max(1);
                }
            }
            lines
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::criteria::{parse, profile};

    #[test]
    fn wrapping_estimate_counts_lines() {
        assert_eq!(wrapped_lines("", 10.0), 1);
        assert_eq!(wrapped_lines("abc def", 10.0), 1);
        assert_eq!(wrapped_lines("abcdef ghijkl", 10.0), 2);
        assert_eq!(wrapped_lines("a\nb\nc", 10.0), 3);
        assert_eq!(wrapped_lines(&"x".repeat(25), 10.0), 3);
    }

    #[test]
    fn each_row_is_labelled_with_a_name_that_reads_back_as_its_criterion() {
        let c = profile("ecommerce").unwrap().unwrap();
        let rows = plan(&c).unwrap();
        assert_eq!(rows.len(), c.criteria.len() - 1, "risk_cost gets no row");
        for r in &rows {
            assert_eq!(
                Some(&r.label),
                r.criterion.columns.first(),
                "{}",
                r.criterion.id
            );
        }
        let p1 = rows
            .iter()
            .find(|r| r.criterion.id == "p1_response")
            .unwrap();
        assert_eq!(p1.unit, "minuty / minutes");
        let rto = rows.iter().find(|r| r.criterion.id == "p1_rto").unwrap();
        assert_eq!(rto.unit, "godziny / hours\nwymagane / required: ≤ 4 h");
        let monitoring = rows
            .iter()
            .find(|r| r.criterion.id == "monitoring_24_7")
            .unwrap();
        assert!(monitoring.unit.ends_with("wymagane / required: tak / yes"));
        assert_eq!(vendor_field(&c).unwrap().label, "Agencja (Agency):");
    }

    #[test]
    fn a_name_shared_with_an_earlier_criterion_is_skipped_for_the_next_one() {
        let text = r#"
name = "t"
vendor_columns = ["Wykonawca"]
[[criterion]]
id = "fee"
kind = "money"
columns = ["Cena"]
[[criterion]]
id = "fee_gross"
kind = "money"
columns = ["Cena", "Cena brutto"]
[[criterion]]
id = "vendor"
kind = "text"
columns = ["Wykonawca"]
"#;
        let c = parse(text, "t.toml").unwrap();
        let rows = plan(&c).unwrap();
        let labels: Vec<&str> = rows.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(labels, ["Cena", "Cena brutto", "vendor"]);
        assert_eq!(vendor_field(&c).unwrap().label, "Wykonawca:");
    }

    #[test]
    fn a_required_choice_is_shown_as_its_dropdown_entry() {
        let text = r#"
name = "t"
[[criterion]]
id = "security_owner"
kind = "choice"
choices = { agency = 1.0, agencja = 1.0, client = 0.0, klient = 0.0 }
require = { one_of = ["agency", "agencja"] }
"#;
        let c = parse(text, "t.toml").unwrap();
        let rows = plan(&c).unwrap();
        assert_eq!(
            rows[0].unit,
            "wybór z listy / pick from the list\nwymagane / required: agencja (agency)"
        );
    }

    #[test]
    fn a_vendor_header_other_than_agencja_names_the_field_and_the_texts_speak_of_a_company() {
        let text = "name = \"t\"\ncurrency = \"EUR\"\nvendor_columns = [\"Vendor\"]\n[[criterion]]\nid = \"fee\"\nkind = \"money\"\n";
        let c = parse(text, "t.toml").unwrap();
        let v = vendor_field(&c).unwrap();
        assert_eq!((v.label.as_str(), v.is_agency), ("Vendor:", false));
        let (pl, en) = howto(&v, &c.currency, false);
        assert!(
            pl.contains("pełną nazwę firmy w żółtym polu „Vendor”"),
            "{pl}"
        );
        assert!(
            pl.contains("„1 450 EUR netto”") && !pl.contains("zł"),
            "{pl}"
        );
        assert!(
            en.contains("your company's full name in the yellow \"Vendor\" field"),
            "{en}"
        );
        assert!(
            en.contains("\"1450 EUR net\"") && !en.contains("PLN"),
            "{en}"
        );
    }

    #[test]
    fn only_computed_criteria_is_refused() {
        let text = "name = \"t\"\n[[criterion]]\nid = \"risk_cost\"\nkind = \"risk_cost\"\n";
        let c = parse(text, "t.toml").unwrap();
        assert!(write(&c).unwrap_err().contains("nothing to ask"));
    }

    #[test]
    fn the_same_criteria_give_the_same_bytes() {
        let c = profile("sme").unwrap().unwrap();
        assert_eq!(write(&c).unwrap(), write(&c).unwrap());
    }
}
