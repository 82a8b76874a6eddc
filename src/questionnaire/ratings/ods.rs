//! The ratings sheet written as an OpenDocument spreadsheet (ODS): the same plan as the xlsx,
//! for buyers whose people work in LibreOffice — a zip of the few XML parts a spreadsheet
//! needs, with a list check (or a number range) on each rating column and the header frozen.

use std::fmt::Write as _;
use std::io::{Cursor, Write as _};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::xlsx::{HEADER_FILL, INPUT_FILL};
use super::{Allowed, COMMENTS_WIDTH, HEAD, POINTS_WIDTH, Plan, Points, VENDOR_WIDTH};

const MIME: &str = "application/vnd.oasis.opendocument.spreadsheet";

// not for people: XML namespaces of the OpenDocument parts
const NAMESPACES: &str = concat!(
    r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" "#,
    r#"xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" "#,
    r#"xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" "#,
    r#"xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" "#,
    r#"xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" "#,
    r#"xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" "#,
    r#"xmlns:dc="http://purl.org/dc/elements/1.1/" "#,
    r#"xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" "#,
    r#"xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" "#,
    r#"office:version="1.2""#,
);

pub(super) fn write(plan: &Plan) -> zip::result::ZipResult<Vec<u8>> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    // Fixed times: the same plan gives the same bytes.
    let stored = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Stored)
        .last_modified_time(zip::DateTime::default());
    let deflated = stored.compression_method(CompressionMethod::Deflated);
    // The mimetype comes first and uncompressed, so that the file is known by its first bytes.
    zip.start_file("mimetype", stored)?;
    zip.write_all(MIME.as_bytes())?;
    for (name, part) in [
        ("META-INF/manifest.xml", manifest()),
        ("meta.xml", meta(plan)),
        ("settings.xml", settings(plan)),
        ("content.xml", content(plan)),
    ] {
        zip.start_file(name, deflated)?;
        zip.write_all(part.as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}

fn manifest() -> String {
    let mut out = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">"#,
    );
    let _ = write!(
        out,
        r#"<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="{MIME}"/>"#
    );
    for part in ["meta.xml", "settings.xml", "content.xml"] {
        let _ = write!(
            out,
            r#"<manifest:file-entry manifest:full-path="{part}" manifest:media-type="text/xml"/>"#
        );
    }
    out.push_str("</manifest:manifest>");
    out
}

fn meta(plan: &Plan) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {NAMESPACES}><office:meta><meta:generator>offerlens</meta:generator><dc:title>{}</dc:title></office:meta></office:document-meta>"#,
        escape(&plan.title)
    )
}

/// The header rows and the vendor column frozen, as the xlsx does.
fn settings(plan: &Plan) -> String {
    let below = HEAD + 1;
    let items = [
        ("HorizontalSplitMode", "short", 2),
        ("VerticalSplitMode", "short", 2),
        ("HorizontalSplitPosition", "int", 1),
        ("VerticalSplitPosition", "int", below),
        ("ActiveSplitRange", "short", 2),
        ("PositionLeft", "int", 0),
        ("PositionRight", "int", 1),
        ("PositionTop", "int", 0),
        ("PositionBottom", "int", below),
    ];
    let mut out = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-settings {NAMESPACES}><office:settings><config:config-item-set config:name="ooo:view-settings"><config:config-item-map-indexed config:name="Views"><config:config-item-map-entry><config:config-item config:name="ViewId" config:type="string">view1</config:config-item><config:config-item-map-named config:name="Tables"><config:config-item-map-entry config:name="{}">"#,
        escape(&plan.sheet)
    );
    for (name, kind, value) in items {
        let _ = write!(
            out,
            r#"<config:config-item config:name="{name}" config:type="{kind}">{value}</config:config-item>"#
        );
    }
    out.push_str("</config:config-item-map-entry></config:config-item-map-named></config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set></office:settings></office:document-settings>");
    out
}

fn content(plan: &Plan) -> String {
    let mut out = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {NAMESPACES}><office:automatic-styles>"#
    );
    for (name, width) in [
        ("co1", VENDOR_WIDTH),
        ("co2", POINTS_WIDTH),
        ("co3", COMMENTS_WIDTH),
    ] {
        let _ = write!(
            out,
            r#"<style:style style:name="{name}" style:family="table-column"><style:table-column-properties style:column-width="{:.2}cm"/></style:style>"#,
            f64::from(width) * 0.2
        );
    }
    let _ = write!(
        out,
        concat!(
            r#"<style:style style:name="bold" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>"#,
            r##"<style:style style:name="head" style:family="table-cell"><style:table-cell-properties fo:background-color="#{:06x}" fo:border-bottom="0.5pt solid #000000" fo:wrap-option="wrap"/><style:text-properties fo:font-weight="bold"/></style:style>"##,
            r##"<style:style style:name="input" style:family="table-cell"><style:table-cell-properties fo:background-color="#{:06x}" fo:border="0.5pt solid #000000"/></style:style>"##,
            "</office:automatic-styles><office:body><office:spreadsheet><table:content-validations>"
        ),
        HEADER_FILL, INPUT_FILL
    );
    for (k, points) in plan.points.iter().enumerate() {
        validation(&mut out, k, points);
    }
    let _ = write!(
        out,
        r#"</table:content-validations><table:table table:name="{}"><table:table-column table:style-name="co1"/><table:table-column table:style-name="co2" table:number-columns-repeated="{}"/><table:table-column table:style-name="co3"/>"#,
        escape(&plan.sheet),
        plan.points.len()
    );
    rows(&mut out, plan);
    out.push_str("</table:table></office:spreadsheet></office:body></office:document-content>");
    out
}

/// The check of rating column `k`: its points as a list (numbers, so that a typed 4 matches)
/// or a range, with the input help and a stop on anything else.
fn validation(out: &mut String, k: usize, points: &Points) {
    // not for people: OpenFormula conditions
    let condition = match &points.allowed {
        Allowed::List(list) => format!("of:cell-content-is-in-list({})", list.join(";")),
        Allowed::Between(lo, hi) => {
            format!("of:cell-content-is-decimal-number() and of:cell-content-is-between({lo};{hi})")
        }
    };
    let title = escape(&points.title);
    let message = paragraph(&points.message);
    let _ = write!(
        out,
        concat!(
            r#"<table:content-validation table:name="points{}" table:condition="{}" table:allow-empty-cell="true" table:display-list="unsorted">"#,
            r#"<table:help-message table:title="{}" table:display="true">{}</table:help-message>"#,
            r#"<table:error-message table:title="{}" table:message-type="stop" table:display="true">{}</table:error-message>"#,
            "</table:content-validation>"
        ),
        k + 1,
        escape(&condition),
        title,
        message,
        title,
        message
    );
}

fn rows(out: &mut String, plan: &Plan) {
    let _ = write!(
        out,
        r#"<table:table-row><table:table-cell table:style-name="bold" office:value-type="string">{}</table:table-cell><table:table-cell table:style-name="input"/></table:table-row>"#,
        paragraph(&plan.evaluator)
    );
    let _ = write!(
        out,
        r#"<table:table-row><table:table-cell office:value-type="string">{}</table:table-cell></table:table-row><table:table-row><table:table-cell/></table:table-row><table:table-row>"#,
        paragraph(&plan.how)
    );
    for text in &plan.headers {
        let _ = write!(
            out,
            r#"<table:table-cell table:style-name="head" office:value-type="string">{}</table:table-cell>"#,
            paragraph(text)
        );
    }
    out.push_str("</table:table-row>");
    for vendor in &plan.vendors {
        out.push_str("<table:table-row>");
        match vendor {
            Some(v) => {
                let _ = write!(
                    out,
                    r#"<table:table-cell office:value-type="string">{}</table:table-cell>"#,
                    paragraph(v)
                );
            }
            None => out.push_str(r#"<table:table-cell table:style-name="input"/>"#),
        }
        for k in 0..plan.points.len() {
            let _ = write!(
                out,
                r#"<table:table-cell table:style-name="input" table:content-validation-name="points{}"/>"#,
                k + 1
            );
        }
        out.push_str(r#"<table:table-cell table:style-name="input"/></table:table-row>"#);
    }
}

/// `text` as one paragraph: escaped, with runs of spaces kept (XML would fold them).
fn paragraph(text: &str) -> String {
    let mut out = String::from("<text:p>");
    let mut after_space = true;
    for c in text.chars() {
        if c == ' ' && after_space {
            out.push_str("<text:s/>");
            continue;
        }
        after_space = c == ' ';
        escape_into(&mut out, c);
    }
    out.push_str("</text:p>");
    out
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        escape_into(&mut out, c);
    }
    out
}

/// One character as XML text or attribute value; characters XML 1.0 cannot hold are dropped
/// (the sanitizer has already dropped the control characters).
fn escape_into(out: &mut String, c: char) {
    match c {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '"' => out.push_str("&quot;"),
        '\'' => out.push_str("&apos;"),
        '\t' | '\n' | '\r' => out.push(' '),
        c if (c as u32) < 0x20 || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {}
        c => out.push(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_spaces_kept() {
        assert_eq!(
            paragraph(r#" <b>"A&B"  x"#),
            "<text:p><text:s/>&lt;b&gt;&quot;A&amp;B&quot; <text:s/>x</text:p>"
        );
        assert_eq!(escape("a\u{1}b"), "ab");
    }
}
