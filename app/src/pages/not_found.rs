//! Shown for any address the app does not know.

use leptos::prelude::*;

use crate::components::route_announcer::use_page_title;
use crate::t;

/// "Page not found", with a way home.
#[component]
pub fn NotFound() -> impl IntoView {
    use_page_title().set(t!("not-found-title"), false);
    view! {
        <h1 tabindex="-1">{t!("not-found-title")}</h1>
        <p>{t!("not-found-body")}</p>
        <p>
            <a href="/">{t!("go-home")}</a>
        </p>
    }
}
