//! Entry point of the browser app: installs the panic hook and mounts the explorer.

#[cfg(target_arch = "wasm32")]
fn main() {
    factlens::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("factlens-web runs in the browser: build it with `trunk build`, or run `make serve`.");
    std::process::exit(2);
}
