//! `/rights`: a child's rights in care, readable before they ever sign in.
//! Three versions by age and an easy-read one, chosen with a form that
//! works without a script (`?version=easy`); a signed-in child gets the one
//! for their age. A translation no native speaker has checked yet says so,
//! and can show the English beside it (`&english=yes`). Where the browser
//! can speak, `/enhance.js` adds "Read this to me" to each section.

use domain::rights::{message_id, AgeGroup, EASY_READ, SECTIONS};
use leptos::prelude::*;

use crate::contact::tel_href;
use crate::frame::{document, Frame};
use crate::words::Words;

pub const RIGHTS_PATH: &str = "/rights";
pub const VERSION_QUERY: &str = "version";
pub const ENGLISH_QUERY: &str = "english";

/// Which words the page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Version {
    Age(AgeGroup),
    EasyRead,
}

impl Version {
    pub const ALL: [Version; 4] = [
        Version::Age(AgeGroup::Under11),
        Version::Age(AgeGroup::From11To15),
        Version::Age(AgeGroup::From16),
        Version::EasyRead,
    ];

    pub fn id_part(self) -> &'static str {
        match self {
            Version::Age(group) => group.id_part(),
            Version::EasyRead => EASY_READ,
        }
    }

    /// The version `?version=` names, if it names one.
    pub fn from_id_part(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.id_part() == text)
    }

    fn label(self) -> &'static str {
        match self {
            Version::Age(AgeGroup::Under11) => "rights-version-under-11",
            Version::Age(AgeGroup::From11To15) => "rights-version-11-to-15",
            Version::Age(AgeGroup::From16) => "rights-version-16-plus",
            Version::EasyRead => "rights-version-easy",
        }
    }
}

/// The page: `english` is the English words, when the reader asked to see
/// them beside an unchecked translation.
pub fn page(frame: &Frame, version: Version, english: Option<&Words>) -> String {
    let title = frame.say("rights-page-title");
    let unchecked = !frame.words.language().checked;
    let choices = Version::ALL
        .into_iter()
        .map(|choice| {
            let id = format!("version-{}", choice.id_part());
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        name=crate::rights::VERSION_QUERY
                        id=id.clone()
                        value=choice.id_part()
                        checked=choice == version
                    />
                    <label for=id>{frame.say(choice.label())}</label>
                </div>
            }
        })
        .collect_view();
    let english_choice = unchecked.then(|| {
        view! {
            <div class="notice-line">
                <p>{frame.say("translation-unchecked")}</p>
                <div class="choice">
                    <input
                        type="checkbox"
                        id="english-too"
                        name=ENGLISH_QUERY
                        value="yes"
                        checked=english.is_some()
                    />
                    <label for="english-too">{frame.say("rights-english-too")}</label>
                </div>
            </div>
        }
    });
    let sections = SECTIONS
        .into_iter()
        .map(|section| section_view(frame, section, version, english))
        .collect_view();
    let class = if version == Version::EasyRead {
        "rights rights-easy"
    } else {
        "rights"
    };
    let main = view! {
        <h1>{title.clone()}</h1>
        <p>{frame.say("rights-page-intro")}</p>
        <form class="rights-choice" method="get" action=RIGHTS_PATH>
            // The same language again, whatever chose it.
            <input type="hidden" name="lang" value=frame.words.language().tag.clone() />
            {english_choice}
            <fieldset class="versions">
                <legend>{frame.say("rights-version-legend")}</legend>
                {choices}
            </fieldset>
            <button type="submit" class="button button-secondary">
                {frame.say("language-choose")}
            </button>
        </form>
        <div class=class>{sections}</div>
    };
    document(frame, &title, false, frame.for_a_child(true), main)
}

/// A section's title or body for `version` in `words`.
fn lookup(words: &Words, officer: &str, section: &str, version: Version, part: &str) -> String {
    let id = message_id(section, version.id_part(), part);
    words.say_with(&id, &[("officer_title", officer.to_owned().into())])
}

/// One section: its heading (with a picture in easy read), its lines, the
/// hidden "Read this to me" that `/enhance.js` shows where the browser can
/// speak, and the English beside when asked for.
fn section_view(
    frame: &Frame,
    section: &'static str,
    version: Version,
    english: Option<&Words>,
) -> impl IntoView {
    let officer = frame.officer_title.as_str();
    let heading_id = format!("rights-{section}");
    let icon = (version == Version::EasyRead)
        .then(|| view! { <span class="rights-icon" aria-hidden="true">{icon(section)}</span> });
    let english = english.map(|english| {
        view! {
            <div class="in-english" lang="en-GB" dir="ltr">
                <h3>{frame.say("rights-in-english")}</h3>
                <p>
                    <strong>{lookup(english, officer, section, version, "title")}</strong>
                </p>
                {lines(&lookup(english, officer, section, version, "body"))}
            </div>
        }
    });
    let labelled_by = heading_id.clone();
    view! {
        <section class="section rights-section" id=section aria-labelledby=labelled_by>
            <h2 id=heading_id>{icon}{lookup(&frame.words, officer, section, version, "title")}</h2>
            {lines(&lookup(&frame.words, officer, section, version, "body"))}
            <div class="read-aloud" hidden>
                <button
                    type="button"
                    class="button button-secondary"
                    aria-pressed="false"
                    data-stop=frame.say("read-aloud-stop")
                    data-read=frame.say("read-aloud")
                    data-no-voice=frame.say("read-aloud-no-voice")
                >
                    {frame.say("read-aloud")}
                </button>
                <p class="read-aloud-note" role="status"></p>
            </div>
            {english}
        </section>
    }
}

/// Each line of a body is a paragraph. A line ending in "Name: 0800 1111",
/// and "999" anywhere, become tap-to-call links, kept left to right in
/// right-to-left text.
fn lines(body: &str) -> impl IntoView {
    body.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let (text, phone) = split_phone(line);
            let phone = phone.map(|number| phone_link(number.to_owned()));
            view! { <p>{with_999(text)}{phone}</p> }
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
fn with_999(text: &str) -> AnyView {
    match text.split_once("999") {
        Some((before, after)) => view! {
            {before.to_owned()}
            {phone_link("999".to_owned())}
            {after.to_owned()}
        }
        .into_any(),
        None => text.to_owned().into_any(),
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
    use crate::test_frame::english_frame;

    #[test]
    fn every_section_of_every_version_has_its_words() {
        let frame = english_frame("CISRO");
        for version in Version::ALL {
            for section in SECTIONS {
                for part in ["title", "body"] {
                    let id = message_id(section, version.id_part(), part);
                    assert!(frame.words.has(&id), "{id}");
                }
            }
            assert!(frame.words.has(version.label()));
            assert_eq!(Version::from_id_part(version.id_part()), Some(version));
        }
        assert_eq!(Version::from_id_part("adult"), None);
    }

    #[test]
    fn the_chosen_version_is_checked_and_numbers_are_links() {
        let frame = english_frame("CISRO");
        let html = page(&frame, Version::EasyRead, None);
        assert!(
            html.contains(r#"id="version-easy" value="easy" checked"#),
            "{html}"
        );
        assert!(html.contains("rights-easy"));
        assert!(html.contains(r#"href="tel:08001111""#));
        assert!(html.contains("Your CISRO is there for you."));
        // English is checked: no note, no English beside.
        assert!(!html.contains("english-too"));
    }

    #[test]
    fn a_number_at_the_end_of_a_line_is_found_and_short_ones_stay_text() {
        assert_eq!(
            split_phone("Childline: 0800 1111"),
            ("Childline: ", Some("0800 1111"))
        );
        assert_eq!(
            split_phone("تشايلدلاين Childline: 0800 1111"),
            ("تشايلدلاين Childline: ", Some("0800 1111"))
        );
        assert_eq!(
            split_phone("In an emergency, call 999."),
            ("In an emergency, call 999.", None)
        );
        assert_eq!(split_phone("Time: 10 30"), ("Time: 10 30", None));
    }
}
