//! Per-item visibility: which adults may read one item a child wrote, such
//! as a contribution to their review. A pure function of how the reader is
//! connected to the child (the `Relation` that `authorize` found) and whom
//! the child chose for that item.

use super::Relation::{self, *};

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

/// Per-item visibility of a carer's contribution (and the files attached to
/// it): the carer who wrote it, the child's reviewing officer and their
/// social worker read it; a manager learns only that it exists; anyone
/// else, the child included, nothing. `reader_is_author`: the reader is the
/// carer who wrote it (another carer of the same child is not).
pub fn carer_item_view(reader: Option<Relation>, reader_is_author: bool) -> ItemView {
    match reader {
        Some(TheirCarer) if reader_is_author => ItemView::Content,
        Some(TheirOfficer | TheirSocialWorker) => ItemView::Content,
        Some(Manager) => ItemView::OnlyThatItExists,
        Some(TheChild | TheirCarer | TheirAdvocate) | None => ItemView::Nothing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_carers_contribution_is_read_by_its_author_the_officer_and_the_social_worker() {
        #[rustfmt::skip]
        let table: &[(Option<Relation>, bool, ItemView)] = &[
            (Some(TheirCarer),        true,  ItemView::Content),
            (Some(TheirCarer),        false, ItemView::Nothing),
            (Some(TheirOfficer),      false, ItemView::Content),
            (Some(TheirSocialWorker), false, ItemView::Content),
            (Some(Manager),           false, ItemView::OnlyThatItExists),
            (Some(TheChild),          false, ItemView::Nothing),
            (Some(TheirAdvocate),     false, ItemView::Nothing),
            (None,                    false, ItemView::Nothing),
        ];
        for &(reader, is_author, expected) in table {
            assert_eq!(
                carer_item_view(reader, is_author),
                expected,
                "{reader:?} {is_author}"
            );
        }
    }
}
