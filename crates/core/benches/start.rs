//! How long a big corpus takes to start natively, from its baked bytes in hand to its first
//! results (the default view's counts, order and first 10 cards), two ways: bytes with a start
//! index (`Explorer::to_bytes`, what `factlens bake` and `factlens synthetic` write), and bytes
//! without one (`Corpus::to_bytes`), whose explorer indexes the facts at start; plus decoding the
//! corpus alone. Median of 3 runs per size (the page's figures, in wasm, come from
//! `bench/page.mjs`): `cargo bench -p factlens-core --bench start` (`RUNS=1` for one run per size,
//! `FACTS=100000` for one size).

use std::time::Instant;

use factlens_core::{synthetic_corpus, Corpus, Explorer, UrlState};

/// Milliseconds since `t`.
fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1e3
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
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
        let (mut decode, mut built, mut loaded) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..runs {
            let t = Instant::now();
            std::hint::black_box(Corpus::from_bytes(&baked).expect("the synthetic corpus decodes"));
            decode.push(ms(t));
            let (a, total_a) = start(&plain);
            let (b, total_b) = start(&baked);
            assert_eq!(total_a, total_b, "both starts show the same results");
            built.push(a);
            loaded.push(b);
        }
        let (decode, built, loaded) = (median(decode), median(built), median(loaded));
        println!(
            "{facts} facts: with the start index ({} bytes) {loaded:.0} ms to first results \
             (of which decoding the corpus {decode:.0} ms), indexing at start ({} bytes) {built:.0} ms: \
             {:.1}x faster (median of {runs})",
            baked.len(),
            plain.len(),
            built / loaded,
        );
    }
}
