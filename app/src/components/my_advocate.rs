//! The advocate a child has: their name and how to reach them, on the
//! child's home and on an adult's view of the child.

use domain::api::Contact;
use leptos::prelude::*;

use crate::components::contact_links::ContactLinks;
use crate::t;

/// "Your advocate" (or "Sam's advocate"), the name, and email and phone links.
#[component]
pub fn MyAdvocate(advocate: Contact, mine: bool, child: String) -> impl IntoView {
    let viewer = if mine { "self" } else { "other" };
    view! {
        <h2>{t!("advocate-heading", viewer = viewer, child = child)}</h2>
        <div class="officer-card advocate-card">
            <p class="officer-name">{advocate.name}</p>
            <ContactLinks email=advocate.email phone=advocate.phone />
        </div>
    }
}
