//! The children table: who each child is and since when they are looked after.

use super::enum_text::{placement_from_db, placement_to_db};
use super::Store;
use crate::policy::Seeding;
use chrono::NaiveDate;
use domain::api::PlacementType;
use sqlx::sqlite::SqliteRow;
use sqlx::Row;

#[derive(Clone, Debug)]
pub struct ChildRow {
    pub id: i64,
    pub first_name: String,
    pub last_name: String,
    pub date_of_birth: NaiveDate,
    pub looked_after_since: NaiveDate,
    pub placement: PlacementType,
    pub social_worker_name: Option<String>,
    pub social_worker_email: Option<String>,
    pub social_worker_phone: Option<String>,
}

pub struct NewChild<'a> {
    pub user_id: Option<i64>,
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub date_of_birth: NaiveDate,
    pub looked_after_since: NaiveDate,
    pub placement: PlacementType,
    pub social_worker_name: Option<&'a str>,
    pub social_worker_email: Option<&'a str>,
    pub social_worker_phone: Option<&'a str>,
}

pub(super) fn decode<E: Into<Box<dyn std::error::Error + Send + Sync>>>(e: E) -> sqlx::Error {
    sqlx::Error::Decode(e.into())
}

pub(super) fn child_row(r: &SqliteRow) -> sqlx::Result<ChildRow> {
    Ok(ChildRow {
        id: r.try_get("id")?,
        first_name: r.try_get("first_name")?,
        last_name: r.try_get("last_name")?,
        date_of_birth: r.try_get("date_of_birth")?,
        looked_after_since: r.try_get("looked_after_since")?,
        placement: placement_from_db(r.try_get("placement")?).map_err(decode)?,
        social_worker_name: r.try_get("social_worker_name")?,
        social_worker_email: r.try_get("social_worker_email")?,
        social_worker_phone: r.try_get("social_worker_phone")?,
    })
}

impl Store {
    /// Adds a child. Only seeding adds children so far; the staff screens
    /// will bring their own proof when managers can add them.
    pub async fn insert_child(&self, _: &Seeding, c: &NewChild<'_>) -> sqlx::Result<i64> {
        sqlx::query_scalar(
            "INSERT INTO children (user_id, first_name, last_name, date_of_birth, looked_after_since, \
             placement, social_worker_name, social_worker_email, social_worker_phone) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(c.user_id)
        .bind(c.first_name)
        .bind(c.last_name)
        .bind(c.date_of_birth)
        .bind(c.looked_after_since)
        .bind(placement_to_db(c.placement))
        .bind(c.social_worker_name)
        .bind(c.social_worker_email)
        .bind(c.social_worker_phone)
        .fetch_one(&self.pool)
        .await
    }
}
