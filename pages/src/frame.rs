//! The frame every server-rendered page sits in: `<html lang dir>`, the
//! title, the skip link, the header (the way home, the quick exit and
//! "I don't feel safe" on a child's pages, the language menu, who is signed
//! in and "Sign out") and the `main` landmark. Everything in it is plain
//! HTML and forms; `/enhance.js` only adds the Shift shortcut and the
//! instant blanking.

use leptos::prelude::*;

use crate::words::{Language, Words};

/// The hidden field every form carries, checked against the browser's
/// form cookie by the server.
pub const FORM_TOKEN_FIELD: &str = "form_token";
/// Where the quick exit posts: it signs out, then leaves for a neutral site.
pub const LEAVE_PATH: &str = "/leave";
pub const SIGN_OUT_PATH: &str = "/sign-out";
pub const NOT_SAFE_PATH: &str = "/not-safe";
pub const LANGUAGE_PATH: &str = "/language";
/// "OK, got it" under the quick exit's note: remembered in a cookie.
pub const QUICK_EXIT_NOTE_PATH: &str = "/quick-exit-note";
/// The list of what changed for the signed-in person.
pub const UPDATES_PATH: &str = "/updates";
/// The hidden field of a form that comes back to the same page.
pub const BACK_FIELD: &str = "back";

/// Who is signed in, as far as the frame needs to know.
#[derive(Clone, Debug)]
pub struct Person {
    pub display_name: String,
    pub is_child: bool,
}

/// What every page knows about the request it answers.
#[derive(Clone, Debug)]
pub struct Frame {
    pub words: Words,
    /// The languages the menu offers (never a pseudo-locale).
    pub languages: Vec<Language>,
    /// This browser's form token, for every form on the page.
    pub form_token: String,
    pub person: Option<Person>,
    /// What this council calls the reviewing officer: "IRO", "CISRO".
    pub officer_title: String,
    /// The page's path (with its query), where the language menu comes back to.
    pub path: String,
    /// This browser has not yet said it has read what the quick exit does.
    pub quick_exit_note: bool,
    /// For a signed-in person: how many things are new for them.
    pub updates_new: Option<u32>,
    /// How long a session lasts without a request, for the warning before
    /// it ends.
    pub idle_timeout_secs: u64,
}

impl Frame {
    pub fn say(&self, id: &str) -> String {
        self.words.say(id)
    }

    /// A child's page: a signed-in child, or a page children reach before
    /// signing in. The quick exit and "I don't feel safe" are offered there.
    pub fn for_a_child(&self, before_sign_in: bool) -> bool {
        match &self.person {
            Some(person) => person.is_child,
            None => before_sign_in,
        }
    }
}

/// A whole page: `main` inside the frame, as the HTML to send.
/// `child_page` is `Frame::for_a_child` for this page.
pub fn document(
    frame: &Frame,
    title: &str,
    has_error: bool,
    child_page: bool,
    main: impl IntoView + 'static,
) -> String {
    let language = frame.words.language();
    let page_title = frame.words.say_with(
        if has_error {
            "document-title-error"
        } else {
            "document-title"
        },
        &[("page", title.to_owned().into())],
    );
    let body = view! {
        <a class="skip-link" href="#main">
            {frame.say("skip-link")}
        </a>
        {header(frame, child_page)}
        <main id="main" class="width-container main" tabindex="-1">
            {main}
        </main>
        {frame.person.is_some().then(|| time_out_warning(frame, child_page))}
    }
    .to_html();
    format!(
        "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1, interactive-widget=resizes-content\">\
         <title>{title}</title><meta name=\"theme-color\" content=\"#1d3557\">\
         <link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">\
         <link rel=\"stylesheet\" href=\"/app.css\"><script src=\"/enhance.js\" defer></script></head><body>{body}</body></html>",
        lang = escape(&language.tag),
        dir = if language.right_to_left { "rtl" } else { "ltr" },
        title = escape(&page_title),
    )
}

fn header(frame: &Frame, child_page: bool) -> impl IntoView {
    let way_out = child_page.then(|| {
        view! {
            <div class="quick-exit">
                <form method="post" action=LEAVE_PATH class="quick-exit-form">
                    {form_token(frame)}
                    <button type="submit" class="button button-warning">
                        {frame.say("quick-exit")}
                    </button>
                </form>
                // Only true once the script has run: it takes this class away.
                <p class="quick-exit-hint needs-script">{frame.say("quick-exit-hint")}</p>
            </div>
            <a class="button button-safety" href=NOT_SAFE_PATH>
                {frame.say("unsafe-button")}
            </a>
            {frame.quick_exit_note.then(|| quick_exit_note(frame))}
        }
    });
    let account = frame.person.as_ref().map(|person| {
        view! {
            <div class="header-account">
                <span class="header-name">
                    {frame
                        .words
                        .say_with(
                            "header-signed-in-as",
                            &[("name", person.display_name.clone().into())],
                        )}
                </span>
                <form method="post" action=SIGN_OUT_PATH class="inline-form">
                    {form_token(frame)}
                    <button type="submit" class="link-button">
                        {frame.say("sign-out")}
                    </button>
                </form>
            </div>
        }
    });
    view! {
        <header class="header">
            <div class="width-container header-inner">
                <nav class="header-nav" aria-label=frame.say("nav-label")>
                    <a href="/" class="header-brand">
                        {frame.say("service-name")}
                    </a>
                </nav>
                {way_out}
                {language_menu(frame)}
                {updates_link(frame)}
                {account}
            </div>
        </header>
    }
}

/// "What's new", with how many things are new in words ("2 new"), so it
/// never relies on colour.
fn updates_link(frame: &Frame) -> Option<impl IntoView> {
    let new = frame.updates_new?;
    let count = (new > 0).then(|| {
        view! {
            <span class="updates-count">
                {frame.words.say_with("updates-new", &[("count", new.into())])}
            </span>
        }
    });
    Some(view! {
        <a class="updates-link" href=UPDATES_PATH>
            {frame.say("updates-link")}
            {count}
        </a>
    })
}

/// The warning before a session ends for want of use (WCAG 2.2.1), ready
/// for `/enhance.js` to open: without a script the server's own time-out
/// still ends the session, and the next page says so. The countdown's words
/// for every number it can show are in the dialog, so the script needs no
/// words of its own: each form once, and which form each number takes.
fn time_out_warning(frame: &Frame, child_page: bool) -> impl IntoView {
    let (minute_words, minute_forms) = counted(frame, "time-out-minutes", "minutes", 1..=2);
    let (second_words, second_forms) = counted(frame, "time-out-seconds", "seconds", 1..=59);
    let leave = child_page.then(|| {
        view! {
            <form method="post" action=LEAVE_PATH class="inline-form time-out-leave">
                {form_token(frame)}
                <button type="submit" class="button button-warning">
                    {frame.say("quick-exit")}
                </button>
            </form>
        }
    });
    view! {
        <dialog
            class="time-out-warning"
            aria-modal="true"
            aria-labelledby="time-out-title"
            aria-describedby="time-out-text"
            data-idle-secs=frame.idle_timeout_secs.to_string()
            data-minute-words=minute_words
            data-minute-forms=minute_forms
            data-second-words=second_words
            data-second-forms=second_forms
        >
            <h2 id="time-out-title" class="time-out-title">
                {frame.say("time-out-title")}
            </h2>
            <p id="time-out-text"></p>
            // Speaks only at 60, 30 and 15 seconds; the text above changes every second.
            <p class="visually-hidden time-out-said" aria-live="polite" aria-atomic="true"></p>
            <div class="time-out-actions">
                <button type="button" class="button time-out-stay">
                    {frame.say("time-out-stay")}
                </button>
                <form method="post" action=SIGN_OUT_PATH class="inline-form">
                    {form_token(frame)}
                    <button type="submit" class="link-button">
                        {frame.say("sign-out")}
                    </button>
                </form>
                // The dialog makes the page behind it inert, header button included.
                {leave}
            </div>
        </dialog>
    }
}

/// A counted message for each of `numbers`: its different forms, one a line, with
/// `{n}` where the number goes, and for each number which form it takes.
pub(crate) fn counted(
    frame: &Frame,
    id: &str,
    arg: &'static str,
    numbers: std::ops::RangeInclusive<u32>,
) -> (String, String) {
    let mut forms: Vec<String> = Vec::new();
    let mut which = Vec::new();
    for n in numbers {
        let text = frame.words.say_with(id, &[(arg, n.into())]);
        let form = text.replacen(&n.to_string(), "{n}", 1);
        let index = forms.iter().position(|f| *f == form).unwrap_or_else(|| {
            forms.push(form);
            forms.len() - 1
        });
        which.push(index.to_string());
    }
    (forms.join("\n"), which.join(" "))
}

/// What the quick exit does, and cannot do, until the child says they
/// have read it ("OK, got it", a form: remembered in this browser).
fn quick_exit_note(frame: &Frame) -> impl IntoView {
    view! {
        <div class="quick-exit-note">
            <p>{frame.say("quick-exit-note")}</p>
            <form method="post" action=QUICK_EXIT_NOTE_PATH class="inline-form">
                {form_token(frame)}
                <input type="hidden" name=BACK_FIELD value=frame.path.clone() />
                <button type="submit" class="button button-secondary">
                    {frame.say("quick-exit-note-dismiss")}
                </button>
            </form>
        </div>
    }
}

/// The language menu as a form: the choice is kept (in this browser, and
/// with a signed-in person's account), then the same page comes back in it.
fn language_menu(frame: &Frame) -> Option<impl IntoView> {
    if frame.languages.len() < 2 {
        return None;
    }
    let current = frame.words.language().tag.clone();
    let options = frame
        .languages
        .iter()
        .map(|language| {
            view! {
                <option
                    value=language.tag.clone()
                    lang=language.tag.clone()
                    selected=language.tag == current
                >
                    {language.name.clone()}
                </option>
            }
        })
        .collect_view();
    Some(view! {
        <form class="language-menu" method="post" action=LANGUAGE_PATH>
            {form_token(frame)}
            <input type="hidden" name=BACK_FIELD value=frame.path.clone() />
            <label for="language">{frame.say("language-menu")}</label>
            <select id="language" name="lang">
                {options}
            </select>
            <button type="submit" class="button button-secondary button-small">
                {frame.say("language-choose")}
            </button>
        </form>
    })
}

/// The hidden form token, for any form on a page.
pub fn form_token(frame: &Frame) -> impl IntoView {
    view! { <input type="hidden" name=FORM_TOKEN_FIELD value=frame.form_token.clone() /> }
}

/// Text made safe to put inside HTML text or a quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escaping_leaves_no_markup() {
        assert_eq!(
            escape(r#"<b>"Sam" & 'Leah'</b>"#),
            "&lt;b&gt;&quot;Sam&quot; &amp; &#39;Leah&#39;&lt;/b&gt;"
        );
    }
}
