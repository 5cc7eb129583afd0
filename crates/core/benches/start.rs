//! How long a big corpus takes to start natively, from its baked bytes in hand to its first
//! results (the default view's counts, order and first 10 cards), two ways: bytes with a start
//! index (`Explorer::to_bytes`, what `factlens bake` and `factlens synthetic` write), and bytes
//! without one (`Corpus::to_bytes`), whose explorer indexes the facts at start; plus decoding the
//! corpus alone (in the same run, apart; its drop not counted, as a start's is not). 3 runs per size:
//! the start with the index is the run with the median time, with that run's decoding time; indexing
//! at start its median (the page's figures, in wasm, come from
//! `bench/page.mjs`): `cargo bench -p factlens-core --bench start` (`RUNS=1` for one run per size,
//! `FACTS=100000` for one size).

use std::time::Instant;

use factlens_core::{synthetic_corpus, Corpus, Explorer, UrlState};

/// Milliseconds since `t`.
fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1e3
}

/// The median of `v` (the upper one of an even count).
fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// One run's times: decoding the corpus alone, starting with the start index, indexing at start.
#[derive(Clone, Copy)]
struct Run {
    decode: f64,
    loaded: f64,
    built: f64,
}

/// Decoding the corpus alone (the part of a start with the start index that every start pays): the
/// time to the decoded corpus, its drop not counted (as a start's explorer's is not).
fn decode(bytes: &[u8]) -> f64 {
    let t = Instant::now();
    let corpus = Corpus::from_bytes(bytes).expect("the synthetic corpus decodes");
    let took = ms(t);
    drop(std::hint::black_box(corpus));
    took
}

/// Start from `bytes` to the first results: the time, and the results' total (kept, so the
/// work is not optimized away).
fn start(bytes: &[u8]) -> (f64, usize) {
    let t = Instant::now();
    let explorer = Explorer::from_bytes(bytes).expect("the synthetic corpus decodes");
    let results = explorer.results(&UrlState::default());
    let cards: Vec<_> = results.order.iter().take(10).map(|&r| explorer.card(r)).collect();
    std::hint::black_box(cards);
    (ms(t), results.total)
}

fn main() {
    let runs: usize = std::env::var("RUNS").map_or(3, |r| r.parse().expect("RUNS is a number"));
    let sizes: Vec<usize> = match std::env::var("FACTS") {
        Ok(n) => vec![n.parse().expect("FACTS is a number")],
        Err(_) => vec![100_000, 1_000_000],
    };
    for facts in sizes {
        let corpus = synthetic_corpus(facts, 42);
        let plain = corpus.to_bytes();
        let baked = Explorer::new(corpus).to_bytes();
        let mut all: Vec<Run> = (0..runs)
            .map(|_| {
                let (built, total_a) = start(&plain);
                let (loaded, total_b) = start(&baked);
                assert_eq!(total_a, total_b, "both starts show the same results");
                Run { decode: decode(&baked), loaded, built }
            })
            .collect();
        // The start with the start index: the run with the median time, with its own decoding time.
        all.sort_by(|a, b| a.loaded.total_cmp(&b.loaded));
        let mid = all[all.len() / 2];
        let built = median(all.iter().map(|r| r.built).collect());
        let loads: Vec<String> = all.iter().map(|r| format!("{:.0}", r.loaded)).collect();
        println!(
            "{facts} facts, {runs} runs: with the start index ({} bytes) {:.0} ms to first results (the median \
             run; all: {} ms), of which decoding the corpus {:.0} ms (that run's, timed apart); indexing at \
             start ({} bytes) {built:.0} ms (median): {:.1}x faster",
            baked.len(),
            mid.loaded,
            loads.join(", "),
            mid.decode,
            plain.len(),
            built / mid.loaded,
        );
    }
}
