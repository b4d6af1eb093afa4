//! The rules for contributions to a review beyond the action table: which
//! kinds each person writes, whose name a send goes out under, who may add
//! to a sent one, and what a reader gets of one (through `item_view`).

use super::item_view::{carer_item_view, item_view, ItemView, SharedWith};
use super::ChildAccess;
use super::Relation::{self, *};
use domain::contributions::{ChildAgreement, ContributionKind};

/// THE TABLE of who writes what: the child their views and meeting wishes,
/// their advocate the same for them (sent only with the child's agreement),
/// a carer only the carer's contribution. Officers, social workers and
/// managers write none.
const WRITERS: &[(Relation, &[ContributionKind])] = &[
    (
        TheChild,
        &[ContributionKind::MyViews, ContributionKind::MyMeeting],
    ),
    (
        TheirAdvocate,
        &[ContributionKind::MyViews, ContributionKind::MyMeeting],
    ),
    (TheirCarer, &[ContributionKind::Carer]),
];

/// Whether this person may draft and send contributions of `kind` for the child.
pub fn writes(access: &ChildAccess, kind: ContributionKind) -> bool {
    access.relation().is_some_and(|r| relation_writes(r, kind))
}

fn relation_writes(relation: Relation, kind: ContributionKind) -> bool {
    WRITERS
        .iter()
        .any(|(r, kinds)| *r == relation && kinds.contains(&kind))
}

/// The child, reading their drafts, also sees what their advocates drafted for them.
pub fn sees_advocate_drafts(access: &ChildAccess) -> bool {
    access.relation() == Some(TheChild)
}

/// Who sends a contribution and how the child agreed to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Authorship {
    pub author_id: i64,
    /// The advocate who helped, and how the child agreed.
    pub helped: Option<(i64, ChildAgreement)>,
}

/// Who is sending, as far as the rules care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sender {
    /// The child, confirming what the advocate `advocate_id` drafted.
    ChildConfirming { advocate_id: i64 },
    /// Anyone sending their own words.
    Own,
}

/// Whose name a send goes out under. An advocate's send records that the
/// child agreed in person (author and helper: the advocate); a child
/// confirming an advocate's draft sends it themselves, agreed in the app.
/// None: this person cannot send this way (only a child confirms a draft).
pub fn sending_as(access: &ChildAccess, user_id: i64, sender: Sender) -> Option<Authorship> {
    match (access.relation()?, sender) {
        (TheChild, Sender::ChildConfirming { advocate_id }) => Some(Authorship {
            author_id: user_id,
            helped: Some((advocate_id, ChildAgreement::InApp)),
        }),
        (TheirAdvocate, Sender::Own) => Some(Authorship {
            author_id: user_id,
            helped: Some((user_id, ChildAgreement::InPerson)),
        }),
        (TheChild | TheirCarer, Sender::Own) => Some(Authorship {
            author_id: user_id,
            helped: None,
        }),
        _ => None,
    }
}

/// What a reader gets of one contribution: a carer's goes by
/// `carer_item_view`, the child's by `item_view` and their choice. The
/// advocate who sent one with the child's agreement in person reads what
/// they sent, whatever the child chose for others.
pub fn contribution_view(
    access: &ChildAccess,
    kind: ContributionKind,
    shared: SharedWith,
    reader_is_author: bool,
) -> ItemView {
    relation_view(access.relation(), kind, shared, reader_is_author)
}

/// `contribution_view` for someone by their relation alone: whom a
/// contribution names as able to read it.
pub fn relation_view(
    relation: Option<Relation>,
    kind: ContributionKind,
    shared: SharedWith,
    reader_is_author: bool,
) -> ItemView {
    match kind {
        ContributionKind::Carer => carer_item_view(relation, reader_is_author),
        ContributionKind::MyViews | ContributionKind::MyMeeting => match relation {
            Some(TheirAdvocate) if reader_is_author => ItemView::Content,
            _ => item_view(relation, shared),
        },
    }
}

/// Whether this person learns of every contribution to the child whoever
/// wrote it and whatever was chosen (their officer, a manager). For anyone
/// else, asking for an id that is no contribution of this child is answered
/// like one they may not open, so ids reveal nothing.
pub fn knows_every_item(access: &ChildAccess) -> bool {
    let relation = access.relation();
    let nobody = SharedWith::default();
    [
        ContributionKind::MyViews,
        ContributionKind::MyMeeting,
        ContributionKind::Carer,
    ]
    .into_iter()
    .all(|kind| relation_view(relation, kind, nobody, false) != ItemView::Nothing)
}

/// Read receipts go to the child whose contribution it is, and to its author.
pub fn sees_read_receipts(access: &ChildAccess, reader_is_author: bool) -> bool {
    reader_is_author || access.relation() == Some(TheChild)
}

/// Who may add to a sent contribution: its author, and the child to one
/// their advocate sent with the child's agreement in person (it is the
/// child's voice).
pub fn may_add_to(
    access: &ChildAccess,
    reader_is_author: bool,
    agreement: Option<ChildAgreement>,
) -> bool {
    match access.relation() {
        Some(TheChild) => reader_is_author || agreement == Some(ChildAgreement::InPerson),
        Some(TheirAdvocate | TheirCarer) => reader_is_author,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ContributionKind::*;

    fn access(relation: Relation) -> ChildAccess {
        ChildAccess {
            child_id: 1,
            relation: Some(relation),
        }
    }

    /// Every relation against every kind: exactly the writers' table.
    #[test]
    fn who_writes_which_kind() {
        #[rustfmt::skip]
        let table: &[(Relation, [bool; 3])] = &[
            //                   my_views my_meeting carer
            (TheChild,          [true,    true,      false]),
            (TheirAdvocate,     [true,    true,      false]),
            (TheirCarer,        [false,   false,     true]),
            (TheirOfficer,      [false,   false,     false]),
            (TheirSocialWorker, [false,   false,     false]),
            (Manager,           [false,   false,     false]),
        ];
        for (relation, wants) in table {
            for (kind, want) in [MyViews, MyMeeting, Carer].into_iter().zip(wants) {
                assert_eq!(
                    writes(&access(*relation), kind),
                    *want,
                    "{relation:?} {kind:?}"
                );
            }
        }
        let seeding = ChildAccess {
            child_id: 1,
            relation: None,
        };
        assert!(!writes(&seeding, MyViews));
    }

    /// The action table's rows for contributions, relation by relation.
    #[test]
    fn who_may_do_what_with_contributions() {
        use super::super::{allowed, Action};
        #[rustfmt::skip]
        let table: &[(Action, [bool; 6])] = &[
            //                          child  officer sw     carer  advoc  manager
            (Action::WriteDrafts,       [true, false, false, true,  true,  false]),
            (Action::SendContribution,  [true, false, false, true,  true,  false]),
            (Action::ListContributions, [true, true,  true,  true,  true,  true]),
            (Action::OpenContribution,  [true, true,  true,  true,  true,  true]),
            (Action::AddToContribution, [true, false, false, true,  true,  false]),
            (Action::SeeReviewOverview, [false, true, true,  false, false, true]),
        ];
        let relations = [
            TheChild,
            TheirOfficer,
            TheirSocialWorker,
            TheirCarer,
            TheirAdvocate,
            Manager,
        ];
        for (action, wants) in table {
            for (relation, want) in relations.into_iter().zip(wants) {
                assert_eq!(allowed(*action, relation), *want, "{action:?} {relation:?}");
            }
        }
    }

    #[test]
    fn an_advocates_send_says_the_child_agreed_in_person() {
        assert_eq!(
            sending_as(&access(TheirAdvocate), 5, Sender::Own),
            Some(Authorship {
                author_id: 5,
                helped: Some((5, ChildAgreement::InPerson)),
            })
        );
        assert_eq!(
            sending_as(
                &access(TheChild),
                2,
                Sender::ChildConfirming { advocate_id: 5 }
            ),
            Some(Authorship {
                author_id: 2,
                helped: Some((5, ChildAgreement::InApp)),
            })
        );
        // Only a child confirms a draft.
        let confirming = Sender::ChildConfirming { advocate_id: 5 };
        for relation in [TheirAdvocate, TheirCarer, TheirOfficer, Manager] {
            assert_eq!(sending_as(&access(relation), 9, confirming), None);
        }
        assert_eq!(sending_as(&access(TheirOfficer), 9, Sender::Own), None);
    }

    #[test]
    fn the_advocate_who_sent_it_reads_it_but_others_follow_the_childs_choice() {
        let nobody = SharedWith::default();
        let adv = access(TheirAdvocate);
        assert_eq!(
            contribution_view(&adv, MyViews, nobody, true),
            ItemView::Content
        );
        assert_eq!(
            contribution_view(&adv, MyViews, nobody, false),
            ItemView::Nothing
        );
        assert_eq!(
            contribution_view(&adv, Carer, nobody, false),
            ItemView::Nothing
        );
        let child = access(TheChild);
        assert_eq!(
            contribution_view(&child, Carer, nobody, false),
            ItemView::Nothing
        );
        let carer = access(TheirCarer);
        assert_eq!(
            contribution_view(&carer, Carer, nobody, true),
            ItemView::Content
        );
        let chosen = SharedWith {
            carer: true,
            ..nobody
        };
        assert_eq!(
            contribution_view(&carer, MyViews, chosen, false),
            ItemView::Content
        );
    }

    #[test]
    fn only_the_officer_and_a_manager_know_of_every_contribution() {
        for (relation, want) in [
            (TheirOfficer, true),
            (Manager, true),
            (TheChild, false),
            (TheirSocialWorker, false),
            (TheirCarer, false),
            (TheirAdvocate, false),
        ] {
            assert_eq!(knows_every_item(&access(relation)), want, "{relation:?}");
        }
    }

    #[test]
    fn who_adds_to_a_sent_contribution() {
        let in_person = Some(ChildAgreement::InPerson);
        assert!(may_add_to(&access(TheChild), true, None));
        assert!(may_add_to(&access(TheChild), false, in_person));
        assert!(!may_add_to(&access(TheChild), false, None));
        assert!(!may_add_to(
            &access(TheChild),
            false,
            Some(ChildAgreement::InApp)
        ));
        assert!(may_add_to(&access(TheirAdvocate), true, in_person));
        assert!(!may_add_to(&access(TheirAdvocate), false, None));
        assert!(!may_add_to(&access(TheirCarer), false, None));
        assert!(!may_add_to(&access(TheirOfficer), false, None));
        assert!(!may_add_to(&access(Manager), true, None));
    }
}
