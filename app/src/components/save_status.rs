//! "Saved" or "Not saved yet, trying again": said quietly, never a spinner alone.

use leptos::prelude::*;

use crate::drafts::{Drafts, SaveStatus};
use crate::t;

/// The status line of a draft, in a polite live region.
#[component]
pub fn SaveStatusLine(drafts: Drafts) -> impl IntoView {
    let words = move || match drafts.status() {
        SaveStatus::Quiet => String::new(),
        SaveStatus::Saved => t!("draft-saved"),
        SaveStatus::Retrying => t!("draft-retrying"),
        SaveStatus::TooLong => t!("draft-too-long"),
    };
    let trouble = move || matches!(drafts.status(), SaveStatus::Retrying | SaveStatus::TooLong);
    view! {
        <p class="save-status" class:save-status-trouble=trouble role="status" aria-live="polite">
            {words}
        </p>
    }
}
