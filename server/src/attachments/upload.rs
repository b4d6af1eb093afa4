//! `POST /api/children/{id}/attachments`: a carer uploads one file. The body
//! is the file itself (not a form), so the page can send it with
//! XMLHttpRequest and show the bytes sent; its name comes in `x-file-name`.
//!
//! Limits: the app-wide `DefaultBodyLimit` (16 KB) does not apply here,
//! because the body is read as a stream (`Body`), never through an
//! extractor that buffers it; this handler counts the bytes itself against
//! `max_upload_bytes`. The app-wide `RequestBodyTimeoutLayer` does apply,
//! and it is about stalls: its clock restarts with every piece of body
//! that arrives, so a 20 MB file on a slow phone has as long as it needs
//! while bytes keep coming, and an upload that stops for
//! `MYSAY_BODY_TIMEOUT_SECS` is cut off (its half file removed).

use super::{file_kinds, file_names, folder, remove_quietly, PART};
use crate::auth::sessions::CurrentUser;
use crate::http::error::{AppError, AppResult};
use crate::http::extract::ChildIdPath;
use crate::policy::{self, Action};
use crate::storage::NewAttachment;
use crate::AppState;
use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::Json;
use domain::contributions::Attachment;
use http_body_util::BodyExt;
use rand::RngCore;
use std::path::{Path, PathBuf};
use tokio::io::AsyncWriteExt;

/// The header the page puts the file's name in, percent-encoded.
pub const FILE_NAME_HEADER: &str = "x-file-name";

pub async fn upload(
    State(state): State<AppState>,
    user: CurrentUser,
    ChildIdPath(id): ChildIdPath,
    headers: HeaderMap,
    body: Body,
) -> AppResult<(StatusCode, Json<Attachment>)> {
    // Before a single byte of the body is read.
    let access = policy::authorize(&state, &user, Action::AttachFile, id).await?;
    let limit = state.config.max_upload_bytes;
    if declared_length(&headers).is_some_and(|length| length > limit) {
        return Err(AppError::FileTooLarge { limit });
    }
    let name = file_names::from_header(headers.get(FILE_NAME_HEADER).map(|v| v.as_bytes()));

    let folder = folder(&state.config);
    let stored_name = random_name();
    let mut part = PartFile::create(folder.join(format!("{stored_name}.{PART}"))).await?;
    let received = part.receive(body, limit).await?;
    if received.bytes == 0 {
        return Err(AppError::EmptyFile);
    }
    let kind = file_kinds::recognise(&received.head, &part.path)
        .await?
        .ok_or(AppError::WrongFileType)?;
    let final_path = folder.join(&stored_name);
    part.finish_as(&final_path).await?;

    let name = file_names::or_default(name, kind, state.clock.today());
    let new = NewAttachment {
        uploader_id: user.user_id,
        stored_name: &stored_name,
        original_name: &name,
        file_kind: kind,
        bytes: received.bytes,
        uploaded_at_ms: state.clock.now_ms(),
    };
    let attachment_id = match state.store.insert_attachment(&access, &new).await {
        Ok(id) => id,
        Err(e) => {
            remove_quietly(&final_path);
            return Err(e.into());
        }
    };
    Ok((
        StatusCode::CREATED,
        Json(Attachment {
            attachment_id,
            name,
            bytes: received.bytes,
            file_kind: kind,
        }),
    ))
}

fn declared_length(headers: &HeaderMap) -> Option<u64> {
    headers
        .get(header::CONTENT_LENGTH)?
        .to_str()
        .ok()?
        .parse()
        .ok()
}

/// 128 bits from the operating system's generator, in hex: a name nobody
/// can guess, which says nothing about the file or who sent it.
fn random_name() -> String {
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

struct Received {
    bytes: u64,
    /// The first `file_kinds::HEAD_BYTES`, to tell the kind from.
    head: Vec<u8>,
}

/// A file being received. Unless it is finished, it is removed when
/// dropped: on a refusal, an error, or a client that goes away mid-upload.
struct PartFile {
    path: PathBuf,
    file: tokio::fs::File,
    finished: bool,
}

impl PartFile {
    async fn create(path: PathBuf) -> AppResult<Self> {
        let file = tokio::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .await
            .map_err(anyhow::Error::from)?;
        Ok(Self {
            path,
            file,
            finished: false,
        })
    }

    /// Writes the body to disk piece by piece as it arrives, so memory holds
    /// one piece at a time whatever the file's size.
    async fn receive(&mut self, mut body: Body, limit: u64) -> AppResult<Received> {
        let mut received = Received {
            bytes: 0,
            head: Vec::new(),
        };
        while let Some(frame) = body.frame().await {
            let frame = frame.map_err(|e| {
                // A client that went away, or one that stalled (the body timeout).
                tracing::debug!(error = %e, "upload not received");
                AppError::InvalidInput(Vec::new())
            })?;
            let Ok(data) = frame.into_data() else {
                continue;
            };
            received.bytes += data.len() as u64;
            if received.bytes > limit {
                return Err(AppError::FileTooLarge { limit });
            }
            let room = file_kinds::HEAD_BYTES.saturating_sub(received.head.len());
            received
                .head
                .extend_from_slice(&data[..room.min(data.len())]);
            self.file
                .write_all(&data)
                .await
                .map_err(anyhow::Error::from)?;
        }
        // What tokio's file still holds, on disk before anything reads it back.
        self.file.flush().await.map_err(anyhow::Error::from)?;
        Ok(received)
    }

    /// Makes the file durable and gives it its final name.
    async fn finish_as(mut self, path: &Path) -> AppResult<()> {
        self.file.sync_all().await.map_err(anyhow::Error::from)?;
        tokio::fs::rename(&self.path, path)
            .await
            .map_err(anyhow::Error::from)?;
        self.finished = true;
        Ok(())
    }
}

impl Drop for PartFile {
    fn drop(&mut self) {
        if !self.finished {
            remove_quietly(&self.path);
        }
    }
}
