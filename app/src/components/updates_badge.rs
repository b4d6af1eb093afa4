//! The header's "What's new" link, with how many things are new for the
//! signed-in person ("2 new"), in words so it never relies on colour.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use serde::Deserialize;

use crate::api;
use crate::session::use_session;
use crate::t;

/// Where the list of what changed is.
pub const UPDATES_PAGE: &str = "/updates";

/// Asks the badge to count again (after the list marks things seen).
#[derive(Clone, Copy)]
pub struct RecountUpdates(RwSignal<u32>);

impl RecountUpdates {
    /// Shared by the header and the pages, from the shell.
    pub fn provide() {
        provide_context(RecountUpdates(RwSignal::new(0)));
    }

    pub fn now(&self) {
        self.0.update(|n| *n += 1);
    }
}

pub fn use_recount_updates() -> RecountUpdates {
    expect_context::<RecountUpdates>()
}

/// The badge reads only the count of `domain::requests::Updates`: the
/// items are for the "What's new" page, and reading them here would put
/// their code in every first download.
#[derive(Deserialize)]
struct NewCount {
    new_count: u32,
}

/// Counted again on every new page and sign-in: no polling, so an idle
/// session still times out.
#[component]
pub fn UpdatesBadge() -> impl IntoView {
    let session = use_session();
    let pathname = use_location().pathname;
    let RecountUpdates(recount) = use_recount_updates();
    let count = RwSignal::new(0_u32);
    Effect::new(move || {
        pathname.track();
        recount.track();
        if session.me().is_none() {
            return count.set(0);
        }
        leptos::task::spawn_local(async move {
            let new = api::get::<NewCount>("/api/updates").await;
            count.set(new.map_or(0, |n| n.new_count));
        });
    });
    move || {
        session.me().map(|_| {
            view! {
                <a class="updates-link" href=UPDATES_PAGE>
                    {t!("updates-link")}
                    <span class="updates-count" hidden=move || count.get() == 0>
                        {move || t!("updates-new", count = count.get())}
                    </span>
                </a>
            }
        })
    }
}
