//! Every word the app shows comes from `locales/<language>/app.ftl`. The
//! build serves each language as files of its own (`xtask/src/locales.rs`),
//! not inside the wasm: the first view's words, and the words of each page
//! fetched when first opened. `languages.rs` fetches them for the language
//! in use and hands their text to `load` and `add_page_words`. `t!` reads
//! whichever language is in use when it runs.

use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::unic_langid::LanguageIdentifier;
use i18n_embed::{I18nAssets, LanguageLoader};

/// The name of each language's file, as in `locales/en-GB/app.ftl`.
const DOMAIN: &str = "app";

thread_local! {
    /// The words in use.
    static IN_USE: RefCell<Rc<FluentLanguageLoader>> = RefCell::new(Rc::new(first_words()));
    /// Every language fetched so far, so switching back needs no download.
    /// A few at most: a list is smaller in the wasm than a map.
    static LOADED: RefCell<Vec<Loaded>> = const { RefCell::new(Vec::new()) };
}

/// One language's words fetched so far.
struct Loaded {
    tag: String,
    /// The pages whose words are in `text`, besides the first view's.
    pages: Vec<&'static str>,
    /// Every file fetched, one after another: one Fluent resource, so a
    /// page's words may use terms of the first view's.
    text: String,
    /// Written right to left: names, numbers and dates put into its
    /// sentences are isolated (see `words_from`).
    right_to_left: bool,
    words: Rc<FluentLanguageLoader>,
}

/// The words `t!` reads from.
pub fn words() -> Rc<FluentLanguageLoader> {
    IN_USE.with(|words| words.borrow().clone())
}

/// Host-side unit tests have no server to fetch from: they read British
/// English from locales/ when they start, so they check the real words.
#[cfg(not(target_arch = "wasm32"))]
fn first_words() -> FluentLanguageLoader {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/en-GB/app.ftl");
    let text = std::fs::read_to_string(path).expect("locales/en-GB/app.ftl is readable");
    words_from("en-GB", &text, false).expect("locales/en-GB/app.ftl parses")
}

/// In the browser nothing is shown until `languages.rs` has loaded a language.
#[cfg(target_arch = "wasm32")]
fn first_words() -> FluentLanguageLoader {
    FluentLanguageLoader::new(DOMAIN, LanguageIdentifier::default())
}

/// Whether this language's words were fetched already.
pub fn is_loaded(tag: &str) -> bool {
    LOADED.with(|loaded| loaded.borrow().iter().any(|loaded| loaded.tag == tag))
}

/// Keeps `text`, the first view's `.ftl` file of language `tag`, for
/// `use_language`. False if the tag or the file is not usable.
pub fn load(tag: &str, text: &str, right_to_left: bool) -> bool {
    let Some(words) = words_from(tag, text, right_to_left) else {
        return false;
    };
    LOADED.with(|loaded| {
        loaded.borrow_mut().push(Loaded {
            tag: tag.to_string(),
            pages: Vec::new(),
            text: text.to_string(),
            right_to_left,
            words: Rc::new(words),
        })
    });
    true
}

/// Whether the words of the page split off as `page` are loaded in `tag`.
pub fn has_page_words(tag: &str, page: &str) -> bool {
    LOADED.with(|loaded| {
        loaded
            .borrow()
            .iter()
            .any(|loaded| loaded.tag == tag && loaded.pages.contains(&page))
    })
}

/// Adds `text`, the words of page `page` in language `tag`, to that loaded
/// language (in use at once if it is the one in use). False if the language
/// is not loaded or the words are not usable.
pub fn add_page_words(tag: &str, page: &'static str, text: &str) -> bool {
    LOADED.with(|loaded| {
        let mut loaded = loaded.borrow_mut();
        let Some(language) = loaded.iter_mut().find(|loaded| loaded.tag == tag) else {
            return false;
        };
        let all = format!("{}\n{text}", language.text);
        let Some(words) = words_from(tag, &all, language.right_to_left) else {
            return false;
        };
        let words = Rc::new(words);
        IN_USE.with(|in_use| {
            let mut in_use = in_use.borrow_mut();
            if Rc::ptr_eq(&in_use, &language.words) {
                *in_use = words.clone();
            }
        });
        language.text = all;
        language.pages.push(page);
        language.words = words;
        true
    })
}

/// Makes a loaded language the one every `t!` reads from now on.
pub fn use_language(tag: &str) -> bool {
    let found = LOADED.with(|loaded| {
        let loaded = loaded.borrow();
        loaded
            .iter()
            .find(|loaded| loaded.tag == tag)
            .map(|loaded| loaded.words.clone())
    });
    let Some(words) = found else {
        return false;
    };
    IN_USE.with(|in_use| *in_use.borrow_mut() = words);
    true
}

/// A loader holding one language only. The build has already filled in any
/// message a translation lacks from en-GB, so it needs no fallback of its own.
fn words_from(tag: &str, text: &str, right_to_left: bool) -> Option<FluentLanguageLoader> {
    let language: LanguageIdentifier = tag.parse().ok()?;
    let loader = FluentLanguageLoader::new(DOMAIN, language.clone());
    let file = OneFile {
        path: format!("{language}/{}", loader.language_file_name()),
        text,
    };
    loader.load_fallback_language(&file).ok()?;
    // Fluent can wrap each argument (a name, a number, a date's parts) in
    // invisible bidi isolation marks, U+2068 and U+2069. In right-to-left
    // text they keep "5 March 2027" or "Priya Shah" whole and in order
    // inside Arabic or Urdu, so they are on there. In left-to-right text
    // they only get in the way of copying an email address, so they are
    // off. Every load builds fresh bundles, which isolate by default, so
    // this is set here, on every loader.
    loader.set_use_isolating(right_to_left);
    Some(loader)
}

/// One language's file, already in memory, in the shape i18n-embed reads.
struct OneFile<'a> {
    path: String,
    text: &'a str,
}

impl I18nAssets for OneFile<'_> {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        if file_path == self.path {
            vec![Cow::Borrowed(self.text.as_bytes())]
        } else {
            Vec::new()
        }
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new(std::iter::once(self.path.clone()))
    }
}

/// Look a message up by id, with optional `name = value` arguments, in the
/// language in use. The id and arguments are checked against the en-GB
/// `.ftl` at compile time (`i18n.toml`). Pages re-render when the language
/// changes (`components/translated.rs`), which calls this again.
#[macro_export]
macro_rules! t {
    ($id:literal) => {{
        let words = $crate::i18n::words();
        i18n_embed_fl::fl!(words, $id)
    }};
    ($id:literal, $($args:tt)*) => {{
        let words = $crate::i18n::words();
        i18n_embed_fl::fl!(words, $id, $($args)*)
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tests_read_british_english() {
        assert_eq!(crate::t!("sign-out"), "Sign out");
    }

    #[test]
    fn a_loaded_language_is_used_and_arguments_stay_unmarked() {
        assert!(load(
            "cy",
            "sign-out = Allgofnodi\nhello = Helo { $name }\n",
            false
        ));
        assert!(use_language("cy"));
        assert_eq!(crate::t!("sign-out"), "Allgofnodi");
        // No U+2068/U+2069 around the name: isolation is off after switching too.
        assert_eq!(
            words().get_args("hello", std::collections::HashMap::from([("name", "Sam")])),
            "Helo Sam"
        );
        assert!(!use_language("pl"));
        assert!(!load("not a tag", "x = y", false));
        // A page's words join the language, and may use the first view's terms.
        assert!(load(
            "en-XA",
            "-service = Mŷ Šåŷ\nsign-out = Šîĝñ öûţ\n",
            false
        ));
        assert!(use_language("en-XA"));
        assert!(!has_page_words("en-XA", "my_views"));
        assert!(add_page_words(
            "en-XA",
            "my_views",
            "my-views-title = Ŵîţĥ { -service }\n"
        ));
        assert!(has_page_words("en-XA", "my_views"));
        assert!(!has_page_words("cy", "my_views"));
        assert_eq!(words().get("my-views-title"), "Ŵîţĥ Mŷ Šåŷ");
        assert_eq!(crate::t!("sign-out"), "Šîĝñ öûţ");
        assert!(!add_page_words("pl", "my_views", "a = b\n"));
        // Other tests may run on this thread next.
        IN_USE.with(|in_use| *in_use.borrow_mut() = Rc::new(first_words()));
    }

    /// The words of a loaded language, in use or not.
    fn words_in(tag: &str) -> Option<Rc<FluentLanguageLoader>> {
        LOADED.with(|loaded| {
            loaded
                .borrow()
                .iter()
                .find(|loaded| loaded.tag == tag)
                .map(|loaded| loaded.words.clone())
        })
    }

    #[test]
    fn right_to_left_languages_isolate_names_numbers_and_dates() {
        let text = "hello = مرحبا { $name }\n\
                    date = { $day } { $month } { $year }\n\
                    seen = قرأه { $name } في { $date }\n\
                    -service = ماي ساي\n\
                    brand = { -service }\n";
        assert!(load("ar", text, true));
        let arabic = words_in("ar").unwrap();
        let name = std::collections::HashMap::from([("name", "Priya")]);
        assert_eq!(
            arabic.get_args("hello", name),
            "مرحبا \u{2068}Priya\u{2069}"
        );
        let date = arabic.get_args(
            "date",
            std::collections::HashMap::from([("day", "5"), ("month", "مارس"), ("year", "2027")]),
        );
        assert_eq!(
            date,
            "\u{2068}5\u{2069} \u{2068}مارس\u{2069} \u{2068}2027\u{2069}"
        );
        // A date inside a sentence is one isolated unit, with its parts isolated within it.
        let seen = arabic.get_args(
            "seen",
            std::collections::HashMap::from([("name", "Priya"), ("date", date.as_str())]),
        );
        assert!(
            seen.contains(&format!("\u{2068}{date}\u{2069}")),
            "{seen:?}"
        );
        // A term is the language's own words: nothing to isolate.
        assert_eq!(arabic.get("brand"), "ماي ساي");
        // The page's words added later isolate too.
        assert!(add_page_words(
            "ar",
            "my_views",
            "sent = أُرسل في { $date }\n"
        ));
        let sent = words_in("ar")
            .unwrap()
            .get_args("sent", std::collections::HashMap::from([("date", "1")]));
        assert_eq!(sent, "أُرسل في \u{2068}1\u{2069}");
    }
}
