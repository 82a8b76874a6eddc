//! The terminal itself: whether there is one, taking it over (raw mode, alternate screen,
//! mouse, paste) and giving it back on every way out, including panics and signals.

use std::io::{self, IsTerminal, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use crate::import;

/// Whether an interactive screen can be shown here.
pub(crate) fn has_terminal() -> bool {
    io::stdout().is_terminal() && io::stdin().is_terminal()
}

/// Whether colors are off (<https://no-color.org>: any non-empty NO_COLOR).
pub(crate) fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// A flag raised by SIGTERM, SIGHUP or SIGQUIT (`kill`, a closed terminal window), so that the
/// loop ends and the terminal is restored instead of the process dying in raw mode.
///
/// A watchdog ends the process if the loop has not ended a second after the signal: when the
/// terminal is gone (a closed window or ssh session), reading it returns end-of-file forever and
/// the terminal library's wait for a key never returns, spinning a core. The watchdog restores
/// what is left of the terminal and exits with 128 + the signal's number.
pub(super) fn stop_on_signals() -> Arc<AtomicBool> {
    let stop = Arc::new(AtomicBool::new(false));
    #[cfg(unix)]
    {
        let received = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        for signal in [
            signal_hook::consts::SIGTERM,
            signal_hook::consts::SIGHUP,
            signal_hook::consts::SIGQUIT,
        ] {
            let _ = signal_hook::flag::register(signal, Arc::clone(&stop));
            let _ = signal_hook::flag::register_usize(
                signal,
                Arc::clone(&received),
                usize::try_from(signal).unwrap_or(1),
            );
        }
        let _ = std::thread::Builder::new()
            .name("signal-watchdog".into())
            .spawn(move || {
                loop {
                    std::thread::sleep(std::time::Duration::from_millis(100));
                    let signal = received.load(Ordering::SeqCst);
                    if signal != 0 {
                        std::thread::sleep(std::time::Duration::from_secs(1));
                        restore();
                        std::process::exit(128 + i32::try_from(signal).unwrap_or(0));
                    }
                }
            });
    }
    stop
}

/// Restores the terminal when dropped.
pub(super) struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        restore();
    }
}

/// Whether the screen is taken over; makes `restore` run once. Leaving the alternate screen
/// twice would move the cursor back to where the program started and overwrite what a panic
/// printed.
static ACTIVE: AtomicBool = AtomicBool::new(false);

pub(super) fn enter() -> io::Result<Terminal<CrosstermBackend<io::Stdout>>> {
    ACTIVE.store(true, Ordering::SeqCst);
    enable_raw_mode()?;
    if let Err(e) = execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste
    ) {
        restore();
        return Err(e);
    }
    match Terminal::new(CrosstermBackend::new(io::stdout())) {
        Ok(t) => Ok(t),
        Err(e) => {
            restore();
            Err(e)
        }
    }
}

/// Leaves the alternate screen and raw mode; safe to call more than once.
fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let _ = disable_raw_mode();
    let mut out = io::stdout();
    let _ = execute!(
        out,
        DisableBracketedPaste,
        DisableMouseCapture,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
    let _ = out.flush();
}

/// Restores the terminal before a panic message is printed.
pub(super) fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // A panic caught inside a file reader (during a reload) is that file's error message,
        // not the end of the screen.
        if !import::panic_is_caught() {
            restore();
        }
        previous(info);
    }));
}
