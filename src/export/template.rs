//! `offerlens template`: the questionnaire workbook the buyer sends to agencies, built from the criteria.
