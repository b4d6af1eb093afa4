//! Who reads which of a child's requests, and the two views across
//! children: the staff list of requests and the advocacy service's list of
//! advocate requests waiting for someone. The per-child actions are in the
//! access table (`mod.rs`); this decides per request, by its kind.

use super::{refuse, ChildAccess, Relation};
use crate::auth::sessions::CurrentUser;
use crate::http::error::AppResult;
use crate::AppState;
use domain::api::Role;
use domain::requests::RequestKind;

/// Whether someone connected to the child as `relation` may read a request
/// of `kind`. The child, their officer and managers read every one; the
/// social worker reads extra-review requests (they get the copy of a
/// refusal); the child's advocate reads advocate requests; nobody else.
pub fn relation_reads_request(relation: Option<Relation>, kind: RequestKind) -> bool {
    match relation {
        Some(Relation::TheChild | Relation::TheirOfficer | Relation::Manager) => true,
        Some(Relation::TheirSocialWorker) => kind == RequestKind::ExtraReview,
        Some(Relation::TheirAdvocate) => kind == RequestKind::Advocate,
        Some(Relation::TheirCarer) | None => false,
    }
}

impl ChildAccess {
    /// Whether this person may read a request of `kind` about the child.
    pub fn reads_request(&self, kind: RequestKind) -> bool {
        relation_reads_request(self.relation, kind)
    }

    /// Whether this person may decide an extra-review request (the access
    /// table lets only the officer and managers this far; this keeps a
    /// seeding proof out too).
    pub fn decides_requests(&self) -> bool {
        matches!(
            self.relation,
            Some(Relation::TheirOfficer | Relation::Manager)
        )
    }
}

/// Which requests `GET /api/requests` lists for someone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RequestsScope {
    /// An officer: every request of the children they are appointed to.
    TheirChildren,
    /// A social worker: the extra-review requests of the children linked to them.
    TheirChildrensExtraReviews,
    /// A manager: all.
    Everyone,
}

pub fn requests_scope(role: Role) -> Option<RequestsScope> {
    match role {
        Role::ReviewingOfficer => Some(RequestsScope::TheirChildren),
        Role::SocialWorker => Some(RequestsScope::TheirChildrensExtraReviews),
        Role::Manager => Some(RequestsScope::Everyone),
        Role::Child | Role::Carer | Role::Advocate => None,
    }
}

/// Proof that someone may list requests across children, and which.
#[derive(Debug)]
pub struct RequestsAccess {
    user_id: i64,
    scope: RequestsScope,
}

impl RequestsAccess {
    pub fn user_id(&self) -> i64 {
        self.user_id
    }

    pub fn scope(&self) -> RequestsScope {
        self.scope
    }
}

/// The staff list's proof, or a 403 written to the audit trail.
pub async fn requests_list(state: &AppState, user: &CurrentUser) -> AppResult<RequestsAccess> {
    match requests_scope(user.role) {
        Some(scope) => Ok(RequestsAccess {
            user_id: user.user_id,
            scope,
        }),
        None => Err(refuse(state, user, None, "list_requests").await),
    }
}

/// Proof that someone works for the advocacy service (any advocate) or
/// manages it (a manager): they see advocate requests waiting for an
/// advocate and allocate them, whichever child they are about.
#[derive(Debug)]
pub struct AdvocacyAccess {
    user_id: i64,
    manager: bool,
}

impl AdvocacyAccess {
    pub fn user_id(&self) -> i64 {
        self.user_id
    }

    /// A manager names the advocate; an advocate takes a request on themselves.
    pub fn is_manager(&self) -> bool {
        self.manager
    }
}

pub fn is_advocacy_service(role: Role) -> bool {
    matches!(role, Role::Advocate | Role::Manager)
}

/// The advocacy service's proof, or a 403 written to the audit trail.
pub async fn advocacy_service(state: &AppState, user: &CurrentUser) -> AppResult<AdvocacyAccess> {
    if is_advocacy_service(user.role) {
        Ok(AdvocacyAccess {
            user_id: user.user_id,
            manager: user.role == Role::Manager,
        })
    } else {
        Err(refuse(state, user, None, "advocacy_service").await)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Relation::*;

    #[test]
    fn each_relation_reads_only_its_kinds_of_request() {
        use RequestKind::{Advocate, ExtraReview};
        let reads = |r, k| relation_reads_request(Some(r), k);
        for kind in [ExtraReview, Advocate] {
            assert!(reads(TheChild, kind));
            assert!(reads(TheirOfficer, kind));
            assert!(reads(Manager, kind));
            assert!(!reads(TheirCarer, kind));
            assert!(!relation_reads_request(None, kind));
        }
        assert!(reads(TheirSocialWorker, ExtraReview));
        assert!(!reads(TheirSocialWorker, Advocate));
        assert!(reads(TheirAdvocate, Advocate));
        assert!(!reads(TheirAdvocate, ExtraReview));
    }

    #[test]
    fn only_officers_social_workers_and_managers_list_requests() {
        assert_eq!(requests_scope(Role::Child), None);
        assert_eq!(requests_scope(Role::Carer), None);
        assert_eq!(requests_scope(Role::Advocate), None);
        assert_eq!(
            requests_scope(Role::SocialWorker),
            Some(RequestsScope::TheirChildrensExtraReviews)
        );
        assert!(is_advocacy_service(Role::Advocate));
        assert!(is_advocacy_service(Role::Manager));
        assert!(!is_advocacy_service(Role::ReviewingOfficer));
        assert!(!is_advocacy_service(Role::Child));
    }
}
