//! Who may see what. Every access decision about a child is made here, from
//! the table below; anything the table does not grant is refused.

use crate::auth::sessions::CurrentUser;
use crate::http::error::{AppError, AppResult};
use crate::storage::Store;
use domain::api::Role;

/// Things a person can do to one child's information.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// `GET /api/children/{id}/officer`: who the officer is, when the review is due.
    SeeOfficerPage,
    /// `GET /api/children/{id}`: the full record (adults who work with the child).
    SeeRecord,
}

/// How someone can be connected to a child. Each only counts for the role
/// it belongs to (see `holds`), so a stray link in the data grants nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    TheChild,
    TheirOfficer,
    TheirCarer,
    TheirAdvocate,
    /// A manager of the review unit: every child.
    Manager,
}

use Relation::*;

/// The access table.
const ALLOWED: &[(Action, &[Relation])] = &[
    (
        Action::SeeOfficerPage,
        &[TheChild, TheirOfficer, TheirCarer, TheirAdvocate, Manager],
    ),
    (
        Action::SeeRecord,
        &[TheirOfficer, TheirCarer, TheirAdvocate, Manager],
    ),
];

/// Which links exist in the data between the signed-in person and one child.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Relations {
    pub is_the_child: bool,
    pub is_their_officer: bool,
    pub is_their_carer: bool,
    pub is_their_advocate: bool,
}

fn holds(user: &CurrentUser, relation: Relation, links: &Relations) -> bool {
    match relation {
        TheChild => user.role == Role::Child && links.is_the_child,
        TheirOfficer => user.role == Role::ReviewingOfficer && links.is_their_officer,
        TheirCarer => user.role == Role::Carer && links.is_their_carer,
        TheirAdvocate => user.role == Role::Advocate && links.is_their_advocate,
        Manager => user.role == Role::Manager,
    }
}

pub fn may(user: &CurrentUser, action: Action, links: &Relations) -> bool {
    ALLOWED
        .iter()
        .filter(|(a, _)| *a == action)
        .flat_map(|(_, relations)| relations.iter())
        .any(|&r| holds(user, r, links))
}

/// Refuses with 403 unless the table allows `action` on `child_id`. A child
/// id that does not exist has no links, so everyone but a manager gets the
/// same 403 as for someone else's child and learns nothing about which ids
/// exist; a manager passes and the handler answers 404.
pub async fn require(
    store: &Store,
    user: &CurrentUser,
    action: Action,
    child_id: i64,
) -> AppResult<()> {
    let links = store.relations(user.user_id, child_id).await?;
    if may(user, action, &links) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Which children `GET /api/children` lists for someone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseloadScope {
    AppointedOfficer,
    PlacedWithCarer,
    SupportingAdvocate,
    Everyone,
}

/// None: no caseload (children see only their own pages).
pub fn caseload_scope(user: &CurrentUser) -> Option<CaseloadScope> {
    match user.role {
        Role::Child => None,
        Role::ReviewingOfficer => Some(CaseloadScope::AppointedOfficer),
        Role::Carer => Some(CaseloadScope::PlacedWithCarer),
        Role::Advocate => Some(CaseloadScope::SupportingAdvocate),
        Role::Manager => Some(CaseloadScope::Everyone),
    }
}

/// Managers appoint officers, so only they are shown children still without one.
pub fn sees_children_without_officer(user: &CurrentUser) -> bool {
    user.role == Role::Manager
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(role: Role) -> CurrentUser {
        CurrentUser {
            user_id: 1,
            role,
            display_name: String::new(),
            child_id: None,
        }
    }

    const NONE: Relations = Relations {
        is_the_child: false,
        is_their_officer: false,
        is_their_carer: false,
        is_their_advocate: false,
    };

    #[test]
    fn each_relation_grants_only_to_its_role() {
        let all = Relations {
            is_the_child: true,
            is_their_officer: true,
            is_their_carer: true,
            is_their_advocate: true,
        };
        for role in [
            Role::Child,
            Role::Carer,
            Role::Advocate,
            Role::ReviewingOfficer,
            Role::Manager,
        ] {
            let u = user(role);
            assert!(may(&u, Action::SeeOfficerPage, &all), "{role:?}");
            assert_eq!(
                may(&u, Action::SeeRecord, &all),
                role != Role::Child,
                "{role:?}"
            );
            assert_eq!(
                may(&u, Action::SeeOfficerPage, &NONE),
                role == Role::Manager,
                "{role:?}"
            );
        }
        // A carer who happens to be recorded as the officer is still only a carer.
        let officer_link = Relations {
            is_their_officer: true,
            ..NONE
        };
        assert!(!may(&user(Role::Carer), Action::SeeRecord, &officer_link));
        assert!(may(
            &user(Role::ReviewingOfficer),
            Action::SeeRecord,
            &officer_link
        ));
    }

    #[test]
    fn children_have_no_caseload() {
        assert_eq!(caseload_scope(&user(Role::Child)), None);
        assert_eq!(
            caseload_scope(&user(Role::Manager)),
            Some(CaseloadScope::Everyone)
        );
        assert!(!sees_children_without_officer(&user(
            Role::ReviewingOfficer
        )));
    }
}
