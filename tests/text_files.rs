//! Text offer files as editors and Excel write them: the wide Unicode encodings (Excel's
//! "Unicode text"), and quotes that are opened and never closed.

use std::fs;
use std::path::Path;

use crate::common::{analysis, offerlens, profile, stdout_of};

/// An offers table in the sme profile's headers, tab-separated as Excel's "Unicode text" is.
const OFFERS: &str = "Agencja\tAbonament miesięczny\tCzas reakcji P1\r\n\
                      Łódź Web\t1 500 zł\t30 min\r\n\
                      Żagiel IT\t1 200 zł\t1 h\r\n";

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        bytes.extend(if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    bytes
}

fn utf32(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian {
        vec![0, 0, 0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE, 0, 0]
    };
    for c in text.chars() {
        let code = u32::from(c);
        bytes.extend(if big_endian {
            code.to_be_bytes()
        } else {
            code.to_le_bytes()
        });
    }
    bytes
}

fn check(file: &Path) -> String {
    let out = offerlens().arg("check").arg(file).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_ne!(out.status.code(), Some(2), "{text}");
    text
}

#[test]
fn excels_unicode_text_and_other_wide_encodings_with_a_byte_order_mark_are_read() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes, encoding) in [
        ("unicode.txt", utf16(OFFERS, false), "UTF-16LE"),
        ("utf16be.csv", utf16(OFFERS, true), "UTF-16BE"),
        ("utf32le.csv", utf32(OFFERS, false), "UTF-32LE"),
        ("utf32be.tsv", utf32(OFFERS, true), "UTF-32BE"),
    ] {
        let file = dir.path().join(name);
        fs::write(&file, bytes).unwrap();
        let text = check(&file);
        assert!(text.contains("2 offers from 1 file"), "{name}:\n{text}");
        assert!(
            text.contains(&format!(
                "info    {}: not UTF-8: read as {encoding}",
                file.display()
            )),
            "{name}:\n{text}"
        );
        let ranked = stdout_of(offerlens().arg("rank").arg(&file));
        assert!(
            ranked.contains("Łódź Web") && ranked.contains("Żagiel IT"),
            "{name}:\n{ranked}"
        );
    }
    // The same under a workbook's name: the content decides.
    let file = dir.path().join("oferty.xls");
    fs::write(&file, utf16(OFFERS, false)).unwrap();
    let text = check(&file);
    assert!(text.contains("2 offers from 1 file"), "{text}");
    assert!(text.contains("the content is text: read as CSV"), "{text}");
}

#[test]
fn wide_text_without_a_byte_order_mark_stays_refused_as_binary() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("nobom.csv");
    fs::write(&file, &utf16(OFFERS, false)[2..]).unwrap();
    let out = offerlens().arg("check").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("binary content, not text"), "{text}");
}

#[test]
fn an_unclosed_quote_is_a_warning_at_its_line_and_the_next_lines_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("cudzyslow.csv");
    fs::write(
        &file,
        "Agencja;Zakres prac;Abonament miesięczny\n\
         A;aktualizacje;700\n\
         \"C;broken quote;800\n\
         D;kopie;900\n\
         E;\"monitoring, kopie\";1000\n",
    )
    .unwrap();
    let a = analysis(std::slice::from_ref(&file), profile("sme"));
    let vendors: Vec<&str> = a.offers.offers.iter().map(|o| o.vendor.as_str()).collect();
    // The broken line is one cell, as the warning says; the lines after it are offers again.
    assert_eq!(
        vendors,
        ["A", "C;broken quote;800", "D", "E"],
        "{:#?}",
        a.issues
    );
    let location = format!("{}:3:1", file.display());
    let warning = a
        .issues
        .iter()
        .find(|i| i.location == location)
        .unwrap_or_else(|| panic!("no issue at {location}: {:#?}", a.issues));
    assert_eq!(
        warning.message.to_string(),
        "an opening quote is never closed (line 3 of the file): the rest of the line was read as one cell — check the quotes"
    );
    assert_eq!(warning.severity, offerlens::issue::Severity::Warning);
    let text = check(&file);
    assert!(
        text.contains(&format!(
            "warning {location}: an opening quote is never closed"
        )),
        "{text}"
    );
}
