//! Carers' files: one row per uploaded file (migration 0010). The bytes are
//! on disk under `stored_name`; the row says whose they are and what kind.

use super::Store;
use crate::policy::ChildAccess;
use domain::contributions::FileKind;
use sqlx::sqlite::SqliteRow;
use sqlx::Row;

/// A file that has been received, checked and put under its final name.
#[derive(Clone, Debug)]
pub struct NewAttachment<'a> {
    pub uploader_id: i64,
    pub stored_name: &'a str,
    pub original_name: &'a str,
    pub file_kind: FileKind,
    pub bytes: u64,
    pub uploaded_at_ms: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredAttachment {
    pub id: i64,
    pub child_id: i64,
    pub uploader_id: i64,
    pub stored_name: String,
    pub original_name: String,
    pub file_kind: FileKind,
    pub bytes: u64,
    pub uploaded_at_ms: i64,
    /// The sent contribution it belongs to; None while it is in a draft.
    pub contribution_id: Option<i64>,
}

/// Spelled out rather than taken from serde, so renaming a JSON value never
/// changes what is stored (as in `enum_text`).
fn file_kind_to_db(kind: FileKind) -> &'static str {
    match kind {
        FileKind::Pdf => "pdf",
        FileKind::Docx => "docx",
        FileKind::Jpeg => "jpeg",
        FileKind::Png => "png",
    }
}

fn file_kind_from_db(s: &str) -> anyhow::Result<FileKind> {
    Ok(match s {
        "pdf" => FileKind::Pdf,
        "docx" => FileKind::Docx,
        "jpeg" => FileKind::Jpeg,
        "png" => FileKind::Png,
        other => anyhow::bail!("unknown file kind {other:?} in the database"),
    })
}

fn stored_attachment(r: &SqliteRow) -> sqlx::Result<StoredAttachment> {
    let kind: String = r.try_get("file_kind")?;
    let bytes: i64 = r.try_get("bytes")?;
    Ok(StoredAttachment {
        id: r.try_get("id")?,
        child_id: r.try_get("child_id")?,
        uploader_id: r.try_get("uploader_id")?,
        stored_name: r.try_get("stored_name")?,
        original_name: r.try_get("original_name")?,
        file_kind: file_kind_from_db(&kind).map_err(|e| sqlx::Error::Decode(e.into()))?,
        bytes: u64::try_from(bytes).map_err(|e| sqlx::Error::Decode(e.into()))?,
        uploaded_at_ms: r.try_get("uploaded_at_ms")?,
        contribution_id: r.try_get("contribution_id")?,
    })
}

impl Store {
    /// Records a file uploaded for the child `child` names; answers its id.
    pub async fn insert_attachment(
        &self,
        child: &ChildAccess,
        a: &NewAttachment<'_>,
    ) -> sqlx::Result<i64> {
        let bytes = i64::try_from(a.bytes).map_err(|e| sqlx::Error::Encode(e.into()))?;
        sqlx::query_scalar(
            "INSERT INTO attachments \
             (child_id, uploader_id, stored_name, original_name, file_kind, bytes, uploaded_at_ms) \
             VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(child.child_id())
        .bind(a.uploader_id)
        .bind(a.stored_name)
        .bind(a.original_name)
        .bind(file_kind_to_db(a.file_kind))
        .bind(bytes)
        .bind(a.uploaded_at_ms)
        .fetch_one(&self.pool)
        .await
    }

    /// One file of the child `child` names; None when no file of theirs has
    /// this id (another child's file included).
    pub async fn attachment(
        &self,
        child: &ChildAccess,
        attachment_id: i64,
    ) -> sqlx::Result<Option<StoredAttachment>> {
        sqlx::query("SELECT * FROM attachments WHERE id = ? AND child_id = ?")
            .bind(attachment_id)
            .bind(child.child_id())
            .fetch_optional(&self.pool)
            .await?
            .as_ref()
            .map(stored_attachment)
            .transpose()
    }
}
