//! `POST contributions/{cid}/additions`: "I want to add something". A sent
//! contribution never changes; each addition is its own dated part.

use super::reading::{contribution_path, find, full};
use super::{check_send_id, with_text_limit};
use crate::auth::sessions::CurrentUser;
use crate::http::error::{AppError, AppResult};
use crate::http::extract::JsonAfterCheck;
use crate::http::routes::{route, ApiRoute};
use crate::policy::{self, Action, ChildAccess};
use crate::storage::AddOutcome;
use crate::storage::ContributionRow;
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
    let (access, row) = may_add_to(&state, &user, id, cid).await?;
    let addition: AddToContribution = body.parse()?;
    Ok(Json(add_for(&state, &user, &access, row, addition).await?))
}

/// `user`'s access to child `id` and their contribution `cid`, when they
/// may add to it; otherwise the refusal, audited.
pub(crate) async fn may_add_to(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    cid: i64,
) -> AppResult<(ChildAccess, ContributionRow)> {
    let action = Action::AddToContribution;
    let access = policy::authorize(state, user, action, id).await?;
    let row = find(state, user, &access, action, cid).await?;
    let is_author = row.author.user_id == user.user_id;
    if !policy::may_add_to(&access, is_author, row.agreement) {
        return Err(policy::refuse_item(state, user, &access, action).await);
    }
    Ok((access, row))
}

/// Adds `addition` to `row` (from `may_add_to`): the API and the pages
/// both add here.
pub(crate) async fn add_for(
    state: &AppState,
    user: &CurrentUser,
    access: &ChildAccess,
    row: ContributionRow,
    addition: AddToContribution,
) -> AppResult<Contribution> {
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
            access,
            row.id,
            user.user_id,
            &addition.send_id,
            &addition.text,
            state.clock.now_ms(),
        )
        .await?;
    if outcome == AddOutcome::SendIdTaken {
        return Err(AppError::field("send_id", ErrorCode::InvalidInput));
    }
    full(state, access, user, row).await
}
