//! After sending: a confirmation panel saying what happens next and when,
//! and a send in progress that cannot be started twice.

use domain::api::ErrorCode;
use domain::contributions::{ContributionBody, Sent, ShareChoice};
use leptos::prelude::*;

use crate::components::route_announcer::use_page_title;
use crate::dates::long_date;
use crate::drafts::sign_in_again;
use crate::errors::Problem;
use crate::sending;
use crate::t;

/// One form's sending: whether a send is on its way, and the last answer.
#[derive(Clone, Copy)]
pub struct Sending {
    /// The booked review the page was opened for.
    review_id: Option<i64>,
    pub busy: RwSignal<bool>,
    pub answer: RwSignal<Option<Sent>>,
}

impl Sending {
    pub fn new(review_id: Option<i64>) -> Self {
        Sending {
            review_id,
            busy: RwSignal::new(false),
            answer: RwSignal::new(None),
        }
    }

    /// Sends unless a send is already on its way; `on_sent` runs with the answer.
    #[allow(clippy::too_many_arguments)]
    pub fn send(
        &self,
        child_id: i64,
        what: &'static str,
        body: ContributionBody,
        shared_with: ShareChoice,
        confirming_draft_by: Option<i64>,
        officer: String,
        problems: RwSignal<Vec<Problem>>,
        on_sent: impl FnOnce(Sent) + 'static,
    ) {
        // Once sent, the form is done: a second tap landing just after the
        // answer must not start a new send (with a new id).
        if self.busy.get_untracked() || self.answer.get_untracked().is_some() {
            return;
        }
        self.busy.set(true);
        let this = *self;
        leptos::task::spawn_local(async move {
            let result = sending::send(
                child_id,
                what,
                body,
                shared_with,
                confirming_draft_by,
                this.review_id,
            )
            .await;
            // Still busy after a success: the answer replaces the form.
            this.busy.set(result.is_ok());
            match result {
                Ok(answer) => {
                    problems.set(Vec::new());
                    this.answer.set(Some(answer.clone()));
                    on_sent(answer);
                }
                Err(failure) if failure.code() == Some(ErrorCode::NotSignedIn) => sign_in_again(),
                Err(failure) => problems.set(sending::problems(&failure, &officer)),
            }
        });
    }
}

/// "Your views are sent": when the officer will read them, and what changed on the way.
#[component]
pub fn SentNotice(answer: Sent, officer: String, heading: String) -> impl IntoView {
    use_page_title().set(heading.clone(), false);
    let next = match answer.contribution.review_on {
        Some(date) => t!("sent-before-review", name = officer, date = long_date(date)),
        None => t!("sent-before-next-review", name = officer),
    };
    view! {
        <div class="panel panel-done">
            <h1 tabindex="-1">{heading}</h1>
            <p>{next}</p>
        </div>
        {answer.moved_to_next_review.then(|| view! { <p class="notice-line">{t!("sent-moved")}</p> })}
        {answer.already_sent.then(|| view! { <p class="notice-line">{t!("sent-already")}</p> })}
        <p>{t!("sent-see-later")}</p>
        <p>
            <a href="/">{t!("go-home")}</a>
        </p>
    }
}
