//! Request extractors whose failures are `ApiError` JSON, not axum's plain-text
//! rejections, so the front end can always read a code.

use crate::http::error::AppError;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::request::Parts;
use axum::http::StatusCode;
use serde::de::DeserializeOwned;

/// The largest JSON body the API reads (`app` sets it as the default body
/// limit). Every form the API takes fits in a fraction of this; uploads,
/// when they come, get their own limit on their own route.
pub const JSON_BODY_LIMIT: usize = 16 * 1024;

/// A JSON body. A body that is not the expected JSON is a 422 with no field
/// list: the front end always sends every field, so this only happens to
/// hand-made requests. A body over `JSON_BODY_LIMIT` is a 413.
pub struct ApiJson<T>(pub T);

impl<T, S> FromRequest<S> for ApiJson<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(value)) => Ok(Self(value)),
            Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                Err(AppError::TooLarge)
            }
            Err(rejection) => {
                // Only the kind: the rejection's own text quotes what was
                // sent, and what was sent may be someone's passphrase.
                tracing::debug!(kind = rejection_kind(&rejection), "unreadable JSON body");
                Err(AppError::InvalidInput(Vec::new()))
            }
        }
    }
}

fn rejection_kind(rejection: &JsonRejection) -> &'static str {
    match rejection {
        JsonRejection::JsonDataError(_) => "not the expected fields or types",
        JsonRejection::JsonSyntaxError(_) => "not JSON",
        JsonRejection::MissingJsonContentType(_) => "no JSON content type",
        JsonRejection::BytesRejection(_) => "body not read",
        _ => "other",
    }
}

/// The `{id}` of `/api/children/{id}...`. An id that is not a number cannot
/// name a child, so it is a 404 whoever asks; it reveals nothing.
pub struct ChildIdPath(pub i64);

impl<S: Send + Sync> FromRequestParts<S> for ChildIdPath {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        Path::<i64>::from_request_parts(parts, state)
            .await
            .map(|Path(id)| Self(id))
            .map_err(|_| AppError::NotFound)
    }
}
