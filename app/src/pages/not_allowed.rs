//! Shown when the server says this person may not see a page. The URL stays,
//! so they can tell someone exactly what they tried to open.

use leptos::prelude::*;

use crate::components::route_announcer::use_page_title;
use crate::t;

/// "You cannot see this page", with a way home.
#[component]
pub fn NotAllowed() -> impl IntoView {
    use_page_title().set(t!("not-allowed-title"), false);
    view! {
        <h1 tabindex="-1">{t!("not-allowed-title")}</h1>
        <p>{t!("not-allowed-body")}</p>
        <p>
            <a href="/">{t!("go-home")}</a>
        </p>
    }
}
