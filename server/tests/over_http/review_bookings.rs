//! Reviews as records: the child's officer books a review (day, time, place
//! or online), is warned when it is later than the law allows, and records
//! it as held, which moves the clock for the next one.

use crate::common;

use chrono::{Days, NaiveDate};
use common::{error_code, start_with, TestServer, Who};
use domain::api::{ApiError, ChildRecord, ErrorCode, OfficerPage};
use domain::review_dates;
use domain::reviews::{ReviewPlace, ReviewSummary, ScheduledReview, MAX_PLACE_CHARS};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};
use server::Clock;

/// The server's today, fixed: the demo's dates are relative to it.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 7, 1).unwrap()
}

async fn start_on(clock: Clock) -> TestServer {
    start_with(move |config, _| config.clock = clock).await
}

async fn officer_page(server: &TestServer, who: &Client, child: i64) -> OfficerPage {
    server
        .get(who, &format!("/api/children/{child}/officer"))
        .await
        .json()
        .await
        .unwrap()
}

fn booking(on: NaiveDate, at: &str, place: Value) -> Value {
    json!({ "on": on.to_string(), "at": at, "place": place })
}

async fn book(server: &TestServer, who: &Client, child: i64, body: Value) -> reqwest::Response {
    server
        .post(who, &format!("/api/children/{child}/reviews"), body)
        .await
}

async fn held(server: &TestServer, who: &Client, child: i64, review: i64) -> reqwest::Response {
    server
        .post(
            who,
            &format!("/api/children/{child}/reviews/{review}/held"),
            json!({}),
        )
        .await
}

#[tokio::test]
async fn an_officer_books_a_review_on_the_last_allowed_day_and_it_is_not_late() {
    let server = start_on(Clock::fixed_on(today())).await;
    let leah = server.child_ids().await["Leah"];
    let priya = server.signed_in(Who::Priya).await;
    let due = officer_page(&server, &priya, leah).await.next_review_due;

    let r = book(
        &server,
        &priya,
        leah,
        booking(due, "10:30", json!("online")),
    )
    .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let booked: ScheduledReview = r.json().await.unwrap();
    assert_eq!(booked.must_happen_by, due);
    assert!(!booked.late, "the last allowed day is not late");
    assert_eq!(booked.review.on, due);
    assert_eq!(booked.review.at.as_deref(), Some("10:30"));
    assert_eq!(booked.review.place, Some(ReviewPlace::Online));
    assert!(!booked.review.held);

    // Leah and the adults around her see when and where it is.
    let leah_signed_in = server.signed_in(Who::Leah).await;
    let page = officer_page(&server, &leah_signed_in, leah).await;
    assert_eq!(page.next_review_booked, Some(booked.review.clone()));
    assert_eq!(page.next_review_due, due);

    // One booking at a time: the next waits until this one is held.
    let again = book(
        &server,
        &priya,
        leah,
        booking(today() + Days::new(3), "09:00", json!("online")),
    )
    .await;
    assert_eq!(again.status(), StatusCode::CONFLICT);
    assert_eq!(error_code(again).await, "already_scheduled");
}

#[tokio::test]
async fn a_review_booked_the_day_after_the_limit_is_late_but_kept() {
    let server = start_on(Clock::fixed_on(today())).await;
    let leah = server.child_ids().await["Leah"];
    let priya = server.signed_in(Who::Priya).await;
    let due = officer_page(&server, &priya, leah).await.next_review_due;
    let day_after = due + Days::new(1);

    let place = json!({ "in_person": { "place": "  Leah's school, room 4 " } });
    let r = book(&server, &priya, leah, booking(day_after, "16:00", place)).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let booked: ScheduledReview = r.json().await.unwrap();
    assert!(booked.late);
    assert_eq!(booked.must_happen_by, due);
    assert_eq!(
        booked.review.place,
        Some(ReviewPlace::InPerson {
            place: "Leah's school, room 4".into()
        })
    );

    // Saved: the record lists it, and the page still shows the legal limit.
    let record: ChildRecord = server
        .get(&priya, &format!("/api/children/{leah}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(record.reviews_scheduled, [day_after]);
    let page = officer_page(&server, &priya, leah).await;
    assert_eq!(page.next_review_due, due);
    assert!(!page.next_review_is_scheduled);
    assert_eq!(page.next_review_booked.unwrap().on, day_after);
}

#[tokio::test]
async fn a_booking_with_mistakes_names_each_field_and_saves_nothing() {
    let server = start_on(Clock::fixed_on(today())).await;
    let leah = server.child_ids().await["Leah"];
    let priya = server.signed_in(Who::Priya).await;

    let fields = |e: &ApiError| -> Vec<(String, ErrorCode)> {
        e.fields.iter().map(|f| (f.field.clone(), f.code)).collect()
    };
    let yesterday = today() - Days::new(1);
    let r = book(
        &server,
        &priya,
        leah,
        booking(
            yesterday,
            "25:00",
            json!({ "in_person": { "place": "   " } }),
        ),
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let e: ApiError = r.json().await.unwrap();
    assert_eq!(e.code, ErrorCode::InvalidInput);
    assert_eq!(
        fields(&e),
        [
            ("on".into(), ErrorCode::InThePast),
            ("at".into(), ErrorCode::NotATime),
            ("place".into(), ErrorCode::Required),
        ]
    );
    assert_eq!(e.limit, None);

    for at in ["9:30", "12:60", "noon", "12:30:00"] {
        let r = book(&server, &priya, leah, booking(today(), at, json!("online"))).await;
        let e: ApiError = r.json().await.unwrap();
        assert_eq!(fields(&e), [("at".into(), ErrorCode::NotATime)], "{at}");
    }

    let long = "x".repeat(MAX_PLACE_CHARS + 1);
    let r = book(
        &server,
        &priya,
        leah,
        booking(today(), "09:00", json!({ "in_person": { "place": long } })),
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let e: ApiError = r.json().await.unwrap();
    assert_eq!(fields(&e), [("place".into(), ErrorCode::TooLong)]);
    assert_eq!(e.limit, Some(MAX_PLACE_CHARS as u64));

    // Exactly the limit, in letters that take two bytes each, is fine.
    let longest = "é".repeat(MAX_PLACE_CHARS);
    let r = book(
        &server,
        &priya,
        leah,
        booking(
            today(),
            "09:00",
            json!({ "in_person": { "place": longest } }),
        ),
    )
    .await;
    assert_eq!(r.status(), StatusCode::CREATED);
}

#[tokio::test]
async fn only_the_childs_officer_books_and_every_refusal_is_audited() {
    let server = start_on(Clock::fixed_on(today())).await;
    let leah = server.child_ids().await["Leah"];
    let body = booking(today() + Days::new(7), "10:00", json!("online"));
    for who in [
        Who::Leah,
        Who::Carer,
        Who::SocialWorker,
        Who::Tom,
        Who::Manager,
    ] {
        let c = server.signed_in(who).await;
        let r = book(&server, &c, leah, body.clone()).await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{who:?}");
    }
    let refused = common::audit_rows(&server)
        .await
        .into_iter()
        .filter(|row| row.event == "access_refused" && row.detail.as_deref() == Some("book_review"))
        .count();
    assert_eq!(refused, 5);
    // Nothing was booked.
    let priya = server.signed_in(Who::Priya).await;
    assert_eq!(
        officer_page(&server, &priya, leah).await.next_review_booked,
        None
    );
}

#[tokio::test]
async fn recording_a_review_held_moves_the_clock_for_the_next_one() {
    let clock = Clock::fixed_on(today());
    let server = start_on(clock.clone()).await;
    let ids = server.child_ids().await;
    let (leah, sam) = (ids["Leah"], ids["Sam"]);
    let priya = server.signed_in(Who::Priya).await;

    // Booked for today: it can be recorded as held today.
    let r = book(
        &server,
        &priya,
        leah,
        booking(today(), "09:00", json!("online")),
    )
    .await;
    let review = r.json::<ScheduledReview>().await.unwrap().review;
    let before = officer_page(&server, &priya, leah).await;
    assert_eq!(before.next_review_due, today());

    let r = held(&server, &priya, leah, review.review_id).await;
    assert_eq!(r.status(), StatusCode::OK);
    let summary: ReviewSummary = r.json().await.unwrap();
    assert!(summary.held);
    assert_eq!(summary.review_id, review.review_id);

    // Leah has had reviews before, so the next is within 6 months of today.
    let after = officer_page(&server, &priya, leah).await;
    assert_eq!(after.last_review, Some(today()));
    assert_eq!(
        after.next_review_due,
        review_dates::later_review_due(today())
    );
    assert_ne!(after.next_review_due, before.next_review_due);
    assert_eq!(after.next_review_booked, None);

    // Held once only.
    let again = held(&server, &priya, leah, review.review_id).await;
    assert_eq!(again.status(), StatusCode::CONFLICT);
    assert_eq!(error_code(again).await, "not_held_yet");
    // And now the next one can be booked.
    let next = book(
        &server,
        &priya,
        leah,
        booking(today() + Days::new(30), "09:00", json!("online")),
    )
    .await;
    assert_eq!(next.status(), StatusCode::CREATED);

    // Sam's demo booking is 27 days away: not held before its day comes.
    let sams = officer_page(&server, &priya, sam)
        .await
        .next_review_booked
        .unwrap();
    let early = held(&server, &priya, sam, sams.review_id).await;
    assert_eq!(early.status(), StatusCode::CONFLICT);
    assert_eq!(error_code(early).await, "not_held_yet");
    // A review of Sam's is not Leah's to close, and an unknown id is no review.
    for (child, review) in [(leah, sams.review_id), (sam, 987_654)] {
        let r = held(&server, &priya, child, review).await;
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{child} {review}");
    }
    let r = server
        .post(
            &priya,
            &format!("/api/children/{sam}/reviews/abc/held"),
            json!({}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);

    clock.advance(std::time::Duration::from_secs(27 * 24 * 3600));
    // Four weeks on, Priya's session has long timed out.
    let priya = server.signed_in(Who::Priya).await;
    let r = held(&server, &priya, sam, sams.review_id).await;
    assert_eq!(r.status(), StatusCode::OK);
    let page = officer_page(&server, &priya, sam).await;
    assert_eq!(page.last_review, Some(sams.on));
}

#[tokio::test]
async fn sams_demo_review_has_a_time_and_a_place() {
    let server = start_on(Clock::fixed_on(today())).await;
    let sam = server.child_ids().await["Sam"];
    let c = server.signed_in(Who::Sam).await;
    let page = officer_page(&server, &c, sam).await;
    let booked = page.next_review_booked.expect("Sam's review is booked");
    assert_eq!(booked.on, today() + Days::new(27));
    assert_eq!(booked.on, page.next_review_due);
    assert_eq!(booked.at.as_deref(), Some("16:00"));
    assert_eq!(
        booked.place,
        Some(ReviewPlace::InPerson {
            place: "Sam's school, the library".into()
        })
    );
    assert!(!booked.held);
}
