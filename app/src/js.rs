//! The few browser functions the app needs that web-sys, with the features
//! this crate turns on, does not bind: the clock, `localStorage`,
//! `crypto.randomUUID` and `BroadcastChannel`. Declared here so no new web-sys features are needed.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `Date.now()`: milliseconds since 1970. Browser tests can move it on.
    #[wasm_bindgen(js_namespace = Date, js_name = now)]
    pub fn date_now() -> f64;

    #[wasm_bindgen(js_namespace = localStorage, js_name = getItem, catch)]
    fn local_storage_get(key: &str) -> Result<Option<String>, JsValue>;

    #[wasm_bindgen(js_namespace = localStorage, js_name = setItem, catch)]
    fn local_storage_set(key: &str, value: &str) -> Result<(), JsValue>;

    /// `crypto.randomUUID()`: a new id for each send, so a retry is known as one.
    #[wasm_bindgen(js_namespace = crypto, js_name = randomUUID)]
    pub fn random_uuid() -> String;

    /// Talks to the app's other tabs in this browser.
    pub type BroadcastChannel;

    #[wasm_bindgen(constructor, catch)]
    pub fn new(name: &str) -> Result<BroadcastChannel, JsValue>;

    #[wasm_bindgen(method, catch, js_name = postMessage)]
    pub fn post_message(this: &BroadcastChannel, message: &str) -> Result<(), JsValue>;

    #[wasm_bindgen(method, setter = onmessage)]
    pub fn set_onmessage(this: &BroadcastChannel, handler: &JsValue);

    /// The part of a `MessageEvent` the app reads.
    pub type ChannelMessage;

    #[wasm_bindgen(method, getter)]
    pub fn data(this: &ChannelMessage) -> JsValue;
}

/// A remembered value, or `None` when there is none or storage is blocked.
pub fn remembered(key: &str) -> Option<String> {
    local_storage_get(key).ok().flatten()
}

/// Remembers a value in this browser. Blocked storage only means the app
/// asks again next time, so failures are ignored.
pub fn remember(key: &str, value: &str) {
    let _ = local_storage_set(key, value);
}
