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
use crate::storage::{AuditEntry, Store};
use crate::AppState;
use domain::api::Role;

/// Things a person can do to one child's information.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// `GET /api/children/{id}/officer`: who the officer is, when the review is due.
    SeeOfficerPage,
    /// `GET /api/children/{id}`: the full record (adults who work with the child).
    SeeRecord,
}

impl Action {
    /// The stable name the audit trail records.
    pub fn code(self) -> &'static str {
        match self {
            Action::SeeOfficerPage => "see_officer_page",
            Action::SeeRecord => "see_record",
        }
    }
}

/// How someone is connected to one child. Each only counts for the role it
/// belongs to (see `relation`), so a stray link in the data grants nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    TheChild,
    TheirOfficer,
    /// No role holds this yet: social workers get accounts in a later issue.
    /// It is here so the rules for one item (`item_view`) already name them.
    TheirSocialWorker,
    TheirCarer,
    TheirAdvocate,
    /// A manager of the review unit: every child.
    Manager,
}

use Relation::*;

/// The access table. `TheirSocialWorker` is in no row yet: deny by default
/// until the issue that gives social workers accounts decides their rows.
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
pub struct Links {
    pub is_the_child: bool,
    pub is_their_officer: bool,
    pub is_their_carer: bool,
    pub is_their_advocate: bool,
}

/// How `user` is connected to the child `links` describes: a link counts
/// only for the role it belongs to. None: not connected at all.
pub fn relation(user: &CurrentUser, links: &Links) -> Option<Relation> {
    match user.role {
        Role::Child if links.is_the_child => Some(TheChild),
        Role::ReviewingOfficer if links.is_their_officer => Some(TheirOfficer),
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

    /// What this person gets of one item the child wrote and shared as `shared`.
    pub fn item_view(&self, shared: SharedWith) -> ItemView {
        item_view(self.relation, shared)
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

/// Writes the refusal to the audit trail and gives the 403 to answer with.
/// If the row cannot be written the answer is a 500: still a refusal.
async fn refuse(
    state: &AppState,
    user: &CurrentUser,
    child_id: Option<i64>,
    action: &str,
) -> AppError {
    let entry = AuditEntry {
        event: "access_refused",
        actor_user_id: Some(user.user_id),
        child_id,
        detail: Some(action),
        // The client's address is not known here yet: it comes with the
        // trusted-proxy work on sign-in, and then belongs in `CurrentUser`.
        client: None,
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
    Everyone,
}

/// None: no caseload (children see only their own pages).
pub fn caseload_scope(role: Role) -> Option<CaseloadScope> {
    match role {
        Role::Child => None,
        Role::ReviewingOfficer => Some(CaseloadScope::AppointedOfficer),
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

/// Permission to write records with nobody signed in: the demo seed, and
/// tests of the store itself. It is a narrow, separate path rather than a
/// `ChildAccess` for a made-up user, because seeding has no person to check;
/// it is granted only while the store has no users, so it can never be a
/// way round `authorize` to real records, and only `demo` asks for it (a
/// test below checks that by reading the source).
#[derive(Debug)]
pub struct Seeding(());

impl Seeding {
    /// A proof for writing one seeded child's data. It reads no item a
    /// child wrote: seeding has nobody to show them to.
    pub fn child(&self, child_id: i64) -> ChildAccess {
        ChildAccess {
            child_id,
            relation: None,
        }
    }
}

/// Seeding permission for an empty store; an error for one with anyone in it.
pub(crate) async fn for_seeding(store: &Store) -> anyhow::Result<Seeding> {
    anyhow::ensure!(
        store.user_count().await? == 0,
        "demo data is only ever written into an empty store"
    );
    Ok(Seeding(()))
}

/// Which of their adults the child let read one item they wrote (such as a
/// contribution to their review). Their reviewing officer always may, so
/// the officer is not a choice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SharedWith {
    pub social_worker: bool,
    pub carer: bool,
    pub advocate: bool,
}

/// What someone gets of one item a child wrote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemView {
    /// What it says.
    Content,
    /// That it exists, and nothing of what it says.
    OnlyThatItExists,
    /// Nothing, not even that it exists.
    Nothing,
}

/// Per-item visibility: the child who wrote it and their reviewing officer
/// always read it; their social worker, carer and advocate only if the child
/// chose them for this item; a manager learns only that it exists; anyone
/// else, nothing. `reader` is the relation `authorize` found.
pub fn item_view(reader: Option<Relation>, shared: SharedWith) -> ItemView {
    match reader {
        Some(TheChild | TheirOfficer) => ItemView::Content,
        Some(TheirSocialWorker) if shared.social_worker => ItemView::Content,
        Some(TheirCarer) if shared.carer => ItemView::Content,
        Some(TheirAdvocate) if shared.advocate => ItemView::Content,
        Some(Manager) => ItemView::OnlyThatItExists,
        Some(TheirSocialWorker | TheirCarer | TheirAdvocate) | None => ItemView::Nothing,
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
        }
    }

    const NONE: Links = Links {
        is_the_child: false,
        is_their_officer: false,
        is_their_carer: false,
        is_their_advocate: false,
    };

    const ROLES: [Role; 5] = [
        Role::Child,
        Role::Carer,
        Role::Advocate,
        Role::ReviewingOfficer,
        Role::Manager,
    ];

    #[test]
    fn each_link_grants_only_to_its_role() {
        let all = Links {
            is_the_child: true,
            is_their_officer: true,
            is_their_carer: true,
            is_their_advocate: true,
        };
        for role in ROLES {
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
    fn nobody_is_a_social_worker_until_that_role_exists() {
        let all = Links {
            is_the_child: true,
            is_their_officer: true,
            is_their_carer: true,
            is_their_advocate: true,
        };
        for role in ROLES {
            assert_ne!(relation(&user(role), &all), Some(TheirSocialWorker));
        }
        assert!(!allowed(Action::SeeOfficerPage, TheirSocialWorker));
        assert!(!allowed(Action::SeeRecord, TheirSocialWorker));
    }

    #[test]
    fn children_have_no_caseload() {
        assert_eq!(caseload_scope(Role::Child), None);
        assert_eq!(caseload_scope(Role::Manager), Some(CaseloadScope::Everyone));
        let officer = CaseloadAccess {
            user_id: 1,
            scope: CaseloadScope::AppointedOfficer,
        };
        assert!(!officer.shows_children_without_officer());
    }

    /// THE TABLE for one item a child wrote: what each reader gets when the
    /// child chose them for it, and when the child did not.
    #[rustfmt::skip]
    const ITEM_TABLE: &[(Option<Relation>, ItemView, ItemView)] = &[
        //  reader                    chosen                        not chosen
        (Some(TheChild),          ItemView::Content,          ItemView::Content),
        (Some(TheirOfficer),      ItemView::Content,          ItemView::Content),
        (Some(TheirSocialWorker), ItemView::Content,          ItemView::Nothing),
        (Some(TheirCarer),        ItemView::Content,          ItemView::Nothing),
        (Some(TheirAdvocate),     ItemView::Content,          ItemView::Nothing),
        (Some(Manager),           ItemView::OnlyThatItExists, ItemView::OnlyThatItExists),
        (None,                    ItemView::Nothing,          ItemView::Nothing),
    ];

    /// Whether `shared` chooses `reader` (the officer and the child are
    /// never a choice, so for them it is whether anyone was chosen at all).
    fn chooses(shared: SharedWith, reader: Option<Relation>) -> bool {
        match reader {
            Some(TheirSocialWorker) => shared.social_worker,
            Some(TheirCarer) => shared.carer,
            Some(TheirAdvocate) => shared.advocate,
            _ => shared.social_worker || shared.carer || shared.advocate,
        }
    }

    #[test]
    fn who_reads_one_item_follows_the_table_for_every_choice() {
        let readers = [
            TheChild,
            TheirOfficer,
            TheirSocialWorker,
            TheirCarer,
            TheirAdvocate,
            Manager,
        ];
        assert_eq!(ITEM_TABLE.len(), readers.len() + 1, "one row per reader");
        for reader in readers.map(Some).into_iter().chain([None]) {
            let (_, chosen, not_chosen) = ITEM_TABLE
                .iter()
                .find(|(r, _, _)| *r == reader)
                .unwrap_or_else(|| panic!("{reader:?} has a row"));
            // Every combination of the child's three choices.
            for bits in 0..8u8 {
                let shared = SharedWith {
                    social_worker: bits & 1 != 0,
                    carer: bits & 2 != 0,
                    advocate: bits & 4 != 0,
                };
                let want = if chooses(shared, reader) {
                    *chosen
                } else {
                    *not_chosen
                };
                assert_eq!(item_view(reader, shared), want, "{reader:?} {shared:?}");
            }
        }
    }

    #[test]
    fn a_seeding_proof_reads_no_item() {
        let everyone = SharedWith {
            social_worker: true,
            carer: true,
            advocate: true,
        };
        assert_eq!(Seeding(()).child(7).item_view(everyone), ItemView::Nothing);
    }

    /// `for_seeding` writes without a person, so it must stay the demo's.
    #[test]
    fn only_the_demo_seed_asks_to_write_without_a_user() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut callers = Vec::new();
        let mut dirs = vec![src.clone()];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if std::fs::read_to_string(&path)
                    .unwrap()
                    .contains("for_seeding(")
                {
                    let name = path.strip_prefix(&src).unwrap().to_string_lossy();
                    callers.push(name.replace('\\', "/"));
                }
            }
        }
        callers.sort();
        // policy.rs defines it; storage/mod.rs uses it in its own tests only.
        assert_eq!(callers, ["demo.rs", "policy.rs", "storage/mod.rs"]);
    }
}
