//! `GET /api/children/{id}/reviews/next`: the officer's page for a child's
//! next review: when it is, what has arrived for it, the child's meeting
//! wishes, and a flag when the carer has not written yet and the review is
//! close. A manager sees it too, without any contribution's words.

use crate::auth::sessions::CurrentUser;
use crate::children;
use crate::contributions::{audit_read, readable, summaries};
use crate::http::error::AppResult;
use crate::http::extract::ChildIdPath;
use crate::http::routes::{route, ApiRoute};
use crate::policy::{self, Action};
use crate::AppState;
use axum::extract::State;
use axum::http::Method;
use axum::Json;
use domain::contributions::{ContributionBody, ContributionKind};
use domain::review_dates;
use domain::reviews::{ReviewOverview, CARER_CONTRIBUTION_WARNING_WORKING_DAYS};
use domain::working_days::working_days_between;

pub fn routes() -> Vec<ApiRoute> {
    vec![route(
        Method::GET,
        "/api/children/{id}/reviews/next",
        next_review,
    )]
}

async fn next_review(
    State(state): State<AppState>,
    user: CurrentUser,
    ChildIdPath(id): ChildIdPath,
) -> AppResult<Json<ReviewOverview>> {
    let access = policy::authorize(&state, &user, Action::SeeReviewOverview, id).await?;
    let file = children::file(&state, &access).await?;
    let today = state.clock.today();
    let must_happen_by =
        review_dates::next_review(file.child.looked_after_since, &file.reviews_held, &[]).due;
    let booked = state.store.next_booked_review(&access).await?;
    let booked_id = booked.map(|b| b.review_id);
    // The same booking with its time and place, as the child's home shows it.
    let scheduled = state
        .store
        .open_booking(&access)
        .await?
        .filter(|s| Some(s.review_id) == booked_id);

    // What was sent for this review (or, with none booked, for no review).
    let rows: Vec<_> = state
        .store
        .contributions(&access)
        .await?
        .into_iter()
        .filter(|c| c.review_id == booked_id)
        .collect();
    let meeting_wishes = rows
        .iter()
        .rev()
        .filter(|c| c.kind == ContributionKind::MyMeeting)
        .find(|c| readable(&access, &user, c))
        .and_then(|c| match &c.body {
            ContributionBody::MyMeeting(m) => Some(m.clone()),
            _ => None,
        });
    let carer_sent = rows.iter().any(|c| c.kind == ContributionKind::Carer);
    let contributions = summaries(&state, &access, &user, &rows).await?;

    let working_days_to_go = booked.map(|b| working_days_between(today, b.on));
    let no_carer_contribution_yet = !carer_sent
        && working_days_to_go.is_some_and(|days| days <= CARER_CONTRIBUTION_WARNING_WORKING_DAYS);
    let mut held = file.reviews_held.clone();
    held.reverse();
    audit_read(&state, &user, &access, "review_overview").await?;
    Ok(Json(ReviewOverview {
        child_id: file.child.id,
        child_first_name: file.child.first_name.clone(),
        today,
        must_happen_by,
        scheduled,
        late: booked.is_some_and(|b| b.on > must_happen_by),
        working_days_to_go,
        contributions,
        meeting_wishes,
        no_carer_contribution_yet,
        held,
    }))
}
