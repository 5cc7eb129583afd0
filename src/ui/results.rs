//! The result list: count (announced), active filters as chips, order, cards, the timeline and
//! the disagreements between articles.

use factlens_core::{FactKind, Results, Sort, UrlState};
use leptos::prelude::*;

use super::context::use_results;
use super::quote::Quote;
use super::timeline::TimelineView;
use crate::corpus::explorer;
use crate::url::{Go, Url};

/// The height of a card's slot in the list, in pixels: the list draws only the cards in view.
/// It holds the tallest card: a two-line title, a subtitle, a two-line quote, its source and
/// the number of articles (longer texts are clamped).
const ROW: f64 = 228.0;
/// The space between two cards, in pixels.
const GAP: f64 = 12.0;
/// Articles listed before "Show all".
const ARTICLES_SHOWN: usize = 25;
/// Cards drawn above and below the visible ones.
const OVERSCAN: usize = 4;

/// The results region.
#[component]
pub fn ResultsView() -> impl IntoView {
    let url = Url::get();
    let results = use_results();
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
                        let n = results.with(|r| r.total);
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
            <TimelineView/>
            <VirtualCards/>
            <Disagreements/>
            <Articles/>
        </section>
    }
}

/// Active filters, each removable, and "clear all".
#[component]
fn Chips() -> impl IntoView {
    let url = Url::get();
    let results = use_results();
    let chips = Memo::new(move |_| results.with(|r| r.chips.clone()));
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
    let explorer = explorer();
    let count = explorer.corpus().articles.len();
    let (all, set_all) = signal(false);
    view! {
        <section class="articles" aria-labelledby="articles-heading">
            <h2 id="articles-heading">"Articles"</h2>
            <ul>
                {move || explorer
                    .corpus()
                    .articles
                    .iter()
                    .take(if all.get() { usize::MAX } else { ARTICLES_SHOWN })
                    .map(|a| {
                        let d = &a.document;
                        let (title, remove_label) = (d.title.clone(), format!("Remove article {}", d.title));
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
                                        <Go to=to>{title}</Go>
                                    </h3>
                                    <p class="meta">
                                        {meta}
                                        {d.published.map(|p| { let iso = p.to_string(); view! { <time datetime=iso.clone()>{""}</time> } })}
                                    </p>
                                    // Handled by public/collection.js (loaded on the first click).
                                    <button type="button" class="remove" data-remove=d.id.clone() aria-label=remove_label>
                                        "Remove"
                                    </button>
                                </article>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <Show when=move || { count > ARTICLES_SHOWN && !all.get() }>
                <button type="button" on:click=move |_| set_all.set(true)>{format!("Show all {count} articles")}</button>
            </Show>
        </section>
    }
}

/// The cards of the results, drawn only where the list is scrolled to.
#[component]
fn VirtualCards() -> impl IntoView {
    let url = Url::get();
    let results = use_results();
    let viewport = NodeRef::<leptos::html::Div>::new();
    let (top, set_top) = signal(0.0f64);
    // A new result list starts at its top (touching scrollTop only when needed: it forces layout).
    Effect::new(move |_| {
        results.track();
        if top.get_untracked() > 0.0 {
            set_top.set(0.0);
            if let Some(v) = viewport.get_untracked() {
                v.set_scroll_top(0);
            }
        }
    });
    let slots = Memo::new(move |_| {
        let top = top.get();
        results.with(|r| {
            let first = ((top / ROW).floor() as usize).saturating_sub(OVERSCAN).min(r.order.len());
            let last = (first + rows_in_window()).min(r.order.len());
            (first..last).map(|i| (i, r.order[i])).collect::<Vec<(usize, u32)>>()
        })
    });
    mark_first_results(slots);
    let total = move || results.with(|r| r.total);
    view! {
        <div
            class="cards-viewport"
            node_ref=viewport
            tabindex="0"
            aria-label="Fact list, scrollable"
            on:scroll=move |_| {
                if let Some(v) = viewport.get_untracked() {
                    set_top.set(f64::from(v.scroll_top()));
                }
            }
        >
            <ul class="cards" aria-label="Facts" style:height=move || format!("{}px", total() as f64 * ROW)>
                <For
                    each=move || slots.get()
                    key=|(i, row)| (*i, *row)
                    children=move |(i, row)| card_slot(url, i, row, results)
                />
            </ul>
        </div>
    }
}

/// How many cards the window holds, with the overscan above and below.
fn rows_in_window() -> usize {
    let height = window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(900.0);
    (height / ROW).ceil() as usize + 2 * OVERSCAN
}

/// Marks when the first results are drawn, for the page-load benchmark (performance.mark).
fn mark_first_results(slots: Memo<Vec<(usize, u32)>>) {
    let marked = StoredValue::new(false);
    Effect::new(move |_| {
        if !slots.get().is_empty() && !marked.get_value() {
            marked.set_value(true);
            request_animation_frame(|| {
                if let Some(p) = window().performance() {
                    let _ = p.mark("factlens:first-results");
                }
            });
        }
    });
}

/// The card of result row `row`, at position `i` of the results.
fn card_slot(url: Url, i: usize, row: u32, results: Memo<Results>) -> impl IntoView {
    let card = explorer().card(row);
    let to = url.state.get_untracked().opened(&card.id);
    let articles = card.articles;
    view! {
        <li
            class="card-slot"
            style:transform=format!("translateY({}px)", i as f64 * ROW)
            style:height=format!("{}px", ROW - GAP)
            aria-posinset=i + 1
            aria-setsize=move || results.with(|r| r.total)
        >
            <article class="card" data-kind=card.kind.as_str() aria-labelledby=format!("card-{}", card.id)>
                <p class="kind">{card.kind.as_str()}</p>
                <h3 id=format!("card-{}", card.id)>
                    <Go to=to>{card.title.clone()}</Go>
                </h3>
                <p class="subtitle">{card.subtitle.clone()}</p>
                <Quote evidence=card.quote.clone() context=card.kind != FactKind::Event/>
                <p class="support">
                    {format!("{articles} {}", if articles == 1 { "article" } else { "articles" })}
                </p>
            </article>
        </li>
    }
}
