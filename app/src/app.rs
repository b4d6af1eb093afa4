//! The root component: loads the council's settings, then the shell.

use domain::api::Settings;
use leptos::prelude::*;

use crate::api;
use crate::shell::Shell;

/// Loads the council's settings (the officer's title appears on most pages), then the app.
#[component]
pub fn App() -> impl IntoView {
    let settings = LocalResource::new(|| api::get::<Settings>("/api/settings"));
    // Settings are tiny and same-origin; waiting for them avoids labels that
    // change under the reader. Without them the app still works, in plain words.
    move || {
        settings
            .get()
            .map(|settings| view! { <Shell settings=settings.ok() /> })
    }
}
