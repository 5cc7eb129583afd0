//! Keyed lists whose rows leave nothing behind when they go.
//!
//! leptos's `For` gives each row an owner that is a child of the list's owner, and an owner
//! keeps a pointer to every child it ever had until it is itself cleaned up: a list that lives
//! while its rows come and go (the cards on every filter change, the facet values) grew the wasm
//! memory by about 5 KB per change. These rows' owners have no parent; they get the explorer's
//! contexts (`Url`, the results, the corpus shown) from the list and are freed with their row.

use leptos::prelude::*;
use leptos::tachys::reactive_graph::OwnedView;
use leptos::tachys::view::keyed::{keyed, SerializableKey};
use std::hash::Hash;

use super::context::use_results;
use crate::corpus::Shown;
use crate::url::Url;

/// A keyed list of `row(item)` for the items of `each`, redrawing only rows whose key is new.
pub fn keyed_rows<T, I, K, V>(
    each: impl Fn() -> I + Send + 'static,
    key: impl Fn(&T) -> K + Send + Clone + 'static,
    row: impl Fn(T) -> V + Send + Clone + 'static,
) -> impl IntoView
where
    I: IntoIterator<Item = T> + Send + 'static,
    T: Send + 'static,
    K: Eq + Hash + SerializableKey + 'static,
    V: IntoView + 'static,
{
    let url = Url::get();
    let results = use_results();
    let shown = expect_context::<Shown>();
    let make = move |_, item: T| {
        let owner = detached_owner();
        let view = owner.with(|| {
            provide_context(url);
            provide_context(results);
            provide_context(shown);
            row.clone()(item)
        });
        (|_| {}, OwnedView::new_with_owner(view, owner))
    };
    move || keyed(each(), key.clone(), make.clone())
}

/// A new owner with no parent (the current owner is set aside while it is made).
fn detached_owner() -> Owner {
    let current = Owner::current();
    if let Some(current) = current.clone() {
        current.unset();
    }
    let owner = Owner::new();
    if let Some(current) = current {
        current.set();
    }
    owner
}
