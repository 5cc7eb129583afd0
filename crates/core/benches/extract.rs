//! Extraction throughput, natively: `cargo bench -p factlens-core --bench extract`.
//! Prints MB/s on the corpus and on large inputs, by wall time and by the thread's CPU time (not a
//! timed test: nothing here can fail on speed).

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use cpu_time::ThreadTime;
use factlens_core::{extract, load_corpus, Article, Document, ADVERSARIAL_TEXTS};

fn corpus() -> Vec<Article> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/articles/articles.toml");
    let source = std::fs::read_to_string(&manifest).unwrap();
    load_corpus(manifest.to_str().unwrap(), &source, |f| std::fs::read(f).map_err(|e| e.to_string())).unwrap()
}

/// Runs `f` repeatedly for about two seconds; returns the median wall time of one run, the
/// median CPU time of this thread for one run, and the number of runs.
///
/// On a machine that other work shares, wall time also counts the time the thread waited for a
/// core; its CPU time is the work extraction did.
fn time(mut f: impl FnMut()) -> (Duration, Duration, usize) {
    let (mut wall, mut cpu) = (Vec::new(), Vec::new());
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(2) || wall.len() < 5 {
        let (t, c) = (Instant::now(), ThreadTime::now());
        f();
        cpu.push(c.elapsed());
        wall.push(t.elapsed());
    }
    wall.sort();
    cpu.sort();
    (wall[wall.len() / 2], cpu[cpu.len() / 2], wall.len())
}

/// Prints and returns the median wall time of extracting `articles`, with throughput by wall
/// time and by CPU time.
fn report(name: &str, bytes: usize, articles: &[Article]) -> Duration {
    let (wall, cpu, runs) = time(|| {
        black_box(extract(black_box(articles)));
    });
    let mb_s = |t: Duration| bytes as f64 / 1e6 / t.as_secs_f64();
    println!(
        "{name:<40} {bytes:>8} B {:>9.2} ms {:>6.2} MB/s   cpu {:>9.2} ms {:>6.2} MB/s {runs:>5}",
        wall.as_secs_f64() * 1e3,
        mb_s(wall),
        cpu.as_secs_f64() * 1e3,
        mb_s(cpu)
    );
    wall
}

fn one_article(text: String) -> Vec<Article> {
    let document =
        Document { id: "big".into(), title: "big".into(), outlet: None, published: None, url: None };
    vec![Article { document, text }]
}

fn main() {
    let corpus = corpus();
    let bytes: usize = corpus.iter().map(|a| a.text.len()).sum();
    println!("extraction throughput, native: median wall time and median CPU time of this thread, over the runs counted");
    println!("{:<40} {:>10} {:>20}   {:>20} {:>5}", "", "text", "wall", "cpu", "runs");
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
