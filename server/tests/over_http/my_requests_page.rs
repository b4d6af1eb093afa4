//! `/my-requests` as a page from the server: what a child asked, and the
//! answer, which reaches them in their own words from the officer. A
//! refusal shows the reasons word for word and what they can do next; no
//! child sees another's requests.

use crate::common;

use common::pages::{browser, signed_in_browser};
use common::{start, Who};
use reqwest::StatusCode;
use serde_json::json;

#[tokio::test]
async fn leah_asks_priya_says_no_with_reasons_and_leah_reads_them() {
    let server = start().await;
    let ids = server.child_ids().await;
    let leah = signed_in_browser(&server, Who::Leah).await;
    let asked = server
        .post(
            &leah,
            &format!("/api/children/{}/requests", ids["Leah"]),
            json!({
                "send_id": "my-requests-page-1",
                "asking": { "extra_review": {
                    "why": "I want to live nearer <school> & my friends",
                    "quick_reasons": ["want_to_move"],
                    "when": "as_soon_as_possible",
                } },
            }),
        )
        .await;
    assert_eq!(asked.status(), StatusCode::CREATED);
    let request: serde_json::Value = asked.json().await.unwrap();

    let page = |who: reqwest::Client| {
        let url = server.url("/my-requests");
        async move {
            let r = who.get(url).send().await.unwrap();
            assert_eq!(r.status(), StatusCode::OK);
            r.text().await.unwrap()
        }
    };
    let waiting = page(leah.clone()).await;
    assert!(waiting.contains("<h1>My requests</h1>"), "{waiting}");
    assert!(waiting.contains("You asked for an extra review"));
    assert!(waiting.contains("I want to live nearer &lt;school&gt; &amp; my friends"));
    assert!(waiting.contains("I want to move"));
    assert!(waiting.contains("Priya will answer by"));

    let priya = server.signed_in(Who::Priya).await;
    let reasons = "Your review is in three weeks. We will talk about moving then.";
    let decided = server
        .post(
            &priya,
            &format!(
                "/api/children/{}/requests/{}/decision",
                ids["Leah"], request["request_id"]
            ),
            json!({ "outcome": { "declined": { "reasons": reasons } } }),
        )
        .await;
    assert_eq!(decided.status(), StatusCode::CREATED);

    let answered = page(leah).await;
    assert!(
        answered.contains("Priya said no. These are Priya&#39;s reasons, word for word:")
            || answered.contains("Priya said no. These are Priya's reasons, word for word:"),
        "{answered}"
    );
    assert!(answered.contains(reasons));
    assert!(answered.contains("What you can do next"));
    assert!(answered.contains("said no on"));

    // Jay's page is his own: none of Leah's words.
    let jay = signed_in_browser(&server, Who::Jay).await;
    let his = page(jay).await;
    assert!(!his.contains("nearer"));
    assert!(!his.contains(reasons));
}

#[tokio::test]
async fn someone_not_signed_in_is_sent_to_sign_in_and_back() {
    let server = start().await;
    let r = browser()
        .get(server.url("/my-requests"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(r.headers()["location"], "/sign-in?next=%2Fmy-requests");
}
