//! The floor of reading a file, for the speed comparison in `benches/peers.sh`: an xlsx
//! workbook's first sheet read whole with calamine, or a CSV file's records with the csv crate,
//! and nothing else done with them.
//!
//! ```text
//! cargo run --release --example bare_read -- /tmp/offers/offers-100000.xlsx
//! ```

use calamine::{Reader, open_workbook_auto};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: bare_read FILE")?;
    let cells = if path.ends_with(".csv") {
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .has_headers(false)
            .from_path(&path)?;
        let mut record = csv::StringRecord::new();
        let mut cells = 0;
        while reader.read_record(&mut record)? {
            cells += record.len();
        }
        cells
    } else {
        let mut workbook = open_workbook_auto(&path)?;
        let first = workbook.sheet_names().first().cloned().ok_or("no sheet")?;
        let range = workbook.worksheet_range(&first)?;
        range.get_size().0 * range.get_size().1
    };
    println!("{cells} cells");
    Ok(())
}
