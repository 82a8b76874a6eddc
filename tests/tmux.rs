//! End to end: the real binary in a real terminal (tmux), driven by keys as a user would:
//! open a sample, tune a weight until the leader changes, save, quit, and read the file back;
//! and the criteria file edited from "another window" while the screen runs.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// One tmux server of our own (its own socket), killed when dropped.
struct Tmux {
    socket: String,
}

impl Tmux {
    /// Starts `command` in a detached session of `width`×`height`, or `None` when tmux is
    /// missing outside CI (`.ci/run` installs it; on CI a missing tmux fails the test).
    fn start(name: &str, command: &str, width: u16, height: u16) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            assert!(
                std::env::var_os("CI").is_none(),
                "tmux is needed for the end-to-end test (.ci/run installs it)"
            );
            eprintln!("skipping the tmux end-to-end test: tmux is not installed");
            return None;
        }
        let socket = format!("offerlens-{name}-{}", std::process::id());
        let status = Command::new("tmux")
            .args(["-L", &socket, "-f", "/dev/null", "new-session", "-d"])
            .args(["-x", &width.to_string(), "-y", &height.to_string()])
            .args(["-c", env!("CARGO_MANIFEST_DIR")])
            .arg(command)
            .env_remove("NO_COLOR")
            .status()
            .expect("tmux runs");
        assert!(status.success(), "tmux new-session failed");
        Some(Tmux { socket })
    }

    fn tmux(&self, args: &[&str]) -> std::process::Output {
        Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .output()
            .expect("tmux runs")
    }

    fn keys(&self, keys: &[&str]) {
        for k in keys {
            self.tmux(&["send-keys", "-t", "0", k]);
        }
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p", "-t", "0"]).stdout).into_owned()
    }

    /// Waits until the screen shows `text`; fails with the screen when it does not.
    fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "waited for {text:?}; the screen shows:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn running(&self) -> bool {
        self.tmux(&["has-session"]).status.success()
    }

    fn wait_until_ended(&self) {
        let start = Instant::now();
        while self.running() {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "the program did not quit; the screen shows:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.tmux(&["kill-server"]);
    }
}

fn command(criteria: &Path) -> String {
    format!(
        "{} tui samples/agencies.csv -c '{}'",
        env!("CARGO_BIN_EXE_offerlens"),
        criteria.display()
    )
}

/// A copy of a built-in profile in a fresh folder.
fn criteria_copy(profile: &str) -> (tempfile::TempDir, PathBuf, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("criteria.toml");
    let text = std::fs::read_to_string(format!(
        "{}/criteria/{profile}.toml",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    std::fs::write(&path, &text).unwrap();
    (dir, path, text)
}

/// The first ranked vendor on the screen.
fn leader(screen: &str) -> String {
    screen
        .lines()
        .find_map(|l| l.strip_prefix("│1 "))
        .map(|rest| {
            rest.trim_start_matches(|c: char| {
                c == ' ' || c == '▲' || c == '▼' || c.is_ascii_digit()
            })
            .trim()
            .to_string()
        })
        .unwrap_or_default()
}

#[test]
fn tune_a_weight_until_the_leader_changes_save_quit_and_find_the_comments_kept() {
    let (_dir, path, original) = criteria_copy("info-site");
    let Some(t) = Tmux::start("tune", &command(&path), 100, 30) else {
        return;
    };
    let screen = t.wait_for("Ranking · 7 offers");
    assert!(leader(&screen).starts_with("WebOpieka"), "{screen}");

    // Weights pane, down to "Price indexation": Pixel Serwis's price is fixed, WebOpieka's
    // follows inflation.
    t.keys(&["Tab"]);
    t.wait_for("Weights · 49 criteria");
    let mut found = false;
    for _ in 0..55 {
        if t.screen().contains("price_indexation: choice") {
            found = true;
            break;
        }
        t.keys(&["j"]);
        std::thread::sleep(Duration::from_millis(30));
    }
    assert!(found, "price_indexation not reached:\n{}", t.screen());

    // Raise it until the leader changes: eleven presses.
    for _ in 0..10 {
        t.keys(&["+"]);
    }
    let screen = t.wait_for("weight 10 → 11");
    assert!(leader(&screen).starts_with("WebOpieka"), "{screen}");
    t.keys(&["+"]);
    let screen = t.wait_for("new leader: Pixel Serwis");
    assert!(leader(&screen).starts_with("Pixel Serwis"), "{screen}");
    assert!(
        screen.contains("▲1"),
        "the row that moved is marked:\n{screen}"
    );
    assert!(screen.contains("● unsaved"), "{screen}");

    t.keys(&["s"]);
    let screen = t.wait_for("Saved the weights to");
    assert!(!screen.contains("● unsaved"), "{screen}");
    t.keys(&["q"]);
    t.wait_until_ended();

    // On disk: the new weight, every comment and every other line as it was.
    let saved = std::fs::read_to_string(&path).unwrap();
    let changed: Vec<(&str, &str)> = original
        .lines()
        .zip(saved.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(original.lines().count(), saved.lines().count());
    assert_eq!(changed, vec![("weight = 1", "weight = 12")]);
    let backup = std::fs::read_to_string(path.with_extension("toml.bak")).unwrap();
    assert_eq!(backup, original, "the previous version is kept as .bak");
}

#[test]
fn edits_made_in_another_window_are_picked_up_and_a_bad_edit_keeps_the_last_good_state() {
    let (dir, path, original) = criteria_copy("info-site");
    let Some(t) = Tmux::start("reload", &command(&path), 100, 30) else {
        return;
    };
    let screen = t.wait_for("Ranking · 7 offers");
    assert!(leader(&screen).starts_with("WebOpieka"), "{screen}");
    t.keys(&["Down"]); // select the second offer: the selection must survive reloads
    t.wait_for("Details · Pixel Serwis");

    // An editor writes a new file and renames it over the old one.
    let edited = original.replacen(
        "weight = 1\nchoices = { fixed",
        "weight = 12\nchoices = { fixed",
        1,
    );
    assert_ne!(edited, original);
    let tmp = dir.path().join(".criteria.toml.swp");
    std::fs::write(&tmp, &edited).unwrap();
    std::fs::rename(&tmp, &path).unwrap();
    let screen = t.wait_for("reloaded and re-ranked");
    assert!(leader(&screen).starts_with("Pixel Serwis"), "{screen}");
    assert!(screen.contains("Details · Pixel Serwis"), "{screen}");

    // A broken edit: the error with its place, the last good ranking stays.
    std::fs::write(
        &path,
        edited.replacen("weight = 12\n", "weight = = 12\n", 1),
    )
    .unwrap();
    let screen = t.wait_for("criteria file has errors");
    assert!(screen.contains("criteria.toml:"), "{screen}");
    assert!(leader(&screen).starts_with("Pixel Serwis"), "{screen}");

    // Fixed again: back to normal.
    std::fs::write(&path, &original).unwrap();
    let screen = t.wait_for("reloaded and re-ranked");
    assert!(leader(&screen).starts_with("WebOpieka"), "{screen}");
    t.keys(&["q"]);
    t.wait_until_ended();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), original);
}

#[test]
fn a_terminal_too_small_says_so_and_quits_cleanly() {
    let (_dir, path, _) = criteria_copy("sme");
    let Some(t) = Tmux::start("small", &command(&path), 50, 12) else {
        return;
    };
    t.wait_for("Terminal too small");
    t.keys(&["q"]);
    t.wait_until_ended();
}

#[test]
fn killed_with_sigterm_it_gives_the_terminal_back() {
    let (_dir, path, _) = criteria_copy("sme");
    // The shell stays after the program ends, so the pane's state can be read.
    let cmd = format!("{}; echo ENDED; sleep 30", command(&path));
    let Some(t) = Tmux::start("term", &cmd, 100, 30) else {
        return;
    };
    t.wait_for("Ranking · 7 offers");
    let format = |f: &str| {
        String::from_utf8_lossy(&t.tmux(&["display-message", "-p", "-t", "0", f]).stdout)
            .trim()
            .to_string()
    };
    assert_eq!(format("#{alternate_on}"), "1");
    let shell = format("#{pane_pid}");
    // The program is the shell's child (read from /proc: no procps needed).
    let pid = child_of(&shell).expect("offerlens runs under the shell");
    let killed = Command::new("sh")
        .args(["-c", &format!("kill -TERM {pid}")])
        .status()
        .unwrap();
    assert!(killed.success());
    t.wait_for("ENDED");
    assert_eq!(format("#{alternate_on}"), "0", "left the alternate screen");
    assert_eq!(format("#{mouse_any_flag}"), "0", "mouse reporting off");
}

/// A child process of `parent`, from /proc: every process's stat names its parent.
fn child_of(parent: &str) -> Option<String> {
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        // "pid (comm) state ppid …": the command may hold spaces, so split after the ')'.
        let ppid = stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.split_whitespace().nth(1));
        if ppid == Some(parent) {
            return Some(name);
        }
    }
    None
}

#[test]
fn a_closed_terminal_ends_the_program_instead_of_spinning() {
    let (_dir, path, _) = criteria_copy("sme");
    let Some(t) = Tmux::start("hangup", &command(&path), 100, 30) else {
        return;
    };
    t.wait_for("Ranking · 7 offers");
    let pane = String::from_utf8_lossy(
        &t.tmux(&["display-message", "-p", "-t", "0", "#{pane_pid}"])
            .stdout,
    )
    .trim()
    .to_string();
    // The window goes away with the program still in it, as when an ssh session drops.
    t.tmux(&["kill-server"]);
    let gone = (0..50).any(|_| {
        std::thread::sleep(Duration::from_millis(100));
        !std::path::Path::new(&format!("/proc/{pane}")).exists()
            || std::fs::read_to_string(format!("/proc/{pane}/stat")).is_ok_and(|s| {
                s.rsplit_once(')')
                    .is_some_and(|(_, r)| r.trim_start().starts_with('Z'))
            })
    });
    assert!(
        gone,
        "offerlens (pid {pane}) still runs after its terminal closed"
    );
}

/// `a` on an offer lists what to ask its vendor, most points first; `c` puts the e-mail into
/// tmux's paste buffer (with tmux's default settings), and where the terminal cannot take it,
/// into a new file.
#[test]
fn a_shows_the_questions_to_a_vendor_and_c_copies_the_e_mail() {
    let samples = format!("{}/samples/agencies.csv", env!("CARGO_MANIFEST_DIR"));
    let bin = env!("CARGO_BIN_EXE_offerlens");
    let Some(t) = Tmux::start("ask", &format!("{bin} tui '{samples}'"), 120, 40) else {
        return;
    };
    t.wait_for("Ranking · 7 offers");
    // The last offer: Webmaster24, knocked out for no SLA.
    t.keys(&["G", "a"]);
    let screen = t.wait_for("What to ask Webmaster24");
    assert!(screen.contains("1. red flag · 38.0 pts"), "{screen}");
    assert!(
        screen.contains("Please send the SLA matrix for priorities P1–P4"),
        "{screen}"
    );
    t.keys(&["c"]);
    t.wait_for("the questions to Webmaster24 are in tmux's paste buffer");
    let buffer = String::from_utf8_lossy(&t.tmux(&["show-buffer"]).stdout).into_owned();
    assert!(
        buffer.starts_with("Subject: Questions about your offer (Webmaster24)\n\nGood morning,"),
        "{buffer}"
    );
    assert!(!buffer.contains("pts"), "{buffer}");
    // An offer with nothing to ask says so. (A key right after Esc would read as Alt-key.)
    t.keys(&["Escape"]);
    std::thread::sleep(Duration::from_millis(300));
    t.keys(&["g", "a"]);
    t.wait_for("Nothing to clarify");
    t.keys(&["Escape"]);
    std::thread::sleep(Duration::from_millis(300));
    t.keys(&["q"]);
    t.wait_until_ended();

    // A terminal that cannot take OSC 52: the e-mail goes to a new file, never over one.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("offerlens-questions-webmaster24.txt"),
        "mine",
    )
    .unwrap();
    let plain = format!(
        "cd '{}' && env -u TMUX TERM=xterm-256color {bin} tui '{samples}' --lang pl",
        dir.path().display()
    );
    let Some(t) = Tmux::start("ask-file", &plain, 120, 40) else {
        return;
    };
    t.wait_for("Ranking · 7");
    t.keys(&["G", "a"]);
    t.wait_for("O co zapytać: Webmaster24");
    t.keys(&["c"]);
    t.wait_for("offerlens-questions-webmaster24-2.txt");
    let saved =
        std::fs::read_to_string(dir.path().join("offerlens-questions-webmaster24-2.txt")).unwrap();
    assert!(
        saved.starts_with("Temat: Pytania do oferty (Webmaster24)"),
        "{saved}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("offerlens-questions-webmaster24.txt")).unwrap(),
        "mine"
    );
    t.keys(&["Escape"]);
    std::thread::sleep(Duration::from_millis(300));
    t.keys(&["q"]);
    t.wait_until_ended();
}
