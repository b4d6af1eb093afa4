//! `/not-safe`: "I don't feel safe". The help numbers come first, as
//! tap-to-call links, whatever else happens. Opening the page tells nobody;
//! a signed-in child tells their adults with the button, "Tell my adults
//! now", and may say what is happening (never needed to send).

use leptos::prelude::*;

use crate::contact::tel_href;
use crate::forms::textarea_text;
use crate::frame::{document, form_token, Frame, NOT_SAFE_PATH};

/// Free, day or night, for anyone under 19.
pub const CHILDLINE: &str = "0800 1111";
/// Coram Voice's Always Heard line, for children in care.
pub const CORAM_VOICE: &str = "0808 800 5792";

/// The form's fields, as the server reads them back.
pub const SEND_ID_FIELD: &str = "send_id";
pub const WHAT_FIELD: &str = "what_is_happening";
/// The box's limit; the server stores whatever arrives.
pub const WHAT_MAX_CHARS: usize = 2000;

/// Where the child is with telling their adults.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Telling {
    /// Nobody is signed in as a child: the page is the help numbers alone.
    NumbersOnly,
    /// A signed-in child who has not pressed the button yet. `send_id`
    /// names this press, so a second press or a retry tells nobody twice.
    Ready { send_id: String },
    /// Told. What the child wrote, if anything, is shown back unchanged.
    Told { wrote: Option<String> },
    /// The alert could not be stored: say so, keep what they wrote, and
    /// offer the same press again.
    NotTold { send_id: String, wrote: String },
    /// The session ended before the press arrived.
    SignedOut,
}

pub fn page(frame: &Frame, telling: Telling) -> String {
    // The numbers come first, whatever else happens: not even the quick
    // exit's note stands above them here.
    let frame = &Frame {
        quick_exit_note: false,
        ..frame.clone()
    };
    let title = frame.say("unsafe-title");
    let child_page = frame.for_a_child(true);
    let main = view! {
        <h1>{title.clone()}</h1>
        <p>{frame.words.say_with("unsafe-danger", &[("childline", CHILDLINE.into())])}</p>
        <ul class="help-numbers">
            {help_number(frame, "999", "unsafe-call-999", None)}
            {help_number(frame, CHILDLINE, "unsafe-call-childline", Some("unsafe-childline-hint"))}
        </ul>
        {telling_part(frame, telling)}
        <h2>{frame.say("unsafe-talk-heading")}</h2>
        <ul class="help-numbers">
            {help_number(frame, CORAM_VOICE, "unsafe-call-coram", Some("unsafe-coram-hint"))}
        </ul>
    };
    document(frame, &title, false, child_page, main)
}

/// One number to call: a tap-to-call link, and what the line is for.
fn help_number(frame: &Frame, number: &str, label: &str, hint: Option<&str>) -> impl IntoView {
    view! {
        <li>
            <a class="help-number" href=tel_href(number)>
                {frame.words.say_with(label, &[("number", number.to_owned().into())])}
            </a>
            {hint.map(|hint| view! { <p class="hint">{frame.say(hint)}</p> })}
        </li>
    }
}

fn telling_part(frame: &Frame, telling: Telling) -> AnyView {
    let officer = || frame.officer_title.clone().into();
    let status = |id: &str| {
        view! {
            <div role="status" class="panel unsafe-status">
                <p>{frame.words.say_with(id, &[("officer", officer())])}</p>
            </div>
        }
    };
    match telling {
        Telling::NumbersOnly => view! {
            <p>{frame.words.say_with("unsafe-intro", &[("officer", officer())])}</p>
        }
        .into_any(),
        Telling::SignedOut => status("unsafe-not-sent-signed-out").into_any(),
        Telling::Told { wrote } => view! {
            {status("unsafe-sent")}
            {wrote
                .map(|wrote| {
                    view! {
                        <h2>{frame.say("unsafe-you-wrote")}</h2>
                        <p class="own-words">{wrote}</p>
                    }
                })}
        }
        .into_any(),
        Telling::Ready { send_id } => tell_form(frame, send_id, String::new(), None),
        Telling::NotTold { send_id, wrote } => tell_form(
            frame,
            send_id,
            wrote,
            Some(status("unsafe-not-sent").into_any()),
        ),
    }
}

/// The button that tells the adults, with the optional box. A failure is
/// said above it, and the same press (same `send_id`) is offered again.
fn tell_form(frame: &Frame, send_id: String, wrote: String, trouble: Option<AnyView>) -> AnyView {
    let officer = frame.officer_title.clone();
    let button = if trouble.is_some() {
        "unsafe-try-again"
    } else {
        "unsafe-tell-button"
    };
    view! {
        <h2>{frame.say("unsafe-tell-heading")}</h2>
        {trouble}
        <form method="post" action=NOT_SAFE_PATH class="unsafe-tell" novalidate>
            {form_token(frame)}
            <input type="hidden" name=SEND_ID_FIELD value=send_id />
            <p>{frame.words.say_with("unsafe-tell-intro", &[("officer", officer.into())])}</p>
            <div class="field">
                <label class="label" for=WHAT_FIELD>
                    {frame.say("unsafe-what-label")}
                </label>
                <textarea
                    class="textarea"
                    id=WHAT_FIELD
                    name=WHAT_FIELD
                    rows="3"
                    maxlength=WHAT_MAX_CHARS.to_string()
                >
                    {textarea_text(&wrote)}
                </textarea>
            </div>
            <button type="submit" class="button button-safety">
                {frame.say(button)}
            </button>
        </form>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frame::Person;

    fn frame(person: Option<Person>) -> Frame {
        Frame {
            person,
            path: NOT_SAFE_PATH.into(),
            form_token: "token-1".into(),
            ..crate::test_frame::english_frame("CISRO")
        }
    }

    fn jay() -> Option<Person> {
        crate::test_frame::child("Jay")
    }

    #[test]
    fn the_numbers_come_before_anything_about_telling() {
        let html = page(
            &frame(jay()),
            Telling::Ready {
                send_id: "press-1".into(),
            },
        );
        let childline = html.find("tel:08001111").unwrap();
        let form = html.find("action=\"/not-safe\"").unwrap();
        assert!(html.find("tel:999").unwrap() < childline);
        assert!(childline < form, "{html}");
        assert!(html.contains("Tell my adults now"));
        assert!(html.contains("value=\"press-1\""));
        assert!(html.contains("value=\"token-1\""));
        assert!(html.contains("<html lang=\"en-GB\" dir=\"ltr\">"));
    }

    #[test]
    fn signed_out_the_page_is_the_numbers_and_no_button() {
        let html = page(&frame(None), Telling::NumbersOnly);
        assert!(html.contains("tel:999") && html.contains("tel:08088005792"));
        assert!(!html.contains("Tell my adults now"));
        // The quick exit is there before signing in too.
        assert!(html.contains("Leave this page"));
    }

    #[test]
    fn what_the_child_wrote_is_shown_back_escaped_and_unchanged() {
        let html = page(
            &frame(jay()),
            Telling::Told {
                wrote: Some("<b>he shouts</b> & I hide".into()),
            },
        );
        assert!(html.contains("&lt;b&gt;he shouts&lt;/b&gt; &amp; I hide"));
        assert!(html.contains("We have told your CISRO"));
        assert!(!html.contains("Tell my adults now"));
    }

    #[test]
    fn a_failure_keeps_the_words_and_offers_the_same_press() {
        let html = page(
            &frame(jay()),
            Telling::NotTold {
                send_id: "press-1".into(),
                wrote: "still here".into(),
            },
        );
        assert!(html.contains("We could not tell them"));
        assert!(html.contains(">still here</textarea>"));
        assert!(html.contains("value=\"press-1\""));
        assert!(html.contains("Try telling them again"));
    }
}
