//! The whole explorer, for a page, an iframe or an element: the state installed (`crate::url`),
//! embedding wired up (`crate::embed`), the results shared (`context`), and the page around the
//! view of the state.

use factlens_core::{Theme, UrlState};
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use super::context::{provide_results, use_results};
use super::{detail, filters, reader, results};
use crate::corpus::{explorer, Shown};
use crate::url::{Go, Home, Url};

/// What identifies a view: the corpus shown (its address), the fact open, the article read, and
/// the passage marked in it.
type ViewKey = (usize, Option<String>, Option<String>, Option<(usize, usize)>);

/// The whole explorer, for a page, an iframe or an element.
#[component]
pub fn App(
    /// Where it lives.
    home: Home,
    /// For an element: its starting query (the `filters` attribute).
    #[prop(optional)]
    initial: Option<String>,
    /// For an element: the element, which receives `factlens` events.
    #[prop(optional)]
    element: Option<leptos::web_sys::HtmlElement>,
    /// Receives the URL once installed, so the host can drive it.
    #[prop(optional)]
    on_ready: Option<Box<dyn FnOnce(Url)>>,
    /// For an element: the key its collection is kept under.
    #[prop(optional)]
    collection_key: Option<String>,
) -> impl IntoView {
    let in_element = matches!(home, Home::Element { .. });
    let key = match &home {
        Home::Page => "page".to_string(),
        Home::Frame => "frame".to_string(),
        Home::Element { .. } => collection_key.unwrap_or_else(|| "element".into()),
    };
    let root = NodeRef::<leptos::html::Div>::new();
    let framed = matches!(home, Home::Frame);
    let url = install(Url::install(home, initial), &key, element, on_ready, root);
    let state = url.state;
    let compact = move || framed || state.get().embed || matches!(url.home(), Home::Element { .. });
    let theme = move || theme_name(state.get().theme);
    view! {
        <div class="fl-app" data-theme=theme class:compact=compact node_ref=root>
        <a class="skip-link" href="#content">"Skip to content"</a>
        <header class="site-header" hidden=compact>
            <p class="brand">
                <Go to=UrlState::default()>"factlens"</Go>
            </p>
            <p class="tagline">"Facts from news articles, each tied to the words that support it."</p>
        </header>
        // The page's main landmark; in an element, a plain container inside the host's landmarks.
        // Each landmark's name ends with `fl-name`'s text, which only an element's shadow root
        // has (public/embed.js): "Filters (explorer 2)", so two elements' landmarks differ.
        <div id="main" class="layout" role=if in_element { "none" } else { "main" }>
            <h1 class="visually-hidden">"factlens explorer"</h1>
            // The person's own articles: public/collection.js (loaded on the first click, or at
            // once when this explorer kept a collection) draws the rest and drives the worker.
            <section class="collection-bar" id="fl-bar" aria-label="Your articles" aria-labelledby="fl-bar fl-name" data-key=key>
                <button type="button" class="add-articles">"Add articles"</button>
                <button type="button" class="export-import" aria-expanded="false">"Export or import"</button>
            </section>
            <IgnoredNotice/>
            <filters::Filters/>
            <CurrentView/>
        </div>
        </div>
    }
}

/// Wires up what hangs on the installed `url`: the collection shown under `key`, the embedding
/// (an iframe's or an element's), the host's ready callback, the shared results and the tab's
/// title. Returns `url`.
fn install(
    url: Url,
    key: &str,
    element: Option<leptos::web_sys::HtmlElement>,
    on_ready: Option<Box<dyn FnOnce(Url)>>,
    root: NodeRef<leptos::html::Div>,
) -> Url {
    Shown::provide(key.to_string());
    if matches!(url.home(), Home::Frame) {
        crate::embed::frame(url, root);
    }
    if let Some(element) = element {
        crate::embed::element(url, element);
    }
    if let Some(ready) = on_ready {
        ready(url);
    }
    let state = url.state;
    provide_results(state);
    provide_context(results::CardHeights::new());
    if !matches!(url.home(), Home::Element { .. }) {
        Effect::new(move |_| document().set_title(&explorer().title(&state.get())));
    }
    url
}

/// The `data-theme` of a colour scheme (none: follow the reader's).
fn theme_name(theme: Theme) -> Option<&'static str> {
    match theme {
        Theme::Light => Some("light"),
        Theme::Dark => Some("dark"),
        Theme::Auto => None,
    }
}

/// The view of the state: the reader, a fact's details or the results. Only a change of view
/// redraws it (filters update the list in place), and the new view gets the focus, so keyboard
/// and screen reader users land in it.
#[component]
fn CurrentView() -> impl IntoView {
    let state = Url::get().state;
    let main_ref = NodeRef::<leptos::html::Div>::new();
    // Another corpus (the person's collection changed) draws the view again.
    let view_key = Memo::new(move |_| {
        let s = state.get();
        (std::ptr::from_ref(explorer()) as usize, s.open.clone(), s.doc.clone(), s.at)
    });
    Effect::new(move |previous: Option<ViewKey>| {
        let key = view_key.get();
        if previous.is_some_and(|p: ViewKey| (p.1, p.2, p.3) != (key.1.clone(), key.2.clone(), key.3)) {
            request_animation_frame(move || focus_heading(main_ref));
        }
        key
    });
    view! {
        <div class="content" id="content" node_ref=main_ref>
            <ErrorBoundary fallback=|errors| {
                view! {
                    <div class="crash" role="alert">
                        <p>
                            "This view could not be shown: "
                            {move || errors.get().into_iter().map(|(_, e)| e.to_string()).collect::<Vec<_>>().join("; ")}
                            " "
                            <a href="./">"Start again"</a>
                        </p>
                    </div>
                }
            }>
            {move || {
                let (_, open, doc, at) = view_key.get();
                if let Some(doc) = doc {
                    view! { <reader::ReaderView doc=doc at=at/> }.into_any()
                } else if let Some(id) = open {
                    view! { <detail::Detail id=id/> }.into_any()
                } else {
                    view! { <results::ResultsView/> }.into_any()
                }
            }}
            </ErrorBoundary>
        </div>
    }
}

/// Focuses the view's heading, and shows the view from its top unless it marks a passage (the
/// reader scrolls that into view).
fn focus_heading(view: NodeRef<leptos::html::Div>) {
    let Some(el) = view.get_untracked() else { return };
    if let Ok(Some(h)) = el.query_selector("h2") {
        let options = leptos::web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = h.unchecked_ref::<leptos::web_sys::HtmlElement>().focus_with_options(&options);
    }
    let marked = el.query_selector("mark.passage").ok().flatten().is_some();
    if !marked && el.get_bounding_client_rect().top() < 0.0 {
        el.scroll_into_view();
    }
}

/// Says once what the URL held that the page could not use, and can be dismissed.
#[component]
fn IgnoredNotice() -> impl IntoView {
    let url = Url::get();
    let (dismissed, set_dismissed) = signal(String::new());
    let results = use_results();
    let unknown = Memo::new(move |_| results.with(|r| r.unknown_values.clone()));
    let items = Memo::new(move |_| {
        let mut all: Vec<String> = url.ignored.get().iter().map(|i| i.to_string()).collect();
        all.extend(unknown.get().iter().map(|i| i.to_string()));
        all
    });
    let key = Memo::new(move |_| items.get().join("|"));
    view! {
        <Show when=move || !items.get().is_empty() && dismissed.get() != key.get()>
            <div class="notice" role="status">
                <p>
                    <strong>"Some of this link could not be used and was ignored: "</strong>
                    {move || items.get().join("; ")}
                </p>
                <button type="button" on:click=move |_| set_dismissed.set(key.get())>
                    "Dismiss"
                </button>
            </div>
        </Show>
    }
}
