//! The article reader: the whole text, every fact highlighted and linked, the passage asked for
//! marked and scrolled to the middle of the window (a link to a passage
//! that is not there says so). Article text is always rendered as text, never as HTML.

use factlens_core::{Segment, UrlState};
use leptos::prelude::*;

use super::quote::original_link;
use crate::corpus::explorer;
use crate::url::{Go, Url};

/// Why a link can lead to an article or fact that is not here.
pub const ABSENT: &str =
    "It may be in someone's own collection: articles a person adds stay in their browser.";

/// Article `doc`, with the passage `at` marked.
#[component]
pub fn ReaderView(
    /// Article id.
    doc: String,
    /// Passage to mark, in code points.
    at: Option<(usize, usize)>,
) -> impl IntoView {
    let url = Url::get();
    let state = url.state.get_untracked();
    let back = state.list_view();
    let Some(reader) = explorer().reader(&doc, at) else {
        return not_found(doc, back);
    };
    let section = NodeRef::<leptos::html::Section>::new();
    if at.is_some() {
        scroll_to_passage(section);
    }
    // A link whose passage is not in the article (past its end) says so.
    let missed = at.is_some() && reader.marked_text.is_none();
    let paragraphs = reader
        .paragraphs
        .into_iter()
        .map(|segments| {
            let parts = segments.into_iter().map(|seg| segment(&state, seg)).collect_view();
            view! { <p>{parts}</p> }
        })
        .collect_view();
    view! {
        <section class="reader" aria-labelledby="reader-title fl-name" node_ref=section>
            <p class="back"><Go to=back>"← All results"</Go></p>
            <article id=format!("article-{}", reader.id)>
                <h2 id="reader-title" tabindex="-1">{reader.title.clone()}</h2>
                // The date whole (style.css): a phone breaks the line before it, not inside it.
                <p class="byline">
                    {reader.byline}
                    {reader.published.map(|date| view! { " · " <span>{date}</span> })}
                </p>
                {reader.original.map(|o| view! {
                    <p class="byline">{original_link(o.href, format!("Original article at {}", o.host))}</p>
                })}
                {missed.then(|| view! {
                    <p class="notice" role="status">
                        "The passage this link points to is not in this article (it lies past its end), so nothing is marked."
                    </p>
                })}
                <div class="legend" role="group" aria-label="Highlight key">
                    <span class="fact fact-unit">"unit"</span>
                    <span class="fact fact-official">"official"</span>
                    <span class="fact fact-organization">"organization"</span>
                    <span class="fact fact-place">"place"</span>
                    <span class="in-event">"event evidence"</span>
                </div>
                <div class="article-text">{paragraphs}</div>
            </article>
        </section>
    }
    .into_any()
}

/// The reader of an article that is not here.
fn not_found(doc: String, back: UrlState) -> AnyView {
    view! {
        <section class="reader" id="fl-reader" aria-label="Article" aria-labelledby="fl-reader fl-name">
            <p class="back"><Go to=back>"← All results"</Go></p>
            <h2 tabindex="-1">"Not found"</h2>
            <p>"There is no article “" {doc} "”. " {ABSENT}</p>
        </section>
    }
    .into_any()
}

/// Scrolls the marked passage to the middle of the window once drawn (looked up in `section`,
/// which may be in a shadow root).
fn scroll_to_passage(section: NodeRef<leptos::html::Section>) {
    request_animation_frame(move || {
        if let Some(mark) =
            section.get_untracked().and_then(|s| s.query_selector("mark.passage").ok().flatten())
        {
            let options = leptos::web_sys::ScrollIntoViewOptions::new();
            options.set_block(leptos::web_sys::ScrollLogicalPosition::Center);
            mark.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });
}

/// A run of article text: a link to the entity it mentions, marked when asked for, preceded by a
/// badge where event evidence starts.
fn segment(state: &UrlState, seg: Segment) -> impl IntoView {
    let badge = seg.event_start.map(|start| {
        let to = state.opened(&start.id);
        let event_type = start.event_type;
        view! { <Go to=to class="event-badge" label=format!("Event: {event_type}")>{event_type}</Go> }
    });
    let text = seg.text;
    let inner = match seg.entity {
        Some(entity) => {
            let to = state.opened(&entity.id);
            view! { <Go to=to class=format!("fact fact-{}", entity.kind)>{text}</Go> }.into_any()
        }
        None => text.into_any(),
    };
    let inner = if seg.marked { view! { <mark class="passage">{inner}</mark> }.into_any() } else { inner };
    let class = if seg.in_event { "in-event" } else { "" };
    view! { {badge} <span class=class>{inner}</span> }
}
