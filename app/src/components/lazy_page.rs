//! Showing a page whose code is fetched the first time it is opened
//! (`crate::lazy_pages`).

use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use crate::components::load_failed::LoadFailed;
use crate::components::loading::Loading;
use crate::lazy_pages::Loaded;

type Load = Arc<dyn Fn() -> Pin<Box<dyn Future<Output = Loaded> + Send>> + Send + Sync>;

/// "Loading…" (announced) while the page's code arrives, then the page; if
/// it does not arrive, "this page did not load" with a "Try again" button.
#[component]
pub fn LazyPage<F, Fut>(page: F) -> impl IntoView
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Loaded> + Send + 'static,
{
    // Boxed at once: the view below is the first view's, and one copy of it
    // is much smaller than one per page.
    show(Arc::new(move || Box::pin(page())))
}

fn show(load: Load) -> AnyView {
    let loading = RwSignal::new(true);
    let attempt = RwSignal::new(0_u32);
    let retry = move |_| {
        loading.set(true);
        attempt.update(|n| *n += 1);
    };
    view! {
        {move || loading.get().then(|| view! { <Loading /> })}
        {move || {
            attempt.track();
            let load = Arc::clone(&load);
            Suspend::new(async move {
                let page = load().await;
                loading.set(false);
                match page {
                    Ok(view) => view,
                    Err(_) => view! { <LoadFailed retry /> }.into_any(),
                }
            })
        }}
    }
    .into_any()
}
