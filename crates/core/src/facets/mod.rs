//! Faceted filtering and counting of rows, and text search.
//!
//! - [`Engine`]: rows with numbered values per facet; a query ([`Selection`]s, OR within a facet,
//!   AND across, optionally restricted to a base [`Bitset`]) gives the matching rows and the
//!   disjunctive counts of every facet ([`EngineResult`]). The wasm API runs it at a million rows.
//! - [`WordIndex`]: text search by word prefix, the one text search (the explorer's and the wasm
//!   API's).
//! - [`FacetIndex`]: the explorer's eight facets ([`Facet`]) over the facts of a fact set, values
//!   by label, giving [`FacetCounts`].

mod bitset;
mod columns;
mod dense;
mod engine;
mod index;
mod profiles;

pub use bitset::{Bitset, BitsetIter};
pub use engine::{Engine, EngineResult, Selection};
pub use index::{Facet, FacetCounts, ValueCount, WordIndex};
pub(crate) use index::{FacetIndex, Filter, IndexParts};
