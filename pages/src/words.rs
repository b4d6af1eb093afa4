//! The words of a page, in one language: Fluent, formatted on the server
//! for each request from the same `.ftl` files the browser gets.

use std::sync::Arc;

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};

/// One language of this build, as the language menu offers it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Language {
    /// BCP 47, as the folder in locales/ is named: `en-GB`, `cy`, `ar`.
    pub tag: String,
    /// Its name in itself: "Cymraeg".
    pub name: String,
    pub right_to_left: bool,
    /// A pseudo-locale for testing layouts: used when asked for, never offered.
    pub pseudo: bool,
    /// A native speaker has checked the translation (English always).
    pub checked: bool,
}

/// A language's words, ready to format. Cheap to clone.
#[derive(Clone)]
pub struct Words {
    language: Arc<Language>,
    bundle: Arc<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Words")
            .field("language", &self.language.tag)
            .finish()
    }
}

/// A named value for a message: `("officer", "CISRO".into())`.
pub type Arg<'a> = (&'a str, FluentValue<'a>);

impl Words {
    /// Reads `ftl` (a language's whole text, every message it has). Errors
    /// name the entries Fluent could not read.
    pub fn new(language: Language, ftl: &str) -> Result<Self, String> {
        let id: unic_langid::LanguageIdentifier = language
            .tag
            .parse()
            .map_err(|e| format!("{}: not a language tag: {e}", language.tag))?;
        let resource = FluentResource::try_new(ftl.to_owned())
            .map_err(|(_, errors)| format!("{}: {errors:?}", language.tag))?;
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Isolation marks keep a number or a name in its own order inside a
        // right-to-left sentence; in left-to-right text they would only get
        // in the way of copying an email address.
        bundle.set_use_isolating(language.right_to_left);
        // The build's files for a language share some messages (each page's
        // file has all it needs): the same words, so the last one stands.
        bundle.add_resource_overriding(resource);
        Ok(Self {
            language: Arc::new(language),
            bundle: Arc::new(bundle),
        })
    }

    pub fn language(&self) -> &Language {
        &self.language
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message `id`, or the id itself when there is none: a missing
    /// word shows plainly as a code rather than as nothing.
    pub fn say(&self, id: &str) -> String {
        self.say_with(id, &[])
    }

    pub fn say_with(&self, id: &str, args: &[Arg<'_>]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn language(tag: &str, right_to_left: bool) -> Language {
        Language {
            tag: tag.into(),
            name: tag.into(),
            right_to_left,
            pseudo: false,
            checked: true,
        }
    }

    #[test]
    fn words_with_values_and_isolation_only_right_to_left() {
        let ftl = "call = Call Childline: { $number }\n";
        let english = Words::new(language("en-GB", false), ftl).unwrap();
        assert_eq!(
            english.say_with("call", &[("number", "0800 1111".into())]),
            "Call Childline: 0800 1111"
        );
        let urdu = Words::new(language("ur", true), ftl).unwrap();
        assert_eq!(
            urdu.say_with("call", &[("number", "0800 1111".into())]),
            "Call Childline: \u{2068}0800 1111\u{2069}"
        );
    }

    #[test]
    fn a_missing_word_shows_its_id() {
        let words = Words::new(language("en-GB", false), "a = A\n").unwrap();
        assert_eq!(words.say("no-such-word"), "no-such-word");
        assert!(words.has("a"));
    }

    #[test]
    fn broken_words_are_refused_with_the_language_named() {
        let error = Words::new(language("cy", false), "a = { \n").unwrap_err();
        assert!(error.starts_with("cy:"), "{error}");
    }
}
