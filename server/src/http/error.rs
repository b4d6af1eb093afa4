//! The one error type of the server. Every `/api/` failure becomes an
//! `ApiError` body with a stable code; internal details go to the log only.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use domain::api::{ApiError, ErrorCode, FieldError};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not signed in")]
    NotSignedIn,
    #[error("forbidden")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("wrong sign-in details")]
    WrongDetails,
    #[error("bad activation code")]
    BadActivationCode,
    #[error("too many tries; retry in {retry_after_secs}s")]
    TooManyTries { retry_after_secs: u64 },
    #[error("too busy to check a sign-in; retry in {retry_after_secs}s")]
    Busy { retry_after_secs: u64 },
    #[error("invalid input")]
    InvalidInput(Vec<FieldError>),
    /// A 422 where a field is `TooLong`: `limit` is the most it may hold.
    #[error("invalid input (limit {limit})")]
    InvalidInputWithLimit { fields: Vec<FieldError>, limit: u64 },
    /// A 409: the request clashes with what is already recorded; the code says how.
    #[error("conflict: {0:?}")]
    Conflict(ErrorCode),
    /// A 409: already decided (or answered); the decision that stands, if any, to show instead.
    #[error("already decided")]
    AlreadyDecided(Option<Box<domain::requests::Decision>>),
    /// A 409: the child said no recently; the first day it may be asked again.
    #[error("asked recently; again from {0}")]
    AskedRecently(chrono::NaiveDate),
    /// Text boxes (by field name) over `limit` characters: a 422 that says the limit.
    #[error("text too long")]
    TooLong {
        fields: Vec<&'static str>,
        limit: u64,
    },
    #[error("nothing to send")]
    NothingToSend,
    #[error("cross-site request refused")]
    CrossSite,
    #[error("method not allowed")]
    MethodNotAllowed,
    #[error("request body too large")]
    TooLarge,
    // Uploads (`attachments`): each is a 4xx the page explains.
    #[error("file larger than {limit} bytes")]
    FileTooLarge { limit: u64 },
    #[error("empty file")]
    EmptyFile,
    #[error("file type not accepted")]
    WrongFileType,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        Self::Internal(e.into())
    }
}

impl AppError {
    /// A 422 for one field.
    pub fn field(field: &str, code: ErrorCode) -> Self {
        Self::InvalidInput(vec![FieldError {
            field: field.into(),
            code,
        }])
    }

    fn status_and_code(&self) -> (StatusCode, ErrorCode) {
        match self {
            Self::NotSignedIn => (StatusCode::UNAUTHORIZED, ErrorCode::NotSignedIn),
            Self::Forbidden => (StatusCode::FORBIDDEN, ErrorCode::Forbidden),
            Self::NotFound => (StatusCode::NOT_FOUND, ErrorCode::NotFound),
            Self::WrongDetails => (StatusCode::UNAUTHORIZED, ErrorCode::WrongDetails),
            Self::BadActivationCode => (StatusCode::UNAUTHORIZED, ErrorCode::BadActivationCode),
            Self::TooManyTries { .. } => (StatusCode::TOO_MANY_REQUESTS, ErrorCode::TooManyTries),
            Self::Busy { .. } => (StatusCode::SERVICE_UNAVAILABLE, ErrorCode::Busy),
            Self::InvalidInput(_) | Self::InvalidInputWithLimit { .. } | Self::TooLong { .. } => {
                (StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput)
            }
            Self::Conflict(code) => (StatusCode::CONFLICT, *code),
            Self::AlreadyDecided(_) => (StatusCode::CONFLICT, ErrorCode::AlreadyDecided),
            Self::AskedRecently(_) => (StatusCode::CONFLICT, ErrorCode::AskedRecently),
            Self::NothingToSend => (StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::NothingToSend),
            Self::CrossSite => (StatusCode::FORBIDDEN, ErrorCode::CrossSite),
            Self::MethodNotAllowed => (StatusCode::METHOD_NOT_ALLOWED, ErrorCode::MethodNotAllowed),
            Self::TooLarge | Self::FileTooLarge { .. } => {
                (StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::TooLarge)
            }
            Self::EmptyFile => (StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::EmptyFile),
            Self::WrongFileType => (StatusCode::UNSUPPORTED_MEDIA_TYPE, ErrorCode::WrongFileType),
            Self::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, ErrorCode::ServerError),
        }
    }
}

impl AppError {
    /// The status and the body the API answers with; pages turn the same
    /// body into words. An internal error is logged here, never shown.
    pub fn into_api_error(self) -> (StatusCode, ApiError) {
        let (status, code) = self.status_and_code();
        if let Self::Internal(e) = &self {
            tracing::error!(error = ?e, "request failed");
        }
        let retry_after_secs = match &self {
            Self::TooManyTries { retry_after_secs } | Self::Busy { retry_after_secs } => {
                Some(*retry_after_secs)
            }
            _ => None,
        };
        let limit = match &self {
            Self::FileTooLarge { limit }
            | Self::InvalidInputWithLimit { limit, .. }
            | Self::TooLong { limit, .. } => Some(*limit),
            _ => None,
        };
        let decision = match &self {
            Self::AlreadyDecided(decision) => decision.clone(),
            _ => None,
        };
        let from = match &self {
            Self::AskedRecently(from) => Some(*from),
            _ => None,
        };
        let fields = match self {
            Self::InvalidInput(fields) | Self::InvalidInputWithLimit { fields, .. } => fields,
            Self::TooLong { fields, .. } => fields
                .into_iter()
                .map(|field| FieldError {
                    field: field.into(),
                    code: ErrorCode::TooLong,
                })
                .collect(),
            _ => Vec::new(),
        };
        let body = ApiError {
            code,
            retry_after_secs,
            limit,
            fields,
            decision,
            from,
        };
        (status, body)
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, body) = self.into_api_error();
        let retry_after_secs = body.retry_after_secs;
        let mut response = (status, Json(body)).into_response();
        if let Some(secs) = retry_after_secs {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        response
    }
}

pub type AppResult<T> = Result<T, AppError>;
