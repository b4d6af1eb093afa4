//! Serving the built front end, and everything no API route matched.

use crate::http::error::AppError;
use crate::http::security::is_api;
use crate::AppState;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use std::path::{Path, PathBuf};
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

#[derive(Clone, Debug)]
pub struct Frontend {
    index: PathBuf,
    files: ServeDir<ServeFile>,
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
        Self { index, files }
    }
}

pub async fn fallback(State(state): State<AppState>, req: Request) -> Response {
    if is_api(req.uri().path()) {
        return AppError::NotFound.into_response();
    }
    // Checked per request so a front end built after start-up is picked up.
    if !state.frontend.index.is_file() {
        let text = "The My Say front end has not been built. Run `cargo xtask run` to build and serve it.\n";
        return (StatusCode::SERVICE_UNAVAILABLE, text).into_response();
    }
    match state.frontend.files.clone().oneshot(req).await {
        Ok(response) => response.map(Body::new),
        Err(never) => match never {},
    }
}
