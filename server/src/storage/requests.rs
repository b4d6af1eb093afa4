//! Requests, the decisions on them, first reads and advocate allocations.
//! Nothing here changes or deletes a recorded row (migration 0011 refuses
//! it), and each write records its updates in the same transaction, so
//! nobody is told of something that was not saved, nor left untold.
//!
//! Each write transaction begins `IMMEDIATE`: it reads before it writes,
//! and a deferred one that read an older snapshot than another writer's
//! could not then write at all (SQLite answers busy at once, whatever the
//! busy timeout). Two decisions at once then queue, and the second sees the first.

use super::children::decode;
use super::enum_text::role_from_db;
use super::updates::{record_update, NewUpdate};
use super::Store;
use crate::policy::{AdvocacyAccess, ChildAccess, RequestsAccess, RequestsScope, Seeding};
use domain::api::{Contact, Role};
use domain::requests::{Asking, Outcome, RequestKind, UpdateKind};
use domain::reviews::ReviewSummary;
use sqlx::sqlite::SqliteRow;
use sqlx::{Row, SqliteConnection};

#[derive(Clone, Debug)]
pub struct RequestRow {
    pub id: i64,
    pub child_id: i64,
    pub child_first_name: String,
    pub asking: Asking,
    pub asked_at_ms: i64,
    /// Who suggested the advocate, when this came from the child's yes.
    pub from_referral_by: Option<String>,
}

impl RequestRow {
    pub fn kind(&self) -> RequestKind {
        self.asking.kind()
    }
}

#[derive(Clone, Debug)]
pub struct DecisionRow {
    pub id: i64,
    pub outcome: Outcome,
    pub by_name: String,
    pub by_role: Role,
    pub at_ms: i64,
    pub corrects: Option<i64>,
}

/// Someone's first read of a request.
#[derive(Clone, Debug)]
pub struct ReadRow {
    pub name: String,
    pub role: Role,
    pub at_ms: i64,
}

#[derive(Clone, Debug)]
pub struct AllocationRow {
    pub advocate: Contact,
    pub at_ms: i64,
}

/// One line of a staff list: enough to say whose, what and where it stands.
#[derive(Clone, Debug)]
pub struct RequestListRow {
    pub id: i64,
    pub child_id: i64,
    pub child_first_name: String,
    pub kind: RequestKind,
    pub asked_at_ms: i64,
    /// The standing decision's outcome: "agreed" or "declined".
    pub standing_outcome: Option<String>,
    pub allocated: bool,
}

pub enum AskOutcome {
    Asked(i64),
    /// This person asked with this send id before, for this child: that one.
    AlreadyAsked(i64),
    /// This person used this send id for something else.
    SendIdTaken,
}

pub enum DecideOutcome {
    Decided(i64),
    /// Another decision stands: the one to show instead.
    Standing(DecisionRow),
    /// A correction of a request with no decision yet.
    NothingToCorrect,
}

pub enum AllocateOutcome {
    Allocated { child_id: i64 },
    NoSuchRequest,
    AlreadyAllocated,
}

fn kind_to_db(kind: RequestKind) -> &'static str {
    match kind {
        RequestKind::ExtraReview => "extra_review",
        RequestKind::Advocate => "advocate",
    }
}

fn kind_from_db(s: &str) -> sqlx::Result<RequestKind> {
    match s {
        "extra_review" => Ok(RequestKind::ExtraReview),
        "advocate" => Ok(RequestKind::Advocate),
        other => Err(decode(format!("unknown request kind {other:?}"))),
    }
}

const REQUEST_SELECT: &str = "SELECT r.id, r.child_id, c.first_name, r.body, r.asked_at_ms, \
     s.display_name AS suggested_by FROM requests r JOIN children c ON c.id = r.child_id \
     LEFT JOIN referrals f ON f.id = r.from_referral LEFT JOIN users s ON s.id = f.suggested_by";

fn request_row(r: &SqliteRow) -> sqlx::Result<RequestRow> {
    let body: String = r.try_get("body")?;
    Ok(RequestRow {
        id: r.try_get("id")?,
        child_id: r.try_get("child_id")?,
        child_first_name: r.try_get("first_name")?,
        asking: serde_json::from_str(&body).map_err(decode)?,
        asked_at_ms: r.try_get("asked_at_ms")?,
        from_referral_by: r.try_get("suggested_by")?,
    })
}

const DECISION_SELECT: &str = "SELECT d.id, d.outcome, d.words, d.decided_at_ms, d.corrects, \
     u.display_name, u.role FROM request_decisions d JOIN users u ON u.id = d.decided_by";

fn decision_row(r: &SqliteRow) -> sqlx::Result<DecisionRow> {
    let words: String = r.try_get("words")?;
    let outcome = match r.try_get::<String, _>("outcome")?.as_str() {
        "agreed" => Outcome::Agreed { direction: words },
        "declined" => Outcome::Declined { reasons: words },
        other => return Err(decode(format!("unknown outcome {other:?}"))),
    };
    let role: String = r.try_get("role")?;
    Ok(DecisionRow {
        id: r.try_get("id")?,
        outcome,
        by_name: r.try_get("display_name")?,
        by_role: role_from_db(&role).map_err(decode)?,
        at_ms: r.try_get("decided_at_ms")?,
        corrects: r.try_get("corrects")?,
    })
}

/// The child's own account, if they have one.
pub(super) async fn child_user(
    conn: &mut SqliteConnection,
    child_id: i64,
) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar("SELECT user_id FROM children WHERE id = ? AND user_id IS NOT NULL")
        .bind(child_id)
        .fetch_all(conn)
        .await
}

async fn officer_of(conn: &mut SqliteConnection, child_id: i64) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar(
        "SELECT officer_id FROM officer_appointments WHERE child_id = ? AND ended_on IS NULL",
    )
    .bind(child_id)
    .fetch_all(conn)
    .await
}

async fn social_worker_of(conn: &mut SqliteConnection, child_id: i64) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar(
        "SELECT social_worker_id FROM social_worker_links WHERE child_id = ? AND ended_on IS NULL",
    )
    .bind(child_id)
    .fetch_all(conn)
    .await
}

async fn everyone_in(conn: &mut SqliteConnection, roles: &[&str]) -> sqlx::Result<Vec<i64>> {
    let mut ids = Vec::new();
    for role in roles {
        let mut some: Vec<i64> = sqlx::query_scalar("SELECT id FROM users WHERE role = ?")
            .bind(role)
            .fetch_all(&mut *conn)
            .await?;
        ids.append(&mut some);
    }
    Ok(ids)
}

async fn tell(
    conn: &mut SqliteConnection,
    people: &[i64],
    child_id: i64,
    kind: UpdateKind,
    subject_id: i64,
    at_ms: i64,
) -> sqlx::Result<()> {
    record_update(
        conn,
        NewUpdate {
            people,
            child_id,
            kind,
            subject_id,
            urgent: false,
            at_ms,
        },
    )
    .await
}

/// A request the child made, or said yes to.
pub(super) struct NewRequestRow<'a> {
    pub child_id: i64,
    pub asking: &'a Asking,
    pub asked_by: i64,
    pub send_id: &'a str,
    pub from_referral: Option<i64>,
    pub now_ms: i64,
    /// Tell who must act (updates, so emails). Only the demo's history,
    /// seeded as if asked days ago, is not news.
    pub news: bool,
}

impl<'a> NewRequestRow<'a> {
    /// A request the child makes themself (not a yes to a referral).
    fn childs_own(
        child: &ChildAccess,
        asking: &'a Asking,
        asked_by: i64,
        send_id: &'a str,
        now_ms: i64,
        news: bool,
    ) -> Self {
        NewRequestRow {
            child_id: child.child_id(),
            asking,
            asked_by,
            send_id,
            from_referral: None,
            now_ms,
            news,
        }
    }
}

/// Inserts a request and tells who must act: the child's officer, and for
/// an advocate request the advocacy service (every advocate) and managers.
pub(super) async fn insert_request(
    conn: &mut SqliteConnection,
    new: &NewRequestRow<'_>,
) -> sqlx::Result<i64> {
    let kind = new.asking.kind();
    let body = serde_json::to_string(new.asking).map_err(decode)?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO requests (child_id, kind, body, asked_by, from_referral, send_id, asked_at_ms) \
         VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(new.child_id)
    .bind(kind_to_db(kind))
    .bind(body)
    .bind(new.asked_by)
    .bind(new.from_referral)
    .bind(new.send_id)
    .bind(new.now_ms)
    .fetch_one(&mut *conn)
    .await?;
    if !new.news {
        return Ok(id);
    }
    let mut people = officer_of(conn, new.child_id).await?;
    if kind == RequestKind::Advocate {
        people.extend(everyone_in(conn, &["advocate", "manager"]).await?);
    }
    let arrived = UpdateKind::RequestArrived;
    tell(conn, &people, new.child_id, arrived, id, new.now_ms).await?;
    Ok(id)
}

impl Store {
    /// Records what the child asks for, once per send id.
    pub async fn ask(
        &self,
        child: &ChildAccess,
        asked_by: i64,
        asking: &Asking,
        send_id: &str,
        now_ms: i64,
    ) -> sqlx::Result<AskOutcome> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let earlier: Option<(i64, i64)> =
            sqlx::query_as("SELECT id, child_id FROM requests WHERE asked_by = ? AND send_id = ?")
                .bind(asked_by)
                .bind(send_id)
                .fetch_optional(&mut *tx)
                .await?;
        if let Some((id, child_id)) = earlier {
            return Ok(if child_id == child.child_id() {
                AskOutcome::AlreadyAsked(id)
            } else {
                AskOutcome::SendIdTaken
            });
        }
        let new = NewRequestRow::childs_own(child, asking, asked_by, send_id, now_ms, true);
        let id = insert_request(&mut tx, &new).await?;
        tx.commit().await?;
        Ok(AskOutcome::Asked(id))
    }

    /// For the demo only: a request the child made `at_ms`, days ago. Old
    /// history is not news, so nobody gets an update or an email for it.
    pub async fn seed_past_request(
        &self,
        _: &Seeding,
        child: &ChildAccess,
        asked_by: i64,
        asking: &Asking,
        send_id: &str,
        at_ms: i64,
    ) -> sqlx::Result<i64> {
        let mut conn = self.pool.acquire().await?;
        let new = NewRequestRow::childs_own(child, asking, asked_by, send_id, at_ms, false);
        insert_request(&mut conn, &new).await
    }

    /// The child's requests, newest first.
    pub async fn requests(&self, child: &ChildAccess) -> sqlx::Result<Vec<RequestRow>> {
        let rows = sqlx::query(&format!(
            "{REQUEST_SELECT} WHERE r.child_id = ? ORDER BY r.asked_at_ms DESC, r.id DESC"
        ))
        .bind(child.child_id())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(request_row).collect()
    }

    /// One of the child's requests; None when it is not theirs.
    pub async fn request(
        &self,
        child: &ChildAccess,
        request_id: i64,
    ) -> sqlx::Result<Option<RequestRow>> {
        let row = sqlx::query(&format!(
            "{REQUEST_SELECT} WHERE r.child_id = ? AND r.id = ?"
        ))
        .bind(child.child_id())
        .bind(request_id)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(request_row).transpose()
    }

    /// Every decision on one of the child's requests, oldest first.
    pub async fn decisions(
        &self,
        child: &ChildAccess,
        request_id: i64,
    ) -> sqlx::Result<Vec<DecisionRow>> {
        let rows = sqlx::query(&format!(
            "{DECISION_SELECT} JOIN requests r ON r.id = d.request_id \
             WHERE r.child_id = ? AND d.request_id = ? ORDER BY d.id"
        ))
        .bind(child.child_id())
        .bind(request_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(decision_row).collect()
    }

    /// Each adult's first read of one of the child's requests, oldest first.
    pub async fn request_reads(
        &self,
        child: &ChildAccess,
        request_id: i64,
    ) -> sqlx::Result<Vec<ReadRow>> {
        let rows = sqlx::query(
            "SELECT u.display_name, u.role, x.read_at_ms FROM request_reads x \
             JOIN users u ON u.id = x.reader_id JOIN requests r ON r.id = x.request_id \
             WHERE r.child_id = ? AND x.request_id = ? ORDER BY x.read_at_ms, u.id",
        )
        .bind(child.child_id())
        .bind(request_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let role: String = r.try_get("role")?;
                Ok(ReadRow {
                    name: r.try_get("display_name")?,
                    role: role_from_db(&role).map_err(decode)?,
                    at_ms: r.try_get("read_at_ms")?,
                })
            })
            .collect()
    }

    /// Records `reader_id`'s first read of one of the child's requests.
    pub async fn mark_request_read(
        &self,
        child: &ChildAccess,
        request_id: i64,
        reader_id: i64,
        now_ms: i64,
    ) -> sqlx::Result<()> {
        sqlx::query(
            "INSERT OR IGNORE INTO request_reads (request_id, reader_id, read_at_ms) \
             SELECT id, ?, ? FROM requests WHERE id = ? AND child_id = ?",
        )
        .bind(reader_id)
        .bind(now_ms)
        .bind(request_id)
        .bind(child.child_id())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The advocate allocated to one of the child's requests, if any.
    pub async fn allocation(
        &self,
        child: &ChildAccess,
        request_id: i64,
    ) -> sqlx::Result<Option<AllocationRow>> {
        let row = sqlx::query(
            "SELECT u.display_name, u.email, u.phone, a.allocated_at_ms \
             FROM advocate_allocations a JOIN users u ON u.id = a.advocate_id \
             JOIN requests r ON r.id = a.request_id WHERE r.child_id = ? AND a.request_id = ?",
        )
        .bind(child.child_id())
        .bind(request_id)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| {
            Ok(AllocationRow {
                advocate: Contact {
                    name: r.try_get("display_name")?,
                    email: r.try_get("email")?,
                    phone: r.try_get("phone")?,
                },
                at_ms: r.try_get("allocated_at_ms")?,
            })
        })
        .transpose()
    }

    /// The child's advocate as their home shows them: the one most recently
    /// allocated to a request of theirs, else one linked to them.
    pub async fn child_advocate(&self, child: &ChildAccess) -> sqlx::Result<Option<Contact>> {
        let row = sqlx::query(
            "SELECT u.display_name, u.email, u.phone FROM ( \
               SELECT a.advocate_id AS id, 1 AS allocated, a.allocated_at_ms AS at_ms \
                 FROM advocate_allocations a JOIN requests r ON r.id = a.request_id \
                 WHERE r.child_id = ?1 \
               UNION ALL SELECT advocate_id, 0, 0 FROM advocate_support WHERE child_id = ?1 \
             ) x JOIN users u ON u.id = x.id \
             ORDER BY x.allocated DESC, x.at_ms DESC, u.id LIMIT 1",
        )
        .bind(child.child_id())
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| {
            Ok(Contact {
                name: r.try_get("display_name")?,
                email: r.try_get("email")?,
                phone: r.try_get("phone")?,
            })
        })
        .transpose()
    }

    /// The first review booked for the child at or after `since_ms` (an
    /// agreement to an extra review), and when it was booked.
    pub async fn review_booked_since(
        &self,
        child: &ChildAccess,
        since_ms: i64,
    ) -> sqlx::Result<Option<(ReviewSummary, i64)>> {
        let row = sqlx::query(&format!(
            "SELECT {}, booked_at_ms FROM reviews WHERE child_id = ? AND copy_of IS NULL \
             AND booked_at_ms >= ? ORDER BY booked_at_ms, id LIMIT 1",
            super::reviews::SUMMARY_COLUMNS
        ))
        .bind(child.child_id())
        .bind(since_ms)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| Ok((super::reviews::summary(&r)?, r.try_get("booked_at_ms")?)))
            .transpose()
    }

    /// Records a decision on one of the child's extra-review requests, or
    /// says which decision stands instead. A first decision needs none to
    /// exist; a correction must name the latest one. The unique indexes of
    /// migration 0011 settle two decisions made at the same moment.
    pub async fn decide(
        &self,
        child: &ChildAccess,
        request_id: i64,
        outcome: &Outcome,
        corrects: Option<i64>,
        decided_by: i64,
        now_ms: i64,
    ) -> sqlx::Result<DecideOutcome> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let all = decisions_in(&mut tx, request_id).await?;
        let first = all.first().cloned();
        let standing = all.last().cloned();
        match (corrects, &standing) {
            (None, Some(s)) => return Ok(DecideOutcome::Standing(s.clone())),
            (Some(_), None) => return Ok(DecideOutcome::NothingToCorrect),
            (Some(c), Some(s)) if s.id != c => return Ok(DecideOutcome::Standing(s.clone())),
            _ => {}
        }
        let (db_outcome, words) = match outcome {
            Outcome::Agreed { direction } => ("agreed", direction),
            Outcome::Declined { reasons } => ("declined", reasons),
        };
        let inserted = sqlx::query_scalar::<_, i64>(
            "INSERT INTO request_decisions (request_id, outcome, words, decided_by, decided_at_ms, corrects) \
             SELECT id, ?, ?, ?, ?, ? FROM requests WHERE id = ? AND child_id = ? RETURNING id",
        )
        .bind(db_outcome)
        .bind(words)
        .bind(decided_by)
        .bind(now_ms)
        .bind(corrects)
        .bind(request_id)
        .bind(child.child_id())
        .fetch_one(&mut *tx)
        .await;
        let id = match inserted {
            Ok(id) => id,
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
                drop(tx);
                let all = self.decisions(child, request_id).await?;
                let standing = all
                    .last()
                    .cloned()
                    .ok_or_else(|| decode("a clash with no decision"))?;
                return Ok(DecideOutcome::Standing(standing));
            }
            Err(e) => return Err(e),
        };
        let child_id = child.child_id();
        let declined = matches!(outcome, Outcome::Declined { .. });
        let the_child = child_user(&mut tx, child_id).await?;
        let social_worker = social_worker_of(&mut tx, child_id).await?;
        match first {
            None => {
                let kind = if declined {
                    UpdateKind::RequestDeclined
                } else {
                    UpdateKind::RequestAgreed
                };
                tell(&mut tx, &the_child, child_id, kind, request_id, now_ms).await?;
                if declined {
                    let copy = UpdateKind::DecisionCopy;
                    tell(&mut tx, &social_worker, child_id, copy, request_id, now_ms).await?;
                }
            }
            Some(first) => {
                let corrected = UpdateKind::DecisionCorrected;
                tell(&mut tx, &the_child, child_id, corrected, request_id, now_ms).await?;
                // Whoever got the first decision hears it changed; a
                // refusal that follows an agreement still sends the copy.
                if matches!(first.outcome, Outcome::Declined { .. }) {
                    tell(
                        &mut tx,
                        &social_worker,
                        child_id,
                        corrected,
                        request_id,
                        now_ms,
                    )
                    .await?;
                } else if declined {
                    let copy = UpdateKind::DecisionCopy;
                    tell(&mut tx, &social_worker, child_id, copy, request_id, now_ms).await?;
                }
            }
        }
        tx.commit().await?;
        Ok(DecideOutcome::Decided(id))
    }

    /// Requests across children, newest first, as `access` lets its holder list them.
    pub async fn request_list(&self, access: &RequestsAccess) -> sqlx::Result<Vec<RequestListRow>> {
        let filter = match access.scope() {
            RequestsScope::TheirChildren => {
                "EXISTS (SELECT 1 FROM officer_appointments a WHERE a.child_id = r.child_id \
                 AND a.officer_id = ?1 AND a.ended_on IS NULL)"
            }
            RequestsScope::TheirChildrensExtraReviews => {
                "r.kind = 'extra_review' AND EXISTS (SELECT 1 FROM social_worker_links l \
                 WHERE l.child_id = r.child_id AND l.social_worker_id = ?1 AND l.ended_on IS NULL)"
            }
            RequestsScope::Everyone => "?1 IS NOT NULL",
        };
        self.list_where(filter, access.user_id()).await
    }

    /// Advocate requests with no advocate yet, newest first.
    pub async fn waiting_advocate_requests(
        &self,
        service: &AdvocacyAccess,
    ) -> sqlx::Result<Vec<RequestListRow>> {
        let filter = "r.kind = 'advocate' AND ?1 IS NOT NULL \
             AND NOT EXISTS (SELECT 1 FROM advocate_allocations a WHERE a.request_id = r.id)";
        self.list_where(filter, service.user_id()).await
    }

    async fn list_where(&self, filter: &str, bound: i64) -> sqlx::Result<Vec<RequestListRow>> {
        let rows = sqlx::query(&format!(
            "SELECT r.id, r.child_id, c.first_name, r.kind, r.asked_at_ms, \
               (SELECT d.outcome FROM request_decisions d WHERE d.request_id = r.id \
                ORDER BY d.id DESC LIMIT 1) AS standing, \
               EXISTS (SELECT 1 FROM advocate_allocations a WHERE a.request_id = r.id) AS allocated \
             FROM requests r JOIN children c ON c.id = r.child_id WHERE {filter} \
             ORDER BY r.asked_at_ms DESC, r.id DESC"
        ))
        .bind(bound)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let kind: String = r.try_get("kind")?;
                Ok(RequestListRow {
                    id: r.try_get("id")?,
                    child_id: r.try_get("child_id")?,
                    child_first_name: r.try_get("first_name")?,
                    kind: kind_from_db(&kind)?,
                    asked_at_ms: r.try_get("asked_at_ms")?,
                    standing_outcome: r.try_get("standing")?,
                    allocated: r.try_get("allocated")?,
                })
            })
            .collect()
    }

    /// Whether `user_id` is an advocate (whom a manager may name).
    pub async fn is_advocate(&self, user_id: i64) -> sqlx::Result<bool> {
        sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM users WHERE id = ? AND role = 'advocate')")
            .bind(user_id)
            .fetch_one(&self.pool)
            .await
    }

    /// Allocates `advocate_id` to an advocate request and links them to the
    /// child; tells the child and the advocate.
    pub async fn allocate(
        &self,
        service: &AdvocacyAccess,
        request_id: i64,
        advocate_id: i64,
        now_ms: i64,
    ) -> sqlx::Result<AllocateOutcome> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let child_id: Option<i64> =
            sqlx::query_scalar("SELECT child_id FROM requests WHERE id = ? AND kind = 'advocate'")
                .bind(request_id)
                .fetch_optional(&mut *tx)
                .await?;
        let Some(child_id) = child_id else {
            return Ok(AllocateOutcome::NoSuchRequest);
        };
        let inserted = sqlx::query(
            "INSERT INTO advocate_allocations (request_id, advocate_id, allocated_by, allocated_at_ms) \
             VALUES (?, ?, ?, ?) ON CONFLICT (request_id) DO NOTHING",
        )
        .bind(request_id)
        .bind(advocate_id)
        .bind(service.user_id())
        .bind(now_ms)
        .execute(&mut *tx)
        .await?;
        if inserted.rows_affected() == 0 {
            return Ok(AllocateOutcome::AlreadyAllocated);
        }
        sqlx::query("INSERT OR IGNORE INTO advocate_support (child_id, advocate_id) VALUES (?, ?)")
            .bind(child_id)
            .bind(advocate_id)
            .execute(&mut *tx)
            .await?;
        let mut people = child_user(&mut tx, child_id).await?;
        people.push(advocate_id);
        let kind = UpdateKind::AdvocateAllocated;
        tell(&mut tx, &people, child_id, kind, request_id, now_ms).await?;
        tx.commit().await?;
        Ok(AllocateOutcome::Allocated { child_id })
    }
}

async fn decisions_in(
    conn: &mut SqliteConnection,
    request_id: i64,
) -> sqlx::Result<Vec<DecisionRow>> {
    let rows = sqlx::query(&format!(
        "{DECISION_SELECT} WHERE d.request_id = ? ORDER BY d.id"
    ))
    .bind(request_id)
    .fetch_all(conn)
    .await?;
    rows.iter().map(decision_row).collect()
}

/// Tells the child their agreed extra review is booked: each extra-review
/// request of theirs whose standing decision is an agreement made before
/// `booked_at_ms`, with no review booked between the two. Called in the
/// booking's own transaction.
pub(super) async fn tell_of_booking(
    conn: &mut SqliteConnection,
    child_id: i64,
    booked_at_ms: i64,
) -> sqlx::Result<()> {
    let waiting: Vec<i64> = sqlx::query_scalar(
        "SELECT r.id FROM requests r JOIN request_decisions d ON d.request_id = r.id \
         WHERE r.child_id = ?1 AND r.kind = 'extra_review' AND d.outcome = 'agreed' \
           AND d.id = (SELECT MAX(id) FROM request_decisions WHERE request_id = r.id) \
           AND d.decided_at_ms <= ?2 \
           AND NOT EXISTS (SELECT 1 FROM reviews v WHERE v.child_id = ?1 AND v.copy_of IS NULL \
                           AND v.booked_at_ms >= d.decided_at_ms AND v.booked_at_ms < ?2)",
    )
    .bind(child_id)
    .bind(booked_at_ms)
    .fetch_all(&mut *conn)
    .await?;
    let the_child = child_user(conn, child_id).await?;
    for request_id in waiting {
        let kind = UpdateKind::ReviewBooked;
        tell(conn, &the_child, child_id, kind, request_id, booked_at_ms).await?;
    }
    Ok(())
}
