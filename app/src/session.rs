//! Who is signed in, when the server last heard from us, and the council's
//! settings, shared by every page. This only shapes what is shown: the
//! server decides what anyone may see.

use domain::api::{ErrorCode, Me, Settings};
use leptos::prelude::*;

use crate::api::{self, Failure};
use crate::drafts;
use crate::js;
use crate::leaving::NEUTRAL_SITE;
use crate::other_tabs::{self, TabNews};
use crate::t;

/// Where someone goes to sign in.
pub const SIGN_IN_PAGE: &str = "/sign-in";
/// The sign-in page with the note that we signed them out for being away.
pub const TIMED_OUT_PAGE: &str = "/sign-in?reason=timed-out";

/// Why a session ended, which decides where every open tab goes next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// The person chose "Sign out".
    SignedOut,
    /// Nobody used the app for longer than the server allows.
    TimedOut,
    /// Quick exit: hide the app at once.
    Left,
}

impl Ending {
    /// The page a tab shows once the session has ended this way.
    pub fn next_page(self) -> &'static str {
        match self {
            Ending::SignedOut => SIGN_IN_PAGE,
            Ending::TimedOut => TIMED_OUT_PAGE,
            Ending::Left => NEUTRAL_SITE,
        }
    }
}

/// Shared state: the signed-in person (once known), the time of the last
/// request the server accepted, and the council's settings.
#[derive(Clone, Copy)]
pub struct Session {
    me: RwSignal<Option<Me>>,
    /// `Date.now()` when the last successful request was sent, in this tab or
    /// another: every signed-in request restarts the server's idle timer.
    last_request: RwSignal<f64>,
    settings: StoredValue<Option<Settings>>,
}

impl Session {
    /// Makes the session available to every component below.
    pub fn provide(settings: Option<Settings>) -> Self {
        let session = Session {
            me: RwSignal::new(None),
            // Nobody is signed in yet; the request that tells us who is will set it again.
            last_request: RwSignal::new(js::date_now()),
            settings: StoredValue::new(settings),
        };
        provide_context(session);
        // Every accepted request restarted the server's idle timer: note it
        // here and tell the other tabs.
        api::on_accepted(move |sent| {
            session.heard_renewal(sent);
            other_tabs::tell(TabNews::Renewed(sent));
        });
        session
    }

    /// The signed-in person, if known; re-renders whoever reads it when it changes.
    pub fn me(&self) -> Option<Me> {
        self.me.get()
    }

    /// Whether someone is signed in, without subscribing to changes.
    pub fn is_signed_in_untracked(&self) -> bool {
        self.me.with_untracked(Option::is_some)
    }

    /// The server's idle limit for whoever is signed in (tracked).
    pub fn idle_timeout_secs(&self) -> Option<u64> {
        self.me
            .with(|me| me.as_ref().map(|me| me.idle_timeout_secs))
    }

    /// When the last successful request was sent (tracked).
    pub fn last_request(&self) -> f64 {
        self.last_request.get()
    }

    /// Remembers who just signed in, so the next page need not ask again.
    pub fn signed_in(&self, me: Me) {
        self.me.set(Some(me));
    }

    /// Another tab's request also restarted the server's timer.
    pub fn heard_renewal(&self, sent: f64) {
        if sent > self.last_request.get_untracked() {
            self.last_request.set(sent);
        }
    }

    /// The signed-in person, asking the server only the first time.
    pub async fn load_me(self) -> Result<Me, Failure> {
        if let Some(me) = self.me.get_untracked() {
            return Ok(me);
        }
        let result = self.check_me().await;
        if let Ok(me) = &result {
            self.me.set(Some(me.clone()));
        }
        result
    }

    /// Asks the server who is signed in, which also keeps the session going.
    pub async fn check_me(self) -> Result<Me, Failure> {
        api::get::<Me>("/api/me").await
    }

    /// Called when the server says the session has ended (timed out, signed out elsewhere).
    pub fn note_failure(&self, failure: &Failure) {
        if failure.code() == Some(ErrorCode::NotSignedIn) {
            self.me.set(None);
        }
    }

    /// Ends the session on the server and tells the other tabs why. Errors
    /// are ignored: the person wants out either way, and the next page checks again.
    pub async fn sign_out(self, why: Ending) {
        // Other tabs first: after a quick exit they must hide without waiting.
        other_tabs::tell(TabNews::Ended(why));
        // Unsaved words stay only when time ran out: they are saved after
        // signing in again. Choosing to leave takes them away.
        if why != Ending::TimedOut {
            drafts::forget_everything_kept();
        }
        let _ = api::delete("/api/session").await;
        self.me.set(None);
    }

    /// Signs out, then loads the page for `why` afresh, so nothing of the
    /// last person's pages stays in memory.
    pub fn end(self, why: Ending) {
        leptos::task::spawn_local(async move {
            self.sign_out(why).await;
            // replace(), not assign(): the signed-in page is not left behind in Back.
            let _ = window().location().replace(why.next_page());
        });
    }

    /// This council's name for the reviewing officer, e.g. "CISRO".
    pub fn officer_title(&self) -> String {
        self.settings
            .with_value(|settings| settings.as_ref().map(|s| s.officer_title.clone()))
            .unwrap_or_else(|| t!("officer-title-fallback"))
    }

    /// The most bytes one uploaded file may have, as the server said; 0 if unknown.
    pub fn max_upload_bytes(&self) -> u64 {
        self.settings
            .with_value(|settings| settings.as_ref().map_or(0, |s| s.max_upload_bytes))
    }
}

/// The session provided by the app shell.
pub fn use_session() -> Session {
    expect_context::<Session>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_ending_has_its_own_next_page() {
        assert_eq!(Ending::SignedOut.next_page(), "/sign-in");
        assert_eq!(Ending::TimedOut.next_page(), "/sign-in?reason=timed-out");
        assert_eq!(Ending::Left.next_page(), NEUTRAL_SITE);
    }
}
