//! `/updates`, "What's new": what changed for the signed-in person, newest
//! first, each in words with its date and a link to the thing. Opening it
//! marks everything seen, so the header's count goes back to nothing.

use domain::api::{Me, Role};
use domain::requests::{SeenUpTo, Update, UpdateKind, Updates};
use leptos::prelude::*;

use crate::api::{self, Failure};
use crate::components::page_loader::PageLoader;
use crate::components::route_announcer::use_page_title;
use crate::components::updates_badge::use_recount_updates;
use crate::dates::long_date;
use crate::moments::date_and_time;
use crate::session::use_session;
use crate::t;

/// Loads what changed, shows it, and marks it seen.
#[component]
pub fn WhatsNew() -> impl IntoView {
    let session = use_session();
    let data = LocalResource::new(move || async move {
        let me = session.load_me().await?;
        let updates = api::get::<Updates>("/api/updates").await?;
        Ok::<(Me, Updates), Failure>((me, updates))
    });
    view! { <PageLoader data loaded=|(me, updates)| updates_list(&me, updates) /> }
}

fn updates_list(me: &Me, updates: Updates) -> impl IntoView {
    use_page_title().set(t!("updates-title"), false);
    mark_seen(&updates);
    let officer = use_session().officer_title();
    let all_seen = updates.new_count == 0 && !updates.items.is_empty();
    let items = updates
        .items
        .iter()
        .map(|update| {
            let (date, time) = date_and_time(update.at_ms);
            let when = t!("update-when", date = long_date(date), time = time);
            view! {
                <li class="update">
                    {update
                        .urgent
                        .then(|| view! { <strong class="tag tag-overdue">{t!("update-urgent")}</strong> " " })}
                    {update
                        .new
                        .then(|| view! { <strong class="tag tag-new">{t!("update-new")}</strong> " " })}
                    <a href=link(me, update)>{words(me, update, &officer)}</a>
                    <p class="hint">{when}</p>
                </li>
            }
        })
        .collect_view();

    view! {
        <h1 tabindex="-1">{t!("updates-title")}</h1>
        {if updates.items.is_empty() {
            view! { <p>{t!("updates-none")}</p> }.into_any()
        } else {
            view! {
                {all_seen.then(|| view! { <p>{t!("updates-all-seen")}</p> })}
                <ul class="updates">{items}</ul>
            }
                .into_any()
        }}
    }
}

/// Tells the server everything shown is seen, then has the badge count again.
fn mark_seen(updates: &Updates) {
    let Some(newest) = updates.items.iter().map(|u| u.update_id).max() else {
        return;
    };
    if updates.new_count == 0 {
        return;
    }
    let recount = use_recount_updates();
    leptos::task::spawn_local(async move {
        // The answer has no body to read; whatever it is, count again.
        let _ = api::post::<_, serde::de::IgnoredAny>(
            "/api/updates/seen",
            &SeenUpTo { update_id: newest },
        )
        .await;
        recount.now();
    });
}

/// Where the update's subject is shown to this reader.
fn link(me: &Me, update: &Update) -> String {
    let about_me = me.child_id == Some(update.child_id);
    match update.kind {
        _ if about_me => "/".to_owned(),
        UpdateKind::RequestArrived if me.role == Role::Advocate => "/advocacy".to_owned(),
        _ => format!("/children/{}", update.child_id),
    }
}

/// The update in words, as this reader should read it.
pub fn words(me: &Me, update: &Update, officer: &str) -> String {
    let viewer = if me.child_id == Some(update.child_id) {
        "self"
    } else {
        "other"
    };
    let child = update.child_first_name.as_str();
    match update.kind {
        UpdateKind::RequestArrived => t!("update-request-arrived", child = child),
        UpdateKind::RequestAgreed => t!(
            "update-request-agreed",
            viewer = viewer,
            child = child,
            officer = officer
        ),
        UpdateKind::RequestDeclined => t!(
            "update-request-declined",
            viewer = viewer,
            child = child,
            officer = officer
        ),
        UpdateKind::DecisionCopy => t!("update-decision-copy", child = child),
        UpdateKind::DecisionCorrected => {
            t!("update-decision-corrected", viewer = viewer, child = child)
        }
        UpdateKind::AdvocateSuggested => {
            t!("update-advocate-suggested", viewer = viewer, child = child)
        }
        UpdateKind::ReferralAnswered => t!("update-referral-answered", child = child),
        UpdateKind::AdvocateAllocated => {
            t!("update-advocate-allocated", viewer = viewer, child = child)
        }
        UpdateKind::ReviewBooked => t!("update-review-booked", viewer = viewer, child = child),
        UpdateKind::UnsafeAlert => t!("update-unsafe-alert", child = child),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn me(role: Role, child_id: Option<i64>) -> Me {
        Me {
            user_id: 1,
            role,
            display_name: "Someone".into(),
            child_id,
            idle_timeout_secs: 1800,
            language: None,
        }
    }

    fn update(kind: UpdateKind) -> Update {
        Update {
            update_id: 7,
            child_id: 3,
            child_first_name: "Jay".into(),
            kind,
            subject_id: 9,
            urgent: kind == UpdateKind::UnsafeAlert,
            at_ms: 0,
            new: true,
        }
    }

    #[test]
    fn a_child_reads_about_themselves_and_goes_home() {
        let jay = me(Role::Child, Some(3));
        let suggested = update(UpdateKind::AdvocateSuggested);
        assert_eq!(
            words(&jay, &suggested, "CISRO"),
            "Someone thinks an advocate could help you."
        );
        assert_eq!(link(&jay, &suggested), "/");
        assert_eq!(
            words(&jay, &update(UpdateKind::RequestAgreed), "CISRO"),
            "Your CISRO said yes to what you asked."
        );
    }

    #[test]
    fn adults_read_the_child_by_name_and_go_to_the_child() {
        let tom = me(Role::ReviewingOfficer, None);
        let alert = update(UpdateKind::UnsafeAlert);
        assert_eq!(
            words(&tom, &alert, "CISRO"),
            "Urgent: Jay pressed 'I don't feel safe'."
        );
        assert_eq!(link(&tom, &alert), "/children/3");
        let advocate = me(Role::Advocate, None);
        assert_eq!(
            link(&advocate, &update(UpdateKind::RequestArrived)),
            "/advocacy"
        );
    }
}
