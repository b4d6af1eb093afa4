//! The carer's draft saves itself to the server a moment after they stop
//! typing (`PUT drafts/carer`), and tries again until the server has it.
//! Kept apart so it can join the general draft saving (`drafts.rs`).

use std::time::Duration;

use domain::contributions::{CarerViews, ContributionBody, SaveDraft, ShareChoice};
use leptos::prelude::*;

use crate::api;

/// Wait this long after the last key before saving.
const QUIET: Duration = Duration::from_millis(800);
/// After a failed save, try again this much later.
const RETRY: Duration = Duration::from_secs(5);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveState {
    /// The server has what is on screen.
    Saved,
    /// A save is under way or waiting for a pause in typing.
    Saving,
    /// The last save failed; another is coming.
    NotSaved,
}

/// What the carer is writing, and whether the server has it.
#[derive(Clone, Copy)]
pub struct CarerDraft {
    pub text: RwSignal<String>,
    pub attachment_ids: RwSignal<Vec<i64>>,
    pub state: RwSignal<SaveState>,
    /// Bumped by every change: a save only counts if nothing changed since.
    version: StoredValue<u64>,
    child_id: i64,
}

impl CarerDraft {
    pub fn new(child_id: i64, saved: CarerViews) -> Self {
        CarerDraft {
            text: RwSignal::new(saved.text),
            attachment_ids: RwSignal::new(saved.attachment_ids),
            state: RwSignal::new(SaveState::Saved),
            version: StoredValue::new(0),
            child_id,
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
        self.version.update_value(|v| *v += 1);
        self.state.set(SaveState::Saving);
        let version = self.version.get_value();
        set_timeout(
            move || {
                // The page may be gone by now: then there is nothing to save.
                if self.version.try_get_value() == Some(version) {
                    self.save(version);
                }
            },
            QUIET,
        );
    }

    /// A file was attached or removed: save at once, as there is no typing
    /// to wait for and the page may be closed straight after.
    pub fn changed_now(self) {
        // An upload may finish after its page has gone: then there is nothing to save.
        if self.version.try_update_value(|v| *v += 1).is_none() {
            return;
        }
        self.state.try_set(SaveState::Saving);
        if let Some(version) = self.version.try_get_value() {
            self.save(version);
        }
    }

    fn save(self, version: u64) {
        let body = SaveDraft {
            body: self.body(),
            shared_with: ShareChoice::default(),
        };
        let path = format!("/api/children/{}/drafts/carer", self.child_id);
        leptos::task::spawn_local(async move {
            let result = api::put(&path, &body).await;
            // A newer change has its own save coming.
            if self.version.try_get_value() != Some(version) {
                return;
            }
            match result {
                Ok(()) => {
                    self.state.try_set(SaveState::Saved);
                }
                Err(_) => {
                    self.state.try_set(SaveState::NotSaved);
                    set_timeout(
                        move || {
                            if self.version.try_get_value() == Some(version) {
                                self.save(version);
                            }
                        },
                        RETRY,
                    );
                }
            }
        });
    }
}
