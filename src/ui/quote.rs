//! A quotation from an article that leads to the passage in the reader, and to the passage in the
//! article's original when the article has a web address.

use factlens_core::{snippet, Evidence};
use leptos::prelude::*;

use crate::corpus::explorer;
use crate::url::{Go, Url};

/// A quote with its context, linking to the article reader with the passage marked.
#[component]
pub fn Quote(
    /// The passage.
    evidence: Evidence,
    /// Show the words around it.
    #[prop(optional)]
    context: bool,
) -> impl IntoView {
    let url = Url::get();
    let to = url.state.get_untracked().reading(&evidence.doc, Some((evidence.start, evidence.end)));
    let doc = evidence.doc.clone();
    let s = snippet(&evidence, context);
    let original = explorer().original(&evidence);
    let cite = format!("#article-{doc}");
    view! {
        <blockquote class="quote" cite=cite>
            <Go to=to>
                <q>
                    {s.open}
                    <span class="context">{s.before}</span>
                    <span class="quoted">{s.quoted}</span>
                    <span class="context">{s.after}</span>
                    {s.close}
                </q>
            </Go>
            <span class="source">" — article " {doc}</span>
            {original.map(|href| view! { " " {original_link(href, "original".into())} })}
        </blockquote>
    }
}

/// A link to an article's original on the web, which is not told the address of this page.
pub fn original_link(href: String, text: String) -> impl IntoView {
    view! { <a class="original" href=href rel="noopener noreferrer">{text}</a> }
}
