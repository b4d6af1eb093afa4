//! The frame every page sits in: skip link, header, routes and the route announcer.

use domain::api::Settings;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::header::Header;
use crate::components::route_announcer::{PageTitle, RouteAnnouncer};
use crate::components::skip_link::SkipLink;
use crate::components::time_out_warning::TimeOutWarning;
use crate::other_tabs;
use crate::pages::{
    activate::Activate, child_officer::ChildOfficer, home::Home, not_found::NotFound,
    sign_in::SignIn, staff_sign_in::StaffSignIn,
};
use crate::restored_pages::recheck_restored_pages;
use crate::session::Session;

/// The session and page-title contexts, the landmarks, every route, and the
/// time-out warning; keeps this tab in step with the app's other tabs.
#[component]
pub fn Shell(settings: Option<Settings>) -> impl IntoView {
    let session = Session::provide(settings);
    other_tabs::follow(session);
    recheck_restored_pages(session);
    PageTitle::provide();
    view! {
        <Router>
            <SkipLink />
            <Header />
            <main id="main" class="width-container main" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Home />
                    <Route path=path!("/sign-in") view=SignIn />
                    <Route path=path!("/sign-in/staff") view=StaffSignIn />
                    <Route path=path!("/activate") view=Activate />
                    <Route path=path!("/children/:id") view=ChildOfficer />
                </Routes>
            </main>
            <RouteAnnouncer />
            <TimeOutWarning />
        </Router>
    }
}
