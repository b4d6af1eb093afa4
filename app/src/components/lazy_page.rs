//! Showing a page whose code and words are fetched the first time it is
//! opened (`crate::lazy_pages`, `crate::languages`).

use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use send_wrapper::SendWrapper;

use crate::components::load_failed::LoadFailed;
use crate::components::loading::Loading;
use crate::languages::use_languages;
use crate::lazy_pages::Loaded;

type Load = Arc<dyn Fn() -> Pin<Box<dyn Future<Output = Loaded> + Send>> + Send + Sync>;

/// "Loading…" (announced) while the page's words and code arrive, then the
/// page; if either does not arrive, "this page did not load" with a "Try
/// again" button. `words` is the page's `#[wasm_split]` name, which names
/// its words too (`## chunk: <name>` in locales/en-GB/app.ftl).
#[component]
pub fn LazyPage<F, Fut>(page: F, words: &'static str) -> impl IntoView
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Loaded> + Send + 'static,
{
    // Boxed at once: the view below is the first view's, and one copy of it
    // is much smaller than one per page.
    show(Arc::new(move || Box::pin(page())), words)
}

fn show(load: Load, words: &'static str) -> AnyView {
    let languages = use_languages();
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
            // The words first: the page's code builds its view, reading its
            // words, as soon as it arrives. (Fetches in the browser are not
            // `Send`; this all runs on the one thread there is.)
            let words = SendWrapper::new(languages.page_words(words));
            Suspend::new(async move {
                let page = if words.await {
                    load().await.ok()
                } else {
                    None
                };
                loading.set(false);
                match page {
                    Some(view) => view,
                    None => view! { <LoadFailed retry /> }.into_any(),
                }
            })
        }}
    }
    .into_any()
}
