//! What a page shows when its data could not be loaded.

use domain::api::ErrorCode;
use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::NavigateOptions;

use crate::api::Failure;
use crate::components::lazy_page::LazyPage;
use crate::components::load_failed::LoadFailed;
use crate::lazy_pages;
use crate::session::use_session;

/// Signed out: sign in. Not allowed or not there: say so, keeping the URL. Otherwise: try again.
#[component]
pub fn FailurePage(failure: Failure, #[prop(into)] retry: Callback<()>) -> impl IntoView {
    use_session().note_failure(&failure);
    match failure.code() {
        Some(ErrorCode::NotSignedIn) => {
            let options = NavigateOptions {
                replace: true,
                ..NavigateOptions::default()
            };
            view! { <Redirect path="/sign-in" options /> }.into_any()
        }
        Some(ErrorCode::Forbidden) => {
            view! { <LazyPage page=lazy_pages::not_allowed words="not_allowed" /> }.into_any()
        }
        Some(ErrorCode::NotFound) => {
            view! { <LazyPage page=lazy_pages::not_found words="not_found" /> }.into_any()
        }
        _ => view! { <LoadFailed retry /> }.into_any(),
    }
}
