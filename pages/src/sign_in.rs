//! The three ways in, as forms that post to the server: a child's sign-in
//! (`/sign-in`), a child's first sign-in with the code from their officer
//! (`/activate`), and staff and carers (`/sign-in/staff`). When the server
//! turns one down, the same page comes back with what was typed (never a
//! secret) and the problems, in words chosen here and unit-tested.

use domain::api::{ApiError, ErrorCode, FieldError, MIN_PASSPHRASE_CHARS};
use domain::sign_in_rules::{self, MAX_NAME_CHARS};
use leptos::prelude::*;

use crate::forms::{error_summary, Field, Problem, Secret};
use crate::frame::{document, form_token, Frame};

pub const CHILD_PATH: &str = "/sign-in";
pub const STAFF_PATH: &str = "/sign-in/staff";
pub const ACTIVATE_PATH: &str = "/activate";
/// Why a child is on the sign-in page: `?reason=timed-out`.
pub const REASON_QUERY: &str = "reason";
pub const TIMED_OUT: &str = "timed-out";
/// Where to go after signing in (a path of this site): a form whose
/// session ended mid-draft asks to come back.
pub const NEXT_FIELD: &str = "next";

pub use sign_in_rules::{CODE, EMAIL, PASSPHRASE, PASSWORD, USERNAME};

/// The server does not always say how long a lock lasts; this is its usual length.
const DEFAULT_RETRY_MINUTES: u64 = 5;

/// The three sign-in forms: the same answer from the server reads
/// differently on each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Child,
    Staff,
    Activate,
}

impl Form {
    fn first_field(self) -> &'static str {
        match self {
            Form::Staff => EMAIL,
            Form::Child | Form::Activate => USERNAME,
        }
    }

    /// The form's own spelling of a field name the server sent, if it has that field.
    fn field(self, name: &str) -> Option<&'static str> {
        let fields: &[&'static str] = match self {
            Form::Child => &[USERNAME, PASSPHRASE],
            Form::Staff => &[EMAIL, PASSWORD],
            Form::Activate => &[USERNAME, CODE, PASSPHRASE],
        };
        fields.iter().copied().find(|field| *field == name)
    }
}

/// What was typed, to show again: never the secret.
#[derive(Clone, Debug, Default)]
pub struct Typed {
    /// The username, or for staff the email address.
    pub name: String,
    /// The code from the officer (first sign-in only).
    pub code: String,
    /// A path of this site to go to after signing in.
    pub next: Option<String>,
}

/// A path to come back to after signing in, if `asked` is one of this
/// site's own: never another site, whatever the form says.
pub fn local_path(asked: &str) -> Option<String> {
    let ok = asked.starts_with('/')
        && !asked.starts_with("//")
        && !asked.contains('\\')
        && !asked.chars().any(char::is_control);
    ok.then(|| asked.to_owned())
}

/// What to show when the server said no.
pub fn problems_for(frame: &Frame, form: Form, error: &ApiError) -> Vec<Problem> {
    let officer = || frame.officer_title.clone().into();
    let words = &frame.words;
    let first = form.first_field();
    let problem = match (error.code, form) {
        (ErrorCode::WrongDetails, Form::Staff) => {
            Problem::at(EMAIL, frame.say("error-wrong-details-staff"))
        }
        (ErrorCode::WrongDetails, Form::Child) => Problem::at(
            USERNAME,
            words.say_with("error-wrong-details-child", &[("officer", officer())]),
        ),
        (ErrorCode::WrongDetails | ErrorCode::BadActivationCode, _) => Problem::at(
            CODE,
            words.say_with("error-bad-code", &[("officer", officer())]),
        ),
        (ErrorCode::NeedsActivation, _) => Problem::at(
            first,
            words.say_with("error-needs-activation", &[("officer", officer())]),
        ),
        (ErrorCode::TooManyTries, _) => {
            let minutes = retry_minutes(error.retry_after_secs).into();
            let text = match form {
                Form::Staff => {
                    words.say_with("error-too-many-tries-staff", &[("minutes", minutes)])
                }
                Form::Child | Form::Activate => words.say_with(
                    "error-too-many-tries-child",
                    &[("minutes", minutes), ("officer", officer())],
                ),
            };
            Problem::at(first, text)
        }
        (ErrorCode::InvalidInput, _) if !error.fields.is_empty() => {
            return error
                .fields
                .iter()
                .map(|field| field_problem(frame, form, field))
                .collect();
        }
        (ErrorCode::Busy, _) => Problem::general(frame.say("error-busy")),
        _ => Problem::general(frame.say("error-server")),
    };
    vec![problem]
}

/// Whole minutes to wait, rounded up so we never say "0 minutes".
pub fn retry_minutes(retry_after_secs: Option<u64>) -> u64 {
    retry_after_secs.map_or(DEFAULT_RETRY_MINUTES, |secs| secs.div_ceil(60).max(1))
}

/// The words for one field that breaks a form rule (`domain::sign_in_rules`).
fn field_problem(frame: &Frame, form: Form, error: &FieldError) -> Problem {
    let Some(field) = form.field(&error.field) else {
        return Problem::general(frame.say("error-server"));
    };
    let words = &frame.words;
    let officer = || frame.officer_title.clone().into();
    let text = match (error.code, field) {
        (ErrorCode::PassphraseTooShort, _) => words.say_with(
            "error-passphrase-too-short",
            &[("min", MIN_PASSPHRASE_CHARS.into())],
        ),
        (ErrorCode::PassphraseTooWeak, _) => frame.say("error-passphrase-too-weak"),
        (ErrorCode::TooLong, _) => {
            words.say_with("error-too-long", &[("max", MAX_NAME_CHARS.into())])
        }
        (ErrorCode::Required, CODE) => {
            words.say_with("error-enter-code", &[("officer", officer())])
        }
        (ErrorCode::Required, USERNAME) => frame.say("error-enter-username"),
        (ErrorCode::Required, PASSPHRASE) if form == Form::Activate => {
            frame.say("error-choose-passphrase")
        }
        (ErrorCode::Required, PASSPHRASE) => frame.say("error-enter-passphrase"),
        (ErrorCode::Required, EMAIL) => frame.say("error-enter-email"),
        (ErrorCode::Required, PASSWORD) => frame.say("error-enter-password"),
        _ => frame.say("error-check-field"),
    };
    Problem::at(field, text)
}

/// One of the three forms, with what was typed and what went wrong.
pub fn page(
    frame: &Frame,
    form: Form,
    typed: &Typed,
    problems: &[Problem],
    timed_out: bool,
) -> String {
    let (title, action, button) = match form {
        Form::Child => ("sign-in-title", CHILD_PATH, "sign-in-button"),
        Form::Staff => ("staff-sign-in-title", STAFF_PATH, "staff-sign-in-button"),
        Form::Activate => ("activate-title", ACTIVATE_PATH, "activate-button"),
    };
    let title = frame.say(title);
    let officer = || frame.officer_title.clone().into();
    let field = |id, label: String, hint: Option<String>, value: &str, autocomplete| Field {
        id,
        label,
        hint,
        value: value.to_owned(),
        autocomplete,
        problems,
    };
    let fields = match form {
        Form::Child => view! {
            {field(USERNAME, frame.say("sign-in-username"), None, &typed.name, "username").text(frame, "text")}
            {field(PASSPHRASE, frame.say("sign-in-passphrase"), None, "", "current-password")
                .secret(frame, Secret::Passphrase)}
        }
        .into_any(),
        Form::Staff => view! {
            {field(EMAIL, frame.say("staff-sign-in-email"), None, &typed.name, "email").text(frame, "email")}
            {field(PASSWORD, frame.say("staff-sign-in-password"), None, "", "current-password")
                .secret(frame, Secret::Password)}
        }
        .into_any(),
        Form::Activate => {
            let code_label = frame.words.say_with("activate-code", &[("officer", officer())]);
            let code_hint = frame.words.say_with("activate-code-hint", &[("officer", officer())]);
            let passphrase_hint = frame.words.say_with(
                "activate-passphrase-hint",
                &[("min", MIN_PASSPHRASE_CHARS.into())],
            );
            view! {
                {field(USERNAME, frame.say("activate-username"), None, &typed.name, "username").text(frame, "text")}
                {field(CODE, code_label, Some(code_hint), &typed.code, "one-time-code").text(frame, "text")}
                {field(PASSPHRASE, frame.say("activate-passphrase"), Some(passphrase_hint), "", "new-password")
                    .secret(frame, Secret::Passphrase)}
            }
            .into_any()
        }
    };
    let back = (form != Form::Child).then(|| {
        view! {
            <a href=CHILD_PATH class="back-link">
                {frame.say("back")}
            </a>
        }
    });
    let timed_out = timed_out.then(|| {
        view! {
            <div class="notice">
                <p>{frame.say("signed-out-timed-out")}</p>
            </div>
        }
    });
    let intro = (form == Form::Activate).then(
        || view! { <p>{frame.words.say_with("activate-intro", &[("officer", officer())])}</p> },
    );
    let next = typed
        .next
        .clone()
        .map(|next| view! { <input type="hidden" name=NEXT_FIELD value=next /> });
    let ways_in = (form == Form::Child).then(|| {
        view! {
            <p>
                <a href=ACTIVATE_PATH>{frame.say("sign-in-first-time")}</a>
            </p>
            <p>
                <a href=STAFF_PATH>{frame.say("sign-in-staff-link")}</a>
            </p>
            // Readable before a child has an account.
            <p>
                <a href="/rights">{frame.say("rights-link")}</a>
            </p>
        }
    });
    let main = view! {
        {back}
        {error_summary(frame, problems)}
        {timed_out}
        <h1>{title.clone()}</h1>
        {intro}
        <form method="post" action=action novalidate>
            {form_token(frame)}
            {next}
            {fields}
            <button type="submit" class="button">
                {frame.say(button)}
            </button>
        </form>
        {ways_in}
    };
    let child_page = frame.for_a_child(form != Form::Staff);
    document(frame, &title, !problems.is_empty(), child_page, main)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_frame::english_frame;

    fn api(code: ErrorCode, retry_after_secs: Option<u64>, fields: Vec<FieldError>) -> ApiError {
        ApiError {
            code,
            retry_after_secs,
            limit: None,
            fields,
            decision: None,
            from: None,
        }
    }

    #[test]
    fn wrong_details_read_differently_for_children_and_staff() {
        let frame = english_frame("CISRO");
        let child = problems_for(
            &frame,
            Form::Child,
            &api(ErrorCode::WrongDetails, None, vec![]),
        );
        assert_eq!(
            child,
            vec![Problem::at(
                USERNAME,
                "The username or passphrase is not right. Check them and try again. \
                 If you have not chosen a passphrase yet, use the code from your CISRO."
                    .into()
            )]
        );
        let staff = problems_for(
            &frame,
            Form::Staff,
            &api(ErrorCode::WrongDetails, None, vec![]),
        );
        assert_eq!(staff[0].field, Some(EMAIL));
    }

    #[test]
    fn too_many_tries_rounds_minutes_up() {
        let frame = english_frame("IRO");
        let p = problems_for(
            &frame,
            Form::Child,
            &api(ErrorCode::TooManyTries, Some(241), vec![]),
        );
        assert_eq!(p[0].text, "Too many tries. Wait 5 minutes or ask your IRO.");
        let p = problems_for(
            &frame,
            Form::Child,
            &api(ErrorCode::TooManyTries, Some(30), vec![]),
        );
        assert_eq!(p[0].text, "Too many tries. Wait 1 minute or ask your IRO.");
        assert_eq!(retry_minutes(Some(0)), 1);
        assert_eq!(retry_minutes(None), DEFAULT_RETRY_MINUTES);
    }

    #[test]
    fn field_errors_land_on_their_fields() {
        let frame = english_frame("CISRO");
        let fields = vec![
            FieldError {
                field: CODE.into(),
                code: ErrorCode::Required,
            },
            FieldError {
                field: PASSPHRASE.into(),
                code: ErrorCode::PassphraseTooShort,
            },
        ];
        let p = problems_for(
            &frame,
            Form::Activate,
            &api(ErrorCode::InvalidInput, None, fields),
        );
        assert_eq!(
            p[0],
            Problem::at(CODE, "Enter the code from your CISRO".into())
        );
        assert_eq!(
            p[1],
            Problem::at(
                PASSPHRASE,
                "Your passphrase must be at least 8 characters".into()
            )
        );
        let busy = problems_for(&frame, Form::Child, &api(ErrorCode::Busy, Some(1), vec![]));
        assert_eq!(busy[0].field, None);
    }

    #[test]
    fn only_this_sites_paths_are_followed() {
        assert_eq!(local_path("/my-views").as_deref(), Some("/my-views"));
        assert_eq!(
            local_path("/my-views?x=1").as_deref(),
            Some("/my-views?x=1")
        );
        for bad in [
            "//evil.example",
            "https://evil.example",
            "/\\evil.example",
            "",
            "my-views",
            "/a\nb",
        ] {
            assert_eq!(local_path(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_secret_is_never_drawn_back_and_the_name_is() {
        let frame = english_frame("CISRO");
        let typed = Typed {
            name: "sam".into(),
            ..Typed::default()
        };
        let problems = problems_for(
            &frame,
            Form::Child,
            &api(ErrorCode::WrongDetails, None, vec![]),
        );
        let html = page(&frame, Form::Child, &typed, &problems, false);
        assert!(html.contains(r#"value="sam""#), "{html}");
        assert!(html.contains("<title>Error: "), "{html}");
        assert!(html.contains(r##"href="#username""##));
    }
}
