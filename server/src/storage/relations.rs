//! Who works with a child: their officer, social worker, carers, advocates,
//! and brothers and sisters. `links` is what the access policy decides from; every write
//! names the child it changes by a `ChildAccess`.

use super::enum_text::told_by_to_db;
use super::Store;
use crate::policy::{ChildAccess, Links};
use chrono::NaiveDate;
use domain::api::ToldBy;
use sqlx::Row;

impl Store {
    /// How `user_id` is connected to `child_id`; all false when the child does not exist.
    pub async fn links(&self, user_id: i64, child_id: i64) -> sqlx::Result<Links> {
        let r = sqlx::query(
            "SELECT \
               EXISTS (SELECT 1 FROM children WHERE id = ? AND user_id = ?) AS the_child, \
               EXISTS (SELECT 1 FROM officer_appointments \
                       WHERE child_id = ? AND officer_id = ? AND ended_on IS NULL) AS officer, \
               EXISTS (SELECT 1 FROM social_worker_links \
                       WHERE child_id = ? AND social_worker_id = ? AND ended_on IS NULL) AS social_worker, \
               EXISTS (SELECT 1 FROM carer_placements WHERE child_id = ? AND carer_id = ?) AS carer, \
               EXISTS (SELECT 1 FROM advocate_support WHERE child_id = ? AND advocate_id = ?) AS advocate",
        )
        .bind(child_id)
        .bind(user_id)
        .bind(child_id)
        .bind(user_id)
        .bind(child_id)
        .bind(user_id)
        .bind(child_id)
        .bind(user_id)
        .bind(child_id)
        .bind(user_id)
        .fetch_one(&self.pool)
        .await?;
        Ok(Links {
            is_the_child: r.try_get("the_child")?,
            is_their_officer: r.try_get("officer")?,
            is_their_social_worker: r.try_get("social_worker")?,
            is_their_carer: r.try_get("carer")?,
            is_their_advocate: r.try_get("advocate")?,
        })
    }

    pub async fn appoint_officer(
        &self,
        child: &ChildAccess,
        officer_id: i64,
        appointed_on: NaiveDate,
        told: Option<(NaiveDate, ToldBy)>,
    ) -> sqlx::Result<()> {
        let (told_on, told_by) = told.unzip();
        sqlx::query(
            "INSERT INTO officer_appointments (child_id, officer_id, appointed_on, told_on, told_by) \
             VALUES (?, ?, ?, ?, ?)",
        )
        .bind(child.child_id())
        .bind(officer_id)
        .bind(appointed_on)
        .bind(told_on)
        .bind(told_by.map(told_by_to_db))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Makes `social_worker_id` the child's social worker from `linked_on`.
    pub async fn link_social_worker(
        &self,
        child: &ChildAccess,
        social_worker_id: i64,
        linked_on: NaiveDate,
    ) -> sqlx::Result<()> {
        sqlx::query(
            "INSERT INTO social_worker_links (child_id, social_worker_id, linked_on) VALUES (?, ?, ?)",
        )
        .bind(child.child_id())
        .bind(social_worker_id)
        .bind(linked_on)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn link_siblings(&self, a: &ChildAccess, b: &ChildAccess) -> sqlx::Result<()> {
        let (a, b) = (a.child_id(), b.child_id());
        sqlx::query("INSERT OR IGNORE INTO sibling_links (child_a, child_b) VALUES (?, ?)")
            .bind(a.min(b))
            .bind(a.max(b))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn place_with_carer(&self, child: &ChildAccess, carer_id: i64) -> sqlx::Result<()> {
        sqlx::query("INSERT OR IGNORE INTO carer_placements (child_id, carer_id) VALUES (?, ?)")
            .bind(child.child_id())
            .bind(carer_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn add_advocate(&self, child: &ChildAccess, advocate_id: i64) -> sqlx::Result<()> {
        sqlx::query("INSERT OR IGNORE INTO advocate_support (child_id, advocate_id) VALUES (?, ?)")
            .bind(child.child_id())
            .bind(advocate_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
