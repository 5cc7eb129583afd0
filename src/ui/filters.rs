//! The search box and the facets: checkboxes with counts, OR within a facet, AND across.

use factlens_core::{facet_list, value_id, Facet, UrlState, ValueCount};
use leptos::prelude::*;

use super::context::use_results;
use super::rows::keyed_rows;
use crate::corpus::explorer;
use crate::url::{Home, Url};

/// Search and facets, in a navigation landmark named "Filters".
#[component]
pub fn Filters() -> impl IntoView {
    let url = Url::get();
    // Open on wide screens; on a phone or in a narrow embed the facets fold away under the search box.
    let compact = !matches!(url.home(), Home::Page);
    let wide = !compact && window().inner_width().ok().and_then(|w| w.as_f64()).is_none_or(|w| w > 768.0);
    let active = Memo::new(move |_| url.state.get().filters.iter().map(|(_, v)| v.len()).sum::<usize>());
    view! {
        <nav class="filters" id="fl-filters" aria-label="Filters" aria-labelledby="fl-filters fl-name">
            <Search/>
            <details class="facets" open=wide>
                <summary>{move || match active.get() { 0 => "Facets".to_string(), n => format!("Facets ({n} selected)") }}</summary>
            {Facet::ALL.into_iter().map(facet_group).collect_view()}
            </details>
        </nav>
    }
}

/// One facet: its most frequent values (and every selected one) with counts, each a checkbox,
/// then "Show N more" (see `factlens_core::facet_list`).
fn facet_group(facet: Facet) -> impl IntoView {
    let url = Url::get();
    let results = use_results();
    let all = Memo::new(move |_| {
        results.with(|r| {
            r.facets.iter().find(|f| f.facet == facet).map(|f| f.values.clone()).unwrap_or_default()
        })
    });
    let (expanded, set_expanded) = signal(false);
    let list = Memo::new(move |_| all.with(|v| facet_list(v, expanded.get())));
    let legend_id = format!("facet-{}", facet.key());
    let more = move || list.with(|l| l.more);
    let drawn: Drawn = StoredValue::new(Vec::new());
    // One subscriber to the values for the whole facet, which updates the rows drawn in place:
    // a subscription per row would outlive the row in the values' subscriber list.
    Effect::new(move |_| {
        let rows = drawn.get_value();
        all.with(|vs| {
            for (value, now) in rows {
                let next = state_of(vs, &value);
                if now.try_get_untracked().is_some_and(|n| n != next) {
                    now.try_set(next);
                }
            }
        });
    });
    // Whether some values are hidden when not expanded: then the button shows.
    let collapsible = Memo::new(move |_| all.with(|v| facet_list(v, false).more > 0));
    view! {
        <fieldset class="facet" aria-labelledby=legend_id.clone() hidden=move || all.with(Vec::is_empty)>
                <legend id=legend_id.clone()>{facet.label()}</legend>
                <ul>
                    {keyed_rows(
                        move || list.get().shown,
                        |v: &ValueCount| v.value.clone(),
                        move |v| facet_value(url, facet, v, all, drawn),
                    )}
                </ul>
                <button
                        type="button"
                        class="facet-more"
                        hidden=move || !collapsible.get()
                        aria-expanded=move || expanded.get().to_string()
                        on:click=move |_| set_expanded.update(|e| *e = !*e)
                    >
                        {move || if expanded.get() { "Show fewer".to_string() } else { format!("Show {} more", more()) }}
                    </button>
            </fieldset>
    }
}

/// The count and tick of each facet value drawn, which the facet updates in place.
type Drawn = StoredValue<Vec<(String, RwSignal<(usize, bool)>)>>;

/// A value's count and whether it is selected, in a facet's values.
fn state_of(values: &[ValueCount], value: &str) -> (usize, bool) {
    values.iter().find(|x| x.value == value).map_or((0, false), |x| (x.count, x.selected))
}

/// A facet value's checkbox, its label and count; count and tick follow the results (`all`, the
/// facet's values, through `drawn`) without redrawing the item.
fn facet_value(
    url: Url,
    facet: Facet,
    v: ValueCount,
    all: Memo<Vec<ValueCount>>,
    drawn: Drawn,
) -> impl IntoView {
    let value = v.value.clone();
    let id = value_id(facet, &v.value);
    let (label, shown) = explorer().value_label(facet, &v.value);
    let current = RwSignal::new(all.with_untracked(|vs| state_of(vs, &value)));
    drawn.update_value(|rows| rows.push((value.clone(), current)));
    on_cleanup(move || {
        drawn.try_update_value(|rows| rows.retain(|(_, s)| *s != current));
    });
    let toggle = move |_| {
        let next = url.state.get_untracked().toggled(facet, &value);
        url.go(&next, true);
    };
    view! {
        <li>
            <input type="checkbox" id=id.clone() prop:checked=move || current.get().1 on:change=toggle/>
            <label for=id>
                <span class="value" title=label>{shown}</span>
                <span class="count">{move || current.get().0}</span>
            </label>
        </li>
    }
}

/// The text search: names, aliases and quotes.
#[component]
fn Search() -> impl IntoView {
    let url = Url::get();
    let current = Memo::new(move |_| url.state.get().q);
    let on_input = move |ev: leptos::ev::Event| {
        let q = event_target_value(&ev);
        let next = UrlState { q, ..url.state.get_untracked().list_view() };
        // Typing replaces the history entry; submitting adds one.
        url.go(&next, false);
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        url.go(&url.state.get_untracked().list_view(), true);
    };
    view! {
        <form role="search" class="search" aria-labelledby="search-label fl-name" on:submit=on_submit>
            <label id="search-label" for="search-input">"Search names, aliases and quotes"</label>
            <input id="search-input" type="search" prop:value=current on:input=on_input autocomplete="off"/>
        </form>
    }
}
