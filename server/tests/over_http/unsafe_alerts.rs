//! "I don't feel safe": only the child raises it, a retry finds the first
//! alert, and it reaches their officer, social worker and managers at once,
//! marked urgent, in their alerts list and their updates. Each person's
//! updates are their own, and the badge only ever clears forward.

use crate::common;

use common::{audit_rows, start, Who};
use serde_json::{json, Value};

async fn raise(
    server: &common::TestServer,
    who: Who,
    child_id: i64,
    send_id: &str,
) -> reqwest::Response {
    let client = server.signed_in(who).await;
    server
        .post(
            &client,
            &format!("/api/children/{child_id}/unsafe"),
            json!({ "send_id": send_id }),
        )
        .await
}

async fn json_of(server: &common::TestServer, who: Who, path: &str) -> Value {
    let client = server.signed_in(who).await;
    let r = server.get(&client, path).await;
    assert_eq!(r.status(), 200, "{who:?} {path}");
    r.json().await.unwrap()
}

/// The alerts `who` is listed, as (child's first name, alert id).
async fn alerts_of(server: &common::TestServer, who: Who) -> Vec<(String, i64)> {
    json_of(server, who, "/api/alerts")
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["child_first_name"].as_str().unwrap().to_string(),
                a["alert_id"].as_i64().unwrap(),
            )
        })
        .collect()
}

#[tokio::test]
async fn only_the_child_raises_their_own_alert_and_each_refusal_is_audited() {
    let server = start().await;
    let sam = server.child_ids().await["Sam"];
    for who in [
        Who::Leah,
        Who::Jay,
        Who::Carer,
        Who::Advocate,
        Who::Priya,
        Who::SocialWorker,
        Who::Manager,
    ] {
        let r = raise(&server, who, sam, "not-yours").await;
        assert_eq!(r.status(), 403, "{who:?}");
    }
    let refusals = audit_rows(&server)
        .await
        .into_iter()
        .filter(|row| {
            row.event == "access_refused"
                && row.child_id == Some(sam)
                && row.detail.as_deref() == Some("raise_alert")
        })
        .count();
    assert_eq!(refusals, 7);
    assert!(
        alerts_of(&server, Who::Manager).await.is_empty(),
        "nothing stored"
    );

    let r = raise(&server, Who::Sam, sam, "press-1").await;
    assert_eq!(r.status(), 200);
    let raised: Value = r.json().await.unwrap();
    let alert_id = raised["alert_id"].as_i64().unwrap();
    assert_eq!(
        alerts_of(&server, Who::Manager).await,
        [("Sam".to_string(), alert_id)]
    );
    let audited: Vec<_> = audit_rows(&server)
        .await
        .into_iter()
        .filter(|row| row.event == "unsafe_alert_raised")
        .collect();
    assert_eq!(audited.len(), 1);
    assert_eq!(audited[0].child_id, Some(sam));
    assert_eq!(
        audited[0].detail.as_deref(),
        Some(alert_id.to_string().as_str())
    );
}

#[tokio::test]
async fn a_retry_answers_the_first_alert_and_tells_no_one_twice() {
    let server = start().await;
    let sam = server.child_ids().await["Sam"];
    let first: Value = raise(&server, Who::Sam, sam, "press-1")
        .await
        .json()
        .await
        .unwrap();
    let again = raise(&server, Who::Sam, sam, "press-1").await;
    assert_eq!(again.status(), 200);
    let again: Value = again.json().await.unwrap();
    assert_eq!(first, again);
    assert_eq!(alerts_of(&server, Who::Priya).await.len(), 1);
    let updates = json_of(&server, Who::Priya, "/api/updates").await;
    assert_eq!(updates["new_count"], 1);
    // An empty send id is refused, not stored.
    let r = raise(&server, Who::Sam, sam, " ").await;
    assert_eq!(r.status(), 422);
    assert_eq!(alerts_of(&server, Who::Priya).await.len(), 1);
}

#[tokio::test]
async fn an_alert_reaches_the_officer_social_worker_and_managers_marked_urgent() {
    let server = start().await;
    let ids = server.child_ids().await;
    let r = raise(&server, Who::Sam, ids["Sam"], "sam-1").await;
    let sams_alert = r.json::<Value>().await.unwrap()["alert_id"]
        .as_i64()
        .unwrap();
    let r = raise(&server, Who::Jay, ids["Jay"], "jay-1").await;
    let jays_alert = r.json::<Value>().await.unwrap()["alert_id"]
        .as_i64()
        .unwrap();

    // Each adult lists the alerts of their own children; managers all, newest first.
    let sam = ("Sam".to_string(), sams_alert);
    let jay = ("Jay".to_string(), jays_alert);
    assert_eq!(
        alerts_of(&server, Who::Priya).await,
        std::slice::from_ref(&sam)
    );
    assert_eq!(
        alerts_of(&server, Who::SocialWorker).await,
        std::slice::from_ref(&sam)
    );
    assert_eq!(
        alerts_of(&server, Who::Tom).await,
        std::slice::from_ref(&jay)
    );
    assert_eq!(
        alerts_of(&server, Who::Manager).await,
        [jay.clone(), sam.clone()]
    );

    // And each is told in their updates, urgent and new.
    for (who, child, alert_id) in [
        (Who::Priya, "Sam", sams_alert),
        (Who::SocialWorker, "Sam", sams_alert),
        (Who::Tom, "Jay", jays_alert),
    ] {
        let updates = json_of(&server, who, "/api/updates").await;
        assert_eq!(updates["new_count"], 1, "{who:?}");
        let item = &updates["items"][0];
        assert_eq!(item["kind"], "unsafe_alert", "{who:?}");
        assert_eq!(item["child_first_name"], child, "{who:?}");
        assert_eq!(item["subject_id"], alert_id, "{who:?}");
        assert_eq!(item["urgent"], true, "{who:?}");
        assert_eq!(item["new"], true, "{who:?}");
    }
    let managers = json_of(&server, Who::Manager, "/api/updates").await;
    assert_eq!(managers["new_count"], 2);
    assert_eq!(
        managers["items"][0]["child_first_name"], "Jay",
        "newest first"
    );

    // No one else hears of it: not the children, the carer or the advocate.
    for who in [Who::Sam, Who::Leah, Who::Jay, Who::Carer, Who::Advocate] {
        let updates = json_of(&server, who, "/api/updates").await;
        assert_eq!(updates, json!({ "items": [], "new_count": 0 }), "{who:?}");
    }
}

#[tokio::test]
async fn the_badge_clears_forward_only_and_only_over_ones_own_updates() {
    let server = start().await;
    let sam = server.child_ids().await["Sam"];
    for press in ["a", "b"] {
        assert_eq!(raise(&server, Who::Sam, sam, press).await.status(), 200);
    }
    let manager = server.signed_in(Who::Manager).await;
    let updates = json_of(&server, Who::Manager, "/api/updates").await;
    let newest = updates["items"][0]["update_id"].as_i64().unwrap();
    let older = updates["items"][1]["update_id"].as_i64().unwrap();
    let seen = |id: i64| {
        let manager = &manager;
        let server = &server;
        async move {
            let r = server
                .post(manager, "/api/updates/seen", json!({ "update_id": id }))
                .await;
            assert_eq!(r.status(), 200);
            r.json::<Value>().await.unwrap()
        }
    };

    let after = seen(older).await;
    assert_eq!(after["new_count"], 1);
    assert_eq!(after["items"][0]["new"], true);
    assert_eq!(after["items"][1]["new"], false);
    // Never back.
    assert_eq!(seen(0).await["new_count"], 1);
    // An id past one's own updates clears them all, but no update yet to come.
    assert_eq!(seen(newest + 1_000).await["new_count"], 0);
    assert_eq!(raise(&server, Who::Sam, sam, "c").await.status(), 200);
    assert_eq!(
        json_of(&server, Who::Manager, "/api/updates").await["new_count"],
        1
    );

    // Priya's badge is hers: the manager clearing theirs left hers alone.
    let priyas = json_of(&server, Who::Priya, "/api/updates").await;
    assert_eq!(priyas["new_count"], 3);
    assert!(
        priyas["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|u| u["update_id"].as_i64() != Some(newest)),
        "never someone else's update"
    );
}
