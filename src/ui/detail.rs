//! The details of one fact: an entity's attributes, mentions, related entities and events; an
//! event's participants, place, date, evidence and disagreements.

use factlens_core::{Certainty, EntityDetail, EventDetail};
use leptos::prelude::*;

use super::quote::Quote;
use super::{Go, Url};
use crate::corpus::explorer;

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
            <p>"There is no fact with the id “" {id.clone()} "” in these articles."</p>
        }
        .into_any()
    };
    view! {
        <section class="detail" aria-label="Details">
            <p class="back">
                <Go to=back>"← All results"</Go>
            </p>
            {body}
        </section>
    }
}

fn entity(d: EntityDetail) -> impl IntoView {
    let url = Url::get();
    let state = url.state.get_untracked();
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
        {d
            .mentions
            .into_iter()
            .map(|(doc, title, mentions)| {
                let to = state.reading(&doc, None);
                let region = format!("Mentions in {title}");
                view! {
                    <section class="mentions" aria-label=region>
                        <h4>
                            <Go to=to>{title.clone()}</Go>
                        </h4>
                        <ul>
                            {mentions
                                .into_iter()
                                .map(|m| view! { <li><Quote evidence=m context=true/></li> })
                                .collect_view()}
                        </ul>
                    </section>
                }
            })
            .collect_view()}
        <Show when={
            let has = !d.events.is_empty();
            move || has
        }>
            <h3>"Events"</h3>
        </Show>
        <ul class="links">
            {d
                .events
                .into_iter()
                .map(|(id, summary, date)| {
                    let to = state.opened(&id);
                    view! {
                        <li>
                            <Go to=to>{summary}</Go>
                            <span class="date">{date.map(|d| format!(" ({d})")).unwrap_or_default()}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <Show when={
            let has = !d.related.is_empty();
            move || has
        }>
            <h3>"Related"</h3>
        </Show>
        <ul class="links related">
            {d
                .related
                .into_iter()
                .map(|(id, name, kind)| {
                    let to = state.opened(&id);
                    view! {
                        <li>
                            <Go to=to>{name}</Go>
                            <span class="kind-inline">{format!(" {kind}")}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

fn event(d: EventDetail) -> impl IntoView {
    let url = Url::get();
    let state = url.state.get_untracked();
    let e = d.event;
    let date = match (e.date.value, e.date.certainty) {
        (Some(v), Certainty::Stated) => format!("{v} (stated)"),
        (Some(v), _) => format!("{v} (inferred)"),
        (None, _) => "unknown".to_string(),
    };
    let basis = e.date.basis.clone();
    let written: Vec<String> = e.date.mentions.iter().map(|m| format!("“{}”", m.quote)).collect();
    view! {
        <p class="kind">{format!("event · {}", e.event_type)}</p>
        <h2 tabindex="-1">{e.summary.clone()}</h2>
        <dl class="attributes">
            <div>
                <dt>"date"</dt>
                <dd>
                    {date}
                    {basis.map(|b| view! { <span class="basis">" — inferred: " {b}</span> })}
                </dd>
            </div>
            {(!written.is_empty()).then(|| view! { <div><dt>"as written"</dt> <dd>{written.join(", ")}</dd></div> })}
            {d.location.map(|(id, name)| {
                let to = state.opened(&id);
                view! { <div><dt>"place"</dt> <dd><Go to=to>{name}</Go></dd></div> }
            })}
            {(!d.participants.is_empty()).then(|| {
                let items = d
                    .participants
                    .into_iter()
                    .map(|(id, name, kind)| {
                        let to = state.opened(&id);
                        view! { <li><Go to=to>{name}</Go> <span class="kind-inline">{format!(" {kind}")}</span></li> }
                    })
                    .collect_view();
                view! { <div><dt>"participants"</dt> <dd><ul class="inline-list">{items}</ul></dd></div> }
            })}
            <div>
                <dt>"reported by"</dt>
                <dd>{d.articles.iter().map(|(id, t)| format!("{id} · {t}")).collect::<Vec<_>>().join("; ")}</dd>
            </div>
        </dl>
        <h3>"Evidence"</h3>
        <ul class="evidence">
            {e.evidence.into_iter().map(|m| view! { <li><Quote evidence=m/></li> }).collect_view()}
        </ul>
        <Show when={
            let has = !d.conflicts.is_empty();
            move || has
        }>
            <h3>"Where the articles disagree"</h3>
        </Show>
        {d
            .conflicts
            .into_iter()
            .map(|c| {
                view! {
                    <section class="conflict" aria-label=format!("Disagreement about {}", c.field)>
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
            })
            .collect_view()}
    }
}
