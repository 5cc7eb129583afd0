//! factlens-worker: the Web Worker that holds a person's own articles (see `crate::session`),
//! built by Trunk beside the app (`data-type="worker"` in `index.html`) and started by the page
//! (`src/collection.rs`) only when the person first changes the articles.
//!
//! The page's messages are arrays `[json, payload]`; the first one opens a collection (with the
//! original articles in the baked format as payload). They are carried out one at a time, in
//! order. The worker first posts `ready`: messages sent before its wasm runs would be lost.
//!
//! Modules: `session` (the collection and the commands), `chosen` (files chosen, held for the
//! person to confirm their titles and dates), `source` (a host's articles from a URL,
//! `src=`), `store` (IndexedDB), `post` (messages to the page).

#[cfg(target_arch = "wasm32")]
mod chosen;
#[cfg(target_arch = "wasm32")]
mod post;
#[cfg(target_arch = "wasm32")]
mod session;
#[cfg(target_arch = "wasm32")]
mod source;
#[cfg(target_arch = "wasm32")]
mod store;

#[cfg(target_arch = "wasm32")]
fn main() {
    inbox::start();
}

#[cfg(target_arch = "wasm32")]
mod inbox {
    use std::cell::{Cell, RefCell};
    use std::collections::VecDeque;

    use serde_json::{json, Value};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    use crate::post::post;
    use crate::session::Session;

    thread_local! {
        static INBOX: RefCell<VecDeque<js_sys::Array>> = const { RefCell::new(VecDeque::new()) };
        static BUSY: Cell<bool> = const { Cell::new(false) };
        static SESSION: RefCell<Option<Session>> = const { RefCell::new(None) };
    }

    /// Listens to the page and says the worker is ready.
    pub fn start() {
        console_error_panic_hook::set_once();
        let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|ev: web_sys::MessageEvent| {
            INBOX.with(|i| i.borrow_mut().push_back(js_sys::Array::from(&ev.data())));
            if !BUSY.replace(true) {
                wasm_bindgen_futures::spawn_local(drain());
            }
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        post(json!({"type": "ready"}));
    }

    /// Carries out the messages waiting, one at a time.
    async fn drain() {
        while let Some(data) = INBOX.with(|i| i.borrow_mut().pop_front()) {
            let message: Value =
                data.get(0).as_string().and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default();
            let payload = data.get(1);
            let session = SESSION.with(|s| s.borrow_mut().take());
            let session = match session {
                // A host's source (`src=`): shown, never a session, never kept.
                _ if message["type"] == "source" => {
                    crate::source::show(&message).await;
                    continue;
                }
                _ if message["type"] == "open" => {
                    let original = js_sys::Uint8Array::new(&payload).to_vec();
                    Session::open(&message, &original).await
                }
                Some(mut session) => {
                    session.handle(&message, &payload).await;
                    session
                }
                None => continue,
            };
            SESSION.with(|s| *s.borrow_mut() = Some(session));
        }
        BUSY.set(false);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("factlens-worker runs in the browser as a Web Worker: build it with `trunk build`.");
    std::process::exit(2);
}
