//! Lets calamine read a large xlsx sheet while the sheet scan checks it on another core: its
//! reads of the sheet's compressed bytes wait until the scan has checked them.
//!
//! The scan (see [`super::xlsx_sheet::scan_xlsx_sheet`]) refuses a sheet holding a tag or a
//! run of text too long for calamine's buffers, so it must see every byte calamine unpacks
//! before calamine unpacks it. Both unpack the same compressed bytes: the scan through a
//! [`Counted`] reader that publishes how far it has read, calamine through a [`Gated`] reader
//! that lets it read the sheet's compressed bytes only below the point the scan has checked.
//!
//! Why that bound is safe: when the scan asks its unpacking reader for more text, it has
//! checked all the text that reader gave it before, and that reader had read the compressed
//! bytes only up to the published position. The zip reader keeps at most 8 KiB of read bytes
//! in its buffer, not yet unpacked; [`LAG`] leaves more than that out. So every compressed
//! byte calamine may read has been unpacked by the scan, and whatever calamine unpacks from
//! them is text the scan had already checked, but for the one back-reference the unpacker may
//! hold over (258 bytes at most). Were the scan to stop early, calamine gets a read error at
//! the checked point, and the scan's message is the one reported.

use std::io::{self, Cursor, Read, Seek, SeekFrom};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

/// Compressed bytes left out behind the scan's read position: more than the zip reader's
/// buffer (8 KiB).
const LAG: u64 = 64 << 10;

/// The sheet being scanned: the compressed bytes calamine must wait for, and how far the
/// scan has checked them.
#[derive(Default)]
pub(super) struct Gate {
    state: Mutex<Option<Window>>,
    moved: Condvar,
}

#[derive(Clone, Copy)]
struct Window {
    /// The sheet's compressed bytes in the file: `start..end`.
    start: u64,
    end: u64,
    /// Bytes below this offset are checked.
    checked: u64,
    outcome: Outcome,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Scanning,
    /// The scan read the whole sheet: nothing left to wait for.
    Passed,
    /// The scan stopped: nothing past the checked point may be read.
    Stopped,
}

impl Gate {
    fn lock(&self) -> MutexGuard<'_, Option<Window>> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Holds reads of `start..end` back until the scan has checked them.
    pub(super) fn close(&self, start: u64, end: u64) {
        *self.lock() = Some(Window {
            start,
            end,
            checked: start,
            outcome: Outcome::Scanning,
        });
    }

    /// The scan has checked what lies below `offset`.
    fn checked(&self, offset: u64) {
        let mut state = self.lock();
        if let Some(w) = state.as_mut()
            && offset > w.checked
        {
            w.checked = offset.min(w.end);
            self.moved.notify_all();
        }
    }

    /// The scan is over: everything may be read when it `passed`, else nothing more.
    pub(super) fn finish(&self, passed: bool) {
        if let Some(w) = self.lock().as_mut() {
            w.outcome = if passed {
                Outcome::Passed
            } else {
                Outcome::Stopped
            };
        }
        self.moved.notify_all();
    }

    /// No sheet held back any more.
    pub(super) fn open(&self) {
        *self.lock() = None;
    }

    /// How many of `len` bytes at `pos` may be read now; waits for the scan when none may.
    fn allowed(&self, pos: u64, len: usize) -> io::Result<usize> {
        let mut state = self.lock();
        loop {
            let Some(w) = *state else { return Ok(len) };
            let end = pos.saturating_add(len as u64);
            if end <= w.start || pos >= w.end || w.outcome == Outcome::Passed {
                return Ok(len);
            }
            if pos < w.start {
                return Ok((w.start - pos) as usize);
            }
            if pos < w.checked {
                return Ok(len.min((w.checked - pos) as usize));
            }
            if w.outcome == Outcome::Stopped {
                // not for people: the scan's own message is the one reported
                return Err(io::Error::other("the sheet was refused by its scan"));
            }
            state = self
                .moved
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }
}

/// The file as calamine reads it: a large sheet's compressed bytes only as far as checked.
pub(super) struct Gated<'a> {
    inner: Cursor<&'a [u8]>,
    gate: &'a Gate,
}

impl<'a> Gated<'a> {
    pub(super) fn new(bytes: &'a [u8], gate: &'a Gate) -> Gated<'a> {
        Gated {
            inner: Cursor::new(bytes),
            gate,
        }
    }
}

impl Read for Gated<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.gate.allowed(self.inner.position(), buf.len())?;
        self.inner.read(&mut buf[..n])
    }
}

impl Seek for Gated<'_> {
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        self.inner.seek(pos)
    }
}

/// The file as the scan reads it: each read says how far the reading has gone.
pub(super) struct Counted<'a> {
    inner: Cursor<&'a [u8]>,
    at: &'a AtomicU64,
}

impl<'a> Counted<'a> {
    pub(super) fn new(bytes: &'a [u8], at: &'a AtomicU64) -> Counted<'a> {
        Counted {
            inner: Cursor::new(bytes),
            at,
        }
    }
}

impl Read for Counted<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.at.store(self.inner.position(), Ordering::Relaxed);
        Ok(n)
    }
}

impl Seek for Counted<'_> {
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        let at = self.inner.seek(pos)?;
        self.at.store(at, Ordering::Relaxed);
        Ok(at)
    }
}

/// The scan's unpacked text: before each read, everything read before is checked, so the
/// gate opens up to the compressed bytes read by then, less [`LAG`].
pub(super) struct Checking<'a, R> {
    pub(super) inner: R,
    /// How far the archive's reader has read, and the gate to open as far as that allows.
    pub(super) gate: Option<(&'a AtomicU64, &'a Gate)>,
}

impl<R: Read> Read for Checking<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if let Some((at, gate)) = self.gate {
            gate.checked(at.load(Ordering::Relaxed).saturating_sub(LAG));
        }
        self.inner.read(buf)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_outside_the_window_pass_and_inside_wait_for_the_scan() {
        let gate = Gate::default();
        gate.close(100, 200);
        // Before the window: up to its start.
        assert_eq!(gate.allowed(0, 50).unwrap(), 50);
        assert_eq!(gate.allowed(90, 50).unwrap(), 10);
        // After it: free.
        assert_eq!(gate.allowed(200, 50).unwrap(), 50);
        // Inside: as far as checked.
        gate.checked(150);
        assert_eq!(gate.allowed(120, 50).unwrap(), 30);
        // A scan that stopped: nothing past the checked point.
        gate.finish(false);
        assert!(gate.allowed(150, 10).is_err());
        assert_eq!(gate.allowed(140, 20).unwrap(), 10);
        gate.open();
        assert_eq!(gate.allowed(150, 10).unwrap(), 10);
    }

    #[test]
    fn a_read_waits_until_the_scan_moves_on() {
        let gate = Gate::default();
        gate.close(0, 1_000);
        std::thread::scope(|s| {
            let reader = s.spawn(|| gate.allowed(0, 100));
            std::thread::sleep(std::time::Duration::from_millis(20));
            gate.checked(40);
            assert_eq!(reader.join().unwrap().unwrap(), 40);
            let reader = s.spawn(|| gate.allowed(40, 100));
            gate.finish(true);
            assert_eq!(reader.join().unwrap().unwrap(), 100);
        });
    }
}
