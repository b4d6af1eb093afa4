//! `/rights`: a child's rights in care, readable before they ever sign in.
//! Three versions by age and an easy-read one; a signed-in child gets the
//! one for their age, and anyone can switch. The words are in
//! `locales/<language>/rights.ftl`, fetched with this page's code, in the
//! language in use only. Each section can be read aloud, and a translation
//! no native speaker has checked yet says so and can show the English too.

use std::collections::HashMap;
use std::rc::Rc;

use domain::api::{OfficerPage, Role};
use domain::rights::{message_id, AgeGroup, EASY_READ, SECTIONS};
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;
use send_wrapper::SendWrapper;

use crate::api;
use crate::components::contact_links::tel_href;
use crate::components::read_aloud::ReadAloud;
use crate::components::route_announcer::use_page_title;
use crate::languages::{use_languages, FALLBACK};
use crate::session::use_session;
use crate::{i18n, t};

/// Which words the page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Version {
    Age(AgeGroup),
    EasyRead,
}

impl Version {
    fn id_part(self) -> &'static str {
        match self {
            Version::Age(group) => group.id_part(),
            Version::EasyRead => EASY_READ,
        }
    }
}

/// The page's split name, which names its words too.
const WORDS: &str = "rights";

#[component]
pub fn Rights() -> impl IntoView {
    use_page_title().set(say("rights-page-title"), false);
    let session = use_session();
    let languages = use_languages();
    // Before anyone says otherwise: the middle version.
    let version = RwSignal::new(Version::Age(AgeGroup::From11To15));
    // A signed-in child: the version for their age, unless they already chose.
    let chosen = RwSignal::new(false);
    if let Some(child_id) = session
        .me()
        .filter(|me| me.role == Role::Child)
        .and_then(|me| me.child_id)
    {
        leptos::task::spawn_local(async move {
            let path = format!("/api/children/{child_id}/officer");
            if let Ok(page) = api::get::<OfficerPage>(&path).await {
                if let (Some(age), false) = (page.rights_age, chosen.get_untracked()) {
                    version.set(Version::Age(age));
                }
            }
        });
    }
    let english_too = RwSignal::new(false);
    let english = RwSignal::new(None::<SendRc>);
    Effect::new(move || {
        if english_too.get() && english.get_untracked().is_none() {
            leptos::task::spawn_local(async move {
                if languages.load_beside(FALLBACK, WORDS).await {
                    english.set(i18n::words_in(FALLBACK).map(SendWrapper::new));
                }
            });
        }
    });
    let unchecked = move || {
        languages
            .current_language()
            .is_some_and(|language| !language.checked)
    };
    let choices = [
        Version::Age(AgeGroup::Under11),
        Version::Age(AgeGroup::From11To15),
        Version::Age(AgeGroup::From16),
        Version::EasyRead,
    ];
    view! {
        <h1 tabindex="-1">{move || say("rights-page-title")}</h1>
        <p>{move || say("rights-page-intro")}</p>
        <Show when=unchecked>
            <div class="notice-line">
                <p>{move || t!("translation-unchecked")}</p>
                <div class="choice">
                    <input
                        type="checkbox"
                        id="english-too"
                        prop:checked=move || english_too.get()
                        on:change=move |ev| english_too.set(event_target_checked(&ev))
                    />
                    <label for="english-too">{move || t!("rights-english-too")}</label>
                </div>
            </div>
        </Show>
        <fieldset class="versions">
            <legend>{move || say("rights-version-legend")}</legend>
            {choices
                .into_iter()
                .map(|choice| {
                    let id = format!("version-{}", choice.id_part());
                    view! {
                        <div class="choice">
                            <input
                                type="radio"
                                name="version"
                                id=id.clone()
                                prop:checked=move || version.get() == choice
                                on:change=move |_| {
                                    chosen.set(true);
                                    version.set(choice);
                                }
                            />
                            <label for=id>{move || version_label(choice)}</label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
        <div class="rights" class:rights-easy=move || version.get() == Version::EasyRead>
            {SECTIONS
                .into_iter()
                .map(|section| {
                    view! {
                        <Section section version english=move || {
                            english_too.get().then(|| english.get()).flatten()
                        } />
                    }
                })
                .collect_view()}
        </div>
    }
}

/// The English words, held where Leptos wants `Send` values (the browser
/// has one thread; `SendWrapper` checks it is never left).
type SendRc = SendWrapper<Rc<FluentLanguageLoader>>;

/// A message of rights.ftl, which `t!` cannot check at compile time (it
/// knows app.ftl only); the test below checks every id this page reads.
fn say(id: &str) -> String {
    i18n::words().get(id)
}

/// The ids of the page around the sections, in rights.ftl.
#[cfg(test)]
const PAGE_IDS: [&str; 7] = [
    "rights-page-title",
    "rights-page-intro",
    "rights-version-legend",
    "rights-version-under-11",
    "rights-version-11-to-15",
    "rights-version-16-plus",
    "rights-version-easy",
];

fn version_label(version: Version) -> String {
    match version {
        Version::Age(AgeGroup::Under11) => say("rights-version-under-11"),
        Version::Age(AgeGroup::From11To15) => say("rights-version-11-to-15"),
        Version::Age(AgeGroup::From16) => say("rights-version-16-plus"),
        Version::EasyRead => say("rights-version-easy"),
    }
}

/// One section: its heading (with an icon in easy read), its lines, a
/// button to hear it, and the English beside when asked for.
#[component]
fn Section<E>(section: &'static str, version: RwSignal<Version>, english: E) -> impl IntoView
where
    E: Fn() -> Option<SendRc> + Send + Sync + 'static,
{
    let officer = use_session().officer_title();
    let officer_for_english = officer.clone();
    let languages = use_languages();
    let words = move |part: &str| {
        // Re-read when the language changes.
        languages.current();
        lookup(&i18n::words(), section, version.get(), part, &officer)
    };
    let words_for_reading = words.clone();
    let heading_id = format!("rights-{section}");
    let heading_id_for_h2 = heading_id.clone();
    let english_view = move || {
        english().map(|loader| {
            let part =
                |part: &str| lookup(&loader, section, version.get(), part, &officer_for_english);
            view! {
                <div class="in-english" lang="en-GB" dir="ltr">
                    <h3>{t!("rights-in-english")}</h3>
                    <p><strong>{part("title")}</strong></p>
                    {lines(&part("body"))}
                </div>
            }
        })
    };
    view! {
        <section class="section rights-section" id=section aria-labelledby=heading_id.clone()>
            <h2 id=heading_id_for_h2>
                {move || (version.get() == Version::EasyRead).then(|| view! { <span class="rights-icon" aria-hidden="true">{icon(section)}</span> })}
                {let words = words.clone(); move || words("title")}
            </h2>
            {let words = words.clone(); move || lines(&words("body"))}
            <ReadAloud text=move || format!("{}.\n{}", words_for_reading("title"), words_for_reading("body")) />
            {english_view}
        </section>
    }
}

/// A section's title or body for `version` in the words of `loader`.
fn lookup(
    loader: &FluentLanguageLoader,
    section: &str,
    version: Version,
    part: &str,
    officer: &str,
) -> String {
    let id = message_id(section, version.id_part(), part);
    let args = HashMap::from([("officer_title", officer.to_string())]);
    loader.get_args(&id, args)
}

/// Each line of a body is a paragraph. A line ending in "Name: 0800 1111",
/// and "999" anywhere, become tap-to-call links, kept left to right in
/// right-to-left text.
fn lines(body: &str) -> impl IntoView {
    body.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let (text, phone) = split_phone(line);
            let phone = phone.map(|number| phone_link(number.to_string()));
            let text = with_999(text.to_string());
            view! { <p>{text}{phone}</p> }
        })
        .collect_view()
}

fn phone_link(number: String) -> impl IntoView {
    let href = tel_href(&number);
    view! {
        <a class="help-number" href=href>
            <bdi dir="ltr">{number}</bdi>
        </a>
    }
}

/// "In an emergency, call 999." with 999 as a link.
fn with_999(text: String) -> AnyView {
    match text.split_once("999") {
        Some((before, after)) => view! {
            {before.to_string()}
            {phone_link("999".to_string())}
            {after.to_string()}
        }
        .into_any(),
        None => text.into_any(),
    }
}

/// "Childline: 0800 1111" is ("Childline: ", Some("0800 1111")): a number is
/// digit groups with single spaces, after the last ": ", ending the line.
fn split_phone(line: &str) -> (&str, Option<&str>) {
    let line = line.trim_end();
    if let Some(at) = line.rfind(": ") {
        let number = &line[at + 2..];
        let digits = number.chars().filter(char::is_ascii_digit).count();
        if digits >= 6 && number.chars().all(|c| c.is_ascii_digit() || c == ' ') {
            return (&line[..at + 2], Some(number));
        }
    }
    (line, None)
}

/// Easy read puts a picture beside each heading (hidden from screen
/// readers: the heading says it all).
fn icon(section: &str) -> &'static str {
    match section {
        "officer" => "🧑‍💼",
        "review" => "📅",
        "extra-review" => "✋",
        "advocate" => "🤝",
        "complaint" => "📣",
        "legal" => "⚖️",
        "secure" => "🏠",
        "pathway" => "🧭",
        "private" => "🔒",
        _ => "📞",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_the_page_reads_is_in_rights_ftl() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/en-GB/rights.ftl");
        let text = std::fs::read_to_string(path).unwrap();
        let has = |id: &str| {
            text.lines()
                .any(|line| line.starts_with(&format!("{id} =")))
        };
        let mut ids: Vec<String> = PAGE_IDS.iter().map(|id| id.to_string()).collect();
        for section in SECTIONS {
            for version in AgeGroup::ALL
                .map(AgeGroup::id_part)
                .into_iter()
                .chain([EASY_READ])
            {
                ids.push(message_id(section, version, "title"));
                ids.push(message_id(section, version, "body"));
            }
        }
        let missing: Vec<&String> = ids.iter().filter(|id| !has(id)).collect();
        assert!(missing.is_empty(), "not in en-GB/rights.ftl: {missing:?}");
    }

    #[test]
    fn a_number_at_the_end_of_a_line_is_found() {
        assert_eq!(
            split_phone("Childline: 0800 1111"),
            ("Childline: ", Some("0800 1111"))
        );
        assert_eq!(
            split_phone("Help at Hand, from the Children's Commissioner: 0800 528 0731"),
            (
                "Help at Hand, from the Children's Commissioner: ",
                Some("0800 528 0731")
            )
        );
        // In Arabic the name comes first too; only the digits matter.
        assert_eq!(
            split_phone("تشايلدلاين Childline: 0800 1111"),
            ("تشايلدلاين Childline: ", Some("0800 1111"))
        );
    }

    #[test]
    fn words_and_short_numbers_stay_text() {
        assert_eq!(
            split_phone("In an emergency, call 999."),
            ("In an emergency, call 999.", None)
        );
        assert_eq!(split_phone("Time: 10 30"), ("Time: 10 30", None));
        assert_eq!(split_phone("Note: call us"), ("Note: call us", None));
    }
}
