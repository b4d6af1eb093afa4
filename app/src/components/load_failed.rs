//! A page whose data did not arrive: say so calmly and offer another go.

use leptos::prelude::*;

use crate::components::route_announcer::use_page_title;
use crate::t;

/// "Sorry, this page did not load", with a "Try again" button.
#[component]
pub fn LoadFailed(#[prop(into)] retry: Callback<()>) -> impl IntoView {
    use_page_title().set(t!("load-failed-title"), false);
    view! {
        <h1 tabindex="-1">{t!("load-failed-title")}</h1>
        <p>{t!("load-failed-body")}</p>
        <button type="button" class="button" on:click=move |_| retry.run(())>
            {t!("try-again")}
        </button>
    }
}
