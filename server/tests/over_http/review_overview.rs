//! The officer's page for a child's next review: what has arrived, the
//! child's meeting wishes, and "No carer contribution yet" when it is close.

use crate::common;

use chrono::NaiveDate;
use common::writing::{get, send};
use common::{start_with, Who};
use serde_json::json;
use server::Clock;
use std::time::Duration;

#[tokio::test]
async fn the_officer_sees_what_arrived_and_a_manager_sees_no_words() {
    // A Monday: Sam's review is booked 27 days later (demo data).
    let clock = Clock::fixed_on(NaiveDate::from_ymd_opt(2026, 11, 2).unwrap());
    let server_clock = clock.clone();
    let server = start_with(move |config, _| config.clock = server_clock).await;
    let ids = server.child_ids().await;
    let path = format!("/api/children/{}/reviews/next", ids["Sam"]);
    let priya = server.signed_in(Who::Priya).await;

    let (status, overview) = get(&server, &priya, &path).await;
    assert_eq!(status, 200);
    assert_eq!(overview["scheduled"]["on"], "2026-11-29");
    assert_eq!(overview["late"], false);
    assert_eq!(overview["held"].as_array().unwrap().len(), 3);
    let arrived = overview["contributions"].as_array().unwrap();
    assert_eq!(arrived.len(), 1, "the demo's sent views");
    assert_eq!(arrived[0]["kind"], "my_views");
    assert_eq!(arrived[0]["can_read"], true);
    assert_eq!(
        overview["meeting_wishes"],
        serde_json::Value::Null,
        "only a draft so far"
    );
    assert_eq!(
        overview["no_carer_contribution_yet"], false,
        "still weeks away"
    );

    let sam = server.signed_in(Who::Sam).await;
    let wishes = json!({
        "send_id": "meeting",
        "body": { "kind": "my_meeting", "body": { "want_to_come": "yes", "who_i_want": "Leah" } },
    });
    assert_eq!(send(&server, &sam, ids["Sam"], wishes).await.0, 201);
    let (_, overview) = get(&server, &priya, &path).await;
    assert_eq!(overview["meeting_wishes"]["want_to_come"], "yes");
    assert_eq!(overview["meeting_wishes"]["who_i_want"], "Leah");

    // Sam's social worker sees the review, but not his views: he did not choose them.
    let sw = server.signed_in(Who::SocialWorker).await;
    let (status, seen) = get(&server, &sw, &path).await;
    assert_eq!(status, 200);
    assert_eq!(seen["contributions"].as_array().unwrap().len(), 0);
    assert_eq!(seen["meeting_wishes"], serde_json::Value::Null);

    let manager = server.signed_in(Who::Manager).await;
    let (status, seen) = get(&server, &manager, &path).await;
    assert_eq!(status, 200);
    assert_eq!(seen["meeting_wishes"], serde_json::Value::Null);
    assert_eq!(seen["contributions"].as_array().unwrap().len(), 2);
    assert!(seen["contributions"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["can_read"] == false));
    assert!(
        !seen.to_string().contains("Leah\""),
        "no words of the wishes"
    );

    // Ten working days before the review, the missing carer is flagged,
    // until the carer writes.
    clock.advance(Duration::from_secs(24 * 3600 * 13));
    // Sessions have timed out by then: sign in afresh.
    let priya = server.signed_in(Who::Priya).await;
    let (_, overview) = get(&server, &priya, &path).await;
    assert!(overview["working_days_to_go"].as_u64().unwrap() <= 10);
    assert_eq!(overview["no_carer_contribution_yet"], true);
    let carer = server.signed_in(Who::Carer).await;
    let words = json!({
        "send_id": "carer",
        "body": { "kind": "carer", "body": { "text": "Sam is doing well." } },
    });
    assert_eq!(send(&server, &carer, ids["Sam"], words).await.0, 201);
    let (_, overview) = get(&server, &priya, &path).await;
    assert_eq!(overview["no_carer_contribution_yet"], false);

    // Reading the overview is in the audit trail.
    let db = common::writing::database(&server).await;
    let reads: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit WHERE event = 'contribution_read' AND detail = 'review_overview'",
    )
    .fetch_one(&db)
    .await
    .unwrap();
    assert_eq!(reads, 6);
}
