//! Drafts never get lost. What someone types is saved to the server a moment
//! after they stop (`PUT drafts/{kind}`), and retried, more slowly each
//! time, while that fails. Until the server has it, the text waits in this
//! tab's `sessionStorage`, and only there: it is forgotten once saved, on
//! sign-out and by the quick exit. A session that ended while they typed
//! keeps the text, sends them to sign in, and brings them back to save it.
//!
//! One machine for every kind of draft (My views, My meeting, the carer's
//! contribution), for the child and for the adults who write with them.

use std::time::Duration;

use domain::api::ErrorCode;
use domain::contributions::{ContributionBody, ContributionKind, Draft, SaveDraft, ShareChoice};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::api::{self, Failure};
use crate::js;
use crate::session::TIMED_OUT_PAGE;

/// Every key this app keeps in `sessionStorage` starts with this, so
/// signing out can forget them all.
pub const PREFIX: &str = "mysay-kept-";
/// The sign-in page's field for where to come back to after signing in
/// (`pages/src/sign_in.rs`).
const NEXT: &str = "next";
/// How long after the last key press the draft is saved.
const PAUSE: Duration = Duration::from_millis(1500);
/// The longest wait between two tries while saving fails.
const LONGEST_WAIT_MS: u64 = 15_000;

/// Text not yet on the server, as kept in `sessionStorage`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Waiting {
    pub body: ContributionBody,
    pub shared_with: ShareChoice,
    /// `Date.now()` of the last change.
    pub at_ms: f64,
}

/// What the status line says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing to say: nothing typed yet, or waiting for a pause in typing.
    Quiet,
    Saved,
    /// Not reached the server; trying again.
    Retrying,
    /// The server refused it: a box is over the limit. Kept here meanwhile.
    TooLong,
}

/// Forgets every draft and send id this tab keeps: on sign-out and quick exit.
pub fn forget_everything_kept() {
    js::forget_all_for_tab(PREFIX);
}

/// The session ended: keep the text, say why on the sign-in page, and come back here after.
pub fn sign_in_again() {
    let location = window().location();
    let here = location.pathname().unwrap_or_default() + &location.search().unwrap_or_default();
    let next = js_sys::encode_uri_component(&here);
    let _ = location.replace(&format!("{TIMED_OUT_PAGE}&{NEXT}={next}"));
}

/// The id of one send, made once and kept until the server has answered,
/// so a second tap or a retry sends the same id. `what` names the form
/// (a kind's code, or an addition to one contribution).
pub fn send_id(child_id: i64, what: &str) -> String {
    let key = format!("{PREFIX}send-{child_id}-{what}");
    if let Some(id) = js::tab_kept(&key) {
        return id;
    }
    let id = js::random_uuid();
    js::keep_for_tab(&key, &id);
    id
}

/// The server has answered this send: the next one is a new contribution.
pub fn forget_send_id(child_id: i64, what: &str) {
    js::forget_for_tab(&format!("{PREFIX}send-{child_id}-{what}"));
}

/// What a form starts with: the server's draft, unless this tab holds newer
/// text the server never got (which then still needs saving: `true`).
pub fn starting_point(
    server: Option<&Draft>,
    waiting: Option<Waiting>,
) -> Option<(ContributionBody, ShareChoice, bool)> {
    match (server, waiting) {
        (Some(draft), Some(waiting)) if (draft.saved_at_ms as f64) >= waiting.at_ms => {
            Some((draft.body.clone(), draft.shared_with, false))
        }
        (_, Some(waiting)) => Some((waiting.body, waiting.shared_with, true)),
        (Some(draft), None) => Some((draft.body.clone(), draft.shared_with, false)),
        (None, None) => None,
    }
}

/// How long to wait before try number `failures + 1`: 1, 2, 4, 8, then 15 seconds.
pub fn wait_after(failures: u32) -> Duration {
    let ms = 1000_u64.saturating_mul(1 << failures.saturating_sub(1).min(4));
    Duration::from_millis(ms.min(LONGEST_WAIT_MS))
}

/// One form's draft: call `edited` on every change.
#[derive(Clone, Copy)]
pub struct Drafts {
    child_id: i64,
    kind: ContributionKind,
    status: RwSignal<SaveStatus>,
    state: StoredValue<State>,
}

#[derive(Default)]
struct State {
    /// The newest text, also in `sessionStorage` when the browser allows.
    latest: Option<Waiting>,
    /// Counts changes, so a save only clears what it actually sent.
    edits: u64,
    timer: Option<TimeoutHandle>,
    failures: u32,
    saving: bool,
    /// A save was due while another was on its way.
    again: bool,
}

impl Drafts {
    /// The draft of `kind` about child `child_id`, for the signed-in person.
    /// Call inside the form's component: it stops with it, saving what is left.
    pub fn new(child_id: i64, kind: ContributionKind) -> Self {
        let drafts = Drafts {
            child_id,
            kind,
            status: RwSignal::new(SaveStatus::Quiet),
            state: StoredValue::new(State::default()),
        };
        // Back online: try at once rather than at the end of a long wait.
        let online = window_event_listener(leptos::ev::online, move |_| {
            if drafts.status.get_untracked() == SaveStatus::Retrying {
                drafts.schedule(Duration::ZERO);
            }
        });
        on_cleanup(move || {
            online.remove();
            drafts.leave();
        });
        drafts
    }

    fn key(&self) -> String {
        format!("{PREFIX}draft-{}-{}", self.child_id, self.kind.code())
    }

    /// Text this tab holds that the server may not have.
    pub fn waiting(&self) -> Option<Waiting> {
        let text = js::tab_kept(&self.key())?;
        api::decode::<Waiting>(&text).ok()
    }

    /// The status line, tracked.
    pub fn status(&self) -> SaveStatus {
        self.status.get()
    }

    /// Something changed: keep it here at once, save it after a pause.
    pub fn edited(&self, body: ContributionBody, shared_with: ShareChoice) {
        let waiting = Waiting {
            body,
            shared_with,
            at_ms: js::date_now(),
        };
        if let Ok(text) = api::encode(&waiting) {
            js::keep_for_tab(&self.key(), &text);
        }
        self.state.update_value(|state| {
            state.latest = Some(waiting);
            state.edits += 1;
        });
        if self.status.get_untracked() != SaveStatus::Retrying {
            self.status.set(SaveStatus::Quiet);
        }
        self.schedule(PAUSE);
    }

    /// Text found waiting when the page opened: save it now.
    pub fn resume(&self, waiting: Waiting) {
        self.state.update_value(|state| {
            state.latest = Some(waiting);
            state.edits += 1;
        });
        self.schedule(Duration::ZERO);
    }

    /// Save what is waiting now, without the pause for typing.
    pub fn save_now(&self) {
        self.schedule(Duration::ZERO);
    }

    /// Sent: nothing is waiting any more.
    pub fn sent(&self) {
        self.state.update_value(|state| {
            if let Some(timer) = state.timer.take() {
                timer.clear();
            }
            state.latest = None;
            state.edits += 1;
        });
        js::forget_for_tab(&self.key());
        self.status.set(SaveStatus::Quiet);
    }

    fn schedule(&self, after: Duration) {
        let drafts = *self;
        let timer = set_timeout_with_handle(move || drafts.save(), after).ok();
        self.state.update_value(|state| {
            if let Some(old) = std::mem::replace(&mut state.timer, timer) {
                old.clear();
            }
        });
    }

    fn save(&self) {
        let Some(Some((waiting, edits))) = self.state.try_update_value(|state| {
            state.timer = None;
            if state.saving {
                state.again = true;
                return None;
            }
            let waiting = state.latest.clone()?;
            state.saving = true;
            Some((waiting, state.edits))
        }) else {
            return;
        };
        let drafts = *self;
        leptos::task::spawn_local(async move {
            let result = put(drafts.child_id, drafts.kind, &waiting).await;
            drafts.saved(result, edits);
        });
    }

    fn saved(&self, result: Result<(), Failure>, edits: u64) {
        let Some(again) = self.state.try_update_value(|state| {
            state.saving = false;
            std::mem::take(&mut state.again)
        }) else {
            // The form has gone; `leave` took care of what was left.
            return;
        };
        match result {
            Ok(()) => {
                let unchanged = self.state.with_value(|state| state.edits == edits);
                self.state.update_value(|state| state.failures = 0);
                if unchanged {
                    self.state.update_value(|state| state.latest = None);
                    js::forget_for_tab(&self.key());
                    self.status.set(SaveStatus::Saved);
                }
                if again {
                    self.schedule(Duration::ZERO);
                }
            }
            Err(failure) if failure.code() == Some(ErrorCode::NotSignedIn) => sign_in_again(),
            Err(Failure::Api(error))
                if matches!(
                    error.code,
                    ErrorCode::InvalidInput | ErrorCode::TooLong | ErrorCode::TooLarge
                ) =>
            {
                self.status.set(SaveStatus::TooLong);
            }
            Err(_) => {
                let failures = self.state.try_update_value(|state| {
                    state.failures += 1;
                    state.failures
                });
                self.status.set(SaveStatus::Retrying);
                self.schedule(wait_after(failures.unwrap_or(1)));
            }
        }
    }

    /// The form is closing: save what waits one last time. If that fails,
    /// it is still in `sessionStorage` for when the page opens again.
    fn leave(&self) {
        let Some((waiting, timer)) = self
            .state
            .try_update_value(|state| (state.latest.take(), state.timer.take()))
        else {
            return;
        };
        if let Some(timer) = timer {
            timer.clear();
        }
        let Some(waiting) = waiting else {
            return;
        };
        let (child_id, kind, key) = (self.child_id, self.kind, self.key());
        leptos::task::spawn_local(async move {
            if put(child_id, kind, &waiting).await.is_ok() {
                let still_same = js::tab_kept(&key)
                    .and_then(|text| api::decode::<Waiting>(&text).ok())
                    .is_some_and(|kept| kept.at_ms == waiting.at_ms);
                if still_same {
                    js::forget_for_tab(&key);
                }
            }
        });
    }
}

async fn put(child_id: i64, kind: ContributionKind, waiting: &Waiting) -> Result<(), Failure> {
    let path = format!("/api/children/{child_id}/drafts/{}", kind.code());
    let body = SaveDraft {
        body: waiting.body.clone(),
        shared_with: waiting.shared_with,
    };
    api::put(&path, &body).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::api::Role;
    use domain::contributions::{MyViews, Person};

    fn views(text: &str) -> ContributionBody {
        ContributionBody::MyViews(MyViews {
            going_well: text.into(),
            ..MyViews::default()
        })
    }

    fn draft(text: &str, saved_at_ms: i64) -> Draft {
        Draft {
            author: Person {
                user_id: 1,
                name: "Sam".into(),
                role: Role::Child,
            },
            mine: true,
            body: views(text),
            shared_with: ShareChoice::default(),
            saved_at_ms,
        }
    }

    fn waiting(text: &str, at_ms: f64) -> Waiting {
        Waiting {
            body: views(text),
            shared_with: ShareChoice::default(),
            at_ms,
        }
    }

    #[test]
    fn newer_text_in_the_tab_wins_and_still_needs_saving() {
        let server = draft("old", 1000);
        let start = starting_point(Some(&server), Some(waiting("new", 2000.0)));
        assert_eq!(start, Some((views("new"), ShareChoice::default(), true)));
    }

    #[test]
    fn a_newer_server_draft_wins_over_older_tab_text() {
        let server = draft("from my phone", 3000);
        let start = starting_point(Some(&server), Some(waiting("older", 2000.0)));
        assert_eq!(
            start,
            Some((views("from my phone"), ShareChoice::default(), false))
        );
        assert_eq!(
            starting_point(None, Some(waiting("only here", 1.0))),
            Some((views("only here"), ShareChoice::default(), true))
        );
        assert_eq!(starting_point(None, None), None);
    }

    #[test]
    fn retries_wait_longer_each_time_up_to_fifteen_seconds() {
        let waits: Vec<u64> = (1..=7).map(|n| wait_after(n).as_millis() as u64).collect();
        assert_eq!(waits, vec![1000, 2000, 4000, 8000, 15000, 15000, 15000]);
    }
}
