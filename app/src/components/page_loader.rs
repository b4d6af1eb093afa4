//! The one way a page waits for its data from the server.

use leptos::prelude::*;

use crate::api::Failure;
use crate::components::failure_page::FailurePage;
use crate::components::loading::Loading;

/// "Loading…" until `data` arrives, then `loaded` with it; if it fails, the
/// failure page (sign in, not allowed, not found, or try again).
#[component]
pub fn PageLoader<T, F, V>(data: LocalResource<Result<T, Failure>>, loaded: F) -> impl IntoView
where
    T: Clone + 'static,
    F: Fn(T) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let retry = move |_| data.refetch();
    move || match data.get() {
        None => view! { <Loading /> }.into_any(),
        Some(Ok(value)) => loaded(value).into_any(),
        Some(Err(failure)) => view! { <FailurePage failure retry /> }.into_any(),
    }
}
