//! Which languages there are, which one is in use, and changing it at any
//! moment. The build lists the languages in the HTML shell
//! (`xtask/src/locales.rs`); a language's first-view words are fetched the
//! first time it is used, and a page's words when the page is first opened
//! in it (`components/lazy_page.rs`). The first language comes from `?lang=` in the address, else
//! the choice remembered in this browser, else the browser's own languages.
//! A signed-in person's choice saved on the server wins once they sign in
//! (`components/language_menu.rs`), unless the address asked for another.

use leptos::prelude::*;

use crate::{i18n, js};

/// The query parameter that picks a language for this visit: `?lang=cy`.
pub const QUERY: &str = "lang";
/// Where this browser remembers the last choice from the menu.
const REMEMBERED: &str = "mysay-language";
/// Shown when nothing else matches; every other language falls back to it.
pub const FALLBACK: &str = "en-GB";

/// One entry of the list the build writes into the HTML shell.
#[derive(Clone, Debug, PartialEq)]
pub struct Language {
    /// BCP 47, as in the name of its folder in locales/: `en-GB`, `cy`.
    pub tag: String,
    /// Its name in itself: "English", "Cymraeg".
    pub name: String,
    /// `ltr` or `rtl`, for `<html dir>`.
    pub dir: String,
    /// Where its words are, under a name that changes with them: the files
    /// are `<words>.first.ftl` and `<words>.<page>.ftl` for each split page.
    pub words: String,
    /// A pseudo-locale for testing layouts: never offered unless asked for.
    pub pseudo: bool,
    /// A native speaker has checked it (its files' status line says so).
    pub checked: bool,
}

/// The languages of this build and the one in use, shared by the whole app.
#[derive(Clone, Copy)]
pub struct Languages {
    list: StoredValue<Vec<Language>>,
    current: RwSignal<String>,
    /// What `?lang=` asked for when the page loaded: it stays in the menu,
    /// and it wins over a choice saved on the server.
    asked: StoredValue<Option<String>>,
    /// The person whose saved choice has been applied, so it is applied
    /// once per sign-in and a new choice from the menu is not undone.
    saved_applied_for: StoredValue<Option<i64>>,
    /// The split pages opened so far, whose words a new language needs too.
    opened: StoredValue<Vec<&'static str>>,
}

impl Languages {
    /// Reads the list from the page and makes it available to every component below.
    pub fn provide() -> Self {
        let asked = query_value(&window().location().search().unwrap_or_default(), QUERY);
        let languages = Languages {
            list: StoredValue::new(list_in_shell()),
            current: RwSignal::new(String::new()),
            asked: StoredValue::new(asked),
            saved_applied_for: StoredValue::new(None),
            opened: StoredValue::new(Vec::new()),
        };
        provide_context(languages);
        languages
    }

    /// Loads the words of the first language; until then `current` is empty
    /// and there is nothing to show.
    pub async fn start(self) {
        let browser: Vec<String> = i18n_embed::WebLanguageRequester::requested_languages()
            .iter()
            .map(ToString::to_string)
            .collect();
        let remembered = js::remembered(REMEMBERED);
        let first = self.list.with_value(|list| {
            pick(
                list,
                self.asked.get_value().as_deref(),
                remembered.as_deref(),
                &browser,
            )
            .map(|language| language.tag.clone())
        });
        let first = first.unwrap_or_else(|| FALLBACK.to_string());
        if !self.switch(&first).await && !self.switch(FALLBACK).await {
            // Unreachable words: show the app anyway, with message ids,
            // rather than a blank page.
            self.current.set(FALLBACK.to_string());
        }
    }

    /// The language in use; re-renders whoever reads it when it changes.
    pub fn current(&self) -> String {
        self.current.get()
    }

    /// The languages to offer: every real one, and a pseudo-locale only when
    /// it is in use or was asked for by the address.
    pub fn menu(&self) -> Vec<Language> {
        let current = self.current.get_untracked();
        let asked = self.asked.get_value();
        self.list
            .with_value(|list| offered(list, &current, asked.as_deref()))
    }

    /// A choice from the menu: used at once and remembered in this browser.
    pub async fn choose(self, tag: String) -> bool {
        let switched = self.switch(&tag).await;
        if switched {
            js::remember(REMEMBERED, &tag);
        }
        switched
    }

    /// A signed-in person's choice saved on the server, applied once after
    /// they sign in, unless the address asked for a language.
    pub fn apply_saved(self, user_id: Option<i64>, saved: Option<String>) {
        if self.saved_applied_for.get_value() == user_id {
            return;
        }
        self.saved_applied_for.set_value(user_id);
        let Some(saved) = saved else { return };
        if self.asked.get_value().is_some() || saved == self.current.get_untracked() {
            return;
        }
        leptos::task::spawn_local(async move {
            if self.switch(&saved).await {
                js::remember(REMEMBERED, &saved);
            }
        });
    }

    /// Fetches the words of the split page `page` in the language in use,
    /// unless they are here already, and remembers that the page was opened.
    /// False if they did not arrive.
    pub async fn page_words(self, page: &'static str) -> bool {
        // Remembered first, so a switch to another language that starts
        // meanwhile fetches this page's words in that language too.
        self.opened.update_value(|opened| {
            if !opened.contains(&page) {
                opened.push(page);
            }
        });
        let tag = self.current.get_untracked();
        let fetched = match self.find(&tag) {
            Some(language) => fetch_page_words(&language, page).await,
            None => false,
        };
        if !fetched {
            self.opened
                .update_value(|opened| opened.retain(|opened| *opened != page));
        }
        fetched
    }

    fn find(self, tag: &str) -> Option<Language> {
        self.list
            .with_value(|list| list.iter().find(|l| l.tag == tag).cloned())
    }

    /// Fetches the language's words if need be, with those of every page
    /// opened so far, then shows every page in it. False (and nothing
    /// changed) if the tag is not in this build or the words could not be
    /// fetched.
    async fn switch(self, tag: &str) -> bool {
        let Some(language) = self.find(tag) else {
            return false;
        };
        if !fetch_first_words(&language).await {
            return false;
        }
        // Asked again each time: a page may open while words arrive.
        while let Some(page) = self.opened.with_value(|opened| {
            opened
                .iter()
                .copied()
                .find(|page| !i18n::has_page_words(&language.tag, page))
        }) {
            if !fetch_page_words(&language, page).await {
                return false;
            }
        }
        i18n::use_language(&language.tag);
        if let Some(root) = document().document_element() {
            // So screen readers pronounce it right, and right-to-left pages mirror.
            let _ = root.set_attribute("lang", &language.tag);
            let _ = root.set_attribute("dir", &language.dir);
        }
        self.current.set(language.tag);
        true
    }
}

/// The languages provided by the app.
pub fn use_languages() -> Languages {
    expect_context::<Languages>()
}

/// The list the build wrote into `<script type="application/json" id="locales">`.
fn list_in_shell() -> Vec<Language> {
    let Some(text) = document()
        .get_element_by_id("locales")
        .and_then(|element| element.text_content())
    else {
        return Vec::new();
    };
    // Read field by field with the browser's own JSON objects: a serde
    // deserializer for this one list would cost the wasm more than this.
    let Ok(list) = js_sys::JSON::parse(&text) else {
        return Vec::new();
    };
    js_sys::Array::from(&list)
        .iter()
        .filter_map(|entry| {
            let text = |key: &str| js_sys::Reflect::get(&entry, &key.into()).ok()?.as_string();
            let flag = |key: &str| js_sys::Reflect::get(&entry, &key.into()).ok()?.as_bool();
            Some(Language {
                tag: text("tag")?,
                name: text("name")?,
                dir: text("dir")?,
                words: text("words")?,
                pseudo: flag("pseudo")?,
                checked: flag("checked")?,
            })
        })
        .collect()
}

/// The first view's words of `language`, fetched unless they are here.
async fn fetch_first_words(language: &Language) -> bool {
    if i18n::is_loaded(&language.tag) {
        return true;
    }
    match fetch_text(&format!("{}.first.ftl", language.words)).await {
        Some(text) => i18n::load(&language.tag, &text, language.dir == "rtl"),
        None => false,
    }
}

/// The words of the split page `page` in `language`, fetched and added to it.
async fn fetch_page_words(language: &Language, page: &'static str) -> bool {
    if i18n::has_page_words(&language.tag, page) {
        return true;
    }
    match fetch_text(&format!("{}.{page}.ftl", language.words)).await {
        Some(text) => i18n::add_page_words(&language.tag, page, &text),
        None => false,
    }
}

async fn fetch_text(file: &str) -> Option<String> {
    let response = gloo_net::http::Request::get(file).send().await.ok()?;
    if !response.ok() {
        return None;
    }
    response.text().await.ok()
}

/// The value of `name` in a query string such as `?a=1&lang=cy`.
fn query_value(search: &str, name: &str) -> Option<String> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_string())
        .filter(|value| !value.is_empty())
}

/// The first language to show: the one the address asks for (pseudo-locales
/// included), else the one remembered, else the best for the browser's
/// languages, in the browser's order of preference.
fn pick<'a>(
    list: &'a [Language],
    asked: Option<&str>,
    remembered: Option<&str>,
    browser: &[String],
) -> Option<&'a Language> {
    let exact = |wanted: &str| {
        list.iter()
            .find(|language| language.tag.eq_ignore_ascii_case(wanted))
    };
    asked
        .and_then(exact)
        .or_else(|| remembered.and_then(exact))
        .or_else(|| browser.iter().find_map(|wanted| best_match(list, wanted)))
}

/// A real language for one of the browser's: the same tag, or the same
/// language in another region (`cy-GB` gets `cy`, `en-US` gets `en-GB`).
fn best_match<'a>(list: &'a [Language], wanted: &str) -> Option<&'a Language> {
    let primary = |tag: &str| tag.split('-').next().unwrap_or(tag).to_ascii_lowercase();
    let real = || list.iter().filter(|language| !language.pseudo);
    real()
        .find(|language| language.tag.eq_ignore_ascii_case(wanted))
        .or_else(|| real().find(|language| primary(&language.tag) == primary(wanted)))
}

fn offered(list: &[Language], current: &str, asked: Option<&str>) -> Vec<Language> {
    list.iter()
        .filter(|language| {
            !language.pseudo || language.tag == current || Some(language.tag.as_str()) == asked
        })
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn language(tag: &str, pseudo: bool) -> Language {
        Language {
            tag: tag.into(),
            name: tag.into(),
            dir: "ltr".into(),
            words: format!("/locales/{tag}.0123456789abcdef"),
            pseudo,
            checked: true,
        }
    }

    fn list() -> Vec<Language> {
        vec![
            language("en-GB", false),
            language("cy", false),
            language("pl", false),
            language("en-XA", true),
            language("ar-XB", true),
        ]
    }

    fn tag(found: Option<&Language>) -> Option<&str> {
        found.map(|language| language.tag.as_str())
    }

    #[test]
    fn the_address_wins_then_the_remembered_choice_then_the_browser() {
        let list = list();
        let browser = ["pl-PL".to_string(), "en".to_string()];
        assert_eq!(
            tag(pick(&list, Some("cy"), Some("pl"), &browser)),
            Some("cy")
        );
        assert_eq!(
            tag(pick(&list, Some("ar-XB"), None, &browser)),
            Some("ar-XB")
        );
        assert_eq!(
            tag(pick(&list, Some("xx"), Some("cy"), &browser)),
            Some("cy")
        );
        assert_eq!(tag(pick(&list, None, None, &browser)), Some("pl"));
        assert_eq!(tag(pick(&list, None, None, &["de".into()])), None);
    }

    #[test]
    fn browsers_get_real_languages_in_any_region() {
        let list = list();
        assert_eq!(tag(best_match(&list, "en-US")), Some("en-GB"));
        assert_eq!(tag(best_match(&list, "CY-gb")), Some("cy"));
        assert_eq!(tag(best_match(&list, "en-XA")), Some("en-GB"));
        assert_eq!(tag(best_match(&list, "ar")), None);
    }

    #[test]
    fn pseudo_locales_are_offered_only_when_in_use_or_asked_for() {
        let tags = |offered: Vec<Language>| -> Vec<String> {
            offered.into_iter().map(|language| language.tag).collect()
        };
        let list = list();
        assert_eq!(tags(offered(&list, "cy", None)), ["en-GB", "cy", "pl"]);
        assert_eq!(
            tags(offered(&list, "en-GB", Some("en-XA"))),
            ["en-GB", "cy", "pl", "en-XA"]
        );
        assert_eq!(
            tags(offered(&list, "ar-XB", None)),
            ["en-GB", "cy", "pl", "ar-XB"]
        );
    }

    #[test]
    fn the_query_is_read() {
        assert_eq!(query_value("?lang=cy", QUERY).as_deref(), Some("cy"));
        assert_eq!(
            query_value("?reason=timed-out&lang=en-XA", QUERY).as_deref(),
            Some("en-XA")
        );
        assert_eq!(query_value("?lang=", QUERY), None);
        assert_eq!(query_value("", QUERY), None);
        assert_eq!(query_value("?language=cy", QUERY), None);
    }
}
