//! The start page, "/": a child sees their officer, an adult their children,
//! and someone not signed in is sent to sign in.

use domain::api::Role;
use leptos::prelude::*;

use crate::components::failure_page::FailurePage;
use crate::components::load_failed::LoadFailed;
use crate::components::loading::Loading;
use crate::pages::caseload::Caseload;
use crate::pages::my_officer::MyOfficer;
use crate::session::use_session;

/// Asks the server who this is, then shows their first page.
#[component]
pub fn Home() -> impl IntoView {
    let session = use_session();
    let me = LocalResource::new(move || session.load_me());
    let retry = move |_| me.refetch();

    move || match me.get() {
        None => view! { <Loading /> }.into_any(),
        Some(Ok(me)) => match (me.role, me.child_id) {
            (Role::Child, Some(child_id)) => view! { <MyOfficer child_id /> }.into_any(),
            // A child account with no child record is a server data problem.
            (Role::Child, None) => view! { <LoadFailed retry /> }.into_any(),
            (_, _) => view! { <Caseload role=me.role /> }.into_any(),
        },
        Some(Err(failure)) => view! { <FailurePage failure retry /> }.into_any(),
    }
}
