//! Serving the built front end, and everything no API route matched.

use crate::http::error::AppError;
use crate::http::security::is_api;
use crate::AppState;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use std::path::{Path, PathBuf};
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

/// Where the build puts the app's scripts and modules, one folder per build
/// named by a hash of its contents (`xtask/src/frontend.rs`).
const PKG: &str = "/pkg/";

/// Named by their contents, so they never change: keep them for a year.
const FOREVER: &str = "public, max-age=31536000, immutable";
/// Everything else (the HTML shell, styles, icons) may change under the same
/// name: the browser must check before using its copy.
const REVALIDATE: &str = "no-cache";

#[derive(Clone, Debug)]
pub struct Frontend {
    index: PathBuf,
    files: ServeDir<ServeFile>,
    /// Without the single-page fallback: a missing chunk is a 404, never the
    /// HTML shell under a chunk's name.
    hashed: ServeDir,
}

impl Frontend {
    pub fn new(dist: &Path) -> Self {
        let index = dist.join("index.html");
        // Any path that is not a file is a route of the single-page app.
        let spa = ServeFile::new(&index)
            .precompressed_br()
            .precompressed_gzip();
        let files = ServeDir::new(dist)
            .precompressed_br()
            .precompressed_gzip()
            .fallback(spa);
        let hashed = ServeDir::new(dist).precompressed_br().precompressed_gzip();
        Self {
            index,
            files,
            hashed,
        }
    }
}

/// A path whose name carries a hash of the file's contents: anything in a
/// build folder `/pkg/<hex>/`, or a file named `<name>.<hex>.<ext>` (at least
/// 8 hex digits), such as a language's words.
fn is_content_hashed(path: &str) -> bool {
    let is_hash = |part: &str| part.len() >= 8 && part.bytes().all(|b| b.is_ascii_hexdigit());
    if let Some(rest) = path.strip_prefix(PKG) {
        return rest.split_once('/').is_some_and(|(dir, _)| is_hash(dir));
    }
    let name = path.rsplit('/').next().unwrap_or_default();
    let parts: Vec<&str> = name.split('.').collect();
    parts.len() >= 3 && parts[1..parts.len() - 1].iter().any(|p| is_hash(p))
}

pub async fn fallback(State(state): State<AppState>, req: Request) -> Response {
    let path = req.uri().path().to_owned();
    if is_api(&path) {
        return AppError::NotFound.into_response();
    }
    // Checked per request so a front end built after start-up is picked up.
    if !state.frontend.index.is_file() {
        let text = "The My Say front end has not been built. Run `cargo xtask run` to build and serve it.\n";
        return (StatusCode::SERVICE_UNAVAILABLE, text).into_response();
    }
    let hashed = is_content_hashed(&path);
    // Any hashed name, not only under /pkg/: a language file from an older
    // build must be a 404 too, not the HTML shell kept for a year.
    let served = if hashed || path.starts_with(PKG) {
        state.frontend.hashed.clone().oneshot(req).await
    } else {
        state.frontend.files.clone().oneshot(req).await
    };
    let mut response = match served {
        Ok(response) => response.map(Body::new),
        Err(never) => match never {},
    };
    let ok = response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED;
    let policy = if hashed && ok { FOREVER } else { REVALIDATE };
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
    response
}

#[cfg(test)]
mod tests {
    use super::is_content_hashed;

    #[test]
    fn only_names_that_carry_a_hash_are_kept_for_ever() {
        assert!(is_content_hashed("/pkg/0123456789abcdef/app_bg.wasm"));
        assert!(is_content_hashed(
            "/pkg/0123456789abcdef/split_caseload.wasm"
        ));
        assert!(is_content_hashed("/locales/en-GB.3f2a9c1d.ftl"));
        assert!(!is_content_hashed("/pkg/boot.js"));
        assert!(!is_content_hashed("/pkg/not-a-hash/app.js"));
        assert!(!is_content_hashed("/app.css"));
        assert!(!is_content_hashed("/index.html"));
        assert!(!is_content_hashed("/children/12"));
        assert!(!is_content_hashed("/locales/en-GB.ftl"));
    }
}
