//! What changed for the signed-in person since they last looked: the
//! updates list and its badge. Everyone signed in has one, and only ever
//! reads their own.
//!
//! `GET /api/updates`: `Updates`, newest first, each marked new or not.
//! `POST /api/updates/seen` (`SeenUpTo`): the badge clears up to that
//! update; it never moves back. Answers the list as it now is.

use crate::auth::sessions::CurrentUser;
use crate::http::error::AppResult;
use crate::http::extract::ApiJson;
use crate::http::routes::{route, ApiRoute};
use crate::AppState;
use axum::extract::State;
use axum::http::Method;
use axum::Json;
use domain::requests::{SeenUpTo, Updates};

pub fn routes() -> Vec<ApiRoute> {
    vec![
        route(Method::GET, "/api/updates", list),
        route(Method::POST, "/api/updates/seen", seen),
    ]
}

async fn list(State(state): State<AppState>, user: CurrentUser) -> AppResult<Json<Updates>> {
    Ok(Json(state.store.updates_for(user.user_id).await?))
}

async fn seen(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(seen): ApiJson<SeenUpTo>,
) -> AppResult<Json<Updates>> {
    state
        .store
        .mark_updates_seen(user.user_id, seen.update_id)
        .await?;
    Ok(Json(state.store.updates_for(user.user_id).await?))
}
