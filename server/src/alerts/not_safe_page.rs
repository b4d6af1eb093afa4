//! `/not-safe` as a page: the help numbers for anyone, and for a signed-in
//! child the form that tells their adults. Opening or reloading the page
//! tells nobody (a GET is safe); the form's `send_id`, made when the page
//! is drawn, names one press, so pressing twice, going Back and pressing
//! again, or retrying after a failure raises one alert.
//!
//! After the press the browser is sent to `/not-safe?told=<alert>`, which
//! says who was told and shows back what the child wrote: reloading it
//! sends nothing again.

use super::raise_alert;
use crate::auth::sessions::CurrentUser;
use crate::contributions::check_send_id;
use crate::http::pages::{random_token, see_other, PageRequest};
use crate::http::routes::{route, ApiRoute};
use crate::policy::{self, Action};
use crate::AppState;
use axum::extract::{Query, State};
use axum::http::{Method, StatusCode};
use axum::response::Response;
use axum::Form;
use domain::api::Role;
use pages::frame::NOT_SAFE_PATH;
use pages::not_safe::{self, Telling};
use serde::Deserialize;

pub fn page_routes() -> Vec<ApiRoute> {
    vec![
        route(Method::GET, NOT_SAFE_PATH, show),
        route(Method::POST, NOT_SAFE_PATH, tell),
    ]
}

#[derive(Deserialize)]
struct Shown {
    told: Option<i64>,
}

async fn show(
    State(state): State<AppState>,
    page: PageRequest,
    Query(shown): Query<Shown>,
) -> Response {
    let child = page.child();
    let telling = match (child, shown.told) {
        (Some((user, child_id)), Some(alert_id)) => {
            told_already(&state, user, child_id, alert_id).await
        }
        (Some(_), None) => Telling::Ready {
            send_id: random_token(),
        },
        (None, _) => Telling::NumbersOnly,
    };
    page.html(StatusCode::OK, not_safe::page(&page.frame, telling))
}

/// The child's own alert, if `alert_id` is one; otherwise a fresh form
/// (an old or mistyped address must never hide the button).
async fn told_already(
    state: &AppState,
    user: &CurrentUser,
    child_id: i64,
    alert_id: i64,
) -> Telling {
    let ready = || Telling::Ready {
        send_id: random_token(),
    };
    let Ok(access) = policy::authorize(state, user, Action::RaiseAlert, child_id).await else {
        return ready();
    };
    match state.store.own_alert(&access, user.user_id, alert_id).await {
        Ok(Some(wrote)) => Telling::Told { wrote },
        Ok(None) => ready(),
        Err(e) => {
            tracing::error!(error = %e, "could not read back a child's own alert");
            ready()
        }
    }
}

#[derive(Deserialize)]
struct Pressed {
    #[serde(default)]
    form_token: String,
    #[serde(default)]
    send_id: String,
    #[serde(default)]
    what_is_happening: String,
}

async fn tell(
    State(state): State<AppState>,
    page: PageRequest,
    Form(pressed): Form<Pressed>,
) -> Response {
    let Some(user) = &page.user else {
        return page.html(
            StatusCode::UNAUTHORIZED,
            not_safe::page(&page.frame, Telling::SignedOut),
        );
    };
    let child_id = match (user.role, user.child_id) {
        (Role::Child, Some(id)) => id,
        _ => return see_other(NOT_SAFE_PATH),
    };
    let wrote = pressed.what_is_happening;
    // Not told, with what they wrote kept and the same press offered again.
    let not_told = |send_id: String, wrote: String| {
        page.html(
            StatusCode::SERVICE_UNAVAILABLE,
            not_safe::page(&page.frame, Telling::NotTold { send_id, wrote }),
        )
    };
    let send_id = if check_send_id(&pressed.send_id).is_ok() {
        pressed.send_id
    } else {
        random_token()
    };
    if !page.form_is_ours(&pressed.form_token) {
        // Most often a form cookie that has gone: the page drawn now sets
        // a new one, so trying again works.
        tracing::warn!("an alert's form came without this browser's form token");
        return not_told(send_id, wrote);
    }
    let access = match policy::authorize(&state, user, Action::RaiseAlert, child_id).await {
        Ok(access) => access,
        Err(e) => {
            tracing::error!(error = ?e, "a child could not raise an alert");
            return not_told(send_id, wrote);
        }
    };
    match raise_alert(&state, &access, user, &send_id, Some(&wrote)).await {
        Ok(raised) => see_other(&format!("{NOT_SAFE_PATH}?told={}", raised.alert_id)),
        Err(e) => {
            tracing::error!(error = %e, "could not store an alert");
            not_told(send_id, wrote)
        }
    }
}
