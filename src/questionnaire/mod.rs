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
//! in (`ask::questions::filled_by_buyer`, e.g. how many days the agency took to answer the inquiry)
//! stays locked, its answer and notes cells grey and saying so. Yes/no criteria get a `tak,nie`
//! dropdown and choice criteria a dropdown of one entry per distinct answer
//! (`ask::questions::choice_options`: Polish with the English in parentheses, read back by the import
//! as that answer). The answer cells are formatted as text, so that what the vendor types
//! ("0:15", "1/2", "99,9") reaches the import as typed instead of being turned into a time or a
//! date by the spreadsheet. The instructions name the criteria's vendor header and currency.
//!
//! Pure and deterministic: no clock (the workbook's creation time is fixed at the zip epoch),
//! so the same criteria always give the same bytes.

mod answers;
pub mod followup;
mod layout;
mod plan;
pub mod ratings;
mod sheet;
mod style;
mod texts;
mod words;

use crate::criteria::Criteria;
use crate::i18n::Msg;

/// The sheet's name.
pub const SHEET: &str = "Ankieta";
/// The sheet's name in a follow-up questionnaire: how the import knows its answers replace
/// the vendor's earlier ones.
pub const FOLLOWUP_SHEET: &str = "Uzupełnienie";

/// The questionnaire for `criteria` as xlsx bytes (the caller writes them atomically).
pub fn write(criteria: &Criteria) -> Result<Vec<u8>, Msg> {
    let rows = plan::plan(criteria)?;
    let vendor = plan::vendor_field(criteria)?;
    sheet::build(criteria, &rows, &vendor, None)
        .map_err(|e| Msg::new("form-cannot-build").with("reason", e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::criteria::profile;

    #[test]
    fn the_same_criteria_give_the_same_bytes() {
        let c = profile("sme").unwrap().unwrap();
        assert_eq!(write(&c).unwrap(), write(&c).unwrap());
    }
}
