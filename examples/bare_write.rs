//! The floor of writing the ranking workbook, for the XLSX export's speed figures: a sheet
//! shaped like the Breakdown sheet (one row per offer × criterion, nine cells, each with its
//! format, in constant-memory mode, compression level 3) written with rust_xlsxwriter and
//! nothing else computed. `offerlens rank -f xlsx` on N offers writes N × 49 such rows plus
//! four small sheets.
//!
//! ```text
//! cargo run --release --example bare_write -- 20000 /tmp/bare.xlsx
//! ```

use rust_xlsxwriter::{Format, FormatAlign, Workbook};

/// Criteria of the built-in sme profile: rows per offer.
const CRITERIA: usize = 49;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let offers: usize = args.next().ok_or("usage: bare_write OFFERS OUT")?.parse()?;
    let out = args.next().ok_or("usage: bare_write OFFERS OUT")?;
    let text = Format::new().set_align(FormatAlign::Top);
    let wrap = Format::new().set_align(FormatAlign::Top).set_text_wrap();
    let amount = Format::new()
        .set_align(FormatAlign::Top)
        .set_num_format("#,##0.00");
    let fraction = Format::new()
        .set_align(FormatAlign::Top)
        .set_num_format("0.000");
    let points = Format::new()
        .set_align(FormatAlign::Top)
        .set_num_format("0.00");
    let mut workbook = Workbook::new();
    let ws = workbook.add_worksheet_with_constant_memory()?;
    let mut row = 1u32;
    for o in 0..offers {
        let vendor = format!("Agencja {o}");
        for j in 0..CRITERIA {
            let x = (o * CRITERIA + j) as f64;
            ws.write_string_with_format(row, 0, &vendor, &text)?;
            ws.write_string_with_format(row, 1, format!("criterion_{j}"), &text)?;
            ws.write_string_with_format(row, 2, format!("Criterion {j} label"), &wrap)?;
            ws.write_string_with_format(row, 3, format!("{} zł", o % 1000), &wrap)?;
            ws.write_number_with_format(row, 4, x, &amount)?;
            ws.write_string_with_format(row, 5, "PLN", &text)?;
            ws.write_number_with_format(row, 6, x / 1e7, &fraction)?;
            ws.write_number_with_format(row, 7, x / 1e5, &points)?;
            ws.write_string_with_format(row, 8, format!("offers.csv:{}:{}", o + 2, j + 2), &text)?;
            row += 1;
        }
    }
    workbook.set_zip_compression_level(3);
    workbook.save(&out)?;
    println!("{} rows", row - 1);
    Ok(())
}
