//! `GET /api/advocate-requests` and `POST /api/advocate-requests/{request_id}/allocation`:
//! the advocacy service sees the advocate requests waiting for someone, and
//! an advocate takes one on (or a manager names one). The advocate is then
//! linked to the child, and the child's home shows how to reach them.

use crate::auth::sessions::CurrentUser;
use crate::http::error::{AppError, AppResult};
use crate::http::extract::JsonAfterCheck;
use crate::http::routes::{route, ApiRoute};
use crate::policy::{self, Action};
use crate::requests::staff_list_items;
use crate::storage::AllocateOutcome;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::{Method, StatusCode};
use axum::Json;
use domain::api::ErrorCode;
use domain::requests::{Allocate, Request, RequestListItem};

pub fn routes() -> Vec<ApiRoute> {
    vec![
        route(Method::GET, "/api/advocate-requests", waiting),
        route(
            Method::POST,
            "/api/advocate-requests/{request_id}/allocation",
            allocate,
        ),
    ]
}

async fn waiting(
    State(state): State<AppState>,
    user: CurrentUser,
) -> AppResult<Json<Vec<RequestListItem>>> {
    let service = policy::advocacy_service(&state, &user).await?;
    let rows = state.store.waiting_advocate_requests(&service).await?;
    Ok(Json(staff_list_items(&state, &rows)))
}

async fn allocate(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(request_id): Path<String>,
    body: JsonAfterCheck,
) -> AppResult<(StatusCode, Json<Request>)> {
    let request_id: i64 = request_id.parse().map_err(|_| AppError::NotFound)?;
    let service = policy::advocacy_service(&state, &user).await?;
    let allocating: Allocate = body.parse()?;
    let wrong_advocate = || AppError::field("advocate_id", ErrorCode::InvalidInput);
    let advocate_id = match (service.is_manager(), allocating.advocate_id) {
        (true, None) => return Err(AppError::field("advocate_id", ErrorCode::Required)),
        (true, Some(named)) if !state.store.is_advocate(named).await? => {
            return Err(wrong_advocate())
        }
        (true, Some(named)) => named,
        // An advocate takes a request on themselves, and names nobody else.
        (false, None) => user.user_id,
        (false, Some(named)) if named == user.user_id => named,
        (false, Some(_)) => return Err(wrong_advocate()),
    };
    let now = state.clock.now_ms();
    let child_id = match state
        .store
        .allocate(&service, request_id, advocate_id, now)
        .await?
    {
        AllocateOutcome::Allocated { child_id } => child_id,
        AllocateOutcome::NoSuchRequest => return Err(AppError::NotFound),
        AllocateOutcome::AlreadyAllocated => return Err(AppError::AlreadyDecided(None)),
    };
    state.mail.wake();
    // The allocating advocate now supports the child, so reads it as theirs.
    let access = policy::authorize(&state, &user, Action::OpenRequest, child_id).await?;
    let row = (state.store)
        .request(&access, request_id)
        .await?
        .ok_or_else(|| anyhow::anyhow!("an allocated request is not there"))?;
    Ok((
        StatusCode::CREATED,
        Json(crate::requests::view(&state, &access, row).await?),
    ))
}
