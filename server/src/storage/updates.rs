//! What changed, for one person: the rows behind the updates list, its
//! badge and the emails. Requests, decisions, suggestions and alerts record
//! their updates here; the mailer and `GET /api/updates` read them.

use domain::requests::{Update, UpdateKind, Updates};
use sqlx::SqliteConnection;

/// The text stored for each kind (see `enum_text` for why it is spelled out).
pub fn update_kind_to_db(kind: UpdateKind) -> &'static str {
    match kind {
        UpdateKind::RequestArrived => "request_arrived",
        UpdateKind::RequestAgreed => "request_agreed",
        UpdateKind::RequestDeclined => "request_declined",
        UpdateKind::DecisionCopy => "decision_copy",
        UpdateKind::DecisionCorrected => "decision_corrected",
        UpdateKind::AdvocateSuggested => "advocate_suggested",
        UpdateKind::ReferralAnswered => "referral_answered",
        UpdateKind::AdvocateAllocated => "advocate_allocated",
        UpdateKind::ReviewBooked => "review_booked",
        UpdateKind::UnsafeAlert => "unsafe_alert",
    }
}

pub fn update_kind_from_db(text: &str) -> anyhow::Result<UpdateKind> {
    const ALL: [UpdateKind; 10] = [
        UpdateKind::RequestArrived,
        UpdateKind::RequestAgreed,
        UpdateKind::RequestDeclined,
        UpdateKind::DecisionCopy,
        UpdateKind::DecisionCorrected,
        UpdateKind::AdvocateSuggested,
        UpdateKind::ReferralAnswered,
        UpdateKind::AdvocateAllocated,
        UpdateKind::ReviewBooked,
        UpdateKind::UnsafeAlert,
    ];
    ALL.into_iter()
        .find(|kind| update_kind_to_db(*kind) == text)
        .ok_or_else(|| anyhow::anyhow!("unknown update kind {text:?} in the database"))
}

/// One thing that changed, to tell each of `people` about.
pub struct NewUpdate<'a> {
    pub people: &'a [i64],
    pub child_id: i64,
    pub kind: UpdateKind,
    /// The request, referral or alert it is about.
    pub subject_id: i64,
    pub urgent: bool,
    pub at_ms: i64,
}

/// Records an update for each person, inside the caller's transaction, so
/// the update exists exactly when the thing it tells about does. A person
/// named twice is told once.
pub async fn record_update(conn: &mut SqliteConnection, update: NewUpdate<'_>) -> sqlx::Result<()> {
    let mut told: Vec<i64> = Vec::with_capacity(update.people.len());
    for &person in update.people {
        if told.contains(&person) {
            continue;
        }
        told.push(person);
        sqlx::query(
            "INSERT INTO updates (user_id, child_id, kind, subject_id, urgent, created_at_ms) \
             VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(person)
        .bind(update.child_id)
        .bind(update_kind_to_db(update.kind))
        .bind(update.subject_id)
        .bind(update.urgent)
        .bind(update.at_ms)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// The most updates one list shows; the badge still counts every new one.
pub const UPDATES_LISTED: i64 = 100;

impl super::Store {
    /// `user_id`'s own updates, newest first, and how many are new. Only
    /// ever the person's own rows: nobody reads anyone else's.
    pub async fn updates_for(&self, user_id: i64) -> anyhow::Result<Updates> {
        let seen = self.seen_up_to(user_id).await?;
        let rows: Vec<(i64, i64, String, String, i64, bool, i64)> = sqlx::query_as(
            "SELECT u.id, u.child_id, c.first_name, u.kind, u.subject_id, u.urgent, \
                    u.created_at_ms \
             FROM updates u JOIN children c ON c.id = u.child_id \
             WHERE u.user_id = ? ORDER BY u.id DESC LIMIT ?",
        )
        .bind(user_id)
        .bind(UPDATES_LISTED)
        .fetch_all(&self.pool)
        .await?;
        let new_count = self.new_updates_count(user_id).await?;
        let items = rows
            .into_iter()
            .map(
                |(update_id, child_id, child_first_name, kind, subject_id, urgent, at_ms)| {
                    Ok(Update {
                        update_id,
                        child_id,
                        child_first_name,
                        kind: update_kind_from_db(&kind)?,
                        subject_id,
                        urgent,
                        at_ms,
                        new: update_id > seen,
                    })
                },
            )
            .collect::<anyhow::Result<Vec<_>>>()?;
        Ok(Updates { items, new_count })
    }

    /// How many of `user_id`'s updates they have not seen: the header's
    /// count on every page, so one query.
    pub async fn new_updates_count(&self, user_id: i64) -> sqlx::Result<u32> {
        let count: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM updates WHERE user_id = ? AND id > \
             COALESCE((SELECT up_to_update_id FROM updates_seen WHERE user_id = ?), 0)",
        )
        .bind(user_id)
        .bind(user_id)
        .fetch_one(&self.pool)
        .await?;
        Ok(u32::try_from(count).unwrap_or(u32::MAX))
    }

    /// The newest update `user_id` has seen (0: none).
    async fn seen_up_to(&self, user_id: i64) -> sqlx::Result<i64> {
        let seen: Option<i64> =
            sqlx::query_scalar("SELECT up_to_update_id FROM updates_seen WHERE user_id = ?")
                .bind(user_id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(seen.unwrap_or(0))
    }

    /// Marks `user_id`'s updates up to `update_id` as seen. It only ever
    /// moves forward, and only as far as the person's own newest update at
    /// or before `update_id`: an id beyond those would hide updates that
    /// have not happened yet.
    pub async fn mark_updates_seen(&self, user_id: i64, update_id: i64) -> sqlx::Result<()> {
        sqlx::query(
            "INSERT INTO updates_seen (user_id, up_to_update_id) \
             SELECT ?1, MAX(id) FROM updates WHERE user_id = ?1 AND id <= ?2 \
             HAVING MAX(id) IS NOT NULL \
             ON CONFLICT (user_id) DO UPDATE \
             SET up_to_update_id = MAX(up_to_update_id, excluded.up_to_update_id)",
        )
        .bind(user_id)
        .bind(update_id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_reads_back_as_itself() {
        for text in [
            "request_arrived",
            "request_agreed",
            "request_declined",
            "decision_copy",
            "decision_corrected",
            "advocate_suggested",
            "referral_answered",
            "advocate_allocated",
            "review_booked",
            "unsafe_alert",
        ] {
            let kind = update_kind_from_db(text).unwrap();
            assert_eq!(update_kind_to_db(kind), text);
        }
        assert!(update_kind_from_db("something_else").is_err());
    }
}
