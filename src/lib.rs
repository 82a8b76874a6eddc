//! offerlens: compare vendor offers against a criteria file and rank them by business risk.
//!
//! # Map, in pipeline order
//!
//! ```text
//! import/         files and folders -> raw tables: CSV (sniffed dialect and encoding),
//!                 workbooks (xlsx xlsm xlsb xls ods), checked for size before they are opened;
//!                 a folder's files read in waves on every core (waves), one memory budget
//! table.rs        the raw table: cells as a file holds them, and their locations
//! criteria/       the criteria file: model, parser (document, criterion, red flag), the
//!                 built-in profiles, and the weight editor that rewrites the TOML
//! normalize/      raw tables + criteria -> offers: where the header is, which column answers
//!                 which criterion (by alias, else by meaning: tokens, synonyms, meaning), every
//!                 cell read through value/ (the grammar of what vendors type: numbers and
//!                 number words, money, periods, durations, service windows, frequencies,
//!                 yes/no, years, choices, blanks) and brought to the criterion's basis by
//!                 convert (currency, net/gross, period); names keeps offers' names distinct
//! score/          offers -> per-criterion scores (wait: service windows as expected waits),
//!                 knock-outs, red flags, risk cost, weighted sum or TOPSIS, ranking; rescore
//!                 scores again with one fee changed or one offer left out
//! analysis.rs     one comparison gathered: offers, evaluation, weights, ranking; rerank() is
//!                 the hot path of a weight change
//! explain.rs      why one offer beats another: points per criterion, the sentence to forward
//! ask/            what to ask each vendor next: the question per criterion, and each offer's
//!                 unreadable, doubtful and blank answers, red flags and liftable knock-outs
//!                 turned into questions, most points at stake first
//! sensitivity/    how sure the leader is: exact tipping points of each weight, chance of
//!                 each place over weight draws, price to win, dominated offers, rank reversal
//! export/         an analysis written out: one Format, one writer per format (table, JSON,
//!                 CSV, Markdown, xlsx, the HTML report page, check), and the audit stamp
//! i18n/           the message catalogue (pl.ftl, en.ftl: Fluent) and the one formatter of
//!                 numbers, amounts, durations and dates for people, per language
//! questionnaire/  the workbooks sent out: the vendors' questionnaire, built from the criteria,
//!                 and the ratings sheet for one evaluator (xlsx or ODS)
//! ratings/        evaluators' ratings of the rating criteria: each evaluator's sheet read,
//!                 combined (median, mean, geometric), merged into the offers; disagreement
//! session.rs      what the command line and the screen share: load criteria and offers,
//!                 build the analysis, export, the clock
//! tui/            the interactive screen: keys -> actions -> state -> drawing
//! cli/            the command line (ask.rs: `offerlens ask`); main.rs runs it (argv.rs puts a global option typed
//!                 before the command after the command's name; help.rs puts --help in Polish)
//! ```
//!
//! Shared by every stage: `issue` (non-fatal problems as data), `error` (fatal ones),
//! `calendar` (dates), `digest` (sha256 of inputs), `text` (folding and the label form),
//! `numbers` (how figures are written), `sanitize` (text from outside made safe to print),
//! `store` (atomic writes and safe saves).
//!
//! The pure core — `criteria`, `normalize`, `score`, `analysis`, `ask` and the shared types —
//! does no file, terminal or clock IO: `tests/architecture.rs` keeps it so.

pub mod analysis;
pub mod argv;
pub mod ask;
pub mod calendar;
pub mod cli;
pub mod criteria;
pub mod digest;
pub mod error;
pub mod explain;
pub mod export;
pub mod help;
pub mod i18n;
pub mod import;
pub mod issue;
pub mod normalize;
pub mod numbers;
pub mod questionnaire;
pub mod ratings;
pub mod sanitize;
pub mod score;
pub mod sensitivity;
pub mod session;
pub mod store;
pub mod table;
pub mod text;
pub mod tui;
