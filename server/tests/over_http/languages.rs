//! A person's choice of language is kept with their account, so it comes
//! back when they sign in again, on any device; nobody can set another's.

use crate::common;

use common::{start, Who};
use serde_json::{json, Value};

async fn language_in_me(server: &common::TestServer, client: &reqwest::Client) -> Value {
    let me: Value = server.get(client, "/api/me").await.json().await.unwrap();
    me["language"].clone()
}

#[tokio::test]
async fn a_chosen_language_comes_back_at_the_next_sign_in() {
    let server = start().await;
    let sam = server.signed_in(Who::Sam).await;
    assert_eq!(language_in_me(&server, &sam).await, Value::Null);

    let r = server
        .put(&sam, "/api/me/language", json!({ "language": "cy" }))
        .await;
    assert_eq!(r.status(), 204);
    assert_eq!(language_in_me(&server, &sam).await, "cy");

    // Another device: the answer to signing in already carries it.
    let (path, body) = Who::Sam.sign_in().unwrap();
    let again = server.post(&common::client(), path, body).await;
    assert_eq!(again.status(), 200);
    let me: Value = again.json().await.unwrap();
    assert_eq!(me["language"], "cy");

    // Only Sam's own account changed.
    let leah = server.signed_in(Who::Leah).await;
    assert_eq!(language_in_me(&server, &leah).await, Value::Null);
}

#[tokio::test]
async fn only_well_formed_tags_are_kept() {
    let server = start().await;
    let priya = server.signed_in(Who::Priya).await;
    for bad in [
        "",
        "x",
        "<script>",
        "en_GB",
        "-cy",
        "cy-",
        "abcdefghi",
        &"a-".repeat(30),
    ] {
        let r = server
            .put(&priya, "/api/me/language", json!({ "language": bad }))
            .await;
        assert_eq!(r.status(), 422, "{bad:?}");
    }
    for good in ["cy", "en-GB", "ar-XB", "zh-Hant-TW"] {
        let r = server
            .put(&priya, "/api/me/language", json!({ "language": good }))
            .await;
        assert_eq!(r.status(), 204, "{good:?}");
        assert_eq!(language_in_me(&server, &priya).await, good);
    }
}

#[tokio::test]
async fn signed_out_nobody_can_choose() {
    let server = start().await;
    let r = server
        .put(
            &common::client(),
            "/api/me/language",
            json!({ "language": "cy" }),
        )
        .await;
    assert_eq!(r.status(), 401);
}

#[tokio::test]
async fn words_files_are_kept_for_ever_and_the_page_that_lists_them_is_not() {
    const WORDS: &str = "/locales/cy.0123456789abcdef.ftl";
    let server = common::start_with(|c, dir| {
        let dist = dir.join("built");
        std::fs::create_dir_all(dist.join("locales")).unwrap();
        std::fs::write(
            dist.join("index.html"),
            "<!doctype html><title>My Say</title>",
        )
        .unwrap();
        std::fs::write(dist.join(&WORDS[1..]), "sign-out = Allgofnodi\n").unwrap();
        std::fs::write(dist.join(format!("{}.br", &WORDS[1..])), b"brotli bytes").unwrap();
        c.dist_dir = dist;
    })
    .await;
    let c = reqwest::Client::new();

    let r = server.get(&c, WORDS).await;
    assert_eq!(r.status(), 200);
    assert_eq!(
        r.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(r.text().await.unwrap(), "sign-out = Allgofnodi\n");

    let r = c
        .get(server.url(WORDS))
        .header("accept-encoding", "br")
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["content-encoding"], "br");

    // A name from an older build: not the app's page, and not kept.
    let r = server.get(&c, "/locales/cy.fedcba9876543210.ftl").await;
    assert_eq!(r.status(), 404);
    assert_eq!(r.headers()["cache-control"], "no-cache");

    // Pages the app still draws get its HTML shell, which lists the files.
    for page in ["/children/3/review", "/requests"] {
        let r = server.get(&c, page).await;
        assert_eq!(r.status(), 200);
        assert_eq!(r.headers()["cache-control"], "no-cache", "{page}");
    }
}
