//! `GET /api/children/{id}`: a child's full record for the adults who work with them.

use super::{file, full_name, next_review, officer_contact, siblings, social_worker};
use crate::auth::sessions::CurrentUser;
use crate::http::error::AppResult;
use crate::http::extract::ChildIdPath;
use crate::http::routes::{route, ApiRoute};
use crate::policy::{self, Action};
use crate::AppState;
use axum::extract::State;
use axum::http::Method;
use axum::Json;
use domain::api::ChildRecord;

pub fn routes() -> Vec<ApiRoute> {
    vec![route(Method::GET, "/api/children/{id}", record)]
}

async fn record(
    State(state): State<AppState>,
    user: CurrentUser,
    ChildIdPath(id): ChildIdPath,
) -> AppResult<Json<ChildRecord>> {
    let access = policy::authorize(&state, &user, Action::SeeRecord, id).await?;
    let file = file(&state, &access).await?;
    let siblings = siblings(&state, &access, &file).await?;
    let carers = state.store.carer_names(&access).await?;
    let next = next_review(&file);
    let c = &file.child;
    Ok(Json(ChildRecord {
        child_id: c.id,
        name: full_name(c),
        date_of_birth: c.date_of_birth,
        looked_after_since: c.looked_after_since,
        placement: c.placement,
        officer: file.officer.as_ref().map(officer_contact),
        officer_told_on: file.officer.as_ref().and_then(|o| o.told_on),
        officer_told_by: file.officer.as_ref().and_then(|o| o.told_by),
        social_worker: social_worker(&file),
        siblings,
        carers,
        reviews_held: file.reviews_held.clone(),
        reviews_scheduled: file.reviews_scheduled.clone(),
        next_review_due: next.due,
        next_review_on_closure_day: state.closure_days.is_closed_on(next.due),
    }))
}
