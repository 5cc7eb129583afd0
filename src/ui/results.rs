//! The result list: count (announced), active filters as chips, order, cards, the timeline and
//! the disagreements between articles.

use factlens_core::{FactKind, Results, Sort, UrlState};
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use super::context::use_results;
use super::quote::Quote;
use super::rows::keyed_rows;
use super::timeline::TimelineView;
use crate::corpus::explorer;
use crate::url::{Go, Url};

/// A card's height before it is drawn and measured, in pixels (with the gap below it).
const ESTIMATE: f64 = 160.0;
/// The space between two cards, in pixels (the list's `row-gap` in style.css).
const GAP: f64 = 10.0;
/// Articles listed before "Show all".
const ARTICLES_SHOWN: usize = 25;
/// How far above and below the window cards are drawn, in pixels.
const OVERSCAN: f64 = 600.0;
/// How many cards past the drawn ones are drawn too to keep the card with the focus: a keyboard
/// user who scrolls away from it (Space, Page Down) keeps their place, up to this far.
const KEEP_FOCUSED: usize = 200;

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
        <section class="results" aria-labelledby="results-heading fl-name">
            <h2 id="results-heading" tabindex="-1">"Results"</h2>
            <div class="results-bar">
                <p class="count" role="status" aria-live="polite" aria-atomic="true">
                    {move || {
                        let n = results.with(|r| r.total);
                        format!("{n} {}", if n == 1 { "fact" } else { "facts" })
                    }}
                </p>
                // Copies the view's address, the page's own (an empty `data-copy`: public/boot.js).
                <p class="share">
                    <button type="button" data-copy="">"Copy link"</button>
                    <span role="status"></span>
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
        <div class="chips" role="group" aria-label="Active filters" hidden=move || chips.with(Vec::is_empty)>
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
    }
}

/// Where the articles disagree, each side with its evidence.
#[component]
fn Disagreements() -> impl IntoView {
    let url = Url::get();
    let conflicts = explorer().conflicts();
    (!conflicts.is_empty()).then(|| {
        view! {
            <section class="disagreements" aria-labelledby="disagreements-heading fl-name">
                <h2 id="disagreements-heading">"Where the articles disagree"</h2>
                <ul>
                    {conflicts
                        .into_iter()
                        .map(|d| {
                            let to = url.state.get_untracked().opened(&d.about);
                            view! {
                                <li>
                                    <p>
                                        <Go to=to>{d.name}</Go>
                                        " — " {d.line}
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
        <section class="articles" aria-labelledby="articles-heading fl-name">
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

/// The cards of the results, drawn only where the window is scrolled to: the page scrolls as a
/// whole and the list is as tall as all its cards (their heights measured once drawn, estimated
/// before), in lines of as many cards as the width holds.
#[component]
fn VirtualCards() -> impl IntoView {
    let url = Url::get();
    let results = use_results();
    let heights = use_context::<CardHeights>().unwrap_or_else(CardHeights::new);
    let list = NodeRef::<leptos::html::Ul>::new();
    // The part of the list in the window, in pixels from the list's top.
    let seen = RwSignal::new((0.0f64, 0.0f64));
    // The fact row of the card holding the focus (read when the window moves): it stays drawn, and
    // gets the focus back if the redraw after a look took it away (`refocus`).
    let focused = RwSignal::new(None::<u32>);
    let looked = StoredValue::new(false);
    let look = move || {
        looked.try_set_value(true);
        look_at(list, (seen, focused), heights);
    };
    follow_window(look, heights);
    let lines = Memo::new(move |_| results.with(|r| heights.lines(&r.order)));
    let slots = drawn_slots(results, heights, (seen, focused), lines);
    Effect::new(move |_| {
        results.track();
        request_animation_frame(look);
    });
    // Measured in the next frame, when the browser lays the page out anyway (measuring at once
    // would force a layout in the middle of the update).
    Effect::new(move |_| {
        slots.track();
        request_animation_frame(move || {
            if let Some(ul) = list.try_get_untracked().flatten() {
                let bottom = ul.get_bounding_client_rect().bottom();
                heights.measure(&ul);
                if bottom <= window_height() / 2.0 {
                    keep_place_below(&ul, bottom, lines);
                }
                if looked.try_update_value(std::mem::take) == Some(true) {
                    refocus(&ul, focused.try_get_untracked().flatten());
                }
            }
        });
    });
    mark_first_results(slots);
    let padding = move || {
        let columns = heights.columns.get();
        lines.with(|o| slots.with(|s| s.first().map_or(0.0, |(i, _)| o[i / columns])))
    };
    let height = move || lines.with(|o| o.last().copied().unwrap_or(0.0));
    view! {
        <ul
            class="cards"
            aria-label="Facts"
            node_ref=list
            style:height=move || format!("{}px", height().round() as i64)
            style:padding-top=move || format!("{}px", padding().round() as i64)
        >
            {keyed_rows(
                move || {
                    let total = results.with(|r| r.total);
                    slots.get().into_iter().map(move |(i, row)| (i, row, total))
                },
                |slot| *slot,
                move |(i, row, total)| card_slot(url, i, row, total),
            )}
        </ul>
    }
}

/// Keeps what the window shows below `list` in its place when the cards drawn were just measured
/// and the list ends in the window's upper half (a reader scrolled to the articles saw them move by
/// the estimated heights' error, 290 px): the list's new height is set at once and the window
/// scrolled as far as the list's bottom (at `bottom` before) moved. The browser's scroll anchoring
/// does not hold it here (measured: an element inserted above the articles moves them too).
fn keep_place_below(list: &leptos::web_sys::HtmlUListElement, bottom: f64, lines: Memo<Vec<f64>>) {
    let Some(height) = lines.try_with_untracked(|o| o.last().copied()).flatten() else { return };
    let _ = leptos::web_sys::HtmlElement::style(list)
        .set_property("height", &format!("{}px", height.round() as i64));
    let moved = list.get_bounding_client_rect().bottom() - bottom;
    if moved.abs() >= 1.0 {
        window().scroll_by_with_x_and_y(0.0, moved);
    }
}

/// Reads where the window is on `list` (`seen`), which card holds the focus (`focused`) and how
/// many cards a line holds. (Also called a frame later, when the list may be gone: nothing here
/// may panic then.)
fn look_at(
    list: NodeRef<leptos::html::Ul>,
    (seen, focused): (RwSignal<(f64, f64)>, RwSignal<Option<u32>>),
    heights: CardHeights,
) {
    if let Some(ul) = list.try_get_untracked().flatten() {
        let top = -ul.get_bounding_client_rect().top();
        // While the page is printed (boot.js marks the list `data-print`), every card is drawn.
        let printing = ul.get_attribute("data-print").is_some();
        let focus = ul.query_selector("li:focus-within").ok().flatten();
        focused.try_set(focus.and_then(|li| li.get_attribute("data-row")?.parse().ok()));
        seen.try_set(if printing { (f64::MIN, f64::MAX) } else { (top, top + window_height()) });
        heights.columns_of(&ul);
    }
}

/// Gives the focus back to the title link of card `row` of `list` when nothing has it: tachys's
/// keyed diff moves kept rows that new rows are drawn before, and a moved element loses the focus.
fn refocus(list: &leptos::web_sys::HtmlUListElement, row: Option<u32>) {
    let lost = document().active_element().is_none_or(|a| a.tag_name() == "BODY");
    let link =
        row.filter(|_| lost).and_then(|row| list.query_selector(&format!("[data-row='{row}'] a")).ok()?);
    if let Some(link) = link.and_then(|l| l.dyn_into::<leptos::web_sys::HtmlElement>().ok()) {
        let options = leptos::web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = link.focus_with_options(&options);
    }
}

/// Follows the window: scrolling and resizing `look` again at the part of the list shown.
fn follow_window(look: impl Fn() + Copy + 'static, heights: CardHeights) {
    let on_scroll = window_event_listener(leptos::ev::scroll, move |_| look());
    let on_resize = window_event_listener(leptos::ev::resize, move |_| {
        heights.forget_if_resized();
        look();
    });
    on_cleanup(move || {
        on_scroll.remove();
        on_resize.remove();
    });
}

/// The cards to draw, as (place in the order, fact row): the lines `seen` in the window, with
/// `OVERSCAN` pixels more each way, given the lines' tops (`lines`), and those between them and
/// the card with the focus (`focused`) when it is within `KEEP_FOCUSED` cards.
fn drawn_slots(
    results: Memo<Results>,
    heights: CardHeights,
    (seen, focused): (RwSignal<(f64, f64)>, RwSignal<Option<u32>>),
    lines: Memo<Vec<f64>>,
) -> Memo<Vec<(usize, u32)>> {
    Memo::new(move |_| {
        // A list below the window (an element low on its host page) draws its first screen.
        let (top, bottom) = match seen.get() {
            (top, bottom) if bottom < 0.0 => (0.0, bottom - top),
            seen => seen,
        };
        let columns = heights.columns.get();
        let (first, last) = lines.with(|o| visible(o, top - OVERSCAN, bottom + OVERSCAN));
        let focused = focused.get();
        results.with(|r| {
            let mut range = (first * columns, (last * columns).min(r.order.len()));
            if let Some(at) = focused.and_then(|row| r.order.iter().position(|&o| o == row)) {
                range = keep_focused(range, at, columns, r.order.len());
            }
            (range.0..range.1).map(|i| (i, r.order[i])).collect::<Vec<(usize, u32)>>()
        })
    })
}

/// The range of cards `(start, end)` widened, by whole lines of `columns`, to hold card `at` when it
/// lies within `KEEP_FOCUSED` cards of it (of `len` cards in all).
fn keep_focused((start, end): (usize, usize), at: usize, columns: usize, len: usize) -> (usize, usize) {
    if at < start && start - at <= KEEP_FOCUSED {
        (at - at % columns, end)
    } else if at >= end && at - end < KEEP_FOCUSED {
        (start, (at - at % columns + columns).min(len))
    } else {
        (start, end)
    }
}

/// The window's height in pixels.
fn window_height() -> f64 {
    window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(900.0)
}

/// The lines between `top` and `bottom` (pixels from the list's top), given the lines' tops
/// (`offsets`, one more than the lines: the last is the list's height).
fn visible(offsets: &[f64], top: f64, bottom: f64) -> (usize, usize) {
    let lines = offsets.len().saturating_sub(1);
    let first = offsets[..lines].partition_point(|&o| o <= top).saturating_sub(1);
    let last = offsets[..lines].partition_point(|&o| o < bottom).max(first);
    (first, last)
}

/// The measured heights of the cards (by fact row), kept while the explorer lives, so that a
/// list drawn again (Back from a fact) is as tall as before and the place can be restored.
#[derive(Clone, Copy)]
pub struct CardHeights {
    /// Height by fact row, with the gap below; 0: not measured yet.
    rows: StoredValue<Vec<f32>>,
    /// The window's width when they were measured.
    width: StoredValue<f64>,
    /// Cards per line.
    columns: RwSignal<usize>,
    /// Changes when a height does.
    changed: RwSignal<u32>,
}

impl CardHeights {
    /// Heights for the explorer's facts, none measured yet.
    pub fn new() -> CardHeights {
        CardHeights {
            rows: StoredValue::new(Vec::new()),
            width: StoredValue::new(0.0),
            columns: RwSignal::new(1),
            changed: RwSignal::new(0),
        }
    }

    /// The top of each line of cards of `order`, then the list's height.
    fn lines(&self, order: &[u32]) -> Vec<f64> {
        self.changed.track();
        let columns = self.columns.get().max(1);
        self.rows.with_value(|rows| {
            let height = |row: &u32| match rows.get(*row as usize) {
                Some(&h) if h > 0.0 => f64::from(h),
                _ => ESTIMATE,
            };
            let mut at = 0.0;
            let mut offsets = Vec::with_capacity(order.len() / columns + 2);
            for line in order.chunks(columns) {
                offsets.push(at);
                at += line.iter().map(height).fold(0.0, f64::max);
            }
            offsets.push(at);
            offsets
        })
    }

    /// Reads how many cards a line of `list` holds.
    fn columns_of(&self, list: &leptos::web_sys::HtmlUListElement) {
        let template = window()
            .get_computed_style(list)
            .ok()
            .flatten()
            .and_then(|s| s.get_property_value("grid-template-columns").ok())
            .unwrap_or_default();
        let columns = template.split_whitespace().count().max(1);
        if self.columns.try_get_untracked().is_some_and(|c| c != columns) {
            self.columns.try_set(columns);
        }
    }

    /// Measures the cards drawn in `list`; signals a change if one differs from what was known.
    fn measure(&self, list: &leptos::web_sys::HtmlUListElement) {
        // (Called a frame after an update: the explorer may be gone by then.)
        if self
            .width
            .try_set_value(window().inner_width().ok().and_then(|w| w.as_f64()).unwrap_or(0.0))
            .is_some()
        {
            return;
        }
        let items = list.children();
        let mut changed = false;
        self.rows.update_value(|rows| {
            for k in 0..items.length() {
                let Some(li) = items.item(k).and_then(|e| e.dyn_into::<leptos::web_sys::HtmlElement>().ok())
                else {
                    continue;
                };
                let Some(row) = li.get_attribute("data-row").and_then(|r| r.parse::<usize>().ok()) else {
                    continue;
                };
                let h = li.offset_height() as f32 + GAP as f32;
                if rows.len() <= row {
                    rows.resize(row + 1, 0.0);
                }
                if (rows[row] - h).abs() > 0.5 {
                    rows[row] = h;
                    changed = true;
                }
            }
        });
        if changed {
            self.changed.update(|n| *n = n.wrapping_add(1));
        }
    }

    /// Forgets the heights when the window's width changed (text wraps differently).
    fn forget_if_resized(&self) {
        let width = window().inner_width().ok().and_then(|w| w.as_f64()).unwrap_or(0.0);
        if (width - self.width.get_value()).abs() > 0.5 {
            self.rows.update_value(|r| r.iter_mut().for_each(|h| *h = 0.0));
        }
    }
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

/// The card of result row `row`, at position `i` of `total` results. It reads no signal: a
/// subscription would outlive the card in the signal's list of subscribers.
fn card_slot(url: Url, i: usize, row: u32, total: usize) -> impl IntoView {
    let card = explorer().card(row);
    let to = url.state.get_untracked().opened(&card.id);
    let support = card.support();
    view! {
        <li class="card-slot" data-row=row aria-posinset=i + 1
            aria-setsize=total
        >
            <article class="card" data-kind=card.kind.as_str() aria-labelledby=format!("card-{}", card.id)>
                <p class="kind">{card.kind.as_str()}</p>
                <h3 id=format!("card-{}", card.id)>
                    <Go to=to>{card.title.clone()}</Go>
                </h3>
                <p class="subtitle">{card.subtitle.clone()}</p>
                <Quote evidence=card.quote.clone() context=card.kind != FactKind::Event/>
                <p class="support">{support}</p>
            </article>
        </li>
    }
}
