//! What anyone may fetch before signing in.

use crate::http::routes::{route, ApiRoute};
use crate::AppState;
use axum::extract::State;
use axum::http::Method;
use axum::Json;
use domain::api::Settings;
use serde_json::{json, Value};

pub fn routes() -> Vec<ApiRoute> {
    vec![
        route(Method::GET, "/api/health", health),
        route(Method::GET, "/api/settings", settings),
    ]
}

async fn health() -> Json<Value> {
    Json(json!({ "status": "ok" }))
}

async fn settings(State(state): State<AppState>) -> Json<Settings> {
    Json(state.config.settings())
}
