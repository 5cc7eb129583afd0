//! The facet engine natively at 1M rows (the wasm figures, against peers, come from
//! `bench/facets.mjs`): `cargo bench -p factlens-core --bench engine`.

use std::hint::black_box;
use std::time::Instant;

use factlens_core::{Engine, EngineResult, Selection};

fn main() {
    let n = 1_000_000;
    let mut seed = 42u64;
    let mut next = move |m: u32| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((seed >> 33) % u64::from(m)) as u32
    };
    let sizes = [6usize, n / 20, 500, 60, 30, n / 10];
    let columns: Vec<Vec<u32>> = sizes.iter().map(|&s| (0..n).map(|_| next(s as u32)).collect()).collect();
    let t = Instant::now();
    let engine = Engine::from_columns(n, &sizes, columns);
    println!("engine, native, {n} rows: build {:.0} ms", t.elapsed().as_secs_f64() * 1e3);
    let mut out = EngineResult::default();
    let mut times = Vec::new();
    for _ in 0..600 {
        let countries: Vec<u32> = (0..3).map(|_| next(60)).collect();
        let selections =
            [Selection { facet: 3, values: countries }, Selection { facet: 4, values: vec![next(30)] }];
        let t = Instant::now();
        engine.query_into(black_box(&selections), None, &mut out);
        times.push(t.elapsed().as_secs_f64() * 1e3);
        black_box(&out);
    }
    times.sort_by(f64::total_cmp);
    let at = |p: usize| times[times.len() * p / 100];
    println!(
        "query (3 countries OR, AND a year; counts of 6 facets): min {:.3} ms, p50 {:.3} ms, p95 {:.3} ms",
        times[0],
        at(50),
        at(95)
    );
}
