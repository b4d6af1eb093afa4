//! Signing in, activating, throttling, and the life of a session.

use crate::common;

use common::{
    audit_rows, client, client_from, error_code, get_with_token, session_token, start, start_with,
    Who,
};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};
use server::Clock;
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
        cookie.starts_with("mysay_session=") && !cookie.contains("Secure"),
        "plain HTTP on loopback: {cookie}"
    );
    assert!(r.headers().get("strict-transport-security").is_none());
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

    // Before activating, signing in is simply wrong (see
    // `not_activated_and_unknown_names_answer_alike`).
    let r = server
        .post(&c, "/api/session/child", child("ruby", "anything-at-all"))
        .await;
    assert_eq!(
        (r.status(), error_code(r).await.as_str()),
        (StatusCode::UNAUTHORIZED, "wrong_details")
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

    // Typed in lower case with spaces and no hyphen: still the code.
    let r = server
        .post(
            &c,
            "/api/session/activate",
            activate(" ruby 2468 ", "purple-otter-55"),
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
            format!("{}={planted}", domain::api::SESSION_COOKIE_PLAIN_HTTP),
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
        removal.starts_with(&format!("{}=;", domain::api::SESSION_COOKIE_PLAIN_HTTP)),
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
    let clock = Clock::fixed_on(chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap());
    let server = start_with(|c, _| {
        c.idle_timeout = Duration::from_secs(60);
        c.clock = clock.clone();
    })
    .await;
    let c = server.signed_in(Who::Jay).await;
    let me: Value = server.get(&c, "/api/me").await.json().await.unwrap();
    assert_eq!(me["idle_timeout_secs"], 60);
    clock.advance(Duration::from_secs(50));
    assert_eq!(
        server.get(&c, "/api/me").await.status(),
        StatusCode::OK,
        "use keeps it alive"
    );
    clock.advance(Duration::from_secs(50));
    assert_eq!(
        server.get(&c, "/api/me").await.status(),
        StatusCode::OK,
        "60 s from the last use, not from signing in"
    );
    clock.advance(Duration::from_secs(61));
    let r = server.get(&c, "/api/me").await;
    assert_eq!(
        (r.status(), error_code(r).await.as_str()),
        (StatusCode::UNAUTHORIZED, "not_signed_in")
    );
}

#[tokio::test]
async fn a_session_ends_at_its_absolute_lifetime_however_busy() {
    let clock = Clock::fixed_on(chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap());
    let server = start_with(|c, _| {
        c.session_max = Duration::from_secs(120);
        c.clock = clock.clone();
    })
    .await;
    let c = server.signed_in(Who::Carer).await;
    for _ in 0..4 {
        assert_eq!(server.get(&c, "/api/me").await.status(), StatusCode::OK);
        clock.advance(Duration::from_secs(25));
    }
    clock.advance(Duration::from_secs(25));
    assert_eq!(
        server.get(&c, "/api/me").await.status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn the_cookie_is_secure_and_host_only_unless_on_plain_loopback() {
    let sign_in = |server: &common::TestServer, forwarded: bool| {
        let request = client()
            .post(server.url("/api/session/child"))
            .header(common::CSRF.0, common::CSRF.1)
            .json(&child("sam", "sunny-river-42"));
        if forwarded {
            request.header("x-forwarded-proto", "https")
        } else {
            request
        }
        .send()
    };
    let is_secure = |r: &reqwest::Response| {
        let cookie = r.headers()["set-cookie"].to_str().unwrap();
        let secure = cookie.starts_with("__Host-mysay_session=")
            && cookie.contains("; Secure")
            && cookie.contains("Path=/")
            && !cookie.contains("Domain");
        let hsts = r
            .headers()
            .get("strict-transport-security")
            .is_some_and(|v| v.to_str().unwrap().starts_with("max-age="));
        assert_eq!(
            secure, hsts,
            "HSTS exactly when the cookie is Secure: {cookie}"
        );
        secure
    };

    // An untrusted peer cannot claim HTTPS.
    let server = start().await;
    let r = sign_in(&server, true).await.unwrap();
    assert!(!is_secure(&r));

    // A trusted proxy can.
    let proxied =
        start_with(|c, _| c.trusted_proxies = vec!["127.0.0.1/32".parse().unwrap()]).await;
    let r = sign_in(&proxied, true).await.unwrap();
    assert!(is_secure(&r));
    let r = sign_in(&proxied, false).await.unwrap();
    assert!(!is_secure(&r), "the proxy said nothing of HTTPS");

    // Listening anywhere but loopback (or told to): Secure, and the session
    // is read only from the prefixed cookie.
    let secure = start_with(|c, _| c.secure_cookies = Some(true)).await;
    let r = sign_in(&secure, false).await.unwrap();
    assert!(is_secure(&r));
    let token = common::session_token(r.headers()).unwrap();
    let with_cookie = |name: &str| {
        Client::new()
            .get(secure.url("/api/me"))
            .header("cookie", format!("{name}={token}"))
            .send()
    };
    assert_eq!(
        with_cookie(domain::api::SESSION_COOKIE)
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        with_cookie(domain::api::SESSION_COOKIE_PLAIN_HTTP)
            .await
            .unwrap()
            .status(),
        StatusCode::UNAUTHORIZED,
        "an unprefixed cookie could have been planted"
    );
    let health = client()
        .get(secure.url("/api/health"))
        .send()
        .await
        .unwrap();
    assert!(health.headers().contains_key("strict-transport-security"));
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

fn fixed_clock() -> Clock {
    Clock::fixed_on(chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap())
}

#[tokio::test]
async fn one_address_guessing_does_not_lock_the_child_out_from_another() {
    let server = start().await;
    let guesser = client_from(2);
    for _ in 0..5 {
        let r = server
            .post(&guesser, "/api/session/child", child("leah", "guess-guess"))
            .await;
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    }
    let r = server
        .post(
            &guesser,
            "/api/session/child",
            child("leah", "quiet-forest-17"),
        )
        .await;
    assert_eq!(
        r.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "the guesser's address must wait, even with the right passphrase"
    );

    let leah = client_from(3);
    let r = server
        .post(
            &leah,
            "/api/session/child",
            child("Leah", "quiet-forest-17"),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK, "Leah, from her own address");
    let r = server
        .post(&guesser, "/api/session/child", child("leah", "guess-guess"))
        .await;
    assert_eq!(
        r.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "her success does not forgive the guesser"
    );
}

#[tokio::test]
async fn guesses_from_many_addresses_slow_an_account_down_without_locking_it() {
    let clock = fixed_clock();
    let server = start_with(|c, _| c.clock = clock.clone()).await;
    // Ten addresses, one guess each: the account's free allowance.
    for n in 2..12 {
        let r = server
            .post(
                &client_from(n),
                "/api/session/child",
                child("sam", "guess-guess"),
            )
            .await;
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED, "address {n}");
    }
    // Now tries at sam are spaced out, the gap doubling.
    let r = server
        .post(
            &client_from(20),
            "/api/session/child",
            child("sam", "guess-guess"),
        )
        .await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["retry_after_secs"], 1);
    clock.advance(Duration::from_secs(1));
    let r = server
        .post(
            &client_from(20),
            "/api/session/child",
            child("sam", "guess-guess"),
        )
        .await;
    assert_eq!(
        r.status(),
        StatusCode::UNAUTHORIZED,
        "one more guess after the gap"
    );
    let r = server
        .post(
            &client_from(21),
            "/api/session/child",
            child("sam", "sunny-river-42"),
        )
        .await;
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["retry_after_secs"], 2, "the gap doubled");
    // Other accounts are untouched, and Sam gets in after a short wait.
    let r = server
        .post(
            &client_from(21),
            "/api/session/child",
            child("leah", "quiet-forest-17"),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    clock.advance(Duration::from_secs(2));
    let r = server
        .post(
            &client_from(21),
            "/api/session/child",
            child("sam", "sunny-river-42"),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK, "slowed down, never locked out");
}

#[tokio::test]
async fn not_activated_and_unknown_names_answer_alike() {
    let server = start().await;
    let mut not_activated = Vec::new();
    let mut unknown = Vec::new();
    for _ in 0..5 {
        let c = client_from(2);
        let started = std::time::Instant::now();
        let r = server
            .post(&c, "/api/session/child", child("ruby", "purple-otter-55"))
            .await;
        not_activated.push(started.elapsed());
        let ruby = (
            r.status(),
            r.headers().get("set-cookie").is_some(),
            r.text().await.unwrap(),
        );

        let started = std::time::Instant::now();
        let r = server
            .post(&c, "/api/session/child", child("rubie", "purple-otter-55"))
            .await;
        unknown.push(started.elapsed());
        let nobody = (
            r.status(),
            r.headers().get("set-cookie").is_some(),
            r.text().await.unwrap(),
        );
        assert_eq!(ruby, nobody);
        assert_eq!(
            ruby,
            (
                StatusCode::UNAUTHORIZED,
                false,
                r#"{"code":"wrong_details"}"#.to_string()
            )
        );
    }
    // Both do a full hash: neither answers in a fraction of the other's time.
    not_activated.sort();
    unknown.sort();
    let (a, u) = (not_activated[2].as_secs_f64(), unknown[2].as_secs_f64());
    assert!(a > u / 3.0 && u > a / 3.0, "medians {a:.3}s and {u:.3}s");

    // And each counted as a try: the sixth at either is refused.
    for name in ["ruby", "rubie"] {
        let r = server
            .post(
                &client_from(2),
                "/api/session/child",
                child(name, "purple-otter-55"),
            )
            .await;
        assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS, "{name}");
    }
}

#[tokio::test]
async fn a_common_passphrase_is_refused_at_activation() {
    let server = start().await;
    let c = client();
    let activate = |passphrase: &str| json!({ "username": "ruby", "code": "RUBY-2468", "passphrase": passphrase });
    for weak in ["password", "password123", "ruby12345", "iloveyou"] {
        let r = server
            .post(&c, "/api/session/activate", activate(weak))
            .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{weak}");
        let body: Value = r.json().await.unwrap();
        assert_eq!(
            body["fields"],
            json!([{ "field": "passphrase", "code": "passphrase_too_weak" }]),
            "{weak}"
        );
    }
    let r = server
        .post(&c, "/api/session/activate", activate("purple-otter-55"))
        .await;
    assert_eq!(
        r.status(),
        StatusCode::OK,
        "the code still works after a refused passphrase"
    );
}

#[tokio::test]
async fn an_activation_code_stops_working_after_ten_wrong_tries() {
    let clock = fixed_clock();
    let server = start_with(|c, _| c.clock = clock.clone()).await;
    let activate =
        |code: &str| json!({ "username": "ruby", "code": code, "passphrase": "purple-otter-55" });
    // From ten addresses, slowly, so no throttle stands in the way.
    for n in 2..12 {
        let r = server
            .post(
                &client_from(n),
                "/api/session/activate",
                activate("RUBY-0000"),
            )
            .await;
        assert_eq!(
            (r.status(), error_code(r).await.as_str()),
            (StatusCode::UNAUTHORIZED, "bad_activation_code")
        );
        clock.advance(Duration::from_secs(60));
    }
    let r = server
        .post(
            &client_from(12),
            "/api/session/activate",
            activate("RUBY-2468"),
        )
        .await;
    assert_eq!(
        (r.status(), error_code(r).await.as_str()),
        (StatusCode::UNAUTHORIZED, "bad_activation_code"),
        "the right code, too late"
    );
}

#[tokio::test]
async fn names_and_emails_are_capped_at_254_characters() {
    let server = start().await;
    let long_email = format!("{}@example.org", "a".repeat(243));
    let r = server
        .post(&client(), "/api/session/staff", staff(&long_email, "pw"))
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = r.json().await.unwrap();
    assert_eq!(
        body["fields"],
        json!([{ "field": "email", "code": "too_long" }])
    );
    // A passphrase is taken as typed: spaces are not "empty".
    let r = server
        .post(&client(), "/api/session/child", child("sam", "   "))
        .await;
    assert_eq!(error_code(r).await, "wrong_details");
}

#[tokio::test]
async fn sign_ins_are_audited_without_secrets() {
    let server = start().await;
    let c = client_from(7);
    server
        .post(&c, "/api/session/child", child("sam", "sunny-river-43"))
        .await;
    // A "username" that may be a passphrase typed in the wrong box.
    server
        .post(&c, "/api/session/child", child("sunny-river-42", "sam"))
        .await;
    let ok = server
        .post(&c, "/api/session/child", child("sam", "sunny-river-42"))
        .await;
    let me: Value = ok.json().await.unwrap();
    let rows = audit_rows(&server).await;
    let sign_ins: Vec<_> = rows
        .iter()
        .filter(|r| r.event.starts_with("sign_in"))
        .map(|r| {
            (
                r.event.as_str(),
                r.actor_user_id,
                r.detail.as_deref(),
                r.client.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        sign_ins[..3],
        [
            (
                "sign_in_succeeded",
                me["user_id"].as_i64(),
                Some("child:sam"),
                Some("127.0.0.7")
            ),
            ("sign_in_failed", None, None, Some("127.0.0.7")),
            ("sign_in_failed", None, Some("child:sam"), Some("127.0.0.7")),
        ]
    );
    for row in &rows {
        let text = format!("{row:?}");
        assert!(!text.contains("sunny-river"), "{text}");
    }
}

#[tokio::test]
async fn a_flood_of_sign_ins_is_queued_then_turned_away_with_503() {
    let server = start_with(|c, _| {
        c.hashes_at_once = 1;
        c.hash_queue = 1;
    })
    .await;
    let mut flood = tokio::task::JoinSet::new();
    for i in 0..24u8 {
        let request = client_from(10 + i)
            .post(server.url("/api/session/child"))
            .header(common::CSRF.0, common::CSRF.1)
            .json(&child(&format!("someone{i}"), "guess-guess"));
        flood.spawn(async move { request.send().await.unwrap() });
    }
    let mut busy = 0;
    let mut checked = 0;
    for r in flood.join_all().await {
        match r.status() {
            StatusCode::UNAUTHORIZED => checked += 1,
            StatusCode::SERVICE_UNAVAILABLE => {
                assert_eq!(r.headers()["retry-after"], "1");
                let body: Value = r.json().await.unwrap();
                assert_eq!(body, json!({ "code": "busy", "retry_after_secs": 1 }));
                busy += 1;
            }
            other => panic!("unexpected {other}"),
        }
    }
    assert!(checked >= 1 && busy > 0, "{checked} checked, {busy} busy");
    // A turned-away try is not a guess: the same address can go on.
    let r = server
        .post(
            &client_from(10),
            "/api/session/child",
            child("sam", "sunny-river-42"),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_guesser_elsewhere_cannot_slow_a_child_down_where_she_has_signed_in_before() {
    let clock = fixed_clock();
    let server = start_with(|c, _| c.clock = clock.clone()).await;
    let r = server
        .post(
            &client_from(3),
            "/api/session/child",
            child("leah", "quiet-forest-17"),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK, "Leah signs in at home");
    // Someone guesses from twenty other addresses, past the account's free
    // allowance, so tries at her account are now spaced out.
    for n in 10..30 {
        let r = server
            .post(
                &client_from(n),
                "/api/session/child",
                child("leah", "guess-guess"),
            )
            .await;
        assert_ne!(r.status(), StatusCode::OK);
    }
    let r = server
        .post(
            &client_from(40),
            "/api/session/child",
            child("leah", "quiet-forest-17"),
        )
        .await;
    assert_eq!(
        r.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "a new address waits its turn"
    );
    let r = server
        .post(
            &client_from(3),
            "/api/session/child",
            child("leah", "quiet-forest-17"),
        )
        .await;
    assert_eq!(
        r.status(),
        StatusCode::OK,
        "at home, where she signed in before, she is let straight in"
    );
    // A flood of refused tries from one address writes one row a minute.
    for _ in 0..5 {
        let r = server
            .post(
                &client_from(40),
                "/api/session/child",
                child("leah", "guess-guess"),
            )
            .await;
        assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    }
    let from_40 = common::audit_rows(&server)
        .await
        .into_iter()
        .filter(|row| row.event == "sign_in_throttled")
        .filter(|row| row.client.as_deref() == Some("127.0.0.40"))
        .count();
    assert_eq!(from_40, 1, "one throttled row for six refused tries");
}
