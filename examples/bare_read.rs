//! The floor of reading files, for the speed comparisons in `benches/peers.sh` and
//! `benches/folder.sh`: an xlsx workbook's first sheet read whole with calamine, or a CSV
//! file's records with the csv crate, and nothing else done with them; a folder: every
//! workbook in it opened with calamine and every sheet read whole, one file after another.
//!
//! ```text
//! cargo run --release --example bare_read -- /tmp/offers/offers-100000.xlsx
//! cargo run --release --example bare_read -- /tmp/questionnaires/
//! ```

use calamine::{Reader, open_workbook_auto};
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: bare_read FILE|FOLDER")?;
    let cells = if Path::new(&path).is_dir() {
        let mut files: Vec<_> = std::fs::read_dir(&path)?
            .map(|e| e.map(|e| e.path()))
            .collect::<Result<_, _>>()?;
        files.sort();
        let mut cells = 0;
        for file in files {
            let mut workbook = open_workbook_auto(&file)?;
            for sheet in workbook.sheet_names() {
                let range = workbook.worksheet_range(&sheet)?;
                cells += range.get_size().0 * range.get_size().1;
            }
        }
        cells
    } else if path.ends_with(".csv") {
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
