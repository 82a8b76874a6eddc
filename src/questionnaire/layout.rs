//! Where everything stands on the questionnaire sheet: columns, rows, widths, and row heights
//! estimated for wrapped text.

// Columns.
pub(super) const COL_NO: u16 = 0;
pub(super) const COL_QUESTION: u16 = 1;
pub(super) const COL_UNIT: u16 = 2;
pub(super) const COL_LABEL: u16 = 3;
pub(super) const COL_ANSWER: u16 = 4;
pub(super) const COL_NOTES: u16 = 5;
pub(super) const LAST_COL: u16 = COL_NOTES;
/// Column widths, in characters.
pub(super) const WIDTHS: [f64; 6] = [5.0, 62.0, 22.0, 30.0, 30.0, 34.0];

// Rows (0-based).
pub(super) const ROW_TITLE: u32 = 0;
pub(super) const ROW_TITLE_EN: u32 = 1;
pub(super) const ROW_CRITERIA: u32 = 2;
pub(super) const ROW_HOWTO_PL: u32 = 4;
pub(super) const ROW_HOWTO_EN: u32 = 5;
pub(super) const ROW_VENDOR: u32 = 7;
pub(super) const ROW_HEADER: u32 = 9;
pub(super) const FIRST_ROW: u32 = 10;

/// Points per line of 11-point text.
pub(super) const LINE_HEIGHT: f64 = 15.0;

/// A row height (points) that shows every (text, column width in characters) pair whole when
/// wrapped. Spreadsheets do not grow rows to fit wrapped text written by a program (Excel) or
/// merged cells (either), so the height is set from an estimate.
pub(super) fn height(cells: &[(&str, f64)]) -> f64 {
    let lines = cells
        .iter()
        .map(|(text, width)| wrapped_lines(text, *width))
        .max()
        .unwrap_or(1)
        .max(1);
    lines as f64 * LINE_HEIGHT + 3.0
}

/// Lines `text` takes in a column `width` characters wide, wrapping at spaces.
pub(super) fn wrapped_lines(text: &str, width: f64) -> usize {
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

    #[test]
    fn wrapping_estimate_counts_lines() {
        assert_eq!(wrapped_lines("", 10.0), 1);
        assert_eq!(wrapped_lines("abc def", 10.0), 1);
        assert_eq!(wrapped_lines("abcdef ghijkl", 10.0), 2);
        assert_eq!(wrapped_lines("a\nb\nc", 10.0), 3);
        assert_eq!(wrapped_lines(&"x".repeat(25), 10.0), 3);
    }
}
