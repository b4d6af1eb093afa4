//! The append-only audit trail (see migration 0004): written, never changed.

use super::Store;

/// One thing worth a record. `event` is a stable code; nothing here may
/// hold a secret.
#[derive(Clone, Debug, Default)]
pub struct AuditEntry<'a> {
    pub event: &'a str,
    pub actor_user_id: Option<i64>,
    pub child_id: Option<i64>,
    pub detail: Option<&'a str>,
    pub client: Option<&'a str>,
}

/// A row as read back (for tests now, and the staff screens later).
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct AuditRow {
    pub id: i64,
    pub at_ms: i64,
    pub event: String,
    pub actor_user_id: Option<i64>,
    pub child_id: Option<i64>,
    pub detail: Option<String>,
    pub client: Option<String>,
}

impl Store {
    pub async fn append_audit(&self, at_ms: i64, e: &AuditEntry<'_>) -> sqlx::Result<()> {
        sqlx::query(
            "INSERT INTO audit (at_ms, event, actor_user_id, child_id, detail, client) \
             VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(at_ms)
        .bind(e.event)
        .bind(e.actor_user_id)
        .bind(e.child_id)
        .bind(e.detail)
        .bind(e.client)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Whether `user_id` signed in (or activated) from `client` since `since_ms`.
    pub async fn has_signed_in_from(
        &self,
        user_id: i64,
        client: &str,
        since_ms: i64,
    ) -> sqlx::Result<bool> {
        sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM audit \
             WHERE event IN ('sign_in_succeeded', 'activation_succeeded') \
             AND client = ? AND at_ms > ? AND actor_user_id = ?)",
        )
        .bind(client)
        .bind(since_ms)
        .bind(user_id)
        .fetch_one(&self.pool)
        .await
    }

    /// Whether an `event` row from `client` was written since `since_ms`.
    pub async fn has_recent_event_from(
        &self,
        event: &str,
        client: &str,
        since_ms: i64,
    ) -> sqlx::Result<bool> {
        sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM audit WHERE event = ? AND client = ? AND at_ms > ?)",
        )
        .bind(event)
        .bind(client)
        .bind(since_ms)
        .fetch_one(&self.pool)
        .await
    }

    /// The newest rows first.
    pub async fn recent_audit(&self, limit: i64) -> sqlx::Result<Vec<AuditRow>> {
        sqlx::query_as("SELECT * FROM audit ORDER BY id DESC LIMIT ?")
            .bind(limit)
            .fetch_all(&self.pool)
            .await
    }
}
