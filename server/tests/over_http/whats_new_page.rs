//! `/updates`, "What's new", for a child as a page from the server: what
//! an adult did reaches the child in words, marked new once, and opening
//! the list clears the header's count.

use crate::common;

use common::pages::signed_in_browser;
use common::{start, Who};
use reqwest::StatusCode;
use serde_json::json;

#[tokio::test]
async fn tom_suggests_an_advocate_and_jay_sees_it_new_once() {
    let server = start().await;
    let ids = server.child_ids().await;
    let tom = server.signed_in(Who::Tom).await;
    let r = server
        .post(
            &tom,
            &format!("/api/children/{}/referrals", ids["Jay"]),
            json!({ "send_id": "whats-new-1" }),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);

    let jay = signed_in_browser(&server, Who::Jay).await;
    let open = || async {
        let r = jay.get(server.url("/updates")).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::OK);
        r.text().await.unwrap()
    };
    let home = jay
        .get(server.url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(home.contains("1 new"), "{home}");
    let first = open().await;
    assert!(
        first.contains("<h1>What&#39;s new</h1>") || first.contains("<h1>What's new</h1>"),
        "{first}"
    );
    assert!(first.contains("Someone thinks an advocate could help you."));
    assert!(first.contains(">New</strong>"));
    // Seen now: the header counts nothing, here and after.
    assert!(!first.contains("1 new"));
    let again = open().await;
    assert!(!again.contains(">New</strong>"));
    assert!(again.contains("You have seen everything here."));

    // Sam has nothing of Jay's.
    let sam = signed_in_browser(&server, Who::Sam).await;
    let his = sam
        .get(server.url("/updates"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!his.contains("Someone thinks an advocate could help you."));
}
