//! `/not-safe` as a page from the server: opening or reloading it tells
//! nobody; the form tells the adults once however often it is pressed; a
//! form from elsewhere, or without this browser's token, tells nobody; and
//! the quick exit signs out whatever happens.

use crate::common;

use common::pages::{browser, field, signed_in_browser};
use common::{start, TestServer, Who};
use reqwest::{Client, StatusCode};
use serde_json::Value;

async fn alerts_tom_sees(server: &TestServer) -> Vec<Value> {
    let tom = server.signed_in(Who::Tom).await;
    server
        .get(&tom, "/api/alerts")
        .await
        .json::<Vec<Value>>()
        .await
        .unwrap()
}

async fn open(server: &TestServer, browser: &Client, path: &str) -> String {
    let r = browser.get(server.url(path)).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK, "{path}");
    assert_eq!(r.headers()["cache-control"], "no-store");
    r.text().await.unwrap()
}

#[tokio::test]
async fn opening_the_page_tells_nobody_and_the_button_tells_once() {
    let server = start().await;
    let jay = signed_in_browser(&server, Who::Jay).await;
    let before = alerts_tom_sees(&server).await.len();

    let page = open(&server, &jay, "/not-safe").await;
    open(&server, &jay, "/not-safe").await;
    assert_eq!(
        alerts_tom_sees(&server).await.len(),
        before,
        "a GET tells nobody"
    );
    assert!(page.contains("href=\"tel:999\"") && page.contains("href=\"tel:08001111\""));
    assert!(page.contains("Tell my adults now"));

    let form = [
        ("form_token", field(&page, "form_token")),
        ("send_id", field(&page, "send_id")),
        (
            "what_is_happening",
            "He shouts at night & I <hide>".to_owned(),
        ),
    ];
    let mut told_at = Vec::new();
    // Pressed, then pressed again (a double tap, or Back and press).
    for _ in 0..2 {
        let r = jay
            .post(server.url("/not-safe"))
            .form(&form)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        told_at.push(r.headers()["location"].to_str().unwrap().to_owned());
    }
    assert_eq!(
        told_at[0], told_at[1],
        "the same press finds the same alert"
    );
    let alerts = alerts_tom_sees(&server).await;
    assert_eq!(alerts.len(), before + 1, "one alert for one press");
    assert_eq!(alerts[0]["child_first_name"], "Jay");
    assert_eq!(alerts[0]["said"], "He shouts at night & I <hide>");

    // The answer says who was told and shows the words back, unchanged.
    let told = open(&server, &jay, &told_at[0]).await;
    assert!(told.contains("We have told your CISRO, your social worker and a manager"));
    assert!(told.contains("He shouts at night &amp; I &lt;hide&gt;"));
    assert!(!told.contains("Tell my adults now"));
    // Reloading it sends nothing again.
    open(&server, &jay, &told_at[0]).await;
    assert_eq!(alerts_tom_sees(&server).await.len(), before + 1);

    // Another child cannot read Jay's alert back through its address.
    let sam = signed_in_browser(&server, Who::Sam).await;
    let page = open(&server, &sam, &told_at[0]).await;
    assert!(!page.contains("He shouts"));
    assert!(page.contains("Tell my adults now"));
}

#[tokio::test]
async fn a_form_without_the_token_or_from_another_site_tells_nobody() {
    let server = start().await;
    let jay = signed_in_browser(&server, Who::Jay).await;
    let before = alerts_tom_sees(&server).await.len();
    let page = open(&server, &jay, "/not-safe").await;
    let send_id = field(&page, "send_id");
    let token = field(&page, "form_token");

    let no_token = jay
        .post(server.url("/not-safe"))
        .form(&[("send_id", send_id.as_str()), ("what_is_happening", "kept")])
        .send()
        .await
        .unwrap();
    assert_eq!(no_token.status(), StatusCode::SERVICE_UNAVAILABLE);
    let html = no_token.text().await.unwrap();
    assert!(html.contains("We could not tell them"));
    assert!(html.contains(">kept</textarea>"), "what they wrote is kept");
    assert!(html.contains("href=\"tel:999\""));

    let cross_site = jay
        .post(server.url("/not-safe"))
        .header("sec-fetch-site", "cross-site")
        .form(&[
            ("form_token", token.as_str()),
            ("send_id", send_id.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(alerts_tom_sees(&server).await.len(), before);
}

#[tokio::test]
async fn signed_out_the_page_is_the_numbers_and_a_press_says_so() {
    let server = start().await;
    let anyone = browser();
    let page = open(&server, &anyone, "/not-safe").await;
    assert!(page.contains("href=\"tel:999\""));
    assert!(page.contains("href=\"tel:08088005792\""));
    assert!(!page.contains("Tell my adults now"));
    assert!(page.contains("Leave this page"));

    let r = anyone
        .post(server.url("/not-safe"))
        .form(&[
            ("form_token", field(&page, "form_token")),
            ("send_id", "x".into()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let html = r.text().await.unwrap();
    assert!(html.contains("You are signed out, so we could not tell them"));
    assert!(html.contains("href=\"tel:999\""));

    // An adult gets the numbers too, but no button and no quick exit.
    let tom = signed_in_browser(&server, Who::Tom).await;
    let page = open(&server, &tom, "/not-safe").await;
    assert!(page.contains("href=\"tel:999\"") && !page.contains("Tell my adults now"));
}

#[tokio::test]
async fn the_page_comes_in_the_language_asked_for() {
    let server = start().await;
    let anyone = browser();
    // Without a build, English is all the server has: asking for Welsh
    // still answers, in English.
    let r = anyone
        .get(server.url("/not-safe?lang=cy"))
        .header("accept-language", "cy, en;q=0.5")
        .send()
        .await
        .unwrap();
    let html = r.text().await.unwrap();
    assert!(html.contains("<html lang=\"en-GB\" dir=\"ltr\">"), "{html}");
    assert!(html.contains("<title>I don&#39;t feel safe – My Say</title>"));
}

#[tokio::test]
async fn the_quick_exit_signs_out_and_leaves_even_without_a_token() {
    let server = start().await;
    let jay = signed_in_browser(&server, Who::Jay).await;
    assert_eq!(server.get(&jay, "/api/me").await.status(), StatusCode::OK);
    let r = jay.post(server.url("/leave")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(r.headers()["location"], "https://www.bbc.co.uk/weather");
    assert_eq!(
        r.headers()["clear-site-data"],
        "\"cache\", \"cookies\", \"storage\""
    );
    assert_eq!(
        server.get(&jay, "/api/me").await.status(),
        StatusCode::UNAUTHORIZED
    );

    let sam = signed_in_browser(&server, Who::Sam).await;
    let r = sam.post(server.url("/sign-out")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(r.headers()["location"], "/sign-in");
    assert_eq!(
        server.get(&sam, "/api/me").await.status(),
        StatusCode::UNAUTHORIZED
    );
}
