//! `POST contributions`: sending is its own clear step. The client makes a
//! send id once per contribution, so a second tap or a retry answers the
//! first send and never makes a second record.

use super::{check_lengths, check_send_id, summaries, with_text_limit};
use crate::auth::sessions::CurrentUser;
use crate::http::error::{AppError, AppResult};
use crate::http::extract::{ChildIdPath, JsonAfterCheck};
use crate::http::routes::{route, ApiRoute};
use crate::policy::{self, Action, ChildAccess, Sender};
use crate::storage::{NewContribution, ReviewRow, SendOutcome};
use crate::AppState;
use axum::extract::State;
use axum::http::{Method, StatusCode};
use axum::Json;
use domain::api::{ErrorCode, Role};
use domain::contributions::{ContributionBody, SendContribution, Sent};

pub fn routes() -> Vec<ApiRoute> {
    vec![with_text_limit(route(
        Method::POST,
        "/api/children/{id}/contributions",
        send,
    ))]
}

async fn send(
    State(state): State<AppState>,
    user: CurrentUser,
    ChildIdPath(id): ChildIdPath,
    body: JsonAfterCheck,
) -> AppResult<(StatusCode, Json<Sent>)> {
    let access = policy::authorize(&state, &user, Action::SendContribution, id).await?;
    let sending: SendContribution = body.parse()?;
    let sent = send_for(&state, &user, &access, sending).await?;
    let status = if sent.already_sent {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    };
    Ok((status, Json(sent)))
}

/// Sends `sending` as `user` for the child `access` (authorized to send)
/// is about: the API and the pages both send here. A send id seen before
/// answers as the first send did.
pub(crate) async fn send_for(
    state: &AppState,
    user: &CurrentUser,
    access: &ChildAccess,
    sending: SendContribution,
) -> AppResult<Sent> {
    let id = access.child_id();
    let kind = sending.body.kind();
    if !policy::writes(access, kind) {
        return Err(policy::refuse_item(state, user, access, Action::SendContribution).await);
    }
    check_send_id(&sending.send_id)?;
    check_lengths(&sending.body)?;
    if sending.body.is_empty() {
        return Err(AppError::NothingToSend);
    }

    let sender = match sending.confirming_draft_by {
        Some(advocate_id) => Sender::ChildConfirming { advocate_id },
        None => Sender::Own,
    };
    let not_confirmable = || AppError::field("confirming_draft_by", ErrorCode::InvalidInput);
    let by = policy::sending_as(access, user.user_id, sender).ok_or_else(not_confirmable)?;
    // Sending uses up the draft it came from: one's own, or, when the child
    // confirms what their advocate drafted, the advocate's. The child's own
    // draft is their wording and is kept.
    let mut clears_drafts_of = Vec::new();
    match sender {
        Sender::Own => clears_drafts_of.push(user.user_id),
        Sender::ChildConfirming { advocate_id } => clears_drafts_of.push(advocate_id),
    }
    if let Sender::ChildConfirming { advocate_id } = sender {
        let links = state.store.links(advocate_id, id).await?;
        let drafted = state.store.draft(access, advocate_id, kind).await?;
        let drafted_by_advocate = drafted.is_some_and(|d| d.author.role == Role::Advocate);
        if !(links.is_their_advocate && drafted_by_advocate) {
            return Err(not_confirmable());
        }
    }

    let review = review_for(state, access, sending.review_id).await?;
    let attachment_ids = match &sending.body {
        ContributionBody::Carer(c) => c.attachment_ids.as_slice(),
        _ => &[],
    };
    let outcome = state
        .store
        .send_contribution(
            access,
            &NewContribution {
                review_id: review.map(|r| r.review_id),
                by,
                body: &sending.body,
                shared: sending.shared_with,
                send_id: &sending.send_id,
                now_ms: state.clock.now_ms(),
                clears_drafts_of,
                attachment_ids,
            },
        )
        .await?;
    let (contribution_id, already_sent) = match outcome {
        SendOutcome::Sent(cid) => (cid, false),
        SendOutcome::AlreadySent(cid) => (cid, true),
        SendOutcome::SendIdTaken => {
            return Err(AppError::field("send_id", ErrorCode::InvalidInput))
        }
        SendOutcome::BadAttachment => {
            return Err(AppError::field("attachment_ids", ErrorCode::InvalidInput))
        }
    };
    let row = state
        .store
        .contribution(access, contribution_id)
        .await?
        .ok_or_else(|| anyhow::anyhow!("a contribution just sent is not there"))?;
    let contribution = summaries(state, access, user, std::slice::from_ref(&row))
        .await?
        .pop()
        .ok_or_else(|| anyhow::anyhow!("the sender may not know of what they sent"))?;
    Ok(Sent {
        contribution,
        // It went elsewhere than asked only when that review was held
        // (a repeat answers as the first send did).
        moved_to_next_review: sending.review_id.is_some() && row.review_id != sending.review_id,
        already_sent,
    })
}

/// The review a contribution goes to: the one asked for while it is still
/// booked, else the next booked one. A review of another child is not found.
async fn review_for(
    state: &AppState,
    access: &ChildAccess,
    asked: Option<i64>,
) -> AppResult<Option<ReviewRow>> {
    let Some(review_id) = asked else {
        return Ok(state.store.next_booked_review(access).await?);
    };
    match state.store.review_of(access, review_id).await? {
        None => Err(AppError::NotFound),
        Some(review) if !review.held => Ok(Some(review)),
        Some(_) => Ok(state.store.next_booked_review(access).await?),
    }
}
