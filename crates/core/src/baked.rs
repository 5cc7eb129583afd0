//! The compact form in which a corpus and its facts are baked into the app at build time.
//!
//! One definition serves both ends: the build script encodes with [`Corpus::to_bytes`] and the
//! app decodes with [`Corpus::from_bytes`], so the two cannot drift apart.

use std::fmt;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::evidence::{Evidence, EvidenceError, TextPositions};
use crate::extract::extract;
use crate::facets::IndexParts;
use crate::manifest::load_corpus;
use crate::model::{Article, FactSet};

/// The baked format's header: a magic and a version byte.
const MAGIC: &[u8; 7] = b"FLENS\x00\x00";
/// The version written: 2, a checksum and an optional start index after the corpus. Version 1
/// (the corpus alone) is still read.
const VERSION: u8 = 2;

/// What an explorer would otherwise compute from the facts at start, baked beside them (by
/// `Explorer::to_bytes`): the facet index's parts and the three result orders. The explorer
/// checks them when loading (`Explorer::from_bytes`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct StartIndex {
    /// The facet and word index.
    pub(crate) index: IndexParts,
    /// Rows most supported first, by name, by date (each a permutation of the rows).
    pub(crate) orders: Vec<Vec<u32>>,
}

/// Articles with the facts extracted from them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Corpus {
    /// The articles, in manifest order.
    pub articles: Vec<Article>,
    /// The facts, whose evidence points into `articles`.
    pub facts: FactSet,
}

/// Why baked bytes cannot be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError(String);

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot decode the baked corpus: {}", self.0)
    }
}

impl std::error::Error for DecodeError {}

impl DecodeError {
    /// An error saying `why` the bytes cannot be decoded.
    pub(crate) fn new(why: String) -> Self {
        DecodeError(why)
    }
}

impl Corpus {
    /// Extracts the facts of `articles`.
    pub(crate) fn build(articles: Vec<Article>) -> Self {
        let facts = extract(&articles).facts;
        Self { articles, facts }
    }

    /// Loads the articles of a manifest through `read` (see [`load_corpus`]), extracts their
    /// facts and checks every piece of evidence against its article. The error is one line naming
    /// the file at fault.
    pub fn bake(
        manifest: &str,
        source: &str,
        read: impl FnMut(&str) -> Result<Vec<u8>, String>,
    ) -> Result<Corpus, String> {
        let articles = load_corpus(manifest, source, read).map_err(|e| e.to_string())?;
        let corpus = Corpus::build(articles);
        corpus.verify_evidence().map_err(|e| format!("{manifest}: {e}"))?;
        Ok(corpus)
    }

    /// Encodes the corpus in the baked format, without a start index (the explorer builds it
    /// when loading; `Explorer::to_bytes` bakes one).
    pub fn to_bytes(&self) -> Vec<u8> {
        encode(self, None)
    }

    /// Decodes bytes written by [`Corpus::to_bytes`] or `Explorer::to_bytes` (a start index is
    /// checked against the checksum and skipped), or by a factlens of baked format 1.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, DecodeError> {
        let (corpus, _) = decode_corpus(bytes)?;
        Ok(corpus)
    }

    /// The article with this id.
    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.document.id == id)
    }

    /// Checks every piece of evidence against its article, byte for byte.
    pub fn verify_evidence(&self) -> Result<(), EvidenceError> {
        let positions: FxHashMap<&str, TextPositions> =
            self.articles.iter().map(|a| (a.document.id.as_str(), TextPositions::new(&a.text))).collect();
        for evidence in self.facts.all_evidence() {
            match positions.get(evidence.doc.as_str()) {
                Some(pos) => pos.verify(evidence)?,
                None => {
                    return Err(EvidenceError {
                        evidence: Box::new(evidence.clone()),
                        problem: "it names an article that is not in the corpus".into(),
                    })
                }
            }
        }
        Ok(())
    }
}

/// The baked bytes of a corpus and, when given, its start index: the header, a checksum of
/// everything after it, the corpus in postcard with evidence reduced to its position (the quote
/// and its context are read back from the article texts when decoding), then the start index.
pub(crate) fn encode(corpus: &Corpus, start: Option<&StartIndex>) -> Vec<u8> {
    let mut lean = corpus.clone();
    for_each_evidence(&mut lean.facts, |e| {
        e.quote.clear();
        e.prefix.clear();
        e.suffix.clear();
    });
    let body = postcard::to_allocvec(&lean).expect("serializing to memory cannot fail");
    let body = postcard::to_extend(&start, body).expect("serializing to memory cannot fail");
    let mut out = MAGIC.to_vec();
    out.push(VERSION);
    out.extend(checksum(&body).to_le_bytes());
    out.extend(body);
    out
}

/// Decodes baked bytes: the corpus and its start index, if they carry one.
pub(crate) fn decode(bytes: &[u8]) -> Result<(Corpus, Option<StartIndex>), DecodeError> {
    let (corpus, rest) = decode_corpus(bytes)?;
    if rest.is_empty() {
        return Ok((corpus, None));
    }
    let (start, left): (Option<StartIndex>, &[u8]) = postcard::take_from_bytes(rest)
        .map_err(|e| DecodeError(format!("its start index is malformed ({e})")))?;
    if !left.is_empty() {
        return Err(DecodeError(format!("{} bytes follow its start index", left.len())));
    }
    Ok((corpus, start))
}

/// Checks the header (and, from version 2, the checksum), decodes the corpus and restores its
/// evidence; returns it with the bytes after it (empty in version 1).
fn decode_corpus(bytes: &[u8]) -> Result<(Corpus, &[u8]), DecodeError> {
    let Some((&version, after)) = bytes.strip_prefix(MAGIC.as_slice()).and_then(|b| b.split_first()) else {
        return Err(DecodeError("it is not a factlens baked corpus (its header is missing)".into()));
    };
    let body = match version {
        1 => after,
        VERSION => {
            let (sum, body) = after
                .split_first_chunk::<8>()
                .ok_or_else(|| DecodeError("it ends inside its header".into()))?;
            if u64::from_le_bytes(*sum) != checksum(body) {
                return Err(DecodeError("the bytes are damaged (their checksum does not match)".into()));
            }
            body
        }
        newer => {
            return Err(DecodeError(format!(
                "it is in baked format {newer}, made by a newer factlens (this one reads formats 1 and {VERSION})"
            )))
        }
    };
    let (mut corpus, rest): (Corpus, &[u8]) =
        postcard::take_from_bytes(body).map_err(|e| DecodeError(format!("it is malformed ({e})")))?;
    if version == 1 && !rest.is_empty() {
        return Err(DecodeError(format!("{} bytes follow the corpus", rest.len())));
    }
    restore_evidence(&mut corpus)?;
    Ok((corpus, rest))
}

/// Fills in every piece of evidence's quote and context from its article's text.
fn restore_evidence(corpus: &mut Corpus) -> Result<(), DecodeError> {
    // By article id: a corpus of 100,000 facts has 5,000 articles (a search through them for
    // each piece of evidence took seconds).
    let Corpus { articles, facts } = corpus;
    let positions: FxHashMap<&str, TextPositions> =
        articles.iter().map(|a| (a.document.id.as_str(), TextPositions::new(&a.text))).collect();
    let mut missing = None;
    for_each_evidence(facts, |e| match positions.get(e.doc.as_str()) {
        Some(pos) => {
            let Evidence { start, end, quote, prefix, suffix, .. } = pos.evidence_chars("", e.start, e.end);
            (e.start, e.end, e.quote, e.prefix, e.suffix) = (start, end, quote, prefix, suffix);
        }
        None => missing = Some(e.doc.clone()),
    });
    match missing {
        Some(doc) => Err(DecodeError(format!("evidence names the unknown article `{doc}`"))),
        None => Ok(()),
    }
}

/// A 64-bit checksum of baked bytes, eight bytes a step. Each step is a bijection of the state
/// for a given word and of the word for a given state, so any change of one word (eight bytes)
/// changes the sum; other damage goes unseen with a chance of about 2^-64.
fn checksum(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let step = |h: u64, w: u64| (h ^ w).wrapping_mul(K).rotate_left(29);
    let mut chunks = bytes.chunks_exact(8);
    let mut h = bytes.len() as u64;
    for c in &mut chunks {
        h = step(h, u64::from_le_bytes(c.try_into().expect("eight bytes")));
    }
    for &b in chunks.remainder() {
        h = step(h, b as u64);
    }
    h ^ (h >> 32)
}

/// Calls `f` on every piece of evidence of a fact set.
fn for_each_evidence(facts: &mut FactSet, mut f: impl FnMut(&mut Evidence)) {
    for e in &mut facts.entities {
        e.mentions.iter_mut().for_each(&mut f);
    }
    for e in &mut facts.events {
        e.evidence.iter_mut().for_each(&mut f);
        e.date.mentions.iter_mut().for_each(&mut f);
    }
    for c in &mut facts.conflicts {
        for claim in &mut c.claims {
            claim.evidence.iter_mut().for_each(&mut f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;

    fn corpus() -> Corpus {
        let document =
            Document { id: "a".into(), title: "T".into(), outlet: None, published: None, url: None };
        let facts = FactSet::new(vec![document.clone()]);
        Corpus { articles: vec![Article { document, text: "Hello, world.".into() }], facts }
    }

    #[test]
    fn round_trips_and_rejects_foreign_bytes() {
        let c = corpus();
        assert_eq!(Corpus::from_bytes(&c.to_bytes()).unwrap(), c);
        assert!(Corpus::from_bytes(b"{\"format\":1}").is_err());
        let mut truncated = c.to_bytes();
        truncated.truncate(12);
        assert!(Corpus::from_bytes(&truncated).is_err());
    }
}
