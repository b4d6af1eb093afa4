//! A child's officer page: who their reviewing officer is, how to reach them,
//! and when the next review is due (and, once booked, when and where it meets).

use crate::auth::sessions::CurrentUser;
use crate::children::{self, last_review, officer_contact, social_worker};
use crate::http::error::AppResult;
use crate::http::extract::ChildIdPath;
use crate::http::routes::{route, ApiRoute};
use crate::policy::{self, Action, Relation};
use crate::AppState;
use axum::extract::State;
use axum::http::Method;
use axum::Json;
use domain::api::OfficerPage;
use domain::rights::AgeGroup;

pub fn routes() -> Vec<ApiRoute> {
    vec![route(
        Method::GET,
        "/api/children/{id}/officer",
        officer_page,
    )]
}

async fn officer_page(
    State(state): State<AppState>,
    user: CurrentUser,
    ChildIdPath(id): ChildIdPath,
) -> AppResult<Json<OfficerPage>> {
    Ok(Json(load(&state, &user, id).await?))
}

/// One child's officer page, for anyone `policy` lets see it: the JSON
/// API's answer and a child's home (`home_page.rs`) alike.
pub async fn load(state: &AppState, user: &CurrentUser, id: i64) -> AppResult<OfficerPage> {
    let access = policy::authorize(state, user, Action::SeeOfficerPage, id).await?;
    let file = children::file(state, &access).await?;
    let next = children::next_review(&file);
    // Only the child answers a suggestion, so only they are told one waits.
    let themself = access.relation() == Some(Relation::TheChild);
    let advocate_offer_waiting = themself
        && (state.store.referrals(&access).await?)
            .iter()
            .any(|r| r.answer.is_none());
    let rights_age = themself.then(|| AgeGroup::on(file.child.date_of_birth, state.clock.today()));
    Ok(OfficerPage {
        child_id: file.child.id,
        child_first_name: file.child.first_name.clone(),
        officer: file.officer.as_ref().map(officer_contact),
        siblings: children::siblings(state, &access, &file).await?,
        last_review: last_review(&file),
        next_review_due: next.due,
        next_review_is_scheduled: next.is_scheduled,
        next_review_booked: state.store.open_booking(&access).await?,
        social_worker: social_worker(&file),
        advocate: state.store.child_advocate(&access).await?,
        advocate_offer_waiting,
        rights_age,
    })
}
