//! The header's "What's new" link, with how many things are new for the
//! signed-in person ("2 new"), in words so it never relies on colour.

use domain::requests::Updates;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

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

/// Counted again on every new page and sign-in: no polling, so an idle
/// session still times out.
#[component]
pub fn UpdatesBadge() -> impl IntoView {
    let session = use_session();
    let pathname = use_location().pathname;
    let RecountUpdates(recount) = use_recount_updates();
    let signed_in = Memo::new(move |_| session.me().is_some());
    let count = LocalResource::new(move || {
        pathname.track();
        recount.track();
        let signed_in = signed_in.get();
        async move {
            if !signed_in {
                return 0;
            }
            api::get::<Updates>("/api/updates")
                .await
                .map_or(0, |updates| updates.new_count)
        }
    });
    move || {
        signed_in.get().then(|| {
            view! {
                <a class="updates-link" href=UPDATES_PAGE>
                    {t!("updates-link")}
                    {move || {
                        count
                            .get()
                            .filter(|n| *n > 0)
                            .map(|n| {
                                view! {
                                    " "
                                    <span class="updates-count">{t!("updates-new", count = n)}</span>
                                }
                            })
                    }}
                </a>
            }
        })
    }
}
