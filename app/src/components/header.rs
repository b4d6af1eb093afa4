//! The top of every page: the service name, who is signed in, and the way out.

use domain::api::Role;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::language_menu::LanguageMenu;
use crate::components::quick_exit::QuickExit;
use crate::components::safety_link::{SafetyLink, NOT_SAFE_PAGE};
use crate::components::updates_badge::UpdatesBadge;
use crate::session::{use_session, Ending};
use crate::t;

/// Pages a child sees before signing in, where the quick exit and the way
/// to the help numbers are offered too.
const CHILD_SIGN_IN_PAGES: [&str; 3] = ["/sign-in", "/activate", NOT_SAFE_PAGE];

/// The site header: "My Say" home link, name, "What's new" and "Sign out"
/// once signed in; quick exit and "I don't feel safe" on child pages.
#[component]
pub fn Header() -> impl IntoView {
    let session = use_session();
    let pathname = use_location().pathname;
    let child_page = move || match session.me() {
        Some(me) => me.role == Role::Child,
        None => CHILD_SIGN_IN_PAGES.contains(&pathname.read().as_str()),
    };
    let sign_out = move |_| session.end(Ending::SignedOut);
    let account = move || {
        session.me().map(|me| {
            view! {
                <div class="header-account">
                    <span class="header-name">
                        {t!("header-signed-in-as", name = me.display_name)}
                    </span>
                    <button type="button" class="link-button" on:click=sign_out>
                        {t!("sign-out")}
                    </button>
                </div>
            }
        })
    };

    view! {
        <header class="header">
            <div class="width-container header-inner">
                <nav class="header-nav" aria-label=t!("nav-label")>
                    <a href="/" class="header-brand">
                        {t!("service-name")}
                    </a>
                </nav>
                // Early in the page so it is quick to reach by Tab as well as by eye.
                <Show when=child_page>
                    <QuickExit />
                    <SafetyLink />
                </Show>
                <LanguageMenu />
                <UpdatesBadge />
                {account}
            </div>
        </header>
    }
}
