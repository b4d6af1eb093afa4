//! An adult's first page: the children they work with, soonest review first.

use domain::api::{Caseload as CaseloadData, Role};
use leptos::prelude::*;

use crate::api;
use crate::caseload_words::caseload_heading;
use crate::components::child_card::ChildCard;
use crate::components::page_loader::PageLoader;
use crate::components::route_announcer::use_page_title;
use crate::components::urgent_alerts::UrgentAlerts;
use crate::components::without_officer::WithoutOfficer;
use crate::t;

/// "Your children" (or "All children" for a manager, and a social worker's
/// own heading), as cards that fit a phone.
#[component]
pub fn Caseload(role: Role) -> impl IntoView {
    let heading = caseload_heading(role);
    let title = use_page_title();
    let data = LocalResource::new(move || api::get::<CaseloadData>("/api/children"));
    // An officer's own name on every card would say nothing.
    let show_officer = role != Role::ReviewingOfficer;
    // Those told when a child presses "I don't feel safe".
    let alerted = matches!(
        role,
        Role::ReviewingOfficer | Role::SocialWorker | Role::Manager
    );
    // The advocacy service takes on children's requests for an advocate.
    let advocacy = matches!(role, Role::Advocate | Role::Manager);

    // The heading comes with the list, so that a failure page is the only `h1`.
    let loaded = move |caseload: CaseloadData| {
        title.set(heading.clone(), false);
        let without = caseload.without_officer;
        view! {
            {alerted.then(|| view! { <UrgentAlerts /> })}
            <h1 tabindex="-1">{heading.clone()}</h1>
            {(role != Role::Carer && role != Role::Advocate)
                .then(|| view! { <p><a href="/requests">{t!("caseload-requests-link")}</a></p> })}
            {advocacy
                .then(|| {
                    view! {
                        <p>
                            <a href="/advocacy">{t!("advocacy-link")}</a>
                        </p>
                    }
                })}
            {if caseload.children.is_empty() {
                view! { <p>{t!("caseload-empty")}</p> }.into_any()
            } else {
                view! {
                    <ul class="cards">
                        {caseload
                            .children
                            .into_iter()
                            .map(|row| view! { <ChildCard row show_officer /> })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
            {(role == Role::Manager).then(|| view! { <WithoutOfficer rows=without /> })}
        }
    };
    view! { <PageLoader data loaded /> }
}
