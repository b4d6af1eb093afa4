//! A child's full record for the adults who work with them, and the pieces
//! of it that other views (officer page, caseload) share.

use crate::error::{AppError, AppResult};
use crate::extract::ChildIdPath;
use crate::policy::{self, Action};
use crate::routes::{route, ApiRoute};
use crate::sessions::CurrentUser;
use crate::storage::{Appointment, ChildFile, ChildRow};
use crate::AppState;
use axum::extract::State;
use axum::http::Method;
use axum::Json;
use chrono::NaiveDate;
use domain::api::{ChildRecord, Contact, OfficerContact, SiblingOfficer};
use domain::review_dates::{self, NextReview};

pub fn routes() -> Vec<ApiRoute> {
    vec![route(Method::GET, "/api/children/{id}", record)]
}

async fn record(
    State(state): State<AppState>,
    user: CurrentUser,
    ChildIdPath(id): ChildIdPath,
) -> AppResult<Json<ChildRecord>> {
    let file = load(&state, &user, Action::SeeRecord, id).await?;
    let siblings = siblings(&state, &file).await?;
    let carers = state.store.carer_names(id).await?;
    let next = next_review(&state, &file);
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
        social_worker: social_worker(c),
        siblings,
        carers,
        reviews_held: file.reviews_held.clone(),
        reviews_scheduled: file.reviews_scheduled.clone(),
        next_review_due: next.due,
    }))
}

/// The access check, then the child's file. Only someone the policy lets
/// through (a manager) can reach the 404 for a child that does not exist.
pub(crate) async fn load(
    state: &AppState,
    user: &CurrentUser,
    action: Action,
    id: i64,
) -> AppResult<ChildFile> {
    policy::require(&state.store, user, action, id).await?;
    state.store.child_file(id).await?.ok_or(AppError::NotFound)
}

pub(crate) fn full_name(c: &ChildRow) -> String {
    format!("{} {}", c.first_name, c.last_name)
}

pub(crate) fn officer_contact(a: &Appointment) -> OfficerContact {
    OfficerContact {
        name: a.name.clone(),
        email: a.email.clone(),
        phone: a.phone.clone(),
        since: a.appointed_on,
    }
}

pub(crate) fn social_worker(c: &ChildRow) -> Option<Contact> {
    c.social_worker_name.as_ref().map(|name| Contact {
        name: name.clone(),
        email: c.social_worker_email.clone(),
        phone: c.social_worker_phone.clone(),
    })
}

pub(crate) fn last_review(file: &ChildFile) -> Option<NaiveDate> {
    file.reviews_held.iter().max().copied()
}

pub(crate) fn next_review(state: &AppState, file: &ChildFile) -> NextReview {
    review_dates::next_review(
        &state.calendar,
        file.child.looked_after_since,
        &file.reviews_held,
        &file.reviews_scheduled,
    )
}

/// Brothers and sisters, and whether each shares this child's officer (they
/// should, unless there is a reason not to).
pub(crate) async fn siblings(state: &AppState, file: &ChildFile) -> AppResult<Vec<SiblingOfficer>> {
    let mine = file.officer.as_ref().map(|o| o.officer_id);
    Ok(state
        .store
        .siblings(file.child.id)
        .await?
        .into_iter()
        .map(|s| SiblingOfficer {
            first_name: s.first_name,
            same_officer: mine.is_some() && s.officer_id == mine,
        })
        .collect())
}
