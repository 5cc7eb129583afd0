//! The corpus an explorer shows: the original one (baked in at build time by `build.rs`, or given
//! to `start_with_corpus`), until the person's own collection replaces it (`crate::collection`).
//! Each explorer (the page, a frame, an element) holds its own, so each can show its own
//! collection. Nothing here decides anything: the core decodes and indexes.

use std::sync::OnceLock;

use factlens_core::Explorer;

static BAKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

/// The original corpus, indexed, and its bytes in the baked format (which the collection's
/// worker starts from).
static ORIGINAL: OnceLock<(&'static Explorer, &'static [u8])> = OnceLock::new();

fn original_and_bytes() -> &'static (&'static Explorer, &'static [u8]) {
    ORIGINAL.get_or_init(|| {
        let explorer = Explorer::load(BAKED).expect("build.rs wrote this with the same core");
        (Box::leak(Box::new(explorer)), BAKED)
    })
}

/// The original corpus, indexed for exploring: the baked one, unless another was set.
pub fn original() -> &'static Explorer {
    original_and_bytes().0
}

/// The original corpus in the baked format.
pub fn original_bytes() -> &'static [u8] {
    original_and_bytes().1
}

/// Explores another corpus than the baked one (the benchmarks' synthetic corpora), given in the
/// baked format with its start index (`factlens bake` or `synthetic`): the page loads facet
/// indexes, it never builds one. Only before the first use; returns whether it took effect.
pub fn use_corpus(bytes: Vec<u8>) -> Result<bool, factlens_core::DecodeError> {
    let explorer = Explorer::load(&bytes)?;
    Ok(ORIGINAL.set((Box::leak(Box::new(explorer)), bytes.leak())).is_ok())
}

#[cfg(target_arch = "wasm32")]
pub use shown::{explorer, Shown};

#[cfg(target_arch = "wasm32")]
mod shown {
    use std::cell::RefCell;

    use factlens_core::Explorer;
    use leptos::prelude::*;

    thread_local! {
        /// Every explorer's corpus, by its collection key.
        static SHOWN: RefCell<Vec<(String, Shown)>> = const { RefCell::new(Vec::new()) };
    }

    /// The corpus one explorer shows, replaceable: a change redraws the views that read it.
    #[derive(Clone, Copy)]
    pub struct Shown(RwSignal<&'static Explorer>);

    impl Shown {
        /// Starts the explorer `key` on the original corpus, provides it to the components below,
        /// and lets `public/collection.js` replace it (see [`Shown::replace_for`]).
        pub fn provide(key: String) -> Shown {
            let shown = Shown(RwSignal::new(crate::corpus::original()));
            provide_context(shown);
            SHOWN.with(|all| all.borrow_mut().push((key, shown)));
            shown
        }

        /// The corpus shown (tracked).
        pub fn get(&self) -> &'static Explorer {
            self.0.get()
        }

        /// Shows another corpus in the explorer `key` (the last one mounted under it), given in the
        /// baked format with its start index (the worker bakes one), or the original for `None`.
        /// Returns whether it did (there is such an explorer, and the bytes load).
        pub fn replace_for(key: &str, bytes: Option<&[u8]>) -> bool {
            let Some(shown) =
                SHOWN.with(|all| all.borrow().iter().rev().find(|(k, _)| k == key).map(|e| e.1))
            else {
                return false;
            };
            let next = match bytes.map(Explorer::load) {
                Some(Ok(explorer)) => kept(explorer),
                Some(Err(_)) => return false,
                None => crate::corpus::original(),
            };
            shown.0.try_set(next).is_none()
        }
    }

    /// An explorer kept for the rest of the visit. Explorers are never freed: one is made per
    /// change of a person's collection, and their drop code would grow the first page load.
    fn kept(explorer: Explorer) -> &'static Explorer {
        Box::leak(Box::new(explorer))
    }

    /// The corpus this explorer shows, indexed for exploring (tracked: a memo that calls it is
    /// computed again when the corpus changes).
    pub fn explorer() -> &'static Explorer {
        expect_context::<Shown>().get()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use factlens_core::Corpus;

    #[test]
    fn the_baked_corpus_decodes_and_its_evidence_matches() {
        let original = original();
        let corpus = original.corpus();
        assert_eq!(corpus.articles.len(), 3);
        assert!(corpus.facts.entities.len() > 40 && corpus.facts.events.len() > 20);
        corpus.verify_evidence().unwrap();
        assert_eq!(Corpus::from_bytes(original_bytes()).unwrap(), *corpus);
    }
}
