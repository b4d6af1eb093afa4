//! `GET /api/children/{id}/attachments/{attachment_id}`: one carer's file,
//! streamed from disk as a download, to the people who may read it, and
//! every download written to the audit trail.

use super::{file_kinds, file_names, folder};
use crate::auth::sessions::CurrentUser;
use crate::http::error::{AppError, AppResult};
use crate::policy::{self, Action, ItemView};
use crate::storage::AuditEntry;
use crate::AppState;
use axum::body::Body;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use tokio_util::io::ReaderStream;

/// `{id}` and `{attachment_id}`: ids that are not numbers name nothing, so
/// they are a 404 whoever asks (as `ChildIdPath`).
pub struct AttachmentPath {
    child_id: i64,
    attachment_id: i64,
}

impl<S: Send + Sync> FromRequestParts<S> for AttachmentPath {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Path((child_id, attachment_id)) = Path::<(i64, i64)>::from_request_parts(parts, state)
            .await
            .map_err(|_| AppError::NotFound)?;
        Ok(Self {
            child_id,
            attachment_id,
        })
    }
}

pub async fn download(
    State(state): State<AppState>,
    user: CurrentUser,
    path: AttachmentPath,
) -> AppResult<Response> {
    // Someone with no business with this child is refused before any file
    // is looked up, so they learn nothing about which files exist.
    let access =
        policy::authorize(&state, &user, Action::DownloadAttachment, path.child_id).await?;
    let row = state
        .store
        .attachment(&access, path.attachment_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let is_uploader = row.uploader_id == user.user_id;
    // Until its contribution is sent, a file is part of the carer's draft:
    // only they may see it.
    let sent = row.contribution_id.is_some();
    if access.carer_item_view(is_uploader) != ItemView::Content || !(is_uploader || sent) {
        return Err(policy::refuse_item(&state, &user, &access, Action::DownloadAttachment).await);
    }

    let file = tokio::fs::File::open(folder(&state.config).join(&row.stored_name))
        .await
        .map_err(|e| anyhow::anyhow!("attachment {} has no file: {e}", row.id))?;
    let length = file.metadata().await.map_err(anyhow::Error::from)?.len();

    let client = user.client.ip.to_string();
    let detail = row.id.to_string();
    state
        .store
        .append_audit(
            state.clock.now_ms(),
            &AuditEntry {
                event: "attachment_downloaded",
                actor_user_id: Some(user.user_id),
                child_id: Some(access.child_id()),
                detail: Some(&detail),
                client: Some(&client),
            },
        )
        .await?;

    let disposition = file_names::content_disposition(&file_names::download_name(
        &row.original_name,
        row.file_kind,
    ));
    let headers = [
        (
            header::CONTENT_TYPE,
            HeaderValue::from_static(file_kinds::content_type(row.file_kind)),
        ),
        (
            header::CONTENT_DISPOSITION,
            HeaderValue::from_str(&disposition).map_err(anyhow::Error::from)?,
        ),
        (header::CONTENT_LENGTH, HeaderValue::from(length)),
        (
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ),
        (
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-store"),
        ),
    ];
    Ok((headers, Body::from_stream(ReaderStream::new(file))).into_response())
}
