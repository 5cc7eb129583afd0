//! The facet engine against a plain scan, on random corpora and queries (proptest): skewed
//! values (a dense value held by most rows, rare ones), corpora below and above the sizes where
//! the engine keeps count profiles (1,024 rows) and combines bitsets word-wise (16,384), selections drawn from the rows (so dense values are chosen
//! often) or at random (unknown values included), and text terms from rare words to one-letter
//! prefixes. Rows, total and every count must equal the scan's.

mod common;
use common::Rng;

use factlens_core::{Engine, EngineResult, Selection, WordIndex};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// A corpus: per facet, each row's value; and each row's text.
#[derive(Debug, Clone)]
struct Corpus {
    sizes: Vec<usize>,
    columns: Vec<Vec<u32>>,
    texts: Vec<String>,
}

/// A query: selected values per facet, and a text term (may be empty).
#[derive(Debug, Clone)]
struct Query {
    selections: Vec<Selection>,
    text: String,
}

fn corpus(rows: usize, seed: u64) -> Corpus {
    let mut rng = Rng(seed);
    let sizes = vec![1 + rng.below(6), 1 + rng.below(40), 1 + rows / 10, 1 + rng.below(3000)];
    let columns = sizes
        .iter()
        .map(|&n| {
            (0..rows).map(|_| if rng.below(50) == 0 { u32::MAX } else { rng.skewed(n) as u32 }).collect()
        })
        .collect();
    let texts = (0..rows)
        .map(|_| (0..1 + rng.below(3)).map(|_| format!("w{}", rng.skewed(400))).collect::<Vec<_>>().join(" "))
        .collect();
    Corpus { sizes, columns, texts }
}

fn query(c: &Corpus, seed: u64) -> Query {
    let mut rng = Rng(seed);
    let rows = c.texts.len();
    let mut selections = Vec::new();
    for (f, &size) in c.sizes.iter().enumerate() {
        if rng.below(2) == 0 {
            continue;
        }
        let values = (0..1 + rng.below(3))
            .map(|_| match rng.below(4) {
                0 => rng.below(size + 2) as u32,
                _ => c.columns[f][rng.below(rows)],
            })
            .filter(|&v| v != u32::MAX)
            .collect();
        selections.push(Selection { facet: f, values });
    }
    let text = match rng.below(4) {
        0 => String::new(),
        1 => c.texts[rng.below(rows)].split(' ').next().unwrap_or("").to_string(),
        2 => format!("w{}", rng.below(400)),
        _ => format!("w{}", rng.below(10)),
    };
    Query { selections, text }
}

/// The answer by definition: rows, and each facet's counts under the other facets' selections.
fn scan(c: &Corpus, q: &Query) -> (Vec<usize>, Vec<Vec<u32>>) {
    let term = q.text.to_lowercase();
    let has_text = |r: usize| term.is_empty() || c.texts[r].split(' ').any(|w| w.starts_with(&term));
    let allows = |r: usize, f: usize| {
        q.selections
            .iter()
            .filter(|s| s.facet == f && s.values.iter().any(|&v| (v as usize) < c.sizes[f]))
            .all(|s| s.values.contains(&c.columns[f][r]))
    };
    let facets = c.sizes.len();
    let rows: Vec<usize> =
        (0..c.texts.len()).filter(|&r| has_text(r) && (0..facets).all(|f| allows(r, f))).collect();
    let counts = (0..facets)
        .map(|f| {
            let mut counts = vec![0u32; c.sizes[f]];
            for r in
                (0..c.texts.len()).filter(|&r| has_text(r) && (0..facets).all(|g| g == f || allows(r, g)))
            {
                if c.columns[f][r] != u32::MAX {
                    counts[c.columns[f][r] as usize] += 1;
                }
            }
            counts
        })
        .collect();
    (rows, counts)
}

fn check(rows: usize, seed: u64, queries: &[u64]) -> Result<(), TestCaseError> {
    let c = corpus(rows, seed);
    let engine = Engine::from_columns(rows, &c.sizes, c.columns.clone());
    let words = WordIndex::build(c.texts.iter().map(String::as_str));
    let mut out = EngineResult::default();
    for &qs in queries {
        let q = query(&c, qs);
        let base = (!q.text.is_empty()).then(|| words.matches(&q.text));
        engine.query_into(&q.selections, base.as_ref(), &mut out);
        let (want_rows, want_counts) = scan(&c, &q);
        prop_assert_eq!(out.rows.iter().collect::<Vec<_>>(), want_rows.clone(), "rows of {:?}", q);
        prop_assert_eq!(out.total, want_rows.len());
        for (f, want) in want_counts.iter().enumerate() {
            prop_assert_eq!(&out.counts[f], want, "facet {} of {:?}", f, q);
            let mut touched = out.touched[f].clone();
            touched.sort_unstable();
            let nonzero: Vec<u32> = (0..want.len() as u32).filter(|&v| want[v as usize] > 0).collect();
            prop_assert_eq!(touched, nonzero, "touched values of facet {}", f);
        }
    }
    Ok(())
}

/// Runs `check` on `cases` corpora of `rows` rows, each with `queries` random queries.
fn check_cases(rows: std::ops::Range<usize>, queries: std::ops::Range<usize>, cases: u32) {
    let strategy = (rows, any::<u64>(), proptest::collection::vec(any::<u64>(), queries));
    TestRunner::new(Config { cases, ..Config::default() })
        .run(&strategy, |(rows, seed, queries)| check(rows, seed, &queries))
        .unwrap();
}

#[test]
fn engine_equals_a_plain_scan_on_small_corpora() {
    check_cases(1usize..400, 1..12, 64);
}

/// Count profiles from 1,024 rows, but no word-wise bitsets (from 16,384).
#[test]
fn engine_equals_a_plain_scan_on_corpora_with_count_profiles_only() {
    check_cases(1_024usize..16_384, 4..10, 12);
}

#[test]
fn engine_equals_a_plain_scan_on_corpora_with_count_profiles() {
    check_cases(16_384usize..24_000, 4..10, 6);
}
