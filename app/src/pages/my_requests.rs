//! `/my-requests`: what a child has asked for, each step with its date,
//! and the answer: "Priya agreed" (then the booked date), or her reasons
//! for saying no, word for word, with what the child can do next.

use domain::api::{Contact, OfficerPage};
use domain::requests::{Asking, Request};
use leptos::prelude::*;

use crate::api::{self, error_for_status, Failure};
use crate::components::decision_for_child::DecisionForChild;
use crate::components::page_loader::PageLoader;
use crate::components::route_announcer::use_page_title;
use crate::dates::long_date;
use crate::officer_words::{first_name, Viewer};
use crate::request_words::{quick_reason, standing, step_line, when_wanted};
use crate::session::use_session;
use crate::t;

/// Loads the child's requests and who can help them, then lists the requests.
#[component]
pub fn MyRequests() -> impl IntoView {
    let session = use_session();
    let data = LocalResource::new(move || async move {
        let me = session.load_me().await?;
        let child_id = me
            .child_id
            .ok_or_else(|| Failure::Api(error_for_status(403)))?;
        let base = format!("/api/children/{child_id}");
        let page = api::get::<OfficerPage>(&format!("{base}/officer")).await?;
        let requests = api::get::<Vec<Request>>(&format!("{base}/requests")).await?;
        Ok::<_, Failure>((page, requests))
    });
    view! { <PageLoader data loaded=|(page, requests)| requests_page(page, requests) /> }
}

fn requests_page(page: OfficerPage, requests: Vec<Request>) -> impl IntoView {
    let heading = t!("my-requests-title");
    use_page_title().set(heading.clone(), false);
    let officer = page.officer.as_ref().map(|o| Contact {
        name: o.name.clone(),
        email: Some(o.email.clone()),
        phone: Some(o.phone.clone()),
    });
    let officer_name = officer.as_ref().map_or_else(
        || t!("your-officer", officer = use_session().officer_title()),
        |o| first_name(&o.name).to_owned(),
    );
    let list = if requests.is_empty() {
        view! { <p>{t!("my-requests-none")}</p> }.into_any()
    } else {
        requests
            .into_iter()
            .map(|request| {
                view! {
                    <OneRequest
                        request
                        officer=officer.clone()
                        officer_name=officer_name.clone()
                        advocate=page.advocate.clone()
                        child=page.child_first_name.clone()
                    />
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <a href="/" class="back-link">
            {t!("back")}
        </a>
        <h1 tabindex="-1">{heading}</h1>
        {list}
        <p>
            <a href="/extra-review">{t!("home-extra-review")}</a>
        </p>
    }
}

#[component]
fn OneRequest(
    request: Request,
    officer: Option<Contact>,
    officer_name: String,
    advocate: Option<Contact>,
    child: String,
) -> impl IntoView {
    let (title, asked) = match &request.asking {
        Asking::ExtraReview(ask) => {
            let reasons = ask
                .quick_reasons
                .iter()
                .map(|r| view! { <li>{quick_reason(*r)}</li> })
                .collect_view();
            let why = (!ask.why.trim().is_empty())
                .then(|| view! { <p class="own-words">{ask.why.clone()}</p> });
            (
                t!("my-requests-extra-review"),
                view! {
                    <ul class="plain-list">{reasons}</ul>
                    {why}
                    <p>{when_wanted(ask.when)}</p>
                }
                .into_any(),
            )
        }
        Asking::Advocate(ask) => (
            t!("my-requests-advocate"),
            (!ask.about.trim().is_empty())
                .then(|| view! { <p class="own-words">{ask.about.clone()}</p> })
                .into_any(),
        ),
    };
    let steps = request
        .steps
        .iter()
        .map(|step| view! { <li>{step_line(step, Viewer::Myself, &child)}</li> })
        .collect_view();
    let answer = match standing(&request) {
        Some(decision) => view! {
            <DecisionForChild
                by=decision.by_name.clone()
                outcome=decision.outcome.clone()
                booked=request.review_booked.clone()
                advocate=advocate
                officer=officer
            />
        }
        .into_any(),
        None if matches!(request.asking, Asking::ExtraReview(_)) => view! {
            <p class="decision-line">
                {t!(
                    "extra-review-answer-by", name = officer_name.as_str(), date = long_date(request.answer_due)
                )}
            </p>
        }
        .into_any(),
        None => ().into_any(),
    };
    view! {
        // An article, not a section: several requests share a title
        // ("Extra review"), and landmarks must each have their own name.
        <article class="section request" aria-labelledby=format!("request-{}", request.request_id)>
            <h2 id=format!("request-{}", request.request_id)>{title}</h2>
            {answer}
            <h3>{t!("my-requests-what-you-asked")}</h3>
            {asked}
            <h3>{t!("my-requests-steps")}</h3>
            <ol class="steps">{steps}</ol>
        </article>
    }
}
