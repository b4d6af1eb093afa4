//! The carer's draft: their words and the files they attached, saved by the
//! same machinery as every draft (`drafts.rs`): kept in this tab until the
//! server has it, saved after a pause in typing, tried again until it lands.

use domain::contributions::{CarerViews, ContributionBody, ContributionKind, ShareChoice};
use leptos::prelude::*;

use crate::drafts::{Drafts, SaveStatus};

/// What the carer is writing, and whether the server has it.
#[derive(Clone, Copy)]
pub struct CarerDraft {
    pub text: RwSignal<String>,
    pub attachment_ids: RwSignal<Vec<i64>>,
    drafts: Drafts,
}

impl CarerDraft {
    /// Starts from `saved` (the server's draft), unless this tab holds newer
    /// words the server never got: those win, and are saved now.
    pub fn new(child_id: i64, saved: CarerViews) -> Self {
        let drafts = Drafts::new(child_id, ContributionKind::Carer);
        let waiting = drafts
            .waiting()
            .filter(|w| matches!(w.body, ContributionBody::Carer(_)));
        let start = match &waiting {
            Some(w) => match &w.body {
                ContributionBody::Carer(views) => views.clone(),
                _ => saved,
            },
            None => saved,
        };
        if let Some(waiting) = waiting {
            drafts.resume(waiting);
        }
        CarerDraft {
            text: RwSignal::new(start.text),
            attachment_ids: RwSignal::new(start.attachment_ids),
            drafts,
        }
    }

    /// The contribution as it stands.
    pub fn body(&self) -> ContributionBody {
        ContributionBody::Carer(CarerViews {
            text: self.text.get_untracked(),
            attachment_ids: self.attachment_ids.get_untracked(),
        })
    }

    /// Something changed: save once typing pauses.
    pub fn changed(self) {
        self.drafts.edited(self.body(), ShareChoice::default());
    }

    /// A file was attached or removed: save at once, as there is no typing
    /// to wait for and the page may be closed straight after.
    pub fn changed_now(self) {
        // An upload may finish after its page has gone: then there is nothing to save.
        if self.text.try_get_untracked().is_none() {
            return;
        }
        self.drafts.edited(self.body(), ShareChoice::default());
        self.drafts.save_now();
    }

    /// Sent: nothing is waiting any more.
    pub fn sent(self) {
        // The answer may come after the page has gone: nothing is kept then.
        if self.text.try_get_untracked().is_none() {
            return;
        }
        self.drafts.sent();
    }

    /// The status line, tracked.
    pub fn status(&self) -> SaveStatus {
        self.drafts.status()
    }
}
