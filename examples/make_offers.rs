//! Writes `N` generated offers as CSV and as an xlsx workbook, for the speed comparison in
//! `benches/peers.sh`:
//!
//! ```text
//! cargo run --release --example make_offers -- 100000 /tmp/offers   # offers-100000.csv, .xlsx
//! ```
//!
//! The rows are the benchmarks' (`benches/common/offers.rs`): Polish headers, amounts with
//! `zł`, durations with units. Numbers-only columns go into the workbook as numbers, as a
//! spreadsheet would hold them; the rest as text.

#[path = "../benches/common/offers.rs"]
mod offers;

use std::io::Write;
use std::path::PathBuf;

use rust_xlsxwriter::Workbook;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().ok_or("usage: make_offers N DIR")?.parse()?;
    let dir = PathBuf::from(args.next().ok_or("usage: make_offers N DIR")?);
    std::fs::create_dir_all(&dir)?;

    let csv = dir.join(format!("offers-{n}.csv"));
    let mut out = std::io::BufWriter::new(std::fs::File::create(&csv)?);
    writeln!(out, "{}", offers::HEADER.join(";"))?;
    for i in 0..n {
        writeln!(out, "{}", offers::row(i).join(";"))?;
    }
    out.flush()?;

    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet_with_constant_memory()?;
    sheet.set_name("Oferty")?;
    for (c, h) in offers::HEADER.iter().enumerate() {
        sheet.write_string(0, c as u16, *h)?;
    }
    for i in 0..n {
        let row = (i + 1) as u32;
        for (c, cell) in offers::row(i).iter().enumerate() {
            match cell.parse::<f64>() {
                Ok(x) => sheet.write_number(row, c as u16, x)?,
                Err(_) => sheet.write_string(row, c as u16, cell)?,
            };
        }
    }
    workbook.save(dir.join(format!("offers-{n}.xlsx")))?;
    Ok(())
}
