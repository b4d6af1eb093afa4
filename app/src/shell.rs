//! The frame every page sits in: skip link, header, routes and the route announcer.

use domain::api::Settings;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::header::Header;
use crate::components::lazy_page::LazyPage;
use crate::components::route_announcer::{PageTitle, RouteAnnouncer};
use crate::components::skip_link::SkipLink;
use crate::components::time_out_warning::TimeOutWarning;
use crate::components::updates_badge::RecountUpdates;
use crate::pages::{home::Home, not_safe::NotSafe, sign_in::SignIn};
use crate::restored_pages::recheck_restored_pages;
use crate::session::Session;
use crate::{lazy_pages, other_tabs};

/// The session and page-title contexts, the landmarks, every route, and the
/// time-out warning; keeps this tab in step with the app's other tabs.
///
/// Only a child's way in (sign-in, then their home) is in the first
/// download; every other page is a `LazyPage`, fetched when first opened.
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
                <Routes fallback=|| view! { <LazyPage page=lazy_pages::not_found words="not_found" /> }>
                    <Route path=path!("/") view=Home />
                    <Route path=path!("/sign-in") view=SignIn />
                    // In the first view: no chunk download may stand between
                    // a child and the help numbers.
                    <Route path=path!("/not-safe") view=NotSafe />
                    <Route
                        path=path!("/updates")
                        view=|| view! { <LazyPage page=lazy_pages::whats_new words="whats_new" /> }
                    />
                    <Route
                        path=path!("/advocate")
                        view=|| view! { <LazyPage page=lazy_pages::ask_advocate words="ask_advocate" /> }
                    />
                    <Route
                        path=path!("/advocacy")
                        view=|| view! { <LazyPage page=lazy_pages::advocacy words="advocacy" /> }
                    />
                    <Route
                        path=path!("/sign-in/staff")
                        view=|| view! { <LazyPage page=lazy_pages::staff_sign_in words="staff_sign_in" /> }
                    />
                    <Route
                        path=path!("/activate")
                        view=|| view! { <LazyPage page=lazy_pages::activate words="activate" /> }
                    />
                    <Route
                        path=path!("/children/:id")
                        view=|| view! { <LazyPage page=lazy_pages::child_officer words="child_officer" /> }
                    />
                    <Route
                        path=path!("/my-views")
                        view=|| view! { <LazyPage page=lazy_pages::my_views words="my_views" /> }
                    />
                    <Route
                        path=path!("/my-meeting")
                        view=|| view! { <LazyPage page=lazy_pages::my_meeting words="my_meeting" /> }
                    />
                    <Route
                        path=path!("/children/:id/views-with-help")
                        view=|| view! { <LazyPage page=lazy_pages::views_with_help words="views_with_help" /> }
                    />
                    <Route
                        path=path!("/children/:id/review")
                        view=|| view! { <LazyPage page=lazy_pages::next_review words="next_review" /> }
                    />
                    <Route
                        path=path!("/children/:id/contributions/:cid")
                        view=|| view! { <LazyPage page=lazy_pages::contribution words="contribution" /> }
                    />
                    <Route
                        path=path!("/children/:id/carer-contribution")
                        view=|| view! { <LazyPage page=lazy_pages::carer_contribution words="carer_contribution" /> }
                    />
                    <Route
                        path=path!("/extra-review")
                        view=|| view! { <LazyPage page=lazy_pages::extra_review words="extra_review" /> }
                    />
                    <Route
                        path=path!("/my-requests")
                        view=|| view! { <LazyPage page=lazy_pages::my_requests words="my_requests" /> }
                    />
                    <Route
                        path=path!("/requests")
                        view=|| view! { <LazyPage page=lazy_pages::requests_list words="requests_list" /> }
                    />
                    <Route
                        path=path!("/children/:id/requests/:rid")
                        view=|| view! { <LazyPage page=lazy_pages::request_decision words="request_decision" /> }
                    />
                </Routes>
            </main>
            <RouteAnnouncer />
            <TimeOutWarning />
        </Router>
    }
}
