//! What shows while a page waits for the server.

use leptos::prelude::*;

use crate::t;

/// A quiet "Loading…" line, announced politely.
#[component]
pub fn Loading() -> impl IntoView {
    view! {
        <p class="loading" role="status">
            {t!("loading")}
        </p>
    }
}
