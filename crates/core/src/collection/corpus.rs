//! A collection's facts: its articles extracted together, as one corpus.

use super::store::Collection;
use crate::baked::Corpus;

/// Extracts the facts of all the collection's articles together (so an entity named in several
/// of them is one entity with every mention, and their disagreements are found), as a [`Corpus`]
/// that [`Corpus::to_bytes`] can send to the page.
pub fn corpus_of(collection: &Collection) -> Corpus {
    Corpus::build(collection.articles().to_vec())
}
