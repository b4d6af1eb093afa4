//! `/my-requests`: what a child has asked for, each step with its date,
//! and the answer: "Priya agreed" (then the booked date), or her reasons
//! for saying no, word for word, with what the child can do next.

use domain::api::OfficerPage;
use domain::requests::{Asking, Outcome, QuickReason, Request, RequestStep, StepKind, WhenWanted};
use leptos::prelude::*;

use crate::contact::contact_links;
use crate::dates::long_date;
use crate::frame::{document, Frame};
use crate::officer::{first_name, officer_name};

pub const PATH: &str = "/my-requests";

pub fn quick_reason(frame: &Frame, reason: QuickReason) -> String {
    frame.say(match reason {
        QuickReason::PlanChanged => "extra-review-reason-plan-changed",
        QuickReason::WantToMove => "extra-review-reason-want-to-move",
        QuickReason::SomethingWrongWhereILive => "extra-review-reason-wrong-where-i-live",
    })
}

pub fn when_wanted(frame: &Frame, when: WhenWanted) -> String {
    frame.say(match when {
        WhenWanted::AsSoonAsPossible => "extra-review-when-soon",
        WhenWanted::InTheNextFewWeeks => "extra-review-when-weeks",
        WhenWanted::IDontMind => "extra-review-when-dont-mind",
    })
}

/// One step of a request's story, as the child reads it: "You asked on 5
/// January 2027", "Priya said no on 12 January 2027".
fn step_line(frame: &Frame, step: &RequestStep, child: &str) -> String {
    let kind = match step.step {
        StepKind::Asked => "asked",
        StepKind::Read => "read",
        StepKind::Agreed => "agreed",
        StepKind::Declined => "declined",
        StepKind::Corrected => "corrected",
        StepKind::AdvocateAllocated => "advocate",
        StepKind::ReviewBooked => "booked",
    };
    let who = (step.by_name.as_deref()).map_or("", first_name).to_owned();
    frame.words.say_with(
        "request-step",
        &[
            ("step", kind.into()),
            ("viewer", "self".into()),
            ("child", child.to_owned().into()),
            ("name", who.into()),
            ("date", long_date(&frame.words, step.on).into()),
        ],
    )
}

/// The answer that stands (the last decision), as the child reads it. A
/// refusal shows the reasons word for word, then what they can do next.
fn answer(frame: &Frame, page: &OfficerPage, request: &Request) -> AnyView {
    let officer = officer_name(frame, page);
    let Some(decision) = request.decisions.last() else {
        return match request.asking {
            Asking::ExtraReview(_) => view! {
                <p class="decision-line">
                    {frame.words.say_with("extra-review-answer-by", &[("name", officer.into()), ("date", long_date(&frame.words, request.answer_due).into())])}
                </p>
            }
            .into_any(),
            Asking::Advocate(_) => ().into_any(),
        };
    };
    let by = first_name(&decision.by_name).to_owned();
    match &decision.outcome {
        Outcome::Agreed { .. } => {
            let booked = request.review_booked.as_ref().map(|review| {
                view! {
                    <p class="next-review">
                        {frame.words.say_with("my-requests-booked", &[("date", long_date(&frame.words, review.on).into())])}
                    </p>
                }
            });
            view! {
                <p class="decision-line">{frame.words.say_with("my-requests-agreed", &[("name", by.into())])}</p>
                {booked}
            }
            .into_any()
        }
        Outcome::Declined { reasons } => {
            let advocate = page.advocate.as_ref().map(|advocate| {
                view! {
                    <p>{frame.words.say_with("my-requests-your-advocate", &[("name", advocate.name.clone().into())])}</p>
                    {contact_links(frame, advocate.email.as_deref(), advocate.phone.as_deref())}
                }
            });
            let ask_officer = page.officer.as_ref().map(|o| {
                view! {
                    <p>{frame.words.say_with("my-requests-complain-ask", &[("name", first_name(&o.name).to_owned().into())])}</p>
                    {contact_links(frame, Some(&o.email), Some(&o.phone))}
                }
            });
            view! {
                <p class="decision-line">{frame.words.say_with("my-requests-declined", &[("name", by.into())])}</p>
                <blockquote class="reasons own-words">{reasons.clone()}</blockquote>
                <h3>{frame.say("my-requests-next-title")}</h3>
                <p>{frame.say("my-requests-next-advocate")}</p>
                {advocate}
                <p>{frame.say("my-requests-next-complain")}</p>
                <p>
                    <a href="/rights#complaint">{frame.say("rights-link")}</a>
                </p>
                {ask_officer}
            }
            .into_any()
        }
    }
}

fn one(frame: &Frame, page: &OfficerPage, request: &Request) -> impl IntoView {
    let (title, asked) = match &request.asking {
        Asking::ExtraReview(ask) => {
            let reasons = (ask.quick_reasons.iter())
                .map(|r| view! { <li>{quick_reason(frame, *r)}</li> })
                .collect_view();
            let why = (!ask.why.trim().is_empty())
                .then(|| view! { <p class="own-words">{ask.why.clone()}</p> });
            (
                frame.say("my-requests-extra-review"),
                view! {
                    <ul class="plain-list">{reasons}</ul>
                    {why}
                    <p>{when_wanted(frame, ask.when)}</p>
                }
                .into_any(),
            )
        }
        Asking::Advocate(ask) => (
            frame.say("my-requests-advocate"),
            (!ask.about.trim().is_empty())
                .then(|| view! { <p class="own-words">{ask.about.clone()}</p> })
                .into_any(),
        ),
    };
    let steps = (request.steps.iter())
        .map(|step| view! { <li>{step_line(frame, step, &page.child_first_name)}</li> })
        .collect_view();
    let id = format!("request-{}", request.request_id);
    let labelled_by = id.clone();
    view! {
        // An article, not a section: several requests share a title, and
        // landmarks must each have their own name.
        <article class="section request" aria-labelledby=labelled_by>
            <h2 id=id>{title}</h2>
            {answer(frame, page, request)}
            <h3>{frame.say("my-requests-what-you-asked")}</h3>
            {asked}
            <h3>{frame.say("my-requests-steps")}</h3>
            <ol class="steps">{steps}</ol>
        </article>
    }
}

/// The child's requests, newest as the server lists them.
pub fn page(frame: &Frame, officer_page: &OfficerPage, requests: &[Request]) -> String {
    let heading = frame.say("my-requests-title");
    let list = if requests.is_empty() {
        view! { <p>{frame.say("my-requests-none")}</p> }.into_any()
    } else {
        (requests.iter())
            .map(|request| one(frame, officer_page, request))
            .collect_view()
            .into_any()
    };
    let main = view! {
        <a href="/" class="back-link">
            {frame.say("back")}
        </a>
        <h1>{heading.clone()}</h1>
        {list}
        <p>
            <a href="/extra-review">{frame.say("home-extra-review")}</a>
        </p>
    };
    document(frame, &heading, false, true, main)
}
