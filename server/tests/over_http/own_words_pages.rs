//! `/my-views` and `/my-meeting` as pages from the server, used as a
//! browser with no script would: a draft kept with "Save my draft", a
//! problem that keeps every word, the check step, one contribution however
//! often Send is pressed, Priya reading it and Sam seeing that she did;
//! and the forbidden paths.

use crate::common;

use common::pages::{browser, field, signed_in_browser};
use common::{start, TestServer, Who};
use reqwest::{Client, StatusCode};
use serde_json::Value;

async fn page(server: &TestServer, browser: &Client, path: &str) -> String {
    let r = browser.get(server.url(path)).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK, "{path}");
    assert_eq!(r.headers()["cache-control"], "no-store");
    r.text().await.unwrap()
}

/// Posts the write step's form, with the page's own token.
async fn write(
    server: &TestServer,
    browser: &Client,
    boxes: &[(&str, &str)],
    action: &str,
) -> reqwest::Response {
    let form_page = page(server, browser, "/my-views").await;
    let token = field(&form_page, "form_token");
    let mut form: Vec<(&str, &str)> = vec![("form_token", &token), ("action", action)];
    form.extend_from_slice(boxes);
    browser
        .post(server.url("/my-views"))
        .form(&form)
        .send()
        .await
        .unwrap()
}

async fn child_id(server: &TestServer, browser: &Client) -> i64 {
    let me: Value = server.get(browser, "/api/me").await.json().await.unwrap();
    me["child_id"].as_i64().unwrap()
}

async fn my_views_sent(server: &TestServer, who: &Client, child: i64) -> Vec<Value> {
    let list: Value = server
        .get(who, &format!("/api/children/{child}/contributions"))
        .await
        .json()
        .await
        .unwrap();
    list.as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "my_views")
        .cloned()
        .collect()
}

#[tokio::test]
async fn someone_not_signed_in_is_sent_to_sign_in_and_back() {
    let server = start().await;
    let r = browser().get(server.url("/my-views")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(r.headers()["location"], "/sign-in?next=%2Fmy-views");
}

#[tokio::test]
async fn sam_saves_a_draft_checks_it_sends_it_once_and_sees_priya_read_it() {
    let server = start().await;
    let sam = signed_in_browser(&server, Who::Sam).await;
    let sam_id = child_id(&server, &sam).await;
    let before = my_views_sent(&server, &sam, sam_id).await.len();
    let first = page(&server, &sam, "/my-views").await;
    assert!(
        first.contains("<h1>Tell Priya what you think</h1>"),
        "{first}"
    );
    assert!(first.contains("What is going well? (optional)"));

    let r = write(
        &server,
        &sam,
        &[("going_well", "Football & <school>")],
        "save",
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(r.headers()["location"], "/my-views?saved=yes");
    let kept = page(&server, &sam, "/my-views?saved=yes").await;
    assert!(
        kept.contains("Football &amp; &lt;school&gt;</textarea>"),
        "{kept}"
    );
    assert!(kept.contains(">Saved</p>"));

    let r = write(
        &server,
        &sam,
        &[
            ("going_well", "Football & <school>"),
            ("want_to_change", "More time with Leah"),
        ],
        "check",
    )
    .await;
    assert_eq!(r.headers()["location"], "/my-views?step=check");
    let check = page(&server, &sam, "/my-views?step=check").await;
    assert!(check.contains("<h1>Check what you are sending</h1>"));
    assert!(check.contains("More time with Leah"));
    assert!(check.contains("Only Priya can read this."));
    let send_id = field(&check, "send_id");
    let send = |token: String, send_id: String| {
        let sam = sam.clone();
        let url = server.url("/my-views/send");
        async move {
            sam.post(url)
                .form(&[
                    ("form_token", token.as_str()),
                    ("send_id", send_id.as_str()),
                    ("from", "own"),
                    ("share_social_worker", "yes"),
                ])
                .send()
                .await
                .unwrap()
        }
    };
    let r = send(field(&check, "form_token"), send_id.clone()).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let to = r.headers()["location"].to_str().unwrap().to_owned();
    assert!(to.starts_with("/my-views?step=sent&sent="), "{to}");
    // The same press again (a double tap, or a resend after a lost
    // answer): the first contribution, once.
    let r = send(field(&check, "form_token"), send_id).await;
    let again = r.headers()["location"].to_str().unwrap().to_owned();
    assert!(again.ends_with("&already=yes"), "{again}");
    assert!(again.starts_with(&to));
    let done = page(&server, &sam, &again).await;
    assert!(done.contains("<h1>Your views are sent</h1>"));
    assert!(done.contains("You had already sent this. We have kept it once."));
    assert_eq!(my_views_sent(&server, &sam, sam_id).await.len(), before + 1);

    // Priya reads it; Sam's carer, whom he did not choose, cannot.
    let priya = server.signed_in(Who::Priya).await;
    let sent = my_views_sent(&server, &priya, sam_id).await;
    let newest = sent
        .iter()
        .map(|c| c["contribution_id"].as_i64().unwrap())
        .max();
    let path = format!("/api/children/{sam_id}/contributions/{}", newest.unwrap());
    let read = server.get(&priya, &path).await;
    assert_eq!(read.status(), StatusCode::OK);
    assert!(read.text().await.unwrap().contains("More time with Leah"));
    let carer = server.signed_in(Who::Carer).await;
    assert!(matches!(
        server.get(&carer, &path).await.status(),
        StatusCode::FORBIDDEN | StatusCode::NOT_FOUND
    ));

    // Sam's page: the form empty again, what he sent, who can read it, and
    // that Priya read it.
    let after = page(&server, &sam, "/my-views").await;
    assert!(after.contains("></textarea>"));
    assert!(!after.contains("Football &amp; &lt;school&gt;</textarea>"));
    assert!(
        after.contains("Football &amp; &lt;school&gt;</dd>"),
        "{after}"
    );
    assert!(after.contains("Priya Shah read this on"), "{after}");
    assert!(after.contains("These people can read this:"));
}

#[tokio::test]
async fn a_problem_keeps_every_word_and_an_empty_check_says_what_to_do() {
    let server = start().await;
    let leah = signed_in_browser(&server, Who::Leah).await;
    let leah_id = child_id(&server, &leah).await;

    let r = write(&server, &leah, &[], "check").await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("<title>Error: "), "{html}");
    assert!(html.contains("You have not written anything yet"));
    assert!(html.contains(r##"href="#going_well""##));

    let long = "é".repeat(3005);
    let r = write(
        &server,
        &leah,
        &[("going_well", &long), ("anything_else", "Kept too")],
        "save",
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("It can be up to 3000 characters."));
    assert!(html.contains(&format!("{long}</textarea>")));
    assert!(html.contains("Kept too</textarea>"));
    // Not kept while a box is over the limit: the draft is as it was.
    let drafts: Value = server
        .get(&leah, &format!("/api/children/{leah_id}/drafts"))
        .await
        .json()
        .await
        .unwrap();
    assert!(!drafts.to_string().contains("Kept too"));
}

#[tokio::test]
async fn saving_as_the_child_types_answers_without_a_page() {
    let server = start().await;
    let sam = signed_in_browser(&server, Who::Sam).await;
    let sam_id = child_id(&server, &sam).await;
    let token = field(&page(&server, &sam, "/my-views").await, "form_token");
    let autosave = |client: &Client, token: &str, words: &str| {
        client
            .post(server.url("/my-views"))
            .header("x-autosave", "1")
            .form(&[
                ("form_token", token),
                ("action", "save"),
                ("not_going_well", words),
            ])
            .send()
    };
    let r = autosave(&sam, &token, "Typed as I go").await.unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let drafts = server
        .get(&sam, &format!("/api/children/{sam_id}/drafts"))
        .await
        .text()
        .await
        .unwrap();
    assert!(drafts.contains("Typed as I go"));
    // A session that ended: 401, for the script to keep the words and ask
    // to sign in again. A token that is not this browser's: 403.
    let r = autosave(&browser(), &token, "x").await.unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let r = autosave(&sam, "not-the-token", "Never kept").await.unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = autosave(&sam, &token, &"a".repeat(3001)).await.unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let drafts = server
        .get(&sam, &format!("/api/children/{sam_id}/drafts"))
        .await
        .text()
        .await
        .unwrap();
    assert!(drafts.contains("Typed as I go") && !drafts.contains("Never kept"));
}

#[tokio::test]
async fn a_form_from_elsewhere_keeps_nothing_and_adults_write_nothing_here() {
    let server = start().await;
    let sam = signed_in_browser(&server, Who::Sam).await;
    let sam_id = child_id(&server, &sam).await;
    let r = sam
        .post(server.url("/my-views"))
        .form(&[
            ("form_token", "forged"),
            ("action", "save"),
            ("going_well", "Planted"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let html = r.text().await.unwrap();
    assert!(html.contains("This page was open for a long time"));
    // What was typed comes back in its box, to send again.
    assert!(html.contains("Planted</textarea>"));

    // Priya posting to a child's own form changes nothing for anyone.
    let priya = signed_in_browser(&server, Who::Priya).await;
    let r = priya
        .post(server.url("/my-views"))
        .form(&[("action", "save"), ("going_well", "Planted")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(r.headers()["location"], "/");
    let drafts = server
        .get(&sam, &format!("/api/children/{sam_id}/drafts"))
        .await
        .text()
        .await
        .unwrap();
    assert!(!drafts.contains("Planted"));
}

#[tokio::test]
async fn a_child_adds_to_their_own_views_and_never_to_another_childs() {
    let server = start().await;
    let sam = signed_in_browser(&server, Who::Sam).await;
    let sam_id = child_id(&server, &sam).await;
    write(&server, &sam, &[("going_well", "First go")], "check").await;
    let check = page(&server, &sam, "/my-views?step=check").await;
    sam.post(server.url("/my-views/send"))
        .form(&[
            ("form_token", field(&check, "form_token").as_str()),
            ("send_id", field(&check, "send_id").as_str()),
            ("from", "own"),
        ])
        .send()
        .await
        .unwrap();
    let sent = my_views_sent(&server, &sam, sam_id).await;
    let newest = sent
        .iter()
        .map(|c| c["contribution_id"].as_i64().unwrap())
        .max();
    let contribution = newest.unwrap().to_string();

    // Jay, with his own page's token, adds to Sam's: nothing is added.
    let jay = signed_in_browser(&server, Who::Jay).await;
    let jays_page = page(&server, &jay, "/my-views").await;
    let r = jay
        .post(server.url("/my-views/add"))
        .form(&[
            ("form_token", field(&jays_page, "form_token").as_str()),
            ("send_id", "jay-1"),
            ("contribution_id", contribution.as_str()),
            ("addition", "Not his"),
        ])
        .send()
        .await
        .unwrap();
    assert!(
        matches!(r.status(), StatusCode::FORBIDDEN | StatusCode::NOT_FOUND),
        "{}",
        r.status()
    );

    // Empty: said beside the box, which stays open.
    let mine = page(&server, &sam, "/my-views").await;
    let add = |words: &'static str| {
        let sam = sam.clone();
        let url = server.url("/my-views/add");
        let token = field(&mine, "form_token");
        let contribution = contribution.clone();
        async move {
            sam.post(url)
                .form(&[
                    ("form_token", token.as_str()),
                    ("send_id", "sam-add-1"),
                    ("contribution_id", contribution.as_str()),
                    ("addition", words),
                ])
                .send()
                .await
                .unwrap()
        }
    };
    let r = add("  ").await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r
        .text()
        .await
        .unwrap()
        .contains("Write what you want to add"));
    let r = add("And another thing").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    // Pressed twice: added once.
    add("And another thing").await;
    let after = page(&server, &sam, "/my-views").await;
    assert_eq!(after.matches("And another thing").count(), 1, "{after}");
    assert!(!after.contains("Not his"));
}

#[tokio::test]
async fn sams_meeting_wishes_reach_priya_and_his_form_starts_from_them_next_time() {
    let server = start().await;
    let sam = signed_in_browser(&server, Who::Sam).await;
    let sam_id = child_id(&server, &sam).await;
    let form_page = page(&server, &sam, "/my-meeting").await;
    assert!(form_page.contains("<h1>My meeting</h1>"), "{form_page}");
    let r = sam
        .post(server.url("/my-meeting"))
        .form(&[
            ("form_token", field(&form_page, "form_token").as_str()),
            ("action", "check"),
            ("want_to_come", "not_sure"),
            ("want_to_chair", "with_help"),
            ("who_i_want", "Nan & Alex"),
            ("need_interpreter", "yes"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["location"], "/my-meeting?step=check");
    let check = page(&server, &sam, "/my-meeting?step=check").await;
    assert!(
        check.contains("I&#39;m not sure") || check.contains("I'm not sure"),
        "{check}"
    );
    assert!(check.contains("Yes, with help"));
    assert!(check.contains("Someone to translate (an interpreter)"));
    let r = sam
        .post(server.url("/my-meeting/send"))
        .form(&[
            ("form_token", field(&check, "form_token").as_str()),
            ("send_id", field(&check, "send_id").as_str()),
            ("from", "own"),
        ])
        .send()
        .await
        .unwrap();
    let to = r.headers()["location"].to_str().unwrap().to_owned();
    let sent = page(&server, &sam, &to).await;
    assert!(sent.contains("<h1>Your wishes are sent</h1>"));
    assert!(sent.contains("You can change your wishes and send them again at any time."));

    let priya = server.signed_in(Who::Priya).await;
    let review: Value = server
        .get(&priya, &format!("/api/children/{sam_id}/reviews/next"))
        .await
        .json()
        .await
        .unwrap();
    let wishes = &review["meeting_wishes"];
    assert_eq!(wishes["want_to_come"], "not_sure");
    assert_eq!(wishes["want_to_chair"], "with_help");
    assert_eq!(wishes["who_i_want"], "Nan & Alex");
    assert_eq!(wishes["need_interpreter"], true);

    // Next time, with no draft, the form starts from what he sent.
    let again = page(&server, &sam, "/my-meeting").await;
    assert!(again.contains(r#"value="not_sure" checked"#), "{again}");
    assert!(again.contains("Nan &amp; Alex</textarea>"));
    assert!(again.contains("What you sent last time"));
}
