//! `rank -f csv`: the ranking as RFC 4180 CSV, with spreadsheet formulas neutralized.
