//! All SQL lives here, behind `Store` methods that speak in plain Rust types,
//! so handlers never see SQL and a PostgreSQL store can be added later.

mod alerts;
mod attachments;
mod audit;
mod child_files;
mod children;
mod contributions;
mod drafts;
mod enum_text;
mod language_choices;
mod mail_queue;
mod referrals;
mod relations;
mod requests;
mod reviews;
mod sessions;
mod sign_in_failures;
pub mod updates;
mod users;

pub use alerts::RaisedAlert;
pub use attachments::{NewAttachment, StoredAttachment};
pub use audit::{AuditEntry, AuditRow};
pub use child_files::{Appointment, ChildFile, Sibling};
pub use children::{ChildRow, NewChild};
pub use contributions::{
    AddOutcome, AdditionRow, AttachmentRow, ChildPeople, ContributionRow, NewContribution,
    ReviewRow, SendOutcome,
};
pub use drafts::{DraftRow, PersonRow};
pub use mail_queue::QueuedMail;
pub use referrals::{AnswerOutcome, ReferralRow, SuggestOutcome};
pub use requests::{
    AllocateOutcome, AllocationRow, AskOutcome, DecideOutcome, DecisionRow, ReadRow,
    RequestListRow, RequestRow,
};
pub use reviews::{Held, NewBooking, NewReview};
pub use sessions::SessionUser;
pub use users::{Credentials, NewUser};

use anyhow::Context;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;
use std::path::Path;
use std::time::Duration;

#[derive(Clone, Debug)]
pub struct Store {
    pool: SqlitePool,
}

impl Store {
    /// Opens (creating if needed) the SQLite file and brings its schema up to date.
    pub async fn open(path: &Path) -> anyhow::Result<Self> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        }
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            // WAL lets readers carry on while a sign-in writes its session row.
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options)
            .await
            .with_context(|| format!("opening {}", path.display()))?;
        sqlx::migrate!("./migrations")
            .run(&pool)
            .await
            .context("applying database migrations")?;
        Ok(Self { pool })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use domain::api::PlacementType;

    #[tokio::test]
    async fn the_database_refuses_to_delete_a_childs_record() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("nested/mysay.sqlite"))
            .await
            .unwrap();
        let date = NaiveDate::from_ymd_opt(2025, 1, 6).unwrap();
        let seeding = crate::policy::for_seeding(&store).await.unwrap();
        let id = store
            .insert_child(
                &seeding,
                &NewChild {
                    user_id: None,
                    first_name: "Test",
                    last_name: "Child",
                    date_of_birth: date,
                    looked_after_since: date,
                    placement: PlacementType::Foster,
                    social_worker_name: None,
                    social_worker_email: None,
                    social_worker_phone: None,
                },
            )
            .await
            .unwrap();
        let child = seeding.child(id);
        store
            .add_review(&child, NewReview::Held(date))
            .await
            .unwrap();
        for table in ["reviews", "children"] {
            let deleted = sqlx::query(&format!("DELETE FROM {table}"))
                .execute(&store.pool)
                .await;
            assert!(deleted.is_err(), "{table}");
        }
        assert!(store.child_file(&child).await.unwrap().is_some());
    }
}
