//! The explorer's state: the URL of the page (or, inside a custom element, an in-memory URL),
//! links that follow it without reloading, and back and forward (which return to the place kept
//! in the history entry: `crate::place`).

use factlens_core::{Ignored, UrlState};
use leptos::prelude::*;

use crate::place;

/// Where the explorer lives, which decides where its state is kept.
#[derive(Clone)]
pub enum Home {
    /// The factlens page: state in the address bar, each step a history entry.
    Page,
    /// An iframe on another site (`embed=1`): state in the frame's address, steps replace each
    /// other so the host page's history stays clean.
    Frame,
    /// A `<factlens-explorer>` element: state in memory; links point at the factlens page at `base`.
    Element {
        /// The factlens page's address (where embed.js came from), ending in `/`.
        base: String,
    },
}

/// The current query string and how to change it.
#[derive(Clone, Copy)]
pub struct Url {
    query: RwSignal<String>,
    home: StoredValue<Home>,
    /// The parsed state.
    pub state: Memo<UrlState>,
    /// What the URL held that the explorer ignored.
    pub ignored: Memo<Vec<Ignored>>,
}

fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

impl Url {
    /// Installs the state for this explorer: read from the address bar (and followed on back and
    /// forward), or held in memory starting at `initial` for an element.
    pub fn install(home: Home, initial: Option<String>) -> Url {
        let query = RwSignal::new(initial.unwrap_or_else(current_query));
        let parsed = Memo::new(move |_| UrlState::parse(&query.get()));
        let state = Memo::new(move |_| parsed.get().0);
        let ignored = Memo::new(move |_| parsed.get().1);
        if !matches!(home, Home::Element { .. }) {
            place::take_over();
            let handle = window_event_listener(leptos::ev::popstate, move |ev| {
                query.set(current_query());
                place::restore(ev.state());
            });
            on_cleanup(move || handle.remove());
        }
        let url = Url { query, home: StoredValue::new(home), state, ignored };
        provide_context(url);
        url.tidy_address();
        url
    }

    /// Rewrites the address bar without what the explorer ignored (a 50 KB search would
    /// otherwise stay in every link copied from it); the notice still says what was ignored.
    fn tidy_address(&self) {
        if matches!(self.home(), Home::Element { .. }) || self.ignored.with_untracked(Vec::is_empty) {
            return;
        }
        let search = self.state.get_untracked().print();
        let href = if search.is_empty() { pathname() } else { format!("{}?{search}", pathname()) };
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href));
        }
    }

    /// The current URL.
    pub fn get() -> Url {
        use_context::<Url>().expect("Url::install runs before the components")
    }

    /// Where the explorer lives.
    pub fn home(&self) -> Home {
        self.home.get_value()
    }

    /// Replaces the whole query (an element's `filters` attribute, a host's message).
    pub fn set_query(&self, query: String) {
        self.query.set(query);
    }

    /// Goes to a state: a new history entry when `push` (on the page), else the entry is replaced.
    pub fn go(&self, to: &UrlState, push: bool) {
        let search = to.print();
        let query = if search.is_empty() { String::new() } else { format!("?{search}") };
        match self.home() {
            Home::Element { .. } => {}
            home => {
                let href = format!("{}{query}", pathname());
                if let Ok(history) = window().history() {
                    let null = wasm_bindgen::JsValue::NULL;
                    let _ = if push && matches!(home, Home::Page) {
                        place::keep();
                        history.push_state_with_url(&null, "", Some(&href))
                    } else {
                        history.replace_state_with_url(&null, "", Some(&href))
                    };
                }
            }
        }
        self.query.set(query);
    }

    /// The full address of the current view, to copy and share: the page's own (the frame's in
    /// an iframe), or, in an element, the factlens page's address of its state.
    pub fn view_address(&self) -> Option<String> {
        match self.home() {
            Home::Element { .. } => Some(self.href(&self.state.get_untracked())),
            _ => window().location().href().ok(),
        }
    }

    /// The href of a state.
    pub fn href(&self, to: &UrlState) -> String {
        let search = to.print();
        match self.home() {
            Home::Element { base } => format!("{base}?{search}"),
            _ if search.is_empty() => pathname(),
            _ => format!("?{search}"),
        }
    }
}

fn pathname() -> String {
    window().location().pathname().unwrap_or_else(|_| "/".into())
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
    let href = url.href(&to);
    view! {
        <a
            href=href
            class=class
            aria-label=label
            on:click=move |ev: leptos::ev::MouseEvent| {
                if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0 {
                    return;
                }
                ev.prevent_default();
                url.go(&to, true);
            }
        >
            {children()}
        </a>
    }
}
