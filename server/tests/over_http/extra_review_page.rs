//! `/extra-review` as pages from the server, used as a browser with no
//! script would: a missing answer comes back with every word kept; the
//! check step carries what was typed, back to change it or on to send;
//! Send pressed twice makes one request, which Priya has to answer.

use crate::common;

use common::pages::{field, signed_in_browser};
use common::{start, Who};
use reqwest::StatusCode;
use serde_json::Value;

#[tokio::test]
async fn sam_asks_once_however_often_he_presses_send_and_priya_has_it() {
    let server = start().await;
    let sam = signed_in_browser(&server, Who::Sam).await;
    let form = sam.get(server.url("/extra-review")).send().await.unwrap();
    assert_eq!(form.status(), StatusCode::OK);
    let form = form.text().await.unwrap();
    assert!(form.contains("<h1>I want an extra review</h1>"), "{form}");
    let token = field(&form, "form_token");
    let why = "Nearer my <school> & friends";

    let post = |pairs: Vec<(&'static str, String)>| {
        let sam = sam.clone();
        let url = server.url("/extra-review");
        async move { sam.post(url).form(&pairs).send().await.unwrap() }
    };
    let r = post(vec![("form_token", token.clone()), ("why", why.into())]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let again = r.text().await.unwrap();
    assert!(again.contains("Choose when you would like the review"));
    assert!(again.contains("Nearer my &lt;school&gt; &amp; friends</textarea>"));

    let answers = vec![
        ("form_token", token.clone()),
        ("why", why.to_owned()),
        ("reason", "want_to_move".to_owned()),
        ("when", "as_soon_as_possible".to_owned()),
    ];
    let r = post(answers.clone()).await;
    assert_eq!(r.status(), StatusCode::OK);
    let check = r.text().await.unwrap();
    assert!(check.contains("<h1>Check what you are sending</h1>"));
    assert!(check.contains("Priya will read this."));
    let send_id = field(&check, "send_id");

    // Back to change it: every answer is there.
    let mut change = answers.clone();
    change.push(("action", "change".into()));
    let back = post(change).await.text().await.unwrap();
    assert!(back.contains("Nearer my &lt;school&gt; &amp; friends</textarea>"));
    assert!(back.contains(r#"value="want_to_move" checked"#), "{back}");

    let mut sending = answers.clone();
    sending.push(("send_id", send_id));
    let send = || {
        let sam = sam.clone();
        let url = server.url("/extra-review/send");
        let sending = sending.clone();
        async move { sam.post(url).form(&sending).send().await.unwrap() }
    };
    let first = send().await;
    assert_eq!(first.status(), StatusCode::SEE_OTHER);
    let to = first.headers()["location"].to_str().unwrap().to_owned();
    let second = send().await;
    assert_eq!(second.headers()["location"], to.as_str());
    let sent = sam
        .get(server.url(&to))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(sent.contains("<h1>Your request is sent</h1>"));
    assert!(sent.contains("Priya will answer by"));

    let ids = server.child_ids().await;
    let priya = server.signed_in(Who::Priya).await;
    let list: Value = server
        .get(&priya, &format!("/api/children/{}/requests", ids["Sam"]))
        .await
        .json()
        .await
        .unwrap();
    let asked: Vec<&Value> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["asking"]["extra_review"]["why"] == why)
        .collect();
    assert_eq!(asked.len(), 1);
}
