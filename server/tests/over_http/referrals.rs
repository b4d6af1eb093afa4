//! Getting a child an advocate: an adult suggests one and only the child
//! answers; a no is kept and nobody asks again for a while; a yes goes to
//! the advocacy service, and the advocate who takes it on shows on the
//! child's home.

use crate::common;

use chrono::NaiveDate;
use common::writing::{database, get, user_id};
use common::{start, start_with, TestServer, Who};
use reqwest::Client;
use serde_json::{json, Value};
use server::Clock;
use sqlx::SqlitePool;

async fn post(server: &TestServer, who: &Client, path: &str, body: Value) -> (u16, Value) {
    let r = server.post(who, path, body).await;
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

async fn suggest(server: &TestServer, who: &Client, child: i64, send_id: &str) -> (u16, Value) {
    let path = format!("/api/children/{child}/referrals");
    post(server, who, &path, json!({ "send_id": send_id })).await
}

async fn answer(
    server: &TestServer,
    who: &Client,
    child: i64,
    referral: &Value,
    yes_or_no: &str,
) -> (u16, Value) {
    let id = referral["referral_id"].as_i64().unwrap();
    let path = format!("/api/children/{child}/referrals/{id}/answer");
    post(server, who, &path, json!({ "answer": yes_or_no })).await
}

/// The advocacy service's duty advocate, who supports nobody yet.
async fn duty_advocate(server: &TestServer) -> Client {
    let people = server::demo::people().unwrap();
    let ama = people
        .adults
        .iter()
        .find(|a| a.key == "duty_advocate")
        .unwrap();
    let client = common::client();
    let body = json!({ "email": ama.email, "password": ama.password });
    let r = server.post(&client, "/api/session/staff", body).await;
    assert_eq!(r.status(), 200, "the duty advocate signs in");
    client
}

async fn kinds_for(db: &SqlitePool, user: i64) -> Vec<String> {
    sqlx::query_scalar("SELECT kind FROM updates WHERE user_id = ? ORDER BY id")
        .bind(user)
        .fetch_all(db)
        .await
        .unwrap()
}

#[tokio::test]
async fn priya_suggests_an_advocate_sam_says_yes_and_one_is_allocated() {
    let server = start().await;
    let ids = server.child_ids().await;
    let sam = server.signed_in(Who::Sam).await;
    let priya = server.signed_in(Who::Priya).await;
    let db = database(&server).await;

    let (status, referral) = suggest(&server, &priya, ids["Sam"], "p-1").await;
    assert_eq!(status, 201);
    assert_eq!(referral["suggested_by_name"], "Priya Shah");
    assert_eq!(referral["answer"], Value::Null);
    // Suggesting again while Sam has not answered makes no second one.
    let (status, again) = suggest(&server, &priya, ids["Sam"], "p-2").await;
    assert_eq!(status, 200);
    assert_eq!(again["referral_id"], referral["referral_id"]);
    let sam_id = user_id(&server, &sam).await;
    assert_eq!(kinds_for(&db, sam_id).await, ["advocate_suggested"]);

    // Sam's home says a question waits for him, and for nobody else, so
    // only his home loads the question.
    let home = format!("/api/children/{}/officer", ids["Sam"]);
    let (_, page) = get(&server, &sam, &home).await;
    assert_eq!(page["advocate_offer_waiting"], true);
    let (_, page) = get(&server, &priya, &home).await;
    assert_eq!(page["advocate_offer_waiting"], false);

    // Sam sees it; nothing happens before he says yes.
    let (_, seen) = get(
        &server,
        &sam,
        &format!("/api/children/{}/referrals", ids["Sam"]),
    )
    .await;
    assert_eq!(seen[0]["referral_id"], referral["referral_id"]);
    let no_requests = "SELECT COUNT(*) FROM requests WHERE child_id = ? AND kind = 'advocate'";
    let requests: i64 = sqlx::query_scalar(no_requests)
        .bind(ids["Sam"])
        .fetch_one(&db)
        .await
        .unwrap();
    assert_eq!(requests, 0);

    let (status, answered) = answer(&server, &sam, ids["Sam"], &referral, "yes").await;
    assert_eq!(status, 200);
    assert_eq!(answered["answer"], "yes");
    let rid = answered["request_id"].as_i64().unwrap();
    let (status, _) = answer(&server, &sam, ids["Sam"], &referral, "no").await;
    assert_eq!(status, 409, "answered once only");
    let priya_id = user_id(&server, &priya).await;
    assert!(kinds_for(&db, priya_id)
        .await
        .contains(&"referral_answered".to_string()));

    // The advocacy service sees it waiting: any advocate, and managers.
    let ama = duty_advocate(&server).await;
    let ama_id = user_id(&server, &ama).await;
    assert_eq!(kinds_for(&db, ama_id).await, ["request_arrived"]);
    // So do every other advocate, the managers, and Sam's officer.
    for who in [Who::Advocate, Who::Manager] {
        let client = server.signed_in(who).await;
        let id = user_id(&server, &client).await;
        assert_eq!(kinds_for(&db, id).await, ["request_arrived"], "{who:?}");
    }
    assert!(kinds_for(&db, priya_id)
        .await
        .contains(&"request_arrived".to_string()));
    // Until one is allocated, Sam's home shows the advocate he already has,
    // and no longer asks.
    let (_, page) = get(&server, &sam, &home).await;
    assert_eq!(page["advocate"]["name"], "Jordan Lee");
    assert_eq!(page["advocate_offer_waiting"], false);
    let (status, waiting) = get(&server, &ama, "/api/advocate-requests").await;
    assert_eq!(status, 200);
    assert_eq!(waiting[0]["request_id"], rid);
    assert_eq!(waiting[0]["kind"], "advocate");
    let manager = server.signed_in(Who::Manager).await;
    let (_, waiting) = get(&server, &manager, "/api/advocate-requests").await;
    assert_eq!(waiting[0]["request_id"], rid);

    // A manager must name an advocate, and an advocate it must be.
    let path = format!("/api/advocate-requests/{rid}/allocation");
    let (status, error) = post(&server, &manager, &path, json!({})).await;
    assert_eq!(status, 422);
    assert_eq!(error["fields"][0]["field"], "advocate_id");
    let (status, _) = post(&server, &manager, &path, json!({ "advocate_id": priya_id })).await;
    assert_eq!(status, 422);

    // Ama takes it on.
    let (status, allocated) = post(&server, &ama, &path, json!({})).await;
    assert_eq!(status, 201);
    assert_eq!(allocated["advocate"]["name"], "Ama Owusu");
    assert_eq!(allocated["from_referral_by"], "Priya Shah");
    let (status, _) = post(&server, &ama, &path, json!({})).await;
    assert_eq!(status, 409, "taken on once");
    let (_, waiting) = get(&server, &ama, "/api/advocate-requests").await;
    assert_eq!(waiting, json!([]));
    assert!(kinds_for(&db, sam_id)
        .await
        .contains(&"advocate_allocated".to_string()));
    assert!(kinds_for(&db, ama_id)
        .await
        .contains(&"advocate_allocated".to_string()));

    // Sam's home shows who his advocate is and how to reach them.
    let (_, page) = get(
        &server,
        &sam,
        &format!("/api/children/{}/officer", ids["Sam"]),
    )
    .await;
    assert_eq!(page["advocate"]["name"], "Ama Owusu");
    assert_eq!(page["advocate"]["email"], "advocacy@example.org");
    // Ama now supports Sam, so reads his advocate request.
    let one = format!("/api/children/{}/requests/{rid}", ids["Sam"]);
    let (status, seen) = get(&server, &ama, &one).await;
    assert_eq!(status, 200);
    let steps: Vec<&str> = seen["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["step"].as_str().unwrap())
        .collect();
    assert_eq!(steps, ["asked", "advocate_allocated"]);
}

#[tokio::test]
async fn only_the_child_answers_a_suggestion() {
    let server = start().await;
    let ids = server.child_ids().await;
    let carer = server.signed_in(Who::Carer).await;
    let (status, referral) = suggest(&server, &carer, ids["Sam"], "c-1").await;
    assert_eq!(status, 201);
    for who in [
        Who::Advocate,
        Who::Carer,
        Who::Priya,
        Who::SocialWorker,
        Who::Manager,
        Who::Leah,
    ] {
        let client = server.signed_in(who).await;
        let (status, _) = answer(&server, &client, ids["Sam"], &referral, "yes").await;
        assert_eq!(status, 403, "{who:?}");
    }
    let db = database(&server).await;
    let answers: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM referral_answers")
        .fetch_one(&db)
        .await
        .unwrap();
    assert_eq!(answers, 0, "nothing changed");
    let sam = server.signed_in(Who::Sam).await;
    let (_, seen) = get(
        &server,
        &sam,
        &format!("/api/children/{}/referrals", ids["Sam"]),
    )
    .await;
    assert_eq!(seen[0]["answer"], Value::Null);
}

#[tokio::test]
async fn a_no_is_respected_until_the_quiet_days_have_passed() {
    let clock = Clock::fixed_on(NaiveDate::from_ymd_opt(2026, 3, 9).unwrap());
    let server_clock = clock.clone();
    let server = start_with(move |config, _| config.clock = server_clock).await;
    let ids = server.child_ids().await;
    let sam = server.signed_in(Who::Sam).await;
    let dana = server.signed_in(Who::SocialWorker).await;
    let priya = server.signed_in(Who::Priya).await;
    let (_, referral) = suggest(&server, &dana, ids["Sam"], "d-1").await;
    let (status, answered) = answer(&server, &sam, ids["Sam"], &referral, "no").await;
    assert_eq!(status, 200);
    assert_eq!(answered["answer"], "no");
    assert_eq!(answered["ask_again_from"], "2026-06-07");
    assert_eq!(answered["request_id"], Value::Null);

    let r = server
        .post(
            &priya,
            &format!("/api/children/{}/referrals", ids["Sam"]),
            json!({ "send_id": "p-9" }),
        )
        .await;
    assert_eq!(r.status(), 409);
    let error: Value = r.json().await.unwrap();
    assert_eq!(error["code"], "asked_recently");
    assert_eq!(error["from"], "2026-06-07");
    let db = database(&server).await;
    let sam_id = user_id(&server, &sam).await;
    assert_eq!(
        kinds_for(&db, sam_id).await,
        ["advocate_suggested"],
        "not nagged"
    );

    clock.advance(std::time::Duration::from_secs(90 * 24 * 60 * 60));
    let priya = server.signed_in(Who::Priya).await;
    let (status, _) = suggest(&server, &priya, ids["Sam"], "p-10").await;
    assert_eq!(status, 201);
}
