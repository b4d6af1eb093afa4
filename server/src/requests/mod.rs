//! A child asking for an extra review or an advocate, and always getting an
//! answer: asking, reading (every read audited, the first read by an adult
//! shown to the child), deciding, and the staff list. The routes and shapes
//! are in `domain::requests`; who may do what is in `policy`.

pub(crate) mod answer_due;
mod asking;
mod deciding;
mod extra_review_page;
mod my_requests_page;
mod reading;
mod staff_list;

pub(crate) use staff_list::list_items as staff_list_items;

use crate::auth::sessions::CurrentUser;
use crate::clock::london_date;
use crate::http::error::{AppError, AppResult};
use crate::http::routes::ApiRoute;
use crate::policy::ChildAccess;
use crate::storage::{DecisionRow, RequestRow};
use crate::AppState;
use domain::api::Role;
use domain::requests::{Decision, Outcome, Request, RequestKind, RequestStep, StepKind};

/// The child's pages about asking: the extra review form and My requests.
pub fn page_routes() -> Vec<ApiRoute> {
    [
        extra_review_page::page_routes(),
        my_requests_page::page_routes(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

pub fn routes() -> Vec<ApiRoute> {
    [
        asking::routes(),
        reading::routes(),
        deciding::routes(),
        staff_list::routes(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

pub(crate) use crate::contributions::check_send_id;

/// The audit trail's code for reading a child's requests.
pub const READ_EVENT: &str = "request_read";

pub(crate) async fn audit_read(
    state: &AppState,
    user: &CurrentUser,
    access: &ChildAccess,
    detail: &str,
) -> AppResult<()> {
    crate::contributions::audit_read_as(state, user, access, READ_EVENT, detail).await
}

/// Records an adult's first read, for the child's "read on …" step.
pub(crate) async fn mark_read(
    state: &AppState,
    user: &CurrentUser,
    access: &ChildAccess,
    request_id: i64,
) -> AppResult<()> {
    if user.role != Role::Child {
        let now = state.clock.now_ms();
        (state.store)
            .mark_request_read(access, request_id, user.user_id, now)
            .await?;
    }
    Ok(())
}

fn decision(row: &DecisionRow) -> Decision {
    Decision {
        decision_id: row.id,
        outcome: row.outcome.clone(),
        by_name: row.by_name.clone(),
        by_role: row.by_role,
        on: london_date(row.at_ms),
        at_ms: row.at_ms,
        corrects: row.corrects,
    }
}

/// The first of the agreements that stand now: a booking made after it
/// is the review that was agreed.
fn agreed_since(decisions: &[DecisionRow]) -> Option<i64> {
    let standing_agreements = decisions
        .iter()
        .rev()
        .take_while(|d| matches!(d.outcome, Outcome::Agreed { .. }));
    standing_agreements.last().map(|d| d.at_ms)
}

/// Whose reads the child sees as a step: whoever acts on the request.
fn read_counts(role: Role) -> bool {
    matches!(
        role,
        Role::ReviewingOfficer | Role::Manager | Role::Advocate
    )
}

/// A request as its reader sees it: its steps with their dates, every
/// decision, the advocate allocated and the review booked after an agreement.
pub(crate) async fn view(
    state: &AppState,
    access: &ChildAccess,
    row: RequestRow,
) -> AppResult<Request> {
    let decisions = state.store.decisions(access, row.id).await?;
    let reads = state.store.request_reads(access, row.id).await?;
    let allocation = match row.kind() {
        RequestKind::Advocate => state.store.allocation(access, row.id).await?,
        RequestKind::ExtraReview => None,
    };
    let booked = match agreed_since(&decisions) {
        Some(since) if row.kind() == RequestKind::ExtraReview => {
            state.store.review_booked_since(access, since).await?
        }
        _ => None,
    };

    let step = |step, at_ms: i64, by_name: Option<String>| {
        (
            at_ms,
            RequestStep {
                step,
                on: london_date(at_ms),
                by_name,
            },
        )
    };
    let mut steps = vec![step(StepKind::Asked, row.asked_at_ms, None)];
    // A read after the answer tells the child nothing new.
    let answered_at = (decisions.first().map(|d| d.at_ms))
        .or(allocation.as_ref().map(|a| a.at_ms))
        .unwrap_or(i64::MAX);
    let read = reads
        .iter()
        .find(|r| read_counts(r.role))
        .filter(|r| r.at_ms <= answered_at);
    if let Some(read) = read {
        steps.push(step(StepKind::Read, read.at_ms, Some(read.name.clone())));
    }
    for (i, d) in decisions.iter().enumerate() {
        let kind = match (&d.outcome, i) {
            (_, 1..) => StepKind::Corrected,
            (Outcome::Agreed { .. }, _) => StepKind::Agreed,
            (Outcome::Declined { .. }, _) => StepKind::Declined,
        };
        steps.push(step(kind, d.at_ms, Some(d.by_name.clone())));
    }
    if let Some(a) = &allocation {
        let name = Some(a.advocate.name.clone());
        steps.push(step(StepKind::AdvocateAllocated, a.at_ms, name));
    }
    if let Some((_, booked_at_ms)) = &booked {
        steps.push(step(StepKind::ReviewBooked, *booked_at_ms, None));
    }
    steps.sort_by_key(|(at_ms, _)| *at_ms);

    let asked_on = london_date(row.asked_at_ms);
    let due = answer_due::answer_due(asked_on, state.config.answer_working_days);
    let answered = match row.kind() {
        RequestKind::ExtraReview => !decisions.is_empty(),
        RequestKind::Advocate => allocation.is_some(),
    };
    Ok(Request {
        request_id: row.id,
        child_id: row.child_id,
        child_first_name: row.child_first_name,
        asking: row.asking,
        from_referral_by: row.from_referral_by,
        asked_on,
        asked_at_ms: row.asked_at_ms,
        answer_due: due,
        overdue: answer_due::is_overdue(state.clock.today(), due, answered),
        steps: steps.into_iter().map(|(_, s)| s).collect(),
        decisions: decisions.iter().map(decision).collect(),
        advocate: allocation.map(|a| a.advocate),
        review_booked: booked.map(|(review, _)| review),
    })
}

/// The `{id}` and `{request_id}` (or `{referral_id}`) of a path. Anything
/// not a number names nothing: a 404 whoever asks.
pub(crate) fn two_ids(ids: &(String, String)) -> AppResult<(i64, i64)> {
    let id = ids.0.parse().map_err(|_| AppError::NotFound)?;
    let second = ids.1.parse().map_err(|_| AppError::NotFound)?;
    Ok((id, second))
}
