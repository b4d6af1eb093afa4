//! Sending and reading contributions: the child's choice decides who reads
//! each one, every read is audited, a read shows on the child's receipt, a
//! retry never makes a second record, and nothing sent can be changed.

use crate::common;

use common::writing::{audited, cid, database, get, send, user_id, views};
use common::{start, Who};
use serde_json::{json, Value};

fn ids_of(list: &Value) -> Vec<i64> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|c| c["contribution_id"].as_i64().unwrap())
        .collect()
}

#[tokio::test]
async fn sam_sends_priya_reads_it_and_sam_sees_the_receipt() {
    let server = start().await;
    let ids = server.child_ids().await;
    let sam = server.signed_in(Who::Sam).await;
    let priya = server.signed_in(Who::Priya).await;
    let (status, sent) = send(
        &server,
        &sam,
        ids["Sam"],
        views("s-1", "football", json!({})),
    )
    .await;
    assert_eq!(status, 201);
    assert_eq!(sent["already_sent"], false);
    let summary = &sent["contribution"];
    // "Only Priya can read this".
    let readers: Vec<&str> = summary["can_be_read_by"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(readers, ["Priya Shah"]);
    assert_eq!(summary["read_by"], json!([]));
    let id = cid(&sent);

    let list = format!("/api/children/{}/contributions", ids["Sam"]);
    let (_, seen) = get(&server, &priya, &list).await;
    let mine = seen
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["contribution_id"] == id)
        .unwrap();
    assert_eq!(mine["can_read"], true);
    let (status, opened) = get(&server, &priya, &format!("{list}/{id}")).await;
    assert_eq!(status, 200);
    assert_eq!(opened["body"]["body"]["going_well"], "football");

    let (_, again) = get(&server, &sam, &list).await;
    let mine = again
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["contribution_id"] == id)
        .unwrap();
    let receipts = mine["read_by"].as_array().unwrap();
    assert_eq!(receipts.len(), 1);
    assert_eq!(receipts[0]["reader"]["name"], "Priya Shah");
    let today = chrono::Utc::now().date_naive();
    let read_on = receipts[0]["read_on"].as_str().unwrap();
    let read_on = chrono::NaiveDate::parse_from_str(read_on, "%Y-%m-%d").unwrap();
    assert!((read_on - today).num_days().abs() <= 1, "{read_on}");
    // Opening it again is not a second receipt; Sam opening his own is none.
    get(&server, &priya, &format!("{list}/{id}")).await;
    get(&server, &sam, &format!("{list}/{id}")).await;
    let db = database(&server).await;
    let reads: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM contribution_reads WHERE contribution_id = ?")
            .bind(id)
            .fetch_one(&db)
            .await
            .unwrap();
    assert_eq!(reads, 1);
}

/// For each adult and child who is not the officer: refused unless Sam chose
/// them for that contribution; a manager learns only that it exists.
#[tokio::test]
async fn every_read_path_respects_the_childs_choice() {
    let server = start().await;
    let ids = server.child_ids().await;
    let sam = server.signed_in(Who::Sam).await;
    let (_, private) = send(
        &server,
        &sam,
        ids["Sam"],
        views("p", "private words", json!({})),
    )
    .await;
    let everyone = json!({ "social_worker": true, "carer": true, "advocate": true });
    let (_, shared) = send(
        &server,
        &sam,
        ids["Sam"],
        views("s", "shared words", everyone),
    )
    .await;
    let names: Vec<&str> = shared["contribution"]["can_be_read_by"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["Priya Shah", "Dana Price", "Alex Green", "Jordan Lee"]
    );
    let (private, shared) = (cid(&private), cid(&shared));
    let list = format!("/api/children/{}/contributions", ids["Sam"]);
    let db = database(&server).await;

    for who in [Who::Carer, Who::Advocate, Who::SocialWorker] {
        let c = server.signed_in(who).await;
        let (status, seen) = get(&server, &c, &list).await;
        assert_eq!(status, 200, "{who:?}");
        let seen = ids_of(&seen);
        assert!(
            !seen.contains(&private),
            "{who:?} does not even learn it exists"
        );
        assert!(seen.contains(&shared), "{who:?}");
        let (status, _) = get(&server, &c, &format!("{list}/{private}")).await;
        assert_eq!(status, 403, "{who:?}");
        let (status, opened) = get(&server, &c, &format!("{list}/{shared}")).await;
        assert_eq!(status, 200, "{who:?}");
        assert_eq!(opened["body"]["body"]["going_well"], "shared words");
        // Read receipts go to the child, not to other readers.
        assert_eq!(opened["summary"]["read_by"], json!([]));
    }

    let manager = server.signed_in(Who::Manager).await;
    let (status, seen) = get(&server, &manager, &list).await;
    assert_eq!(status, 200);
    let text = seen.to_string();
    assert!(!text.contains("private words") && !text.contains("shared words"));
    for c in seen.as_array().unwrap() {
        assert_eq!(c["can_read"], false);
    }
    assert!(ids_of(&seen).contains(&private));
    for id in [private, shared] {
        let (status, _) = get(&server, &manager, &format!("{list}/{id}")).await;
        assert_eq!(status, 403, "a manager never reads what it says");
    }

    // Another officer, and other children: refused outright.
    for who in [Who::Tom, Who::Leah, Who::Jay] {
        let c = server.signed_in(who).await;
        assert_eq!(get(&server, &c, &list).await.0, 403, "{who:?}");
        for id in [private, shared] {
            assert_eq!(
                get(&server, &c, &format!("{list}/{id}")).await.0,
                403,
                "{who:?}"
            );
        }
        // Asked under their own id, Sam's contribution is not theirs either.
        let own = match who {
            Who::Leah => ids["Leah"],
            Who::Jay => ids["Jay"],
            _ => continue,
        };
        let path = format!("/api/children/{own}/contributions/{shared}");
        assert_eq!(get(&server, &c, &path).await.0, 403, "{who:?}");
    }

    // Every refusal and every read is in the audit trail.
    let carer = server.signed_in(Who::Carer).await;
    let carer_id = user_id(&server, &carer).await;
    assert!(audited(&db, "access_refused", carer_id).await >= 1);
    assert!(audited(&db, "contribution_read", carer_id).await >= 2);
    let client: Option<String> =
        sqlx::query_scalar("SELECT client FROM audit WHERE event = 'contribution_read' LIMIT 1")
            .fetch_one(&db)
            .await
            .unwrap();
    assert_eq!(client.as_deref(), Some("127.0.0.1"));
}

#[tokio::test]
async fn a_carers_contribution_is_read_by_the_officer_not_the_child() {
    let server = start().await;
    let ids = server.child_ids().await;
    let carer = server.signed_in(Who::Carer).await;
    let body = json!({
        "send_id": "c-1",
        "body": { "kind": "carer", "body": { "text": "Sam is settled." } },
    });
    let (status, sent) = send(&server, &carer, ids["Sam"], body).await;
    assert_eq!(status, 201);
    let id = cid(&sent);
    let path = format!("/api/children/{}/contributions/{id}", ids["Sam"]);
    let sam = server.signed_in(Who::Sam).await;
    assert_eq!(get(&server, &sam, &path).await.0, 403);
    let list = format!("/api/children/{}/contributions", ids["Sam"]);
    assert!(!ids_of(&get(&server, &sam, &list).await.1).contains(&id));
    for who in [Who::Priya, Who::SocialWorker] {
        let c = server.signed_in(who).await;
        assert_eq!(get(&server, &c, &path).await.0, 200, "{who:?}");
    }
    for who in [Who::Advocate, Who::Tom, Who::Leah] {
        let c = server.signed_in(who).await;
        assert_eq!(get(&server, &c, &path).await.0, 403, "{who:?}");
    }
    // A carer never writes the child's views, nor the child the carer's.
    let (status, _) = send(&server, &carer, ids["Sam"], views("c-2", "hi", json!({}))).await;
    assert_eq!(status, 403);
    let body = json!({
        "send_id": "s-c",
        "body": { "kind": "carer", "body": { "text": "me" } },
    });
    assert_eq!(send(&server, &sam, ids["Sam"], body).await.0, 403);
}

#[tokio::test]
async fn a_repeated_send_makes_one_record_even_at_the_same_moment() {
    let server = start().await;
    let ids = server.child_ids().await;
    let sam = server.signed_in(Who::Sam).await;
    let (first, sent) = send(&server, &sam, ids["Sam"], views("once", "first", json!({}))).await;
    assert_eq!(first, 201);
    // A retry with other words still answers the first send, unchanged.
    let (again, repeat) = send(
        &server,
        &sam,
        ids["Sam"],
        views("once", "second", json!({})),
    )
    .await;
    assert_eq!(again, 200);
    assert_eq!(repeat["already_sent"], true);
    assert_eq!(cid(&repeat), cid(&sent));
    let db = database(&server).await;
    let count = |send_id: &'static str| {
        let db = db.clone();
        async move {
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM contributions WHERE send_id = ?")
                .bind(send_id)
                .fetch_one(&db)
                .await
                .unwrap()
        }
    };
    assert_eq!(count("once").await, 1);
    let path = format!("/api/children/{}/contributions/{}", ids["Sam"], cid(&sent));
    assert_eq!(
        get(&server, &sam, &path).await.1["body"]["body"]["going_well"],
        "first"
    );

    // Two taps at once.
    let (a, b) = tokio::join!(
        send(&server, &sam, ids["Sam"], views("tap", "x", json!({}))),
        send(&server, &sam, ids["Sam"], views("tap", "x", json!({}))),
    );
    let mut statuses = [a.0, b.0];
    statuses.sort();
    assert_eq!(statuses, [200, 201]);
    assert_eq!(cid(&a.1), cid(&b.1));
    assert_eq!(count("tap").await, 1);
}

#[tokio::test]
async fn bad_sends_get_clear_answers_and_change_nothing() {
    let server = start().await;
    let ids = server.child_ids().await;
    let sam = server.signed_in(Who::Sam).await;
    let (status, body) = send(&server, &sam, ids["Sam"], views("e", "  \n ", json!({}))).await;
    assert_eq!(
        (status, body["code"].as_str()),
        (422, Some("nothing_to_send"))
    );

    let long = "é".repeat(domain::contributions::MAX_TEXT_CHARS + 1);
    let (status, body) = send(&server, &sam, ids["Sam"], views("l", &long, json!({}))).await;
    assert_eq!(status, 422);
    assert_eq!(body["code"], "invalid_input");
    assert_eq!(body["limit"], domain::contributions::MAX_TEXT_CHARS);
    assert_eq!(
        body["fields"],
        json!([{ "field": "going_well", "code": "too_long" }])
    );

    for send_id in [
        String::new(),
        "x".repeat(domain::contributions::MAX_SEND_ID_CHARS + 1),
    ] {
        let (status, body) =
            send(&server, &sam, ids["Sam"], views(&send_id, "hi", json!({}))).await;
        assert_eq!(status, 422, "{send_id:?}");
        assert_eq!(body["fields"][0]["field"], "send_id");
    }

    let db = database(&server).await;
    let sent: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM contributions WHERE send_id IN ('e', 'l', '')")
            .fetch_one(&db)
            .await
            .unwrap();
    assert_eq!(sent, 0);
}

#[tokio::test]
async fn a_held_review_sends_to_the_next_and_another_childs_is_not_found() {
    let server = start().await;
    let ids = server.child_ids().await;
    let db = database(&server).await;
    let review = |child: i64, status: &'static str| {
        let db = db.clone();
        async move {
            sqlx::query_scalar::<_, i64>(
                "SELECT id FROM reviews WHERE child_id = ? AND status = ? ORDER BY on_date DESC",
            )
            .bind(child)
            .bind(status)
            .fetch_one(&db)
            .await
            .unwrap()
        }
    };
    let booked = review(ids["Sam"], "scheduled").await;
    let held = review(ids["Sam"], "held").await;
    let sam = server.signed_in(Who::Sam).await;

    let (_, sent) = send(&server, &sam, ids["Sam"], views("n", "next", json!({}))).await;
    assert_eq!(sent["contribution"]["review_id"], booked);
    assert_eq!(sent["moved_to_next_review"], false);

    let mut body = views("h", "held", json!({}));
    body["review_id"] = json!(held);
    let (status, sent) = send(&server, &sam, ids["Sam"], body).await;
    assert_eq!(status, 201);
    assert_eq!(sent["contribution"]["review_id"], booked);
    assert_eq!(sent["moved_to_next_review"], true);

    let mut body = views("b", "booked", json!({}));
    body["review_id"] = json!(booked);
    let (_, sent) = send(&server, &sam, ids["Sam"], body).await;
    assert_eq!(sent["moved_to_next_review"], false);

    let jays = review(ids["Jay"], "held").await;
    let mut body = views("j", "jay's", json!({}));
    body["review_id"] = json!(jays);
    assert_eq!(send(&server, &sam, ids["Sam"], body).await.0, 404);
}

#[tokio::test]
async fn a_contribution_at_the_size_limit_is_taken_and_one_byte_over_is_not() {
    let server = start().await;
    let ids = server.child_ids().await;
    let sam = server.signed_in(Who::Sam).await;
    // Four boxes full of 4-byte characters: far over the API's usual 16 KB.
    let full = "😀".repeat(domain::contributions::MAX_TEXT_CHARS);
    let body = json!({
        "send_id": "big",
        "body": { "kind": "my_views", "body": {
            "going_well": full, "not_going_well": full,
            "want_to_change": full, "anything_else": full,
        } },
        "shared_with": { "social_worker": true, "carer": true, "advocate": true },
    });
    assert!(body.to_string().len() > 4 * 12_000);
    let draft = json!({ "body": body["body"], "shared_with": body["shared_with"] });
    let path = format!("/api/children/{}/drafts/my_views", ids["Sam"]);
    assert_eq!(server.put(&sam, &path, draft).await.status(), 200);
    assert_eq!(send(&server, &sam, ids["Sam"], body).await.0, 201);

    let limit = server::contributions::CONTRIBUTION_BODY_LIMIT;
    let mut over = views("over", "", json!({}));
    let padding = limit + 1 - over.to_string().len();
    over["body"]["body"]["going_well"] = json!("a".repeat(padding));
    assert_eq!(over.to_string().len(), limit + 1);
    let mut draft = json!({ "body": { "kind": "my_views", "body": { "going_well": "" } } });
    let padding = limit + 1 - draft.to_string().len();
    draft["body"]["body"]["going_well"] = json!("a".repeat(padding));
    assert_eq!(draft.to_string().len(), limit + 1);
    let r = server.put(&sam, &path, draft).await;
    assert_eq!(r.status(), 413, "a draft over the limit too");
    let (status, body) = send(&server, &sam, ids["Sam"], over).await;
    assert_eq!((status, body["code"].as_str()), (413, Some("too_large")));
}

#[tokio::test]
async fn sent_things_refuse_update_and_delete_even_with_direct_sql() {
    let server = start().await;
    let ids = server.child_ids().await;
    let sam = server.signed_in(Who::Sam).await;
    let priya = server.signed_in(Who::Priya).await;
    let (_, sent) = send(&server, &sam, ids["Sam"], views("k", "kept", json!({}))).await;
    let id = cid(&sent);
    let path = format!("/api/children/{}/contributions/{id}", ids["Sam"]);
    let addition = json!({ "send_id": "a", "text": "and more" });
    assert_eq!(
        server
            .post(&sam, &format!("{path}/additions"), addition)
            .await
            .status(),
        200
    );
    assert_eq!(get(&server, &priya, &path).await.0, 200);

    let db = database(&server).await;
    for sql in [
        "UPDATE contributions SET body = '{}'",
        "UPDATE contributions SET share_carer = 1",
        "DELETE FROM contributions",
        "UPDATE contribution_additions SET text = 'changed'",
        "DELETE FROM contribution_additions",
        "UPDATE contribution_reads SET first_read_at_ms = 0",
        "DELETE FROM contribution_reads",
    ] {
        assert!(sqlx::query(sql).execute(&db).await.is_err(), "{sql}");
    }
    let (_, opened) = get(&server, &sam, &path).await;
    assert_eq!(opened["body"]["body"]["going_well"], "kept");
    assert_eq!(opened["additions"][0]["text"], "and more");
    assert_eq!(
        opened["summary"]["read_by"][0]["reader"]["name"],
        "Priya Shah"
    );
}

#[tokio::test]
async fn additions_are_dated_parts_added_only_by_the_author() {
    let server = start().await;
    let ids = server.child_ids().await;
    let sam = server.signed_in(Who::Sam).await;
    let everyone = json!({ "social_worker": true, "carer": true, "advocate": true });
    let (_, sent) = send(&server, &sam, ids["Sam"], views("v", "views", everyone)).await;
    let path = format!(
        "/api/children/{}/contributions/{}/additions",
        ids["Sam"],
        cid(&sent)
    );
    let add = |send_id: &str, text: &str| json!({ "send_id": send_id, "text": text });

    let r = server.post(&sam, &path, add("a1", "one more thing")).await;
    assert_eq!(r.status(), 200);
    let full: Value = r.json().await.unwrap();
    assert_eq!(full["additions"].as_array().unwrap().len(), 1);
    assert_eq!(
        full["body"]["body"]["going_well"], "views",
        "the first words stay"
    );
    // A retry adds nothing; a new one is its own part.
    server.post(&sam, &path, add("a1", "one more thing")).await;
    let r = server.post(&sam, &path, add("a2", "and another")).await;
    let full: Value = r.json().await.unwrap();
    let texts: Vec<&str> = full["additions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["one more thing", "and another"]);

    let r = server.post(&sam, &path, add("a3", " ")).await;
    assert_eq!(common::error_code(r).await, "nothing_to_send");
    let long = "x".repeat(domain::contributions::MAX_TEXT_CHARS + 1);
    let r = server.post(&sam, &path, add("a4", &long)).await;
    let body: Value = r.json().await.unwrap();
    assert_eq!(
        body["fields"],
        json!([{ "field": "text", "code": "too_long" }])
    );
    assert_eq!(body["limit"], domain::contributions::MAX_TEXT_CHARS);

    // Readers it was shared with still cannot add to it.
    for who in [Who::Carer, Who::Advocate, Who::Priya, Who::Manager] {
        let c = server.signed_in(who).await;
        let r = server.post(&c, &path, add("x", "not mine")).await;
        assert_eq!(r.status(), 403, "{who:?}");
    }
}

#[tokio::test]
async fn the_advocate_drafts_and_sam_confirms_or_the_advocate_sends_with_agreement_in_person() {
    let server = start().await;
    let ids = server.child_ids().await;
    let sam = server.signed_in(Who::Sam).await;
    let advocate = server.signed_in(Who::Advocate).await;
    let carer = server.signed_in(Who::Carer).await;
    let advocate_id = user_id(&server, &advocate).await;
    let carer_id = user_id(&server, &carer).await;
    let drafts = format!("/api/children/{}/drafts", ids["Sam"]);
    let draft =
        json!({ "body": { "kind": "my_views", "body": { "want_to_change": "more visits" } } });
    let r = server
        .put(&advocate, &format!("{drafts}/my_views"), draft)
        .await;
    assert_eq!(r.status(), 200);

    // Sam's own words, drafted beside the advocate's.
    let own = json!({ "body": { "kind": "my_views", "body": { "going_well": "my own words" } } });
    let r = server.put(&sam, &format!("{drafts}/my_views"), own).await;
    assert_eq!(r.status(), 200);

    let (_, seen) = get(&server, &sam, &drafts).await;
    let theirs = seen
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["mine"] == false)
        .expect("Sam sees what his advocate drafted");
    assert_eq!(theirs["author"]["name"], "Jordan Lee");

    // Only the child's advocate, with a draft, can be confirmed.
    let confirm = |send_id: &str, by: i64| {
        let mut body = views(send_id, "more visits, please", json!({}));
        body["confirming_draft_by"] = json!(by);
        body
    };
    let (status, body) = send(&server, &sam, ids["Sam"], confirm("c0", carer_id)).await;
    assert_eq!(status, 422);
    assert_eq!(body["fields"][0]["field"], "confirming_draft_by");
    let (status, sent) = send(&server, &sam, ids["Sam"], confirm("c1", advocate_id)).await;
    assert_eq!(status, 201);
    let summary = &sent["contribution"];
    assert_eq!(summary["author"]["name"], "Sam Taylor");
    assert_eq!(summary["helped_by"]["name"], "Jordan Lee");
    assert_eq!(summary["agreement"], "in_app");
    // The advocate's draft is used up: confirming again finds none. Sam's
    // own draft is his wording, and is kept.
    let (_, seen) = get(&server, &sam, &drafts).await;
    let left = seen.as_array().unwrap();
    assert!(left.iter().all(|d| d["mine"] == true));
    let own_views = left
        .iter()
        .find(|d| d["body"]["kind"] == "my_views")
        .unwrap_or_else(|| panic!("Sam's own draft survives: {seen}"));
    assert_eq!(own_views["body"]["body"]["going_well"], "my own words");
    assert_eq!(
        send(&server, &sam, ids["Sam"], confirm("c2", advocate_id))
            .await
            .0,
        422
    );
    // The advocate confirms nothing themselves.
    assert_eq!(
        send(&server, &advocate, ids["Sam"], confirm("c3", advocate_id))
            .await
            .0,
        422
    );

    // The advocate sends, recording Sam agreed in person; Sam may add to it.
    let (status, sent) = send(
        &server,
        &advocate,
        ids["Sam"],
        views("a1", "said in person", json!({})),
    )
    .await;
    assert_eq!(status, 201);
    let summary = &sent["contribution"];
    assert_eq!(summary["author"]["name"], "Jordan Lee");
    assert_eq!(summary["helped_by"]["name"], "Jordan Lee");
    assert_eq!(summary["agreement"], "in_person");
    let path = format!("/api/children/{}/contributions/{}", ids["Sam"], cid(&sent));
    assert_eq!(
        get(&server, &advocate, &path).await.0,
        200,
        "the advocate reads what they sent"
    );
    let r = server
        .post(
            &sam,
            &format!("{path}/additions"),
            json!({ "send_id": "s", "text": "yes" }),
        )
        .await;
    assert_eq!(r.status(), 200);
}

#[tokio::test]
async fn a_carer_sends_only_their_own_unsent_files_for_this_child() {
    let server = start().await;
    let ids = server.child_ids().await;
    let carer = server.signed_in(Who::Carer).await;
    let carer_id = user_id(&server, &carer).await;
    let advocate = server.signed_in(Who::Advocate).await;
    let advocate_id = user_id(&server, &advocate).await;
    let db = database(&server).await;
    // Uploads are another route's work: these rows stand for finished ones.
    let upload = |child: i64, by: i64, name: &'static str| {
        let db = db.clone();
        async move {
            sqlx::query_scalar::<_, i64>(
                "INSERT INTO attachments (child_id, uploader_id, stored_name, original_name, \
                 file_kind, bytes, uploaded_at_ms) VALUES (?, ?, ?, ?, 'pdf', 1234, 0) RETURNING id",
            )
            .bind(child)
            .bind(by)
            .bind(format!("stored-{name}"))
            .bind(name)
            .fetch_one(&db)
            .await
            .unwrap()
        }
    };
    let mine = upload(ids["Sam"], carer_id, "report.pdf").await;
    let for_leah = upload(ids["Leah"], carer_id, "leah.pdf").await;
    let not_mine = upload(ids["Sam"], advocate_id, "other.pdf").await;
    let carer_send = |send_id: &str, files: Vec<i64>| {
        json!({
            "send_id": send_id,
            "body": { "kind": "carer", "body": { "text": "", "attachment_ids": files } },
        })
    };
    for bad in [for_leah, not_mine, 987_654] {
        let (status, body) = send(
            &server,
            &carer,
            ids["Sam"],
            carer_send("bad", vec![mine, bad]),
        )
        .await;
        assert_eq!(status, 422);
        assert_eq!(body["fields"][0]["field"], "attachment_ids");
    }
    let (status, sent) = send(&server, &carer, ids["Sam"], carer_send("ok", vec![mine])).await;
    assert_eq!(status, 201);
    let (status, _) = send(&server, &carer, ids["Sam"], carer_send("again", vec![mine])).await;
    assert_eq!(status, 422, "a file is sent once");

    let priya = server.signed_in(Who::Priya).await;
    let path = format!("/api/children/{}/contributions/{}", ids["Sam"], cid(&sent));
    let (_, opened) = get(&server, &priya, &path).await;
    assert_eq!(
        opened["attachments"],
        json!([{ "attachment_id": mine, "name": "report.pdf", "bytes": 1234, "file_kind": "pdf" }])
    );
}
