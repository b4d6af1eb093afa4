//! Signing in, activating, throttling, and the life of a session.

mod common;

use common::{client, error_code, get_with_token, session_token, start, start_with, Who};
use reqwest::StatusCode;
use serde_json::{json, Value};
use std::time::Duration;

fn child(username: &str, passphrase: &str) -> Value {
    json!({ "username": username, "passphrase": passphrase })
}

fn staff(email: &str, password: &str) -> Value {
    json!({ "email": email, "password": password })
}

#[tokio::test]
async fn staff_and_children_sign_in_and_see_who_they_are() {
    let server = start().await;
    let c = client();
    let r = server
        .post(
            &c,
            "/api/session/staff",
            staff(" Priya@Example.org ", "officer-demo-pass"),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let cookie = r.headers()["set-cookie"].to_str().unwrap().to_string();
    for attribute in ["HttpOnly", "SameSite=Strict", "Path=/"] {
        assert!(cookie.contains(attribute), "{cookie}");
    }
    assert!(
        !cookie.contains("Secure"),
        "plain HTTP without the setting: {cookie}"
    );
    let me: Value = r.json().await.unwrap();
    assert_eq!(me["role"], "reviewing_officer");
    assert_eq!(me["display_name"], "Priya Shah");
    assert_eq!(me["child_id"], Value::Null);
    assert_eq!(me["idle_timeout_secs"], 1800);

    let c = client();
    let r = server
        .post(&c, "/api/session/child", child("Sam", "sunny-river-42"))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let me: Value = server.get(&c, "/api/me").await.json().await.unwrap();
    assert_eq!(me["role"], "child");
    assert_eq!(me["display_name"], "Sam Taylor");
    assert!(me["child_id"].is_i64());
}

#[tokio::test]
async fn a_child_cannot_use_the_staff_door_and_staff_cannot_use_the_childrens() {
    let server = start().await;
    let c = client();
    let r = server
        .post(
            &c,
            "/api/session/child",
            child("priya@example.org", "officer-demo-pass"),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let r = server
        .post(&c, "/api/session/staff", staff("sam", "sunny-river-42"))
        .await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn wrong_passphrase_and_unknown_name_get_the_same_answer() {
    let server = start().await;
    let c = client();
    let wrong = server
        .post(&c, "/api/session/child", child("sam", "sunny-river-43"))
        .await;
    let unknown = server
        .post(&c, "/api/session/child", child("nobody", "sunny-river-42"))
        .await;
    let wrong_staff = server
        .post(
            &c,
            "/api/session/staff",
            staff("tom@example.org", "nope-nope"),
        )
        .await;
    let unknown_staff = server
        .post(
            &c,
            "/api/session/staff",
            staff("ghost@example.org", "nope-nope"),
        )
        .await;
    for r in [wrong, unknown, wrong_staff, unknown_staff] {
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
        assert!(session_token(r.headers()).is_none());
        let body: Value = r.json().await.unwrap();
        assert_eq!(body, json!({ "code": "wrong_details" }));
    }
}

#[tokio::test]
async fn empty_fields_are_named() {
    let server = start().await;
    let r = server
        .post(&client(), "/api/session/child", child("  ", ""))
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["code"], "invalid_input");
    assert_eq!(
        body["fields"],
        json!([{ "field": "username", "code": "required" }, { "field": "passphrase", "code": "required" }])
    );
}

#[tokio::test]
async fn activation_with_a_one_time_code() {
    let server = start().await;
    let c = client();
    let activate = |code: &str, passphrase: &str| json!({ "username": "ruby", "code": code, "passphrase": passphrase });

    let r = server
        .post(&c, "/api/session/child", child("ruby", "anything-at-all"))
        .await;
    assert_eq!(
        (r.status(), error_code(r).await.as_str()),
        (StatusCode::UNAUTHORIZED, "needs_activation")
    );

    let r = server
        .post(
            &c,
            "/api/session/activate",
            activate("RUBY-0000", "purple-otter-55"),
        )
        .await;
    assert_eq!(
        (r.status(), error_code(r).await.as_str()),
        (StatusCode::UNAUTHORIZED, "bad_activation_code")
    );

    let r = server
        .post(&c, "/api/session/activate", activate("RUBY-2468", "short"))
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = r.json().await.unwrap();
    assert_eq!(
        body["fields"],
        json!([{ "field": "passphrase", "code": "passphrase_too_short" }])
    );

    let r = server
        .post(&c, "/api/session/activate", activate("", ""))
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["fields"].as_array().unwrap().len(), 2, "{body}");

    // Typed in lower case with spaces: still the code.
    let r = server
        .post(
            &c,
            "/api/session/activate",
            activate(" ruby-2468 ", "purple-otter-55"),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let me: Value = r.json().await.unwrap();
    assert_eq!(me["display_name"], "Ruby Khan");
    assert_eq!(
        server.get(&c, "/api/me").await.status(),
        StatusCode::OK,
        "activation signs in"
    );

    let r = server
        .post(
            &client(),
            "/api/session/activate",
            activate("RUBY-2468", "another-passphrase"),
        )
        .await;
    assert_eq!(
        (r.status(), error_code(r).await.as_str()),
        (StatusCode::UNAUTHORIZED, "bad_activation_code")
    );

    let r = server
        .post(
            &client(),
            "/api/session/child",
            child("ruby", "purple-otter-55"),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK, "the chosen passphrase works");
    let r = server
        .post(
            &client(),
            "/api/session/child",
            child("ruby", "another-passphrase"),
        )
        .await;
    assert_eq!(
        r.status(),
        StatusCode::UNAUTHORIZED,
        "the reused code changed nothing"
    );
}

#[tokio::test]
async fn five_failures_lock_the_account_even_against_the_right_passphrase() {
    let server = start().await;
    let c = client();
    for _ in 0..5 {
        let r = server
            .post(&c, "/api/session/child", child("sam", "guess-guess"))
            .await;
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    }
    let r = server
        .post(&c, "/api/session/child", child("sam", "guess-guess"))
        .await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry_header: u64 = r.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["code"], "too_many_tries");
    let retry = body["retry_after_secs"].as_u64().unwrap();
    assert!((290..=300).contains(&retry), "{retry}");
    assert_eq!(retry, retry_header);

    let r = server
        .post(&c, "/api/session/child", child("sam", "sunny-river-42"))
        .await;
    assert_eq!(
        r.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "the right passphrase is refused too"
    );
    assert!(session_token(r.headers()).is_none());

    // Other accounts from the same address are unaffected.
    let r = server
        .post(&c, "/api/session/child", child("leah", "quiet-forest-17"))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_success_clears_the_accounts_failures() {
    let server = start().await;
    let c = client();
    for _ in 0..4 {
        server
            .post(
                &c,
                "/api/session/staff",
                staff("tom@example.org", "wrong-pass"),
            )
            .await;
    }
    let r = server
        .post(
            &c,
            "/api/session/staff",
            staff("tom@example.org", "officer-demo-pass"),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    for _ in 0..4 {
        let r = server
            .post(
                &c,
                "/api/session/staff",
                staff("tom@example.org", "wrong-pass"),
            )
            .await;
        assert_eq!(
            r.status(),
            StatusCode::UNAUTHORIZED,
            "the count started again"
        );
    }
}

#[tokio::test]
async fn twenty_failures_from_one_address_lock_that_address() {
    let server = start().await;
    let c = client();
    for i in 0..20 {
        let r = server
            .post(
                &c,
                "/api/session/child",
                child(&format!("guess{i}"), "guess-guess"),
            )
            .await;
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED, "try {i}");
    }
    let r = server
        .post(&c, "/api/session/child", child("sam", "sunny-river-42"))
        .await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    let body: Value = r.json().await.unwrap();
    assert!(body["retry_after_secs"].as_u64().unwrap() > 0);
    let r = server
        .post(
            &c,
            "/api/session/staff",
            staff("manager@example.org", "manager-demo-pass"),
        )
        .await;
    assert_eq!(
        r.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "staff sign-in from that address too"
    );
}

#[tokio::test]
async fn guessing_activation_codes_is_throttled() {
    let server = start().await;
    let c = client();
    for _ in 0..5 {
        let r = server
            .post(
                &c,
                "/api/session/activate",
                json!({ "username": "ruby", "code": "RUBY-1111", "passphrase": "purple-otter-55" }),
            )
            .await;
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    }
    let r = server
        .post(
            &c,
            "/api/session/activate",
            json!({ "username": "ruby", "code": "RUBY-2468", "passphrase": "purple-otter-55" }),
        )
        .await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn every_sign_in_gets_a_new_session_and_ends_the_old_one() {
    let server = start().await;
    let c = client();
    let first = server
        .post(&c, "/api/session/child", child("sam", "sunny-river-42"))
        .await;
    let first = session_token(first.headers()).unwrap();
    let second = server
        .post(&c, "/api/session/child", child("sam", "sunny-river-42"))
        .await;
    let second = session_token(second.headers()).unwrap();
    assert_ne!(first, second);
    assert_eq!(first.len(), 43, "32 random bytes, base64url");
    assert_eq!(
        get_with_token(&server, "/api/me", &first).await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        get_with_token(&server, "/api/me", &second).await.status(),
        StatusCode::OK
    );

    // A token the server never issued is not adopted at sign-in.
    let planted = "planted-token-planted-token-planted-token-x";
    let r = reqwest::Client::new()
        .post(server.url("/api/session/child"))
        .header(common::CSRF.0, common::CSRF.1)
        .header(
            "cookie",
            format!("{}={planted}", domain::api::SESSION_COOKIE),
        )
        .json(&child("sam", "sunny-river-42"))
        .send()
        .await
        .unwrap();
    assert_ne!(session_token(r.headers()).unwrap(), planted);
    assert_eq!(
        get_with_token(&server, "/api/me", planted).await.status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn signing_out_ends_the_session_and_clears_the_browser() {
    let server = start().await;
    let c = client();
    let r = server
        .post(
            &c,
            "/api/session/staff",
            staff("manager@example.org", "manager-demo-pass"),
        )
        .await;
    let token = session_token(r.headers()).unwrap();

    let r = server.delete(&c, "/api/session").await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        r.headers()["clear-site-data"],
        "\"cache\", \"cookies\", \"storage\""
    );
    let removal = r.headers()["set-cookie"].to_str().unwrap();
    assert!(
        removal.starts_with(&format!("{}=;", domain::api::SESSION_COOKIE)),
        "{removal}"
    );
    assert!(removal.contains("Max-Age=0"), "{removal}");

    let r = server.get(&c, "/api/me").await;
    assert_eq!(
        (r.status(), error_code(r).await.as_str()),
        (StatusCode::UNAUTHORIZED, "not_signed_in")
    );
    let r = get_with_token(&server, "/api/children", &token).await;
    assert_eq!(
        r.status(),
        StatusCode::UNAUTHORIZED,
        "the old cookie no longer works"
    );
}

#[tokio::test]
async fn an_idle_session_times_out() {
    let server = start_with(|c, _| c.idle_timeout = Duration::from_secs(1)).await;
    let c = server.signed_in(Who::Jay).await;
    let me: Value = server.get(&c, "/api/me").await.json().await.unwrap();
    assert_eq!(me["idle_timeout_secs"], 1);
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert_eq!(
        server.get(&c, "/api/me").await.status(),
        StatusCode::OK,
        "use keeps it alive"
    );
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let r = server.get(&c, "/api/me").await;
    assert_eq!(
        (r.status(), error_code(r).await.as_str()),
        (StatusCode::UNAUTHORIZED, "not_signed_in")
    );
}

#[tokio::test]
async fn a_session_ends_at_its_absolute_lifetime_however_busy() {
    let server = start_with(|c, _| c.session_max = Duration::from_secs(2)).await;
    let c = server.signed_in(Who::Carer).await;
    for _ in 0..3 {
        assert_eq!(server.get(&c, "/api/me").await.status(), StatusCode::OK);
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    tokio::time::sleep(Duration::from_millis(1000)).await;
    assert_eq!(
        server.get(&c, "/api/me").await.status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn the_cookie_is_secure_behind_https_or_when_configured() {
    let server = start().await;
    let r = client()
        .post(server.url("/api/session/child"))
        .header(common::CSRF.0, common::CSRF.1)
        .header("x-forwarded-proto", "https")
        .json(&child("sam", "sunny-river-42"))
        .send()
        .await
        .unwrap();
    assert!(r.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .contains("Secure"));

    let server = start_with(|c, _| c.secure_cookies = true).await;
    let r = server
        .post(
            &client(),
            "/api/session/child",
            child("sam", "sunny-river-42"),
        )
        .await;
    assert!(r.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .contains("Secure"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_burst_of_simultaneous_guesses_gets_no_more_than_five() {
    let server = start().await;
    let mut burst = tokio::task::JoinSet::new();
    for i in 0..12 {
        let request = client()
            .post(server.url("/api/session/child"))
            .header(common::CSRF.0, common::CSRF.1)
            .json(&child("sam", &format!("guess-{i:02}")));
        burst.spawn(async move { request.send().await.unwrap().status() });
    }
    let statuses = burst.join_all().await;
    let checked = statuses
        .iter()
        .filter(|s| **s == StatusCode::UNAUTHORIZED)
        .count();
    let refused = statuses
        .iter()
        .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert_eq!(checked + refused, 12, "{statuses:?}");
    assert!(checked <= 5, "{checked} guesses were checked: {statuses:?}");
}
