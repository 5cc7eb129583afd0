//! The result list: count (announced), active filters as chips, order, cards, the timeline and
//! the disagreements between articles.

use factlens_core::{Sort, UrlState};
use leptos::prelude::*;

use super::quote::Quote;
use super::timeline::TimelineView;
use super::{Go, Url};
use crate::corpus::explorer;

/// How many cards are drawn at first, and added by "Show more".
const PAGE: usize = 50;

/// The results region.
#[component]
pub fn ResultsView() -> impl IntoView {
    let url = Url::get();
    let (limit, set_limit) = signal(PAGE);
    let results = Memo::new(move |_| explorer().results(&url.state.get(), limit.get()));
    let on_sort = move |ev: leptos::ev::Event| {
        let key = event_target_value(&ev);
        let sort = Sort::ALL.into_iter().find(|s| s.key() == key).unwrap_or_default();
        url.go(&UrlState { sort, ..url.state.get_untracked() }, true);
    };
    view! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading" tabindex="-1">"Results"</h2>
            <div class="results-bar">
                <p class="count" role="status" aria-live="polite" aria-atomic="true">
                    {move || {
                        let n = results.get().total;
                        format!("{n} {}", if n == 1 { "fact" } else { "facts" })
                    }}
                </p>
                <label class="sort">
                    "Sort by "
                    <select on:change=on_sort prop:value=move || url.state.get().sort.key()>
                        {Sort::ALL
                            .into_iter()
                            .map(|s| view! { <option value=s.key()>{s.label()}</option> })
                            .collect_view()}
                    </select>
                </label>
            </div>
            <Chips/>
            <TimelineView rows=Signal::derive(move || results.get().rows)/>
            <ul class="cards" aria-label="Facts">
                <For
                    each=move || results.get().cards
                    key=|c| c.id.clone()
                    children=move |card| {
                        let to = url.state.get_untracked().opened(&card.id);
                        let articles = card.articles;
                        view! {
                            <li>
                                <article class="card" data-kind=card.kind.clone() aria-labelledby=format!("card-{}", card.id)>
                                    <p class="kind">{card.kind.clone()}</p>
                                    <h3 id=format!("card-{}", card.id)>
                                        <Go to=to>{card.title.clone()}</Go>
                                    </h3>
                                    <p class="subtitle">{card.subtitle.clone()}</p>
                                    <Quote evidence=card.quote.clone() context=card.kind != "event"/>
                                    <p class="support">
                                        {format!("{articles} {}", if articles == 1 { "article" } else { "articles" })}
                                    </p>
                                </article>
                            </li>
                        }
                    }
                />
            </ul>
            <Show when=move || { results.get().total > results.get().cards.len() }>
                <button type="button" class="more" on:click=move |_| set_limit.update(|l| *l += PAGE)>
                    {move || format!("Show more ({} of {})", results.get().cards.len(), results.get().total)}
                </button>
            </Show>
            <Disagreements/>
            <Articles/>
        </section>
    }
}

/// Active filters, each removable, and "clear all".
#[component]
fn Chips() -> impl IntoView {
    let url = Url::get();
    let chips = Memo::new(move |_| explorer().results(&url.state.get(), 0).chips);
    view! {
        <Show when=move || !chips.get().is_empty()>
            <div class="chips" role="group" aria-label="Active filters">
                {move || {
                    chips
                        .get()
                        .into_iter()
                        .map(|chip| {
                            let without = chip.without.clone();
                            view! {
                                <button
                                    type="button"
                                    class="chip"
                                    aria-label=format!("Remove filter {}", chip.label)
                                    on:click=move |_| url.go(&without, true)
                                >
                                    {chip.label.clone()}
                                    <span aria-hidden="true">" ×"</span>
                                </button>
                            }
                        })
                        .collect_view()
                }}
                <button type="button" class="clear" on:click=move |_| url.go(&url.state.get_untracked().cleared(), true)>
                    "Clear all"
                </button>
            </div>
        </Show>
    }
}

/// Where the articles disagree, each side with its evidence.
#[component]
fn Disagreements() -> impl IntoView {
    let url = Url::get();
    let conflicts = explorer().conflicts();
    (!conflicts.is_empty()).then(|| {
        view! {
            <section class="disagreements" aria-labelledby="disagreements-heading">
                <h2 id="disagreements-heading">"Where the articles disagree"</h2>
                <ul>
                    {conflicts
                        .into_iter()
                        .map(|(c, about)| {
                            let to = url.state.get_untracked().opened(&c.about);
                            view! {
                                <li>
                                    <p>
                                        <Go to=to>{about}</Go>
                                        " — " {c.field.clone()} ": "
                                        {c.claims.iter().map(|cl| cl.value.clone()).collect::<Vec<_>>().join(" / ")}
                                    </p>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}

/// The source articles, each opening in the reader.
#[component]
fn Articles() -> impl IntoView {
    let url = Url::get();
    view! {
        <section class="articles" aria-labelledby="articles-heading">
            <h2 id="articles-heading">"Articles"</h2>
            <ul>
                {explorer()
                    .corpus()
                    .articles
                    .iter()
                    .map(|a| {
                        let d = &a.document;
                        let to = url.state.get_untracked().reading(&d.id, None);
                        let meta = [Some(format!("article {}", d.id)), d.outlet.clone(), d.published.map(|p| p.to_string())]
                            .into_iter()
                            .flatten()
                            .collect::<Vec<_>>()
                            .join(" · ");
                        view! {
                            <li>
                                <article aria-labelledby=format!("article-title-{}", d.id)>
                                    <h3 id=format!("article-title-{}", d.id)>
                                        <Go to=to>{d.title.clone()}</Go>
                                    </h3>
                                    <p class="meta">
                                        {meta}
                                        {d.published.map(|p| { let iso = p.to_string(); view! { <time datetime=iso.clone()>{""}</time> } })}
                                    </p>
                                </article>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
