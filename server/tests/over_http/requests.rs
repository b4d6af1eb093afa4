//! Asking for an extra review and always getting an answer: only the
//! child's own officer (or a manager) decides, a refusal cannot be saved
//! without reasons, a second decision shows the one that stands, a carer
//! never reads what a child asked, a late answer is flagged, and nothing
//! recorded can be changed or deleted.

use crate::common;

use chrono::NaiveDate;
use common::writing::{audited, database, get, user_id};
use common::{start, start_with, TestServer, Who};
use reqwest::Client;
use serde_json::{json, Value};
use server::Clock;
use sqlx::SqlitePool;

fn extra_review(send_id: &str, why: &str) -> Value {
    json!({
        "send_id": send_id,
        "asking": { "extra_review": { "why": why, "quick_reasons": [], "when": "as_soon_as_possible" } },
    })
}

async fn post(server: &TestServer, who: &Client, path: &str, body: Value) -> (u16, Value) {
    let r = server.post(who, path, body).await;
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

async fn ask(server: &TestServer, who: &Client, child: i64, body: Value) -> (u16, Value) {
    post(
        server,
        who,
        &format!("/api/children/{child}/requests"),
        body,
    )
    .await
}

async fn decide(
    server: &TestServer,
    who: &Client,
    child: i64,
    request: i64,
    body: Value,
) -> (u16, Value) {
    let path = format!("/api/children/{child}/requests/{request}/decision");
    post(server, who, &path, body).await
}

fn declined(reasons: &str) -> Value {
    json!({ "outcome": { "declined": { "reasons": reasons } } })
}

fn agreed(direction: &str) -> Value {
    json!({ "outcome": { "agreed": { "direction": direction } } })
}

fn steps(request: &Value) -> Vec<String> {
    request["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["step"].as_str().unwrap().to_string())
        .collect()
}

async fn count(db: &SqlitePool, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(db).await.unwrap()
}

/// The updates `user` has been given, as (kind, subject) pairs.
async fn updates_for(db: &SqlitePool, user: i64) -> Vec<(String, i64)> {
    sqlx::query_as("SELECT kind, subject_id FROM updates WHERE user_id = ? ORDER BY id")
        .bind(user)
        .fetch_all(db)
        .await
        .unwrap()
}

#[tokio::test]
async fn sam_asks_priya_must_give_reasons_and_the_social_worker_gets_the_copy() {
    let server = start().await;
    let ids = server.child_ids().await;
    let sam = server.signed_in(Who::Sam).await;
    let priya = server.signed_in(Who::Priya).await;
    let dana = server.signed_in(Who::SocialWorker).await;
    let db = database(&server).await;

    let (status, asked) = ask(
        &server,
        &sam,
        ids["Sam"],
        extra_review("s-1", "I want to move"),
    )
    .await;
    assert_eq!(status, 201);
    let rid = asked["request_id"].as_i64().unwrap();
    assert_eq!(steps(&asked), ["asked"]);
    assert_eq!(asked["overdue"], false);
    let priya_id = user_id(&server, &priya).await;
    assert_eq!(
        updates_for(&db, priya_id).await,
        [("request_arrived".into(), rid)]
    );

    // The officer's list shows it at once.
    let (_, list) = get(&server, &priya, "/api/requests").await;
    assert_eq!(list[0]["request_id"], rid);
    assert_eq!(list[0]["state"], "waiting");
    assert_eq!(list[0]["child_first_name"], "Sam");

    // No reasons, or only spaces: refused, and nothing is saved.
    for blank in ["", "   ", " \n\t "] {
        let (status, error) = decide(&server, &priya, ids["Sam"], rid, declined(blank)).await;
        assert_eq!(status, 422, "{blank:?}");
        assert_eq!(error["code"], "invalid_input");
        assert_eq!(
            error["fields"],
            json!([{ "field": "reasons", "code": "required" }])
        );
    }
    let (status, error) = decide(&server, &priya, ids["Sam"], rid, agreed(" ")).await;
    assert_eq!(status, 422);
    assert_eq!(error["fields"][0]["field"], "direction");
    let long = "x".repeat(domain::requests::MAX_DECISION_TEXT_CHARS + 1);
    let (status, error) = decide(&server, &priya, ids["Sam"], rid, declined(&long)).await;
    assert_eq!(status, 422);
    assert_eq!(error["fields"][0]["code"], "too_long");
    assert_eq!(error["limit"], domain::requests::MAX_DECISION_TEXT_CHARS);
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM request_decisions").await,
        0
    );

    let reasons = "Your review is in three weeks. We will talk about moving then.";
    let (status, decided) = decide(&server, &priya, ids["Sam"], rid, declined(reasons)).await;
    assert_eq!(status, 201);
    assert_eq!(
        decided["decisions"][0]["outcome"]["declined"]["reasons"],
        reasons
    );
    assert_eq!(decided["decisions"][0]["by_name"], "Priya Shah");
    assert_eq!(decided["decisions"][0]["by_role"], "reviewing_officer");

    // Sam reads the reasons word for word, with each step and its date.
    let path = format!("/api/children/{}/requests/{rid}", ids["Sam"]);
    let (status, seen) = get(&server, &sam, &path).await;
    assert_eq!(status, 200);
    assert_eq!(
        seen["decisions"][0]["outcome"]["declined"]["reasons"],
        reasons
    );
    assert_eq!(steps(&seen), ["asked", "read", "declined"]);
    assert_eq!(seen["steps"][1]["by_name"], "Priya Shah");
    let sam_id = user_id(&server, &sam).await;
    assert_eq!(
        updates_for(&db, sam_id).await,
        [("request_declined".into(), rid)]
    );

    // The social worker gets the copy, and can read it.
    let dana_id = user_id(&server, &dana).await;
    assert_eq!(
        updates_for(&db, dana_id).await,
        [("decision_copy".into(), rid)]
    );
    let (status, copy) = get(&server, &dana, &path).await;
    assert_eq!(status, 200);
    assert_eq!(
        copy["decisions"][0]["outcome"]["declined"]["reasons"],
        reasons
    );
    let (_, dana_list) = get(&server, &dana, "/api/requests").await;
    assert_eq!(dana_list[0]["state"], "declined");

    // A second decision is a conflict that shows the one that stands.
    let (status, error) = decide(&server, &priya, ids["Sam"], rid, agreed("Arrange it")).await;
    assert_eq!(status, 409);
    assert_eq!(error["code"], "already_decided");
    assert_eq!(error["decision"]["outcome"]["declined"]["reasons"], reasons);
    let first = error["decision"]["decision_id"].as_i64().unwrap();

    // A correction names the standing decision; the first is kept.
    let mut correction = agreed("Please arrange an extra review within 20 working days.");
    correction["corrects"] = json!(first);
    let (status, corrected) = decide(&server, &priya, ids["Sam"], rid, correction.clone()).await;
    assert_eq!(status, 201);
    assert_eq!(corrected["decisions"].as_array().unwrap().len(), 2);
    assert_eq!(corrected["decisions"][1]["corrects"], first);
    assert_eq!(
        steps(&corrected),
        ["asked", "read", "declined", "corrected"]
    );
    // Correcting one that no longer stands is a conflict too.
    let (status, error) = decide(&server, &priya, ids["Sam"], rid, correction).await;
    assert_eq!(status, 409);
    assert_eq!(error["decision"]["corrects"], first);
    assert!(updates_for(&db, sam_id)
        .await
        .contains(&("decision_corrected".into(), rid)));
    assert!(updates_for(&db, dana_id)
        .await
        .contains(&("decision_corrected".into(), rid)));

    // Every read was audited.
    assert!(audited(&db, "request_read", dana_id).await >= 1);
    assert!(audited(&db, "request_read", sam_id).await >= 1);
}

#[tokio::test]
async fn only_the_childs_own_officer_or_a_manager_decides() {
    let server = start().await;
    let ids = server.child_ids().await;
    let leah = server.signed_in(Who::Leah).await;
    let (_, asked) = ask(
        &server,
        &leah,
        ids["Leah"],
        extra_review("l-1", "my plan changed"),
    )
    .await;
    let rid = asked["request_id"].as_i64().unwrap();
    for who in [
        Who::Tom,
        Who::SocialWorker,
        Who::Carer,
        Who::Advocate,
        Who::Leah,
        Who::Sam,
    ] {
        let client = server.signed_in(who).await;
        let (status, _) = decide(&server, &client, ids["Leah"], rid, declined("No.")).await;
        assert_eq!(status, 403, "{who:?}");
    }
    let db = database(&server).await;
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM request_decisions").await,
        0
    );
    let manager = server.signed_in(Who::Manager).await;
    let (status, decided) =
        decide(&server, &manager, ids["Leah"], rid, agreed("Arrange it.")).await;
    assert_eq!(status, 201);
    assert_eq!(decided["decisions"][0]["by_role"], "manager");
}

#[tokio::test]
async fn two_decisions_at_once_make_one() {
    let server = start().await;
    let ids = server.child_ids().await;
    let sam = server.signed_in(Who::Sam).await;
    let (_, asked) = ask(&server, &sam, ids["Sam"], extra_review("s-2", "why not")).await;
    let rid = asked["request_id"].as_i64().unwrap();
    let priya = server.signed_in(Who::Priya).await;
    let manager = server.signed_in(Who::Manager).await;
    let (a, b) = tokio::join!(
        decide(&server, &priya, ids["Sam"], rid, agreed("Arrange it.")),
        decide(&server, &manager, ids["Sam"], rid, declined("Not now.")),
    );
    let mut statuses = [a.0, b.0];
    statuses.sort();
    assert_eq!(statuses, [201, 409]);
    let db = database(&server).await;
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM request_decisions").await,
        1
    );
}

#[tokio::test]
async fn a_carer_never_sees_what_a_child_asked() {
    let server = start().await;
    let ids = server.child_ids().await;
    let sam = server.signed_in(Who::Sam).await;
    let (_, asked) = ask(
        &server,
        &sam,
        ids["Sam"],
        extra_review("s-3", "Something is wrong at home"),
    )
    .await;
    let rid = asked["request_id"].as_i64().unwrap();
    let carer = server.signed_in(Who::Carer).await;
    let one = format!("/api/children/{}/requests/{rid}", ids["Sam"]);
    let all = format!("/api/children/{}/requests", ids["Sam"]);
    for path in [&one, &all] {
        let r = server.get(&carer, path).await;
        assert_eq!(r.status(), 403, "{path}");
        let body = r.text().await.unwrap();
        assert!(!body.contains("wrong at home"));
    }
    // Sam's advocate reads advocate requests only.
    let advocate = server.signed_in(Who::Advocate).await;
    assert_eq!(server.get(&advocate, &one).await.status(), 403);
    let (status, list) = get(&server, &advocate, &all).await;
    assert_eq!(status, 200);
    assert_eq!(list, json!([]));
}

#[tokio::test]
async fn bad_asks_are_refused_and_a_retry_finds_the_first() {
    let server = start().await;
    let ids = server.child_ids().await;
    let sam = server.signed_in(Who::Sam).await;
    let (status, error) = ask(&server, &sam, ids["Sam"], extra_review("s-4", "   ")).await;
    assert_eq!(status, 422);
    assert_eq!(error["code"], "nothing_to_send");
    let long = "x".repeat(domain::requests::MAX_REQUEST_TEXT_CHARS + 1);
    let (status, error) = ask(&server, &sam, ids["Sam"], extra_review("s-4", &long)).await;
    assert_eq!(status, 422);
    assert_eq!(
        error["fields"],
        json!([{ "field": "why", "code": "too_long" }])
    );
    assert_eq!(error["limit"], domain::requests::MAX_REQUEST_TEXT_CHARS);
    // A quick reason alone is enough.
    let quick = json!({
        "send_id": "s-4",
        "asking": { "extra_review": { "quick_reasons": ["want_to_move"], "when": "i_dont_mind" } },
    });
    let (status, first) = ask(&server, &sam, ids["Sam"], quick.clone()).await;
    assert_eq!(status, 201);
    let (status, again) = ask(&server, &sam, ids["Sam"], quick).await;
    assert_eq!(status, 200);
    assert_eq!(again["request_id"], first["request_id"]);
    let db = database(&server).await;
    // Besides the demo's own (send ids `demo-…`), one request.
    let made_here = "SELECT COUNT(*) FROM requests WHERE send_id NOT LIKE 'demo-%'";
    assert_eq!(count(&db, made_here).await, 1);
    // An advocate request may say nothing more than how to get in touch.
    let advocate = json!({ "send_id": "s-5", "asking": { "advocate": { "contact_by": "phone" } } });
    let (status, asked) = ask(&server, &sam, ids["Sam"], advocate).await;
    assert_eq!(status, 201);
    // A decision is for extra-review requests: an advocate request gets an advocate.
    let priya = server.signed_in(Who::Priya).await;
    let rid = asked["request_id"].as_i64().unwrap();
    let (status, error) = decide(&server, &priya, ids["Sam"], rid, agreed("Yes")).await;
    assert_eq!(status, 422);
    assert_eq!(error["fields"][0]["field"], "request_id");
}

#[tokio::test]
async fn recorded_requests_decisions_answers_and_allocations_cannot_be_rewritten() {
    let server = start().await;
    let ids = server.child_ids().await;
    let sam = server.signed_in(Who::Sam).await;
    let priya = server.signed_in(Who::Priya).await;
    let (_, asked) = ask(&server, &sam, ids["Sam"], extra_review("s-6", "please")).await;
    let rid = asked["request_id"].as_i64().unwrap();
    decide(&server, &priya, ids["Sam"], rid, declined("Not yet.")).await;
    // A suggestion, a yes, and an advocate taking the request on.
    let (_, referral) = post(
        &server,
        &priya,
        &format!("/api/children/{}/referrals", ids["Sam"]),
        json!({ "send_id": "p-1" }),
    )
    .await;
    let fid = referral["referral_id"].as_i64().unwrap();
    let path = format!("/api/children/{}/referrals/{fid}/answer", ids["Sam"]);
    let (status, answered) = post(&server, &sam, &path, json!({ "answer": "yes" })).await;
    assert_eq!(status, 200);
    let advocate_rid = answered["request_id"].as_i64().unwrap();
    let jordan = server.signed_in(Who::Advocate).await;
    let path = format!("/api/advocate-requests/{advocate_rid}/allocation");
    assert_eq!(post(&server, &jordan, &path, json!({})).await.0, 201);

    let db = database(&server).await;
    for table in [
        "requests",
        "request_decisions",
        "request_reads",
        "referrals",
        "referral_answers",
        "advocate_allocations",
    ] {
        assert!(
            count(&db, &format!("SELECT COUNT(*) FROM {table}")).await > 0,
            "{table}"
        );
        let updated = sqlx::query(&format!("UPDATE {table} SET rowid = rowid"))
            .execute(&db)
            .await;
        assert!(updated.is_err(), "{table} refuses UPDATE");
        let deleted = sqlx::query(&format!("DELETE FROM {table}"))
            .execute(&db)
            .await;
        assert!(deleted.is_err(), "{table} refuses DELETE");
    }
    let words: String = sqlx::query_scalar("SELECT words FROM request_decisions")
        .fetch_one(&db)
        .await
        .unwrap();
    assert_eq!(words, "Not yet.");
}

/// Monday 9 March 2026, noon in London.
fn a_monday() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 9).unwrap()
}

#[tokio::test]
async fn an_unanswered_request_is_overdue_after_the_working_days_set() {
    let clock = Clock::fixed_on(a_monday());
    let server_clock = clock.clone();
    let server = start_with(move |config, _| config.clock = server_clock).await;
    let ids = server.child_ids().await;
    let sam = server.signed_in(Who::Sam).await;
    let leah = server.signed_in(Who::Leah).await;
    let (_, sams) = ask(&server, &sam, ids["Sam"], extra_review("s-7", "please")).await;
    let (_, leahs) = ask(&server, &leah, ids["Leah"], extra_review("l-7", "please")).await;
    // Five working days after Monday 9 March: Monday 16 March.
    assert_eq!(sams["answer_due"], "2026-03-16");
    let day = std::time::Duration::from_secs(24 * 60 * 60);
    clock.advance(day * 7);
    // Sessions do not last a day: sign in again, as people would.
    let priya = server.signed_in(Who::Priya).await;
    // Only this test's requests count: the demo has an old one of Leah's.
    let ours = [&sams["request_id"], &leahs["request_id"]];
    let (_, list) = get(&server, &priya, "/api/requests").await;
    assert!(list
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| ours.contains(&&r["request_id"]))
        .all(|r| r["overdue"] == false));
    // Priya answers Leah on the last day; Sam's goes unanswered.
    let leah_rid = leahs["request_id"].as_i64().unwrap();
    decide(
        &server,
        &priya,
        ids["Leah"],
        leah_rid,
        agreed("Arrange it."),
    )
    .await;
    clock.advance(day);
    for who in [Who::Priya, Who::Manager] {
        let client = server.signed_in(who).await;
        let (_, list) = get(&server, &client, "/api/requests").await;
        let overdue: Vec<&Value> = list
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["overdue"] == true)
            .map(|r| &r["request_id"])
            .filter(|id| ours.contains(id))
            .collect();
        assert_eq!(overdue, [&sams["request_id"]]);
    }
    let path = format!(
        "/api/children/{}/requests/{}",
        ids["Sam"], sams["request_id"]
    );
    let sam = server.signed_in(Who::Sam).await;
    let (_, seen) = get(&server, &sam, &path).await;
    assert_eq!(seen["overdue"], true);
}

#[tokio::test]
async fn leah_sees_the_date_once_her_agreed_review_is_booked() {
    let server = start().await;
    let ids = server.child_ids().await;
    let leah = server.signed_in(Who::Leah).await;
    let priya = server.signed_in(Who::Priya).await;
    let (_, asked) = ask(
        &server,
        &leah,
        ids["Leah"],
        extra_review("l-8", "my plan changed"),
    )
    .await;
    let rid = asked["request_id"].as_i64().unwrap();
    let (_, decided) = decide(&server, &priya, ids["Leah"], rid, agreed("Arrange it.")).await;
    assert_eq!(decided["review_booked"], Value::Null);
    let on = (chrono::Utc::now().date_naive() + chrono::Days::new(10)).to_string();
    let booking = json!({ "on": on, "at": "15:30", "place": "online" });
    let r = server
        .post(
            &priya,
            &format!("/api/children/{}/reviews", ids["Leah"]),
            booking,
        )
        .await;
    assert_eq!(r.status(), 201);
    let path = format!("/api/children/{}/requests/{rid}", ids["Leah"]);
    let (_, seen) = get(&server, &leah, &path).await;
    assert_eq!(seen["review_booked"]["on"], on);
    assert_eq!(steps(&seen), ["asked", "read", "agreed", "review_booked"]);
    let db = database(&server).await;
    let leah_id = user_id(&server, &leah).await;
    assert_eq!(
        updates_for(&db, leah_id).await,
        [
            ("request_agreed".into(), rid),
            ("review_booked".into(), rid)
        ]
    );
}
