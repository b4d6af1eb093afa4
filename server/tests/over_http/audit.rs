//! The audit trail: every refusal of access is recorded, and no row can be
//! changed or removed afterwards, even by someone with the database file.

use crate::common;

use chrono::NaiveDate;
use common::{start_with, Who};
use server::Clock;
use sqlx::sqlite::{SqliteConnectOptions, SqlitePool};
use sqlx::Row;

const NO_SUCH_CHILD: i64 = 987_654;

/// A direct connection to the running test server's SQLite file.
async fn database(server: &common::TestServer) -> SqlitePool {
    let path = server.dir.path().join("data/mysay.sqlite");
    SqlitePool::connect_with(SqliteConnectOptions::new().filename(path))
        .await
        .unwrap()
}

#[derive(Debug, PartialEq)]
struct Refusal {
    at_ms: i64,
    event: String,
    actor: Option<i64>,
    child: Option<i64>,
    detail: Option<String>,
    client: Option<String>,
}

/// The refusals recorded (sign-ins are recorded too, by their own code).
async fn refusals(db: &SqlitePool) -> Vec<Refusal> {
    sqlx::query("SELECT * FROM audit ORDER BY id")
        .fetch_all(db)
        .await
        .unwrap()
        .iter()
        .map(|r| Refusal {
            at_ms: r.get("at_ms"),
            event: r.get("event"),
            actor: r.get("actor_user_id"),
            child: r.get("child_id"),
            detail: r.get("detail"),
            client: r.get("client"),
        })
        .filter(|r| r.event == "access_refused")
        .collect()
}

async fn user_id(server: &common::TestServer, client: &reqwest::Client) -> i64 {
    let me: serde_json::Value = server.get(client, "/api/me").await.json().await.unwrap();
    me["user_id"].as_i64().unwrap()
}

#[tokio::test]
async fn every_refusal_is_recorded_and_nothing_else_is() {
    let clock = Clock::fixed_on(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
    let start = clock.now_ms();
    let server_clock = clock.clone();
    let server = start_with(move |config, _| config.clock = server_clock).await;
    let ids = server.child_ids().await;
    let db = database(&server).await;
    let sam = server.signed_in(Who::Sam).await;
    let carer = server.signed_in(Who::Carer).await;
    let (sam_id, carer_id) = (user_id(&server, &sam).await, user_id(&server, &carer).await);

    // Allowed: no row.
    let own = format!("/api/children/{}/officer", ids["Sam"]);
    assert_eq!(server.get(&sam, &own).await.status(), 200);
    assert_eq!(server.get(&carer, "/api/children").await.status(), 200);
    assert_eq!(refusals(&db).await, [], "allowed requests are not refusals");

    let leahs_page = format!("/api/children/{}/officer", ids["Leah"]);
    assert_eq!(server.get(&sam, &leahs_page).await.status(), 403);
    assert_eq!(server.get(&sam, "/api/children").await.status(), 403);
    clock.advance(std::time::Duration::from_secs(60));
    let jays_record = format!("/api/children/{}", ids["Jay"]);
    assert_eq!(server.get(&carer, &jays_record).await.status(), 403);
    let nobody = format!("/api/children/{NO_SUCH_CHILD}");
    assert_eq!(server.get(&carer, &nobody).await.status(), 403);

    let row = |at_ms, actor, child, detail: &str| Refusal {
        at_ms,
        event: "access_refused".into(),
        actor: Some(actor),
        child,
        detail: Some(detail.into()),
        // The test's requests come straight from loopback, through no proxy.
        client: Some("127.0.0.1".into()),
    };
    assert_eq!(
        refusals(&db).await,
        [
            row(start, sam_id, Some(ids["Leah"]), "see_officer_page"),
            row(start, sam_id, None, "see_caseload"),
            row(start + 60_000, carer_id, Some(ids["Jay"]), "see_record"),
            // The id as asked, though no child has it.
            row(start + 60_000, carer_id, Some(NO_SUCH_CHILD), "see_record"),
        ]
    );
}

#[tokio::test]
async fn audit_rows_cannot_be_changed_or_deleted_even_with_direct_sql() {
    let server = start_with(|_, _| {}).await;
    let ids = server.child_ids().await;
    let jay = server.signed_in(Who::Jay).await;
    let path = format!("/api/children/{}/officer", ids["Sam"]);
    assert_eq!(server.get(&jay, &path).await.status(), 403);

    let db = database(&server).await;
    let before = refusals(&db).await;
    assert_eq!(before.len(), 1);
    for sql in [
        "UPDATE audit SET detail = 'nothing happened'",
        "UPDATE audit SET actor_user_id = NULL",
        "DELETE FROM audit",
        "DELETE FROM audit WHERE event = 'access_refused'",
    ] {
        let result = sqlx::query(sql).execute(&db).await;
        assert!(result.is_err(), "{sql} was allowed");
    }
    // A new row can still be added: the table is append-only, not read-only.
    sqlx::query("INSERT INTO audit (at_ms, event) VALUES (1, 'test_row')")
        .execute(&db)
        .await
        .unwrap();
    assert_eq!(refusals(&db).await, before);
}
