//! `rank -f xlsx`: the ranking as a workbook for procurement (rust_xlsxwriter).
//!
//! Five sheets: **Ranking** (one row per offer in ranking order, knocked-out offers last and
//! greyed, with their reasons), **Breakdown** (offer × criterion: raw answer, parsed value —
//! a number in the criterion's unit, a boolean or a choice; free text stays in the raw column —
//! score, points, source cell), **Flags** (every knock-out and red flag), **Criteria** (the
//! weights actually used, their shares and rules) and **Audit** (the stamp).
//!
//! Vendor-supplied text is only ever written with `write_string`, after [`clean`]: in an XLSX
//! file a string cell is never evaluated, so `=HYPERLINK(…)` stays text and needs no quote
//! (unlike CSV). Numbers this writer computes are written as numbers, with number formats.
//!
//! The bytes depend on the inputs and `audit.generated_at` only: the document's creation
//! time is taken from the stamp (1980-01-01, the zip epoch, when there is none), and
//! rust_xlsxwriter dates every zip entry 1980-01-01.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{
    Color, ConditionalFormatDataBar, ConditionalFormatType, DocProperties, ExcelDateTime, Format,
    FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

use crate::analysis::Analysis;
use crate::criteria::Kind;
use crate::export::audit::Audit;
use crate::issue::Counts;
use crate::normalize::Value;
use crate::numbers::round_money;
use crate::sanitize::clean;

/// The sheets, in workbook order.
pub const SHEETS: [&str; 5] = ["Ranking", "Breakdown", "Flags", "Criteria", "Audit"];

/// The creation time written when the stamp has none (`--no-timestamp`): the zip epoch, as the
/// entries' own dates.
const NO_TIME: &str = "1980-01-01T00:00:00Z";

/// Excel's last row index (1 048 576 rows).
const LAST_ROW: u32 = 1_048_575;

/// Excel's longest string, in UTF-16 units.
const MAX_STRING: usize = 32_767;

/// The height of one line of 11-point text, in points; a row shows at most `MAX_LINES`.
const LINE_HEIGHT: f64 = 15.0;
const MAX_LINES: usize = 20;

/// The font colour of knocked-out offers.
const GREY: u32 = 0x80_80_80;

/// Builds the workbook and returns its bytes.
pub fn write(a: &Analysis, audit: &Audit) -> Result<Vec<u8>, String> {
    build(a, audit).map_err(|e| format!("cannot write the XLSX workbook: {e}"))
}

fn build(a: &Analysis, audit: &Audit) -> Result<Vec<u8>, XlsxError> {
    let styles = Styles::new(&a.criteria.currency);
    let mut workbook = Workbook::new();
    let created = audit.generated_at.as_deref().unwrap_or(NO_TIME);
    let created = ExcelDateTime::parse_from_str(created)
        .or_else(|_| ExcelDateTime::parse_from_str(NO_TIME))?;
    let properties = DocProperties::new()
        .set_title(clean(&format!("Ranking: {}", a.criteria.name)))
        .set_subject("Offer comparison")
        .set_comment(clean(&audit.tool))
        .set_creation_datetime(&created);
    workbook.set_properties(&properties);

    workbook.push_worksheet(ranking(a, &styles)?);
    workbook.push_worksheet(breakdown(a, &styles)?);
    workbook.push_worksheet(flags(a, &styles)?);
    workbook.push_worksheet(criteria(a, &styles)?);
    workbook.push_worksheet(audit_sheet(a, audit, &styles)?);
    workbook.save_to_buffer()
}

// ---------------------------------------------------------------------------------------------
// The sheets
// ---------------------------------------------------------------------------------------------

fn ranking(a: &Analysis, st: &Styles) -> Result<Worksheet, XlsxError> {
    let cur = &a.criteria.currency;
    let mut s = Sheet::new(
        SHEETS[0],
        st,
        vec![
            Column::new("Rank", 6, 6),
            Column::new("Vendor", 12, 36),
            Column::new("Score", 9, 9),
            Column::new(&format!("Monthly cost ({cur})"), 14, 20),
            Column::new(&format!("Risk cost ({cur})"), 14, 20),
            Column::new("Blanks", 7, 7),
            Column::new("Knock-outs", 11, 11),
            Column::new("Red flags", 12, 32).wrap(),
            Column::new("Status", 10, 50).wrap(),
            Column::new("Cost note", 10, 26).wrap(),
            Column::new("Source", 10, 34),
        ],
    )?;
    s.ws.set_freeze_panes(1, 2)?;
    let ev = &a.evaluation;
    let mut skipped = 0;
    for r in &a.ranking {
        if !s.room() {
            skipped += 1;
            continue;
        }
        let o = r.offer;
        let costs = &ev.costs[o];
        let grey = ev.disqualified[o];
        let red_flags: Vec<String> = ev.flags[o]
            .iter()
            .filter(|f| !f.disqualify)
            .map(|f| {
                if f.penalty > 0.0 {
                    format!("{} (−{})", f.id, f.penalty)
                } else {
                    f.id.clone()
                }
            })
            .collect();
        let status = if grey {
            let reasons: Vec<&str> = ev.knockouts[o].iter().map(|k| k.message.as_str()).collect();
            format!("knocked out: {}", reasons.join("; "))
        } else {
            "ranked".to_string()
        };
        let note = match (&costs.monthly, &costs.risk) {
            (Err(e), _) | (Ok(_), Err(e)) => e.as_str(),
            _ => "",
        };
        s.row(
            &[
                r.rank
                    .map_or(Cell::Empty, |n| Cell::Num(n as f64, Num::Int)),
                Cell::Text(&a.offers.offers[o].vendor),
                Cell::Num(r.score, Num::Score),
                money(costs.monthly.as_ref().ok()),
                money(costs.risk.as_ref().ok()),
                Cell::Num(ev.blanks[o] as f64, Num::Int),
                Cell::Num(ev.knockouts[o].len() as f64, Num::Int),
                Cell::Text(&red_flags.join(", ")),
                Cell::Text(&status),
                Cell::Text(note),
                Cell::Text(&a.offers.location(a.offers.offers[o].source)),
            ],
            grey,
        )?;
    }
    let data_rows = s.rows();
    s.skipped(skipped)?;
    if data_rows > 0 {
        let bar = ConditionalFormatDataBar::new()
            .set_minimum(ConditionalFormatType::Number, 0)
            .set_maximum(ConditionalFormatType::Number, 100)
            .set_fill_color("#63BE7B")
            .set_border_color("#63BE7B");
        s.ws.add_conditional_format(1, 2, data_rows, 2, &bar)?;
    }
    s.finish()
}

fn breakdown(a: &Analysis, st: &Styles) -> Result<Worksheet, XlsxError> {
    let mut s = Sheet::new(
        SHEETS[1],
        st,
        vec![
            Column::new("Vendor", 12, 30),
            Column::new("Criterion", 10, 28),
            Column::new("Label", 10, 36).wrap(),
            Column::new("Raw answer", 12, 48).wrap(),
            Column::new("Value", 10, 24),
            Column::new("Unit", 6, 10),
            Column::new("Score (0–1)", 11, 11),
            Column::new("Points", 8, 8),
            Column::new("Source", 10, 40),
        ],
    )?;
    s.ws.set_freeze_panes(1, 1)?;
    let ev = &a.evaluation;
    let mut skipped: usize = 0;
    for r in &a.ranking {
        let o = r.offer;
        if !s.room() {
            skipped += a.criteria.criteria.len();
            continue;
        }
        let grey = ev.disqualified[o];
        let points = ev.points(&a.weights, o);
        for (j, c) in a.criteria.criteria.iter().enumerate() {
            if !s.room() {
                skipped += 1;
                continue;
            }
            let cell = a.offers.cell(j, o);
            let value = match (&cell.value, c.kind) {
                (_, Kind::RiskCost) => ev.costs[o]
                    .risk
                    .as_ref()
                    .ok()
                    .and_then(|d| round_money(*d).to_f64())
                    .map_or(Cell::Empty, |x| Cell::Num(x, Num::Amount)),
                (None, _) => Cell::Empty,
                // The unit column names the currency.
                (Some(Value::Num(d)), Kind::Money) => round_money(*d)
                    .to_f64()
                    .map_or(Cell::Empty, |x| Cell::Num(x, Num::Amount)),
                (Some(Value::Num(d)), _) => d
                    .to_f64()
                    .map_or(Cell::Empty, |x| Cell::Num(x, Num::General)),
                (Some(Value::Bool(b)), _) => Cell::Bool(*b),
                (Some(Value::Choice(k)), _) => c
                    .choices
                    .get(*k)
                    .map_or(Cell::Empty, |(key, _)| Cell::Text(key)),
                // Free text is the raw answer itself, shown once.
                (Some(Value::Text), _) => Cell::Empty,
            };
            let raw = match (&cell.source, c.kind) {
                (Some(_), kind) if kind != Kind::RiskCost => Cell::Text(&cell.raw),
                _ => Cell::Empty,
            };
            let source = cell.source.map(|src| a.offers.location(src));
            s.row(
                &[
                    Cell::Text(&a.offers.offers[o].vendor),
                    Cell::Text(&c.id),
                    Cell::Text(&c.label),
                    raw,
                    value,
                    Cell::Text(c.unit.as_deref().unwrap_or("")),
                    Cell::Num(ev.criterion_score(j, o), Num::Fraction),
                    Cell::Num(points[j], Num::Points),
                    source.as_deref().map_or(Cell::Empty, Cell::Text),
                ],
                grey,
            )?;
        }
    }
    s.skipped(skipped)?;
    s.finish()
}

fn flags(a: &Analysis, st: &Styles) -> Result<Worksheet, XlsxError> {
    let mut s = Sheet::new(
        SHEETS[2],
        st,
        vec![
            Column::new("Vendor", 12, 30),
            Column::new("Kind", 10, 10),
            Column::new("Id / criterion", 14, 28),
            Column::new("Message", 30, 80).wrap(),
            Column::new("Penalty", 8, 8),
        ],
    )?;
    s.ws.set_freeze_panes(1, 1)?;
    let ev = &a.evaluation;
    let mut skipped = 0;
    for r in &a.ranking {
        let o = r.offer;
        let vendor = &a.offers.offers[o].vendor;
        let grey = ev.disqualified[o];
        for k in &ev.knockouts[o] {
            if !s.room() {
                skipped += 1;
                continue;
            }
            s.row(
                &[
                    Cell::Text(vendor),
                    Cell::Text("knock-out"),
                    Cell::Text(&k.criterion),
                    Cell::Text(&k.message),
                    Cell::Empty,
                ],
                grey,
            )?;
        }
        // A flag that disqualifies is listed once, as a knock-out.
        for f in ev.flags[o].iter().filter(|f| !f.disqualify) {
            if !s.room() {
                skipped += 1;
                continue;
            }
            s.row(
                &[
                    Cell::Text(vendor),
                    Cell::Text("red flag"),
                    Cell::Text(&f.id),
                    Cell::Text(&f.message),
                    Cell::Num(f.penalty, Num::General),
                ],
                grey,
            )?;
        }
    }
    s.skipped(skipped)?;
    s.finish()
}

fn criteria(a: &Analysis, st: &Styles) -> Result<Worksheet, XlsxError> {
    let mut s = Sheet::new(
        SHEETS[3],
        st,
        vec![
            Column::new("Id", 10, 28),
            Column::new("Label", 12, 36).wrap(),
            Column::new("Group", 8, 14),
            Column::new("Kind", 8, 10),
            Column::new("Unit", 6, 10),
            Column::new("Weight", 8, 8),
            Column::new("Share", 8, 8),
            Column::new("Rule", 30, 90).wrap(),
            Column::new("Missing", 10, 10),
            Column::new("Weight in file", 14, 14),
        ],
    )?;
    s.ws.set_freeze_panes(1, 1)?;
    let total: f64 = a.weights.iter().sum();
    for (j, c) in a.criteria.criteria.iter().enumerate() {
        let w = a.weights.get(j).copied().unwrap_or(c.weight);
        let share = if total > 0.0 {
            Cell::Num(w / total, Num::Percent)
        } else {
            Cell::Empty
        };
        s.row(
            &[
                Cell::Text(&c.id),
                Cell::Text(&c.label),
                Cell::Text(&c.group),
                Cell::Text(c.kind.key()),
                Cell::Text(c.unit.as_deref().unwrap_or("")),
                Cell::Num(w, Num::General),
                share,
                Cell::Text(&c.rule()),
                Cell::Text(c.missing.key()),
                Cell::Num(c.weight, Num::General),
            ],
            false,
        )?;
    }
    s.finish()
}

fn audit_sheet(a: &Analysis, audit: &Audit, st: &Styles) -> Result<Worksheet, XlsxError> {
    let mut s = Sheet::new(
        SHEETS[4],
        st,
        vec![Column::new("Item", 16, 60), Column::new("Value", 20, 70)],
    )?;
    for (label, value) in audit.lines() {
        s.row(&[Cell::Text(&label), Cell::Text(&value)], false)?;
    }
    s.blank_row();
    s.heading("Business context")?;
    let b = &a.criteria.business;
    let number = |d: Option<Decimal>| {
        d.and_then(|d| d.to_f64())
            .map_or(Cell::Text("not set"), |x| Cell::Num(x, Num::Plain))
    };
    let cur = &a.criteria.currency;
    s.row(&[Cell::Text("Currency"), Cell::Text(cur)], false)?;
    s.row(
        &[
            Cell::Text(&format!("Revenue lost per hour of downtime ({cur})")),
            number(b.revenue_per_hour),
        ],
        false,
    )?;
    s.row(
        &[
            Cell::Text("Support hours needed per month"),
            number(b.support_hours_per_month),
        ],
        false,
    )?;
    s.row(
        &[
            Cell::Text("Critical incidents per year"),
            number(b.critical_incidents_per_year),
        ],
        false,
    )?;
    s.blank_row();
    s.heading("This ranking")?;
    let tuned = a.weights != a.criteria.weights();
    s.row(
        &[
            Cell::Text("Weights"),
            Cell::Text(if tuned {
                "tuned in the session: they differ from the criteria file (see Criteria)"
            } else {
                "as in the criteria file"
            }),
        ],
        false,
    )?;
    let knocked = a.ranking.iter().filter(|r| r.rank.is_none()).count();
    s.row(
        &[
            Cell::Text("Offers"),
            Cell::Num(a.offers.len() as f64, Num::Plain),
        ],
        false,
    )?;
    s.row(
        &[
            Cell::Text("Knocked out"),
            Cell::Num(knocked as f64, Num::Plain),
        ],
        false,
    )?;
    let counts = Counts::of(&a.issues);
    s.row(
        &[
            Cell::Text("Import issues"),
            Cell::Text(&format!(
                "{} error{}, {} warning{} (run `offerlens check` for details)",
                counts.errors,
                if counts.errors == 1 { "" } else { "s" },
                counts.warnings,
                if counts.warnings == 1 { "" } else { "s" }
            )),
        ],
        false,
    )?;
    // Two columns of label and value: no filter, no frozen header needed.
    s.filter = false;
    s.finish()
}

// ---------------------------------------------------------------------------------------------
// Cells, formats, widths
// ---------------------------------------------------------------------------------------------

/// How a number is shown.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Num {
    Int,
    /// A 0–100 score, one decimal.
    Score,
    /// A 0–1 score, three decimals.
    Fraction,
    /// Points of a 0–100 score, two decimals.
    Points,
    /// Money in the criteria's currency.
    Money,
    /// Money where another column names the currency: two decimals.
    Amount,
    /// A share, as a percentage with one decimal.
    Percent,
    General,
    /// As `General`, aligned left like the text around it.
    Plain,
}

const NUMS: [Num; 9] = [
    Num::Int,
    Num::Score,
    Num::Fraction,
    Num::Points,
    Num::Money,
    Num::Amount,
    Num::Percent,
    Num::General,
    Num::Plain,
];

/// One cell before it is written.
enum Cell<'a> {
    Empty,
    /// Written with `write_string` after [`clean`]: never a formula.
    Text(&'a str),
    /// Left empty when not finite.
    Num(f64, Num),
    Bool(bool),
}

/// Money rounded to the grosz, as a number; empty when there is none.
fn money(d: Option<&Decimal>) -> Cell<'static> {
    d.and_then(|d| round_money(*d).to_f64())
        .map_or(Cell::Empty, |x| Cell::Num(x, Num::Money))
}

/// The number format for money in a currency: `1 450,00 zł` for PLN (the symbol as Poles
/// write it), `1 450,00 EUR` for the others (grouping and decimal marks follow the locale of
/// the spreadsheet that opens the file).
fn money_format(currency: &str) -> String {
    if currency == "PLN" {
        r#"#,##0.00 "zł""#.to_string()
    } else if !currency.is_empty() && currency.chars().all(|c| c.is_ascii_alphanumeric()) {
        format!("#,##0.00 [${currency}]")
    } else {
        "#,##0.00".to_string()
    }
}

struct Styles {
    /// Every cell format, made once: see [`Styles::format`].
    formats: Vec<Format>,
    /// Characters the money suffix adds to a number's width.
    money_suffix: usize,
}

impl Styles {
    fn new(currency: &str) -> Styles {
        let money = money_format(currency);
        let money_suffix = if currency == "PLN" {
            3
        } else {
            currency.len() + 1
        };
        let mut formats = Vec::new();
        for num in std::iter::once(None).chain(NUMS.map(Some)) {
            for grey in [false, true] {
                for wrap in [false, true] {
                    formats.push(Self::make(&money, num, grey, wrap));
                }
            }
        }
        Styles {
            formats,
            money_suffix,
        }
    }

    fn header(&self) -> Format {
        Format::new()
            .set_bold()
            .set_background_color(Color::RGB(0xDD_E4_EE))
            .set_border_bottom(FormatBorder::Thin)
            .set_align(FormatAlign::Top)
    }

    /// The format of a text (`None`) or number cell.
    fn format(&self, num: Option<Num>, grey: bool, wrap: bool) -> &Format {
        let slot = num.map_or(0, |n| 1 + n as usize);
        &self.formats[(slot * 2 + usize::from(grey)) * 2 + usize::from(wrap)]
    }

    fn make(money: &str, num: Option<Num>, grey: bool, wrap: bool) -> Format {
        let mut f = Format::new().set_align(FormatAlign::Top);
        if grey {
            f = f.set_font_color(Color::RGB(GREY));
        }
        if wrap {
            f = f.set_text_wrap();
        }
        match num {
            None | Some(Num::General) => f,
            Some(Num::Int) => f.set_num_format("0").set_align(FormatAlign::Center),
            Some(Num::Score) => f.set_num_format("0.0"),
            Some(Num::Fraction) => f.set_num_format("0.000"),
            Some(Num::Points) => f.set_num_format("0.00"),
            Some(Num::Money) => f.set_num_format(money),
            Some(Num::Amount) => f.set_num_format("#,##0.00"),
            Some(Num::Plain) => f.set_align(FormatAlign::Left),
            Some(Num::Percent) => f.set_num_format("0.0%"),
        }
    }

    /// About how many characters a number takes once formatted.
    fn width(&self, x: f64, num: Num) -> usize {
        let fixed =
            |decimals: usize| format!("{:.*}", decimals, x.abs()).len() + usize::from(x < 0.0);
        match num {
            Num::Int => fixed(0),
            Num::Score => fixed(1),
            Num::Fraction => fixed(3),
            Num::Points => fixed(2),
            Num::Percent => fixed(1) + 3,
            Num::General | Num::Plain => x.to_string().len(),
            Num::Money | Num::Amount => {
                let whole = fixed(0);
                let suffix = if num == Num::Money {
                    self.money_suffix
                } else {
                    0
                };
                whole + whole.saturating_sub(1) / 3 + 3 + suffix
            }
        }
    }
}

/// A column: its header and how wide it may grow.
struct Column {
    header: String,
    min: usize,
    max: usize,
    /// Wrap text longer than `max` instead of letting it run into the next cell.
    wrap: bool,
}

impl Column {
    fn new(header: &str, min: usize, max: usize) -> Column {
        Column {
            header: header.to_string(),
            min,
            max,
            wrap: false,
        }
    }

    fn wrap(mut self) -> Column {
        self.wrap = true;
        self
    }
}

/// A worksheet being filled row by row: a header row, then data rows, with the widest content
/// of every column remembered to size it at the end.
struct Sheet<'s> {
    ws: Worksheet,
    styles: &'s Styles,
    columns: Vec<Column>,
    widths: Vec<usize>,
    /// The next row to write.
    row: u32,
    /// The last row that may hold data; the one after it is kept for a "rows left out" note.
    last: u32,
    /// Whether the header row gets an autofilter.
    filter: bool,
}

impl<'s> Sheet<'s> {
    fn new(name: &str, styles: &'s Styles, columns: Vec<Column>) -> Result<Sheet<'s>, XlsxError> {
        let mut ws = Worksheet::new();
        ws.set_name(name)?;
        let header = styles.header();
        for (c, col) in columns.iter().enumerate() {
            ws.write_string_with_format(0, c as u16, &col.header, &header)?;
        }
        ws.set_landscape();
        ws.set_paper_size(9); // A4
        ws.set_print_fit_to_pages(1, 0);
        ws.set_repeat_rows(0, 0)?;
        let widths = columns.iter().map(|c| c.header.chars().count()).collect();
        Ok(Sheet {
            ws,
            styles,
            columns,
            widths,
            row: 1,
            last: LAST_ROW - 1,
            filter: true,
        })
    }

    /// Whether another data row fits (Excel's row limit).
    fn room(&self) -> bool {
        self.row <= self.last
    }

    /// The number of rows written under the header.
    fn rows(&self) -> u32 {
        self.row - 1
    }

    fn row(&mut self, cells: &[Cell<'_>], grey: bool) -> Result<(), XlsxError> {
        let row = self.row;
        let mut lines = 1;
        for (c, cell) in cells.iter().enumerate() {
            let wrap = self.columns.get(c).is_some_and(|col| col.wrap);
            let col = c as u16;
            match cell {
                Cell::Empty => {
                    if grey {
                        let f = self.styles.format(None, grey, false);
                        self.ws.write_blank(row, col, f)?;
                    }
                }
                Cell::Text(text) => {
                    let text = excel_string(text);
                    let f = self.styles.format(None, grey, wrap);
                    self.widths[c] = self.widths[c].max(text.chars().count());
                    if wrap {
                        lines = lines.max(wrapped_lines(&text, self.columns[c].max));
                    }
                    self.ws.write_string_with_format(row, col, text, f)?;
                }
                Cell::Num(x, num) if x.is_finite() => {
                    let f = self.styles.format(Some(*num), grey, false);
                    self.widths[c] = self.widths[c].max(self.styles.width(*x, *num));
                    self.ws.write_number_with_format(row, col, *x + 0.0, f)?;
                }
                Cell::Num(..) => {
                    if grey {
                        let f = self.styles.format(None, grey, false);
                        self.ws.write_blank(row, col, f)?;
                    }
                }
                Cell::Bool(b) => {
                    let f = self.styles.format(None, grey, false);
                    self.widths[c] = self.widths[c].max(5);
                    self.ws.write_boolean_with_format(row, col, *b, f)?;
                }
            }
        }
        if lines > 1 {
            // Excel grows a row for wrapped text by itself, LibreOffice does not: say how tall.
            self.ws
                .set_row_height(row, LINE_HEIGHT * lines.min(MAX_LINES) as f64)?;
        }
        self.row += 1;
        Ok(())
    }

    fn blank_row(&mut self) {
        self.row += 1;
    }

    /// A bold line in the first column, for a section of a two-column sheet.
    fn heading(&mut self, text: &str) -> Result<(), XlsxError> {
        let f = Format::new().set_bold();
        self.ws.write_string_with_format(self.row, 0, text, &f)?;
        self.row += 1;
        Ok(())
    }

    /// Says how many rows did not fit under Excel's row limit, in the row kept for it.
    fn skipped(&mut self, skipped: usize) -> Result<(), XlsxError> {
        if skipped > 0 {
            let f = Format::new().set_italic();
            let text = format!(
                "… {skipped} more row{} left out: a sheet holds at most 1 048 576 rows (see the JSON or CSV export)",
                if skipped == 1 { "" } else { "s" }
            );
            self.ws.write_string_with_format(self.row, 0, text, &f)?;
            self.row += 1;
        }
        Ok(())
    }

    /// Sizes the columns, sets the filter and frozen header, and hands the sheet over.
    fn finish(mut self) -> Result<Worksheet, XlsxError> {
        for (c, col) in self.columns.iter().enumerate() {
            let width = (self.widths[c] + 2).clamp(col.min, col.max);
            self.ws.set_column_width(c as u16, width as f64)?;
        }
        if self.filter {
            let last = self.rows().max(1);
            self.ws
                .autofilter(0, 0, last, (self.columns.len() - 1) as u16)?;
        }
        Ok(self.ws)
    }
}

/// How many lines `text` takes in a wrapping column of `width` characters. A wrapping column
/// is as wide as its longest text or its maximum, so text that wraps at all wraps at the
/// maximum: the count is known as the row is written. Words are broken as a spreadsheet
/// breaks them (at spaces). A column `width` wide holds `width` digits, and a little more
/// prose in Calibri (or Carlito), so the count errs on the tall side.
fn wrapped_lines(text: &str, width: usize) -> usize {
    let room = width.max(4);
    let mut lines = 1;
    let mut used = 0;
    for word in text.split(' ') {
        let len = word.chars().count();
        if used > 0 && used + 1 + len > room {
            lines += 1;
            used = 0;
        }
        used += if used > 0 { 1 + len } else { len };
        while used > room {
            lines += 1;
            used -= room;
        }
    }
    lines
}

/// Text as a string cell holds it: control characters and bidi overrides removed, cut to
/// Excel's 32 767-character limit.
fn excel_string(text: &str) -> String {
    let text = clean(text);
    if text.encode_utf16().count() <= MAX_STRING {
        return text.into_owned();
    }
    let mut out = String::new();
    let mut units = 0;
    for ch in text.chars() {
        units += ch.len_utf16();
        if units > MAX_STRING - 1 {
            break;
        }
        out.push(ch);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_formats_name_the_currency() {
        assert_eq!(money_format("PLN"), r#"#,##0.00 "zł""#);
        assert_eq!(money_format("EUR"), "#,##0.00 [$EUR]");
        assert_eq!(money_format("E\"R"), "#,##0.00");
    }

    #[test]
    fn every_number_kind_has_its_own_formats() {
        for (i, n) in NUMS.iter().enumerate() {
            assert_eq!(*n as usize, i);
        }
        let st = Styles::new("PLN");
        assert_eq!(st.formats.len(), 4 * (NUMS.len() + 1));
        assert_eq!(
            st.format(Some(Num::Money), true, false),
            &Styles::make(r#"#,##0.00 "zł""#, Some(Num::Money), true, false)
        );
        assert_eq!(
            st.format(None, false, true),
            &Styles::make("", None, false, true)
        );
    }

    #[test]
    fn wrapped_text_counts_its_lines() {
        assert_eq!(wrapped_lines("ranked", 50), 1);
        // Ten words of four letters a line.
        assert_eq!(wrapped_lines(&"word ".repeat(10), 50), 1);
        assert_eq!(wrapped_lines(&"word ".repeat(11), 50), 2);
        assert_eq!(wrapped_lines(&"word ".repeat(21), 50), 3);
        // A word longer than the column breaks where the column ends.
        assert_eq!(wrapped_lines(&"x".repeat(100), 13), 8);
        assert_eq!(wrapped_lines("", 10), 1);
    }

    #[test]
    fn long_text_is_cut_to_excels_limit() {
        let long = "ż".repeat(40_000);
        let cut = excel_string(&long);
        assert_eq!(cut.encode_utf16().count(), MAX_STRING);
        assert!(cut.ends_with('…'));
        assert_eq!(excel_string("a\u{1b}[2Jb\u{202E}"), "a[2Jb");
    }

    #[test]
    fn rows_past_the_limit_are_counted_in_a_note() {
        let styles = Styles::new("PLN");
        let mut s = Sheet::new("T", &styles, vec![Column::new("A", 4, 10)]).unwrap();
        s.last = 3;
        let mut skipped = 0;
        for i in 0..5 {
            if s.room() {
                s.row(&[Cell::Num(f64::from(i), Num::Int)], false).unwrap();
            } else {
                skipped += 1;
            }
        }
        s.skipped(skipped).unwrap();
        assert_eq!((s.rows(), skipped), (4, 2));
    }
}
