//! The frame every page sits in: skip link, header, the page for the address, and the route announcer.

use domain::api::Settings;
use leptos::prelude::*;
use leptos_router::components::Router;

use crate::addresses::Pages;
use crate::components::header::Header;
use crate::components::route_announcer::{PageTitle, RouteAnnouncer};
use crate::components::skip_link::SkipLink;
use crate::components::time_out_warning::TimeOutWarning;
use crate::components::updates_badge::RecountUpdates;
use crate::other_tabs;
use crate::restored_pages::recheck_restored_pages;
use crate::session::Session;

/// The session and page-title contexts, the landmarks, the page for the
/// address (`crate::addresses`), and the time-out warning; keeps this tab in
/// step with the app's other tabs.
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
                <Pages />
            </main>
            <RouteAnnouncer />
            <TimeOutWarning />
        </Router>
    }
}
