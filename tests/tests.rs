//! The root package's integration tests, one binary. New tests go in a module of `suite/`:
//! `cli` (the factlens command line), `format` (the factlens/1 JSON format and its frozen fixture),
//! `imports` (no import circles between files), `tidy` (repository checks). Core behaviour is tested in `crates/core`; the browser app in
//! `tests/browser/`.

#[path = "suite/cli.rs"]
mod cli;
#[path = "suite/format.rs"]
mod format;
#[path = "suite/imports.rs"]
mod imports;
#[path = "suite/tidy.rs"]
mod tidy;
