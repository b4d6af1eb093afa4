//! The first time a child sees "Leave this page", a short note says what it
//! does, and what it cannot do, until they say they have read it.

use leptos::prelude::*;

use crate::{dom, js, t};

/// Where this browser remembers that the note was read.
const READ_KEY: &str = "mysay-quick-exit-explained";

/// "The 'Leave this page' button takes you to another website…", with "OK, got it".
#[component]
pub fn QuickExitNote() -> impl IntoView {
    let shown = RwSignal::new(js::remembered(READ_KEY).is_none());
    let dismiss = move |_| {
        js::remember(READ_KEY, "yes");
        shown.set(false);
        // The button that had focus is gone: stay in the same place, just before "Leave this page".
        dom::focus_selector(".quick-exit");
    };

    view! {
        <Show when=move || shown.get()>
            <div class="quick-exit-note">
                <p>{t!("quick-exit-note")}</p>
                <button type="button" class="button button-secondary" on:click=dismiss>
                    {t!("quick-exit-note-dismiss")}
                </button>
            </div>
        </Show>
    }
}
