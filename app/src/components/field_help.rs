//! The words between a label and its box: a hint, and an error when there is one.

use leptos::prelude::*;

use crate::t;

/// The hint and the error message that sit between a label and its box.
#[component]
pub fn FieldHelp(
    id: &'static str,
    hint: Option<String>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        {hint.map(|hint| view! { <p id=format!("{id}-hint") class="hint">{hint}</p> })}
        {move || {
            error
                .get()
                .map(|error| {
                    view! {
                        <p id=format!("{id}-error") class="error-message">
                            <span class="visually-hidden">{t!("error-prefix")} " "</span>
                            {error}
                        </p>
                    }
                })
        }}
    }
}
