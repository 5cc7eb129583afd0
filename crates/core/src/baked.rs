//! The compact form in which a corpus and its facts are baked into the app at build time.
//!
//! One definition serves both ends: the build script encodes with [`Corpus::to_bytes`] and the
//! app decodes with [`Corpus::from_bytes`], so the two cannot drift apart.

use std::fmt;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::evidence::{Evidence, EvidenceError, TextPositions};
use crate::extract::extract;
use crate::manifest::load_corpus;
use crate::model::{Article, FactSet};

/// Magic and version prefix of the baked format.
const MAGIC: &[u8; 8] = b"FLENS\x00\x00\x01";

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

    /// Encodes the corpus in the baked format: postcard, with evidence reduced to its position
    /// (the quote and its context are read back from the article texts when decoding).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut lean = self.clone();
        for_each_evidence(&mut lean.facts, |e| {
            e.quote.clear();
            e.prefix.clear();
            e.suffix.clear();
        });
        let mut out = MAGIC.to_vec();
        out.extend(postcard::to_allocvec(&lean).expect("serializing to memory cannot fail"));
        out
    }

    /// Decodes bytes written by [`Corpus::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, DecodeError> {
        let body = bytes.strip_prefix(MAGIC.as_slice()).ok_or_else(|| {
            DecodeError("missing the factlens baked-format header (or another version of it)".into())
        })?;
        let mut corpus: Corpus = postcard::from_bytes(body).map_err(|e| DecodeError(e.to_string()))?;
        // By article id: a corpus of 100,000 facts has 5,000 articles (a search through them for
        // each piece of evidence took seconds).
        let positions: FxHashMap<String, TextPositions> =
            corpus.articles.iter().map(|a| (a.document.id.clone(), TextPositions::new(&a.text))).collect();
        let mut missing = None;
        for_each_evidence(&mut corpus.facts, |e| match positions.get(&e.doc) {
            Some(pos) => *e = pos.evidence_chars(&e.doc, e.start, e.end),
            None => missing = Some(e.doc.clone()),
        });
        match missing {
            Some(doc) => Err(DecodeError(format!("evidence names the unknown article `{doc}`"))),
            None => Ok(corpus),
        }
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
