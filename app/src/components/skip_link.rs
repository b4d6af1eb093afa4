//! The first thing a keyboard user reaches: a way past the header.

use leptos::prelude::*;

use crate::{dom, t};

/// "Skip to main content", shown when focused.
#[component]
pub fn SkipLink() -> impl IntoView {
    // The router would treat "#main" as a navigation: it changes the URL but
    // leaves focus where it was. Our handler on the link runs before the
    // router's on the window, and preventing the default makes it stand back.
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        dom::focus_id("main");
    };
    view! {
        <a href="#main" class="skip-link" on:click=skip>
            {t!("skip-link")}
        </a>
    }
}
