//! The frame every page sits in: skip link, header, routes and the route announcer.

use domain::api::Settings;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::addresses::OtherPages;
use crate::components::header::Header;
use crate::components::route_announcer::{PageTitle, RouteAnnouncer};
use crate::components::skip_link::SkipLink;
use crate::components::time_out_warning::TimeOutWarning;
use crate::components::updates_badge::RecountUpdates;
use crate::other_tabs;
use crate::pages::{home::Home, not_safe::NotSafe, sign_in::SignIn};
use crate::restored_pages::recheck_restored_pages;
use crate::session::Session;

/// The session and page-title contexts, the landmarks, every route, and the
/// time-out warning; keeps this tab in step with the app's other tabs.
///
/// Only a child's way in (sign-in, then their home) is in the first
/// download; every other page is a `LazyPage`, fetched when first opened
/// (`crate::addresses`).
#[component]
pub fn Shell(settings: Option<Settings>) -> impl IntoView {
    let session = Session::provide(settings);
    other_tabs::follow(session);
    recheck_restored_pages(session);
    PageTitle::provide();
    RecountUpdates::provide();
    view! {
        <Router>
            <SkipLink />
            <Header />
            <main id="main" class="width-container main" tabindex="-1">
                // Only a child's way in, and the help numbers, have routes of
                // their own: no chunk download may stand between a child and
                // them. Every other page is matched in `addresses`.
                <Routes fallback=|| ()>
                    <Route path=path!("/") view=Home />
                    <Route path=path!("/sign-in") view=SignIn />
                    <Route path=path!("/not-safe") view=NotSafe />
                    <Route path=path!("/*any") view=OtherPages />
                </Routes>
            </main>
            <RouteAnnouncer />
            <TimeOutWarning />
        </Router>
    }
}
