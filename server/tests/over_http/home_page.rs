//! `/` as a page from the server: a child's home comes from the same
//! officer page as the API; someone not signed in is sent to sign in; and a
//! suggested advocate is answered with the form on the home, by that child
//! only.

use crate::common;

use common::pages::{browser, field, signed_in_browser};
use common::{start, TestServer, Who};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

async fn home(server: &TestServer, browser: &Client, path: &str) -> String {
    let r = browser.get(server.url(path)).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["cache-control"], "no-store");
    r.text().await.unwrap()
}

#[tokio::test]
async fn someone_not_signed_in_is_sent_to_sign_in() {
    let server = start().await;
    let r = browser().get(server.url("/")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(r.headers()["location"], "/sign-in");
}

#[tokio::test]
async fn a_childs_home_says_who_their_officer_is_and_when_the_next_review_is() {
    let server = start().await;
    let sam = signed_in_browser(&server, Who::Sam).await;
    let page = home(&server, &sam, "/").await;
    assert!(page.contains("<h1>Your CISRO</h1>"), "{page}");
    assert!(page.contains("Priya Shah"));
    assert!(page.contains(r#"href="mailto:priya@example.org""#));
    assert!(page.contains("Leah has the same CISRO as you."));
    assert!(page.contains("Signed in as Sam Taylor"));
    // The same date the API gives, in words.
    let me: Value = server.get(&sam, "/api/me").await.json().await.unwrap();
    let officer: Value = server
        .get(&sam, &format!("/api/children/{}/officer", me["child_id"]))
        .await
        .json()
        .await
        .unwrap();
    let due =
        chrono::NaiveDate::parse_from_str(officer["next_review_due"].as_str().unwrap(), "%Y-%m-%d")
            .unwrap();
    let written = due.format("%-d %B %Y").to_string();
    assert!(page.contains(&written), "{written} in {page}");
}

#[tokio::test]
async fn a_child_answers_a_suggested_advocate_on_their_home_and_nobody_else_can() {
    let server = start().await;
    let ids = server.child_ids().await;
    let tom = server.signed_in(Who::Tom).await;
    let path = format!("/api/children/{}/referrals", ids["Jay"]);
    let r = server
        .post(&tom, &path, json!({ "send_id": "home-page-1" }))
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let referral: Value = r.json().await.unwrap();
    let referral_id = referral["referral_id"].as_i64().unwrap().to_string();

    // Sam, with his own page's token, posts Jay's suggestion: nothing kept.
    let sam = signed_in_browser(&server, Who::Sam).await;
    let sams_page = home(&server, &sam, "/").await;
    let r = sam
        .post(server.url("/advocate-offer"))
        .form(&[
            ("form_token", field(&sams_page, "form_token").as_str()),
            ("referral_id", &referral_id),
            ("answer", "yes"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["location"], "/?answered=failed");

    let jay = signed_in_browser(&server, Who::Jay).await;
    let page = home(&server, &jay, "/").await;
    assert!(
        page.contains("Tom thinks an advocate could help you. Do you want one?"),
        "{page}"
    );
    assert_eq!(field(&page, "referral_id"), referral_id);
    let r = jay
        .post(server.url("/advocate-offer"))
        .form(&[
            ("form_token", field(&page, "form_token").as_str()),
            ("referral_id", &referral_id),
            ("answer", "no"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(r.headers()["location"], "/?answered=no");
    let after = home(&server, &jay, "/?answered=no").await;
    assert!(after.contains("That is fine."));
    assert!(!after.contains("thinks an advocate could help you"));

    let list: Value = server.get(&tom, &path).await.json().await.unwrap();
    assert_eq!(list[0]["answer"], "no");
}
