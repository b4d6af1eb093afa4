//! Signing in: staff with email and password, children with a username and
//! the passphrase they chose when they activated their account.

use crate::auth::throttle::{self, Attempt};
use crate::auth::{passwords, sessions};
use crate::http::error::{AppError, AppResult};
use crate::http::extract::ApiJson;
use crate::http::routes::{route, ApiRoute};
use crate::storage::Credentials;
use crate::AppState;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, Method};
use axum::response::Response;
use domain::api::{
    Activation, ChildSignIn, ErrorCode, FieldError, StaffSignIn, MIN_PASSPHRASE_CHARS,
};
use std::net::SocketAddr;

pub fn routes() -> Vec<ApiRoute> {
    vec![
        route(Method::POST, "/api/session/staff", staff),
        route(Method::POST, "/api/session/child", child),
        route(Method::POST, "/api/session/activate", activate),
    ]
}

fn normalise_name(name: &str) -> String {
    name.trim().to_lowercase()
}

/// 422 listing every empty field.
fn require_filled(fields: &[(&str, &str)]) -> AppResult<()> {
    let missing: Vec<FieldError> = fields
        .iter()
        .filter(|(_, value)| value.trim().is_empty())
        .map(|(field, _)| FieldError {
            field: (*field).into(),
            code: ErrorCode::Required,
        })
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(AppError::InvalidInput(missing))
    }
}

async fn staff(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<StaffSignIn>,
) -> AppResult<Response> {
    require_filled(&[("email", &body.email), ("password", &body.password)])?;
    let email = normalise_name(&body.email);
    let attempt = throttle::begin(&state.store, &state.clock, "staff", &email, peer).await?;
    let credentials = state.store.staff_credentials(&email).await?;
    check_secret(&state, &headers, attempt, credentials, body.password).await
}

async fn child(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<ChildSignIn>,
) -> AppResult<Response> {
    require_filled(&[
        ("username", &body.username),
        ("passphrase", &body.passphrase),
    ])?;
    let username = normalise_name(&body.username);
    let attempt = throttle::begin(&state.store, &state.clock, "child", &username, peer).await?;
    let credentials = state.store.child_credentials(&username).await?;
    if credentials
        .as_ref()
        .is_some_and(|c| c.secret_hash.is_none())
    {
        attempt.not_a_guess(&state.store).await?;
        return Err(AppError::NeedsActivation);
    }
    check_secret(&state, &headers, attempt, credentials, body.passphrase).await
}

/// The shared end of both sign-ins: verify (against a dummy hash when the
/// account is unknown), then either start a session or leave the try
/// counted as a failure.
async fn check_secret(
    state: &AppState,
    headers: &HeaderMap,
    attempt: Attempt,
    credentials: Option<Credentials>,
    secret: String,
) -> AppResult<Response> {
    let hash = credentials.as_ref().and_then(|c| c.secret_hash.clone());
    let matches = passwords::verify(secret, hash).await?;
    match credentials {
        Some(c) if matches => {
            attempt.succeeded(&state.store).await?;
            sessions::start(state, headers, c.user_id).await
        }
        _ => Err(AppError::WrongDetails),
    }
}

async fn activate(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<Activation>,
) -> AppResult<Response> {
    require_filled(&[
        ("username", &body.username),
        ("code", &body.code),
        ("passphrase", &body.passphrase),
    ])?;
    if body.passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(AppError::field("passphrase", ErrorCode::PassphraseTooShort));
    }
    let username = normalise_name(&body.username);
    // Codes are read out or copied from paper: forgive case and stray spaces.
    let code = body.code.trim().to_uppercase();
    // Same account key as signing in, so guessing codes and guessing
    // passphrases share one allowance.
    let attempt = throttle::begin(&state.store, &state.clock, "child", &username, peer).await?;

    let credentials = state.store.child_credentials(&username).await?;
    let live_code = credentials
        .as_ref()
        .and_then(|c| match c.activation_expires_at {
            Some(expires) if expires > state.clock.now_ms() => c.activation_code_hash.clone(),
            _ => None,
        });
    let matches = passwords::verify(code, live_code.clone()).await?;
    let (Some(c), Some(code_hash), true) = (credentials, live_code, matches) else {
        return Err(AppError::BadActivationCode);
    };
    let passphrase_hash = passwords::hash(body.passphrase).await?;
    if !state
        .store
        .activate(c.user_id, &code_hash, &passphrase_hash)
        .await?
    {
        return Err(AppError::BadActivationCode);
    }
    attempt.succeeded(&state.store).await?;
    sessions::start(&state, &headers, c.user_id).await
}
