//! Drafts save to the server as people type and are never lost: not by a
//! closed tab, a dropped connection or a server restart.

use crate::common;

use common::writing::get;
use common::{start, start_with, Who};
use serde_json::json;

#[tokio::test]
async fn a_draft_survives_a_server_restart() {
    let first = start().await;
    let ids = first.child_ids().await;
    let sam = first.signed_in(Who::Sam).await;
    let path = format!("/api/children/{}/drafts", ids["Sam"]);
    let draft = json!({
        "body": { "kind": "my_views", "body": { "going_well": "half a thought" } },
        "shared_with": { "carer": true },
    });
    let r = first.put(&sam, &format!("{path}/my_views"), draft).await;
    assert_eq!(r.status(), 200);
    let saved: serde_json::Value = r.json().await.unwrap();
    assert!(saved["saved_at_ms"].as_i64().unwrap() > 0);

    // Another server process on the same data folder: nothing reseeded.
    let data = first.dir.path().join("data");
    let second = start_with(move |config, _| config.data_dir = data).await;
    let sam = second.signed_in(Who::Sam).await;
    let (status, drafts) = get(&second, &sam, &path).await;
    assert_eq!(status, 200);
    let views = drafts
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["body"]["kind"] == "my_views")
        .expect("the draft is still there");
    assert_eq!(views["body"]["body"]["going_well"], "half a thought");
    assert_eq!(views["shared_with"]["carer"], true);
    assert_eq!(views["mine"], true);
    assert_eq!(views["saved_at_ms"], saved["saved_at_ms"]);
}

#[tokio::test]
async fn saving_again_replaces_the_draft_and_the_demo_has_one() {
    let server = start().await;
    let ids = server.child_ids().await;
    let sam = server.signed_in(Who::Sam).await;
    let path = format!("/api/children/{}/drafts", ids["Sam"]);
    let (_, drafts) = get(&server, &sam, &path).await;
    let kinds: Vec<&str> = drafts
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["body"]["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        ["my_meeting"],
        "the demo's draft of Sam's meeting wishes"
    );
    for text in ["first", "second"] {
        let draft = json!({ "body": { "kind": "my_views", "body": { "anything_else": text } } });
        let r = server.put(&sam, &format!("{path}/my_views"), draft).await;
        assert_eq!(r.status(), 200);
    }
    let (_, drafts) = get(&server, &sam, &path).await;
    let views: Vec<_> = drafts
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["body"]["kind"] == "my_views")
        .collect();
    assert_eq!(views.len(), 1);
    assert_eq!(views[0]["body"]["body"]["anything_else"], "second");
}

#[tokio::test]
async fn drafts_are_checked_and_kept_to_their_writers() {
    let server = start().await;
    let ids = server.child_ids().await;
    let sam = server.signed_in(Who::Sam).await;
    let path = format!("/api/children/{}/drafts", ids["Sam"]);
    let views = json!({ "body": { "kind": "my_views", "body": { "going_well": "ok" } } });

    // The body's kind must be the path's.
    let r = server
        .put(&sam, &format!("{path}/my_meeting"), views.clone())
        .await;
    assert_eq!(r.status(), 422);
    let r = server
        .put(&sam, &format!("{path}/diary"), views.clone())
        .await;
    assert_eq!(r.status(), 404);
    let long = "x".repeat(domain::contributions::MAX_TEXT_CHARS + 1);
    let too_long = json!({ "body": { "kind": "my_views", "body": { "not_going_well": long } } });
    let r = server
        .put(&sam, &format!("{path}/my_views"), too_long)
        .await;
    assert_eq!(r.status(), 422);
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(
        body["fields"],
        json!([{ "field": "not_going_well", "code": "too_long" }])
    );
    assert_eq!(body["limit"], domain::contributions::MAX_TEXT_CHARS);

    // The carer drafts only the carer's contribution; staff draft nothing.
    let carer = server.signed_in(Who::Carer).await;
    let r = server
        .put(&carer, &format!("{path}/my_views"), views.clone())
        .await;
    assert_eq!(r.status(), 403);
    let carers = json!({ "body": { "kind": "carer", "body": { "text": "notes" } } });
    let r = server.put(&carer, &format!("{path}/carer"), carers).await;
    assert_eq!(r.status(), 200);
    for who in [Who::Priya, Who::Manager, Who::Tom, Who::Leah] {
        let c = server.signed_in(who).await;
        let r = server
            .put(&c, &format!("{path}/my_views"), views.clone())
            .await;
        assert_eq!(r.status(), 403, "{who:?}");
    }

    // Each sees only their own drafts: Sam never the carer's, the carer never Sam's.
    let (_, sams) = get(&server, &sam, &path).await;
    assert!(!sams.to_string().contains("notes"));
    let (_, carers) = get(&server, &carer, &path).await;
    let carers = carers.as_array().unwrap();
    assert_eq!(carers.len(), 1);
    assert_eq!(carers[0]["body"]["kind"], "carer");
    let advocate = server.signed_in(Who::Advocate).await;
    let (_, theirs) = get(&server, &advocate, &path).await;
    assert_eq!(
        theirs,
        json!([]),
        "the advocate does not see Sam's own drafts"
    );
}
