//! The HTML report (`rank -f html`) as the board gets it: one self-contained page with every
//! section, in English and Polish, the same bytes for the same inputs, vendor text that can
//! neither add markup, nor run, nor link anywhere, and a large comparison kept readable.

use std::fs;

use scraper::{Html, Selector};

use crate::common::offerlens;

fn report(args: &[&str]) -> String {
    let out = offerlens()
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1795336200")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn select<'a>(page: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    page.select(&Selector::parse(css).unwrap()).collect()
}

fn text(e: &scraper::ElementRef<'_>) -> String {
    e.text().collect::<String>()
}

#[test]
fn the_report_of_the_samples_has_every_section_and_a_chart_for_each() {
    let html = report(&["rank", "samples/agencies.csv", "-f", "html"]);
    let page = Html::parse_document(&html);
    let headings: Vec<String> = select(&page, "h2").iter().map(text).collect();
    for want in [
        "Verdict",
        "Scores",
        "Risk cost, term by term (PLN)",
        "Strengths and weaknesses",
        "How sure is this?",
        "Red flags",
        "Weights used",
        "Audit",
    ] {
        assert!(headings.iter().any(|h| h == want), "{want}: {headings:?}");
    }
    let verdict = text(&select(&page, "p.verdict")[0]);
    assert!(
        verdict.starts_with("Kodex Studio comes first with 94.7 points; WebOpieka Sp. z o.o. is second, 6.1 points behind."),
        "{verdict}"
    );
    assert!(verdict.contains("2 offers were knocked out"), "{verdict}");
    // Every chart is an inline SVG with a title and a description, and a table beside it.
    let charts = select(&page, "svg");
    assert_eq!(charts.len(), 4, "scores, costs, heat map, first place");
    for svg in &charts {
        let id = svg.value().attr("aria-labelledby").unwrap();
        for part in id.split(' ') {
            assert!(!select(&page, &format!("#{part}")).is_empty(), "{part}");
        }
    }
    assert!(select(&page, "table").len() >= 5);
    // The knock-outs are apart, with their reasons.
    let knockouts: Vec<String> = select(&page, "#scores li").iter().map(text).collect();
    assert!(
        knockouts
            .iter()
            .any(|k| k.starts_with("TaniWeb: P1 response time 1 day is above the maximum")),
        "{knockouts:?}"
    );
    // The heat map shows each score as a number too.
    let cells: Vec<String> = select(&page, "#heat svg text").iter().map(text).collect();
    assert!(cells.iter().any(|c| c == "100") && cells.iter().any(|c| c == "—"));
    // Nothing is fetched: no script, no stylesheet link, no image, no external URL.
    for css in [
        "script", "link", "img", "iframe", "object", "[src]", "[href]",
    ] {
        assert!(select(&page, css).is_empty(), "{css}");
    }
    assert!(
        !html
            .replace("http://www.w3.org/2000/svg", "")
            .contains("://")
    );
    // The audit stamp.
    let audit: Vec<String> = select(&page, "dl.audit dd").iter().map(text).collect();
    assert!(
        audit.iter().any(|d| d == "2026-11-22T08:30:00Z"),
        "{audit:?}"
    );
}

#[test]
fn the_report_speaks_polish_when_asked() {
    let html = report(&["rank", "samples/agencies.csv", "-f", "html", "--lang", "pl"]);
    let page = Html::parse_document(&html);
    assert_eq!(select(&page, "html")[0].value().attr("lang"), Some("pl"));
    let headings: Vec<String> = select(&page, "h2").iter().map(text).collect();
    for want in ["Werdykt", "Wyniki", "Mocne i słabe strony", "Użyte wagi"] {
        assert!(headings.iter().any(|h| h == want), "{want}: {headings:?}");
    }
    let verdict = text(&select(&page, "p.verdict")[0]);
    assert!(
        verdict.starts_with("Kodex Studio zajmuje pierwsze miejsce z wynikiem 94,7 pkt"),
        "{verdict}"
    );
}

#[test]
fn the_same_inputs_give_the_same_bytes_and_o_picks_html_by_its_extension() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.html"), dir.path().join("b.htm"));
    for path in [&a, &b] {
        report(&["rank", "samples/agencies.csv", "-o", path.to_str().unwrap()]);
    }
    let (a, b) = (fs::read(a).unwrap(), fs::read(b).unwrap());
    assert!(a.starts_with(b"<!DOCTYPE html>"));
    assert_eq!(a, b);
}

/// Offers whose vendor names and answers attack whoever opens the page.
const HOSTILE: &str = "Agencja;Abonament miesięczny;Czas reakcji P1;Zakres prac;Uwagi\n\
<script>alert(1)</script>;1000 zł;30 min;pełny;ok\n\
\"\"\"><img src=x onerror=alert(1)>\";1100 zł;1 h;<svg onload=alert(1)>;x\n\
javascript:alert(1);1200 zł;2 h;<a href=\"javascript:alert(1)\">link</a>;<style>*{display:none}</style>\n\
Evil\u{202E}gnp.exe;1300 zł;3 h;</title></svg><script>alert(2)</script>;<!--\n";

#[test]
fn vendor_text_cannot_add_markup_run_script_or_link() {
    let dir = tempfile::tempdir().unwrap();
    let offers = dir.path().join("hostile.csv");
    fs::write(&offers, HOSTILE).unwrap();
    let html = report(&["rank", offers.to_str().unwrap(), "-f", "html"]);
    let page = Html::parse_document(&html);
    for css in ["script", "img", "a", "iframe", "link", "[href]", "[src]"] {
        assert!(select(&page, css).is_empty(), "{css} in the page");
    }
    // One style element (the page's own), and SVG elements only inside the charts.
    assert_eq!(select(&page, "style").len(), 1);
    for svg in select(&page, "svg") {
        assert!(svg.value().attr("role") == Some("img"), "a vendor's svg");
    }
    // No element carries an event handler.
    for e in select(&page, "*") {
        for (name, _) in e.value().attrs() {
            assert!(!name.starts_with("on"), "{name} on <{}>", e.value().name());
        }
    }
    // The names are there, as text, without the bidi override.
    let names: Vec<String> = select(&page, "#scores td.name").iter().map(text).collect();
    assert!(
        names.iter().any(|n| n == "<script>alert(1)</script>"),
        "{names:?}"
    );
    assert!(
        names.iter().any(|n| n == "javascript:alert(1)"),
        "{names:?}"
    );
    assert!(names.iter().any(|n| n == "Evilgnp.exe"), "{names:?}");
    assert!(!html.contains('\u{202E}'));
}

#[test]
fn above_two_hundred_offers_the_heat_map_shows_the_best_fifty_and_says_so() {
    let sample = fs::read_to_string("samples/agencies.csv").unwrap();
    let mut lines = sample.lines();
    let header = lines.next().unwrap();
    let body: Vec<&str> = lines.collect();
    let mut csv = format!("{header}\n");
    for i in 0..240 {
        let (name, rest) = body[i % body.len()].split_once(';').unwrap();
        csv.push_str(&format!("{name} {i};{rest}\n"));
    }
    let dir = tempfile::tempdir().unwrap();
    let offers = dir.path().join("many.csv");
    fs::write(&offers, csv).unwrap();
    let html = report(&["rank", offers.to_str().unwrap(), "-f", "html"]);
    let page = Html::parse_document(&html);
    let notes: Vec<String> = select(&page, "#heat p.note").iter().map(text).collect();
    assert_eq!(notes, ["The 50 best-ranked of 240 offers are shown."]);
    assert_eq!(select(&page, "#heat table tbody tr").len(), 50);
    // The ranking table still lists every offer; the chart the best fifty.
    assert_eq!(select(&page, "#scores table tbody tr").len(), 240);
    assert!(
        select(&page, "#scores p.note")
            .iter()
            .any(|p| text(p).starts_with("The chart shows the 50 best-ranked of"))
    );
}
