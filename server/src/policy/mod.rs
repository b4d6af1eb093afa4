//! Who may see what. Every access decision about a child is made here, from
//! the tables below; anything they do not grant is refused, and every
//! refusal is written to the audit trail.
//!
//! A decision is also a proof. `authorize` answers with a `ChildAccess` and
//! `caseload` with a `CaseloadAccess`; only this module can make either, and
//! every storage function that reads or writes one child's data asks for one.
//! A handler that forgets the check does not compile.

use crate::auth::sessions::CurrentUser;
use crate::http::error::{AppError, AppResult};
use crate::storage::AuditEntry;
use crate::AppState;
use domain::api::Role;

mod alerts;
mod contributions;
mod item_view;
mod requests;
mod seeding;

pub use alerts::{alerts, AlertsAccess, AlertsScope};

pub use contributions::{
    contribution_view, knows_every_item, may_add_to, relation_view, sees_advocate_drafts,
    sees_read_receipts, sending_as, writes, Authorship, Sender,
};
pub use item_view::{carer_item_view, item_view, ItemView, SharedWith};
pub use requests::{
    advocacy_service, relation_reads_request, requests_list, AdvocacyAccess, RequestsAccess,
    RequestsScope,
};
pub(crate) use seeding::for_seeding;
pub use seeding::Seeding;

/// Things a person can do to one child's information.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// `GET /api/children/{id}/officer`: who the officer is, when the review is due.
    SeeOfficerPage,
    /// `GET /api/children/{id}`: the full record (adults who work with the child).
    SeeRecord,
    // Reviews as records: only the child's own officer books and closes them.
    /// `POST /api/children/{id}/reviews`: book the next review.
    BookReview,
    /// `POST /api/children/{id}/reviews/{review_id}/held`: the review took place.
    RecordReviewHeld,

    // Contributions to a review. Which kinds each writer may write is the
    // table in `contributions.rs`; who reads each one is `item_view`.
    /// `GET drafts` and `PUT drafts/{kind}`: one's own drafts for this child.
    WriteDrafts,
    /// `POST contributions`.
    SendContribution,
    /// `GET contributions`: what the reader may know of.
    ListContributions,
    /// `GET contributions/{cid}`: then `item_view` decides for that one.
    OpenContribution,
    /// `POST contributions/{cid}/additions`: then `may_add_to` decides.
    AddToContribution,
    /// `GET reviews/next`: the officer's page for the next review.
    SeeReviewOverview,

    // Carers' files (`attachments`).
    /// `POST /api/children/{id}/attachments`: upload a file for the carer's contribution.
    AttachFile,
    /// `GET /api/children/{id}/attachments/{attachment_id}`: download one;
    /// passing this is not enough, `carer_item_view` then decides per file.
    DownloadAttachment,

    // Asking for an extra review or an advocate. Which requests each reader
    // gets is `requests.rs`, by the request's kind.
    /// `POST requests`: the child asks.
    AskForSomething,
    /// `GET requests`: the requests the reader may read.
    ListRequests,
    /// `GET requests/{request_id}`: then `reads_request` decides for that one.
    OpenRequest,
    /// `POST requests/{request_id}/decision`.
    DecideRequest,
    /// `POST referrals`: suggest an advocate to the child.
    SuggestAdvocate,
    /// `GET referrals`.
    ListReferrals,
    /// `POST referrals/{referral_id}/answer`: only the child says yes or no.
    AnswerReferral,
    /// `POST /api/children/{id}/unsafe`: "I don't feel safe".
    RaiseAlert,
}

impl Action {
    /// The stable name the audit trail records.
    pub fn code(self) -> &'static str {
        match self {
            Action::SeeOfficerPage => "see_officer_page",
            Action::SeeRecord => "see_record",
            Action::BookReview => "book_review",
            Action::RecordReviewHeld => "record_review_held",
            Action::WriteDrafts => "write_drafts",
            Action::SendContribution => "send_contribution",
            Action::ListContributions => "list_contributions",
            Action::OpenContribution => "open_contribution",
            Action::AddToContribution => "add_to_contribution",
            Action::SeeReviewOverview => "see_review_overview",
            Action::AttachFile => "attach_file",
            Action::DownloadAttachment => "download_attachment",
            Action::AskForSomething => "ask_for_something",
            Action::ListRequests => "list_requests",
            Action::OpenRequest => "open_request",
            Action::DecideRequest => "decide_request",
            Action::SuggestAdvocate => "suggest_advocate",
            Action::ListReferrals => "list_referrals",
            Action::AnswerReferral => "answer_referral",
            Action::RaiseAlert => "raise_alert",
        }
    }
}

/// How someone is connected to one child. Each only counts for the role it
/// belongs to (see `relation`), so a stray link in the data grants nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    TheChild,
    TheirOfficer,
    TheirSocialWorker,
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
        &[
            TheChild,
            TheirOfficer,
            TheirSocialWorker,
            TheirCarer,
            TheirAdvocate,
            Manager,
        ],
    ),
    (
        Action::SeeRecord,
        &[
            TheirOfficer,
            TheirSocialWorker,
            TheirCarer,
            TheirAdvocate,
            Manager,
        ],
    ),
    // Reviews as records.
    (Action::BookReview, &[TheirOfficer]),
    (Action::RecordReviewHeld, &[TheirOfficer]),
    // Contributions: officers, social workers and managers never write one.
    (Action::WriteDrafts, &[TheChild, TheirCarer, TheirAdvocate]),
    (
        Action::SendContribution,
        &[TheChild, TheirCarer, TheirAdvocate],
    ),
    (
        Action::ListContributions,
        &[
            TheChild,
            TheirOfficer,
            TheirSocialWorker,
            TheirCarer,
            TheirAdvocate,
            Manager,
        ],
    ),
    (
        Action::OpenContribution,
        &[
            TheChild,
            TheirOfficer,
            TheirSocialWorker,
            TheirCarer,
            TheirAdvocate,
            Manager,
        ],
    ),
    (
        Action::AddToContribution,
        &[TheChild, TheirCarer, TheirAdvocate],
    ),
    (
        Action::SeeReviewOverview,
        &[TheirOfficer, TheirSocialWorker, Manager],
    ),
    // Carers' files. A manager only ever learns that a file exists (from
    // the contribution it is attached to), so is not let near the bytes.
    (Action::AttachFile, &[TheirCarer]),
    (
        Action::DownloadAttachment,
        &[TheirCarer, TheirOfficer, TheirSocialWorker],
    ),
    // Requests. Only the child asks; carers never read a request (it may
    // be about where they live).
    (Action::AskForSomething, &[TheChild]),
    (
        Action::ListRequests,
        &[
            TheChild,
            TheirOfficer,
            TheirSocialWorker,
            TheirAdvocate,
            Manager,
        ],
    ),
    (
        Action::OpenRequest,
        &[
            TheChild,
            TheirOfficer,
            TheirSocialWorker,
            TheirAdvocate,
            Manager,
        ],
    ),
    (Action::DecideRequest, &[TheirOfficer, Manager]),
    // Suggesting an advocate: the adults around the child day to day. Only
    // the child answers.
    (
        Action::SuggestAdvocate,
        &[TheirOfficer, TheirCarer, TheirSocialWorker],
    ),
    (
        Action::ListReferrals,
        &[TheChild, TheirOfficer, TheirCarer, TheirSocialWorker],
    ),
    (Action::AnswerReferral, &[TheChild]),
    // Only the child, about themselves: no adult raises it for them.
    (Action::RaiseAlert, &[TheChild]),
];

/// Which links exist in the data between the signed-in person and one child.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Links {
    pub is_the_child: bool,
    pub is_their_officer: bool,
    pub is_their_social_worker: bool,
    pub is_their_carer: bool,
    pub is_their_advocate: bool,
}

/// How `user` is connected to the child `links` describes: a link counts
/// only for the role it belongs to. None: not connected at all.
pub fn relation(user: &CurrentUser, links: &Links) -> Option<Relation> {
    match user.role {
        Role::Child if links.is_the_child => Some(TheChild),
        Role::ReviewingOfficer if links.is_their_officer => Some(TheirOfficer),
        Role::SocialWorker if links.is_their_social_worker => Some(TheirSocialWorker),
        Role::Carer if links.is_their_carer => Some(TheirCarer),
        Role::Advocate if links.is_their_advocate => Some(TheirAdvocate),
        Role::Manager => Some(Manager),
        _ => None,
    }
}

fn allowed(action: Action, relation: Relation) -> bool {
    ALLOWED
        .iter()
        .filter(|(a, _)| *a == action)
        .any(|(_, relations)| relations.contains(&relation))
}

pub fn may(user: &CurrentUser, action: Action, links: &Links) -> bool {
    relation(user, links).is_some_and(|r| allowed(action, r))
}

/// Proof that someone may do one action to one child's data. Only this
/// module makes one (the field is private, and it is not `Clone`), and it
/// names its child, so storage reads the child the check was about.
///
/// Outside `policy` none can be made, and storage will not take a bare id:
/// ```compile_fail
/// let access = server::policy::ChildAccess { child_id: 1, relation: None };
/// ```
/// ```compile_fail
/// async fn skips_the_check(store: &server::storage::Store) {
///     let _ = store.child_file(1).await;
/// }
/// ```
#[derive(Debug)]
pub struct ChildAccess {
    child_id: i64,
    /// How the person is connected; None when seeding (see `Seeding`).
    relation: Option<Relation>,
}

impl ChildAccess {
    pub fn child_id(&self) -> i64 {
        self.child_id
    }

    /// How the person is connected to the child (None when seeding).
    pub fn relation(&self) -> Option<Relation> {
        self.relation
    }

    /// What this person gets of one item the child wrote and shared as `shared`.
    pub fn item_view(&self, shared: SharedWith) -> ItemView {
        item_view(self.relation, shared)
    }

    /// What this person gets of one carer's contribution; `reader_is_author`:
    /// they are the carer who wrote it.
    pub fn carer_item_view(&self, reader_is_author: bool) -> ItemView {
        carer_item_view(self.relation, reader_is_author)
    }
}

/// Checks the table for `action` on `child_id`, and answers with the proof
/// or a 403 (after writing the refusal to the audit trail). A child id that
/// does not exist has no links, so everyone but a manager gets the same 403
/// as for someone else's child and learns nothing about which ids exist; a
/// manager passes and the storage read answers 404.
pub async fn authorize(
    state: &AppState,
    user: &CurrentUser,
    action: Action,
    child_id: i64,
) -> AppResult<ChildAccess> {
    let links = state.store.links(user.user_id, child_id).await?;
    match relation(user, &links).filter(|&r| allowed(action, r)) {
        Some(relation) => Ok(ChildAccess {
            child_id,
            relation: Some(relation),
        }),
        None => Err(refuse(state, user, Some(child_id), action.code()).await),
    }
}

/// Refuses one item of the child's that `access` let the person near, but
/// that `item_view` or `carer_item_view` does not let them read: written to
/// the audit trail like any other refusal.
pub async fn refuse_item(
    state: &AppState,
    user: &CurrentUser,
    access: &ChildAccess,
    action: Action,
) -> AppError {
    refuse(state, user, Some(access.child_id), action.code()).await
}

/// Writes the refusal to the audit trail and gives the 403 to answer with.
/// If the row cannot be written the answer is a 500: still a refusal.
async fn refuse(
    state: &AppState,
    user: &CurrentUser,
    child_id: Option<i64>,
    action: &str,
) -> AppError {
    let client = user.client.ip.to_string();
    let entry = AuditEntry {
        event: "access_refused",
        actor_user_id: Some(user.user_id),
        child_id,
        detail: Some(action),
        client: Some(&client),
    };
    match state.store.append_audit(state.clock.now_ms(), &entry).await {
        Ok(()) => AppError::Forbidden,
        Err(e) => e.into(),
    }
}

/// Which children `GET /api/children` lists for someone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseloadScope {
    AppointedOfficer,
    PlacedWithCarer,
    SupportingAdvocate,
    LinkedSocialWorker,
    Everyone,
}

/// None: no caseload (children see only their own pages).
pub fn caseload_scope(role: Role) -> Option<CaseloadScope> {
    match role {
        Role::Child => None,
        Role::ReviewingOfficer => Some(CaseloadScope::AppointedOfficer),
        Role::SocialWorker => Some(CaseloadScope::LinkedSocialWorker),
        Role::Carer => Some(CaseloadScope::PlacedWithCarer),
        Role::Advocate => Some(CaseloadScope::SupportingAdvocate),
        Role::Manager => Some(CaseloadScope::Everyone),
    }
}

/// Proof that someone may read the children of their caseload, and which.
#[derive(Debug)]
pub struct CaseloadAccess {
    user_id: i64,
    scope: CaseloadScope,
}

impl CaseloadAccess {
    pub fn user_id(&self) -> i64 {
        self.user_id
    }

    pub fn scope(&self) -> CaseloadScope {
        self.scope
    }

    /// Managers appoint officers, so only they are shown children still without one.
    pub fn shows_children_without_officer(&self) -> bool {
        self.scope == CaseloadScope::Everyone
    }
}

/// The caseload's proof, or a 403 written to the audit trail.
pub async fn caseload(state: &AppState, user: &CurrentUser) -> AppResult<CaseloadAccess> {
    match caseload_scope(user.role) {
        Some(scope) => Ok(CaseloadAccess {
            user_id: user.user_id,
            scope,
        }),
        None => Err(refuse(state, user, None, "see_caseload").await),
    }
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
            client: crate::http::client_address::ClientAddress {
                ip: std::net::Ipv4Addr::LOCALHOST.into(),
                https: false,
            },
        }
    }

    const NONE: Links = Links {
        is_the_child: false,
        is_their_officer: false,
        is_their_social_worker: false,
        is_their_carer: false,
        is_their_advocate: false,
    };

    const ALL: Links = Links {
        is_the_child: true,
        is_their_officer: true,
        is_their_social_worker: true,
        is_their_carer: true,
        is_their_advocate: true,
    };

    const ROLES: [Role; 6] = [
        Role::Child,
        Role::Carer,
        Role::Advocate,
        Role::ReviewingOfficer,
        Role::SocialWorker,
        Role::Manager,
    ];

    #[test]
    fn each_link_grants_only_to_its_role() {
        for role in ROLES {
            let u = user(role);
            assert!(may(&u, Action::SeeOfficerPage, &ALL), "{role:?}");
            assert_eq!(
                may(&u, Action::SeeRecord, &ALL),
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
        let officer_link = Links {
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
    fn only_a_linked_social_worker_is_their_social_worker() {
        let linked = Links {
            is_their_social_worker: true,
            ..NONE
        };
        let sw = user(Role::SocialWorker);
        assert_eq!(relation(&sw, &linked), Some(TheirSocialWorker));
        assert!(may(&sw, Action::SeeOfficerPage, &linked));
        assert!(may(&sw, Action::SeeRecord, &linked));
        // Not linked to this child: nothing, whatever other links say.
        let other_links = Links {
            is_their_social_worker: false,
            ..ALL
        };
        assert_eq!(relation(&sw, &other_links), None);
        assert!(!may(&sw, Action::SeeRecord, &other_links));
        // The link grants nothing to anyone in another role.
        for role in ROLES.into_iter().filter(|r| *r != Role::SocialWorker) {
            assert_ne!(relation(&user(role), &ALL), Some(TheirSocialWorker));
            assert_eq!(
                may(&user(role), Action::SeeRecord, &linked),
                role == Role::Manager,
                "{role:?}"
            );
        }
    }

    #[test]
    fn only_the_childs_officer_books_and_closes_reviews() {
        for action in [Action::BookReview, Action::RecordReviewHeld] {
            for role in ROLES {
                assert_eq!(
                    may(&user(role), action, &ALL),
                    role == Role::ReviewingOfficer,
                    "{role:?} {action:?}"
                );
            }
            assert!(!may(&user(Role::ReviewingOfficer), action, &NONE));
        }
    }

    #[test]
    fn only_the_child_raises_their_alert() {
        for role in ROLES {
            assert_eq!(
                may(&user(role), Action::RaiseAlert, &ALL),
                role == Role::Child,
                "{role:?}"
            );
        }
        assert!(!may(&user(Role::Child), Action::RaiseAlert, &NONE));
    }

    #[test]
    fn children_have_no_caseload() {
        assert_eq!(caseload_scope(Role::Child), None);
        assert_eq!(
            caseload_scope(Role::SocialWorker),
            Some(CaseloadScope::LinkedSocialWorker)
        );
        assert_eq!(caseload_scope(Role::Manager), Some(CaseloadScope::Everyone));
        let officer = CaseloadAccess {
            user_id: 1,
            scope: CaseloadScope::AppointedOfficer,
        };
        assert!(!officer.shows_children_without_officer());
    }
}
