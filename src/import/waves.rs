//! Reading the files of a folder on every core, with exactly the outcome of reading them one
//! after the other, memory budget included.
//!
//! Files are read in waves of a few at a time. Each file of a wave gets an equal share of
//! what is left of the run's budget, so that the wave together stays within it. A file that
//! reads within its share reads the same as it would have alone (the budget only ever stops a
//! read); its use is then charged to the run's budget in order. The first file that runs out
//! of its share is read again, alone, with the whole of what is left, as the sequential run
//! would; the files after it wait for the next wave.

use std::path::PathBuf;

use rayon::prelude::*;

use super::{Budget, Limits, Loaded, display, load_file};

/// Files read at once per thread.
const PER_THREAD: usize = 2;

/// Reads `files` in order into `loaded`, charging `budget`; once it is spent, the rest go
/// into `skipped`.
pub(super) fn read_files(
    files: &[PathBuf],
    limits: &Limits,
    budget: &mut Budget,
    loaded: &mut Loaded,
    skipped: &mut Vec<String>,
) {
    let at_once = rayon::current_num_threads().max(1) * PER_THREAD;
    let mut next = 0;
    while next < files.len() {
        if budget.is_spent() {
            skipped.extend(files[next..].iter().map(|p| display(p)));
            return;
        }
        let end = files.len().min(next + at_once);
        let wave = &files[next..end];
        if wave.len() > 1 {
            let share = budget.left / wave.len() as u64;
            let reads: Vec<_> = wave
                .par_iter()
                .map(|p| {
                    let mut own = Budget::new(share);
                    let read = load_file(p, limits, &mut own);
                    (read, own)
                })
                .collect();
            for (read, own) in reads {
                // Within its share it read as it would have alone: charge what it used.
                if own.is_spent() || !budget.take(share - own.left) {
                    break;
                }
                read.keep(loaded);
                next += 1;
            }
            if next == end {
                continue;
            }
        }
        // The first file of the wave that needed more than its share, or a wave of one.
        load_file(&files[next], limits, budget).keep(loaded);
        next += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One after the other, as the run read files before waves.
    fn one_by_one(
        files: &[PathBuf],
        limits: &Limits,
        budget: &mut Budget,
    ) -> (Loaded, Vec<String>) {
        let mut loaded = Loaded::default();
        let mut skipped = Vec::new();
        for p in files {
            if budget.is_spent() {
                skipped.push(display(p));
            } else {
                load_file(p, limits, budget).keep(&mut loaded);
            }
        }
        (loaded, skipped)
    }

    #[test]
    fn waves_read_as_one_file_after_the_other_whatever_the_budget() {
        let dir = tempfile::tempdir().unwrap();
        let mut files = Vec::new();
        for k in 0..9 {
            let path = dir.path().join(format!("f{k}.csv"));
            let mut text = String::from("Agencja;Abonament\n");
            for r in 0..(k * 150 + 10) {
                text.push_str(&format!("Agencja {k}-{r};{} zł\n", 1000 + r));
            }
            if k == 4 {
                text = "\u{0}\u{0}binary".to_string();
            }
            std::fs::write(&path, text).unwrap();
            files.push(path);
        }
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(3)
            .build()
            .unwrap();
        let limits = Limits::default();
        let mut stopped_midway = 0;
        // From plenty down to a budget that runs out on the first file.
        for total in [100 << 20, 2 << 20, 600_000, 300_000, 150_000, 60_000, 5_000] {
            let mut alone = Budget::new(total);
            let (expected, expected_skipped) = one_by_one(&files, &limits, &mut alone);
            let mut budget = Budget::new(total);
            let mut loaded = Loaded::default();
            let mut skipped = Vec::new();
            pool.install(|| read_files(&files, &limits, &mut budget, &mut loaded, &mut skipped));
            assert_eq!(budget, alone, "budget {total}");
            assert_eq!(loaded.tables, expected.tables, "budget {total}");
            assert_eq!(loaded.issues, expected.issues, "budget {total}");
            assert_eq!(loaded.files, expected.files, "budget {total}");
            assert_eq!(skipped, expected_skipped, "budget {total}");
            if !skipped.is_empty() && loaded.files.len() > 1 {
                stopped_midway += 1;
            }
        }
        assert!(
            stopped_midway >= 2,
            "{stopped_midway} budgets ran out after some files"
        );
    }
}
