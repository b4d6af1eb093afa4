//! A secret box (passphrase or password), hidden by default with a Show button.

use leptos::prelude::*;

use crate::components::field_help::FieldHelp;
use crate::components::text_field::described_by;
use crate::t;

/// Which secret: children have passphrases, adults have passwords.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Secret {
    Passphrase,
    Password,
}

/// A labelled secret box with a Show/Hide button; paste allowed, no length limit.
#[component]
pub fn PassphraseField(
    id: &'static str,
    #[prop(into)] label: String,
    value: RwSignal<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional, into)] hint: Option<String>,
    /// "current-password" to sign in, "new-password" to choose one.
    autocomplete: &'static str,
    #[prop(default = Secret::Passphrase)] secret: Secret,
) -> impl IntoView {
    // Hidden by default: the person may not be alone.
    let shown = RwSignal::new(false);
    // Said to screen readers only after a press, not on page load.
    let status = RwSignal::new(String::new());
    let has_hint = hint.is_some();

    let toggle = move |_| {
        shown.update(|shown| *shown = !*shown);
        status.set(match (secret, shown.get_untracked()) {
            (Secret::Passphrase, true) => t!("passphrase-shown"),
            (Secret::Passphrase, false) => t!("passphrase-hidden"),
            (Secret::Password, true) => t!("password-shown"),
            (Secret::Password, false) => t!("password-hidden"),
        });
    };
    let button_label = move || match (secret, shown.get()) {
        (Secret::Passphrase, false) => t!("show-passphrase"),
        (Secret::Passphrase, true) => t!("hide-passphrase"),
        (Secret::Password, false) => t!("show-password"),
        (Secret::Password, true) => t!("hide-password"),
    };

    view! {
        <div class="field" class:field-error=move || error.read().is_some()>
            <label class="label" for=id>
                {label}
            </label>
            <FieldHelp id hint error />
            <div class="secret">
                <input
                    class="input"
                    id=id
                    name=id
                    type=move || if shown.get() { "text" } else { "password" }
                    autocomplete=autocomplete
                    spellcheck="false"
                    autocapitalize="off"
                    aria-invalid=move || error.read().is_some().then_some("true")
                    aria-describedby=move || described_by(id, has_hint, error.read().is_some())
                    bind:value=value
                />
                <button
                    type="button"
                    class="button button-secondary secret-toggle"
                    aria-controls=id
                    aria-label=button_label
                    on:click=toggle
                >
                    {move || if shown.get() { t!("hide") } else { t!("show") }}
                </button>
            </div>
            <p class="visually-hidden" aria-live="polite">
                {status}
            </p>
        </div>
    }
}
