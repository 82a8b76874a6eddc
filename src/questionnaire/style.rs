//! The cell formats of the questionnaire: fills, fonts, borders, which cells are unlocked.

use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder};

/// The formats of the sheet.
pub(super) struct Formats {
    pub(super) title: Format,
    pub(super) subtitle: Format,
    pub(super) info: Format,
    pub(super) howto: Format,
    pub(super) prompt: Format,
    pub(super) vendor_label: Format,
    pub(super) vendor_input: Format,
    pub(super) header: Format,
    pub(super) group: Format,
    pub(super) number: Format,
    pub(super) question: Format,
    pub(super) english: Format,
    pub(super) plain: Format,
    pub(super) unit: Format,
    pub(super) label: Format,
    pub(super) answer: Format,
    /// An answer to clarify in a follow-up: orange, with the question in the cell's note.
    pub(super) answer_ask: Format,
    pub(super) notes: Format,
    pub(super) buyer_answer: Format,
    pub(super) buyer_notes: Format,
    pub(super) end: Format,
    /// The follow-up's line on what to do.
    pub(super) followup: Format,
}

pub(super) const HEADER_FILL: u32 = 0xD9E1F2;
pub(super) const GROUP_FILL: u32 = 0xEDEDED;
pub(super) const INPUT_FILL: u32 = 0xFFF2CC;
pub(super) const NOTES_FILL: u32 = 0xFFFBEF;
pub(super) const GREY_TEXT: u32 = 0x595959;
/// The buyer's own fields: grey, locked, unlike the vendor's yellow ones.
pub(super) const BUYER_FILL: u32 = 0xD9D9D9;
/// What a follow-up asks to clarify.
pub(super) const ASK_FILL: u32 = 0xF8CBAD;

pub(super) fn formats() -> Formats {
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
        answer_ask: cell()
            .set_unlocked()
            .set_num_format("@")
            .set_bold()
            .set_background_color(Color::RGB(ASK_FILL))
            .set_border(FormatBorder::Medium)
            .set_border_color(Color::RGB(0xC55A11)),
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
        followup: Format::new()
            .set_bold()
            .set_font_color(Color::RGB(0xC55A11)),
    }
}
