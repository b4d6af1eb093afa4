//! `GET drafts` and `PUT drafts/{kind}`: what someone is still writing for
//! a child, saved on the server as they type so it survives a closed tab,
//! a dropped connection and a server restart.

use super::{audit_read, check_lengths, person, with_text_limit};
use crate::auth::sessions::CurrentUser;
use crate::http::error::{AppError, AppResult};
use crate::http::extract::{ChildIdPath, JsonAfterCheck};
use crate::http::routes::{route, ApiRoute};
use crate::policy::{self, Action, ChildAccess};
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::Method;
use axum::Json;
use domain::api::ErrorCode;
use domain::contributions::{ContributionKind, Draft, DraftSaved, SaveDraft};

pub fn routes() -> Vec<ApiRoute> {
    vec![
        route(Method::GET, "/api/children/{id}/drafts", my_drafts),
        with_text_limit(route(
            Method::PUT,
            "/api/children/{id}/drafts/{kind}",
            save_draft,
        )),
    ]
}

/// The `{id}` and `{kind}` of `drafts/{kind}`. Anything else names no
/// draft: a 404 whoever asks.
fn draft_path(id: &str, kind: &str) -> AppResult<(i64, ContributionKind)> {
    let id = id.parse().map_err(|_| AppError::NotFound)?;
    let kind = ContributionKind::from_code(kind).ok_or(AppError::NotFound)?;
    Ok((id, kind))
}

async fn my_drafts(
    State(state): State<AppState>,
    user: CurrentUser,
    ChildIdPath(id): ChildIdPath,
) -> AppResult<Json<Vec<Draft>>> {
    Ok(Json(drafts_for(&state, &user, id).await?))
}

/// The drafts `user` may see for child `id`: their own, and for the child,
/// the ones their advocate wrote with them. The API and the pages both
/// read them here.
pub(crate) async fn drafts_for(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
) -> AppResult<Vec<Draft>> {
    let access = policy::authorize(state, user, Action::WriteDrafts, id).await?;
    let with_advocates = policy::sees_advocate_drafts(&access);
    let rows = state
        .store
        .drafts(&access, user.user_id, with_advocates)
        .await?;
    audit_read(state, user, &access, "drafts").await?;
    Ok(rows
        .into_iter()
        .map(|d| Draft {
            mine: d.author.user_id == user.user_id,
            author: person(&d.author),
            body: d.body,
            shared_with: d.shared,
            saved_at_ms: d.saved_at_ms,
        })
        .collect())
}

async fn save_draft(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, kind)): Path<(String, String)>,
    body: JsonAfterCheck,
) -> AppResult<Json<DraftSaved>> {
    let (id, kind) = draft_path(&id, &kind)?;
    let access = may_write(&state, &user, id, kind).await?;
    let draft: SaveDraft = body.parse()?;
    if draft.body.kind() != kind {
        return Err(AppError::field("kind", ErrorCode::InvalidInput));
    }
    let saved_at_ms = save(&state, &user, &access, draft).await?;
    Ok(Json(DraftSaved { saved_at_ms }))
}

/// `user`'s access to child `id`, when they may write drafts of `kind`
/// for them; otherwise the refusal, audited.
pub(crate) async fn may_write(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    kind: ContributionKind,
) -> AppResult<ChildAccess> {
    let access = policy::authorize(state, user, Action::WriteDrafts, id).await?;
    if !policy::writes(&access, kind) {
        return Err(policy::refuse_item(state, user, &access, Action::WriteDrafts).await);
    }
    Ok(access)
}

/// Keeps `draft` as `user`'s draft of its kind, for the child `access`
/// (from `may_write` for that kind) is about: the API and the pages both
/// save here.
pub(crate) async fn save(
    state: &AppState,
    user: &CurrentUser,
    access: &ChildAccess,
    draft: SaveDraft,
) -> AppResult<i64> {
    check_lengths(&draft.body)?;
    let now = state.clock.now_ms();
    state
        .store
        .save_draft(access, user.user_id, &draft.body, draft.shared_with, now)
        .await?;
    Ok(now)
}
