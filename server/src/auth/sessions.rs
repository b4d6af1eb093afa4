//! Server-side sessions: the cookie holds a random token, the database only
//! its SHA-256, and every request re-checks the idle and absolute limits.

use crate::auth::cookie;
use crate::http::client_address::{self, ClientAddress};
use crate::http::error::{AppError, AppResult};
use crate::http::routes::{route, ApiRoute};
use crate::AppState;
use axum::extract::{FromRequestParts, OptionalFromRequestParts, State};
use axum::http::header::SET_COOKIE;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use axum::response::{AppendHeaders, IntoResponse, Response};
use axum::Json;
use axum_extra::extract::cookie::Cookie;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use domain::api::{Me, Role};
use rand::RngCore;
use sha2::{Digest, Sha256};

pub fn routes() -> Vec<ApiRoute> {
    vec![
        route(Method::GET, "/api/me", me),
        route(Method::DELETE, "/api/session", sign_out),
    ]
}

/// The signed-in person. Extracting it answers 401 when there is no valid session.
#[derive(Clone, Debug)]
pub struct CurrentUser {
    pub user_id: i64,
    pub role: Role,
    pub display_name: String,
    pub child_id: Option<i64>,
    /// Where this request came from (after trusted proxies), for the audit trail.
    pub client: ClientAddress,
}

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let client = client_address::judge(parts, &state.config.trusted_proxies);
        let token_hash = cookie::presented(&parts.headers, cookie::secure(state, client))
            .map(|t| hash_token(&t))
            .ok_or(AppError::NotSignedIn)?;
        let session = state
            .store
            .session_user(&token_hash)
            .await?
            .ok_or(AppError::NotSignedIn)?;
        let now = state.clock.now_ms();
        let idle_ms = millis(state.config.idle_timeout);
        let max_ms = millis(state.config.session_max);
        if now - session.last_seen > idle_ms || now - session.created_at > max_ms {
            state.store.delete_session(&token_hash).await?;
            return Err(AppError::NotSignedIn);
        }
        state.store.touch_session(&token_hash, now).await?;
        Ok(Self {
            user_id: session.user_id,
            role: session.role,
            display_name: session.display_name,
            child_id: session.child_id,
            client,
        })
    }
}

/// A page open to anyone: `None` when nobody (or nobody any longer) is
/// signed in, an error only when the check itself failed.
impl OptionalFromRequestParts<AppState> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Option<Self>, Self::Rejection> {
        match <Self as FromRequestParts<AppState>>::from_request_parts(parts, state).await {
            Ok(user) => Ok(Some(user)),
            Err(AppError::NotSignedIn) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

fn millis(d: std::time::Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

fn hash_token(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn set_cookie(c: &Cookie<'_>) -> AppResult<(HeaderName, HeaderValue)> {
    let value = HeaderValue::from_str(&c.to_string()).map_err(anyhow::Error::from)?;
    Ok((SET_COOKIE, value))
}

/// A session just begun: the cookie to set, and who it is for.
pub struct Started {
    cookie: (HeaderName, HeaderValue),
    pub me: Me,
}

impl Started {
    /// The cookie, for an answer of the caller's making (a page's redirect).
    pub fn cookie(&self) -> AppendHeaders<[(HeaderName, HeaderValue); 1]> {
        AppendHeaders([self.cookie.clone()])
    }
}

/// The API's answer: the cookie, and `Me` as JSON.
impl IntoResponse for Started {
    fn into_response(self) -> Response {
        (self.cookie(), Json(self.me)).into_response()
    }
}

/// Signs `user_id` in: a brand-new session every time, and the session the
/// browser presented (if any) is ended, so a token planted before sign-in is
/// never promoted to a signed-in one.
pub async fn start(
    state: &AppState,
    headers: &HeaderMap,
    client: ClientAddress,
    user_id: i64,
) -> AppResult<Started> {
    let store = &state.store;
    let secure = cookie::secure(state, client);
    if let Some(old) = cookie::presented(headers, secure) {
        store.delete_session(&hash_token(&old)).await?;
    }
    let now = state.clock.now_ms();
    store
        .delete_expired_sessions(
            now - millis(state.config.idle_timeout),
            now - millis(state.config.session_max),
        )
        .await?;

    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let token = URL_SAFE_NO_PAD.encode(bytes);
    let token_hash = hash_token(&token);
    store.create_session(&token_hash, user_id, now).await?;
    let session = store
        .session_user(&token_hash)
        .await?
        .ok_or_else(|| anyhow::anyhow!("session vanished right after it was created"))?;

    let me = Me {
        user_id: session.user_id,
        role: session.role,
        display_name: session.display_name,
        child_id: session.child_id,
        idle_timeout_secs: state.config.idle_timeout.as_secs(),
        language: store.language_choice(session.user_id).await?,
    };
    let cookie = set_cookie(&cookie::build(token, secure))?;
    Ok(Started { cookie, me })
}

async fn me(State(state): State<AppState>, user: CurrentUser) -> AppResult<Json<Me>> {
    Ok(Json(Me {
        language: state.store.language_choice(user.user_id).await?,
        user_id: user.user_id,
        role: user.role,
        display_name: user.display_name,
        child_id: user.child_id,
        idle_timeout_secs: state.config.idle_timeout.as_secs(),
    }))
}

/// The pages' ways out, forms that work with no script: "Sign out", and the
/// quick exit, which signs out and goes to a neutral site.
pub fn page_routes() -> Vec<ApiRoute> {
    vec![
        route(Method::POST, pages::frame::SIGN_OUT_PATH, sign_out_page),
        route(Method::POST, pages::frame::LEAVE_PATH, leave_page),
        route(
            Method::POST,
            pages::frame::QUICK_EXIT_NOTE_PATH,
            quick_exit_note_read,
        ),
    ]
}

#[derive(serde::Deserialize)]
struct NoteRead {
    #[serde(default)]
    form_token: String,
    #[serde(default)]
    back: String,
}

/// "OK, got it" under the quick exit's note: the same page again, without it.
async fn quick_exit_note_read(
    page: crate::http::pages::PageRequest,
    axum::Form(form): axum::Form<NoteRead>,
) -> Response {
    let back = pages::sign_in::local_path(&form.back).unwrap_or_else(|| "/".into());
    let mut response = crate::http::pages::see_other(&back);
    if page.form_is_ours(&form.form_token) {
        response
            .headers_mut()
            .append(SET_COOKIE, crate::http::pages::quick_exit_note_read());
    }
    response
}

/// Works whether or not the session is still valid: signing out must always
/// leave the device clean, which matters on shared kiosks and family phones.
async fn sign_out(
    State(state): State<AppState>,
    client: ClientAddress,
    headers: HeaderMap,
) -> AppResult<Response> {
    Ok((
        StatusCode::NO_CONTENT,
        end_session(&state, client, &headers).await?,
    )
        .into_response())
}

/// No form token is asked for: ending a session is what every way out must
/// always do, and a forged one could only sign someone out.
async fn sign_out_page(
    State(state): State<AppState>,
    client: ClientAddress,
    headers: HeaderMap,
) -> AppResult<Response> {
    let ended = end_session(&state, client, &headers).await?;
    Ok((ended, crate::http::pages::see_other("/sign-in")).into_response())
}

/// Leaves even if the session could not be ended: getting away matters more.
async fn leave_page(
    State(state): State<AppState>,
    client: ClientAddress,
    headers: HeaderMap,
) -> Response {
    let away = crate::http::pages::see_other(domain::api::NEUTRAL_SITE);
    match end_session(&state, client, &headers).await {
        Ok(ended) => (ended, away).into_response(),
        Err(e) => {
            tracing::error!(error = ?e, "could not end a session on a quick exit");
            away
        }
    }
}

/// Ends the presented session and tells the browser to forget the cookie
/// and everything this site kept.
async fn end_session(
    state: &AppState,
    client: ClientAddress,
    headers: &HeaderMap,
) -> AppResult<AppendHeaders<[(HeaderName, HeaderValue); 2]>> {
    let secure = cookie::secure(state, client);
    if let Some(token) = cookie::presented(headers, secure) {
        state.store.delete_session(&hash_token(&token)).await?;
    }
    let mut removal = cookie::build(String::new(), secure);
    removal.make_removal();
    let clear = (
        HeaderName::from_static("clear-site-data"),
        HeaderValue::from_static("\"cache\", \"cookies\", \"storage\""),
    );
    Ok(AppendHeaders([set_cookie(&removal)?, clear]))
}
