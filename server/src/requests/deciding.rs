//! `POST requests/{request_id}/decision`: the child's own officer (or a
//! manager) agrees to an extra review, with the direction to the team, or
//! declines it, with reasons the child reads word for word. Neither can be
//! saved blank. A decision is never changed: a correction is a new one that
//! names the decision it corrects, which must be the one standing.

use super::reading::find;
use super::{decision, mark_read, two_ids, view};
use crate::auth::sessions::CurrentUser;
use crate::http::error::{AppError, AppResult};
use crate::http::extract::JsonAfterCheck;
use crate::http::routes::{route, ApiRoute};
use crate::policy::{self, Action};
use crate::storage::DecideOutcome;
use crate::AppState;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{Method, StatusCode};
use axum::Json;
use domain::api::ErrorCode;
use domain::requests::{Decide, Outcome, Request, RequestKind, MAX_DECISION_TEXT_CHARS};

/// Room for the longest reasons, each character escaped in JSON at worst.
const DECISION_BODY_LIMIT: usize =
    MAX_DECISION_TEXT_CHARS * 6 + crate::http::extract::JSON_BODY_LIMIT;

pub fn routes() -> Vec<ApiRoute> {
    let mut decide_route = route(
        Method::POST,
        "/api/children/{id}/requests/{request_id}/decision",
        decide,
    );
    decide_route.handler = decide_route
        .handler
        .layer(DefaultBodyLimit::max(DECISION_BODY_LIMIT));
    vec![decide_route]
}

async fn decide(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(ids): Path<(String, String)>,
    body: JsonAfterCheck,
) -> AppResult<(StatusCode, Json<Request>)> {
    let (id, request_id) = two_ids(&ids)?;
    let access = policy::authorize(&state, &user, Action::DecideRequest, id).await?;
    if !access.decides_requests() {
        return Err(policy::refuse_item(&state, &user, &access, Action::DecideRequest).await);
    }
    let row = find(&state, &user, &access, Action::DecideRequest, request_id).await?;
    let decide: Decide = body.parse()?;
    if row.kind() != RequestKind::ExtraReview {
        // An advocate request is answered by allocating an advocate.
        return Err(AppError::field("request_id", ErrorCode::InvalidInput));
    }
    check(&decide.outcome)?;
    // Deciding is reading: the child sees it was read, then decided.
    mark_read(&state, &user, &access, request_id).await?;
    let now = state.clock.now_ms();
    let outcome = (state.store)
        .decide(
            &access,
            request_id,
            &decide.outcome,
            decide.corrects,
            user.user_id,
            now,
        )
        .await?;
    state.mail.wake();
    match outcome {
        DecideOutcome::Decided(_) => {}
        DecideOutcome::Standing(standing) => {
            return Err(AppError::AlreadyDecided(Some(Box::new(decision(
                &standing,
            )))))
        }
        DecideOutcome::NothingToCorrect => {
            return Err(AppError::field("corrects", ErrorCode::InvalidInput))
        }
    }
    Ok((StatusCode::CREATED, Json(view(&state, &access, row).await?)))
}

/// The direction (agreed) or the reasons (declined): never blank, never
/// only spaces, within `MAX_DECISION_TEXT_CHARS`.
fn check(outcome: &Outcome) -> AppResult<()> {
    let (field, words) = match outcome {
        Outcome::Agreed { direction } => ("direction", direction),
        Outcome::Declined { reasons } => ("reasons", reasons),
    };
    if words.trim().is_empty() {
        return Err(AppError::field(field, ErrorCode::Required));
    }
    if words.chars().count() > MAX_DECISION_TEXT_CHARS {
        return Err(AppError::TooLong {
            fields: vec![field],
            limit: MAX_DECISION_TEXT_CHARS as u64,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field_of(e: AppError) -> (String, ErrorCode) {
        match e {
            AppError::InvalidInput(f) => (f[0].field.clone(), f[0].code),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn blank_or_spaces_only_words_are_required() {
        for blank in ["", " ", " \t\n "] {
            let declined = Outcome::Declined {
                reasons: blank.into(),
            };
            let agreed = Outcome::Agreed {
                direction: blank.into(),
            };
            assert_eq!(
                field_of(check(&declined).unwrap_err()),
                ("reasons".into(), ErrorCode::Required)
            );
            assert_eq!(
                field_of(check(&agreed).unwrap_err()),
                ("direction".into(), ErrorCode::Required)
            );
        }
        assert!(check(&Outcome::Declined {
            reasons: "Your review is in three weeks.".into()
        })
        .is_ok());
    }

    #[test]
    fn words_over_the_limit_are_too_long() {
        let long = Outcome::Declined {
            reasons: "x".repeat(MAX_DECISION_TEXT_CHARS + 1),
        };
        assert!(matches!(
            check(&long),
            Err(AppError::TooLong { limit, .. }) if limit == MAX_DECISION_TEXT_CHARS as u64
        ));
    }
}
