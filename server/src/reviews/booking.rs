//! `POST /api/children/{id}/reviews` books a child's next review (day, time,
//! place or online), and `POST /api/children/{id}/reviews/{review_id}/held`
//! records that it took place. Only the child's own officer may do either;
//! a refusal comes before the body is even read.

use crate::auth::sessions::CurrentUser;
use crate::children;
use crate::http::error::{AppError, AppResult};
use crate::http::extract::{ApiJson, ChildIdPath};
use crate::http::routes::{route, ApiRoute};
use crate::policy::{self, Action};
use crate::storage::{Held, NewBooking};
use crate::AppState;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{Method, StatusCode};
use axum::Json;
use chrono::NaiveDate;
use domain::api::{ErrorCode, FieldError};
use domain::reviews::{
    ReviewPlace, ReviewSummary, ScheduleReview, ScheduledReview, MAX_PLACE_CHARS,
};

pub fn routes() -> Vec<ApiRoute> {
    vec![
        route(Method::POST, "/api/children/{id}/reviews", book),
        route(
            Method::POST,
            "/api/children/{id}/reviews/{review_id}/held",
            record_held,
        ),
    ]
}

async fn book(
    State(state): State<AppState>,
    user: CurrentUser,
    ChildIdPath(id): ChildIdPath,
    body: Result<ApiJson<ScheduleReview>, AppError>,
) -> AppResult<(StatusCode, Json<ScheduledReview>)> {
    let access = policy::authorize(&state, &user, Action::BookReview, id).await?;
    let ApiJson(request) = body?;
    let today = state.clock.today();
    check(&request, today)?;
    // The limit the officer page shows while nothing is booked: the booking
    // is kept even when it is later, and the officer is warned.
    let file = children::file(&state, &access).await?;
    let must_happen_by =
        domain::review_dates::next_review(file.child.looked_after_since, &file.reviews_held, &[])
            .due;
    let place = match &request.place {
        ReviewPlace::InPerson { place } => ReviewPlace::InPerson {
            place: place.trim().to_owned(),
        },
        ReviewPlace::Online => ReviewPlace::Online,
    };
    let booking = NewBooking {
        on: request.on,
        at: &request.at,
        place: &place,
        booked_by: user.user_id,
        booked_at_ms: state.clock.now_ms(),
    };
    let review = state
        .store
        .book_review(&access, &booking)
        .await?
        .ok_or(AppError::Conflict(ErrorCode::AlreadyScheduled))?;
    state.mail.wake();
    Ok((
        StatusCode::CREATED,
        Json(ScheduledReview {
            review,
            must_happen_by,
            late: request.on > must_happen_by,
        }),
    ))
}

/// Every problem with a booking at once, so the form can mark each field.
fn check(request: &ScheduleReview, today: NaiveDate) -> AppResult<()> {
    let mut fields = Vec::new();
    let mut limit = None;
    let mut problem = |field: &str, code| {
        fields.push(FieldError {
            field: field.into(),
            code,
        })
    };
    if request.on < today {
        problem("on", ErrorCode::InThePast);
    }
    if !is_time_of_day(&request.at) {
        problem("at", ErrorCode::NotATime);
    }
    if let ReviewPlace::InPerson { place } = &request.place {
        let place = place.trim();
        if place.is_empty() {
            problem("place", ErrorCode::Required);
        } else if place.chars().count() > MAX_PLACE_CHARS {
            problem("place", ErrorCode::TooLong);
            limit = Some(MAX_PLACE_CHARS as u64);
        }
    }
    match (fields.is_empty(), limit) {
        (true, _) => Ok(()),
        (false, Some(limit)) => Err(AppError::InvalidInputWithLimit { fields, limit }),
        (false, None) => Err(AppError::InvalidInput(fields)),
    }
}

/// `HH:MM`, 24-hour, from 00:00 to 23:59: exactly as the time box sends it.
fn is_time_of_day(at: &str) -> bool {
    let b = at.as_bytes();
    let two_digits = |i: usize| -> Option<u8> {
        let (t, u) = (b.get(i)?, b.get(i + 1)?);
        (t.is_ascii_digit() && u.is_ascii_digit()).then(|| (t - b'0') * 10 + (u - b'0'))
    };
    b.len() == 5
        && b[2] == b':'
        && two_digits(0).is_some_and(|h| h < 24)
        && two_digits(3).is_some_and(|m| m < 60)
}

/// The `{id}` and `{review_id}` of the held route. Ids that are not numbers
/// name nothing: a 404, whoever asks.
struct ReviewPath {
    child_id: i64,
    review_id: i64,
}

impl<S: Send + Sync> FromRequestParts<S> for ReviewPath {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        Path::<(i64, i64)>::from_request_parts(parts, state)
            .await
            .map(|Path((child_id, review_id))| Self {
                child_id,
                review_id,
            })
            .map_err(|_| AppError::NotFound)
    }
}

async fn record_held(
    State(state): State<AppState>,
    user: CurrentUser,
    path: ReviewPath,
) -> AppResult<Json<ReviewSummary>> {
    let access = policy::authorize(&state, &user, Action::RecordReviewHeld, path.child_id).await?;
    let held = state
        .store
        .record_review_held(
            &access,
            path.review_id,
            state.clock.today(),
            user.user_id,
            state.clock.now_ms(),
        )
        .await?;
    match held {
        Held::Recorded(review) => Ok(Json(review)),
        Held::NotTheirs => Err(AppError::NotFound),
        Held::NotYet => Err(AppError::Conflict(ErrorCode::NotHeldYet)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_time_is_hh_mm_within_the_day() {
        for good in ["00:00", "09:30", "16:05", "23:59"] {
            assert!(is_time_of_day(good), "{good}");
        }
        for bad in [
            "",
            "9:30",
            "09:3",
            "24:00",
            "12:60",
            "12.30",
            "12:30:00",
            "ab:cd",
            " 9:30",
            "１２:３０",
        ] {
            assert!(!is_time_of_day(bad), "{bad:?}");
        }
    }
}
