use super::users::parse_role;
use super::Store;
use domain::api::Role;
use sqlx::Row;

/// A session's row joined with its user: everything a request needs to know
/// who is asking.
#[derive(Clone, Debug)]
pub struct SessionUser {
    pub user_id: i64,
    pub role: Role,
    pub display_name: String,
    /// For a child: their own child record.
    pub child_id: Option<i64>,
    /// Unix milliseconds.
    pub created_at: i64,
    pub last_seen: i64,
}

impl Store {
    pub async fn create_session(
        &self,
        token_hash: &str,
        user_id: i64,
        now_ms: i64,
    ) -> sqlx::Result<()> {
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, created_at, last_seen) VALUES (?, ?, ?, ?)",
        )
        .bind(token_hash)
        .bind(user_id)
        .bind(now_ms)
        .bind(now_ms)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn session_user(&self, token_hash: &str) -> sqlx::Result<Option<SessionUser>> {
        let row = sqlx::query(
            "SELECT s.user_id, u.role, u.display_name, c.id AS child_id, s.created_at, s.last_seen \
             FROM sessions s JOIN users u ON u.id = s.user_id \
             LEFT JOIN children c ON c.user_id = u.id \
             WHERE s.token_hash = ?",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| {
            Ok(SessionUser {
                user_id: r.try_get("user_id")?,
                role: parse_role(r.try_get("role")?)?,
                display_name: r.try_get("display_name")?,
                child_id: r.try_get("child_id")?,
                created_at: r.try_get("created_at")?,
                last_seen: r.try_get("last_seen")?,
            })
        })
        .transpose()
    }

    pub async fn touch_session(&self, token_hash: &str, now_ms: i64) -> sqlx::Result<()> {
        sqlx::query("UPDATE sessions SET last_seen = ? WHERE token_hash = ?")
            .bind(now_ms)
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn delete_session(&self, token_hash: &str) -> sqlx::Result<()> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = ?")
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Removes sessions idle since before `idle_cutoff` or started before `created_cutoff`.
    pub async fn delete_expired_sessions(
        &self,
        idle_cutoff: i64,
        created_cutoff: i64,
    ) -> sqlx::Result<()> {
        sqlx::query("DELETE FROM sessions WHERE last_seen < ? OR created_at < ?")
            .bind(idle_cutoff)
            .bind(created_cutoff)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
