//! Request extractors whose failures are `ApiError` JSON, not axum's plain-text
//! rejections, so the front end can always read a code.

use crate::http::error::AppError;
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

/// A JSON body. A body that is not the expected JSON is a 422 with no field
/// list: the front end always sends every field, so this only happens to
/// hand-made requests.
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
            Err(rejection) => {
                tracing::debug!(%rejection, "unreadable JSON body");
                Err(AppError::InvalidInput(Vec::new()))
            }
        }
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
