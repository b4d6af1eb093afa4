//! `/children/:id`: one child's officer page, as an adult (or the child) opens it by address.

use domain::api::Role;
use leptos::prelude::*;

use crate::components::suggest_advocate::SuggestAdvocate;
use crate::pages::my_officer::MyOfficer;
use crate::session::use_session;
use crate::t;

/// The officer page for the child in the address (`crate::addresses`).
#[component]
pub fn ChildOfficer(child_id: i64) -> impl IntoView {
    let session = use_session();
    // An advocate writes the child's views with them from here.
    let advocate = move || session.me().is_some_and(|me| me.role == Role::Advocate);
    // Those who may suggest an advocate; only the child can take it up.
    let may_suggest = move || {
        session.me().is_some_and(|me| {
            matches!(
                me.role,
                Role::ReviewingOfficer | Role::Carer | Role::SocialWorker
            )
        })
    };
    view! {
        <MyOfficer child_id />
        <ReviewLinks child_id />
        <Show when=may_suggest>
            <SuggestAdvocate child_id />
        </Show>
        <Show when=advocate>
            <p>
                <a href=format!("/children/{child_id}/views-with-help")>{t!("with-help-link")}</a>
            </p>
        </Show>
    }
}

/// Where an adult goes next for this child's review: the review page for
/// those who run or oversee it, the carer's own contribution for a carer.
/// Only a way there: each page's server answer decides what it shows.
#[component]
fn ReviewLinks(child_id: i64) -> impl IntoView {
    let session = use_session();
    move || {
        let (href, text) = match session.me()?.role {
            Role::ReviewingOfficer | Role::SocialWorker | Role::Manager => (
                format!("/children/{child_id}/review"),
                t!("child-link-review"),
            ),
            Role::Carer => (
                format!("/children/{child_id}/carer-contribution"),
                t!("child-link-carer"),
            ),
            Role::Child | Role::Advocate => return None,
        };
        Some(view! {
            <p>
                <a href=href>{text}</a>
            </p>
        })
    }
}
