//! Contributions to a child's review: drafts saved as people type, sending
//! with a client-made id, reading what the child chose to share (with read
//! receipts), and adding to a sent one. The routes and shapes are in
//! `domain::contributions`; who may do what is in `policy`.

mod additions;
mod drafts;
mod own_words_pages;
mod reading;
mod sending;

use crate::auth::sessions::CurrentUser;
use crate::clock::london_date;
use crate::http::error::{AppError, AppResult};
use crate::http::routes::ApiRoute;
use crate::policy::{self, ChildAccess, ItemView, Relation, SharedWith};
use crate::storage::{AuditEntry, ChildPeople, ContributionRow, PersonRow};
use crate::AppState;
use axum::extract::DefaultBodyLimit;
use domain::api::{ErrorCode, FieldError};
use domain::contributions::{
    ContributionBody, ContributionSummary, Person, ReadReceipt, ShareChoice, MAX_SEND_ID_CHARS,
    MAX_TEXT_CHARS,
};

/// The largest body a draft, send or addition may have: four text boxes of
/// `MAX_TEXT_CHARS` characters of up to 4 bytes each, and room for the rest
/// (choices, ids, JSON) within the API's usual limit.
pub const CONTRIBUTION_BODY_LIMIT: usize =
    4 * MAX_TEXT_CHARS * 4 + crate::http::extract::JSON_BODY_LIMIT;

pub use own_words_pages::page_routes;

pub fn routes() -> Vec<ApiRoute> {
    [
        drafts::routes(),
        sending::routes(),
        reading::routes(),
        additions::routes(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// A route that takes a contribution's words, with the limit that fits them.
fn with_text_limit(mut route: ApiRoute) -> ApiRoute {
    route.handler = route
        .handler
        .layer(DefaultBodyLimit::max(CONTRIBUTION_BODY_LIMIT));
    route
}

fn shared(choice: ShareChoice) -> SharedWith {
    SharedWith {
        social_worker: choice.social_worker,
        carer: choice.carer,
        advocate: choice.advocate,
    }
}

fn person(p: &PersonRow) -> Person {
    Person {
        user_id: p.user_id,
        name: p.name.clone(),
        role: p.role,
    }
}

/// Every text box within `MAX_TEXT_CHARS`, or the 422 that names those over it.
fn check_lengths(body: &ContributionBody) -> AppResult<()> {
    let too_long = body.too_long();
    if too_long.is_empty() {
        Ok(())
    } else {
        Err(AppError::TooLong {
            fields: too_long,
            limit: MAX_TEXT_CHARS as u64,
        })
    }
}

/// A send id is made by the client once per send: present and short.
pub(crate) fn check_send_id(send_id: &str) -> AppResult<()> {
    if send_id.trim().is_empty() {
        return Err(AppError::field("send_id", ErrorCode::Required));
    }
    if send_id.chars().count() > MAX_SEND_ID_CHARS {
        return Err(AppError::InvalidInput(vec![FieldError {
            field: "send_id".into(),
            code: ErrorCode::TooLong,
        }]));
    }
    Ok(())
}

/// The audit trail's code for reading what children and carers wrote.
pub const READ_EVENT: &str = "contribution_read";

/// Records a read of a child's contributions or drafts (`detail`: a list,
/// one opened, an overview) in the audit trail, with where it came from,
/// as refusals are.
pub(crate) async fn audit_read(
    state: &AppState,
    user: &CurrentUser,
    access: &ChildAccess,
    detail: &str,
) -> AppResult<()> {
    audit_read_as(state, user, access, READ_EVENT, detail).await
}

/// Records a read of something of one child's under `event`: every feature
/// that shows what a child wrote or asked audits its reads through here.
pub(crate) async fn audit_read_as(
    state: &AppState,
    user: &CurrentUser,
    access: &ChildAccess,
    event: &'static str,
    detail: &str,
) -> AppResult<()> {
    let client = user.client.ip.to_string();
    let entry = AuditEntry {
        event,
        actor_user_id: Some(user.user_id),
        child_id: Some(access.child_id()),
        detail: Some(detail),
        client: Some(&client),
    };
    state
        .store
        .append_audit(state.clock.now_ms(), &entry)
        .await?;
    Ok(())
}

/// What `user` gets of one contribution.
fn view_of(access: &ChildAccess, user: &CurrentUser, row: &ContributionRow) -> ItemView {
    let is_author = row.author.user_id == user.user_id;
    policy::contribution_view(access, row.kind, shared(row.shared), is_author)
}

/// Whether `user` may read what `row` says.
pub(crate) fn readable(access: &ChildAccess, user: &CurrentUser, row: &ContributionRow) -> bool {
    view_of(access, user, row) == ItemView::Content
}

/// Everyone linked to the child who may read `row`, bar its author.
fn readers(people: &ChildPeople, row: &ContributionRow) -> Vec<Person> {
    let linked = people
        .child
        .iter()
        .map(|p| (p, Relation::TheChild))
        .chain(people.officer.iter().map(|p| (p, Relation::TheirOfficer)))
        .chain((people.social_worker.iter()).map(|p| (p, Relation::TheirSocialWorker)))
        .chain(people.carers.iter().map(|p| (p, Relation::TheirCarer)))
        .chain(
            people
                .advocates
                .iter()
                .map(|p| (p, Relation::TheirAdvocate)),
        );
    linked
        .filter(|(p, _)| p.user_id != row.author.user_id)
        .filter(|(_, relation)| {
            policy::relation_view(Some(*relation), row.kind, shared(row.shared), false)
                == ItemView::Content
        })
        .map(|(p, _)| person(p))
        .collect()
}

/// A contribution as lists show it to `user`, who gets `view` of it
/// (never `Nothing`: those are left out before this).
async fn summary(
    state: &AppState,
    access: &ChildAccess,
    user: &CurrentUser,
    people: &ChildPeople,
    row: &ContributionRow,
    view: ItemView,
) -> AppResult<ContributionSummary> {
    let is_author = row.author.user_id == user.user_id;
    let read_by = if view == ItemView::Content && policy::sees_read_receipts(access, is_author) {
        state
            .store
            .read_receipts(access, row.id)
            .await?
            .iter()
            .map(|(reader, at_ms)| ReadReceipt {
                reader: person(reader),
                read_on: london_date(*at_ms),
            })
            .collect()
    } else {
        Vec::new()
    };
    Ok(ContributionSummary {
        contribution_id: row.id,
        kind: row.kind,
        review_id: row.review_id,
        review_on: row.review_on,
        sent_on: london_date(row.sent_at_ms),
        author: person(&row.author),
        helped_by: row.helped_by.as_ref().map(person),
        agreement: row.agreement,
        shared_with: row.shared,
        can_be_read_by: readers(people, row),
        read_by,
        can_read: view == ItemView::Content,
    })
}

/// The summaries of `rows` that `user` may know of, in order.
pub(crate) async fn summaries(
    state: &AppState,
    access: &ChildAccess,
    user: &CurrentUser,
    rows: &[ContributionRow],
) -> AppResult<Vec<ContributionSummary>> {
    let people = state.store.child_people(access).await?;
    let mut out = Vec::new();
    for row in rows {
        let view = view_of(access, user, row);
        if view != ItemView::Nothing {
            out.push(summary(state, access, user, &people, row, view).await?);
        }
    }
    Ok(out)
}
