//! The baked format with its start index (`Explorer::to_bytes`): an explorer loaded from the bytes
//! answers exactly like one that indexed the facts itself, on synthetic corpora (below and above
//! the count profiles' threshold) and on the real corpus, for many states; older bytes still
//! load; damaged, truncated or newer bytes are refused with a clear error, never a panic (proptest).

use std::path::Path;

mod common;
use common::Rng;

use factlens_core::{synthetic_corpus, Corpus, Explorer, Facet, Sort, UrlState};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// The real corpus the page bakes in.
fn real_corpus() -> Corpus {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/articles/articles.toml");
    let manifest = manifest.to_str().expect("a UTF-8 path").to_string();
    let source = std::fs::read_to_string(&manifest).expect("the manifest reads");
    Corpus::bake(&manifest, &source, |f| std::fs::read(f).map_err(|e| e.to_string())).expect("it bakes")
}

/// `n` states drawn from what `explorer` shows: values of its facets (a few per state, sometimes
/// one no fact has), search words from its cards, every sort.
fn states(explorer: &Explorer, n: usize, seed: u64) -> Vec<UrlState> {
    let mut rng = Rng(seed);
    let all = explorer.results(&UrlState::default());
    let words: Vec<String> = all
        .order
        .iter()
        .step_by((all.order.len() / 50).max(1))
        .flat_map(|&r| explorer.card(r).title.split(' ').map(str::to_string).collect::<Vec<_>>())
        .collect();
    (0..n)
        .map(|i| {
            let mut state = UrlState::default();
            for _ in 0..rng.below(4) {
                let counts = &all.facets[rng.below(all.facets.len())];
                if counts.values.is_empty() {
                    continue;
                }
                let value = counts.values[rng.below(counts.values.len())].value.clone();
                let value = if rng.below(10) == 0 { format!("{value}-none") } else { value };
                state = state.toggled(counts.facet, &value);
            }
            if rng.below(3) == 0 && !words.is_empty() {
                let word = &words[rng.below(words.len())];
                state.q = word.chars().take(1 + rng.below(word.len().max(1))).collect();
            }
            state.sort = [Sort::Relevance, Sort::Name, Sort::Date][i % 3];
            state
        })
        .collect()
}

/// Checks that the explorer loaded from `explorer.to_bytes()` answers like `explorer`.
fn loads_like_built(explorer: &Explorer, n: usize, seed: u64) {
    let loaded = Explorer::from_bytes(&explorer.to_bytes()).expect("its own bytes load");
    assert_eq!(loaded.corpus(), explorer.corpus());
    for state in states(explorer, n, seed) {
        let (want, got) = (explorer.results(&state), loaded.results(&state));
        assert_eq!(got, want, "{}", state.print());
        for &row in want.order.iter().take(3) {
            let card = explorer.card(row);
            assert_eq!(loaded.card(row), card);
            assert_eq!(loaded.fact(&card.id).map(|f| f.id().to_string()), Some(card.id.clone()));
            assert_eq!(loaded.entity_detail(&card.id), explorer.entity_detail(&card.id));
            assert_eq!(loaded.event_detail(&card.id), explorer.event_detail(&card.id));
        }
        assert_eq!(loaded.timeline(&got.rows), explorer.timeline(&want.rows));
    }
}

#[test]
fn a_loaded_index_answers_like_a_built_one_on_synthetic_corpora() {
    for (facts, seed) in [(1, 1), (50, 2), (3_000, 3), (20_000, 4)] {
        let explorer = Explorer::new(synthetic_corpus(facts, seed));
        loads_like_built(&explorer, 60, seed);
    }
}

#[test]
fn a_loaded_index_answers_like_a_built_one_on_the_real_corpus() {
    let explorer = Explorer::new(real_corpus());
    loads_like_built(&explorer, 200, 7);
    // Every value of every facet, alone.
    let all = explorer.results(&UrlState::default());
    let loaded = Explorer::from_bytes(&explorer.to_bytes()).unwrap();
    for counts in &all.facets {
        for v in &counts.values {
            let state = UrlState::default().toggled(counts.facet, &v.value);
            assert_eq!(loaded.results(&state), explorer.results(&state), "{}", state.print());
        }
    }
    assert!(all.facets[Facet::Kind as usize].values.len() > 2);
}

#[test]
fn bytes_without_a_start_index_and_of_format_1_still_load() {
    let corpus = real_corpus();
    let plain = corpus.to_bytes();
    let built = Explorer::new(corpus.clone());
    let state = UrlState::parse("kind=official").0;
    assert_eq!(Explorer::from_bytes(&plain).unwrap().results(&state), built.results(&state));
    // Format 1: the header with version 1, then the corpus alone (format 2 without a start index
    // is the header with version 2, an 8-byte checksum, the corpus and one byte for "none").
    assert_eq!(&plain[..8], b"FLENS\x00\x00\x02");
    assert_eq!(plain.last(), Some(&0));
    let mut v1 = b"FLENS\x00\x00\x01".to_vec();
    v1.extend(&plain[16..plain.len() - 1]);
    assert_eq!(Corpus::from_bytes(&v1).unwrap(), corpus);
    assert_eq!(Explorer::from_bytes(&v1).unwrap().results(&state), built.results(&state));
    // The page loads only bytes with a start index (it has no code to index facts).
    for bytes in [&plain, &v1] {
        let refused = Explorer::load(bytes).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(refused.contains("carries no start index"), "{refused}");
    }
    assert_eq!(Explorer::load(&built.to_bytes()).unwrap().results(&state), built.results(&state));
}

#[test]
fn newer_foreign_damaged_and_truncated_bytes_are_refused_clearly() {
    let bytes = Explorer::new(synthetic_corpus(300, 9)).to_bytes();
    let error = |b: &[u8]| Explorer::from_bytes(b).err().map(|e| e.to_string()).unwrap_or_default();
    let mut newer = bytes.clone();
    newer[7] = 3;
    assert!(error(&newer).contains("made by a newer factlens"), "{}", error(&newer));
    assert!(error(b"{\"format\":\"factlens/1\"}").contains("not a factlens baked corpus"));
    let mut damaged = bytes.clone();
    let middle = damaged.len() / 2;
    damaged[middle] ^= 0x10;
    assert!(error(&damaged).contains("damaged"), "{}", error(&damaged));
    assert!(error(&bytes[..12]).contains("ends inside its header"), "{}", error(&bytes[..12]));
    assert!(error(&bytes[..bytes.len() - 1]).contains("damaged"));
    assert!(Corpus::from_bytes(&damaged).is_err(), "the corpus alone is refused too");
}

#[test]
fn any_damage_is_refused_never_a_panic() {
    let bytes = Explorer::new(synthetic_corpus(200, 11)).to_bytes();
    let len = bytes.len();
    // Flip, set or drop bytes anywhere; or cut the bytes short.
    let change = (0..len, any::<u8>(), 0usize..3, proptest::collection::vec((0..len, 1u8..=255), 0..4));
    TestRunner::new(Config { cases: 300, ..Config::default() })
        .run(&change, |(at, byte, how, more)| {
            let mut b = bytes.clone();
            match how {
                0 => b.truncate(at),
                1 => {
                    b.remove(at);
                }
                _ => b[at] ^= byte.max(1),
            }
            for (k, x) in more {
                let k = k % b.len().max(1);
                if let Some(c) = b.get_mut(k) {
                    *c ^= x;
                }
            }
            prop_assert!(b == bytes || Explorer::from_bytes(&b).is_err());
            prop_assert!(b == bytes || Explorer::load(&b).is_err());
            prop_assert!(b == bytes || Corpus::from_bytes(&b).is_err());
            Ok(())
        })
        .unwrap();
}
