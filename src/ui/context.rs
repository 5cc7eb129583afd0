//! The results of the current state, computed once per change and shared by every component.

use factlens_core::{Results, UrlState};
use leptos::prelude::*;

use crate::corpus::explorer;

/// Computes the results of `state` on each change and provides them to the components below.
pub fn provide_results(state: Memo<UrlState>) {
    provide_context(Memo::new(move |_| explorer().results(&state.get())));
}

/// The results of the current state.
pub fn use_results() -> Memo<Results> {
    use_context::<Memo<Results>>().expect("App provides the results")
}
