//! The corpus baked in at build time (see `build.rs`), decoded and indexed once.

use std::sync::OnceLock;

use factlens_core::{Corpus, Explorer};

static BAKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

/// The baked corpus, decoded on first use.
pub fn corpus() -> &'static Corpus {
    explorer().corpus()
}

static EXPLORER: OnceLock<Explorer> = OnceLock::new();

/// The corpus the explorer shows, indexed for exploring: the baked one, unless another was set.
pub fn explorer() -> &'static Explorer {
    EXPLORER.get_or_init(|| {
        Explorer::new(Corpus::from_bytes(BAKED).expect("build.rs wrote this with the same core"))
    })
}

/// Explores another corpus than the baked one (the benchmarks' synthetic corpora). Only before
/// the first use; returns whether it took effect.
pub fn use_corpus(corpus: Corpus) -> bool {
    EXPLORER.set(Explorer::new(corpus)).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_baked_corpus_decodes_and_its_evidence_matches() {
        let corpus = corpus();
        assert_eq!(corpus.articles.len(), 3);
        assert!(corpus.facts.entities.len() > 40 && corpus.facts.events.len() > 20);
        corpus.verify_evidence().unwrap();
    }
}
