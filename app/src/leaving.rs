//! Leaving quickly: how the app hides itself and where it goes. The
//! quick-exit button, its Shift-key shortcut and the app's other tabs all
//! leave the same way; this holds no view, so the session can name where
//! a quick exit ends without reaching into a component.

use std::time::Duration;

use leptos::prelude::*;

use crate::drafts;
use crate::session::{Ending, Session};

pub use domain::api::NEUTRAL_SITE;
/// Leave even if signing out is slow: getting away matters more.
const SIGN_OUT_WAIT: Duration = Duration::from_millis(1500);

/// Hides the app at once, signs out, and goes.
pub fn leave(session: Session) {
    blank_page();
    set_timeout(go, SIGN_OUT_WAIT);
    leptos::task::spawn_local(async move {
        session.sign_out(Ending::Left).await;
        go();
    });
}

/// Leaves without signing out, when another tab is already doing that.
pub fn hide_and_go() {
    blank_page();
    drafts::forget_everything_kept();
    go();
}

/// Blanks the page at once, before the network answers.
fn blank_page() {
    if let Some(root) = document().document_element() {
        let _ = root.class_list().add_1("leaving");
    }
}

fn go() {
    // replace(), not assign(): the app page is not left behind in Back.
    let _ = window().location().replace(NEUTRAL_SITE);
}
