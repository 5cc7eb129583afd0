//! The URL is the explorer's state: reading it, following links without reloading, and going
//! back and forward.

use factlens_core::{Ignored, UrlState};
use leptos::prelude::*;

/// The current query string and how to change it.
#[derive(Clone, Copy)]
pub struct Url {
    query: RwSignal<String>,
    /// The parsed state.
    pub state: Memo<UrlState>,
    /// What the URL held that the explorer ignored.
    pub ignored: Memo<Vec<Ignored>>,
}

fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

impl Url {
    /// Reads the address bar and follows it on back and forward.
    pub fn install() -> Url {
        let query = RwSignal::new(current_query());
        let parsed = Memo::new(move |_| UrlState::parse(&query.get()));
        let state = Memo::new(move |_| parsed.get().0);
        let ignored = Memo::new(move |_| parsed.get().1);
        let handle = window_event_listener(leptos::ev::popstate, move |_| query.set(current_query()));
        on_cleanup(move || handle.remove());
        let url = Url { query, state, ignored };
        provide_context(url);
        url
    }

    /// The current URL.
    pub fn get() -> Url {
        use_context::<Url>().expect("Url::install runs in App")
    }

    /// Goes to a state: a new history entry when `push`, else the current entry is replaced.
    pub fn go(&self, to: &UrlState, push: bool) {
        let search = to.print();
        let href = format!("{}{}{}", pathname(), if search.is_empty() { "" } else { "?" }, search);
        if let Ok(history) = window().history() {
            let _ = if push {
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href))
            } else {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href))
            };
        }
        self.query.set(if search.is_empty() { String::new() } else { format!("?{search}") });
    }
}

fn pathname() -> String {
    window().location().pathname().unwrap_or_else(|_| "/".into())
}

/// The href of a state, relative to the page.
pub fn href(to: &UrlState) -> String {
    let search = to.print();
    if search.is_empty() {
        pathname()
    } else {
        format!("?{search}")
    }
}

/// A link to another view of the explorer: a real link (copyable, opens in a new tab), followed
/// without reloading.
#[component]
pub fn Go(
    /// Where it leads.
    to: UrlState,
    /// CSS class.
    #[prop(optional, into)]
    class: String,
    /// Accessible name, when the content does not say enough.
    #[prop(optional, into)]
    label: Option<String>,
    /// The content.
    children: Children,
) -> impl IntoView {
    let url = Url::get();
    let target = to.clone();
    view! {
        <a
            href=href(&to)
            class=class
            aria-label=label
            on:click=move |ev: leptos::ev::MouseEvent| {
                if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0 {
                    return;
                }
                ev.prevent_default();
                url.go(&target, true);
            }
        >
            {children()}
        </a>
    }
}
