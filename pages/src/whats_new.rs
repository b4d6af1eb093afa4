//! `/updates`, "What's new", for a child: what changed for them, newest
//! first, each in words with its date and time and a link to it. Opening
//! it marks everything seen, so the header counts nothing new.

use chrono::NaiveDate;
use domain::requests::{Update, UpdateKind, Updates};
use leptos::prelude::*;

use crate::dates::long_date;
use crate::frame::{document, Frame};

/// An update with when it happened, in London: its date and "10:30".
pub struct Dated<'a> {
    pub update: &'a Update,
    pub date: NaiveDate,
    pub time: String,
}

/// The update in words, as the child it is about reads it.
fn words(frame: &Frame, update: &Update) -> String {
    let id = match update.kind {
        UpdateKind::RequestArrived => "update-request-arrived",
        UpdateKind::RequestAgreed => "update-request-agreed",
        UpdateKind::RequestDeclined => "update-request-declined",
        UpdateKind::DecisionCopy => "update-decision-copy",
        UpdateKind::DecisionCorrected => "update-decision-corrected",
        UpdateKind::AdvocateSuggested => "update-advocate-suggested",
        UpdateKind::ReferralAnswered => "update-referral-answered",
        UpdateKind::AdvocateAllocated => "update-advocate-allocated",
        UpdateKind::ReviewBooked => "update-review-booked",
        UpdateKind::UnsafeAlert => "update-unsafe-alert",
    };
    frame.words.say_with(
        id,
        &[
            ("viewer", "self".into()),
            ("child", update.child_first_name.clone().into()),
            ("officer", frame.officer_title.clone().into()),
        ],
    )
}

/// Where the child reads more: what they asked is on "My requests", the
/// rest on their home.
fn link(update: &Update) -> &'static str {
    match update.kind {
        UpdateKind::RequestAgreed
        | UpdateKind::RequestDeclined
        | UpdateKind::DecisionCorrected
        | UpdateKind::ReviewBooked => "/my-requests",
        _ => "/",
    }
}

/// The list; `updates` as they were before this visit marked them seen.
pub fn page(frame: &Frame, updates: &Updates, dated: &[Dated<'_>]) -> String {
    let heading = frame.say("updates-title");
    let items = dated
        .iter()
        .map(|d| {
            let when = frame.words.say_with(
                "update-when",
                &[
                    ("date", long_date(&frame.words, d.date).into()),
                    ("time", d.time.clone().into()),
                ],
            );
            view! {
                <li class="update">
                    {d.update.urgent.then(|| view! { <strong class="tag tag-overdue">{frame.say("update-urgent")}</strong> " " })}
                    {d.update.new.then(|| view! { <strong class="tag tag-new">{frame.say("update-new")}</strong> " " })}
                    <a href=link(d.update)>{words(frame, d.update)}</a>
                    <p class="hint">{when}</p>
                </li>
            }
        })
        .collect_view();
    let list = if updates.items.is_empty() {
        view! { <p>{frame.say("updates-none")}</p> }.into_any()
    } else {
        let all_seen = updates.new_count == 0;
        view! {
            {all_seen.then(|| view! { <p>{frame.say("updates-all-seen")}</p> })}
            <ul class="updates">{items}</ul>
        }
        .into_any()
    };
    let main = view! {
        <a href="/" class="back-link">
            {frame.say("back")}
        </a>
        <h1>{heading.clone()}</h1>
        {list}
    };
    document(frame, &heading, false, true, main)
}
