//! Sent contributions, their additions, read receipts and attached files,
//! and the reviews a contribution can be for. Nothing here changes or
//! deletes a sent row: the database refuses that (migration 0010).

use super::children::decode;
use super::drafts::{body_from_db, body_to_db, person, shared, PersonRow};
use super::Store;
use crate::policy::{Authorship, ChildAccess};
use chrono::NaiveDate;
use domain::contributions::{
    ChildAgreement, ContributionBody, ContributionKind, FileKind, ShareChoice,
};
use sqlx::sqlite::SqliteRow;
use sqlx::Row;

#[derive(Clone, Debug)]
pub struct ContributionRow {
    pub id: i64,
    pub review_id: Option<i64>,
    pub review_on: Option<NaiveDate>,
    pub kind: ContributionKind,
    pub author: PersonRow,
    pub helped_by: Option<PersonRow>,
    pub agreement: Option<ChildAgreement>,
    pub body: ContributionBody,
    pub shared: ShareChoice,
    pub sent_at_ms: i64,
}

/// A review a contribution can be for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReviewRow {
    pub review_id: i64,
    pub on: NaiveDate,
    pub held: bool,
}

pub struct NewContribution<'a> {
    pub review_id: Option<i64>,
    pub by: Authorship,
    pub body: &'a ContributionBody,
    pub shared: ShareChoice,
    pub send_id: &'a str,
    pub now_ms: i64,
    /// Whose drafts of this kind the send replaces (the sender's, and the
    /// advocate's when the child confirms theirs).
    pub clears_drafts_of: Vec<i64>,
    /// Files to link (a carer's contribution): each uploaded by the author
    /// for this child and not yet sent.
    pub attachment_ids: &'a [i64],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SendOutcome {
    Sent(i64),
    /// This author sent this send id before, for this child: that one.
    AlreadySent(i64),
    /// This author used this send id for another child's contribution.
    SendIdTaken,
    /// An attachment is not this author's for this child, or already sent.
    BadAttachment,
}

#[derive(Clone, Debug)]
pub struct AdditionRow {
    pub id: i64,
    pub added_at_ms: i64,
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddOutcome {
    Added,
    AlreadyAdded,
    SendIdTaken,
}

#[derive(Clone, Debug)]
pub struct AttachmentRow {
    pub id: i64,
    pub name: String,
    pub bytes: i64,
    pub file_kind: FileKind,
}

/// The people linked to a child now, by how they are linked.
#[derive(Clone, Debug, Default)]
pub struct ChildPeople {
    pub child: Option<PersonRow>,
    pub officer: Option<PersonRow>,
    pub social_worker: Option<PersonRow>,
    pub carers: Vec<PersonRow>,
    pub advocates: Vec<PersonRow>,
}

fn agreement_to_db(a: ChildAgreement) -> &'static str {
    match a {
        ChildAgreement::InApp => "in_app",
        ChildAgreement::InPerson => "in_person",
    }
}

fn agreement_from_db(s: &str) -> sqlx::Result<ChildAgreement> {
    match s {
        "in_app" => Ok(ChildAgreement::InApp),
        "in_person" => Ok(ChildAgreement::InPerson),
        other => Err(decode(format!("unknown agreement {other:?}"))),
    }
}

fn file_kind_from_db(s: &str) -> sqlx::Result<FileKind> {
    match s {
        "pdf" => Ok(FileKind::Pdf),
        "docx" => Ok(FileKind::Docx),
        "jpeg" => Ok(FileKind::Jpeg),
        "png" => Ok(FileKind::Png),
        other => Err(decode(format!("unknown file kind {other:?}"))),
    }
}

const CONTRIBUTION_SELECT: &str = "SELECT c.id, c.review_id, r.on_date AS review_on, c.kind, \
     c.agreement, c.body, c.share_social_worker, c.share_carer, c.share_advocate, c.sent_at_ms, \
     a.id AS author_id, a.display_name AS author_name, a.role AS author_role, \
     h.id AS helper_id, h.display_name AS helper_name, h.role AS helper_role \
     FROM contributions c JOIN users a ON a.id = c.author_id \
     LEFT JOIN users h ON h.id = c.helped_by LEFT JOIN reviews r ON r.id = c.review_id";

fn contribution(r: &SqliteRow) -> sqlx::Result<ContributionRow> {
    let kind: String = r.try_get("kind")?;
    let agreement: Option<String> = r.try_get("agreement")?;
    Ok(ContributionRow {
        id: r.try_get("id")?,
        review_id: r.try_get("review_id")?,
        review_on: r.try_get("review_on")?,
        kind: ContributionKind::from_code(&kind).ok_or_else(|| decode("unknown kind"))?,
        author: person(r, "author")?.ok_or_else(|| decode("no author"))?,
        helped_by: person(r, "helper")?,
        agreement: agreement.as_deref().map(agreement_from_db).transpose()?,
        body: body_from_db(r.try_get("body")?)?,
        shared: shared(r)?,
        sent_at_ms: r.try_get("sent_at_ms")?,
    })
}

fn review(r: &SqliteRow) -> sqlx::Result<ReviewRow> {
    Ok(ReviewRow {
        review_id: r.try_get("id")?,
        on: r.try_get("on_date")?,
        held: r.try_get::<String, _>("status")? == "held",
    })
}

const PERSON_COLUMNS: &str = "u.id AS p_id, u.display_name AS p_name, u.role AS p_role";

impl Store {
    /// One review of the child by id (None: no review of this child).
    pub async fn review_of(
        &self,
        child: &ChildAccess,
        review_id: i64,
    ) -> sqlx::Result<Option<ReviewRow>> {
        let row = sqlx::query(
            "SELECT id, on_date, status FROM reviews \
             WHERE id = ? AND child_id = ? AND copy_of IS NULL",
        )
        .bind(review_id)
        .bind(child.child_id())
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(review).transpose()
    }

    /// The child's next booked review: the earliest not yet held.
    pub async fn next_booked_review(&self, child: &ChildAccess) -> sqlx::Result<Option<ReviewRow>> {
        let row = sqlx::query(
            "SELECT id, on_date, status FROM reviews \
             WHERE child_id = ? AND status = 'scheduled' AND copy_of IS NULL \
             ORDER BY on_date LIMIT 1",
        )
        .bind(child.child_id())
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(review).transpose()
    }

    /// The contribution `author_id` sent for this child with `send_id`, if
    /// they did: a page that sends what a draft held asks first, since the
    /// first send emptied the draft.
    pub async fn sent_with_id(
        &self,
        child: &ChildAccess,
        author_id: i64,
        send_id: &str,
    ) -> sqlx::Result<Option<i64>> {
        sqlx::query_scalar(
            "SELECT id FROM contributions WHERE author_id = ? AND send_id = ? AND child_id = ?",
        )
        .bind(author_id)
        .bind(send_id)
        .bind(child.child_id())
        .fetch_optional(&self.pool)
        .await
    }

    /// Sends a contribution in one transaction: the row, the drafts it
    /// replaces, and its files. A send id this author used before answers
    /// that contribution and changes nothing.
    pub async fn send_contribution(
        &self,
        child: &ChildAccess,
        c: &NewContribution<'_>,
    ) -> sqlx::Result<SendOutcome> {
        let mut tx = self.pool.begin().await?;
        // The insert comes first, so the transaction holds the write lock
        // from its first statement and two sends at once queue, not fail.
        let (helper, agreement) = c.by.helped.unzip();
        let inserted: Option<i64> = sqlx::query_scalar(
            "INSERT INTO contributions (child_id, review_id, kind, author_id, helped_by, \
             agreement, body, share_social_worker, share_carer, share_advocate, send_id, \
             sent_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) \
             ON CONFLICT (author_id, send_id) DO NOTHING RETURNING id",
        )
        .bind(child.child_id())
        .bind(c.review_id)
        .bind(c.body.kind().code())
        .bind(c.by.author_id)
        .bind(helper)
        .bind(agreement.map(agreement_to_db))
        .bind(body_to_db(c.body))
        .bind(c.shared.social_worker)
        .bind(c.shared.carer)
        .bind(c.shared.advocate)
        .bind(c.send_id)
        .bind(c.now_ms)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(id) = inserted else {
            let (id, child_id): (i64, i64) = sqlx::query_as(
                "SELECT id, child_id FROM contributions WHERE author_id = ? AND send_id = ?",
            )
            .bind(c.by.author_id)
            .bind(c.send_id)
            .fetch_one(&mut *tx)
            .await?;
            return Ok(if child_id == child.child_id() {
                SendOutcome::AlreadySent(id)
            } else {
                SendOutcome::SendIdTaken
            });
        };
        for author in &c.clears_drafts_of {
            sqlx::query("DELETE FROM drafts WHERE child_id = ? AND kind = ? AND author_id = ?")
                .bind(child.child_id())
                .bind(c.body.kind().code())
                .bind(author)
                .execute(&mut *tx)
                .await?;
        }
        for attachment in c.attachment_ids {
            let linked = sqlx::query(
                "UPDATE attachments SET contribution_id = ? WHERE id = ? AND child_id = ? \
                 AND uploader_id = ? AND contribution_id IS NULL",
            )
            .bind(id)
            .bind(attachment)
            .bind(child.child_id())
            .bind(c.by.author_id)
            .execute(&mut *tx)
            .await?;
            if linked.rows_affected() != 1 {
                tx.rollback().await?;
                return Ok(SendOutcome::BadAttachment);
            }
        }
        tx.commit().await?;
        Ok(SendOutcome::Sent(id))
    }

    /// Every contribution sent for the child, oldest first.
    pub async fn contributions(&self, child: &ChildAccess) -> sqlx::Result<Vec<ContributionRow>> {
        let rows = sqlx::query(&format!(
            "{CONTRIBUTION_SELECT} WHERE c.child_id = ? ORDER BY c.sent_at_ms, c.id"
        ))
        .bind(child.child_id())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(contribution).collect()
    }

    /// One contribution, if it is this child's.
    pub async fn contribution(
        &self,
        child: &ChildAccess,
        contribution_id: i64,
    ) -> sqlx::Result<Option<ContributionRow>> {
        let row = sqlx::query(&format!(
            "{CONTRIBUTION_SELECT} WHERE c.id = ? AND c.child_id = ?"
        ))
        .bind(contribution_id)
        .bind(child.child_id())
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(contribution).transpose()
    }

    /// The parts added to one of the child's contributions, oldest first.
    pub async fn additions(
        &self,
        child: &ChildAccess,
        contribution_id: i64,
    ) -> sqlx::Result<Vec<AdditionRow>> {
        let rows: Vec<(i64, i64, String)> = sqlx::query_as(
            "SELECT a.id, a.added_at_ms, a.text FROM contribution_additions a \
             JOIN contributions c ON c.id = a.contribution_id \
             WHERE a.contribution_id = ? AND c.child_id = ? ORDER BY a.added_at_ms, a.id",
        )
        .bind(contribution_id)
        .bind(child.child_id())
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, added_at_ms, text)| AdditionRow {
                id,
                added_at_ms,
                text,
            })
            .collect())
    }

    /// Adds a dated part to one of the child's contributions. A send id this
    /// author used before adds nothing.
    pub async fn add_to_contribution(
        &self,
        child: &ChildAccess,
        contribution_id: i64,
        author_id: i64,
        send_id: &str,
        text: &str,
        now_ms: i64,
    ) -> sqlx::Result<AddOutcome> {
        let inserted: Option<i64> = sqlx::query_scalar(
            "INSERT INTO contribution_additions (contribution_id, author_id, text, send_id, \
             added_at_ms) SELECT id, ?, ?, ?, ? FROM contributions WHERE id = ? AND child_id = ? \
             ON CONFLICT (author_id, send_id) DO NOTHING RETURNING id",
        )
        .bind(author_id)
        .bind(text)
        .bind(send_id)
        .bind(now_ms)
        .bind(contribution_id)
        .bind(child.child_id())
        .fetch_optional(&self.pool)
        .await?;
        if inserted.is_some() {
            return Ok(AddOutcome::Added);
        }
        let earlier: Option<i64> = sqlx::query_scalar(
            "SELECT contribution_id FROM contribution_additions WHERE author_id = ? AND send_id = ?",
        )
        .bind(author_id)
        .bind(send_id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(match earlier {
            Some(id) if id == contribution_id => AddOutcome::AlreadyAdded,
            _ => AddOutcome::SendIdTaken,
        })
    }

    /// Records that `reader_id` opened one of the child's contributions;
    /// only the first time counts.
    pub async fn mark_read(
        &self,
        child: &ChildAccess,
        contribution_id: i64,
        reader_id: i64,
        now_ms: i64,
    ) -> sqlx::Result<()> {
        sqlx::query(
            "INSERT INTO contribution_reads (contribution_id, reader_id, first_read_at_ms) \
             SELECT id, ?, ? FROM contributions WHERE id = ? AND child_id = ? \
             ON CONFLICT (contribution_id, reader_id) DO NOTHING",
        )
        .bind(reader_id)
        .bind(now_ms)
        .bind(contribution_id)
        .bind(child.child_id())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Who opened one of the child's contributions, and when first; earliest first.
    pub async fn read_receipts(
        &self,
        child: &ChildAccess,
        contribution_id: i64,
    ) -> sqlx::Result<Vec<(PersonRow, i64)>> {
        let rows = sqlx::query(&format!(
            "SELECT {PERSON_COLUMNS}, r.first_read_at_ms FROM contribution_reads r \
             JOIN users u ON u.id = r.reader_id JOIN contributions c ON c.id = r.contribution_id \
             WHERE r.contribution_id = ? AND c.child_id = ? ORDER BY r.first_read_at_ms, u.id"
        ))
        .bind(contribution_id)
        .bind(child.child_id())
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let who = person(r, "p")?.ok_or_else(|| decode("no reader"))?;
                Ok((who, r.try_get("first_read_at_ms")?))
            })
            .collect()
    }

    /// The files sent with one of the child's contributions.
    pub async fn attachments_of(
        &self,
        child: &ChildAccess,
        contribution_id: i64,
    ) -> sqlx::Result<Vec<AttachmentRow>> {
        let rows: Vec<(i64, String, i64, String)> = sqlx::query_as(
            "SELECT id, original_name, bytes, file_kind FROM attachments \
             WHERE contribution_id = ? AND child_id = ? ORDER BY id",
        )
        .bind(contribution_id)
        .bind(child.child_id())
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|(id, name, bytes, kind)| {
                Ok(AttachmentRow {
                    id,
                    name,
                    bytes,
                    file_kind: file_kind_from_db(&kind)?,
                })
            })
            .collect()
    }

    /// The child and the adults linked to them now, who may be readers.
    pub async fn child_people(&self, child: &ChildAccess) -> sqlx::Result<ChildPeople> {
        let rows = sqlx::query(&format!(
            "SELECT 'child' AS link, {PERSON_COLUMNS} FROM children c JOIN users u ON u.id = c.user_id \
               WHERE c.id = ?1 \
             UNION ALL SELECT 'officer', {PERSON_COLUMNS} FROM officer_appointments a \
               JOIN users u ON u.id = a.officer_id WHERE a.child_id = ?1 AND a.ended_on IS NULL \
             UNION ALL SELECT 'social_worker', {PERSON_COLUMNS} FROM social_worker_links l \
               JOIN users u ON u.id = l.social_worker_id WHERE l.child_id = ?1 AND l.ended_on IS NULL \
             UNION ALL SELECT 'carer', {PERSON_COLUMNS} FROM carer_placements p \
               JOIN users u ON u.id = p.carer_id WHERE p.child_id = ?1 \
             UNION ALL SELECT 'advocate', {PERSON_COLUMNS} FROM advocate_support s \
               JOIN users u ON u.id = s.advocate_id WHERE s.child_id = ?1 \
             ORDER BY 1, 3"
        ))
        .bind(child.child_id())
        .fetch_all(&self.pool)
        .await?;
        let mut people = ChildPeople::default();
        for r in &rows {
            let who = person(r, "p")?.ok_or_else(|| decode("no person"))?;
            match r.try_get::<String, _>("link")?.as_str() {
                "child" => people.child = Some(who),
                "officer" => people.officer = Some(who),
                "social_worker" => people.social_worker = Some(who),
                "carer" => people.carers.push(who),
                _ => people.advocates.push(who),
            }
        }
        Ok(people)
    }
}
