//! `GET requests` and `GET requests/{request_id}`: a child's requests as
//! their reader may see them (by kind, `policy`). Each read is audited, and
//! an adult's first read is kept so the child sees when it was read.

use super::{audit_read, mark_read, two_ids, view};
use crate::auth::sessions::CurrentUser;
use crate::http::error::{AppError, AppResult};
use crate::http::extract::ChildIdPath;
use crate::http::routes::{route, ApiRoute};
use crate::policy::{self, Action, ChildAccess, Relation};
use crate::storage::RequestRow;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::Method;
use axum::Json;
use domain::requests::Request;

pub fn routes() -> Vec<ApiRoute> {
    vec![
        route(Method::GET, "/api/children/{id}/requests", list),
        route(
            Method::GET,
            "/api/children/{id}/requests/{request_id}",
            open,
        ),
    ]
}

async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    ChildIdPath(id): ChildIdPath,
) -> AppResult<Json<Vec<Request>>> {
    Ok(Json(requests_for(&state, &user, id).await?))
}

/// The requests of child `id` that `user` may read, each marked read by
/// them, and the list audited: the API and the child's page both list here.
pub(crate) async fn requests_for(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
) -> AppResult<Vec<Request>> {
    let access = policy::authorize(state, user, Action::ListRequests, id).await?;
    // A manager asking about a child that does not exist: 404, as elsewhere.
    crate::children::file(state, &access).await?;
    let mut out = Vec::new();
    for row in state.store.requests(&access).await? {
        if access.reads_request(row.kind()) {
            mark_read(state, user, &access, row.id).await?;
            out.push(view(state, &access, row).await?);
        }
    }
    audit_read(state, user, &access, "listed").await?;
    Ok(out)
}

/// One of the child's requests for someone `action` let through, if they
/// may read it. An id that is no request of this child is answered like
/// one they may not read, unless they may read every request anyway.
pub(super) async fn find(
    state: &AppState,
    user: &CurrentUser,
    access: &ChildAccess,
    action: Action,
    request_id: i64,
) -> AppResult<RequestRow> {
    let reads_all = matches!(
        access.relation(),
        Some(Relation::TheChild | Relation::TheirOfficer | Relation::Manager)
    );
    match state.store.request(access, request_id).await? {
        Some(row) if access.reads_request(row.kind()) => Ok(row),
        None if reads_all => Err(AppError::NotFound),
        _ => Err(policy::refuse_item(state, user, access, action).await),
    }
}

async fn open(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(ids): Path<(String, String)>,
) -> AppResult<Json<Request>> {
    let (id, request_id) = two_ids(&ids)?;
    let access = policy::authorize(&state, &user, Action::OpenRequest, id).await?;
    let row = find(&state, &user, &access, Action::OpenRequest, request_id).await?;
    mark_read(&state, &user, &access, request_id).await?;
    audit_read(&state, &user, &access, &format!("opened {request_id}")).await?;
    Ok(Json(view(&state, &access, row).await?))
}
