//! Each language's words as files of their own in dist/locales/, so the wasm
//! carries no words and a phone downloads only the language it shows, and of
//! it only the words of the pages it opens. locales/en-GB/app.ftl is divided
//! by group comments `## chunk: <names>` into the first view's words
//! (`first`) and the words of the pages of `app/src/lazy_pages.rs`, named by
//! their `#[wasm_split(name)]`; every language is cut the same way as en-GB,
//! so translators need no markers. The file names carry a hash of the
//! language's words, so browsers may keep them for ever; the HTML shell lists
//! each language's name, writing direction and where its words are, for the
//! app to pick from (`app/src/languages.rs`). `languages.json` beside them
//! lists the same for the server, which renders pages from them.
//!
//! Two pseudo-locales are made here from en-GB, never written by hand, to
//! test pages before real translations arrive: `en-XA` (accented, about a
//! third longer, in brackets: words not taken from Fluent stand out) and
//! `ar-XB` (each word shown right to left, in a right-to-left page).

use anyhow::{bail, Context, Result};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, Resource};
use fluent_syntax::{parser, serializer};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::path::Path;

/// The language every other one falls back to, message by message.
pub const FALLBACK: &str = "en-GB";
const SOURCE_DIR: &str = "locales";
const FILE_NAME: &str = "app.ftl";
/// The rights pages' words, beside each language's app.ftl: words of the
/// server's pages (`pages/src/rights.rs`), which the app never fetches.
const RIGHTS_FILE: &str = "rights.ftl";
const RIGHTS_CHUNK: &str = PAGES;
/// How a translation's first line says no native speaker has checked it.
const UNCHECKED: &str = "# Status: not yet checked";
/// The message holding a language's name in that language, for the menu.
const NAME_ID: &str = "language-name";
/// Languages written right to left, by their first subtag.
const RIGHT_TO_LEFT: &[&str] = &["ar", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"];
/// Where the app finds the list: a JSON data block, which the
/// Content-Security-Policy allows because it is never run.
const SHELL_SLOT: &str = r#"<script type="application/json" id="locales"></script>"#;
/// The list of languages and their files for the server, in dist/locales/.
const SERVER_LIST: &str = "languages.json";
/// The words of the first view, shell and home: fetched at start.
pub const FIRST: &str = "first";
/// Words only the server's pages use (`pages/`): the app never fetches
/// them, the server reads them with the rest.
pub const PAGES: &str = "pages";
/// What starts a section of app.ftl; the names of its chunks follow.
const SECTION_MARK: &str = "chunk:";
/// Where the split points are, whose names the sections use.
const SPLITS_SOURCE: &str = "app/src/lazy_pages.rs";

struct Locale {
    tag: String,
    ftl: String,
    pseudo: bool,
    /// A native speaker has checked it: en-GB, and a translation whose
    /// first line is not `# Status: not yet checked…`.
    checked: bool,
}

/// Writes dist/locales/<tag>.<hash>.<chunk>.ftl for every chunk of every
/// language in locales/ and of the pseudo-locales, and lists the languages
/// in dist/index.html, each with `words`, the part of its files' names
/// before `.<chunk>.ftl`.
pub fn build(root: &Path, dist: &Path) -> Result<()> {
    let splits = split_names(&fs::read_to_string(root.join(SPLITS_SOURCE)).context(SPLITS_SOURCE)?);
    let map = section_map(&read_source(&root.join(SOURCE_DIR), FALLBACK)?, &splits)?;
    let locales = gather(&root.join(SOURCE_DIR))?;
    let out = dist.join("locales");
    fs::create_dir_all(&out)?;
    let mut list = Vec::new();
    let mut for_server = Vec::new();
    for locale in &locales {
        let chunks = cut(&parse(locale.ftl.clone())?, &map, &splits);
        // One hash for all of a language's files keeps the shell's list short.
        let mut hasher = Sha256::new();
        for (chunk, ftl) in &chunks {
            hasher.update(chunk.as_bytes());
            hasher.update(ftl.as_bytes());
        }
        let words = format!("{}.{}", locale.tag, hex(&hasher.finalize()[..8]));
        let mut files = Vec::new();
        for (chunk, ftl) in &chunks {
            let file = format!("{words}.{chunk}.ftl");
            fs::write(out.join(&file), ftl)?;
            files.push(file);
        }
        for_server.push(serde_json::json!({
            "tag": locale.tag,
            "name": language_name(&locale.ftl).with_context(|| locale.tag.clone())?,
            "dir": direction(&locale.tag),
            "pseudo": locale.pseudo,
            "checked": locale.checked,
            "files": files,
        }));
        list.push(serde_json::json!({
            "tag": locale.tag,
            "name": language_name(&locale.ftl).with_context(|| locale.tag.clone())?,
            "dir": direction(&locale.tag),
            "words": format!("/locales/{words}"),
            "pseudo": locale.pseudo,
            "checked": locale.checked,
        }));
    }
    // The server renders pages in every language from the same files
    // (`server/src/http/pages.rs`).
    fs::write(
        out.join(SERVER_LIST),
        serde_json::to_string_pretty(&for_server)?,
    )?;
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

/// The names of the `#[wasm_split(name, …)]` points in lazy_pages.rs.
pub fn split_names(source: &str) -> Vec<String> {
    source
        .split("#[wasm_split(")
        .skip(1)
        .filter_map(|rest| {
            let name = rest.split([',', ')']).next()?.trim();
            (!name.is_empty()).then(|| name.to_string())
        })
        .collect()
}

/// A language's app.ftl followed by its rights.ftl (if it has one) under a
/// `## chunk: pages` line, as one text.
pub fn language_text(dir: &Path, tag: &str) -> Result<String> {
    let path = dir.join(tag).join(FILE_NAME);
    let mut text = fs::read_to_string(&path).with_context(|| path.display().to_string())?;
    let rights = dir.join(tag).join(RIGHTS_FILE);
    if rights.is_file() {
        let words = fs::read_to_string(&rights).with_context(|| rights.display().to_string())?;
        text.push_str(&format!("\n## {SECTION_MARK} {RIGHTS_CHUNK}\n\n{words}"));
    }
    Ok(text)
}

/// en-GB's words with their comments, which mark the sections.
pub fn read_source(dir: &Path, tag: &str) -> Result<Resource<String>> {
    let path = dir.join(tag).join(FILE_NAME);
    let text = language_text(dir, tag)?;
    match parser::parse(text) {
        Ok(resource) => Ok(resource),
        Err((_, errors)) => bail!("{}: Fluent syntax errors: {errors:?}", path.display()),
    }
}

/// For each message and term of en-GB, the chunks whose files carry it.
/// Refuses a message outside any section, a section naming a chunk that is
/// not a split point, an id written twice, and a message that refers to
/// one its chunk's file and the first view's do not hold.
pub fn section_map(
    source: &Resource<String>,
    splits: &[String],
) -> Result<HashMap<String, Vec<String>>> {
    let mut map: HashMap<String, Vec<String>> = HashMap::new();
    let mut current: Option<Vec<String>> = None;
    for entry in &source.body {
        if let Entry::GroupComment(comment) = entry {
            let text = comment.content.join(" ");
            let Some(names) = text.trim().strip_prefix(SECTION_MARK) else {
                continue;
            };
            let names: Vec<String> = names.split_whitespace().map(String::from).collect();
            if names.is_empty() {
                bail!("`## {text}` in {FALLBACK}/{FILE_NAME} names no chunk");
            }
            for name in &names {
                if name != FIRST && name != PAGES && !splits.contains(name) {
                    bail!(
                        "`## {text}` in {FALLBACK}/{FILE_NAME}: `{name}` is not `{FIRST}`, `{PAGES}` nor a \
                         #[wasm_split] name in {SPLITS_SOURCE} ({})",
                        splits.join(", ")
                    );
                }
            }
            current = Some(names);
            continue;
        }
        let Some(id) = entry_id(entry) else { continue };
        let Some(chunks) = &current else {
            bail!(
                "`{id}` in {FALLBACK}/{FILE_NAME} is in no section: put it under a \
                 `## {SECTION_MARK} <names>` line ({FIRST} for the first view)"
            );
        };
        if map.insert(id.clone(), chunks.clone()).is_some() {
            bail!("`{id}` is written twice in {FALLBACK}/{FILE_NAME}");
        }
    }
    for entry in &source.body {
        let Some(id) = entry_id(entry) else { continue };
        let chunks = &map[&id];
        for used in references(entry) {
            let Some(theirs) = map.get(&used) else {
                bail!("`{id}` in {FALLBACK}/{FILE_NAME} refers to `{used}`, which is not there");
            };
            let reachable =
                |chunk: &String| theirs.contains(chunk) || theirs.iter().any(|c| c == FIRST);
            if let Some(chunk) = chunks.iter().find(|chunk| !reachable(chunk)) {
                bail!(
                    "`{id}` is in chunk `{chunk}` but refers to `{used}`, which is in neither \
                     `{chunk}` nor `{FIRST}`"
                );
            }
        }
    }
    Ok(map)
}

/// The ids of the messages and terms an entry's patterns refer to.
fn references(entry: &Entry<String>) -> Vec<String> {
    fn expression(expression: &Expression<String>, out: &mut Vec<String>) {
        match expression {
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for variant in variants {
                    pattern(&variant.value, out);
                }
            }
            Expression::Inline(inner) => inline(inner, out),
        }
    }
    fn inline(inline_expression: &InlineExpression<String>, out: &mut Vec<String>) {
        match inline_expression {
            InlineExpression::MessageReference { id, .. } => out.push(id.name.clone()),
            InlineExpression::TermReference { id, .. } => out.push(format!("-{}", id.name)),
            InlineExpression::Placeable { expression: inner } => expression(inner, out),
            _ => {}
        }
    }
    fn pattern(pattern_value: &Pattern<String>, out: &mut Vec<String>) {
        for element in &pattern_value.elements {
            if let PatternElement::Placeable { expression: inner } = element {
                expression(inner, out);
            }
        }
    }
    let mut out = Vec::new();
    let (value, attributes) = match entry {
        Entry::Message(message) => (message.value.as_ref(), &message.attributes),
        Entry::Term(term) => (Some(&term.value), &term.attributes),
        _ => return out,
    };
    for value in value
        .into_iter()
        .chain(attributes.iter().map(|attribute| &attribute.value))
    {
        pattern(value, &mut out);
    }
    out
}

/// One language's words cut into its files: `first`, `pages`, then one per split
/// point, each holding the entries en-GB's sections give it (a split with no
/// words of its own gets an empty file, so every page finds one). Entries
/// en-GB does not have are left out: no page asks for them.
fn cut(
    resource: &Resource<String>,
    map: &HashMap<String, Vec<String>>,
    splits: &[String],
) -> BTreeMap<String, String> {
    [FIRST, PAGES]
        .into_iter()
        .chain(splits.iter().map(String::as_str))
        .map(|chunk| {
            let body = resource
                .body
                .iter()
                .filter(|entry| {
                    entry_id(entry)
                        .and_then(|id| map.get(&id))
                        .is_some_and(|chunks| chunks.iter().any(|c| c == chunk))
                })
                .cloned()
                .collect();
            (chunk.to_string(), serializer::serialize(&Resource { body }))
        })
        .collect()
}

/// The fallback first, then the other languages of locales/ in order, then
/// the pseudo-locales. Comments are dropped: they are for translators.
fn gather(dir: &Path) -> Result<Vec<Locale>> {
    let read = |tag: &str| -> Result<Resource<String>> {
        parse(language_text(dir, tag)?).with_context(|| dir.join(tag).display().to_string())
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
        checked: true,
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
        let checked = !language_text(dir, &tag)?.starts_with(UNCHECKED);
        locales.push(Locale {
            ftl: serializer::serialize(&missing.0),
            tag,
            pseudo: false,
            checked,
        });
    }
    locales.push(Locale {
        tag: "en-XA".into(),
        ftl: serializer::serialize(&pseudo(&fallback, &accented_text, true)),
        pseudo: true,
        checked: true,
    });
    locales.push(Locale {
        tag: "ar-XB".into(),
        ftl: serializer::serialize(&pseudo(&fallback, &right_to_left_text, false)),
        pseudo: true,
        checked: true,
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
fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
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

    const SECTIONS: &str = "\
-service = My Say
## chunk: first
-service = My Say
sign-out = Sign out
## Another heading, inside the same section
help = Ask { -service }
## chunk: my_views caseload
views-title = My views
views-help = { help }
## chunk: caseload
caseload-title = Children
";

    fn splits() -> Vec<String> {
        vec!["my_views".into(), "caseload".into(), "not_found".into()]
    }

    fn sections(ftl: &str) -> Result<HashMap<String, Vec<String>>> {
        section_map(&parser::parse(ftl.to_string()).unwrap(), &splits())
    }

    #[test]
    fn split_names_are_read_from_the_split_points() {
        let source = "#[wasm_split(staff_sign_in, fallible)]\npub fn a() {}\n\
                      #[wasm_split(caseload)]\npub fn b() {}\n";
        assert_eq!(split_names(source), ["staff_sign_in", "caseload"]);
    }

    #[test]
    fn each_chunk_gets_its_sections_and_every_split_a_file() {
        let ftl = &SECTIONS[SECTIONS.find("## chunk: first").unwrap()..];
        let map = sections(ftl).unwrap();
        let files = cut(&parse(ftl.to_string()).unwrap(), &map, &splits());
        assert_eq!(
            files.keys().collect::<Vec<_>>(),
            ["caseload", "first", "my_views", "not_found", "pages"]
        );
        assert_eq!(messages(&files["first"]), ["-service", "sign-out", "help"]);
        assert_eq!(messages(&files["my_views"]), ["views-title", "views-help"]);
        assert_eq!(
            messages(&files["caseload"]),
            ["views-title", "views-help", "caseload-title"]
        );
        assert_eq!(files["not_found"], "");
    }

    #[test]
    fn a_message_outside_the_sections_is_refused() {
        let error = sections(SECTIONS).unwrap_err().to_string();
        assert!(
            error.contains("`-service`") && error.contains("no section"),
            "{error}"
        );
    }

    #[test]
    fn an_unknown_chunk_is_refused() {
        let error = sections("## chunk: first my_veiws\na = b\n")
            .unwrap_err()
            .to_string();
        assert!(error.contains("`my_veiws` is not"), "{error}");
    }

    #[test]
    fn an_id_written_twice_is_refused() {
        let error = sections("## chunk: first\na = b\n## chunk: caseload\na = c\n")
            .unwrap_err()
            .to_string();
        assert!(error.contains("`a` is written twice"), "{error}");
    }

    #[test]
    fn a_message_must_reach_what_it_refers_to() {
        let error = sections(
            "## chunk: first\na = b\n## chunk: caseload\nc = d\n## chunk: my_views\ne = { c }\n",
        )
        .unwrap_err()
        .to_string();
        assert!(
            error.contains("`e` is in chunk `my_views` but refers to `c`"),
            "{error}"
        );
    }

    #[test]
    fn our_words_are_all_in_sections() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let splits = split_names(&fs::read_to_string(root.join(SPLITS_SOURCE)).unwrap());
        let source = read_source(&root.join(SOURCE_DIR), FALLBACK).unwrap();
        section_map(&source, &splits).unwrap();
    }
}
