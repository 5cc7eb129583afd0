//! The facet engine natively (the wasm figures, against peers, come from `bench/facets.mjs`):
//! `cargo bench -p factlens-core --bench engine`. The two workloads of `bench/facets.mjs`, drawn
//! alike (not the same numbers): "even" (3 countries OR'ed AND a year, with and without a
//! four-letter text term) and "skewed" (one kind on 60 % of rows, Zipf values and words, values
//! drawn from random rows, a text term on every other query). `ENGINE_ROWS=100000` (default
//! 1,000,000) and `ENGINE_WORKLOADS=skewed` narrow a run; `ENGINE_QUERIES` sets the count.

use std::hint::black_box;
use std::time::Instant;

use factlens_core::{Engine, EngineResult, Selection, WordIndex};

/// A seeded generator (a 64-bit LCG), uniform and Zipf draws.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n.max(1) as u64) as usize
    }

    fn unit(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Draws from a Zipf distribution over `n` values with exponent `s`.
struct Zipf(Vec<f64>);

impl Zipf {
    fn new(n: usize, s: f64) -> Self {
        let mut sum = 0.0;
        let mut cdf: Vec<f64> = (0..n)
            .map(|i| {
                sum += 1.0 / ((i + 1) as f64).powf(s);
                sum
            })
            .collect();
        cdf.iter_mut().for_each(|c| *c /= sum);
        Zipf(cdf)
    }

    fn draw(&self, rng: &mut Rng) -> u32 {
        let u = rng.unit();
        self.0.partition_point(|&c| c < u).min(self.0.len() - 1) as u32
    }
}

/// Rows: six facets' columns and three words of text each.
struct Data {
    sizes: Vec<usize>,
    columns: Vec<Vec<u32>>,
    texts: Vec<String>,
    vocabulary: Vec<String>,
}

fn sizes(n: usize) -> Vec<usize> {
    vec![6, (n / 20).max(1), 500, 60, 30, (n / 10).max(1)]
}

/// Workload "even": uniform values (organization Zipf), three words of 2000.
fn even(n: usize, rng: &mut Rng) -> Data {
    let sizes = sizes(n);
    let org = Zipf::new(500, 1.0);
    let vocabulary: Vec<String> = (0..2000).map(|i| format!("w{i:04}")).collect();
    let mut columns: Vec<Vec<u32>> = (0..6).map(|_| Vec::with_capacity(n)).collect();
    let mut texts = Vec::with_capacity(n);
    for _ in 0..n {
        for (f, column) in columns.iter_mut().enumerate() {
            column.push(if f == 2 { org.draw(rng) } else { rng.below(sizes[f]) as u32 });
        }
        texts.push((0..3).map(|_| vocabulary[rng.below(2000)].as_str()).collect::<Vec<_>>().join(" "));
    }
    Data { sizes, columns, texts, vocabulary }
}

/// Workload "skewed": one kind on 60 % of rows, Zipf values, words of a 20,000-word Zipf vocabulary.
fn skewed(n: usize, rng: &mut Rng) -> Data {
    let sizes = sizes(n);
    let shares = [0.6, 0.15, 0.1, 0.08, 0.05, 0.02];
    let zipfs = [(1, 0.7), (2, 1.0), (3, 0.8), (4, 0.6), (5, 0.6)].map(|(f, s)| Zipf::new(sizes[f], s));
    let word = Zipf::new(20_000, 1.0);
    let letter = |i: usize, k: u32| (b'a' + (i / 26usize.pow(k) % 26) as u8) as char;
    let vocabulary: Vec<String> = (0..20_000)
        .map(|i| format!("x{}{}{}{}", letter(i, 3), letter(i, 2), letter(i, 1), letter(i, 0)))
        .collect();
    let mut columns: Vec<Vec<u32>> = (0..6).map(|_| Vec::with_capacity(n)).collect();
    let mut texts = Vec::with_capacity(n);
    for _ in 0..n {
        let u = rng.unit();
        let mut acc = 0.0;
        let kind = shares.iter().position(|s| {
            acc += s;
            u < acc
        });
        columns[0].push(kind.unwrap_or(5) as u32);
        for (k, z) in zipfs.iter().enumerate() {
            columns[k + 1].push(z.draw(rng));
        }
        let words: Vec<&str> = (0..3).map(|_| vocabulary[word.draw(rng) as usize].as_str()).collect();
        texts.push(words.join(" "));
    }
    Data { sizes, columns, texts, vocabulary }
}

/// A query: selections and a text term (may be empty).
type Query = (Vec<Selection>, String);

fn even_queries(d: &Data, with_text: bool, count: usize, rng: &mut Rng) -> Vec<Query> {
    (0..count)
        .map(|_| {
            let mut countries: Vec<u32> = Vec::new();
            while countries.len() < 3 {
                let c = rng.below(60) as u32;
                if !countries.contains(&c) {
                    countries.push(c);
                }
            }
            let year = rng.below(30) as u32;
            let term = if with_text { d.vocabulary[rng.below(2000)][..4].to_string() } else { String::new() };
            (
                vec![Selection { facet: 3, values: countries }, Selection { facet: 4, values: vec![year] }],
                term,
            )
        })
        .collect()
}

/// As `skewedQueries` in bench/facets.mjs.
fn skewed_queries(d: &Data, count: usize, rng: &mut Rng) -> Vec<Query> {
    let n = d.texts.len();
    (0..count)
        .map(|i| {
            let mut selections = vec![Selection { facet: 0, values: vec![d.columns[0][rng.below(n)]] }];
            let mut others = vec![1, 2, 3, 4];
            let extra = if rng.unit() < 0.25 { 2 } else { 1 };
            for _ in 0..extra {
                let f = others.remove(rng.below(others.len()));
                let mut values = vec![d.columns[f][rng.below(n)]];
                if rng.unit() < 1.0 / 3.0 {
                    values.push(d.columns[f][rng.below(n)]);
                }
                selections.push(Selection { facet: f, values });
            }
            let mut term = String::new();
            if i % 2 == 1 {
                term = if rng.unit() < 0.5 {
                    d.texts[rng.below(n)].split(' ').nth(rng.below(3)).unwrap_or("").to_string()
                } else {
                    d.vocabulary[rng.below(d.vocabulary.len())].clone()
                };
                if rng.unit() < 0.25 {
                    term.truncate(3);
                }
            }
            (selections, term)
        })
        .collect()
}

/// Builds an engine and word index over `d`, runs `queries`, prints build time and percentiles.
fn run(name: &str, d: Data, queries: &[Query]) {
    let n = d.texts.len();
    let t = Instant::now();
    let engine = Engine::from_columns(n, &d.sizes, d.columns);
    let built_engine = t.elapsed().as_secs_f64() * 1e3;
    let t = Instant::now();
    let words = WordIndex::build(d.texts.iter().map(String::as_str));
    let built_words = t.elapsed().as_secs_f64() * 1e3;
    let mut out = EngineResult::default();
    let mut times = Vec::new();
    // ENGINE_TRACE=1 prints each query's time and shape (stderr).
    let trace = std::env::var_os("ENGINE_TRACE").is_some();
    for (selections, term) in queries {
        let t = Instant::now();
        let base = (!term.is_empty()).then(|| words.matches(term));
        engine.query_into(black_box(selections), base.as_ref(), &mut out);
        times.push(t.elapsed().as_secs_f64() * 1e3);
        black_box(&out);
        if trace {
            let shape: Vec<String> =
                selections.iter().map(|s| format!("{}{:?}", s.facet, s.values)).collect();
            let base = base.as_ref().map_or(0, |b| b.iter().count());
            eprintln!("{:.3} ms {shape:?} {term:?} (text {base}) → {}", times[times.len() - 1], out.total);
        }
    }
    times.sort_by(f64::total_cmp);
    let at = |p: usize| times[(times.len() * p / 100).min(times.len() - 1)];
    println!(
        "{name:<12} {n:>9} rows: build {built_engine:>5.0} ms + words {built_words:>5.0} ms; {} queries: min {:.3} ms, p50 {:.3} ms, p95 {:.3} ms",
        times.len(),
        times[0],
        at(50),
        at(95)
    );
}

fn main() {
    let n: usize = std::env::var("ENGINE_ROWS").ok().and_then(|s| s.parse().ok()).unwrap_or(1_000_000);
    let count: usize = std::env::var("ENGINE_QUERIES").ok().and_then(|s| s.parse().ok()).unwrap_or(400);
    let wanted = std::env::var("ENGINE_WORKLOADS").unwrap_or_else(|_| "even,text,skewed".into());
    println!("facet engine, native, median over {count} queries per line (the same engine as the wasm API)");
    for workload in wanted.split(',') {
        let mut rng = Rng(42);
        match workload {
            "even" | "text" => {
                let d = even(n, &mut rng);
                let queries = even_queries(&d, workload == "text", count, &mut rng);
                run(if workload == "text" { "even + text" } else { "even" }, d, &queries);
            }
            "skewed" => {
                let d = skewed(n, &mut rng);
                let queries = skewed_queries(&d, count, &mut rng);
                run("skewed", d, &queries);
            }
            other => eprintln!("unknown workload {other}: even, text, skewed"),
        }
    }
}
