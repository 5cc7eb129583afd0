//! factlens-core: the pure heart of factlens.
//!
//! It turns English news articles into structured facts (units, officials, organizations, places
//! and dated events), each tied to the exact words that support it, and indexes them for faceted
//! browsing. It does no I/O and knows nothing of the DOM: the web app and the CLI wrap it.
//!
//! ```
//! use factlens_core::load_corpus;
//!
//! let manifest = "[[article]]\nid = \"a\"\nfile = \"a.txt\"\ntitle = \"Example\"\n";
//! let articles = load_corpus("articles.toml", manifest, |_| Ok(b"Hello.".to_vec())).unwrap();
//! assert_eq!(articles[0].document.title, "Example");
//! ```

#![warn(missing_docs)]

mod baked;
mod date;
mod engine;
mod evidence;
mod explore;
mod extract;
mod index;
mod manifest;
mod message;
mod model;
mod state;
mod synthetic;

pub use baked::{Corpus, DecodeError};
pub use date::{days_in_month, DateParseError, PartialDate, Precision};
pub use engine::{Engine, EngineResult, Selection, WordIndex, NO_VALUE};
pub use evidence::{Evidence, EvidenceError, TextPositions, CONTEXT_CHARS};
pub use explore::{
    Card, Chip, EntityDetail, EventDetail, Explorer, Reader, Results, Segment, Timeline, TimelinePoint,
};
pub use extract::{extract, Diagnostic, Extraction, EVENT_TYPES};
pub use index::{
    fact_rows, kind_values, Bitset, Counted, Facet, FacetCounts, FacetIndex, Filter, RowValues, ValueCount,
};
pub use manifest::{load_corpus, parse_manifest, ManifestEntry, ManifestError};
pub use message::{
    accept_message, resize_message, select_message, state_message, Command, Rejection, MAX_MESSAGE_BYTES,
    PROTOCOL,
};
pub use model::{
    Article, Certainty, Claim, Conflict, Document, Entity, EntityKind, Event, EventDate, FactSet, FORMAT,
};
pub use state::{Ignored, Sort, Theme, UrlState, MAX_PARAMS, MAX_VALUE_CHARS};
pub use synthetic::{synthetic_corpus, ADVERSARIAL_TEXTS};
