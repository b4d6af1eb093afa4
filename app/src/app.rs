//! The root component: loads the council's settings and the words of the
//! first language, then the shell.

use domain::api::Settings;
use leptos::prelude::*;

use crate::api;
use crate::languages::Languages;
use crate::shell::Shell;

/// Loads the council's settings (the officer's title appears on most pages)
/// and the words, side by side, then the app.
#[component]
pub fn App() -> impl IntoView {
    let languages = Languages::provide();
    leptos::task::spawn_local(languages.start());
    let settings = LocalResource::new(|| api::get::<Settings>("/api/settings"));
    // Settings are tiny and same-origin; waiting for them avoids labels that
    // change under the reader. Without them the app still works, in plain words.
    move || {
        // Nothing to say until the words are here. A new language draws the
        // whole app again, in the new words, without a reload: the current
        // page is shown again and fetches its data again.
        if languages.current().is_empty() {
            return None;
        }
        settings
            .get()
            .map(|settings| view! { <Shell settings=settings.ok() /> })
    }
}
