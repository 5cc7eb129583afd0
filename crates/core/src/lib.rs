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
//!
//! The modules, top to bottom (each uses only those below it):
//!
//! - `explore`: what the explorer shows for a URL state ([`Explorer`], [`UrlState`]) and the
//!   embedding protocol's messages.
//! - `collection`: a reader's own articles ([`Collection`]): files decoded ([`decode_file`]),
//!   drafts checked, the collection file, their facts ([`corpus_of`]).
//! - `baked`: a [`Corpus`] (articles and their facts) and its baked encoding; `synthetic`:
//!   generated corpora for benchmarks, adversarial texts for tests.
//! - `export`: facts as CSV ([`facts_csv`]).
//! - `extract`: the extractor ([`extract`]); `manifest`: loading a corpus ([`load_corpus`]);
//!   `facets`: the facet engine and text search ([`Engine`], [`WordIndex`]), and the explorer's
//!   facets over the facts.
//! - `model`: the facts and the `factlens/1` format ([`FactSet`]); `date`, `evidence`: partial
//!   dates, and passages by code point offsets.

#![warn(missing_docs)]

mod baked;
#[cfg(feature = "collection")]
mod collection;
mod date;
mod evidence;
mod explore;
#[cfg(feature = "collection")]
mod export;
mod extract;
mod facets;
mod manifest;
mod model;
mod synthetic;

pub use baked::{Corpus, DecodeError};
#[cfg(feature = "collection")]
pub use collection::{
    collection_of_jsonl, corpus_of, decode_file, propose, Collection, Decoded, Draft, Proposal, Refusal,
    SkippedLine, MAX_FILE_BYTES,
};
pub use date::{DateParseError, PartialDate, Precision};
pub use evidence::{Evidence, EvidenceError, TextPositions};
pub use explore::{
    accept_message, citation, facet_list, original_article, original_link, post_targets, resize_message,
    select_message, snippet, state_message, text_fragment, value_id, ArticleMentions, ArticleRef, Card, Chip,
    Command, Disagreement, EntityDetail, EventDetail, EventRef, EventStart, Explorer, FacetList, FactRef,
    Ignored, Original, Reader, Rejection, Results, Segment, Snippet, Sort, Theme, Timeline, TimelineBin,
    TimelinePoint, UrlState,
};
#[cfg(feature = "collection")]
pub use export::{facts_csv, CSV_COLUMNS};
pub use extract::{extract, Diagnostic, Extraction, EVENT_TYPES};
pub use facets::{
    Bitset, BitsetIter, Engine, EngineResult, Facet, FacetCounts, Selection, ValueCount, WordIndex,
};
pub use manifest::{load_corpus, ManifestError};
pub use model::{
    Article, Certainty, Claim, Conflict, Document, Entity, EntityKind, Event, EventDate, Fact, FactKind,
    FactSet, CONFLICT_BETWEEN_ARTICLES, CONFLICT_WITH_WRITING_DATE,
};
pub use synthetic::{synthetic_corpus, ADVERSARIAL_TEXTS};
