//! The fuzzing harness, on the stable toolchain: four targets (CSV offers, xlsx/ods workbooks,
//! criteria files, single cell values), each a test. Every input must not panic in-process,
//! and on a sample of inputs the binary must exit with 0, 1 or 2 within a timeout.
//!
//! `cargo test --test fuzz` replays `tests/fuzz_corpus/<target>/` and runs 2 000 iterations
//! per target with a fixed seed. `OFFERLENS_FUZZ_ITERATIONS`, `OFFERLENS_FUZZ_SECONDS`,
//! `OFFERLENS_FUZZ_SEED` (a number or `random`), `OFFERLENS_FUZZ_TARGET` (`csv,cell`),
//! `OFFERLENS_FUZZ_CLI_EVERY` (100; 0: never), `OFFERLENS_FUZZ_CLI_TIMEOUT` (20 s) and
//! `OFFERLENS_FUZZ_HANG_SECONDS` (60 s in-process) change that; see README, Development.

mod bytes;
mod cli;
mod guard;
mod harness;
mod phrases;
mod pipeline;
mod rng;
mod target_cell;
mod target_criteria;
mod target_csv;
mod target_workbook;
mod zip_parts;

#[test]
fn csv() {
    harness::fuzz(&target_csv::target());
}

#[test]
fn workbook() {
    harness::fuzz(&target_workbook::target());
}

#[test]
fn criteria() {
    harness::fuzz(&target_criteria::target());
}

#[test]
fn cell() {
    harness::fuzz(&target_cell::target());
}
