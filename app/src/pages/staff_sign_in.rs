//! Adults who work with children sign in with email and password.

use domain::api::StaffSignIn as StaffSignInBody;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::checks::check_staff;
use crate::components::error_summary::ErrorSummary;
use crate::components::passphrase_field::{PassphraseField, Secret};
use crate::components::route_announcer::use_page_title;
use crate::components::text_field::{error_for, TextField};
use crate::errors::{Form, EMAIL, PASSWORD};
use crate::sign_in_form::SignInForm;
use crate::t;

/// "Sign in for staff and carers": email address and password.
#[component]
pub fn StaffSignIn() -> impl IntoView {
    let form = SignInForm::new(Form::Staff, "/api/session/staff");
    let problems = form.problems;
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let title = use_page_title();
    Effect::new(move || title.set(t!("staff-sign-in-title"), !problems.read().is_empty()));

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let (email, password) = (email.get_untracked(), password.get_untracked());
        let found = check_staff(&email, &password);
        let body = StaffSignInBody {
            email: email.trim().to_owned(),
            password,
        };
        form.submit(found, body);
    };

    view! {
        <a href="/sign-in" class="back-link">
            {t!("back")}
        </a>
        <ErrorSummary problems />
        <h1 tabindex="-1">{t!("staff-sign-in-title")}</h1>
        <form novalidate on:submit=on_submit>
            <TextField
                id=EMAIL
                label=t!("staff-sign-in-email")
                value=email
                error=error_for(problems, EMAIL)
                input_type="email"
                autocomplete="email"
            />
            <PassphraseField
                id=PASSWORD
                label=t!("staff-sign-in-password")
                value=password
                error=error_for(problems, PASSWORD)
                autocomplete="current-password"
                secret=Secret::Password
            />
            <button type="submit" class="button">
                {t!("staff-sign-in-button")}
            </button>
        </form>
    }
}
