//! The emails, through a real SMTP server on loopback: they reach the
//! adults who must act, say only that there is a message (never a name or
//! anything anyone wrote), and a mail server that is down loses nothing
//! and delays nothing: the alert is answered and kept, the email waits in
//! the queue with its failed tries, and goes once the server is back.

use crate::common;

use common::smtp_sink::{Delivered, SmtpSink};
use common::{start_with, TestServer, Who};
use serde_json::{json, Value};
use server::config::{SmtpServer, SmtpTls};
use server::storage::updates::{record_update, NewUpdate};
use std::collections::BTreeSet;
use std::time::Duration;

const LINK: &str = "https://mysay.example.org/";

async fn server_mailing_to(port: u16) -> TestServer {
    start_with(|config, _| {
        config.mail.smtp = Some(SmtpServer {
            host: "127.0.0.1".into(),
            port,
            tls: SmtpTls::None,
            credentials: None,
        });
        config.mail.from = "My Say <mysay@example.org>".parse().unwrap();
        config.mail.public_url = LINK.into();
        config.mail.retry_first = Duration::from_millis(100);
        config.mail.retry_max = Duration::from_millis(400);
        config.mail.check_every = Duration::from_millis(200);
        config.mail.smtp_timeout = Duration::from_secs(5);
    })
    .await
}

async fn db(server: &TestServer) -> sqlx::SqlitePool {
    let path = server.dir.path().join("data/mysay.sqlite");
    sqlx::SqlitePool::connect_with(sqlx::sqlite::SqliteConnectOptions::new().filename(path))
        .await
        .unwrap()
}

async fn sam_presses_unsafe(server: &TestServer) -> reqwest::Response {
    let sam_id = server.child_ids().await["Sam"];
    let sam = server.signed_in(Who::Sam).await;
    server
        .post(
            &sam,
            &format!("/api/children/{sam_id}/unsafe"),
            json!({ "send_id": "press-1" }),
        )
        .await
}

/// Everything a reader of the email sees: the headers but the random
/// Message-ID, and the body.
fn readable(message: &Delivered) -> String {
    message
        .data
        .lines()
        .filter(|l| !l.starts_with("Message-ID:"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Names of the demo children and what they wrote or asked.
const NEVER_IN_AN_EMAIL: &[&str] = &[
    "Sam",
    "Taylor",
    "Leah",
    "Jay",
    "Morgan",
    "football",
    "I want to move away",
];

fn assert_names_no_one(message: &Delivered) {
    let text = readable(message);
    for words in NEVER_IN_AN_EMAIL {
        assert!(!text.contains(words), "{words:?} in an email:\n{text}");
    }
    assert!(text.contains(LINK), "the link:\n{text}");
    assert!(
        text.contains("From: \"My Say\" <mysay@example.org>"),
        "{text}"
    );
}

/// An alert's email, not the demo's other news (Leah's old request).
fn is_urgent(message: &Delivered) -> bool {
    readable(message).contains("Subject: Urgent")
}

fn recipients(delivered: &[Delivered]) -> BTreeSet<String> {
    delivered.iter().flat_map(|d| d.to.clone()).collect()
}

fn adults_of_sam() -> BTreeSet<String> {
    ["priya@example.org", "sw@example.org", "manager@example.org"]
        .map(String::from)
        .into()
}

#[tokio::test]
async fn an_alert_emails_the_adults_who_must_act_urgently_and_names_no_one() {
    let (sink, port) = SmtpSink::start().await;
    let server = server_mailing_to(port).await;
    assert_eq!(sam_presses_unsafe(&server).await.status(), 200);

    let delivered = sink
        .wait_for_matching(is_urgent, 3, Duration::from_secs(10))
        .await;
    assert_eq!(recipients(&delivered), adults_of_sam());
    for message in &delivered {
        assert_eq!(message.to.len(), 1, "one email per person");
        assert_names_no_one(message);
        let text = readable(message);
        assert!(
            text.contains("Subject: Urgent: you have a new message in My Say"),
            "{text}"
        );
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(sink.delivered().len(), 3, "each told once");
}

#[tokio::test]
async fn a_new_request_is_emailed_without_its_words() {
    let (sink, port) = SmtpSink::start().await;
    let server = server_mailing_to(port).await;
    let sam_id = server.child_ids().await["Sam"];
    // A request stored as the request routes store one, and its update
    // recorded the way every feature records one.
    let db = db(&server).await;
    let mut tx = db.begin().await.unwrap();
    let (sam_user, priya): (i64, i64) = sqlx::query_as(
        "SELECT (SELECT user_id FROM children WHERE id = ?), \
                (SELECT id FROM users WHERE email = 'priya@example.org')",
    )
    .bind(sam_id)
    .fetch_one(&mut *tx)
    .await
    .unwrap();
    let body = json!({ "extra_review": { "why": "I want to move away from here", "when": "as_soon_as_possible" } });
    let request_id: i64 = sqlx::query_scalar(
        "INSERT INTO requests (child_id, kind, body, asked_by, send_id, asked_at_ms) \
         VALUES (?, 'extra_review', ?, ?, 'r-1', 0) RETURNING id",
    )
    .bind(sam_id)
    .bind(body.to_string())
    .bind(sam_user)
    .fetch_one(&mut *tx)
    .await
    .unwrap();
    record_update(
        &mut tx,
        NewUpdate {
            people: &[priya, sam_user],
            child_id: sam_id,
            kind: domain::requests::UpdateKind::RequestArrived,
            subject_id: request_id,
            urgent: false,
            at_ms: 0,
        },
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();

    // The mailer finds it on its own rounds; Sam has no email address.
    let delivered = sink.wait_for(1, Duration::from_secs(10)).await;
    assert_eq!(delivered.len(), 1);
    assert_eq!(delivered[0].to, ["priya@example.org"]);
    assert_names_no_one(&delivered[0]);
    let text = readable(&delivered[0]);
    assert!(
        text.contains("Subject: You have a new message in My Say"),
        "{text}"
    );
    assert!(!text.contains("Urgent"), "{text}");
}

#[tokio::test]
async fn a_mail_server_that_is_down_loses_nothing_and_the_mail_goes_when_it_is_back() {
    // A port with nothing listening: the mail server is down.
    let reserved = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = reserved.local_addr().unwrap().port();
    drop(reserved);
    let server = server_mailing_to(port).await;

    let r = sam_presses_unsafe(&server).await;
    assert_eq!(r.status(), 200, "the child's alert is answered");
    let raised: Value = r.json().await.unwrap();
    let priya = server.signed_in(Who::Priya).await;
    let alerts: Value = server
        .get(&priya, "/api/alerts")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(alerts[0]["alert_id"], raised["alert_id"], "and kept");

    // The mailer keeps trying, and writes down each failure.
    let db = db(&server).await;
    let failing = async {
        loop {
            let rows: Vec<(i64, Option<String>, Option<i64>)> = sqlx::query_as(
                "SELECT attempts, last_error, sent_at_ms FROM mail_queue WHERE urgent = 1",
            )
            .fetch_all(&db)
            .await
            .unwrap();
            if rows.len() == 3 && rows.iter().all(|(attempts, _, _)| *attempts >= 2) {
                return rows;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    };
    let rows = tokio::time::timeout(Duration::from_secs(15), failing)
        .await
        .expect("three queued emails, each tried twice");
    for (_, last_error, sent_at) in &rows {
        assert!(last_error.is_some(), "the error is kept");
        assert_eq!(*sent_at, None);
    }

    // The mail server comes back on the same port.
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
        .await
        .unwrap();
    let sink = SmtpSink::serve(listener);
    let delivered = sink
        .wait_for_matching(is_urgent, 3, Duration::from_secs(10))
        .await;
    assert_eq!(recipients(&delivered), adults_of_sam());
    for message in &delivered {
        assert_names_no_one(message);
    }
    // The mailer writes each one down as sent once the server has taken
    // it, a moment after the sink has it.
    let all_sent = async {
        loop {
            let unsent: i64 =
                sqlx::query_scalar("SELECT COUNT(*) FROM mail_queue WHERE sent_at_ms IS NULL")
                    .fetch_one(&db)
                    .await
                    .unwrap();
            if unsent == 0 {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    };
    tokio::time::timeout(Duration::from_secs(10), all_sent)
        .await
        .expect("every queued email is marked sent");
}

#[tokio::test]
async fn without_a_mail_server_the_queue_holds_the_mail() {
    let server = common::start().await;
    assert_eq!(sam_presses_unsafe(&server).await.status(), 200);
    let db = db(&server).await;
    let held = async {
        loop {
            let rows: Vec<(String, i64, bool)> = sqlx::query_as(
                "SELECT to_address, attempts, urgent FROM mail_queue \
                 WHERE sent_at_ms IS NULL AND urgent = 1",
            )
            .fetch_all(&db)
            .await
            .unwrap();
            if rows.len() == 3 {
                return rows;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    };
    let rows = tokio::time::timeout(Duration::from_secs(10), held)
        .await
        .expect("the mail is queued");
    let to: BTreeSet<String> = rows.iter().map(|(to, _, _)| to.clone()).collect();
    assert_eq!(to, adults_of_sam());
    assert!(rows
        .iter()
        .all(|(_, attempts, urgent)| *attempts == 0 && *urgent));
}
