//! Helpers for tests of contributions: sending, reading, the database file.

use super::TestServer;
use reqwest::Client;
use serde_json::{json, Value};
use sqlx::sqlite::{SqliteConnectOptions, SqlitePool};

pub async fn user_id(server: &TestServer, client: &Client) -> i64 {
    let me: Value = server.get(client, "/api/me").await.json().await.unwrap();
    me["user_id"].as_i64().unwrap()
}

/// A `SendContribution` of "My views" saying `text`, shared as `shared`.
pub fn views(send_id: &str, text: &str, shared: Value) -> Value {
    json!({
        "send_id": send_id,
        "body": { "kind": "my_views", "body": { "going_well": text } },
        "shared_with": shared,
    })
}

/// POSTs `body` to the child's contributions: the status and the JSON answer.
pub async fn send(server: &TestServer, client: &Client, child: i64, body: Value) -> (u16, Value) {
    let path = format!("/api/children/{child}/contributions");
    let r = server.post(client, &path, body).await;
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

/// GETs a path: the status and the JSON answer.
pub async fn get(server: &TestServer, client: &Client, path: &str) -> (u16, Value) {
    let r = server.get(client, path).await;
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

/// The contribution id in a `Sent` answer.
pub fn cid(sent: &Value) -> i64 {
    sent["contribution"]["contribution_id"].as_i64().unwrap()
}

/// A direct connection to the running test server's SQLite file.
pub async fn database(server: &TestServer) -> SqlitePool {
    let path = server.dir.path().join("data/mysay.sqlite");
    SqlitePool::connect_with(SqliteConnectOptions::new().filename(path))
        .await
        .unwrap()
}

/// How many `event` rows the audit trail holds for `actor`.
pub async fn audited(db: &SqlitePool, event: &str, actor: i64) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM audit WHERE event = ? AND actor_user_id = ?")
        .bind(event)
        .bind(actor)
        .fetch_one(db)
        .await
        .unwrap()
}
