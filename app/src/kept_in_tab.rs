//! A form that has no server draft (a request, a decision) still loses
//! nothing: what is typed is kept in this tab's `sessionStorage` on every
//! change, under the same prefix as drafts, so signing out and the quick
//! exit forget it too. Forgotten once the server has it.

use serde::{de::DeserializeOwned, Serialize};

use crate::drafts::PREFIX;
use crate::{api, js};

fn key(name: &str) -> String {
    format!("{PREFIX}form-{name}")
}

/// Keeps `value` for this tab under `name`.
pub fn keep<T: Serialize>(name: &str, value: &T) {
    if let Ok(text) = api::encode(value) {
        js::keep_for_tab(&key(name), &text);
    }
}

/// What was kept under `name`, if anything readable was.
pub fn kept<T: DeserializeOwned>(name: &str) -> Option<T> {
    api::decode(&js::tab_kept(&key(name))?).ok()
}

/// The server has it: forget the kept copy.
pub fn forget(name: &str) {
    js::forget_for_tab(&key(name));
}
