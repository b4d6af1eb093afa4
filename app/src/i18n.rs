//! Every word the app shows comes from `locales/<language>/app.ftl`, embedded
//! in the binary so a page never waits for a second download before it can speak.

use std::sync::LazyLock;

use i18n_embed::fluent::{fluent_language_loader, FluentLanguageLoader};
use i18n_embed::LanguageLoader;
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "../locales"]
struct Localizations;

/// The loaded messages. Starts with the fallback language so that host-side
/// unit tests, which have no browser to ask, read the same British English.
pub static LOADER: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader = fluent_language_loader!();
    loader
        .load_fallback_language(&Localizations)
        .expect("the fallback language file is embedded and parses");
    // Fluent wraps arguments in invisible bidi marks by default; they break
    // copying of emails and phone numbers and exact-text tests. Right-to-left
    // languages will set `dir` on the page instead.
    loader.set_use_isolating(false);
    loader
});

/// Look a message up by id, with optional `name = value` arguments. The id
/// and arguments are checked against the fallback `.ftl` at compile time.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        i18n_embed_fl::fl!($crate::i18n::LOADER, $id)
    };
    ($id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($crate::i18n::LOADER, $id, $($args)*)
    };
}

/// Picks the best language the browser asks for, and tells the page which one
/// it is so screen readers pronounce it right.
#[cfg(target_arch = "wasm32")]
pub fn select_browser_language() {
    use i18n_embed::WebLanguageRequester;

    let requested = WebLanguageRequester::requested_languages();
    if i18n_embed::select(&*LOADER, &Localizations, &requested).is_ok() {
        // Selecting builds fresh bundles, which isolate arguments again.
        LOADER.set_use_isolating(false);
        if let Some(root) = leptos::prelude::document().document_element() {
            let _ = root.set_attribute("lang", &LOADER.current_language().to_string());
        }
    }
}
