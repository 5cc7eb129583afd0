//! A reader's own articles: files and pasted text checked and decoded ([`decode_file`]), a title
//! and date proposed ([`propose`]), kept in a [`Collection`] with unique ids and no duplicates,
//! saved and read back as a `factlens-collection/1` file, and extracted together ([`corpus_of`]).
//! JSON Lines of articles are read the same way ([`collection_of_jsonl`]). Everything that cannot be used is a [`Refusal`] naming its file.
//!
//! Rooms: `limits` (the size limit, the format version), `refusal`, `draft` (a proposed article
//! and the one validation everything shares), `ids` (slugs), `propose`, `markdown`, `html` (a
//! saved web page's article), `decode` (bytes to text), `store` ([`Collection`]), `json` (its
//! file), `lines` (articles as JSON Lines, for the CLI), `corpus`.

mod corpus;
mod decode;
mod draft;
mod html;
mod ids;
mod json;
mod limits;
mod lines;
mod markdown;
mod propose;
mod refusal;
mod store;

pub use corpus::corpus_of;
pub use decode::{decode_file, Decoded};
pub use draft::Draft;
pub use limits::MAX_FILE_BYTES;
pub use lines::{collection_of_jsonl, SkippedLine};
pub use propose::{propose, Proposal};
pub use refusal::Refusal;
pub use store::Collection;
