//! `/children/:id/review`: a child's next review, for their officer, social
//! worker and a manager. When it must happen by, the booked review or a
//! form to book it, "Record as held" once its day has come, and what has
//! arrived for it: contributions and the child's wishes for the meeting.

use domain::api::{ErrorCode, Me, Role};
use domain::contributions::ContributionKind;
use domain::reviews::{ReviewOverview, ReviewSummary, ScheduledReview};
use leptos::prelude::*;
use serde::Serialize;

use crate::api::{self, Failure};
use crate::components::contribution_list::ContributionList;
use crate::components::error_summary::ErrorSummary;
use crate::components::meeting_wishes::MeetingWishes;
use crate::components::page_loader::PageLoader;
use crate::components::review_booking::ReviewBooking;
use crate::components::route_announcer::use_page_title;
use crate::dates::long_date;
use crate::errors::Problem;
use crate::review_words::{booked_on, place};
use crate::session::use_session;
use crate::t;

/// The page for the child in the address (`crate::addresses`).
#[component]
pub fn NextReview(child_id: i64) -> impl IntoView {
    view! { <ReviewLoader child_id /> }
}

/// What the page shows, with what was just done to it.
#[derive(Clone, Copy)]
struct PageState {
    data: LocalResource<Result<(Me, ReviewOverview), Failure>>,
    /// The notification banner above the heading, after booking or recording.
    notice: RwSignal<Option<String>>,
    problems: RwSignal<Vec<Problem>>,
}

#[component]
fn ReviewLoader(child_id: i64) -> impl IntoView {
    let session = use_session();
    let data = LocalResource::new(move || async move {
        let me = session.load_me().await?;
        let path = format!("/api/children/{child_id}/reviews/next");
        let overview = api::get::<ReviewOverview>(&path).await?;
        Ok::<_, Failure>((me, overview))
    });
    let state = PageState {
        data,
        notice: RwSignal::new(None),
        problems: RwSignal::new(Vec::new()),
    };
    view! { <PageLoader data loaded=move |(me, overview)| review_page(state, &me, overview) /> }
}

fn review_page(state: PageState, me: &Me, overview: ReviewOverview) -> impl IntoView {
    let officer = use_session().officer_title();
    let child = overview.child_first_name.clone();
    let child_id = overview.child_id;
    let heading = t!("review-title", child = child.as_str());
    let title = use_page_title();
    let problems = state.problems;
    let title_text = heading.clone();
    Effect::new(move || title.set(title_text.clone(), !problems.read().is_empty()));
    let is_officer = me.role == Role::ReviewingOfficer;

    let booked = match overview.scheduled.clone() {
        Some(review) => booked_review(state, child_id, review, &overview, is_officer).into_any(),
        None if is_officer => {
            // A late booking is kept: the refetched page shows the warning.
            let on_booked = move |_: ScheduledReview| {
                state.notice.set(Some(t!("review-booked-notice")));
                state.data.refetch();
            };
            view! { <ReviewBooking child_id child=child.clone() problems on_booked /> }.into_any()
        }
        None => ().into_any(),
    };

    let wishes_sent = overview
        .contributions
        .iter()
        .any(|c| c.kind == ContributionKind::MyMeeting);
    let wishes = match overview.meeting_wishes.clone() {
        Some(wishes) => view! { <MeetingWishes wishes child=child.clone() /> }.into_any(),
        None if !wishes_sent => {
            view! { <p>{t!("wishes-none", child = child.as_str())}</p> }.into_any()
        }
        // Sent, but this reader may not read it: the list says it exists.
        None => ().into_any(),
    };
    let arrived = if overview.contributions.is_empty() {
        view! { <p>{t!("review-nothing-arrived")}</p> }.into_any()
    } else {
        view! {
            <ContributionList
                child_id
                child=child.clone()
                officer=officer.clone()
                contributions=overview.contributions.clone()
            />
        }
        .into_any()
    };

    view! {
        <a href=format!("/children/{child_id}") class="back-link">
            {t!("back")}
        </a>
        <ErrorSummary problems />
        {move || {
            state
                .notice
                .get()
                .map(|text| {
                    view! {
                        <div class="notice" role="status">
                            <p>{text}</p>
                        </div>
                    }
                })
        }}
        <h1 tabindex="-1">{heading}</h1>
        <p class="next-review">
            {t!("review-must-happen-by", date = long_date(overview.must_happen_by))}
        </p>
        {overview
            .late
            .then(|| {
                view! {
                    <div class="warning">
                        <h2 class="warning-title">{t!("review-late-title")}</h2>
                        <p>{t!("review-late", date = long_date(overview.must_happen_by))}</p>
                    </div>
                }
            })}
        {booked}
        <p>{t!("review-held-list", count = overview.held.len())}</p>
        <section class="section" aria-labelledby="arrived">
            <h2 id="arrived">{t!("review-arrived-heading")}</h2>
            {overview
                .no_carer_contribution_yet
                .then(|| {
                    view! {
                        <div class="warning">
                            <p class="warning-title">{t!("review-no-carer-yet")}</p>
                            <p>{t!("review-no-carer-yet-detail")}</p>
                        </div>
                    }
                })}
            {arrived}
        </section>
        <section class="section" aria-labelledby="wishes">
            <h2 id="wishes">{t!("wishes-heading", child = child.as_str())}</h2>
            {wishes}
        </section>
    }
}

/// `POST …/held` takes no body; `{}` keeps every JSON reader happy.
#[derive(Serialize)]
struct NoBody {}

/// The booked review, and for its officer "Record as held" once its day has come.
fn booked_review(
    state: PageState,
    child_id: i64,
    review: ReviewSummary,
    overview: &ReviewOverview,
    is_officer: bool,
) -> impl IntoView {
    let (today, working_days) = (overview.today, overview.working_days_to_go);
    let review_id = review.review_id;
    let record = Action::new_local(move |_: &()| async move {
        let path = format!("/api/children/{child_id}/reviews/{review_id}/held");
        match api::post::<_, ReviewSummary>(&path, &NoBody {}).await {
            Ok(_) => {
                state.problems.set(Vec::new());
                state.notice.set(Some(t!("review-held-notice")));
                state.data.refetch();
            }
            Err(failure) => {
                let text = match failure.code() {
                    Some(ErrorCode::NotHeldYet) => t!("review-not-held-yet"),
                    None if failure == Failure::Network => t!("error-network"),
                    _ => t!("error-server"),
                };
                state.problems.set(vec![Problem::at("record-held", text)]);
            }
        }
    });
    let can_record = is_officer && review.on <= today;
    view! {
        <h2>{t!("review-booked-heading")}</h2>
        <p class="next-review">{booked_on(&review)}</p>
        {review.place.as_ref().map(|where_| view! { <p>{place(where_)}</p> })}
        {working_days
            .filter(|_| review.on >= today)
            .map(|days| view! { <p>{t!("review-working-days", days = days)}</p> })}
        {can_record
            .then(|| {
                view! {
                    <p class="hint" id="record-held-hint">
                        {t!("review-held-hint")}
                    </p>
                    <button
                        type="button"
                        class="button"
                        id="record-held"
                        aria-describedby="record-held-hint"
                        on:click=move |_| {
                            if !record.pending().get_untracked() {
                                record.dispatch_local(());
                            }
                        }
                    >
                        {t!("review-held-button")}
                    </button>
                }
            })}
    }
}
