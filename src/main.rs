//! The wasm binary of the factlens app. The page (`public/boot.js`) calls `start`, embeds
//! (`public/embed.js`) call `mount_explorer`; `main` itself mounts nothing.

#[cfg(target_arch = "wasm32")]
pub use factlens::{
    debug_panic, mount_explorer, original_corpus, show_corpus, start, start_with_corpus, EmbeddedExplorer,
};

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("factlens-web runs in the browser: build it with `trunk build`, or run `make serve`.");
    std::process::exit(2);
}
