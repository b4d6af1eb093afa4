//! A labelled text box in the GOV.UK pattern: label, hint, error, box.

use leptos::prelude::*;

use crate::components::field_help::FieldHelp;
use crate::errors::Problem;

/// The message for one field out of a form's problems, if it has one.
pub fn error_for(problems: RwSignal<Vec<Problem>>, field: &'static str) -> Signal<Option<String>> {
    Signal::derive(move || {
        problems
            .read()
            .iter()
            .find(|problem| problem.field == Some(field))
            .map(|problem| problem.text.clone())
    })
}

/// The `aria-describedby` of a box: its hint and its error, so both are read with the label.
pub fn described_by(id: &str, has_hint: bool, has_error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if has_hint {
        ids.push(format!("{id}-hint"));
    }
    if has_error {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A labelled single-line text box, with an optional hint and error.
#[component]
pub fn TextField(
    /// The box's `id` and `name`; also the field name the server uses.
    id: &'static str,
    #[prop(into)] label: String,
    value: RwSignal<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
) -> impl IntoView {
    let has_hint = hint.is_some();
    view! {
        <div class="field" class:field-error=move || error.read().is_some()>
            <label class="label" for=id>
                {label}
            </label>
            <FieldHelp id hint error />
            <input
                class="input"
                id=id
                name=id
                type=input_type
                autocomplete=autocomplete
                spellcheck="false"
                autocapitalize="off"
                aria-invalid=move || error.read().is_some().then_some("true")
                aria-describedby=move || described_by(id, has_hint, error.read().is_some())
                bind:value=value
            />
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn described_by_lists_hint_then_error() {
        assert_eq!(described_by("code", false, false), None);
        assert_eq!(
            described_by("code", true, false).as_deref(),
            Some("code-hint")
        );
        assert_eq!(
            described_by("code", true, true).as_deref(),
            Some("code-hint code-error")
        );
    }
}
