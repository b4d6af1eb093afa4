//! The start page, "/", as the app draws it for adults: their children.
//! A child's home, and the way to sign in, are pages from the server.

use domain::api::Role;
use leptos::prelude::*;

use crate::addresses::FromTheServer;
use crate::components::lazy_page::LazyPage;
use crate::components::load_failed::LoadFailed;
use crate::components::page_loader::PageLoader;
use crate::lazy_pages;
use crate::session::use_session;

/// Asks the server who this is, then shows their first page. An adult's
/// caseload is fetched only then, so a child never downloads it.
#[component]
pub fn Home() -> impl IntoView {
    let session = use_session();
    let me = LocalResource::new(move || session.load_me());
    let retry = move |_| me.refetch();

    view! {
        <PageLoader
            data=me
            loaded=move |me| match (me.role, me.child_id) {
                // A child's home is a page from the server.
                (Role::Child, Some(_)) => view! { <FromTheServer /> }.into_any(),
                // A child account with no child record is a server data problem.
                (Role::Child, None) => view! { <LoadFailed retry /> }.into_any(),
                (role, _) => {
                    view! { <LazyPage page=move || lazy_pages::caseload(role) words="caseload" /> }.into_any()
                }
            }
        />
    }
}
