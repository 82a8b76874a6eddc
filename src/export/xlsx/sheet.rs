//! A worksheet filled row by row, columns sized to their content, long text cut to Excel's limits.

use rust_xlsxwriter::{Format, Worksheet, XlsxError};

use crate::sanitize::clean;

use super::style::{Cell, Styles};
use super::{LAST_ROW, LINE_HEIGHT, MAX_LINES, MAX_STRING};

/// A column: its header and how wide it may grow.
pub(super) struct Column {
    pub(super) header: String,
    pub(super) min: usize,
    pub(super) max: usize,
    /// Wrap text longer than `max` instead of letting it run into the next cell.
    pub(super) wrap: bool,
}

impl Column {
    pub(super) fn new(header: &str, min: usize, max: usize) -> Column {
        Column {
            header: header.to_string(),
            min,
            max,
            wrap: false,
        }
    }

    pub(super) fn wrap(mut self) -> Column {
        self.wrap = true;
        self
    }
}

/// A worksheet being filled row by row: a header row, then data rows, with the widest content
/// of every column remembered to size it at the end.
pub(super) struct Sheet<'s> {
    pub(super) ws: &'s mut Worksheet,
    pub(super) styles: &'s Styles,
    pub(super) columns: Vec<Column>,
    pub(super) widths: Vec<usize>,
    /// The next row to write.
    pub(super) row: u32,
    /// The last row that may hold data; the one after it is kept for a "rows left out" note.
    pub(super) last: u32,
    /// Whether the header row gets an autofilter.
    pub(super) filter: bool,
}

impl<'s> Sheet<'s> {
    /// A sheet written into `ws`, a worksheet of the workbook in constant-memory mode: rows
    /// go to disk as they are finished, so they are written in order, top to bottom.
    pub(super) fn new(
        ws: &'s mut Worksheet,
        name: &str,
        styles: &'s Styles,
        columns: Vec<Column>,
    ) -> Result<Sheet<'s>, XlsxError> {
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
    pub(super) fn room(&self) -> bool {
        self.row <= self.last
    }

    /// The number of rows written under the header.
    pub(super) fn rows(&self) -> u32 {
        self.row - 1
    }

    pub(super) fn row(&mut self, cells: &[Cell<'_>], grey: bool) -> Result<(), XlsxError> {
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

    pub(super) fn blank_row(&mut self) {
        self.row += 1;
    }

    /// A bold line in the first column, for a section of a two-column sheet.
    pub(super) fn heading(&mut self, text: &str) -> Result<(), XlsxError> {
        let f = Format::new().set_bold();
        self.ws.write_string_with_format(self.row, 0, text, &f)?;
        self.row += 1;
        Ok(())
    }

    /// Says how many rows did not fit under Excel's row limit, in the row kept for it.
    pub(super) fn skipped(&mut self, skipped: usize) -> Result<(), XlsxError> {
        if skipped > 0 {
            let f = Format::new().set_italic();
            let text = crate::i18n::tr(
                self.styles.lang,
                "xlsx-rows-left-out",
                &[("count", crate::i18n::Arg::from(skipped))],
            );
            self.ws.write_string_with_format(self.row, 0, text, &f)?;
            self.row += 1;
        }
        Ok(())
    }

    /// Sizes the columns, sets the filter and frozen header, and hands the sheet over.
    pub(super) fn finish(self) -> Result<(), XlsxError> {
        for (c, col) in self.columns.iter().enumerate() {
            let width = (self.widths[c] + 2).clamp(col.min, col.max);
            self.ws.set_column_width(c as u16, width as f64)?;
        }
        if self.filter {
            let last = self.rows().max(1);
            self.ws
                .autofilter(0, 0, last, (self.columns.len() - 1) as u16)?;
        }
        Ok(())
    }
}

/// How many lines `text` takes in a wrapping column of `width` characters. A wrapping column
/// is as wide as its longest text or its maximum, so text that wraps at all wraps at the
/// maximum: the count is known as the row is written. Words are broken as a spreadsheet
/// breaks them (at spaces). A column `width` wide holds `width` digits, and a little more
/// prose in Calibri (or Carlito), so the count errs on the tall side.
pub(super) fn wrapped_lines(text: &str, width: usize) -> usize {
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
pub(super) fn excel_string(text: &str) -> String {
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
    use crate::export::xlsx::style::Num;

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
        let mut ws = Worksheet::new();
        let mut s = Sheet::new(&mut ws, "T", &styles, vec![Column::new("A", 4, 10)]).unwrap();
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
