//! Where the reader was on a page: the window's scroll position and the link that had the focus,
//! kept in each history entry's state, so that Back and Forward return to the same place.

use leptos::prelude::*;
use leptos::wasm_bindgen::{JsCast, JsValue};
use leptos::web_sys;

/// Takes over scroll restoration from the browser, which would scroll before the view is drawn.
pub fn take_over() {
    if let Ok(history) = window().history() {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
}

/// Keeps the current place in the current history entry (before a new one is pushed).
pub fn keep() {
    let Ok(history) = window().history() else { return };
    let place = js_sys::Object::new();
    let y = window().scroll_y().unwrap_or(0.0);
    let _ = js_sys::Reflect::set(&place, &"y".into(), &JsValue::from_f64(y));
    if let Some(href) = document().active_element().and_then(|e| e.get_attribute("href")) {
        let _ = js_sys::Reflect::set(&place, &"focus".into(), &JsValue::from_str(&href));
    }
    let _ = history.replace_state(&place, "");
}

/// Returns to the place kept in `state` (a popped history entry's), once the view is drawn: the
/// scroll position, then the focus on the same link (tried for a few frames: the list draws the
/// cards where it is scrolled to).
pub fn restore(state: JsValue) {
    let y = js_sys::Reflect::get(&state, &"y".into()).ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    let focus = js_sys::Reflect::get(&state, &"focus".into()).ok().and_then(|v| v.as_string());
    request_animation_frame(move || {
        request_animation_frame(move || {
            window().scroll_to_with_x_and_y(0.0, y);
            if let Some(href) = focus {
                focus_link(href, y, 8);
            }
        })
    });
}

/// Focuses the link to `href` without scrolling, trying again for `tries` more frames.
fn focus_link(href: String, y: f64, tries: u32) {
    let selector = format!("a[href=\"{}\"]", href.replace('\\', "\\\\").replace('"', "\\\""));
    let found = document().query_selector(&selector).ok().flatten();
    if let Some(link) = found.and_then(|l| l.dyn_into::<web_sys::HtmlElement>().ok()) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = link.focus_with_options(&options);
        window().scroll_to_with_x_and_y(0.0, y);
    } else if tries > 0 {
        request_animation_frame(move || focus_link(href, y, tries - 1));
    }
}
