//! Each language's words as a file of its own in dist/locales/, so the wasm
//! carries no words and a phone downloads only the language it shows. The
//! file names carry a hash of their content, so browsers may keep them for
//! ever; the HTML shell lists them (with each language's name and writing
//! direction) for the app to pick from.
//!
//! Two pseudo-locales are made here from en-GB, never written by hand, to
//! test pages before real translations arrive: `en-XA` (accented, about a
//! third longer, in brackets: words not taken from Fluent stand out) and
//! `ar-XB` (each word shown right to left, in a right-to-left page).

use anyhow::{bail, Context, Result};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, Resource};
use fluent_syntax::{parser, serializer};
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::fs;
use std::path::Path;

/// The language every other one falls back to, message by message.
pub const FALLBACK: &str = "en-GB";
const SOURCE_DIR: &str = "locales";
const FILE_NAME: &str = "app.ftl";
/// The message holding a language's name in that language, for the menu.
const NAME_ID: &str = "language-name";
/// Languages written right to left, by their first subtag.
const RIGHT_TO_LEFT: &[&str] = &["ar", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"];
/// Where the app finds the list: a JSON data block, which the
/// Content-Security-Policy allows because it is never run.
const SHELL_SLOT: &str = r#"<script type="application/json" id="locales"></script>"#;

struct Locale {
    tag: String,
    ftl: String,
    pseudo: bool,
}

/// Writes dist/locales/<tag>.<hash>.ftl for every language in locales/ and
/// for the pseudo-locales, and lists them in dist/index.html.
pub fn build(root: &Path, dist: &Path) -> Result<()> {
    let locales = gather(&root.join(SOURCE_DIR))?;
    let out = dist.join("locales");
    fs::create_dir_all(&out)?;
    let mut list = Vec::new();
    for locale in &locales {
        let file = format!("{}.{}.ftl", locale.tag, content_hash(locale.ftl.as_bytes()));
        fs::write(out.join(&file), &locale.ftl)?;
        list.push(serde_json::json!({
            "tag": locale.tag,
            "name": language_name(&locale.ftl).with_context(|| locale.tag.clone())?,
            "dir": direction(&locale.tag),
            "file": format!("/locales/{file}"),
            "pseudo": locale.pseudo,
        }));
    }
    let index = dist.join("index.html");
    let html = fs::read_to_string(&index)?;
    if !html.contains(SHELL_SLOT) {
        bail!("public/index.html has no `{SHELL_SLOT}` for the list of languages");
    }
    // `<` escaped so no name can close the script element early.
    let json = serde_json::to_string(&list)?.replace('<', "\\u003c");
    let filled = SHELL_SLOT.replace("></script>", &format!(">{json}</script>"));
    fs::write(index, html.replace(SHELL_SLOT, &filled))?;
    Ok(())
}

/// The fallback first, then the other languages of locales/ in order, then
/// the pseudo-locales. Comments are dropped: they are for translators.
fn gather(dir: &Path) -> Result<Vec<Locale>> {
    let read = |tag: &str| -> Result<Resource<String>> {
        let path = dir.join(tag).join(FILE_NAME);
        parse(fs::read_to_string(&path).with_context(|| path.display().to_string())?)
            .with_context(|| path.display().to_string())
    };
    let fallback = read(FALLBACK)?;
    let mut tags = Vec::new();
    for entry in fs::read_dir(dir).with_context(|| dir.display().to_string())? {
        let entry = entry?;
        let tag = entry.file_name().to_string_lossy().into_owned();
        if entry.file_type()?.is_dir() && tag != FALLBACK {
            tags.push(tag);
        }
    }
    tags.sort();
    let mut locales = vec![Locale {
        tag: FALLBACK.into(),
        ftl: serializer::serialize(&fallback),
        pseudo: false,
    }];
    for tag in tags {
        let own = read(&tag)?;
        let missing = with_fallback(own, &fallback);
        if missing.1 > 0 {
            println!(
                "xtask: {tag} has no translation for {} messages; {FALLBACK} is used for them",
                missing.1
            );
        }
        locales.push(Locale {
            ftl: serializer::serialize(&missing.0),
            tag,
            pseudo: false,
        });
    }
    locales.push(Locale {
        tag: "en-XA".into(),
        ftl: serializer::serialize(&pseudo(&fallback, &accented_text, true)),
        pseudo: true,
    });
    locales.push(Locale {
        tag: "ar-XB".into(),
        ftl: serializer::serialize(&pseudo(&fallback, &right_to_left_text, false)),
        pseudo: true,
    });
    Ok(locales)
}

/// Messages and terms only, or an error naming every line Fluent refused.
fn parse(text: String) -> Result<Resource<String>> {
    let mut resource = match parser::parse(text) {
        Ok(resource) => resource,
        Err((_, errors)) => bail!("Fluent syntax errors: {errors:?}"),
    };
    resource.body.retain_mut(|entry| match entry {
        Entry::Message(message) => {
            message.comment = None;
            true
        }
        Entry::Term(term) => {
            term.comment = None;
            true
        }
        _ => false,
    });
    Ok(resource)
}

/// A translation with the fallback's messages added where it has none, so
/// the app fetches one file and never shows a message id. Also returns how
/// many were added.
fn with_fallback(
    mut own: Resource<String>,
    fallback: &Resource<String>,
) -> (Resource<String>, usize) {
    let ids: HashSet<String> = own.body.iter().filter_map(entry_id).collect();
    let missing: Vec<_> = fallback
        .body
        .iter()
        .filter(|entry| entry_id(entry).is_some_and(|id| !ids.contains(&id)))
        .cloned()
        .collect();
    let count = missing.len();
    own.body.extend(missing);
    (own, count)
}

fn entry_id(entry: &Entry<String>) -> Option<String> {
    match entry {
        Entry::Message(message) => Some(message.id.name.clone()),
        Entry::Term(term) => Some(format!("-{}", term.id.name)),
        _ => None,
    }
}

/// The value of `language-name`, plain text.
fn language_name(ftl: &str) -> Result<String> {
    let resource = parse(ftl.to_string())?;
    for entry in &resource.body {
        if let Entry::Message(message) = entry {
            if message.id.name != NAME_ID {
                continue;
            }
            let value = message
                .value
                .as_ref()
                .context("language-name has no value")?;
            return value
                .elements
                .iter()
                .map(|element| match element {
                    PatternElement::TextElement { value } => Ok(value.as_str()),
                    // The pseudo-locales' brackets.
                    PatternElement::Placeable {
                        expression: Expression::Inline(InlineExpression::StringLiteral { value }),
                    } => Ok(value.as_str()),
                    PatternElement::Placeable { .. } => bail!("language-name must be plain text"),
                })
                .collect::<Result<String>>();
        }
    }
    bail!("no `{NAME_ID}` message: each language names itself for the menu")
}

fn direction(tag: &str) -> &'static str {
    let language = tag.split('-').next().unwrap_or(tag);
    if tag == "ar-XB" || RIGHT_TO_LEFT.contains(&language) {
        "rtl"
    } else {
        "ltr"
    }
}

/// 16 hex digits of SHA-256: a new name whenever the words change.
fn content_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The fallback with `change` applied to every run of text: message values,
/// attributes, terms and every variant of a selector. Ids, variables, term
/// references, selectors and variant keys are left exactly as they are.
fn pseudo(
    fallback: &Resource<String>,
    change: &dyn Fn(&str) -> String,
    brackets: bool,
) -> Resource<String> {
    let mut resource = fallback.clone();
    for entry in &mut resource.body {
        let (value, attributes) = match entry {
            Entry::Message(message) => (message.value.as_mut(), &mut message.attributes),
            Entry::Term(term) => (Some(&mut term.value), &mut term.attributes),
            _ => continue,
        };
        let patterns = value
            .into_iter()
            .chain(attributes.iter_mut().map(|attribute| &mut attribute.value));
        for pattern in patterns {
            change_pattern(pattern, change);
            if brackets {
                // As string literals: a `[` starting a line would read as a variant key.
                pattern.elements.insert(0, literal("["));
                pattern.elements.push(literal("]"));
            }
        }
    }
    resource
}

fn change_pattern(pattern: &mut Pattern<String>, change: &dyn Fn(&str) -> String) {
    for element in &mut pattern.elements {
        match element {
            PatternElement::TextElement { value } => *value = change(value),
            PatternElement::Placeable { expression } => change_expression(expression, change),
        }
    }
}

fn change_expression(expression: &mut Expression<String>, change: &dyn Fn(&str) -> String) {
    match expression {
        Expression::Select { variants, .. } => {
            for variant in variants {
                change_pattern(&mut variant.value, change);
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            change_expression(expression, change);
        }
        Expression::Inline(_) => {}
    }
}

fn literal(text: &str) -> PatternElement<String> {
    PatternElement::Placeable {
        expression: Expression::Inline(InlineExpression::StringLiteral {
            value: text.to_string(),
        }),
    }
}

/// en-XA: every ASCII letter accented and every vowel doubled, which makes
/// English about a third longer, as many translations are.
fn accented_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        let accented = accent(c);
        out.push(accented);
        if "aeiouyAEIOUY".contains(c) {
            out.push(accent(c.to_ascii_lowercase()));
        }
    }
    out
}

fn accent(c: char) -> char {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    FROM.chars()
        .position(|from| from == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

/// ar-XB: each word forced right to left between bidi controls (right-to-left
/// mark, override, pop), as Android's pseudo-locale does, so English words
/// read mirrored in a mirrored page.
fn right_to_left_text(text: &str) -> String {
    const START: &str = "\u{200F}\u{202E}";
    const END: &str = "\u{202C}\u{200F}";
    let mut out = String::with_capacity(text.len() * 2);
    let mut in_word = false;
    for c in text.chars() {
        if c.is_whitespace() == in_word {
            out.push_str(if in_word { END } else { START });
            in_word = !in_word;
        }
        out.push(c);
    }
    if in_word {
        out.push_str(END);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const FTL: &str = "\
# A comment for translators.
-service = My Say
language-name = English
greeting = Hello { $name }, welcome to { -service }.
count = { $n ->
    [one] One review
   *[other] { $n } reviews
}
field = Name
    .placeholder = Your name
";

    fn messages(ftl: &str) -> Vec<String> {
        parse(ftl.to_string())
            .unwrap()
            .body
            .iter()
            .filter_map(entry_id)
            .collect()
    }

    #[test]
    fn en_xa_is_accented_and_longer_but_keeps_the_syntax() {
        let fallback = parse(FTL.to_string()).unwrap();
        let ftl = serializer::serialize(&pseudo(&fallback, &accented_text, true));
        // Still Fluent, with the same ids, variables, selector and keys.
        assert_eq!(messages(&ftl), messages(FTL));
        assert!(ftl.contains("{ $name }"), "{ftl}");
        assert!(ftl.contains("{ -service }"), "{ftl}");
        assert!(ftl.contains("{ $n ->"), "{ftl}");
        assert!(ftl.contains("[one]") && ftl.contains("*[other]"), "{ftl}");
        assert!(ftl.contains(".placeholder ="), "{ftl}");
        assert!(
            ftl.contains(
                r#"greeting = { "[" }Ĥééļļöö { $name }, ŵééļçööɱéé ţöö { -service }.{ "]" }"#
            ),
            "{ftl}"
        );
        assert!(!ftl.contains('#'), "comments are dropped: {ftl}");
    }

    #[test]
    fn en_xa_is_about_a_third_longer_for_our_words() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales/en-GB/app.ftl");
        let fallback = parse(fs::read_to_string(path).unwrap()).unwrap();
        let letters = |change: &dyn Fn(&str) -> String| {
            let count = std::cell::Cell::new(0);
            pseudo(
                &fallback,
                &|text| {
                    let changed = change(text);
                    count.set(count.get() + changed.chars().count());
                    changed
                },
                false,
            );
            count.get() as f64
        };
        let growth = letters(&accented_text) / letters(&|text| text.to_string());
        assert!((1.3..1.45).contains(&growth), "grew by {growth}");
    }

    #[test]
    fn every_ascii_letter_is_accented() {
        let text = accented_text(
            "The quick brown fox jumps over the lazy dog, ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        );
        assert!(!text.chars().any(|c| c.is_ascii_alphabetic()), "{text}");
        assert_eq!(accented_text("1 – 2!"), "1 – 2!");
    }

    #[test]
    fn ar_xb_wraps_each_word() {
        assert_eq!(
            right_to_left_text("Sign in "),
            "\u{200F}\u{202E}Sign\u{202C}\u{200F} \u{200F}\u{202E}in\u{202C}\u{200F} "
        );
        let fallback = parse(FTL.to_string()).unwrap();
        let ftl = serializer::serialize(&pseudo(&fallback, &right_to_left_text, false));
        assert_eq!(messages(&ftl), messages(FTL));
        assert!(ftl.contains("{ $name }"), "{ftl}");
    }

    #[test]
    fn a_translation_falls_back_message_by_message() {
        let fallback = parse(FTL.to_string()).unwrap();
        let own = parse("language-name = Cymraeg\nfield = Enw\n".to_string()).unwrap();
        let (merged, added) = with_fallback(own, &fallback);
        assert_eq!(added, 3);
        let ftl = serializer::serialize(&merged);
        assert!(ftl.contains("field = Enw"), "{ftl}");
        assert!(ftl.contains("greeting = Hello { $name }"), "{ftl}");
        assert_eq!(language_name(&ftl).unwrap(), "Cymraeg");
    }

    #[test]
    fn right_to_left_languages_are_known() {
        assert_eq!(direction("en-GB"), "ltr");
        assert_eq!(direction("cy"), "ltr");
        assert_eq!(direction("ar"), "rtl");
        assert_eq!(direction("ur-PK"), "rtl");
        assert_eq!(direction("ar-XB"), "rtl");
    }

    #[test]
    fn broken_fluent_is_refused() {
        assert!(parse("hello = { $name\n".to_string()).is_err());
    }

    #[test]
    fn names_carry_a_hash_of_the_content() {
        assert_eq!(content_hash(b"a").len(), 16);
        assert_ne!(content_hash(b"a"), content_hash(b"b"));
    }
}
