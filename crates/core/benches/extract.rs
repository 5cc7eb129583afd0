//! Extraction throughput, natively: `cargo bench -p factlens-core --bench extract`.
//! Prints MB/s on the corpus and on large inputs (not a timed test: nothing here can fail on speed).

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use factlens_core::{extract, load_corpus, Article, Document, ADVERSARIAL_TEXTS};

fn corpus() -> Vec<Article> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/articles/articles.toml");
    let source = std::fs::read_to_string(&manifest).unwrap();
    load_corpus(manifest.to_str().unwrap(), &source, |f| std::fs::read(f).map_err(|e| e.to_string())).unwrap()
}

/// Runs `f` repeatedly for about two seconds; returns the median time of one run.
fn time(mut f: impl FnMut()) -> Duration {
    let mut samples = Vec::new();
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(2) || samples.len() < 5 {
        let t = Instant::now();
        f();
        samples.push(t.elapsed());
    }
    samples.sort();
    samples[samples.len() / 2]
}

/// Prints and returns the median time of extracting `articles`.
fn report(name: &str, bytes: usize, articles: &[Article]) -> Duration {
    let t = time(|| {
        black_box(extract(black_box(articles)));
    });
    let mb_s = bytes as f64 / 1e6 / t.as_secs_f64();
    println!("{name:<44} {:>10} bytes {:>10.2} ms {:>8.2} MB/s", bytes, t.as_secs_f64() * 1e3, mb_s);
    t
}

fn one_article(text: String) -> Vec<Article> {
    let document =
        Document { id: "big".into(), title: "big".into(), outlet: None, published: None, url: None };
    vec![Article { document, text }]
}

fn main() {
    let corpus = corpus();
    let bytes: usize = corpus.iter().map(|a| a.text.len()).sum();
    println!("extraction throughput, native (median of repeated runs)");
    report("corpus: 3 articles", bytes, &corpus);
    for copies in [10, 100] {
        let many: Vec<Article> = (0..copies)
            .flat_map(|i| {
                corpus.iter().map(move |a| {
                    let mut a = a.clone();
                    a.document.id = format!("{}-{i}", a.document.id);
                    a
                })
            })
            .collect();
        report(&format!("corpus x{copies}: {} articles", many.len()), bytes * copies, &many);
    }
    let one_text: String = corpus.iter().map(|a| a.text.as_str()).collect::<Vec<_>>().join("\n\n").repeat(40);
    report("one article of the corpus x40", one_text.len(), &one_article(one_text.clone()));

    println!("\nadversarial texts: time for 4x and 16x the text (linear: 4 and 16; quadratic: 16 and 256)");
    for (name, make) in ADVERSARIAL_TEXTS {
        let times: Vec<Duration> = [64_000, 256_000, 1_024_000]
            .into_iter()
            .map(|size| {
                let text = make(size);
                report(&format!("{name}, {} KB", size / 1000), text.len(), &one_article(text))
            })
            .collect();
        let ratio = |i: usize| times[i].as_secs_f64() / times[0].as_secs_f64();
        println!("{name:<44} x{:.1} for 4x, x{:.1} for 16x", ratio(1), ratio(2));
    }
}
