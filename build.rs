//! Bakes the corpus into the app: reads `public/articles/articles.toml` and its articles, extracts
//! their facts, checks every piece of evidence against its article, and writes the compact baked
//! form, with its start index, to `$OUT_DIR/corpus.bin`. Any problem fails the build with a message naming the file.

use std::path::Path;

/// The manifest and article readers the command line uses too (a build script cannot use its own
/// package's library).
#[path = "src/files.rs"]
mod files;
use std::process::exit;

const MANIFEST: &str = "public/articles/articles.toml";

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    exit(1)
}

fn main() {
    println!("cargo:rerun-if-changed=public/articles");
    let manifest = std::env::var("FACTLENS_MANIFEST").unwrap_or_else(|_| MANIFEST.to_string());
    println!("cargo:rerun-if-env-changed=FACTLENS_MANIFEST");
    let source = files::read_manifest(&manifest).unwrap_or_else(|e| fail(&e));
    let mut read = files::article_reader(&manifest);
    let corpus = factlens_core::Corpus::bake(&manifest, &source, |file| {
        println!("cargo:rerun-if-changed={file}");
        read(file)
    })
    .unwrap_or_else(|e| fail(&e));
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("corpus.bin");
    // With its start index: the page loads the facet index instead of building it.
    let bytes = factlens_core::Explorer::new(corpus).to_bytes();
    std::fs::write(&out, bytes).unwrap_or_else(|e| fail(&format!("{}: {e}", out.display())));
}
