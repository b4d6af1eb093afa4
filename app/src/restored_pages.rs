//! Back after signing out: a browser may show the last page again from its
//! back/forward cache without asking the server (Chrome does so even for
//! `no-store` pages). When that happens, ask the server whether the session
//! is still there, and if not, go to sign in.

use domain::api::ErrorCode;
use leptos::prelude::*;

use crate::session::{Session, SIGN_IN_PAGE};

/// Re-checks the session whenever a signed-in page comes back from the cache.
pub fn recheck_restored_pages(session: Session) {
    // The shell lives as long as the page, and so does this listener.
    let _listener = window_event_listener(leptos::ev::pageshow, move |ev| {
        if !ev.persisted() || !session.is_signed_in_untracked() {
            return;
        }
        leptos::task::spawn_local(async move {
            if let Err(failure) = session.check_me().await {
                if failure.code() == Some(ErrorCode::NotSignedIn) {
                    // replace(): Back must not bring this page back again.
                    let _ = window().location().replace(SIGN_IN_PAGE);
                }
            }
        });
    });
}
