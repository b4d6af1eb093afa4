//! A decision on an extra review, as the child reads it: on "My requests",
//! and as the preview the officer sees before sending. A refusal shows the
//! reasons word for word, then what the child can do next.

use domain::api::Contact;
use domain::requests::Outcome;
use domain::reviews::ReviewSummary;
use leptos::prelude::*;

use crate::components::contact_links::ContactLinks;
use crate::dates::long_date;
use crate::officer_words::first_name;
use crate::t;

/// `by` is who decided (a full name; the child reads the first name).
/// `advocate` and `officer` are shown as ways to reach them, when known.
#[component]
pub fn DecisionForChild(
    by: String,
    outcome: Outcome,
    #[prop(default = None)] booked: Option<ReviewSummary>,
    #[prop(default = None)] advocate: Option<Contact>,
    #[prop(default = None)] officer: Option<Contact>,
) -> impl IntoView {
    let name = first_name(&by).to_owned();
    match outcome {
        Outcome::Agreed { .. } => view! {
            <p class="decision-line">{t!("my-requests-agreed", name = name.as_str())}</p>
            {booked
                .map(|review| {
                    view! {
                        <p class="next-review">
                            {t!("my-requests-booked", date = long_date(review.on))}
                        </p>
                    }
                })}
        }
        .into_any(),
        Outcome::Declined { reasons } => view! {
            <p class="decision-line">{t!("my-requests-declined", name = name.as_str())}</p>
            <blockquote class="reasons own-words">{reasons}</blockquote>
            <h3>{t!("my-requests-next-title")}</h3>
            <p>{t!("my-requests-next-advocate")}</p>
            {advocate
                .map(|advocate| {
                    view! {
                        <p>{t!("my-requests-your-advocate", name = advocate.name.as_str())}</p>
                        <ContactLinks email=advocate.email phone=advocate.phone />
                    }
                })}
            <p>{t!("my-requests-next-complain")}</p>
            <p>
                <a href="/rights#complaint">{t!("rights-link")}</a>
            </p>
            {officer
                .map(|officer| {
                    let officer_name = first_name(&officer.name).to_owned();
                    view! {
                        <p>{t!("my-requests-complain-ask", name = officer_name)}</p>
                        <ContactLinks email=officer.email phone=officer.phone />
                    }
                })}
        }
        .into_any(),
    }
}
