//! Inputs that attack the run as a whole, not one file: many files each within the caps, a
//! shared string referenced by every cell, a device, pipes. Each must end with a clean exit
//! and a clear message, within the run's memory budget (the child's peak resident memory is
//! measured, Linux only), and a failed run leaves an existing `-o` byte for byte as it was.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// How a run of the binary ended.
struct Run {
    /// The exit status; `None` when a signal ended it.
    code: Option<i32>,
    /// Peak resident memory, in MiB.
    peak_mib: u64,
    took: Duration,
    stdout: String,
    stderr: String,
}

/// The high-water mark of a running process's resident memory, in KiB (Linux).
fn high_water_kib(pid: libc::pid_t) -> Option<u64> {
    let status = fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Runs `offerlens ARGS`, killed after `limit`, and measures its peak memory.
fn run(args: &[&str], dir: &Path, limit: Duration) -> Run {
    let out_path = dir.join("stdout.txt");
    let err_path = dir.join("stderr.txt");
    let started = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_offerlens"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(fs::File::create(&out_path).unwrap())
        .stderr(fs::File::create(&err_path).unwrap())
        .spawn()
        .unwrap();
    let pid = child.id() as libc::pid_t;
    let done = Arc::new(AtomicBool::new(false));
    let watchdog = {
        let done = Arc::clone(&done);
        std::thread::spawn(move || {
            let step = Duration::from_millis(50);
            let mut waited = Duration::ZERO;
            while waited < limit {
                if done.load(Ordering::SeqCst) {
                    return;
                }
                std::thread::sleep(step);
                waited += step;
            }
            if !done.load(Ordering::SeqCst) {
                // SAFETY: kill(2) on the child's pid, which is not reaped before `done` is set.
                unsafe { libc::kill(pid, libc::SIGKILL) };
            }
        })
    };
    // The peak is read from /proc while the child runs (VmHWM, its high-water mark since it
    // started this program): wait4's ru_maxrss would also count the test process's memory,
    // which the child shares between fork and exec.
    let mut status: libc::c_int = 0;
    let mut peak_kib: u64 = 0;
    loop {
        if let Some(kib) = high_water_kib(pid) {
            peak_kib = peak_kib.max(kib);
        }
        // SAFETY: waitpid on our own child, with a valid pointer to a local.
        let reaped = unsafe { libc::waitpid(pid, &mut status, libc::WNOHANG) };
        if reaped == pid {
            break;
        }
        assert!(reaped == 0, "waitpid failed");
        std::thread::sleep(Duration::from_millis(5));
    }
    done.store(true, Ordering::SeqCst);
    watchdog.join().unwrap();
    // The child is reaped; dropping the handle does not wait again.
    drop(child);
    let code = libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status));
    Run {
        code,
        peak_mib: peak_kib.div_ceil(1024),
        took: started.elapsed(),
        stdout: fs::read_to_string(&out_path).unwrap_or_default(),
        stderr: fs::read_to_string(&err_path).unwrap_or_default(),
    }
}

/// The sample's rows, repeated under fresh vendor names: an offers CSV of `rows` rows.
fn offers_csv(rows: usize, tag: &str) -> String {
    let sample = fs::read_to_string("samples/agencies.csv").unwrap();
    let mut lines = sample.lines();
    let header = lines.next().unwrap();
    let body: Vec<&str> = lines.collect();
    let mut out = String::with_capacity(rows * 400);
    out.push_str(header);
    out.push('\n');
    for i in 0..rows {
        let line = body[i % body.len()];
        let (name, rest) = line.split_once(';').unwrap();
        out.push_str(&format!("{name} {tag}-{i};{rest}\n"));
    }
    out
}

/// A workbook whose one long shared string (32 000 characters) fills two cells of every row.
fn amplifier_xlsx(rows: usize) -> Vec<u8> {
    let big = "x".repeat(32_000);
    let mut sheet = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>"#,
    );
    for r in 2..rows + 2 {
        sheet.push_str(&format!(
            r#"<row r="{r}"><c r="A{r}" t="s"><v>2</v></c><c r="B{r}" t="s"><v>2</v></c></row>"#
        ));
    }
    sheet.push_str("</sheetData></worksheet>");
    let sst = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3"><si><t>Agencja</t></si><si><t>Zakres prac</t></si><si><t>{big}</t></si></sst>"#
    );
    let parts: [(&str, String); 6] = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#.into(),
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.into(),
        ),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Oferty" sheetId="1" r:id="rId1"/></sheets></workbook>"#.into(),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#.into(),
        ),
        ("xl/sharedStrings.xml", sst),
        ("xl/worksheets/sheet1.xml", sheet),
    ];
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in parts {
        zip.start_file(name, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// An existing output file from an earlier, good run.
fn good_output(dir: &Path, name: &str) -> (PathBuf, Vec<u8>) {
    let path = dir.join(name);
    let ran = run(
        &["rank", "samples/agencies.csv", "-o", path.to_str().unwrap()],
        dir,
        Duration::from_secs(60),
    );
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    let bytes = fs::read(&path).unwrap();
    assert!(!bytes.is_empty());
    (path, bytes)
}

#[test]
fn a_run_whose_input_cannot_be_read_leaves_the_output_file_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["good.xlsx", "good.json", "good.csv", "good.md"] {
        let (path, before) = good_output(dir.path(), name);
        // A typo in the input: exit 2, and the good file stays byte for byte.
        let ran = run(
            &["rank", "samples/agenices.csv", "-o", path.to_str().unwrap()],
            dir.path(),
            Duration::from_secs(60),
        );
        assert_eq!(ran.code, Some(2), "{name}: {}", ran.stderr);
        assert_eq!(fs::read(&path).unwrap(), before, "{name} was changed");
        assert!(
            ran.stderr.contains("samples/agenices.csv")
                && ran.stderr.contains("nothing written")
                && ran.stderr.contains("is left as it was"),
            "{name}: {}",
            ran.stderr
        );
    }
}

#[test]
fn a_folder_of_files_each_within_the_caps_stops_at_the_run_budget() {
    let dir = tempfile::tempdir().unwrap();
    let offers = dir.path().join("oferty");
    fs::create_dir(&offers).unwrap();
    for k in 0..4 {
        fs::write(
            offers.join(format!("f{k}.csv")),
            offers_csv(6_000, &k.to_string()),
        )
        .unwrap();
    }
    let (out, before) = good_output(dir.path(), "ranking.json");
    let ran = run(
        &[
            "rank",
            offers.to_str().unwrap(),
            "--max-memory-mb",
            "64",
            "-o",
            out.to_str().unwrap(),
        ],
        dir.path(),
        Duration::from_secs(60),
    );
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(
        ran.stderr.contains("memory budget of 64 MB") && ran.stderr.contains("--max-memory-mb"),
        "{}",
        ran.stderr
    );
    assert!(
        ran.stderr.contains("oferty/f"),
        "names the file: {}",
        ran.stderr
    );
    assert_eq!(fs::read(&out).unwrap(), before);
    assert!(ran.stdout.is_empty(), "a stopped run prints no ranking");
    assert!(ran.peak_mib < 64 + 160, "peak {} MiB", ran.peak_mib);
    // The check lists what was read and what was not, with the same exit status.
    let checked = run(
        &["check", offers.to_str().unwrap(), "--max-memory-mb", "64"],
        dir.path(),
        Duration::from_secs(60),
    );
    assert_eq!(checked.code, Some(2));
    assert!(
        checked
            .stdout
            .contains("not read: the run's memory budget of 64 MB"),
        "{}",
        checked.stdout
    );
}

#[test]
fn a_shared_string_in_every_cell_is_charged_each_time_it_is_used() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("amplifier.xlsx");
    // 12 000 rows × 2 cells × 32 000 characters would be 768 MB of text from a 100 KB file.
    let bytes = amplifier_xlsx(12_000);
    assert!(bytes.len() < 400_000, "{} bytes", bytes.len());
    fs::write(&path, bytes).unwrap();
    let (out, before) = good_output(dir.path(), "ranking.xlsx");
    let ran = run(
        &[
            "rank",
            path.to_str().unwrap(),
            "--max-memory-mb",
            "64",
            "-o",
            out.to_str().unwrap(),
        ],
        dir.path(),
        // A debug build on a busy machine; the release build takes about 3 s on 39 000 rows.
        Duration::from_secs(60),
    );
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(
        ran.stderr.contains("amplifier.xlsx:Oferty") && ran.stderr.contains("--max-memory-mb"),
        "{}",
        ran.stderr
    );
    assert_eq!(fs::read(&out).unwrap(), before);
    assert!(ran.peak_mib < 64 + 160, "peak {} MiB", ran.peak_mib);
}

#[test]
fn a_device_is_refused_without_being_read() {
    let dir = tempfile::tempdir().unwrap();
    let ran = run(
        &["check", "/dev/zero", "--max-file-mb", "1"],
        dir.path(),
        Duration::from_secs(20),
    );
    assert_eq!(ran.code, Some(2));
    assert!(ran.took < Duration::from_secs(20));
    assert!(
        ran.stdout
            .contains("/dev/zero: not a regular file (a device)"),
        "{}",
        ran.stdout
    );
    assert!(ran.peak_mib < 100, "peak {} MiB", ran.peak_mib);
}

#[test]
fn a_named_pipe_is_refused_with_or_without_a_writer() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("oferty.csv");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: mkfifo with a valid C string path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    // No writer: opening it would block for ever.
    let ran = run(
        &["check", fifo.to_str().unwrap()],
        dir.path(),
        Duration::from_secs(20),
    );
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(
        ran.stdout.contains("not a regular file (a named pipe)"),
        "{}",
        ran.stdout
    );
    // The pipe in a folder is named too, not silently skipped; the real file beside it is read.
    fs::copy("samples/agencies.csv", dir.path().join("agencies.csv")).unwrap();
    let ran = run(
        &["check", dir.path().to_str().unwrap()],
        dir.path(),
        Duration::from_secs(20),
    );
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(
        ran.stdout
            .contains("oferty.csv: not a regular file (a named pipe): skipped"),
        "{}",
        ran.stdout
    );
    assert!(ran.stdout.contains("7 offers"), "{}", ran.stdout);
}

#[test]
fn a_link_that_loops_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.csv"), dir.path().join("b.csv"));
    std::os::unix::fs::symlink(&b, &a).unwrap();
    std::os::unix::fs::symlink(&a, &b).unwrap();
    let ran = run(
        &["check", dir.path().to_str().unwrap()],
        dir.path(),
        Duration::from_secs(20),
    );
    assert_eq!(ran.code, Some(2));
    assert!(
        ran.stdout
            .contains("a.csv: cannot read file (a link that loops"),
        "{}",
        ran.stdout
    );
}

#[test]
fn calamine_reading_a_large_sheet_beside_its_scan_never_holds_an_over_long_run() {
    // A sheet large enough to be scanned on another core while calamine reads it, ending in a
    // cell of 260 MB of spaces (within the unpacked-size and ratio caps). calamine would hold
    // the whole run in memory; it waits for the scan, which refuses the run at 4 MB.
    use crate::workbooks::{SHEET_START, deflate_spaces, filler_rows, xlsx_with_crafted_sheet};
    let dir = tempfile::tempdir().unwrap();
    let prefix = format!(
        r#"{SHEET_START}<sheetData>{}<row r="40000"><c r="A40000" t="inlineStr"><is><t>"#,
        filler_rows(35_000)
    );
    let (sheet, size) = deflate_spaces(
        prefix.as_bytes(),
        1_000_000,
        b"</t></is></c></row></sheetData></worksheet>",
    );
    assert!(
        size > 200 << 20 && size / (sheet.len() as u64) < 200,
        "{size} {}",
        sheet.len()
    );
    let path = dir.path().join("oferty.xlsx");
    fs::write(&path, xlsx_with_crafted_sheet(sheet, size, 0)).unwrap();
    let ran = run(
        &["check", path.to_str().unwrap()],
        dir.path(),
        Duration::from_secs(60),
    );
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(
        ran.stdout
            .contains("a tag or a run of text longer than 4 MB"),
        "{}",
        ran.stdout
    );
    assert!(ran.peak_mib < 100, "peak {} MiB", ran.peak_mib);
}
