//! Cross-site request forgery, security headers, errors, and serving the front end.

use crate::common;

use common::{client, error_code, start, start_with, Who, CSRF};
use reqwest::StatusCode;
use serde_json::json;

fn sam() -> serde_json::Value {
    json!({ "username": "sam", "passphrase": "sunny-river-42" })
}

#[tokio::test]
async fn state_changing_requests_need_the_header_and_the_same_site() {
    let server = start().await;
    let url = server.url("/api/session/child");
    let host = server.base.trim_start_matches("http://").to_string();

    let no_header = client().post(&url).json(&sam()).send().await.unwrap();
    let wrong_value = client()
        .post(&url)
        .header(CSRF.0, "yes")
        .json(&sam())
        .send()
        .await
        .unwrap();
    let other_origin = client()
        .post(&url)
        .header(CSRF.0, CSRF.1)
        .header("origin", "https://evil.example")
        .json(&sam())
        .send()
        .await
        .unwrap();
    let fetch_metadata = client()
        .post(&url)
        .header(CSRF.0, CSRF.1)
        .header("sec-fetch-site", "cross-site")
        .json(&sam())
        .send()
        .await
        .unwrap();
    for r in [no_header, wrong_value, other_origin, fetch_metadata] {
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
        assert!(common::session_token(r.headers()).is_none());
        assert_eq!(error_code(r).await, "cross_site");
    }

    let same_origin = client()
        .post(&url)
        .header(CSRF.0, CSRF.1)
        .header("origin", format!("http://{host}"))
        .header("sec-fetch-site", "same-origin")
        .json(&sam())
        .send()
        .await
        .unwrap();
    assert_eq!(same_origin.status(), StatusCode::OK);

    // Signing out is state-changing too: a forged one must not work.
    let c = server.signed_in(Who::Sam).await;
    let r = c.delete(server.url("/api/session")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(server.get(&c, "/api/me").await.status(), StatusCode::OK);
}

#[tokio::test]
async fn security_headers_on_every_answer_and_no_caching_of_the_api() {
    let server = start().await;
    let c = client();
    let responses = [
        ("/api/health", server.get(&c, "/api/health").await),
        ("/api/me", server.get(&c, "/api/me").await),
        ("/api/nowhere", server.get(&c, "/api/nowhere").await),
        ("/", server.get(&c, "/").await),
    ];
    for (path, r) in responses {
        let h = r.headers();
        let csp = h["content-security-policy"].to_str().unwrap();
        for part in [
            "default-src 'self'",
            "script-src 'self' 'wasm-unsafe-eval'",
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        ] {
            assert!(csp.contains(part), "{path}: {csp}");
        }
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(h["referrer-policy"], "no-referrer", "{path}");
        if path.starts_with("/api/") {
            assert_eq!(h["cache-control"], "no-store", "{path}");
        }
    }
}

#[tokio::test]
async fn unknown_api_paths_are_json_404s() {
    let server = start().await;
    let c = client();
    for path in ["/api/nowhere", "/api/children/1/secrets", "/api"] {
        let r = server.get(&c, path).await;
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{path}");
        assert_eq!(r.headers()["content-type"], "application/json");
        assert_eq!(error_code(r).await, "not_found");
    }
}

#[tokio::test]
async fn public_settings_and_health() {
    let server = start_with(|c, _| {
        c.officer_title = "IRO".into();
        c.council_name = "Northshire".into();
    })
    .await;
    let c = client();
    let health: serde_json::Value = server.get(&c, "/api/health").await.json().await.unwrap();
    assert_eq!(health, json!({ "status": "ok" }));
    let settings: serde_json::Value = server.get(&c, "/api/settings").await.json().await.unwrap();
    assert_eq!(
        settings,
        json!({
            "officer_title": "IRO",
            "council_name": "Northshire",
            "max_upload_bytes": 20 * 1024 * 1024,
            "answer_working_days": 5,
        })
    );
}

#[tokio::test]
async fn without_a_built_front_end_pages_say_how_to_build_it() {
    let server = start().await;
    let r = server.get(&client(), "/children/1").await;
    assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(r.text().await.unwrap().contains("cargo xtask run"));
}

#[tokio::test]
async fn the_built_front_end_is_served_with_an_spa_fallback() {
    let server = start_with(|c, dir| {
        let dist = dir.join("built");
        std::fs::create_dir_all(dist.join("assets")).unwrap();
        std::fs::write(
            dist.join("index.html"),
            "<!doctype html><title>My Say</title>",
        )
        .unwrap();
        std::fs::write(dist.join("assets/app.wasm"), b"\0asm\x01\0\0\0").unwrap();
        std::fs::write(dist.join("assets/app.js"), "console.log('plain')").unwrap();
        std::fs::write(dist.join("assets/app.js.br"), b"brotli bytes").unwrap();
        c.dist_dir = dist;
    })
    .await;
    // No cookie store or decompression: the raw answers are what is tested.
    let c = reqwest::Client::new();

    // `/` is a page from the server now; a page the app still draws gets
    // the shell.
    let r = server.get(&c, "/children/3/review").await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.text().await.unwrap().contains("<title>My Say</title>"));

    let r = server.get(&c, "/children/3/officer").await;
    assert_eq!(r.status(), StatusCode::OK, "an app route gets index.html");
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));

    let r = server.get(&c, "/assets/app.wasm").await;
    assert_eq!(r.headers()["content-type"], "application/wasm");

    let r = c
        .get(server.url("/assets/app.js"))
        .header("accept-encoding", "br")
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["content-encoding"], "br");
    assert_eq!(r.bytes().await.unwrap().as_ref(), b"brotli bytes");

    let r = server.get(&c, "/api/nowhere").await;
    assert_eq!(
        r.status(),
        StatusCode::NOT_FOUND,
        "the API never falls back to the app"
    );
}

/// 20 wrong sign-ins through a proxy at 127.0.0.1 on behalf of `first`.
async fn guess_through_proxy(server: &common::TestServer, first: &str) {
    for i in 0..20 {
        let r = client()
            .post(server.url("/api/session/child"))
            .header(CSRF.0, CSRF.1)
            .header("x-forwarded-for", first)
            .json(&json!({ "username": format!("guess{i}"), "passphrase": "guess-guess" }))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED, "try {i}");
    }
}

async fn sign_in_through_proxy(server: &common::TestServer, forwarded_for: &str) -> StatusCode {
    client()
        .post(server.url("/api/session/child"))
        .header(CSRF.0, CSRF.1)
        .header("x-forwarded-for", forwarded_for)
        .json(&sam())
        .send()
        .await
        .unwrap()
        .status()
}

#[tokio::test]
async fn behind_a_trusted_proxy_one_guesser_does_not_lock_everyone_out() {
    let server = start_with(|c, _| c.trusted_proxies = vec!["127.0.0.0/8".parse().unwrap()]).await;
    guess_through_proxy(&server, "203.0.113.5").await;
    assert_eq!(
        sign_in_through_proxy(&server, "203.0.113.5").await,
        StatusCode::TOO_MANY_REQUESTS,
        "the guesser is refused"
    );
    // A client cannot dodge that by writing its own header: the proxy
    // appends the real address, and that is the one counted.
    assert_eq!(
        sign_in_through_proxy(&server, "198.51.100.1, 203.0.113.5").await,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        sign_in_through_proxy(&server, "203.0.113.6").await,
        StatusCode::OK,
        "everyone else still signs in"
    );
    let rows = common::audit_rows(&server).await;
    assert_eq!(rows[0].event, "sign_in_succeeded");
    assert_eq!(rows[0].client.as_deref(), Some("203.0.113.6"));
}

#[tokio::test]
async fn an_untrusted_peers_forwarded_for_is_ignored() {
    let server = start().await;
    for i in 0..20 {
        // A different claimed address each time, all from one real one.
        guess_one(&server, &format!("203.0.113.{i}"), i).await;
    }
    assert_eq!(
        sign_in_through_proxy(&server, "198.51.100.1").await,
        StatusCode::TOO_MANY_REQUESTS,
        "the peer's own address is what counts"
    );
}

async fn guess_one(server: &common::TestServer, forwarded_for: &str, i: u8) {
    let r = client()
        .post(server.url("/api/session/child"))
        .header(CSRF.0, CSRF.1)
        .header("x-forwarded-for", forwarded_for)
        .json(&json!({ "username": format!("guess{i}"), "passphrase": "guess-guess" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED, "try {i}");
}

/// Sends `partial` (a request the client never finishes) and returns what
/// the server answered before closing the connection. Asserts the server
/// acted within seconds; the outer bound only stops a broken server from
/// hanging the test.
async fn answer_to_a_stalled_request(server: &common::TestServer, partial: &str) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let addr = server.base.trim_start_matches("http://");
    let mut slow = tokio::net::TcpStream::connect(addr).await.unwrap();
    slow.write_all(partial.as_bytes()).await.unwrap();
    let started = std::time::Instant::now();
    let mut answer = Vec::new();
    let read = tokio::time::timeout(
        std::time::Duration::from_secs(10),
        slow.read_to_end(&mut answer),
    )
    .await;
    assert!(read.is_ok(), "the connection was left open");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    String::from_utf8_lossy(&answer).into_owned()
}

#[tokio::test]
async fn a_connection_that_sends_half_a_header_is_cut_off() {
    let server =
        start_with(|c, _| c.header_read_timeout = std::time::Duration::from_millis(300)).await;
    answer_to_a_stalled_request(&server, "GET /api/health HTTP/1.1\r\nHost: x\r\nX-Slow: ").await;
    // A prompt client on a new connection is served as ever.
    assert_eq!(
        client()
            .get(server.url("/api/health"))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_request_whose_body_trickles_in_is_cut_off() {
    let server =
        start_with(|c, _| c.body_read_timeout = std::time::Duration::from_millis(300)).await;
    let head = format!(
        "POST /api/session/child HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
         {}: {}\r\nContent-Length: 100\r\n\r\n{{\"username\": ",
        CSRF.0, CSRF.1
    );
    let answer = answer_to_a_stalled_request(&server, &head).await;
    assert!(
        answer.starts_with("HTTP/1.1 4"),
        "answered as a client's mistake: {answer}"
    );
}

#[tokio::test]
async fn connections_beyond_the_cap_wait_for_a_free_one() {
    let server = start_with(|c, _| c.max_connections = 2).await;
    let addr = server.base.trim_start_matches("http://").to_string();
    let idle = [
        tokio::net::TcpStream::connect(&addr).await.unwrap(),
        tokio::net::TcpStream::connect(&addr).await.unwrap(),
    ];
    let waiting = tokio::spawn({
        let url = server.url("/api/health");
        async move { client().get(url).send().await.unwrap().status() }
    });
    // Accepted by the kernel, not served: both places are taken.
    let r = client()
        .get(server.url("/api/health"))
        .timeout(std::time::Duration::from_millis(500))
        .send()
        .await;
    assert!(
        r.is_err(),
        "a third connection was served while two were open"
    );
    assert!(!waiting.is_finished());
    drop(idle);
    assert_eq!(waiting.await.unwrap(), StatusCode::OK);
}
