//! The integration tests, one binary (faster to link than one per file).

mod architecture;
mod cli;
mod common;
mod corpus;
mod criteria_errors;
mod csv_export;
mod exports;
mod fixtures_read;
mod headers;
mod layouts;
mod mcda_reference;
mod names;
mod notes;
mod profiles;
mod readings;
mod red_flags;
mod robustness;
mod save;
mod scoring;
mod stress;
mod template;
mod text_files;
mod tmux;
mod tui;
mod workbooks;
mod xlsx_export;
