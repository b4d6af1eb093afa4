//! `/my-views`, "Tell Priya what you think": a child writes what they want
//! their reviewing officer to know, in four boxes, every one optional. The
//! steps are `own_words`'; a draft their advocate wrote with them waits
//! beside their own until they confirm it.

use domain::contributions::{ContributionBody, ContributionKind, MyViews};
use leptos::prelude::*;

use crate::contributions::{
    long_text, optional, question, ANYTHING_ELSE, GOING_WELL, NOT_GOING_WELL, WANT_TO_CHANGE,
};
use crate::forms::Problem;
use crate::frame::Frame;
use crate::own_words::{posted, OwnPage};

pub const PATH: &str = "/my-views";

/// The boxes, in the form's order.
pub const FIELDS: [&str; 4] = [GOING_WELL, NOT_GOING_WELL, WANT_TO_CHANGE, ANYTHING_ELSE];

pub const PAGE: OwnPage = OwnPage {
    kind: ContributionKind::MyViews,
    path: PATH,
    send_path: "/my-views/send",
    add_path: "/my-views/add",
    title: "my-views-title",
    intro: "my-views-intro",
    sent_heading: "my-views-sent",
    send_button: "send-button",
    first_field: GOING_WELL,
    fields,
    body_from,
    latest_only: None,
};

fn views(body: &ContributionBody) -> MyViews {
    match body {
        ContributionBody::MyViews(views) => views.clone(),
        _ => MyViews::default(),
    }
}

fn fields(frame: &Frame, body: &ContributionBody, officer: &str, problems: &[Problem]) -> AnyView {
    let views = views(body);
    let texts = [
        &views.going_well,
        &views.not_going_well,
        &views.want_to_change,
        &views.anything_else,
    ];
    FIELDS
        .iter()
        .zip(texts)
        .map(|(id, text)| {
            let label = optional(frame, question(frame, id, officer));
            long_text(frame, id, label, None, text, problems)
        })
        .collect_view()
        .into_any()
}

fn body_from(form: &[(String, String)]) -> ContributionBody {
    ContributionBody::MyViews(MyViews {
        going_well: posted(form, GOING_WELL).to_owned(),
        not_going_well: posted(form, NOT_GOING_WELL).to_owned(),
        want_to_change: posted(form, WANT_TO_CHANGE).to_owned(),
        anything_else: posted(form, ANYTHING_ELSE).to_owned(),
    })
}
