//! The factlens web app: a thin leptos UI over `factlens-core`, for the factlens page, for iframes
//! on other sites, and for `<factlens-explorer>` elements (see `public/embed.js`).
//!
//! Everything here only renders what the core computes; the explorer's state is a URL.

pub mod corpus;

#[cfg(target_arch = "wasm32")]
mod embed;
#[cfg(target_arch = "wasm32")]
mod ui;

#[cfg(target_arch = "wasm32")]
pub use web::{mount_explorer, start, start_with_corpus, EmbeddedExplorer};

#[cfg(target_arch = "wasm32")]
mod web {
    use leptos::prelude::*;
    use leptos::wasm_bindgen::prelude::*;
    use leptos::web_sys::HtmlElement;

    use crate::ui::{App, Home, Url};

    /// Starts the factlens page (called by `public/boot.js`): the explorer on `<body>`, framed
    /// (compact, talking to the host page) when it runs in an iframe with `embed=1`.
    #[wasm_bindgen]
    pub fn start() {
        console_error_panic_hook::set_once();
        let search = window().location().search().unwrap_or_default();
        let embed = factlens_core::UrlState::parse(&search).0.embed;
        let home = if embed && in_frame() { Home::Frame } else { Home::Page };
        leptos::mount::mount_to_body(move || view! { <App home=home/> });
    }

    /// Starts the page on another corpus than the baked one, given in the baked format (the
    /// interaction benchmark loads a synthetic corpus this way: `factlens synthetic`).
    #[wasm_bindgen]
    pub fn start_with_corpus(bytes: &[u8]) -> Result<(), JsError> {
        let corpus = factlens_core::Corpus::from_bytes(bytes)?;
        crate::corpus::use_corpus(corpus);
        start();
        Ok(())
    }

    /// Whether this page runs inside a frame of another page.
    fn in_frame() -> bool {
        window().parent().ok().flatten().is_some_and(|p| !js_sys::Object::is(p.as_ref(), window().as_ref()))
    }

    /// An explorer mounted in an element (by `public/embed.js`), which the element drives.
    #[wasm_bindgen]
    pub struct EmbeddedExplorer {
        url: std::rc::Rc<std::cell::Cell<Option<Url>>>,
        _mounted: leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>,
    }

    #[wasm_bindgen]
    impl EmbeddedExplorer {
        /// Shows the view of a query string (the element's `filters` attribute changed).
        #[wasm_bindgen(js_name = setQuery)]
        pub fn set_query(&self, query: String) {
            if let Some(url) = self.url.get() {
                url.set_query(query);
            }
        }

        /// Carries out a host command given as a message object's JSON (same protocol as iframes).
        pub fn command(&self, message_json: &str) -> bool {
            let Some(url) = self.url.get() else { return false };
            let origin = window().location().origin().unwrap_or_default();
            match factlens_core::accept_message(&origin, std::slice::from_ref(&origin), message_json) {
                Ok(command) => {
                    crate::embed::command(url, command);
                    true
                }
                Err(_) => false,
            }
        }
    }

    /// Mounts an explorer into `container` (inside the element's shadow root), starting at `query`,
    /// with links leading to the factlens page at `base`; `element` receives `factlens` events.
    #[wasm_bindgen]
    pub fn mount_explorer(
        container: HtmlElement,
        element: HtmlElement,
        query: String,
        base: String,
    ) -> EmbeddedExplorer {
        console_error_panic_hook::set_once();
        let cell = std::rc::Rc::new(std::cell::Cell::new(None));
        let ready = cell.clone();
        let mounted = leptos::mount::mount_to(container, move || {
            let on_ready: Box<dyn FnOnce(Url)> = Box::new(move |url| ready.set(Some(url)));
            view! { <App home=Home::Element { base } initial=query element=element on_ready=on_ready/> }
                .into_any()
        });
        EmbeddedExplorer { url: cell, _mounted: mounted }
    }
}
