//! Reviews held and scheduled for a child.

use super::Store;
use crate::policy::ChildAccess;
use chrono::NaiveDate;

pub enum NewReview {
    Held(NaiveDate),
    Scheduled(NaiveDate),
}

impl Store {
    /// Records a review. A child has one review a day (migration 0003): a
    /// day already recorded is left as it is, except that a booking which
    /// is then held becomes held. A held review never goes back to booked.
    pub async fn add_review(&self, child: &ChildAccess, review: NewReview) -> sqlx::Result<()> {
        let (on_date, status) = match review {
            NewReview::Held(d) => (d, "held"),
            NewReview::Scheduled(d) => (d, "scheduled"),
        };
        sqlx::query(
            "INSERT INTO reviews (child_id, on_date, status) VALUES (?, ?, ?) \
             ON CONFLICT (child_id, on_date) WHERE copy_of IS NULL \
             DO UPDATE SET status = 'held' \
             WHERE reviews.status = 'scheduled' AND excluded.status = 'held'",
        )
        .bind(child.child_id())
        .bind(on_date)
        .bind(status)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlx::sqlite::SqliteConnectOptions;
    use sqlx::SqlitePool;

    /// A store made before migration 0003, holding a review recorded twice
    /// and a booking recorded again as held, is upgraded without losing or
    /// deleting a row, and each day then reads as one review.
    #[tokio::test]
    async fn repeats_recorded_before_the_rule_are_kept_but_read_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("mysay.sqlite");
        let options = SqliteConnectOptions::new()
            .filename(&path)
            .create_if_missing(true);
        let pool = SqlitePool::connect_with(options).await.unwrap();
        let mut before = sqlx::migrate!("./migrations");
        before.migrations = before
            .migrations
            .iter()
            .filter(|m| m.version < 3)
            .cloned()
            .collect();
        before.run(&pool).await.unwrap();
        sqlx::query(
            "INSERT INTO children (first_name, last_name, date_of_birth, looked_after_since, placement) \
             VALUES ('Old', 'Store', '2014-03-03', '2026-04-01', 'foster')",
        )
        .execute(&pool)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO reviews (child_id, on_date, status) VALUES \
             (1, '2026-05-01', 'held'), (1, '2026-05-01', 'held'), \
             (1, '2026-07-20', 'scheduled'), (1, '2026-07-20', 'held'), \
             (1, '2026-12-01', 'scheduled')",
        )
        .execute(&pool)
        .await
        .unwrap();
        pool.close().await;

        let store = Store::open(&path).await.unwrap();
        let rows: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM reviews")
            .fetch_one(&store.pool)
            .await
            .unwrap();
        assert_eq!(rows.0, 5, "no review row is deleted");
        let seeding = crate::policy::for_seeding(&store).await.unwrap();
        let file = store.child_file(&seeding.child(1)).await.unwrap().unwrap();
        let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        assert_eq!(file.reviews_held, vec![d(5, 1), d(7, 20)]);
        assert_eq!(file.reviews_scheduled, vec![d(12, 1)]);

        // From now on the same day is refused by the database itself.
        let again = sqlx::query(
            "INSERT INTO reviews (child_id, on_date, status) VALUES (1, '2026-12-01', 'held')",
        )
        .execute(&store.pool)
        .await;
        assert!(again.is_err());
    }
}
