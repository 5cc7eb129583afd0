//! Components of the explorer.

mod articles;

use leptos::prelude::*;

pub use articles::ArticleList;

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <header class="site-header">
            <p class="brand">"factlens"</p>
            <p class="tagline">"Facts from news articles, each tied to the words that support it."</p>
        </header>
        <main id="main">
            <h1>"factlens"</h1>
            <ArticleList/>
        </main>
    }
}
