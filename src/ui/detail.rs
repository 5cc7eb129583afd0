//! The details of one fact: an entity's attributes, mentions, related entities and events; an
//! event's participants, place, date, evidence and disagreements.

use factlens_core::{ArticleMentions, Conflict, EntityDetail, EventDetail, EventRef, FactRef, UrlState};
use leptos::prelude::*;

use super::quote::Quote;
use super::reader::ABSENT;
use crate::corpus::explorer;
use crate::url::{Go, Url};

/// The details of the fact `id`, or a message if there is no such fact.
#[component]
pub fn Detail(
    /// Entity or event id.
    id: String,
) -> impl IntoView {
    let url = Url::get();
    let back = url.state.get_untracked().list_view();
    let body = if let Some(d) = explorer().entity_detail(&id) {
        entity(d).into_any()
    } else if let Some(d) = explorer().event_detail(&id) {
        event(d).into_any()
    } else {
        view! {
            <h2 tabindex="-1">"Not found"</h2>
            <p>"There is no fact with the id “" {id.clone()} "” in these articles. " {ABSENT}</p>
        }
        .into_any()
    };
    view! {
        <section class="detail" id="fl-detail" aria-label="Details" aria-labelledby="fl-detail fl-name">
            <p class="back">
                <Go to=back>"← All results"</Go>
            </p>
            {share(&url, &id)}
            {body}
        </section>
    }
}

/// "Copy link" and "Cite" for fact `id`: buttons whose `data-copy` text public/boot.js copies,
/// saying so in the live status beside them.
fn share(url: &Url, id: &str) -> Option<impl IntoView> {
    let link = url.view_address()?;
    let cite = explorer().citation(id, &link)?;
    Some(view! {
        <p class="share">
            <button type="button" data-copy=link>"Copy link"</button>
            <button type="button" data-copy=cite>"Cite"</button>
            <span role="status"></span>
        </p>
    })
}

/// An entity's kind, name, attributes, mentions by article, events and related entities.
fn entity(d: EntityDetail) -> impl IntoView {
    let state = Url::get().state.get_untracked();
    let e = d.entity;
    let attributes: Vec<(String, String)> = e.attributes.clone().into_iter().collect();
    view! {
        <p class="kind">{e.kind.as_str()}</p>
        <h2 tabindex="-1">{e.name.clone()}</h2>
        <dl class="attributes">
            {attributes
                .into_iter()
                .map(|(k, v)| view! { <div><dt>{k}</dt> <dd>{v}</dd></div> })
                .collect_view()}
            {(!e.aliases.is_empty()).then(|| view! { <div><dt>"also named"</dt> <dd>{e.aliases.join(", ")}</dd></div> })}
        </dl>
        <h3>{format!("Mentions in {} {}", d.mentions.len(), if d.mentions.len() == 1 { "article" } else { "articles" })}</h3>
        {d.mentions.into_iter().map(|m| mentions(&state, m)).collect_view()}
        {heading(!d.events.is_empty(), "Events")}
        <ul class="links">
            {d.events.into_iter().map(|ev| event_link(&state, ev)).collect_view()}
        </ul>
        {heading(!d.related.is_empty(), "Related")}
        <ul class="links related">
            {d.related.into_iter().map(|f| view! { <li>{fact_link(&state, f)}</li> }).collect_view()}
        </ul>
    }
}

/// A third-level heading, shown when there is something under it.
fn heading(when: bool, text: &'static str) -> impl IntoView {
    view! {
        <Show when=move || when>
            <h3>{text}</h3>
        </Show>
    }
}

/// An entity's mentions in one article, the article leading to the reader.
fn mentions(state: &UrlState, m: ArticleMentions) -> impl IntoView {
    let to = state.reading(&m.article.id, None);
    let title = m.article.title;
    // Not a landmark (no name): a fact's details may list many; its heading says what it is.
    view! {
        <section class="mentions">
            <h4>
                <Go to=to>{title.clone()}</Go>
            </h4>
            <ul>
                {m.mentions
                    .into_iter()
                    .map(|m| view! { <li><Quote evidence=m context=true/></li> })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// A link to an event, with its date.
fn event_link(state: &UrlState, ev: EventRef) -> impl IntoView {
    let to = state.opened(&ev.id);
    view! {
        <li>
            <Go to=to>{ev.summary}</Go>
            <span class="date">{ev.date.map(|d| format!(" ({d})")).unwrap_or_default()}</span>
        </li>
    }
}

/// A link to a fact, with its kind.
fn fact_link(state: &UrlState, f: FactRef) -> impl IntoView {
    let to = state.opened(&f.id);
    view! { <Go to=to>{f.name}</Go> <span class="kind-inline">{format!(" {}", f.kind)}</span> }
}

/// An event's type, summary, date, place, participants, sources, evidence and disagreements.
fn event(d: EventDetail) -> impl IntoView {
    let state = Url::get().state.get_untracked();
    let e = d.event;
    let basis = e.date.basis.clone();
    let written = d.as_written;
    view! {
        <p class="kind">{format!("event · {}", e.event_type)}</p>
        <h2 tabindex="-1">{e.summary.clone()}</h2>
        <dl class="attributes">
            <div>
                <dt>"date"</dt>
                <dd>
                    {d.date}
                    {basis.map(|b| view! { <span class="basis">" — inferred: " {b}</span> })}
                </dd>
            </div>
            {(!written.is_empty()).then(|| view! { <div><dt>"as written"</dt> <dd>{written}</dd></div> })}
            {d.location.map(|place| {
                let to = state.opened(&place.id);
                view! { <div><dt>"place"</dt> <dd><Go to=to>{place.name}</Go></dd></div> }
            })}
            {(!d.participants.is_empty()).then(|| {
                let items = d.participants.into_iter().map(|f| view! { <li>{fact_link(&state, f)}</li> }).collect_view();
                view! { <div><dt>"participants"</dt> <dd><ul class="inline-list">{items}</ul></dd></div> }
            })}
            <div>
                <dt>"reported by"</dt>
                <dd>{d.articles.iter().map(|a| format!("{} · {}", a.id, a.title)).collect::<Vec<_>>().join("; ")}</dd>
            </div>
        </dl>
        <h3>"Evidence"</h3>
        <ul class="evidence">
            {e.evidence.into_iter().map(|m| view! { <li><Quote evidence=m/></li> }).collect_view()}
        </ul>
        {heading(!d.conflicts.is_empty(), "Where the articles disagree")}
        {d.conflicts.into_iter().map(conflict).collect_view()}
        {heading(!d.against_writing_date.is_empty(), "Its date against when the articles were written")}
        {d.against_writing_date.into_iter().map(conflict).collect_view()}
    }
}

/// A disagreement: each claim with its evidence.
fn conflict(c: Conflict) -> impl IntoView {
    view! {
        <section class="conflict">
            <h4>{c.field.clone()}</h4>
            <div class="claims">
                {c.claims
                    .into_iter()
                    .map(|claim| {
                        view! {
                            <div class="claim">
                                <p class="claim-value">{claim.value}</p>
                                <ul>
                                    {claim
                                        .evidence
                                        .into_iter()
                                        .map(|m| view! { <li><Quote evidence=m context=true/></li> })
                                        .collect_view()}
                                </ul>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </section>
    }
}
