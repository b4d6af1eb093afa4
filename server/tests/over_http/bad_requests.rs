//! Requests the API turns down before any feature sees them still get the
//! API's JSON error body, with the right status.

use crate::common;

use common::{error_code, start, Who, CSRF};
use reqwest::header::{ALLOW, CONTENT_TYPE};
use reqwest::Method;

#[tokio::test]
async fn a_body_over_the_limit_is_a_413_with_a_json_error() {
    let server = start().await;
    let client = common::client();
    let passphrase = "x".repeat(10 * 1024 * 1024);
    // 10 MB to every route that reads a body.
    for path in [
        "/api/session/child",
        "/api/session/staff",
        "/api/session/activate",
    ] {
        let body = serde_json::json!({ "username": "sam", "passphrase": passphrase });
        let r = server.post(&client, path, body).await;
        assert_eq!(r.status(), 413, "{path}");
        assert_eq!(error_code(r).await, "too_large", "{path}");
    }

    // Just over 16 KB is too large; a body of ordinary size is read as usual.
    let just_over = serde_json::json!({ "username": "sam", "passphrase": "x".repeat(16 * 1024) });
    let r = server.post(&client, "/api/session/child", just_over).await;
    assert_eq!(r.status(), 413);
    let ordinary = serde_json::json!({ "username": "sam", "passphrase": "not-her-passphrase" });
    let r = server.post(&client, "/api/session/child", ordinary).await;
    assert_eq!(r.status(), 401);
}

#[tokio::test]
async fn a_wrong_method_on_a_known_path_is_a_405_with_allow_and_a_json_error() {
    let server = start().await;
    // Signed in, so a 405 is not hiding behind a 401.
    let client = server.signed_in(Who::Manager).await;
    let routes = server::api_routes();
    for (_, path) in &routes {
        let allowed: Vec<String> = routes
            .iter()
            .filter(|(_, p)| p == path)
            .map(|(m, _)| m.to_string())
            .collect();
        let concrete = path.replace("{id}", "1");
        for method in [Method::PUT, Method::PATCH, Method::POST, Method::DELETE] {
            if allowed.contains(&method.to_string()) {
                continue;
            }
            let r = client
                .request(method.clone(), server.url(&concrete))
                .header(CSRF.0, CSRF.1)
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 405, "{method} {path}");
            let allow = r.headers()[ALLOW].to_str().unwrap().to_string();
            for m in &allowed {
                assert!(allow.contains(m.as_str()), "{method} {path}: Allow {allow}");
            }
            assert!(r.headers()[CONTENT_TYPE]
                .to_str()
                .unwrap()
                .starts_with("application/json"));
            assert_eq!(error_code(r).await, "method_not_allowed", "{method} {path}");
        }
    }
}
