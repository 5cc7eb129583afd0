//! The list of source articles.

use leptos::prelude::*;

use crate::corpus::corpus;

/// Every article of the corpus with its outlet and date where known.
#[component]
pub fn ArticleList() -> impl IntoView {
    let items = corpus()
        .articles
        .iter()
        .map(|article| {
            let doc = &article.document;
            let outlet = doc.outlet.clone().map(|o| view! { <span class="outlet">{o}</span> });
            let published = doc.published.map(|d| {
                let iso = d.to_string();
                let label = iso.clone();
                view! { <time datetime=iso>{label}</time> }
            });
            view! {
                <li>
                    <article class="article-card" aria-labelledby=format!("article-{}", doc.id)>
                        <h3 id=format!("article-{}", doc.id)>{doc.title.clone()}</h3>
                        <p class="meta">{outlet}{published}</p>
                    </article>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="articles" aria-labelledby="articles-heading">
            <h2 id="articles-heading">"Articles"</h2>
            <ul class="article-list">{items}</ul>
        </section>
    }
}
