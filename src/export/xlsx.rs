//! `rank -f xlsx`: the ranking as a workbook for procurement (rust_xlsxwriter).
