//! The factlens web app: a thin leptos UI over `factlens-core`, for the factlens page, for iframes
//! on other sites, and for `<factlens-explorer>` elements (see `public/embed.js`).
//!
//! Everything here only renders what the core computes; the explorer's state is a URL.

pub mod corpus;
#[cfg(not(target_arch = "wasm32"))]
pub mod files;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;

#[cfg(target_arch = "wasm32")]
mod embed;
#[cfg(target_arch = "wasm32")]
mod place;
#[cfg(target_arch = "wasm32")]
mod ui;
#[cfg(target_arch = "wasm32")]
mod url;

#[cfg(target_arch = "wasm32")]
pub use web::{
    debug_panic, mount_explorer, original_corpus, show_corpus, start, start_with_corpus, EmbeddedExplorer,
};

#[cfg(target_arch = "wasm32")]
mod web {
    use leptos::prelude::*;
    use leptos::wasm_bindgen::prelude::*;
    use leptos::web_sys::HtmlElement;

    use crate::ui::App;
    use crate::url::{Home, Url};

    thread_local! {
        /// The containers of the explorers mounted in elements: each shows the crash notice.
        static ELEMENT_CONTAINERS: std::cell::RefCell<Vec<leptos::web_sys::Element>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }

    /// Logs a panic to the console and puts a notice with a reload link in every explorer on the
    /// page (the page's own and those in elements): after a panic the wasm no longer answers, and
    /// the notice needs no wasm to work.
    fn install_panic_hook() {
        static INSTALLED: std::sync::Once = std::sync::Once::new();
        INSTALLED.call_once(|| {
            std::panic::set_hook(Box::new(|info| {
                console_error_panic_hook::hook(info);
                let mut targets: Vec<leptos::web_sys::Element> =
                    ELEMENT_CONTAINERS.with(|c| c.try_borrow().map(|c| c.clone()).unwrap_or_default());
                if let Some(page) = document().query_selector(".fl-app").ok().flatten() {
                    targets.push(page);
                } else if targets.is_empty() {
                    targets.extend(document().body().map(Into::into));
                }
                for target in targets {
                    show_crash_notice(&target);
                }
            }));
        });
    }

    fn show_crash_notice(target: &leptos::web_sys::Element) {
        // Once per explorer (an error boundary's own `.crash` notice does not count).
        if target.query_selector(".crash.panicked").ok().flatten().is_some() {
            return;
        }
        let document = document();
        let Ok(notice) = document.create_element("div") else { return };
        notice.set_class_name("crash panicked");
        let _ = notice.set_attribute("role", "alert");
        let Ok(text) = document.create_element("p") else { return };
        text.set_text_content(Some("factlens stopped because of an internal error and no longer responds. "));
        if let Ok(link) = document.create_element("a") {
            let here = window().location().href().unwrap_or_default();
            let _ = link.set_attribute("href", &here);
            link.set_text_content(Some("Reload the page"));
            let _ = text.append_child(&link);
        }
        let _ = notice.append_child(&text);
        let _ = target.insert_before(&notice, target.first_child().as_ref());
    }

    /// Panics on purpose: for the test that the page shows a clear message after a panic.
    #[wasm_bindgen]
    pub fn debug_panic() {
        panic!("a panic asked for by debug_panic()");
    }

    /// Starts the factlens page (called by `public/boot.js`): the explorer on `<body>`, framed
    /// (compact, talking to the host page) when it runs in an iframe with `embed=1`.
    #[wasm_bindgen]
    pub fn start() {
        install_panic_hook();
        let search = window().location().search().unwrap_or_default();
        let embed = factlens_core::UrlState::parse(&search).0.embed;
        let home = if embed && in_frame() { Home::Frame } else { Home::Page };
        leptos::mount::mount_to_body(move || view! { <App home=home/> });
    }

    /// Starts the page on another corpus than the baked one, given in the baked format with its
    /// start index (`factlens bake` or `factlens synthetic`; the benchmarks load synthetic corpora
    /// this way).
    #[wasm_bindgen]
    pub fn start_with_corpus(bytes: Vec<u8>) -> Result<(), JsError> {
        crate::corpus::use_corpus(bytes)?;
        start();
        Ok(())
    }

    /// Shows a corpus (in the baked format with its start index, as the worker sends it; the
    /// original one for `undefined`) in the explorer whose
    /// collection key is `key`: `public/collection.js` calls it with what the worker extracted.
    /// Returns whether it did (there is such an explorer, and the bytes decode).
    #[wasm_bindgen]
    pub fn show_corpus(key: &str, bytes: Option<Vec<u8>>) -> bool {
        crate::corpus::Shown::replace_for(key, bytes.as_deref())
    }

    /// The original corpus in the baked format, which a person's collection starts from.
    #[wasm_bindgen]
    pub fn original_corpus() -> Vec<u8> {
        crate::corpus::original_bytes().to_vec()
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
        install_panic_hook();
        // Each element keeps its collection under its id, else its place among the page's elements.
        let key = ELEMENT_CONTAINERS.with(|c| {
            let mut c = c.borrow_mut();
            c.push(container.clone().into());
            format!("element:{}", if element.id().is_empty() { c.len().to_string() } else { element.id() })
        });
        let cell = std::rc::Rc::new(std::cell::Cell::new(None));
        let ready = cell.clone();
        let mounted = leptos::mount::mount_to(container, move || {
            let on_ready: Box<dyn FnOnce(Url)> = Box::new(move |url| ready.set(Some(url)));
            view! { <App home=Home::Element { base } initial=query element=element on_ready=on_ready collection_key=key/> }
                .into_any()
        });
        EmbeddedExplorer { url: cell, _mounted: mounted }
    }
}
