//! `POST /api/children/{id}/requests`: the child asks for an extra review
//! or an advocate. The client makes a send id once per request, so a
//! second tap or a retry answers the first request, never a second one.

use super::{check_send_id, view};
use crate::auth::sessions::CurrentUser;
use crate::http::error::{AppError, AppResult};
use crate::http::extract::{ChildIdPath, JsonAfterCheck};
use crate::http::routes::{route, ApiRoute};
use crate::policy::{self, Action, ChildAccess};
use crate::storage::AskOutcome;
use crate::AppState;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{Method, StatusCode};
use axum::Json;
use domain::api::ErrorCode;
use domain::requests::{Asking, NewRequest, Request, MAX_REQUEST_TEXT_CHARS};

/// Room for two boxes of the longest text, each character escaped in JSON at worst.
const REQUEST_BODY_LIMIT: usize =
    2 * MAX_REQUEST_TEXT_CHARS * 6 + crate::http::extract::JSON_BODY_LIMIT;

pub fn routes() -> Vec<ApiRoute> {
    let mut ask_route = route(Method::POST, "/api/children/{id}/requests", ask);
    ask_route.handler = ask_route
        .handler
        .layer(DefaultBodyLimit::max(REQUEST_BODY_LIMIT));
    vec![ask_route]
}

async fn ask(
    State(state): State<AppState>,
    user: CurrentUser,
    ChildIdPath(id): ChildIdPath,
    body: JsonAfterCheck,
) -> AppResult<(StatusCode, Json<Request>)> {
    let access = policy::authorize(&state, &user, Action::AskForSomething, id).await?;
    let new: NewRequest = body.parse()?;
    let (request, already) = ask_for(&state, &user, &access, new).await?;
    let status = if already {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    };
    Ok((status, Json(request)))
}

/// Asks `new` as `user` for the child `access` (authorized to ask) is
/// about: the API and the pages both ask here. A send id seen before
/// answers the first request (`true`).
pub(crate) async fn ask_for(
    state: &AppState,
    user: &CurrentUser,
    access: &ChildAccess,
    new: NewRequest,
) -> AppResult<(Request, bool)> {
    check_send_id(&new.send_id)?;
    check(&new.asking)?;
    let now = state.clock.now_ms();
    let outcome = (state.store)
        .ask(access, user.user_id, &new.asking, &new.send_id, now)
        .await?;
    state.mail.wake();
    let (request_id, already) = match outcome {
        AskOutcome::Asked(rid) => (rid, false),
        AskOutcome::AlreadyAsked(rid) => (rid, true),
        AskOutcome::SendIdTaken => return Err(AppError::field("send_id", ErrorCode::InvalidInput)),
    };
    let row = (state.store)
        .request(access, request_id)
        .await?
        .ok_or_else(|| anyhow::anyhow!("a request just made is not there"))?;
    Ok((view(state, access, row).await?, already))
}

/// Text boxes within `MAX_REQUEST_TEXT_CHARS`; an extra review needs a why
/// or at least one quick reason. An advocate request may say nothing more.
fn check(asking: &Asking) -> AppResult<()> {
    let long = |text: &str| text.chars().count() > MAX_REQUEST_TEXT_CHARS;
    let too_long: Vec<&'static str> = match asking {
        Asking::ExtraReview(ask) => [("why", &ask.why)]
            .into_iter()
            .filter(|(_, t)| long(t))
            .map(|(f, _)| f)
            .collect(),
        Asking::Advocate(ask) => [
            ("about", &ask.about),
            ("contact_details", &ask.contact_details),
        ]
        .into_iter()
        .filter(|(_, t)| long(t))
        .map(|(f, _)| f)
        .collect(),
    };
    if !too_long.is_empty() {
        return Err(AppError::TooLong {
            fields: too_long,
            limit: MAX_REQUEST_TEXT_CHARS as u64,
        });
    }
    if let Asking::ExtraReview(ask) = asking {
        if ask.why.trim().is_empty() && ask.quick_reasons.is_empty() {
            return Err(AppError::NothingToSend);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::requests::{AdvocateAsk, ExtraReviewAsk, QuickReason, WhenWanted};

    fn extra(why: &str, quick: Vec<QuickReason>) -> Asking {
        Asking::ExtraReview(ExtraReviewAsk {
            why: why.into(),
            quick_reasons: quick,
            when: WhenWanted::AsSoonAsPossible,
        })
    }

    #[test]
    fn an_extra_review_needs_a_why_or_a_quick_reason() {
        assert!(matches!(
            check(&extra("", vec![])),
            Err(AppError::NothingToSend)
        ));
        assert!(matches!(
            check(&extra(" \n ", vec![])),
            Err(AppError::NothingToSend)
        ));
        assert!(check(&extra("my plan", vec![])).is_ok());
        assert!(check(&extra("", vec![QuickReason::WantToMove])).is_ok());
        assert!(check(&Asking::Advocate(AdvocateAsk::default())).is_ok());
    }

    #[test]
    fn text_over_the_limit_is_refused_with_the_limit() {
        let long = "x".repeat(MAX_REQUEST_TEXT_CHARS + 1);
        match check(&extra(&long, vec![])) {
            Err(AppError::TooLong { fields, limit }) => {
                assert_eq!(fields, vec!["why"]);
                assert_eq!(limit, MAX_REQUEST_TEXT_CHARS as u64);
            }
            other => panic!("{other:?}"),
        }
        assert!(check(&extra(&"é".repeat(MAX_REQUEST_TEXT_CHARS), vec![])).is_ok());
    }
}
