//! The HTML report in a real browser: headless Chromium renders the samples' report to a PNG
//! (not blank), prints it to PDF on A4 (a sensible number of pages) and lays it out 390 pixels
//! wide, as a phone does, without a sideways scroll. `.ci/run` installs Chromium; outside CI a
//! machine without it skips these tests, on CI a missing Chromium fails them.

use std::path::Path;
use std::process::Command;

use crate::common::{installed, offerlens};

/// The Chromium on this machine; `None` when there is none outside CI.
fn chromium() -> Option<&'static str> {
    installed(
        &["chromium", "chromium-browser", "google-chrome"],
        "Chromium",
    )
}

/// Runs headless Chromium with `args` on `page`, in its own profile folder under `dir`.
fn headless(browser: &str, dir: &Path, args: &[&str], page: &Path) -> String {
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("Chromium runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn samples_report(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("report.html");
    let out = offerlens()
        .args(["rank", "samples/agencies.csv", "-o"])
        .arg(&path)
        .env("SOURCE_DATE_EPOCH", "1795336200")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    path
}

#[test]
fn the_report_renders_to_a_picture_that_is_not_blank() {
    let Some(browser) = chromium() else { return };
    let dir = tempfile::tempdir().unwrap();
    let page = samples_report(dir.path());
    let png = dir.path().join("report.png");
    headless(
        browser,
        dir.path(),
        &[
            "--window-size=1000,1400",
            &format!("--screenshot={}", png.display()),
        ],
        &page,
    );
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&png).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut pixels).unwrap();
    assert_eq!((info.width, info.height), (1000, 1400));
    let channels = info.line_size / info.width as usize;
    let dark = pixels
        .chunks(channels)
        .filter(|p| p.iter().take(3).map(|&c| u32::from(c)).sum::<u32>() < 3 * 160)
        .count();
    let share = dark as f64 / f64::from(info.width * info.height);
    // Text and bars: a few percent of the page is dark, far from none and far from all.
    assert!((0.01..0.5).contains(&share), "dark share {share}");
}

#[test]
fn the_report_prints_on_a4_pages() {
    let Some(browser) = chromium() else { return };
    let dir = tempfile::tempdir().unwrap();
    let page = samples_report(dir.path());
    let pdf = dir.path().join("report.pdf");
    headless(
        browser,
        dir.path(),
        &[
            "--no-pdf-header-footer",
            &format!("--print-to-pdf={}", pdf.display()),
        ],
        &page,
    );
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    let text = String::from_utf8_lossy(&bytes);
    let pages = text.matches("/Type /Page\n").count()
        + text.matches("/Type /Page/").count()
        + text.matches("/Type /Page ").count()
        + text.matches("/Type /Page>").count();
    // A section a page for the charts: between five and a dozen pages for seven offers.
    assert!((5..=12).contains(&pages), "{pages} pages");
    // A4: 595 × 842 points.
    assert!(
        text.contains("/MediaBox [0 0 594.95996 841.91998]") || text.contains("/MediaBox [0 0 595"),
        "not A4"
    );
}

#[test]
fn on_a_phone_the_report_needs_no_sideways_scroll() {
    let Some(browser) = chromium() else { return };
    let dir = tempfile::tempdir().unwrap();
    let report = std::fs::read_to_string(samples_report(dir.path())).unwrap();
    // The report, unchanged, in a frame 390 pixels wide; a script of the test's own measures
    // how wide the laid-out page is against the room it has.
    let escaped = report
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    let wrapper = format!(
        concat!(
            "<!DOCTYPE html><html><head><title>-</title></head><body style=\"margin:0\">",
            "<iframe id=\"f\" style=\"width:390px;height:844px;border:0\" srcdoc=\"{}\"></iframe>",
            "<script>var f=document.getElementById('f');f.onload=function(){{",
            "var d=f.contentDocument.documentElement;",
            "document.title='W'+d.scrollWidth+'/'+d.clientWidth;}};</script></body></html>"
        ),
        escaped
    );
    let page = dir.path().join("phone.html");
    std::fs::write(&page, wrapper).unwrap();
    let dom = headless(
        browser,
        dir.path(),
        &[
            "--window-size=800,900",
            "--virtual-time-budget=5000",
            "--dump-dom",
        ],
        &page,
    );
    let title = dom
        .split("<title>")
        .nth(1)
        .and_then(|t| t.split("</title>").next())
        .unwrap_or_default();
    let (scroll, room) = title
        .strip_prefix('W')
        .and_then(|t| t.split_once('/'))
        .map(|(s, r)| (s.parse::<u32>().unwrap(), r.parse::<u32>().unwrap()))
        .unwrap_or_else(|| panic!("not measured: {title:?}"));
    assert!(room > 300 && room <= 390, "{room}");
    assert!(scroll <= room, "the page is {scroll} px wide in {room} px");
}
