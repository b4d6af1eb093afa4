//! A child's file, read with the proof `policy::authorize` gave, and the
//! pieces every view of a child shares (names, contacts, review dates,
//! brothers and sisters).

mod record;

pub use record::routes;

use crate::http::error::{AppError, AppResult};
use crate::policy::ChildAccess;
use crate::storage::{Appointment, ChildFile, ChildRow};
use crate::AppState;
use chrono::NaiveDate;
use domain::api::{Contact, OfficerContact, SiblingOfficer};
use domain::review_dates::{self, NextReview};

/// The file of the child `access` was granted for. Only someone the policy
/// lets through (a manager) can reach the 404 for a child that does not exist.
pub(crate) async fn file(state: &AppState, access: &ChildAccess) -> AppResult<ChildFile> {
    state
        .store
        .child_file(access)
        .await?
        .ok_or(AppError::NotFound)
}

pub(crate) fn full_name(c: &ChildRow) -> String {
    format!("{} {}", c.first_name, c.last_name)
}

pub(crate) fn officer_contact(a: &Appointment) -> OfficerContact {
    OfficerContact {
        name: a.name.clone(),
        email: a.email.clone(),
        phone: a.phone.clone(),
        since: a.appointed_on,
    }
}

/// The child's social worker: their account when they are linked to one,
/// else the contact stored on the child's record.
pub(crate) fn social_worker(file: &ChildFile) -> Option<Contact> {
    if let Some(account) = &file.social_worker {
        return Some(account.clone());
    }
    let c = &file.child;
    c.social_worker_name.as_ref().map(|name| Contact {
        name: name.clone(),
        email: c.social_worker_email.clone(),
        phone: c.social_worker_phone.clone(),
    })
}

pub(crate) fn last_review(file: &ChildFile) -> Option<NaiveDate> {
    file.reviews_held.iter().max().copied()
}

pub(crate) fn next_review(file: &ChildFile) -> NextReview {
    review_dates::next_review(
        file.child.looked_after_since,
        &file.reviews_held,
        &file.reviews_scheduled,
    )
}

/// Brothers and sisters, and whether each shares this child's officer (they
/// should, unless there is a reason not to).
pub(crate) async fn siblings(
    state: &AppState,
    access: &ChildAccess,
    file: &ChildFile,
) -> AppResult<Vec<SiblingOfficer>> {
    let mine = file.officer.as_ref().map(|o| o.officer_id);
    Ok(state
        .store
        .siblings(access)
        .await?
        .into_iter()
        .map(|s| SiblingOfficer {
            first_name: s.first_name,
            same_officer: mine.is_some() && s.officer_id == mine,
        })
        .collect())
}
