//! Who is signed in and the council's settings, shared by every page.
//! This only shapes what is shown: the server decides what anyone may see.

use domain::api::{ErrorCode, Me, Settings};
use leptos::prelude::*;

use crate::api::{self, Failure};
use crate::t;

/// Shared state: the signed-in person (once known) and the council's settings.
#[derive(Clone, Copy)]
pub struct Session {
    me: RwSignal<Option<Me>>,
    settings: StoredValue<Option<Settings>>,
}

impl Session {
    /// Makes the session available to every component below.
    pub fn provide(settings: Option<Settings>) -> Self {
        let session = Session {
            me: RwSignal::new(None),
            settings: StoredValue::new(settings),
        };
        provide_context(session);
        session
    }

    /// The signed-in person, if known; re-renders whoever reads it when it changes.
    pub fn me(&self) -> Option<Me> {
        self.me.get()
    }

    /// Remembers who just signed in, so the next page need not ask again.
    pub fn signed_in(&self, me: Me) {
        self.me.set(Some(me));
    }

    /// The signed-in person, asking the server only the first time.
    pub async fn load_me(self) -> Result<Me, Failure> {
        if let Some(me) = self.me.get_untracked() {
            return Ok(me);
        }
        let result = api::get::<Me>("/api/me").await;
        if let Ok(me) = &result {
            self.me.set(Some(me.clone()));
        }
        result
    }

    /// Called when the server says the session has ended (timed out, signed out elsewhere).
    pub fn note_failure(&self, failure: &Failure) {
        if failure.code() == Some(ErrorCode::NotSignedIn) {
            self.me.set(None);
        }
    }

    /// Ends the session on the server. Errors are ignored: the person wants
    /// out either way, and the next page checks again.
    pub async fn sign_out(self) {
        let _ = api::delete("/api/session").await;
        self.me.set(None);
    }

    /// This council's name for the reviewing officer, e.g. "CISRO".
    pub fn officer_title(&self) -> String {
        self.settings
            .with_value(|settings| settings.as_ref().map(|s| s.officer_title.clone()))
            .unwrap_or_else(|| t!("officer-title-fallback"))
    }
}

/// The session provided by the app shell.
pub fn use_session() -> Session {
    expect_context::<Session>()
}
