//! Messages to the page: arrays `[json, payload]`, the payload's bytes transferred, not copied.

use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};

fn scope() -> web_sys::DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// Posts a message without a payload.
pub fn post(message: Value) {
    let _ = scope().post_message(&js_sys::Array::of2(&message.to_string().into(), &JsValue::UNDEFINED));
}

/// Posts a message with bytes.
pub fn post_bytes(message: Value, bytes: Vec<u8>) {
    let array = js_sys::Uint8Array::from(bytes.as_slice());
    let data = js_sys::Array::of2(&message.to_string().into(), &array);
    let _ = scope().post_message_with_transfer(&data, &js_sys::Array::of1(&array.buffer()));
}
