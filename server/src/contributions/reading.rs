//! `GET contributions` and `GET contributions/{cid}`: what a reader may
//! know of, and one contribution in full. Each one goes through the
//! child's choice (`policy::contribution_view`), each read is audited, and
//! opening one marks it read for the child's read receipt.

use super::{audit_read, summaries, view_of};
use crate::auth::sessions::CurrentUser;
use crate::clock::london_date;
use crate::http::error::{AppError, AppResult};
use crate::http::extract::ChildIdPath;
use crate::http::routes::{route, ApiRoute};
use crate::policy::{self, Action, ChildAccess, ItemView};
use crate::storage::ContributionRow;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::Method;
use axum::Json;
use domain::api::Role;
use domain::contributions::{
    Addition, Attachment, Contribution, ContributionKind, ContributionSummary,
};

pub fn routes() -> Vec<ApiRoute> {
    vec![
        route(Method::GET, "/api/children/{id}/contributions", list),
        route(
            Method::GET,
            "/api/children/{id}/contributions/{contribution_id}",
            open,
        ),
    ]
}

async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    ChildIdPath(id): ChildIdPath,
) -> AppResult<Json<Vec<ContributionSummary>>> {
    let access = policy::authorize(&state, &user, Action::ListContributions, id).await?;
    // A manager asking about a child that does not exist: 404, as elsewhere.
    crate::children::file(&state, &access).await?;
    let rows = state.store.contributions(&access).await?;
    let list = summaries(&state, &access, &user, &rows).await?;
    audit_read(&state, &user, &access, "listed").await?;
    Ok(Json(list))
}

/// The `{id}` and `{contribution_id}` of a path. Anything not a number
/// names nothing: a 404 whoever asks.
pub(super) fn contribution_path(ids: &(String, String)) -> AppResult<(i64, i64)> {
    let id = ids.0.parse().map_err(|_| AppError::NotFound)?;
    let cid = ids.1.parse().map_err(|_| AppError::NotFound)?;
    Ok((id, cid))
}

/// One of the child's contributions for someone `action` let through, or
/// why not. An id that is no contribution of this child is answered like
/// one the reader may not open, unless they know of every contribution
/// anyway (their officer, a manager).
pub(super) async fn find(
    state: &AppState,
    user: &CurrentUser,
    access: &ChildAccess,
    action: Action,
    contribution_id: i64,
) -> AppResult<ContributionRow> {
    match state.store.contribution(access, contribution_id).await? {
        Some(row) => Ok(row),
        None if policy::knows_every_item(access) => Err(AppError::NotFound),
        None => Err(policy::refuse_item(state, user, access, action).await),
    }
}

async fn open(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(ids): Path<(String, String)>,
) -> AppResult<Json<Contribution>> {
    let (id, cid) = contribution_path(&ids)?;
    let access = policy::authorize(&state, &user, Action::OpenContribution, id).await?;
    let row = find(&state, &user, &access, Action::OpenContribution, cid).await?;
    if view_of(&access, &user, &row) != ItemView::Content {
        return Err(policy::refuse_item(&state, &user, &access, Action::OpenContribution).await);
    }
    if row.author.user_id != user.user_id {
        state
            .store
            .mark_read(&access, cid, user.user_id, state.clock.now_ms())
            .await?;
    }
    audit_read(&state, &user, &access, &format!("opened {cid}")).await?;
    Ok(Json(full(&state, &access, &user, row).await?))
}

/// Everything of `kind` sent for child `id` that `user` may read, in full
/// and newest first, for a page that shows what was sent: a child gets all
/// of it (their advocate may have sent one they agreed in person), an
/// adult what they sent. Like opening each one, it marks what someone else
/// wrote as read by them.
pub(crate) async fn sent_of_kind(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    kind: ContributionKind,
) -> AppResult<Vec<Contribution>> {
    let access = policy::authorize(state, user, Action::ListContributions, id).await?;
    let rows = state.store.contributions(&access).await?;
    let mut sent = Vec::new();
    for row in rows {
        let is_author = row.author.user_id == user.user_id;
        if row.kind != kind
            || view_of(&access, user, &row) != ItemView::Content
            || !(is_author || user.role == Role::Child)
        {
            continue;
        }
        if !is_author {
            (state.store)
                .mark_read(&access, row.id, user.user_id, state.clock.now_ms())
                .await?;
        }
        sent.push(full(state, &access, user, row).await?);
    }
    sent.sort_by_key(|c| std::cmp::Reverse(c.summary.contribution_id));
    audit_read(state, user, &access, "listed").await?;
    Ok(sent)
}

/// A contribution in full, for someone who may read it.
pub(super) async fn full(
    state: &AppState,
    access: &ChildAccess,
    user: &CurrentUser,
    row: ContributionRow,
) -> AppResult<Contribution> {
    let summary = summaries(state, access, user, std::slice::from_ref(&row))
        .await?
        .pop()
        .ok_or_else(|| anyhow::anyhow!("a readable contribution has a summary"))?;
    let additions = state
        .store
        .additions(access, row.id)
        .await?
        .into_iter()
        .map(|a| Addition {
            addition_id: a.id,
            added_on: london_date(a.added_at_ms),
            text: a.text,
        })
        .collect();
    let attachments = state
        .store
        .attachments_of(access, row.id)
        .await?
        .into_iter()
        .map(|a| Attachment {
            attachment_id: a.id,
            name: a.name,
            bytes: u64::try_from(a.bytes).unwrap_or_default(),
            file_kind: a.file_kind,
        })
        .collect();
    Ok(Contribution {
        summary,
        body: row.body,
        additions,
        attachments,
    })
}
