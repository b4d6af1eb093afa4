use super::Store;

impl Store {
    /// The time of the `n`th most recent failure (1 = latest) for `account`
    /// from `client` after `since`; None when there are fewer than `n`.
    pub async fn nth_recent_pair_failure(
        &self,
        account: &str,
        client: &str,
        since: i64,
        n: u32,
    ) -> sqlx::Result<Option<i64>> {
        sqlx::query_scalar("SELECT at FROM sign_in_failures WHERE account = ? AND client = ? AND at > ? ORDER BY at DESC LIMIT 1 OFFSET ?")
            .bind(account)
            .bind(client)
            .bind(since)
            .bind(i64::from(n.saturating_sub(1)))
            .fetch_optional(&self.pool)
            .await
    }

    /// Failures for `account` after `since` other than the row `except`,
    /// with the time of the latest of them.
    pub async fn account_failures(
        &self,
        account: &str,
        since: i64,
        except: i64,
    ) -> sqlx::Result<(u32, Option<i64>)> {
        let (count, latest): (i64, Option<i64>) = sqlx::query_as(
            "SELECT COUNT(*), MAX(at) FROM sign_in_failures WHERE account = ? AND at > ? AND id <> ?",
        )
        .bind(account)
        .bind(since)
        .bind(except)
        .fetch_one(&self.pool)
        .await?;
        Ok((u32::try_from(count).unwrap_or(u32::MAX), latest))
    }

    /// As `nth_recent_pair_failure`, for a client address over all accounts.
    pub async fn nth_recent_client_failure(
        &self,
        client: &str,
        since: i64,
        n: u32,
    ) -> sqlx::Result<Option<i64>> {
        sqlx::query_scalar("SELECT at FROM sign_in_failures WHERE client = ? AND at > ? ORDER BY at DESC LIMIT 1 OFFSET ?")
            .bind(client)
            .bind(since)
            .bind(i64::from(n.saturating_sub(1)))
            .fetch_optional(&self.pool)
            .await
    }

    /// Records a failure (returning its id) and forgets those older than
    /// `forget_before`, which no longer count towards any limit.
    pub async fn record_failure(
        &self,
        account: &str,
        client: &str,
        now_ms: i64,
        forget_before: i64,
    ) -> sqlx::Result<i64> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM sign_in_failures WHERE at <= ?")
            .bind(forget_before)
            .execute(&mut *tx)
            .await?;
        let id = sqlx::query_scalar(
            "INSERT INTO sign_in_failures (account, client, at) VALUES (?, ?, ?) RETURNING id",
        )
        .bind(account)
        .bind(client)
        .bind(now_ms)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn forget_failure(&self, id: i64) -> sqlx::Result<()> {
        sqlx::query("DELETE FROM sign_in_failures WHERE id = ?")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Forgets one account's failures from one address.
    pub async fn clear_pair_failures(&self, account: &str, client: &str) -> sqlx::Result<()> {
        sqlx::query("DELETE FROM sign_in_failures WHERE account = ? AND client = ?")
            .bind(account)
            .bind(client)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
