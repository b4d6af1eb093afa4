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

/// A JSON body read now and parsed later (`parse`), so a handler can check
/// who is asking first: someone refused learns that, not what was wrong
/// with their body. Over the route's body limit it is a 413 at once.
pub struct JsonAfterCheck(axum::body::Bytes);

impl<S: Send + Sync> FromRequest<S> for JsonAfterCheck {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let json = req
            .headers()
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json"));
        match axum::body::Bytes::from_request(req, state).await {
            Ok(bytes) if json => Ok(Self(bytes)),
            // Parsing will refuse it, after the check.
            Ok(_) => Ok(Self(axum::body::Bytes::new())),
            Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                Err(AppError::TooLarge)
            }
            Err(_) => Err(AppError::InvalidInput(Vec::new())),
        }
    }
}

impl JsonAfterCheck {
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, AppError> {
        serde_json::from_slice(&self.0).map_err(|e| {
            tracing::debug!(kind = ?e.classify(), "unreadable JSON body");
            AppError::InvalidInput(Vec::new())
        })
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
