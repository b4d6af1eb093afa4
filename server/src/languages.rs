//! A signed-in person's choice of language, kept with their account so it
//! follows them to any device they sign in on. Which languages exist is the
//! front end's business (the build lists them); the server keeps any tag
//! that is well formed, and each person may only set their own.

use crate::auth::sessions::CurrentUser;
use crate::http::error::{AppError, AppResult};
use crate::http::extract::ApiJson;
use crate::http::pages::{see_other, PageRequest, LANGUAGE_COOKIE};
use crate::http::routes::{route, ApiRoute};
use crate::AppState;
use axum::extract::State;
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderValue, Method, StatusCode};
use axum::response::Response;
use axum::Form;
use domain::api::{ErrorCode, LanguageChoice};
use pages::frame::LANGUAGE_PATH;
use pages::sign_in::local_path;
use serde::Deserialize;

pub fn routes() -> Vec<ApiRoute> {
    vec![route(Method::PUT, "/api/me/language", choose)]
}

/// The pages' language menu, a form: it works with no script.
pub fn page_routes() -> Vec<ApiRoute> {
    vec![route(Method::POST, LANGUAGE_PATH, choose_from_menu)]
}

/// A year: the choice of a language is not a secret, and stays with the browser.
const REMEMBER_SECS: i64 = 365 * 24 * 60 * 60;

#[derive(Deserialize)]
struct Menu {
    #[serde(default)]
    form_token: String,
    #[serde(default)]
    lang: String,
    /// The page the menu was on, to go back to.
    #[serde(default)]
    back: String,
}

/// Remembers the choice in this browser and, for a signed-in person, with
/// their account; then shows the same page again, in the new language.
async fn choose_from_menu(
    State(state): State<AppState>,
    page: PageRequest,
    Form(menu): Form<Menu>,
) -> Response {
    // Only a path on this site: never a way to send someone elsewhere.
    let back = local_path(&menu.back).unwrap_or_else(|| "/".into());
    let back = back.as_str();
    let language = state
        .page_languages
        .find(&menu.lang)
        .map(|w| w.language().tag.clone());
    let (Some(tag), true) = (language, page.form_is_ours(&menu.form_token)) else {
        return see_other(back);
    };
    if let Some(user) = &page.user {
        if let Err(e) = state.store.set_language_choice(user.user_id, &tag).await {
            tracing::error!(error = %e, "could not keep a language choice with the account");
        }
    }
    // The tag is one of the build's own, so it needs no escaping.
    let cookie = format!("{LANGUAGE_COOKIE}={tag}; Path=/; Max-Age={REMEMBER_SECS}; SameSite=Lax");
    let mut response = see_other(back);
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(SET_COOKIE, value);
    }
    response
}

async fn choose(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(choice): ApiJson<LanguageChoice>,
) -> AppResult<StatusCode> {
    if !choice.is_well_formed() {
        return Err(AppError::field("language", ErrorCode::InvalidInput));
    }
    state
        .store
        .set_language_choice(user.user_id, &choice.language)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
