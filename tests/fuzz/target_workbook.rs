//! The workbook target: the xlsx and ods samples and fixtures unzipped, their XML parts
//! mutated (cell types and values, shared-string indexes, repeat counts, references, entities,
//! nesting, cuts, garbage), rezipped — sometimes damaged — then read, scored and written
//! in-process, and checked through the binary.

use std::rc::Rc;

use offerlens::import::{Limits, workbook};

use super::bytes;
use super::harness::{Depth, Input, Target};
use super::phrases;
use super::pipeline;
use super::rng::{Rng, huge};
use super::zip_parts::{self, Part, find_all};

/// A seed workbook: its parts and its extension.
struct Seed {
    parts: Vec<Part>,
    ext: &'static str,
}

fn seeds() -> Vec<Seed> {
    let mut files = pipeline::files("samples", &["xlsx", "ods"]);
    files.extend(pipeline::files("tests/fixtures", &["xlsx", "ods"]));
    files
        .iter()
        .filter_map(|p| {
            let bytes = std::fs::read(p).unwrap();
            // `extension_lies.xlsx` is text, not a zip.
            if !bytes.starts_with(b"PK") {
                return None;
            }
            let ext = if p.extension().is_some_and(|e| e == "ods") {
                "ods"
            } else {
                "xlsx"
            };
            Some(Seed {
                parts: zip_parts::unzip(&bytes),
                ext,
            })
        })
        .collect()
}

/// Values put where a number, an index, a reference or a count is expected.
const ODD_VALUES: &[&str] = &[
    "0",
    "-1",
    "1",
    "999999",
    "4294967295",
    "4294967296",
    "18446744073709551616",
    "2147483647",
    "1048576",
    "16384",
    "1e308",
    "-1e-300",
    "NaN",
    "inf",
    "",
    " ",
    "abc",
    "0x10",
    "45000.5",
    "XFD1048577",
    "A0",
    "ZZZZZZ1",
    "A1:XFD1048576",
    "1:1048576",
    "B2:A1",
    "$A$1",
    "PT99999999H",
    "P1Y2M",
    "PT-1H",
    "PT1.5H30M",
    "-P1D",
    "P",
    "2024-02-30",
    "99999-01-01T00:00:00",
    "true",
];

const CELL_TYPES: &[&str] = &[
    "s",
    "str",
    "n",
    "e",
    "b",
    "inlineStr",
    "d",
    "",
    "S",
    "float",
    "percentage",
    "currency",
    "date",
    "time",
    "boolean",
    "string",
    "void",
];

const ENTITIES: &[&str] = &[
    "&amp;",
    "&lt;",
    "&#0;",
    "&#xD800;",
    "&#1114112;",
    "&#x110000;",
    "&unknown;",
    "&",
    "&#",
    "&#x;",
    "&#65;",
    "&quot;",
    "&#x1F600;",
    "&#99999999999999999999;",
    "]]>",
    "<![CDATA[x]]>",
    "<!-- -->",
    "<?pi x?>",
];

/// Elements worth deleting, copying or swapping whole.
const ELEMENTS: &[&str] = &[
    "row",
    "c",
    "si",
    "sheet",
    "mergeCell",
    "table:table-row",
    "table:table-cell",
    "table:table",
    "text:p",
    "Relationship",
    "Override",
];

/// The span of one `<name …>…</name>` (or `<name …/>`) element, picked at random.
fn element(rng: &mut Rng, xml: &[u8], name: &str) -> Option<(usize, usize)> {
    let open = format!("<{name}");
    let starts: Vec<usize> = find_all(xml, open.as_bytes())
        .into_iter()
        .filter(|&i| matches!(xml.get(i + open.len()), Some(b' ' | b'>' | b'/')))
        .collect();
    if starts.is_empty() {
        return None;
    }
    let start = *rng.pick(&starts);
    let tag_end = start + xml[start..].iter().position(|&b| b == b'>')? + 1;
    if xml[tag_end - 2] == b'/' {
        return Some((start, tag_end));
    }
    let close = format!("</{name}>");
    let end = find_all(&xml[tag_end..], close.as_bytes())
        .first()
        .copied()?;
    Some((start, tag_end + end + close.len()))
}

/// The value of one attribute occurrence: the span between `name="` and the next `"`.
fn attribute_value(rng: &mut Rng, xml: &[u8], name: &str) -> Option<(usize, usize)> {
    let all = find_all(xml, name.as_bytes());
    let start = *all.get(rng.below(all.len().max(1)))? + name.len();
    let len = xml[start..].iter().position(|&b| b == b'"')?;
    Some((start, start + len))
}

/// A text node's content: after a `>` up to the next `<`.
fn text_node(rng: &mut Rng, xml: &[u8]) -> Option<(usize, usize)> {
    let all = find_all(xml, b">");
    let start = *all.get(rng.below(all.len().max(1)))? + 1;
    let len = xml[start..].iter().position(|&b| b == b'<').unwrap_or(0);
    Some((start, start + len))
}

/// Something to put into a cell's value or text.
fn odd_text(rng: &mut Rng) -> String {
    match rng.below(5) {
        0 => (*rng.pick(ODD_VALUES)).to_string(),
        1 => phrases::number(rng),
        2 => "x".repeat(rng.size(100_000)),
        _ => phrases::value(rng)
            .replace('&', "&amp;")
            .replace('<', "&lt;"),
    }
}

/// An attribute added to the tags of one kind, or changed where it is.
fn set_attribute(rng: &mut Rng, xml: &mut Vec<u8>, tag: &str, name: &str, value: &str) {
    if let Some((s, e)) = attribute_value(rng, xml, &format!(" {name}=\"")) {
        xml.splice(s..e, value.bytes());
        return;
    }
    let open = format!("<{tag} ");
    let all = find_all(xml, open.as_bytes());
    if let Some(&at) = all.get(rng.below(all.len().max(1))) {
        let insert = format!(" {name}=\"{value}\"");
        xml.splice(at + open.len() - 1..at + open.len() - 1, insert.bytes());
    }
}

/// Repeat counts, spans and value types of ODS cells and rows.
fn ods_attribute(rng: &mut Rng, xml: &mut Vec<u8>) {
    let count = (*rng.pick(&[
        "0",
        "2",
        "1000",
        "65536",
        "1048576",
        "16384",
        "2147483647",
        "4294967295",
        "18446744073709551615",
        "-1",
        "abc",
    ]))
    .to_string();
    match rng.below(5) {
        0 => set_attribute(
            rng,
            xml,
            "table:table-row",
            "table:number-rows-repeated",
            &count,
        ),
        1 => set_attribute(
            rng,
            xml,
            "table:table-cell",
            "table:number-columns-repeated",
            &count,
        ),
        2 => set_attribute(
            rng,
            xml,
            "table:table-cell",
            "table:number-columns-spanned",
            &count,
        ),
        3 => {
            let t = *rng.pick(CELL_TYPES);
            set_attribute(rng, xml, "table:table-cell", "office:value-type", t);
        }
        _ => {
            let name = *rng.pick(&[
                "office:value",
                "office:date-value",
                "office:time-value",
                "office:boolean-value",
            ]);
            let v = *rng.pick(ODD_VALUES);
            set_attribute(rng, xml, "table:table-cell", name, v);
        }
    }
}

/// One structure-aware change to an XML part.
fn mutate_xml(rng: &mut Rng, xml: &mut Vec<u8>) {
    match rng.below(14) {
        0 => {
            let t = *rng.pick(CELL_TYPES);
            set_attribute(rng, xml, "c", "t", t);
        }
        1 | 2 => {
            // A cell's value or a shared string: out-of-range indexes, phrases, huge text.
            let tag = *rng.pick(&[
                "<v>",
                "<t>",
                "<t xml:space=\"preserve\">",
                "<text:p>",
                "<f>",
            ]);
            let all = find_all(xml, tag.as_bytes());
            if let Some(&at) = all.get(rng.below(all.len().max(1))) {
                let s = at + tag.len();
                let len = xml[s..].iter().position(|&b| b == b'<').unwrap_or(0);
                xml.splice(s..s + len, odd_text(rng).into_bytes());
            }
        }
        3 | 4 => {
            // Any attribute's value.
            if let Some((s, e)) = attribute_value(rng, xml, "=\"") {
                xml.splice(s..e, rng.pick(ODD_VALUES).bytes());
            }
        }
        5 => ods_attribute(rng, xml),
        6 => {
            let at = text_node(rng, xml).map_or(0, |(s, _)| s);
            xml.splice(at..at, rng.pick(ENTITIES).bytes());
        }
        7 => {
            // Deep nesting (closed or not).
            let depth = huge(*rng.pick(&[100, 5_000, 100_000]));
            let mut deep = "<x>".repeat(depth);
            if rng.one_in(2) {
                deep.push_str(&"</x>".repeat(depth));
            }
            let at = text_node(rng, xml).map_or(0, |(s, _)| s);
            xml.splice(at..at, deep.into_bytes());
        }
        8 => {
            let doctype = "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>";
            let at = find_all(xml, b"?>").first().map_or(0, |&i| i + 2);
            xml.splice(at..at, doctype.bytes());
            let at = text_node(rng, xml).map_or(0, |(s, _)| s);
            xml.splice(at..at, b"&c;".iter().copied());
        }
        9 => {
            let at = rng.below(xml.len() + 1);
            xml.truncate(at);
        }
        10 | 11 => element_change(rng, xml),
        12 => {
            let merge = format!(
                "<mergeCells count=\"1\"><mergeCell ref=\"{}\"/></mergeCells>",
                rng.pick(&[
                    "A1:XFD1048576",
                    "A1:B2",
                    "B2:A1",
                    "A1:A1",
                    "C3:ZZ99999",
                    "A0:B"
                ])
            );
            let at = find_all(xml, b"</sheetData>")
                .first()
                .map_or(xml.len(), |&i| i + 12);
            xml.splice(at..at, merge.into_bytes());
        }
        _ => bytes::mutate(rng, xml, 3),
    }
}

/// An element deleted, copied next to itself, or moved.
fn element_change(rng: &mut Rng, xml: &mut Vec<u8>) {
    let name = *rng.pick(ELEMENTS);
    let Some((s, e)) = element(rng, xml, name) else {
        return;
    };
    let chunk = xml[s..e].to_vec();
    match rng.below(3) {
        0 => {
            xml.drain(s..e);
        }
        1 => {
            let copies = if rng.one_in(8) { rng.size(3_000) } else { 1 };
            let many: Vec<u8> = chunk.repeat(copies);
            xml.splice(e..e, many);
        }
        _ => {
            xml.drain(s..e);
            let to = rng.below(xml.len() + 1);
            xml.splice(to..to, chunk);
        }
    }
}

/// The part an XML change goes to: cells and strings most of the time.
fn pick_part(rng: &mut Rng, parts: &[Part]) -> usize {
    let data: Vec<usize> = (0..parts.len())
        .filter(|&i| {
            let n = &parts[i].name;
            n.contains("worksheets/") || n.ends_with("content.xml") || n.contains("sharedStrings")
        })
        .collect();
    if !data.is_empty() && !rng.one_in(4) {
        *rng.pick(&data)
    } else {
        rng.below(parts.len())
    }
}

fn generate(rng: &mut Rng, seeds: &[Seed]) -> Input {
    // Most seeds are xlsx: an ods one is picked a third of the time.
    let ods: Vec<&Seed> = seeds.iter().filter(|s| s.ext == "ods").collect();
    let seed = if !ods.is_empty() && rng.one_in(3) {
        *rng.pick(&ods)
    } else {
        rng.pick(seeds)
    };
    let mut parts = seed.parts.clone();
    for _ in 0..rng.between(1, 4) {
        if rng.one_in(7) || parts.is_empty() {
            zip_parts::mutate_parts(rng, &mut parts);
        } else {
            let i = pick_part(rng, &parts);
            mutate_xml(rng, &mut parts[i].data);
        }
    }
    let mut zip = zip_parts::rezip(rng, &parts);
    if rng.one_in(7) {
        zip_parts::damage_archive(rng, &mut zip);
    }
    Input::new(zip, seed.ext)
}

fn run(input: &Input, depth: Depth) -> bool {
    let name = format!("fuzz.{}", input.ext);
    match workbook::read(&input.bytes, &name, &Limits::default()) {
        Ok((tables, notes)) => {
            let criteria = pipeline::profile(input.bytes.len());
            pipeline::analyse(criteria, tables, notes, depth);
            true
        }
        Err(_) => false,
    }
}

pub fn target() -> Target {
    let seeds = Rc::new(seeds());
    Target {
        name: "workbook",
        extensions: &["xlsx", "ods"],
        generate: Box::new(move |rng| generate(rng, &seeds)),
        run,
        commands: pipeline::offer_commands,
    }
}
