//! The first time a child sees "Leave this page", a short note says what it
//! does, and what it cannot do, until they say they have read it.

use leptos::prelude::*;

use crate::{dom, t};

/// Where this browser remembers that the note was read: the cookie the
/// server-rendered pages set and read too (`/quick-exit-note`).
const READ_COOKIE: &str = "mysay_exit_note=read";

fn read_already() -> bool {
    js_sys::Reflect::get(&document(), &"cookie".into())
        .ok()
        .and_then(|c| c.as_string())
        .is_some_and(|cookies| cookies.split("; ").any(|c| c == READ_COOKIE))
}

/// Kept a year, for every page of the site; nothing secret.
fn remember_read() {
    let cookie = format!("{READ_COOKIE}; Path=/; Max-Age=31536000; SameSite=Strict");
    let _ = js_sys::Reflect::set(&document(), &"cookie".into(), &cookie.into());
}

/// "The 'Leave this page' button takes you to another website…", with "OK, got it".
#[component]
pub fn QuickExitNote() -> impl IntoView {
    let shown = RwSignal::new(!read_already());
    let dismiss = move |_| {
        remember_read();
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
