//! What people send never reaches the server's log when the server turns it
//! down. The test sets a log subscriber at the most detailed level for its
//! own thread only (a `tokio::test` runs the server it starts on that
//! thread), and reads everything written to it; other tests running beside
//! it in this binary log nowhere near it.

use crate::common;

use common::start;
use std::io::Write;
use std::sync::{Arc, Mutex};

/// Everything the server logged, as text.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn a_rejected_value_never_reaches_a_log() {
    let log = Captured::default();
    let writer = log.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let _only_this_thread = tracing::subscriber::set_default(subscriber);

    let server = start().await;
    let client = common::client();
    let secret = 98_765_432;
    let bodies = [
        // A number where a text passphrase belongs.
        serde_json::json!({ "username": "sam", "passphrase": secret }),
        // A missing field beside a passphrase that is there.
        serde_json::json!({ "passphrase": format!("pass-{secret}") }),
        // Text where an object belongs.
        serde_json::json!(format!("sam:{secret}")),
    ];
    for body in bodies {
        let r = server.post(&client, "/api/session/child", body).await;
        assert_eq!(r.status(), 422);
    }
    // Not JSON at all.
    let r = client
        .post(server.url("/api/session/staff"))
        .header(common::CSRF.0, common::CSRF.1)
        .header("content-type", "application/json")
        .body(format!("{{\"email\": \"a@b\", \"password\": {secret}x"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);

    let text = String::from_utf8(log.0.lock().unwrap().clone()).unwrap();
    assert!(
        text.contains("unreadable JSON body"),
        "the turned-down bodies were logged, by kind:\n{text}"
    );
    assert!(
        !text.contains(&secret.to_string()),
        "a rejected value reached the log:\n{text}"
    );
}
