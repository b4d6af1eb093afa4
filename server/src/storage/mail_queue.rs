//! The emails waiting to go (migration 0011's `mail_queue`). A row is made
//! here, by the mailer, for each update whose person has an email address:
//! never by the code that records the update, so a full or failing queue
//! cannot stop a request, a decision or an alert from being saved.
//!
//! Its times are real time, not the app's `Clock`: a test that stands the
//! clock still must still see a retry come due.

use super::Store;

/// One email to send. It carries no words of its own: only whether it is urgent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueuedMail {
    pub mail_id: i64,
    pub to_address: String,
    pub urgent: bool,
    /// Tries so far, all failed.
    pub attempts: i64,
}

impl Store {
    /// Queues an email for every update whose person has an email address
    /// and which has none yet; answers how many it queued.
    pub async fn queue_mail_for_updates(&self, now_ms: i64) -> sqlx::Result<u64> {
        let done = sqlx::query(
            "INSERT INTO mail_queue (update_id, to_address, urgent, queued_at_ms, next_try_at_ms) \
             SELECT u.id, p.email, u.urgent, ?1, ?1 \
             FROM updates u JOIN users p ON p.id = u.user_id \
             WHERE p.email IS NOT NULL AND trim(p.email) <> '' \
               AND NOT EXISTS (SELECT 1 FROM mail_queue m WHERE m.update_id = u.id) \
             ORDER BY u.id",
        )
        .bind(now_ms)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected())
    }

    /// Emails due by `now_ms`, urgent first, then oldest first.
    pub async fn mail_due(&self, now_ms: i64, limit: i64) -> sqlx::Result<Vec<QueuedMail>> {
        let rows: Vec<(i64, String, bool, i64)> = sqlx::query_as(
            "SELECT id, to_address, urgent, attempts FROM mail_queue \
             WHERE sent_at_ms IS NULL AND next_try_at_ms <= ? \
             ORDER BY urgent DESC, next_try_at_ms, id LIMIT ?",
        )
        .bind(now_ms)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(mail_id, to_address, urgent, attempts)| QueuedMail {
                mail_id,
                to_address,
                urgent,
                attempts,
            })
            .collect())
    }

    /// When the next unsent email comes due, if any is waiting.
    pub async fn next_mail_due_at(&self) -> sqlx::Result<Option<i64>> {
        sqlx::query_scalar("SELECT MIN(next_try_at_ms) FROM mail_queue WHERE sent_at_ms IS NULL")
            .fetch_one(&self.pool)
            .await
    }

    pub async fn unsent_mail_count(&self) -> sqlx::Result<i64> {
        sqlx::query_scalar("SELECT COUNT(*) FROM mail_queue WHERE sent_at_ms IS NULL")
            .fetch_one(&self.pool)
            .await
    }

    pub async fn mail_sent(&self, mail_id: i64, now_ms: i64) -> sqlx::Result<()> {
        sqlx::query(
            "UPDATE mail_queue SET sent_at_ms = ?, attempts = attempts + 1, last_error = NULL \
             WHERE id = ?",
        )
        .bind(now_ms)
        .bind(mail_id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Records a failed try and when to try again.
    pub async fn mail_failed(
        &self,
        mail_id: i64,
        next_try_at_ms: i64,
        error: &str,
    ) -> sqlx::Result<()> {
        sqlx::query(
            "UPDATE mail_queue SET attempts = attempts + 1, next_try_at_ms = ?, last_error = ? \
             WHERE id = ?",
        )
        .bind(next_try_at_ms)
        .bind(error)
        .bind(mail_id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}
