//! The review-date rules as the staff pages' data shows them: a break in
//! care, a review recorded twice, council closure days that only warn, and
//! the day an officer should have been appointed by.

use crate::common;

use chrono::{Days, NaiveDate};
use common::{start, start_with, TestServer, Who};
use domain::api::{Caseload, ChildRecord, PlacementType};
use server::policy::{ChildAccess, Seeding};
use server::storage::{NewChild, NewReview, Store};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// A second handle on the test server's SQLite file, to add children the
/// demo does not have. The server reads them from the same file.
async fn store(server: &TestServer) -> Store {
    Store::open(&server.dir.path().join("data").join("mysay.sqlite"))
        .await
        .unwrap()
}

async fn add_child(store: &Store, first_name: &str, since: NaiveDate) -> (i64, ChildAccess) {
    let fixtures = Seeding::for_test_fixtures();
    let id = store
        .insert_child(
            &fixtures,
            &NewChild {
                user_id: None,
                first_name,
                last_name: "Test",
                date_of_birth: d(2014, 3, 3),
                looked_after_since: since,
                placement: PlacementType::Foster,
                social_worker_name: None,
                social_worker_email: None,
                social_worker_phone: None,
            },
        )
        .await
        .unwrap();
    (id, fixtures.child(id))
}

/// The child's record and caseload row as the manager sees them.
async fn as_the_manager_sees_it(server: &TestServer, id: i64) -> (ChildRecord, Caseload) {
    let manager = server.signed_in(Who::Manager).await;
    let record: ChildRecord = server
        .get(&manager, &format!("/api/children/{id}"))
        .await
        .json()
        .await
        .unwrap();
    let caseload: Caseload = server
        .get(&manager, "/api/children")
        .await
        .json()
        .await
        .unwrap();
    (record, caseload)
}

fn due_in_caseload(caseload: &Caseload, id: i64) -> NaiveDate {
    caseload
        .children
        .iter()
        .find(|r| r.child_id == id)
        .expect("the child is in the manager's caseload")
        .next_review_due
}

#[tokio::test]
async fn a_child_back_in_care_starts_again_with_a_first_review() {
    let server = start().await;
    let store = store(&server).await;
    // Back in care on Monday 1 June 2026, with reviews from an earlier time in care.
    let (id, child) = add_child(&store, "Noor", d(2026, 6, 1)).await;
    for date in [d(2024, 5, 2), d(2024, 11, 1)] {
        store
            .add_review(&child, NewReview::Held(date))
            .await
            .unwrap();
    }

    let (record, caseload) = as_the_manager_sees_it(&server, id).await;
    // 20 working days on, not 183 days after the review of 2024.
    assert_eq!(record.next_review_due, d(2026, 6, 29));
    assert_eq!(due_in_caseload(&caseload, id), d(2026, 6, 29));

    // The first review of this time in care is followed by the 3-month rule.
    store
        .add_review(&child, NewReview::Held(d(2026, 6, 20)))
        .await
        .unwrap();
    let (record, _) = as_the_manager_sees_it(&server, id).await;
    assert_eq!(record.next_review_due, d(2026, 9, 19));
}

#[tokio::test]
async fn a_review_recorded_twice_is_one_review() {
    let server = start().await;
    let store = store(&server).await;
    let (id, child) = add_child(&store, "Ola", d(2026, 4, 1)).await;
    store
        .add_review(&child, NewReview::Held(d(2026, 5, 1)))
        .await
        .unwrap();
    let (record, _) = as_the_manager_sees_it(&server, id).await;
    // The second review: the earlier of 91 days and 3 months.
    assert_eq!(record.next_review_due, d(2026, 7, 31));

    // Recorded again: ignored, and the date stays at the 3-month rule.
    store
        .add_review(&child, NewReview::Held(d(2026, 5, 1)))
        .await
        .unwrap();
    let (record, caseload) = as_the_manager_sees_it(&server, id).await;
    assert_eq!(record.reviews_held, vec![d(2026, 5, 1)]);
    assert_eq!(record.next_review_due, d(2026, 7, 31));
    assert_eq!(due_in_caseload(&caseload, id), d(2026, 7, 31));

    // The database itself refuses a second row for the same child and day.
    let pool = sqlx::SqlitePool::connect(&format!(
        "sqlite://{}",
        server
            .dir
            .path()
            .join("data")
            .join("mysay.sqlite")
            .display()
    ))
    .await
    .unwrap();
    let refused =
        sqlx::query("INSERT INTO reviews (child_id, on_date, status) VALUES (?, ?, 'held')")
            .bind(id)
            .bind(d(2026, 5, 1))
            .execute(&pool)
            .await;
    assert!(refused.is_err(), "a second row for the same day was stored");
}

#[tokio::test]
async fn a_booked_review_that_is_held_is_one_review() {
    let server = start().await;
    let store = store(&server).await;
    let (id, child) = add_child(&store, "Ravi", d(2026, 4, 1)).await;
    store
        .add_review(&child, NewReview::Held(d(2026, 5, 1)))
        .await
        .unwrap();
    store
        .add_review(&child, NewReview::Scheduled(d(2026, 7, 20)))
        .await
        .unwrap();
    let (record, _) = as_the_manager_sees_it(&server, id).await;
    assert_eq!(record.next_review_due, d(2026, 7, 20));

    // Held on the booked day: the booking becomes the review.
    store
        .add_review(&child, NewReview::Held(d(2026, 7, 20)))
        .await
        .unwrap();
    // Booking the same day again changes nothing: it was held.
    store
        .add_review(&child, NewReview::Scheduled(d(2026, 7, 20)))
        .await
        .unwrap();
    let (record, _) = as_the_manager_sees_it(&server, id).await;
    assert_eq!(record.reviews_held, vec![d(2026, 5, 1), d(2026, 7, 20)]);
    assert!(record.reviews_scheduled.is_empty());
    // The third review: 183 days from 20 July 2026 is 19 January 2027, a day
    // before 6 months.
    assert_eq!(record.next_review_due, d(2027, 1, 19));
}

#[tokio::test]
async fn closure_days_warn_but_never_move_a_review() {
    // The council closes between Christmas and New Year, and on 15 January.
    let closures = [
        d(2025, 12, 29),
        d(2025, 12, 30),
        d(2025, 12, 31),
        d(2026, 1, 15),
    ];
    let server = start_with(|config, _| config.closure_days = closures.to_vec()).await;
    let store = store(&server).await;

    // In care from Monday 15 December 2025: 20 working days, skipping only
    // the bank holidays, is Thursday 15 January, a closure day.
    let (id, _) = add_child(&store, "Mina", d(2025, 12, 15)).await;
    let (record, caseload) = as_the_manager_sees_it(&server, id).await;
    assert_eq!(record.next_review_due, d(2026, 1, 15));
    assert!(record.next_review_on_closure_day);
    let row = caseload.children.iter().find(|r| r.child_id == id).unwrap();
    assert_eq!(row.next_review_due, d(2026, 1, 15));
    assert!(row.next_review_on_closure_day);

    // A review due on an open day carries no warning.
    let (open, _) = add_child(&store, "Tariq", d(2026, 3, 2)).await;
    let (record, caseload) = as_the_manager_sees_it(&server, open).await;
    assert_eq!(record.next_review_due, d(2026, 3, 30));
    assert!(!record.next_review_on_closure_day);
    let row = caseload
        .children
        .iter()
        .find(|r| r.child_id == open)
        .unwrap();
    assert!(!row.next_review_on_closure_day);
}

#[tokio::test]
async fn the_manager_sees_who_is_past_their_appoint_by_day() {
    let server = start().await;
    let store = store(&server).await;
    let manager = server.signed_in(Who::Manager).await;
    let caseload: Caseload = server
        .get(&manager, "/api/children")
        .await
        .json()
        .await
        .unwrap();
    // Came into care today: the 5 working days have not run out.
    let (new, _) = add_child(&store, "Zed", caseload.today).await;

    let (_, caseload) = as_the_manager_sees_it(&server, new).await;
    assert!(caseload.without_officer.iter().all(|r| r.child_id != new));
    let kai = caseload
        .without_officer
        .iter()
        .find(|r| r.name == "Kai Evans")
        .expect("Kai is listed");
    assert_eq!(kai.working_days_in_care, 9);
    // Five working days after coming into care, and already past.
    assert_eq!(
        domain::working_days::working_days_between(kai.looked_after_since, kai.appoint_by),
        5
    );
    assert!(kai.appoint_by < caseload.today);
    assert!(kai.appoint_by > kai.looked_after_since + Days::new(4));
}
