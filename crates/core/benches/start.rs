//! How long a big corpus takes to start natively: decoding its baked bytes and building the
//! explorer (facet index, word index, orders), median of 3 runs per size (the page's figures, in
//! wasm from navigation, come from `bench/page.mjs`): `cargo bench -p factlens-core --bench start`
//! (`RUNS=1` for one run per size).

use std::time::Instant;

use factlens_core::{synthetic_corpus, Corpus, Explorer};

fn main() {
    let runs: usize = std::env::var("RUNS").map_or(3, |r| r.parse().expect("RUNS is a number"));
    for facts in [100_000, 1_000_000] {
        let bytes = synthetic_corpus(facts, 42).to_bytes();
        let (mut decode, mut explore) = (Vec::new(), Vec::new());
        for _ in 0..runs {
            let t = Instant::now();
            let corpus = Corpus::from_bytes(&bytes).expect("the synthetic corpus decodes");
            decode.push(t.elapsed().as_secs_f64() * 1e3);
            let t = Instant::now();
            std::hint::black_box(Explorer::new(corpus));
            explore.push(t.elapsed().as_secs_f64() * 1e3);
        }
        let median = |v: &mut Vec<f64>| {
            v.sort_by(f64::total_cmp);
            v[v.len() / 2]
        };
        println!(
            "{facts} facts, {} bytes baked: decode {:.0} ms, explorer {:.0} ms (median of {runs})",
            bytes.len(),
            median(&mut decode),
            median(&mut explore)
        );
    }
}
