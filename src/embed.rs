//! Embedding: talking to the host page with the core's versioned message protocol
//! (`factlens_core::accept_message` and the outgoing messages), from an iframe (`postMessage` to the
//! parent) or from a `<factlens-explorer>` element (DOM events on the element).

use factlens_core::{
    accept_message, post_targets, resize_message, select_message, state_message, Command, Rejection, UrlState,
};
use leptos::prelude::*;
use leptos::wasm_bindgen::{closure::Closure, JsCast, JsValue};
use leptos::web_sys;

use crate::corpus::explorer;
use crate::url::Url;

/// The `state` message of a state: its view, without the embedding settings.
fn state_of(state: UrlState) -> String {
    state_message(
        &UrlState { embed: false, hosts: Vec::new(), theme: Default::default(), src: None, ..state }.print(),
    )
}

/// Sends `send(message)` on every state change and when a fact is opened.
fn outgoing(url: Url, send: impl Fn(String) + Clone + 'static) {
    let send_state = send.clone();
    Effect::new(move |_| send_state(state_of(url.state.get())));
    let opened = Memo::new(move |_| url.state.get().open);
    Effect::new(move |_| {
        let explorer = explorer();
        if let Some(fact) = opened.get().and_then(|id| explorer.fact(&id)) {
            send(select_message(fact.id(), fact.kind(), fact.name()));
        }
    });
}

/// Carries out a host's command.
fn carry_out(url: Url, command: Command) {
    let current = url.state.get_untracked();
    let next = match command {
        Command::SetFilters(query) => {
            let (asked, _) = UrlState::parse(&query);
            UrlState {
                embed: current.embed,
                theme: current.theme,
                hosts: current.hosts.clone(),
                src: current.src.clone(),
                ..asked.list_view()
            }
        }
        Command::Open(id) => current.opened(&id),
        // Answered where the messages go out (see `frame`).
        Command::Hello => return,
    };
    url.go(&next, false);
}

/// The origin of the page around this frame.
fn parent_origin() -> Option<String> {
    // location.ancestorOrigins (Chromium, Safari), else the referrer.
    let location = window().location();
    let first = js_sys::Reflect::get(&location, &JsValue::from_str("ancestorOrigins"))
        .ok()
        .and_then(|list| js_sys::Reflect::get(&list, &JsValue::from_f64(0.0)).ok())
        .and_then(|v| v.as_string());
    if first.is_some() {
        return first;
    }
    let referrer = document().referrer();
    let rest = referrer.split_once("://")?;
    let host = rest.1.split('/').next()?;
    Some(format!("{}://{host}", rest.0))
}

/// In an iframe: state and selection messages to the parent, resize messages when the content
/// height changes, and the parent's (or a `host=` origin's) commands.
pub fn frame(url: Url, root: NodeRef<leptos::html::Div>) {
    let Some(parent) = window().parent().ok().flatten() else { return };
    let origin = parent_origin();
    let post = {
        let parent = parent.clone();
        let origin = origin.clone();
        // Only to the parent's origin, or else to the `host=` origins: never to "*".
        move |message: String| {
            let Ok(value) = js_sys::JSON::parse(&message) else { return };
            for target in post_targets(origin.as_deref(), &url.state.get_untracked().hosts) {
                let _ = parent.post_message(&value, &target);
            }
        }
    };
    outgoing(url, post.clone());
    let last_height = report_height(root, post.clone());
    let hello = move || {
        post(state_of(url.state.get_untracked()));
        if last_height.get_value() > 0 {
            post(resize_message(last_height.get_value()));
        }
    };
    take_commands(url, root, parent, origin, hello);
}

/// Posts a resize message whenever the content's height changes, down as well as up; returns
/// the last height sent. The height is the explorer's own (the document's would never be less
/// than the frame's, so a frame could grow but never shrink).
fn report_height(root: NodeRef<leptos::html::Div>, post: impl Fn(String) + 'static) -> StoredValue<u32> {
    let last = StoredValue::new(0u32);
    let report = Closure::<dyn Fn()>::new(move || {
        let height = root.get_untracked().map_or(0, |e| e.get_bounding_client_rect().height().ceil() as u32);
        if height != last.get_value() {
            last.set_value(height);
            post(resize_message(height));
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()) {
        Effect::new(move |_| {
            if let Some(el) = root.get() {
                observer.observe(&el);
            }
        });
    }
    report.forget();
    last
}

/// Carries out commands: only from the parent window or trusted origins (the parent page's and
/// the `host=` ones). `hello` answers a hello; ignored messages are counted on the root element.
fn take_commands(
    url: Url,
    root: NodeRef<leptos::html::Div>,
    parent: web_sys::Window,
    origin: Option<String>,
    hello: impl Fn() + 'static,
) {
    let ignored = StoredValue::new(0u32);
    let handle = window_event_listener(leptos::ev::message, move |ev: web_sys::MessageEvent| {
        let from_parent = ev.source().is_some_and(|s| js_sys::Object::is(&s, parent.as_ref()));
        let data = js_sys::JSON::stringify(&ev.data()).ok().and_then(|s| s.as_string()).unwrap_or_default();
        let mut trusted: Vec<String> = url.state.get_untracked().hosts;
        // The parent's origin, if it is a web origin (a sandboxed parent's "null" is never trusted).
        trusted.extend(post_targets(origin.as_deref(), &[]));
        let verdict = if from_parent || trusted.iter().any(|t| *t == ev.origin()) {
            accept_message(&ev.origin(), &trusted, &data)
        } else {
            Err(Rejection::Origin(ev.origin()))
        };
        match verdict {
            Ok(Command::Hello) => hello(),
            Ok(command) => carry_out(url, command),
            Err(Rejection::Foreign) => {}
            Err(why) => {
                ignored.update_value(|n| *n += 1);
                web_sys::console::debug_1(&JsValue::from_str(&format!("factlens: ignored a message: {why}")));
                if let Some(el) = root.get_untracked() {
                    let _ = el.set_attribute("data-ignored-messages", &ignored.get_value().to_string());
                }
            }
        }
    });
    on_cleanup(move || handle.remove());
}

/// In a `<factlens-explorer>` element: state and selection as `factlens` events on the element,
/// whose `detail` is the message object.
pub fn element(url: Url, element: web_sys::HtmlElement) {
    outgoing(url, move |message: String| {
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&js_sys::JSON::parse(&message).unwrap_or(JsValue::NULL));
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("factlens", &init) {
            let _ = element.dispatch_event(&event);
        }
    });
}

/// A host's command given to an element by a method call.
pub fn command(url: Url, command: Command) {
    carry_out(url, command);
}
