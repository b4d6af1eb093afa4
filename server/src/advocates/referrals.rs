//! `POST/GET /api/children/{id}/referrals` and `POST referrals/{referral_id}/answer`:
//! "Priya thinks an advocate could help you. Do you want one?" Nothing
//! happens without the child's yes; a no is kept, and nobody may ask again
//! until `REFERRAL_QUIET_DAYS` have passed.

use crate::auth::sessions::CurrentUser;
use crate::clock::london_date;
use crate::http::error::{AppError, AppResult};
use crate::http::extract::{ChildIdPath, JsonAfterCheck};
use crate::http::routes::{route, ApiRoute};
use crate::policy::{self, Action, ChildAccess};
use crate::requests::{check_send_id, two_ids};
use crate::storage::{AnswerOutcome, ReferralRow, SuggestOutcome};
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::{Method, StatusCode};
use axum::Json;
use chrono::{Days, NaiveDate};
use domain::api::ErrorCode;
use domain::requests::{
    AnswerReferral, Referral, ReferralAnswer, SuggestAdvocate, REFERRAL_QUIET_DAYS,
};

pub fn routes() -> Vec<ApiRoute> {
    vec![
        route(Method::POST, "/api/children/{id}/referrals", suggest),
        route(Method::GET, "/api/children/{id}/referrals", list),
        route(
            Method::POST,
            "/api/children/{id}/referrals/{referral_id}/answer",
            answer,
        ),
    ]
}

/// The first day anyone may suggest an advocate again after a no given on `said_no_on`.
fn ask_again_from(said_no_on: NaiveDate) -> NaiveDate {
    said_no_on + Days::new(REFERRAL_QUIET_DAYS.unsigned_abs())
}

fn referral(row: ReferralRow) -> Referral {
    let answered_on = row.answered_at_ms.map(london_date);
    Referral {
        referral_id: row.id,
        child_id: row.child_id,
        suggested_by_name: row.by_name,
        suggested_by_role: row.by_role,
        on: london_date(row.suggested_at_ms),
        answer: row.answer,
        answered_on,
        ask_again_from: match row.answer {
            Some(ReferralAnswer::No) => answered_on.map(ask_again_from),
            _ => None,
        },
        request_id: row.request_id,
    }
}

async fn one(state: &AppState, access: &ChildAccess, referral_id: i64) -> AppResult<Referral> {
    let row = (state.store)
        .referral(access, referral_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(referral(row))
}

async fn suggest(
    State(state): State<AppState>,
    user: CurrentUser,
    ChildIdPath(id): ChildIdPath,
    body: JsonAfterCheck,
) -> AppResult<(StatusCode, Json<Referral>)> {
    let access = policy::authorize(&state, &user, Action::SuggestAdvocate, id).await?;
    let suggestion: SuggestAdvocate = body.parse()?;
    check_send_id(&suggestion.send_id)?;
    let today = state.clock.today();
    let still_quiet = |said_no_at_ms| today < ask_again_from(london_date(said_no_at_ms));
    let outcome = (state.store)
        .suggest_advocate(
            &access,
            user.user_id,
            &suggestion.send_id,
            state.clock.now_ms(),
            still_quiet,
        )
        .await?;
    state.mail.wake();
    let (referral_id, status) = match outcome {
        SuggestOutcome::Suggested(rid) => (rid, StatusCode::CREATED),
        SuggestOutcome::Existing(rid) => (rid, StatusCode::OK),
        SuggestOutcome::SendIdTaken => {
            return Err(AppError::field("send_id", ErrorCode::InvalidInput))
        }
        SuggestOutcome::SaidNo { answered_at_ms } => {
            let from = ask_again_from(london_date(answered_at_ms));
            return Err(AppError::AskedRecently(from));
        }
    };
    Ok((status, Json(one(&state, &access, referral_id).await?)))
}

async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    ChildIdPath(id): ChildIdPath,
) -> AppResult<Json<Vec<Referral>>> {
    let access = policy::authorize(&state, &user, Action::ListReferrals, id).await?;
    let rows = state.store.referrals(&access).await?;
    Ok(Json(rows.into_iter().map(referral).collect()))
}

async fn answer(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(ids): Path<(String, String)>,
    body: JsonAfterCheck,
) -> AppResult<Json<Referral>> {
    let (id, referral_id) = two_ids(&ids)?;
    let access = policy::authorize(&state, &user, Action::AnswerReferral, id).await?;
    let answer: AnswerReferral = body.parse()?;
    record_answer(&state, &access, &user, referral_id, answer.answer).await?;
    Ok(Json(one(&state, &access, referral_id).await?))
}

/// The child's answer to a suggestion, kept (and the adults told): from
/// the API and from the form on the child's home alike.
pub async fn record_answer(
    state: &AppState,
    access: &ChildAccess,
    user: &CurrentUser,
    referral_id: i64,
    answer: ReferralAnswer,
) -> AppResult<()> {
    let now = state.clock.now_ms();
    let outcome = (state.store)
        .answer_referral(access, referral_id, answer, user.user_id, now)
        .await?;
    state.mail.wake();
    match outcome {
        AnswerOutcome::Answered => Ok(()),
        AnswerOutcome::NoSuchReferral => Err(AppError::NotFound),
        AnswerOutcome::AlreadyAnswered => Err(AppError::AlreadyDecided(None)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_no_may_be_asked_again_after_the_quiet_days() {
        let no = NaiveDate::from_ymd_opt(2026, 1, 10).unwrap();
        assert_eq!(
            ask_again_from(no),
            NaiveDate::from_ymd_opt(2026, 4, 10).unwrap()
        );
    }
}
