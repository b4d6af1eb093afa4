//! The sign-in forms as pages: signing in sends the browser on with a
//! session; a wrong passphrase brings the page back with the problem and
//! the username, never the passphrase; after signing in the browser goes
//! only to a path of this site; and a form without this browser's token
//! tries nothing.

use crate::common;

use common::pages::{browser, field};
use common::{audit_rows, start, TestServer};
use reqwest::{Client, StatusCode};

async fn open_form(server: &TestServer, browser: &Client, path: &str) -> String {
    let r = browser.get(server.url(path)).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["cache-control"], "no-store");
    r.text().await.unwrap()
}

async fn post_form(
    server: &TestServer,
    browser: &Client,
    path: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    browser
        .post(server.url(path))
        .form(form)
        .send()
        .await
        .unwrap()
}

async fn signed_in_as(server: &TestServer, browser: &Client) -> Option<String> {
    let r = browser.get(server.url("/api/me")).send().await.unwrap();
    if r.status() != StatusCode::OK {
        return None;
    }
    let me: serde_json::Value = r.json().await.unwrap();
    me["display_name"].as_str().map(str::to_owned)
}

fn sam() -> (String, String) {
    let people = server::demo::people().unwrap();
    let child = people.children.iter().find(|c| c.key == "sam").unwrap();
    match child.sign_in.as_ref().unwrap() {
        server::demo::ChildSignIn::Passphrase {
            username,
            passphrase,
        } => (username.clone(), passphrase.clone()),
        _ => panic!("Sam signs in with a passphrase"),
    }
}

#[tokio::test]
async fn a_child_signs_in_with_the_form_and_is_sent_home() {
    let server = start().await;
    let browser = browser();
    let page = open_form(&server, &browser, "/sign-in").await;
    assert!(page.contains("<h1>Sign in to My Say</h1>"), "{page}");
    let token = field(&page, "form_token");
    let (username, passphrase) = sam();

    let r = post_form(
        &server,
        &browser,
        "/sign-in",
        &[
            ("form_token", &token),
            ("username", &format!("  {username} ")),
            ("passphrase", &passphrase),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(r.headers()["location"], "/");
    assert_eq!(
        signed_in_as(&server, &browser).await.as_deref(),
        Some("Sam Taylor")
    );
}

#[tokio::test]
async fn a_wrong_passphrase_brings_the_form_back_with_the_username_and_not_the_passphrase() {
    let server = start().await;
    let browser = browser();
    let page = open_form(&server, &browser, "/sign-in").await;
    let token = field(&page, "form_token");
    let wrong = "not-my-passphrase-at-all";

    let r = post_form(
        &server,
        &browser,
        "/sign-in",
        &[
            ("form_token", &token),
            ("username", &sam().0),
            ("passphrase", wrong),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let page = r.text().await.unwrap();
    assert!(page.contains("There is a problem"), "{page}");
    assert!(page.contains("<title>Error: Sign in to My Say"), "{page}");
    assert!(page.contains("username or passphrase is not right"));
    assert!(page.contains(r#"value="sam""#));
    assert!(!page.contains(wrong), "the passphrase is never sent back");
    assert_eq!(signed_in_as(&server, &browser).await, None);
    // Counted as a try, as the API counts it.
    let failed = audit_rows(&server)
        .await
        .into_iter()
        .filter(|row| row.event == "sign_in_failed")
        .count();
    assert_eq!(failed, 1);
}

#[tokio::test]
async fn empty_boxes_are_named_and_cost_no_try() {
    let server = start().await;
    let browser = browser();
    let page = open_form(&server, &browser, "/sign-in").await;
    let token = field(&page, "form_token");
    let r = post_form(&server, &browser, "/sign-in", &[("form_token", &token)]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = r.text().await.unwrap();
    assert!(
        page.contains(r##"<a href="#username">Enter your username</a>"##),
        "{page}"
    );
    assert!(page.contains(r##"<a href="#passphrase">Enter your passphrase</a>"##));
    assert!(audit_rows(&server)
        .await
        .iter()
        .all(|row| row.event != "sign_in_failed"));
}

#[tokio::test]
async fn after_signing_in_the_browser_goes_only_to_a_path_of_this_site() {
    let server = start().await;
    let (username, passphrase) = sam();
    for (next, to) in [
        ("/my-views", "/my-views"),
        ("//evil.example/", "/"),
        ("https://evil.example/", "/"),
        ("/\\evil.example", "/"),
    ] {
        let browser = browser();
        let page = open_form(&server, &browser, "/sign-in?reason=timed-out").await;
        assert!(page.contains("We signed you out to keep your information safe"));
        let token = field(&page, "form_token");
        let r = post_form(
            &server,
            &browser,
            "/sign-in",
            &[
                ("form_token", &token),
                ("username", &username),
                ("passphrase", &passphrase),
                ("next", next),
            ],
        )
        .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{next}");
        assert_eq!(r.headers()["location"], to, "{next}");
    }
}

#[tokio::test]
async fn a_form_without_this_browsers_token_tries_nothing() {
    let server = start().await;
    let (username, passphrase) = sam();
    // Another site's page posting the right details into this browser.
    let browser = browser();
    open_form(&server, &browser, "/sign-in").await;
    let r = post_form(
        &server,
        &browser,
        "/sign-in",
        &[
            ("form_token", "made-up-by-another-site-0000000000000000"),
            ("username", &username),
            ("passphrase", &passphrase),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert!(r.text().await.unwrap().contains("Try again now"));
    assert_eq!(signed_in_as(&server, &browser).await, None);
}

#[tokio::test]
async fn staff_sign_in_and_the_first_sign_in_with_a_code_are_forms_too() {
    let server = start().await;
    let people = server::demo::people().unwrap();
    let priya = people.adults.iter().find(|a| a.key == "priya").unwrap();
    let browser = browser();
    let page = open_form(&server, &browser, "/sign-in/staff").await;
    assert!(!page.contains("Leave this page"), "no quick exit for staff");
    let token = field(&page, "form_token");
    let r = post_form(
        &server,
        &browser,
        "/sign-in/staff",
        &[
            ("form_token", &token),
            ("email", &priya.email),
            ("password", &priya.password),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        signed_in_as(&server, &browser).await.as_deref(),
        Some(priya.name.as_str())
    );

    let ruby = people.children.iter().find(|c| c.key == "ruby").unwrap();
    let Some(server::demo::ChildSignIn::Code { username, code }) = ruby.sign_in.as_ref() else {
        panic!("Ruby has a code");
    };
    let browser = common::pages::browser();
    let page = open_form(&server, &browser, "/activate").await;
    assert!(page.contains("Code from your"), "{page}");
    let token = field(&page, "form_token");
    let short = post_form(
        &server,
        &browser,
        "/activate",
        &[
            ("form_token", &token),
            ("username", username),
            ("code", code),
            ("passphrase", "short"),
        ],
    )
    .await;
    assert_eq!(short.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = short.text().await.unwrap();
    assert!(page.contains("at least 8 characters"), "{page}");
    assert!(
        page.contains(&format!(r#"value="{code}""#)),
        "the code is kept"
    );
    let r = post_form(
        &server,
        &browser,
        "/activate",
        &[
            ("form_token", &token),
            ("username", username),
            ("code", code),
            ("passphrase", "purple-otter-55-lamp"),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        signed_in_as(&server, &browser).await.as_deref(),
        Some("Ruby Khan")
    );
}

#[tokio::test]
async fn pages_come_compressed_and_their_form_token_differs_every_time() {
    let server = start().await;
    let browser = browser();
    let page = open_form(&server, &browser, "/sign-in").await;
    let again = open_form(&server, &browser, "/sign-in").await;
    // The same browser's token, masked afresh in each answer.
    assert_ne!(field(&page, "form_token"), field(&again, "form_token"));

    let r = browser
        .get(server.url("/sign-in"))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["content-encoding"], "gzip");
    // The API's JSON is left alone.
    let r = browser
        .get(server.url("/api/health"))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert!(r.headers().get("content-encoding").is_none());
}
