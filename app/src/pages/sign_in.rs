//! A child signs in with their username and passphrase.

use domain::api::ChildSignIn;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::checks::check_child;
use crate::components::error_summary::ErrorSummary;
use crate::components::passphrase_field::PassphraseField;
use crate::components::route_announcer::use_page_title;
use crate::components::text_field::{error_for, TextField};
use crate::errors::{Form, PASSPHRASE, USERNAME};
use crate::session::{REASON, TIMED_OUT};
use crate::sign_in_form::SignInForm;
use crate::t;

/// "Sign in to My Say": username, passphrase, and the ways in for first-timers and adults.
#[component]
pub fn SignIn() -> impl IntoView {
    let form = SignInForm::new(Form::Child, "/api/session/child");
    let problems = form.problems;
    let username = RwSignal::new(String::new());
    let passphrase = RwSignal::new(String::new());
    let title = use_page_title();
    Effect::new(move || title.set(t!("sign-in-title"), !problems.read().is_empty()));
    // Sent here by the time-out warning running out (see `Ending::TimedOut`).
    let timed_out = use_query_map().read_untracked().get(REASON).as_deref() == Some(TIMED_OUT);

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let (username, passphrase) = (username.get_untracked(), passphrase.get_untracked());
        let found = check_child(&username, &passphrase);
        let body = ChildSignIn {
            username: username.trim().to_owned(),
            passphrase,
        };
        form.submit(found, body);
    };

    view! {
        <ErrorSummary problems />
        {timed_out
            .then(|| {
                view! {
                    <div class="notice">
                        <p>{t!("signed-out-timed-out")}</p>
                    </div>
                }
            })}
        <h1 tabindex="-1">{t!("sign-in-title")}</h1>
        <form novalidate on:submit=on_submit>
            <TextField
                id=USERNAME
                label=t!("sign-in-username")
                value=username
                error=error_for(problems, USERNAME)
                autocomplete="username"
            />
            <PassphraseField
                id=PASSPHRASE
                label=t!("sign-in-passphrase")
                value=passphrase
                error=error_for(problems, PASSPHRASE)
                autocomplete="current-password"
            />
            <button type="submit" class="button">
                {t!("sign-in-button")}
            </button>
        </form>
        <p>
            <a href="/activate">{t!("sign-in-first-time")}</a>
        </p>
        <p>
            <a href="/sign-in/staff">{t!("sign-in-staff-link")}</a>
        </p>
        // Readable before a child has an account.
        <p>
            <a href="/rights">{t!("rights-link")}</a>
        </p>
    }
}
