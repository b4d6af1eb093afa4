//! Drafts: what someone is still writing for a child, one per kind and
//! author, replaced each time it is saved.

use super::children::decode;
use super::Store;
use crate::policy::ChildAccess;
use domain::contributions::{ContributionBody, ContributionKind, ShareChoice};
use sqlx::sqlite::SqliteRow;
use sqlx::Row;

/// A saved draft with its author's name and role.
#[derive(Clone, Debug)]
pub struct DraftRow {
    pub author: PersonRow,
    pub body: ContributionBody,
    pub shared: ShareChoice,
    pub saved_at_ms: i64,
}

/// A user named on a draft or contribution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonRow {
    pub user_id: i64,
    pub name: String,
    pub role: domain::api::Role,
}

pub(super) fn person(r: &SqliteRow, prefix: &str) -> sqlx::Result<Option<PersonRow>> {
    let Some(user_id) = r.try_get::<Option<i64>, _>(format!("{prefix}_id").as_str())? else {
        return Ok(None);
    };
    let role: String = r.try_get(format!("{prefix}_role").as_str())?;
    Ok(Some(PersonRow {
        user_id,
        name: r.try_get(format!("{prefix}_name").as_str())?,
        role: super::enum_text::role_from_db(&role).map_err(decode)?,
    }))
}

pub(super) fn body_from_db(json: &str) -> sqlx::Result<ContributionBody> {
    serde_json::from_str(json).map_err(decode)
}

pub(super) fn body_to_db(body: &ContributionBody) -> String {
    serde_json::to_string(body).expect("a contribution body always serialises")
}

pub(super) fn shared(r: &SqliteRow) -> sqlx::Result<ShareChoice> {
    Ok(ShareChoice {
        social_worker: r.try_get("share_social_worker")?,
        carer: r.try_get("share_carer")?,
        advocate: r.try_get("share_advocate")?,
    })
}

fn draft(r: &SqliteRow) -> sqlx::Result<DraftRow> {
    Ok(DraftRow {
        author: person(r, "author")?.ok_or_else(|| decode("a draft without an author"))?,
        body: body_from_db(r.try_get("body")?)?,
        shared: shared(r)?,
        saved_at_ms: r.try_get("saved_at_ms")?,
    })
}

const DRAFT_COLUMNS: &str = "d.body, d.share_social_worker, d.share_carer, d.share_advocate, \
     d.saved_at_ms, u.id AS author_id, u.display_name AS author_name, u.role AS author_role";

impl Store {
    /// Saves `author_id`'s draft of `body`'s kind for the child, replacing
    /// the one before.
    pub async fn save_draft(
        &self,
        child: &ChildAccess,
        author_id: i64,
        body: &ContributionBody,
        shared: ShareChoice,
        now_ms: i64,
    ) -> sqlx::Result<()> {
        sqlx::query(
            "INSERT INTO drafts (child_id, kind, author_id, body, share_social_worker, \
             share_carer, share_advocate, saved_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?) \
             ON CONFLICT (child_id, kind, author_id) DO UPDATE SET body = excluded.body, \
             share_social_worker = excluded.share_social_worker, \
             share_carer = excluded.share_carer, share_advocate = excluded.share_advocate, \
             saved_at_ms = excluded.saved_at_ms",
        )
        .bind(child.child_id())
        .bind(body.kind().code())
        .bind(author_id)
        .bind(body_to_db(body))
        .bind(shared.social_worker)
        .bind(shared.carer)
        .bind(shared.advocate)
        .bind(now_ms)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// `author_id`'s drafts for the child and, with `with_advocates`, the
    /// drafts of the child's current advocates too; the newest first.
    pub async fn drafts(
        &self,
        child: &ChildAccess,
        author_id: i64,
        with_advocates: bool,
    ) -> sqlx::Result<Vec<DraftRow>> {
        let rows = sqlx::query(&format!(
            "SELECT {DRAFT_COLUMNS} FROM drafts d JOIN users u ON u.id = d.author_id \
             WHERE d.child_id = ? AND (d.author_id = ? OR (? AND d.author_id IN \
               (SELECT advocate_id FROM advocate_support WHERE child_id = d.child_id))) \
             ORDER BY d.saved_at_ms DESC, d.kind"
        ))
        .bind(child.child_id())
        .bind(author_id)
        .bind(with_advocates)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(draft).collect()
    }

    /// One author's draft of one kind for the child.
    pub async fn draft(
        &self,
        child: &ChildAccess,
        author_id: i64,
        kind: ContributionKind,
    ) -> sqlx::Result<Option<DraftRow>> {
        let row = sqlx::query(&format!(
            "SELECT {DRAFT_COLUMNS} FROM drafts d JOIN users u ON u.id = d.author_id \
             WHERE d.child_id = ? AND d.author_id = ? AND d.kind = ?"
        ))
        .bind(child.child_id())
        .bind(author_id)
        .bind(kind.code())
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(draft).transpose()
    }
}
