//! The app shell: settings, session, header, routes and the route announcer.

use domain::api::Settings;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_params_map;
use leptos_router::path;

use crate::api;
use crate::components::header::Header;
use crate::components::route_announcer::{PageTitle, RouteAnnouncer};
use crate::components::skip_link::SkipLink;
use crate::pages::{
    activate::Activate, home::Home, my_officer::MyOfficer, not_found::NotFound, sign_in::SignIn,
    staff_sign_in::StaffSignIn,
};
use crate::session::Session;

/// Loads the council's settings (the officer's title appears on most pages), then the app.
#[component]
pub fn App() -> impl IntoView {
    let settings = LocalResource::new(|| api::get::<Settings>("/api/settings"));
    // Settings are tiny and same-origin; waiting for them avoids labels that
    // change under the reader. Without them the app still works, in plain words.
    move || {
        settings
            .get()
            .map(|settings| view! { <Shell settings=settings.ok() /> })
    }
}

#[component]
fn Shell(settings: Option<Settings>) -> impl IntoView {
    Session::provide(settings);
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
                    <Route path=path!("/children/:id") view=ChildPage />
                </Routes>
            </main>
            <RouteAnnouncer />
        </Router>
    }
}

/// `/children/:id`: the officer page for that child, or "not found" for a bad id.
#[component]
fn ChildPage() -> impl IntoView {
    let params = use_params_map();
    move || match params
        .read()
        .get("id")
        .and_then(|id| id.parse::<i64>().ok())
    {
        Some(child_id) => view! { <MyOfficer child_id /> }.into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}
