//! The explorer's components. They render what `factlens_core::Explorer` computes and hold no
//! domain logic; the state of the page is the URL (`crate::url`).
//!
//! `app` puts the page together; `context` shares the results of the current state; `filters`,
//! `results` (with `timeline`), `detail` and `reader` draw the parts of the page; `quote` draws a
//! passage that leads to the reader; `rows` draws keyed lists
//! that leave nothing behind.

mod app;
mod context;
mod detail;
mod filters;
mod quote;
mod reader;
mod results;
mod rows;
mod timeline;

pub use app::App;
