//! A signed-in person's choice of language, kept with their account so it
//! follows them to any device they sign in on. Which languages exist is the
//! front end's business (the build lists them); the server keeps any tag
//! that is well formed, and each person may only set their own.

use crate::auth::sessions::CurrentUser;
use crate::http::error::{AppError, AppResult};
use crate::http::extract::ApiJson;
use crate::http::routes::{route, ApiRoute};
use crate::AppState;
use axum::extract::State;
use axum::http::{Method, StatusCode};
use domain::api::{ErrorCode, LanguageChoice};

pub fn routes() -> Vec<ApiRoute> {
    vec![route(Method::PUT, "/api/me/language", choose)]
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
