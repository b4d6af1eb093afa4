//! `GET /api/children`: the children an adult works with, soonest review first.

use crate::auth::sessions::CurrentUser;
use crate::children::{full_name, last_review, next_review};
use crate::http::error::AppResult;
use crate::http::routes::{route, ApiRoute};
use crate::policy;
use crate::AppState;
use axum::extract::State;
use axum::http::Method;
use axum::Json;
use domain::api::{Caseload, CaseloadRow, WithoutOfficerRow};
use domain::review_dates::{appoint_by, officer_overdue};
use domain::working_days::working_days_between;

pub fn routes() -> Vec<ApiRoute> {
    vec![route(Method::GET, "/api/children", caseload)]
}

async fn caseload(State(state): State<AppState>, user: CurrentUser) -> AppResult<Json<Caseload>> {
    let access = policy::caseload(&state, &user).await?;
    let today = state.clock.today();
    let files = state.store.caseload_files(&access).await?;

    let mut children: Vec<CaseloadRow> = files
        .iter()
        .map(|f| {
            let due = next_review(f).due;
            CaseloadRow {
                child_id: f.child.id,
                name: full_name(&f.child),
                age: today.years_since(f.child.date_of_birth).unwrap_or(0),
                placement: f.child.placement,
                officer_name: f.officer.as_ref().map(|o| o.name.clone()),
                last_review: last_review(f),
                next_review_due: due,
                overdue: due < today,
                next_review_on_closure_day: state.closure_days.is_closed_on(due),
            }
        })
        .collect();
    children.sort_by(|a, b| {
        a.next_review_due
            .cmp(&b.next_review_due)
            .then_with(|| a.name.cmp(&b.name))
    });

    let mut without_officer: Vec<WithoutOfficerRow> = if access.shows_children_without_officer() {
        files
            .iter()
            .filter(|f| f.officer.is_none())
            .filter(|f| officer_overdue(f.child.looked_after_since, today))
            .map(|f| WithoutOfficerRow {
                child_id: f.child.id,
                name: full_name(&f.child),
                looked_after_since: f.child.looked_after_since,
                working_days_in_care: working_days_between(f.child.looked_after_since, today),
                appoint_by: appoint_by(f.child.looked_after_since),
            })
            .collect()
    } else {
        Vec::new()
    };
    // Longest wait first: the most urgent appointment to make.
    without_officer.sort_by_key(|r| (r.looked_after_since, r.child_id));

    Ok(Json(Caseload {
        today,
        children,
        without_officer,
    }))
}
