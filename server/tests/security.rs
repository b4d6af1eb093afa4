//! Cross-site request forgery, security headers, errors, and serving the front end.

mod common;

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
        json!({ "officer_title": "IRO", "council_name": "Northshire" })
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

    let r = server.get(&c, "/").await;
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
