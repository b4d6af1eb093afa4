//! `POST contributions/{cid}/additions`: "I want to add something". A sent
//! contribution never changes; each addition is its own dated part.

use super::reading::{contribution_path, find, full};
use super::{check_send_id, with_text_limit};
use crate::auth::sessions::CurrentUser;
use crate::http::error::{AppError, AppResult};
use crate::http::extract::JsonAfterCheck;
use crate::http::routes::{route, ApiRoute};
use crate::policy::{self, Action};
use crate::storage::AddOutcome;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::Method;
use axum::Json;
use domain::api::ErrorCode;
use domain::contributions::{AddToContribution, Contribution, MAX_TEXT_CHARS};

pub fn routes() -> Vec<ApiRoute> {
    vec![with_text_limit(route(
        Method::POST,
        "/api/children/{id}/contributions/{contribution_id}/additions",
        add,
    ))]
}

async fn add(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(ids): Path<(String, String)>,
    body: JsonAfterCheck,
) -> AppResult<Json<Contribution>> {
    let (id, cid) = contribution_path(&ids)?;
    let action = Action::AddToContribution;
    let access = policy::authorize(&state, &user, action, id).await?;
    let row = find(&state, &user, &access, action, cid).await?;
    let is_author = row.author.user_id == user.user_id;
    if !policy::may_add_to(&access, is_author, row.agreement) {
        return Err(policy::refuse_item(&state, &user, &access, action).await);
    }
    let addition: AddToContribution = body.parse()?;
    Ok(Json(add_for(&state, &user, id, cid, addition).await?))
}

/// Adds `addition` to contribution `cid` of child `id`, when `user` may:
/// the API and the pages both add here.
pub(crate) async fn add_for(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    cid: i64,
    addition: AddToContribution,
) -> AppResult<Contribution> {
    let action = Action::AddToContribution;
    let access = policy::authorize(state, user, action, id).await?;
    let row = find(state, user, &access, action, cid).await?;
    let is_author = row.author.user_id == user.user_id;
    if !policy::may_add_to(&access, is_author, row.agreement) {
        return Err(policy::refuse_item(state, user, &access, action).await);
    }
    check_send_id(&addition.send_id)?;
    if addition.text.chars().count() > MAX_TEXT_CHARS {
        return Err(AppError::TooLong {
            fields: vec!["text"],
            limit: MAX_TEXT_CHARS as u64,
        });
    }
    if addition.text.trim().is_empty() {
        return Err(AppError::NothingToSend);
    }
    let outcome = (state.store)
        .add_to_contribution(
            &access,
            cid,
            user.user_id,
            &addition.send_id,
            &addition.text,
            state.clock.now_ms(),
        )
        .await?;
    if outcome == AddOutcome::SendIdTaken {
        return Err(AppError::field("send_id", ErrorCode::InvalidInput));
    }
    full(state, &access, user, row).await
}
