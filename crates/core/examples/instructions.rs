//! Extracts the corpus of `public/articles/` a given number of times (the first argument, 1 if
//! none) and exits. `bench/instructions.sh` runs it under valgrind's callgrind with 1 and with 6:
//! the difference over 5 is the instructions of one extraction of the corpus, a figure that other
//! work on a shared machine does not move (unlike the timings of `benches/extract.rs`).

use std::hint::black_box;
use std::path::Path;

use factlens_core::{extract, load_corpus};

fn main() {
    let runs: usize = std::env::args().nth(1).map_or(1, |n| n.parse().expect("runs: a whole number"));
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/articles/articles.toml");
    let source = std::fs::read_to_string(&manifest).expect("the corpus manifest");
    let corpus = load_corpus(manifest.to_str().expect("a UTF-8 path"), &source, |f| {
        std::fs::read(f).map_err(|e| e.to_string())
    })
    .expect("the corpus");
    for _ in 0..runs {
        black_box(extract(black_box(&corpus)));
    }
}
