//! Reviews held and scheduled for a child.

use super::Store;
use crate::policy::ChildAccess;
use chrono::NaiveDate;

pub enum NewReview {
    Held(NaiveDate),
    Scheduled(NaiveDate),
}

impl Store {
    pub async fn add_review(&self, child: &ChildAccess, review: NewReview) -> sqlx::Result<()> {
        let (on_date, status) = match review {
            NewReview::Held(d) => (d, "held"),
            NewReview::Scheduled(d) => (d, "scheduled"),
        };
        sqlx::query("INSERT INTO reviews (child_id, on_date, status) VALUES (?, ?, ?)")
            .bind(child.child_id())
            .bind(on_date)
            .bind(status)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
