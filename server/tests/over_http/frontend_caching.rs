//! The built front end's cache rules: files named by their contents are kept
//! for a year, everything else is checked on each use, and a missing chunk is
//! a 404 rather than the HTML shell under a chunk's name.

use crate::common;

use common::start_with;
use reqwest::StatusCode;

const BUILD: &str = "pkg/0123456789abcdef";

#[tokio::test]
async fn hashed_files_are_kept_and_the_rest_revalidated() {
    let server = start_with(|c, dir| {
        let dist = dir.join("built");
        std::fs::create_dir_all(dist.join(BUILD)).unwrap();
        std::fs::write(
            dist.join("index.html"),
            "<!doctype html><title>My Say</title>",
        )
        .unwrap();
        std::fs::write(dist.join("app.css"), "body{}").unwrap();
        std::fs::write(dist.join(BUILD).join("app_bg.wasm"), b"\0asm\x01\0\0\0").unwrap();
        c.dist_dir = dist;
    })
    .await;
    let c = reqwest::Client::new();

    let r = server.get(&c, &format!("/{BUILD}/app_bg.wasm")).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        r.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );

    // Pages still drawn in the browser get the HTML shell (`/` and the
    // sign-in forms are pages from the server now).
    for path in ["/requests", "/children/3/review", "/app.css"] {
        let r = server.get(&c, path).await;
        assert_eq!(r.status(), StatusCode::OK, "{path}");
        assert_eq!(r.headers()["cache-control"], "no-cache", "{path}");
    }

    let r = server.get(&c, &format!("/{BUILD}/split_gone.wasm")).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert_eq!(r.headers()["cache-control"], "no-cache");
    assert!(!r.text().await.unwrap().contains("<title>"));
}
