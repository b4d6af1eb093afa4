//! Reviews held and scheduled for a child, and bookings: the day, time and
//! place an officer booked, and who recorded the review as held.

use super::children::decode;
use super::Store;
use crate::policy::ChildAccess;
use chrono::NaiveDate;
use domain::reviews::{ReviewPlace, ReviewSummary};
use sqlx::sqlite::SqliteRow;
use sqlx::Row;

pub enum NewReview {
    Held(NaiveDate),
    Scheduled(NaiveDate),
}

/// A review an officer books, already checked (see `reviews::booking`).
pub struct NewBooking<'a> {
    pub on: NaiveDate,
    /// `HH:MM`.
    pub at: &'a str,
    pub place: &'a ReviewPlace,
    pub booked_by: i64,
    pub booked_at_ms: i64,
}

/// What recording a review as held came to.
pub enum Held {
    Recorded(ReviewSummary),
    /// The child has no review with that id.
    NotTheirs,
    /// Already held, or its day has not come.
    NotYet,
}

/// A review that is booked and not yet held: a scheduled row (not a copy
/// from migration 0003) later than every review held, as `review_dates`
/// counts a booking. One bound: the child's id.
const OPEN_BOOKING: &str = "status = 'scheduled' AND copy_of IS NULL AND child_id = ?1 \
     AND on_date > COALESCE((SELECT MAX(on_date) FROM reviews \
                             WHERE child_id = ?1 AND status = 'held'), '')";

pub(super) const SUMMARY_COLUMNS: &str = "id, on_date, at, place_kind, place, status";

pub(super) fn summary(r: &SqliteRow) -> sqlx::Result<ReviewSummary> {
    let kind: Option<String> = r.try_get("place_kind")?;
    let place = match kind.as_deref() {
        None => None,
        Some("online") => Some(ReviewPlace::Online),
        Some("in_person") => Some(ReviewPlace::InPerson {
            place: r.try_get::<Option<String>, _>("place")?.unwrap_or_default(),
        }),
        Some(other) => return Err(decode(format!("unknown place kind {other:?}"))),
    };
    Ok(ReviewSummary {
        review_id: r.try_get("id")?,
        on: r.try_get("on_date")?,
        at: r.try_get("at")?,
        place,
        held: r.try_get::<String, _>("status")? == "held",
    })
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

    /// Books a review, unless the child already has one booked and not yet
    /// held, or a review on that day (None). One statement, so two officers
    /// booking at once cannot both succeed.
    pub async fn book_review(
        &self,
        child: &ChildAccess,
        booking: &NewBooking<'_>,
    ) -> sqlx::Result<Option<ReviewSummary>> {
        let (kind, place) = match booking.place {
            ReviewPlace::Online => ("online", None),
            ReviewPlace::InPerson { place } => ("in_person", Some(place.as_str())),
        };
        let mut tx = self.pool.begin().await?;
        let row = sqlx::query(&format!(
            "INSERT INTO reviews (child_id, on_date, status, at, place_kind, place, booked_by, booked_at_ms) \
             SELECT ?1, ?2, 'scheduled', ?3, ?4, ?5, ?6, ?7 \
             WHERE NOT EXISTS (SELECT 1 FROM reviews WHERE {OPEN_BOOKING}) \
             ON CONFLICT (child_id, on_date) WHERE copy_of IS NULL DO NOTHING \
             RETURNING {SUMMARY_COLUMNS}"
        ))
        .bind(child.child_id())
        .bind(booking.on)
        .bind(booking.at)
        .bind(kind)
        .bind(place)
        .bind(booking.booked_by)
        .bind(booking.booked_at_ms)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        // A child whose extra review was agreed hears it is booked, in the
        // same transaction as the booking.
        super::requests::tell_of_booking(&mut tx, child.child_id(), booking.booked_at_ms).await?;
        tx.commit().await?;
        summary(&row).map(Some)
    }

    /// The child's review booked and not yet held, if any (the earliest,
    /// should a store from before bookings hold more than one).
    pub async fn open_booking(&self, child: &ChildAccess) -> sqlx::Result<Option<ReviewSummary>> {
        let row = sqlx::query(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM reviews WHERE {OPEN_BOOKING} ORDER BY on_date LIMIT 1"
        ))
        .bind(child.child_id())
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(summary).transpose()
    }

    /// Records that the child's booked review `review_id` took place, if its
    /// day is `today` or earlier and it is not held already.
    pub async fn record_review_held(
        &self,
        child: &ChildAccess,
        review_id: i64,
        today: NaiveDate,
        recorded_by: i64,
        now_ms: i64,
    ) -> sqlx::Result<Held> {
        let row = sqlx::query(&format!(
            "UPDATE reviews SET status = 'held', held_recorded_by = ?, held_recorded_at_ms = ? \
             WHERE id = ? AND child_id = ? AND copy_of IS NULL \
               AND status = 'scheduled' AND on_date <= ? \
             RETURNING {SUMMARY_COLUMNS}"
        ))
        .bind(recorded_by)
        .bind(now_ms)
        .bind(review_id)
        .bind(child.child_id())
        .bind(today)
        .fetch_optional(&self.pool)
        .await?;
        if let Some(row) = row {
            return Ok(Held::Recorded(summary(&row)?));
        }
        let theirs: bool = sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM reviews WHERE id = ? AND child_id = ? AND copy_of IS NULL)",
        )
        .bind(review_id)
        .bind(child.child_id())
        .fetch_one(&self.pool)
        .await?;
        Ok(if theirs {
            Held::NotYet
        } else {
            Held::NotTheirs
        })
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

    /// What an officer recorded about a review is evidence: the database
    /// refuses to make a held review booked again, or to rewrite who booked
    /// it, for which day, or who recorded it held, even by direct SQL.
    #[tokio::test]
    async fn bookings_and_held_records_are_never_rewritten() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("mysay.sqlite")).await.unwrap();
        let seeding = crate::policy::for_seeding(&store).await.unwrap();
        let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        let id = store
            .insert_child(
                &seeding,
                &super::super::NewChild {
                    user_id: None,
                    first_name: "Test",
                    last_name: "Child",
                    date_of_birth: d(1, 1),
                    looked_after_since: d(1, 5),
                    placement: domain::api::PlacementType::Foster,
                    social_worker_name: None,
                    social_worker_email: None,
                    social_worker_phone: None,
                },
            )
            .await
            .unwrap();
        let child = seeding.child(id);
        let officer = store
            .insert_user(
                &super::super::NewUser {
                    role: domain::api::Role::ReviewingOfficer,
                    display_name: "Officer",
                    email: Some("o@example.org"),
                    username: None,
                    phone: None,
                    password_hash: None,
                    activation: None,
                },
                1,
            )
            .await
            .unwrap();
        let booking = NewBooking {
            on: d(2, 1),
            at: "10:00",
            place: &ReviewPlace::Online,
            booked_by: officer,
            booked_at_ms: 5,
        };
        let review = store.book_review(&child, &booking).await.unwrap().unwrap();
        // A second booking while this one is open is refused.
        let second = NewBooking {
            on: d(3, 1),
            ..booking
        };
        assert!(store.book_review(&child, &second).await.unwrap().is_none());
        assert!(matches!(
            store
                .record_review_held(&child, review.review_id, d(2, 1), officer, 9)
                .await
                .unwrap(),
            Held::Recorded(_)
        ));
        for change in [
            "UPDATE reviews SET status = 'scheduled'",
            "UPDATE reviews SET on_date = '2026-02-02'",
            "UPDATE reviews SET booked_by = NULL",
            "UPDATE reviews SET held_recorded_at_ms = 10",
            "DELETE FROM reviews",
        ] {
            let r = sqlx::query(change).execute(&store.pool).await;
            assert!(r.is_err(), "{change}");
        }
        let open = store.open_booking(&child).await.unwrap();
        assert_eq!(open, None);
        // Once held, the next can be booked.
        assert!(store.book_review(&child, &second).await.unwrap().is_some());
    }
}
