//! Who the child's reviewing officer is and how to reach them.

use domain::api::OfficerContact;
use leptos::prelude::*;

use crate::components::contact_links::ContactLinks;

/// The officer's name, big; email and phone links; and since when.
#[component]
pub fn OfficerCard(officer: OfficerContact, since: String, siblings: Vec<String>) -> impl IntoView {
    view! {
        <div class="officer-card">
            <p class="officer-name">{officer.name}</p>
            <ContactLinks email=Some(officer.email) phone=Some(officer.phone) />
            <p>{since}</p>
            {siblings.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
        </div>
    }
}
