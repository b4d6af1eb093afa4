//! "I don't feel safe": a child's way to the help numbers and to telling
//! the adults who must act, one tap away beside the quick exit.

use leptos::prelude::*;

use crate::t;

/// Where the button leads: the help numbers, and the button that tells.
pub const NOT_SAFE_PAGE: &str = "/not-safe";

/// The header's "I don't feel safe" button (a link, so it works even while
/// the page below is busy or broken). `rel="external"`: the router leaves
/// it to the browser, which asks the server for the page.
#[component]
pub fn SafetyLink() -> impl IntoView {
    view! {
        <a class="button button-safety" href=NOT_SAFE_PAGE rel="external">
            {t!("unsafe-button")}
        </a>
    }
}
