//! A child's first sign-in: the code from their officer, and a passphrase of their own.

use domain::api::{Activation, MIN_PASSPHRASE_CHARS};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::checks::check_activation;
use crate::components::error_summary::ErrorSummary;
use crate::components::passphrase_field::PassphraseField;
use crate::components::route_announcer::use_page_title;
use crate::components::text_field::{error_for, TextField};
use crate::errors::{Form, CODE, PASSPHRASE, USERNAME};
use crate::sign_in_form::SignInForm;
use crate::t;

/// "Choose your passphrase": username, code, new passphrase, Continue.
#[component]
pub fn Activate() -> impl IntoView {
    let form = SignInForm::new(Form::Activate, "/api/session/activate");
    let problems = form.problems;
    let officer = form.officer_title();
    let username = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let passphrase = RwSignal::new(String::new());
    let title = use_page_title();
    Effect::new(move || title.set(t!("activate-title"), !problems.read().is_empty()));

    let on_submit = {
        let officer = officer.clone();
        move |ev: SubmitEvent| {
            ev.prevent_default();
            let username = username.get_untracked();
            let code = code.get_untracked();
            let passphrase = passphrase.get_untracked();
            let found = check_activation(&username, &code, &passphrase, &officer);
            let body = Activation {
                username: username.trim().to_owned(),
                code: code.trim().to_owned(),
                passphrase,
            };
            form.submit(found, body);
        }
    };

    view! {
        <a href="/sign-in" class="back-link">
            {t!("back")}
        </a>
        <ErrorSummary problems />
        <h1 tabindex="-1">{t!("activate-title")}</h1>
        <p>{t!("activate-intro", officer = officer.as_str())}</p>
        <form novalidate on:submit=on_submit>
            <TextField
                id=USERNAME
                label=t!("activate-username")
                value=username
                error=error_for(problems, USERNAME)
                autocomplete="username"
            />
            <TextField
                id=CODE
                label=t!("activate-code", officer = officer.as_str())
                hint=t!("activate-code-hint", officer = officer.as_str())
                value=code
                error=error_for(problems, CODE)
                autocomplete="one-time-code"
            />
            <PassphraseField
                id=PASSPHRASE
                label=t!("activate-passphrase")
                hint=t!("activate-passphrase-hint", min = MIN_PASSPHRASE_CHARS)
                value=passphrase
                error=error_for(problems, PASSPHRASE)
                autocomplete="new-password"
            />
            <button type="submit" class="button">
                {t!("activate-button")}
            </button>
        </form>
    }
}
