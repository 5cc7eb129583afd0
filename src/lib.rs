//! The factlens web app: a thin leptos UI over `factlens-core`.
//!
//! Everything here only renders what the core computes; the explorer's state lives in the URL.

pub mod corpus;

#[cfg(target_arch = "wasm32")]
mod ui;

/// Installs the panic hook and mounts the app on `<body>`.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(ui::App);
}
