//! The corpus baked in at build time (see `build.rs`).

use std::sync::OnceLock;

use factlens_core::Corpus;

static BAKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

/// The baked corpus, decoded on first use.
pub fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| Corpus::from_bytes(BAKED).expect("build.rs wrote this with the same core"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_baked_corpus_decodes_and_its_evidence_matches() {
        let corpus = corpus();
        assert!(!corpus.articles.is_empty());
        corpus.verify_evidence().unwrap();
    }
}
