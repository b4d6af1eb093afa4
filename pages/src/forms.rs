//! The parts every form is made of, in the GOV.UK pattern of
//! `../shared/UX.md`: the error summary at the top ("There is a problem",
//! a link to each field), and each box with its label, hint and error.
//! The server fills them with what was typed, so nothing is lost when a
//! form comes back with a problem.

use leptos::prelude::*;

use crate::frame::Frame;

/// One problem with a form: in the summary, and above its field if it has one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The `id` (and `name`) of the box it is about.
    pub field: Option<&'static str>,
    pub text: String,
}

impl Problem {
    pub fn at(field: &'static str, text: String) -> Self {
        Problem {
            field: Some(field),
            text,
        }
    }

    pub fn general(text: String) -> Self {
        Problem { field: None, text }
    }
}

/// The message for `field`, if it has one.
pub fn error_for<'a>(problems: &'a [Problem], field: &str) -> Option<&'a str> {
    problems
        .iter()
        .find(|p| p.field == Some(field))
        .map(|p| p.text.as_str())
}

/// "There is a problem", with a link to each box that needs fixing. It is
/// an alert, so it is read out when the page arrives; `autofocus` puts the
/// focus on it, as the pattern asks.
pub fn error_summary(frame: &Frame, problems: &[Problem]) -> Option<impl IntoView> {
    if problems.is_empty() {
        return None;
    }
    let items = problems
        .iter()
        .map(|problem| match problem.field {
            Some(field) => view! {
                <li>
                    <a href=format!("#{field}")>{problem.text.clone()}</a>
                </li>
            }
            .into_any(),
            None => view! { <li>{problem.text.clone()}</li> }.into_any(),
        })
        .collect_view();
    Some(view! {
        <div
            id="error-summary"
            class="error-summary"
            tabindex="-1"
            role="alert"
            aria-labelledby="error-summary-title"
            autofocus
        >
            <h2 id="error-summary-title" class="error-summary-title">
                {frame.say("error-summary-title")}
            </h2>
            <ul class="error-summary-list">{items}</ul>
        </div>
    })
}

/// One of a few answers, as radios in a fieldset whose legend is the
/// question, with its error above them. `options` are each answer's posted
/// value, the answer itself, and the id of its words.
pub fn choice<T: PartialEq + Copy>(
    frame: &Frame,
    id: &'static str,
    legend: String,
    options: &[(&'static str, T, &'static str)],
    chosen: Option<T>,
    problems: &[Problem],
) -> impl IntoView {
    let error = error_for(problems, id).map(|error| {
        view! {
            <p id=format!("{id}-error") class="error-message">
                <span class="visually-hidden">{frame.say("error-prefix")} " "</span>
                {error.to_owned()}
            </p>
        }
    });
    let class = if error.is_some() {
        "fieldset field-error"
    } else {
        "fieldset"
    };
    let radios = options
        .iter()
        .enumerate()
        .map(|(n, (value, option, words))| {
            let option_id = format!("{id}-{n}");
            view! {
                <div class="radio">
                    <input
                        type="radio"
                        id=option_id.clone()
                        name=id
                        value=*value
                        checked=chosen == Some(*option)
                    />
                    <label for=option_id>{frame.say(words)}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class=class id=id>
            <legend class="legend">{legend}</legend>
            {error}
            <div class="radios">{radios}</div>
        </fieldset>
    }
}

/// What goes between `<textarea>` and `</textarea>`: the text, escaped.
/// Leptos writes a textarea's children as they are, as it does a script's,
/// so what someone typed must be escaped here or `</textarea>` in it would
/// end the box and the rest would be markup.
pub fn textarea_text(typed: &str) -> String {
    crate::frame::escape(typed)
}

/// One box of a form.
pub struct Field<'a> {
    /// The box's `id` and `name`.
    pub id: &'static str,
    pub label: String,
    pub hint: Option<String>,
    /// What to show in it: what was typed (never a secret).
    pub value: String,
    pub autocomplete: &'static str,
    pub problems: &'a [Problem],
}

impl Field<'_> {
    fn error(&self) -> Option<String> {
        error_for(self.problems, self.id).map(str::to_owned)
    }

    /// The `aria-describedby` of the box: its hint and its error.
    fn described_by(&self) -> Option<String> {
        let mut ids = Vec::new();
        if self.hint.is_some() {
            ids.push(format!("{}-hint", self.id));
        }
        if self.error().is_some() {
            ids.push(format!("{}-error", self.id));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }

    /// The label, the hint and the error, and the class of the group.
    fn around(&self, frame: &Frame, input: AnyView) -> AnyView {
        let error = self.error();
        let id = self.id;
        let class = if error.is_some() {
            "field field-error"
        } else {
            "field"
        };
        view! {
            <div class=class>
                <label class="label" for=id>
                    {self.label.clone()}
                </label>
                {self.hint.clone().map(|hint| view! { <p id=format!("{id}-hint") class="hint">{hint}</p> })}
                {error
                    .map(|error| {
                        view! {
                            <p id=format!("{id}-error") class="error-message">
                                <span class="visually-hidden">{frame.say("error-prefix")} " "</span>
                                {error}
                            </p>
                        }
                    })}
                {input}
            </div>
        }
        .into_any()
    }

    /// A single-line text box.
    pub fn text(&self, frame: &Frame, input_type: &'static str) -> AnyView {
        let input = view! {
            <input
                class="input"
                id=self.id
                name=self.id
                type=input_type
                value=self.value.clone()
                autocomplete=self.autocomplete
                spellcheck="false"
                autocapitalize="off"
                aria-invalid=self.error().is_some().then_some("true")
                aria-describedby=self.described_by()
            />
        }
        .into_any();
        self.around(frame, input)
    }

    /// A passphrase or password box, always empty when drawn: a secret is
    /// never sent back in a page. Where scripts run, `/show-secret.js`
    /// reveals the Show button and makes it work; without them there is
    /// no button, and the box works as any other.
    pub fn secret(&self, frame: &Frame, secret: Secret) -> AnyView {
        let (show, hide, shown, hidden) = match secret {
            Secret::Passphrase => (
                "show-passphrase",
                "hide-passphrase",
                "passphrase-shown",
                "passphrase-hidden",
            ),
            Secret::Password => (
                "show-password",
                "hide-password",
                "password-shown",
                "password-hidden",
            ),
        };
        let input = view! {
            <div class="secret">
                <input
                    class="input"
                    id=self.id
                    name=self.id
                    type="password"
                    autocomplete=self.autocomplete
                    spellcheck="false"
                    autocapitalize="off"
                    aria-invalid=self.error().is_some().then_some("true")
                    aria-describedby=self.described_by()
                />
                <button
                    type="button"
                    class="button button-secondary secret-toggle"
                    aria-controls=self.id
                    aria-label=frame.say(show)
                    data-show=frame.say("show")
                    data-hide=frame.say("hide")
                    data-show-label=frame.say(show)
                    data-hide-label=frame.say(hide)
                    data-shown=frame.say(shown)
                    data-hidden=frame.say(hidden)
                    hidden
                >
                    {frame.say("show")}
                </button>
            </div>
            <p class="visually-hidden secret-status" aria-live="polite"></p>
        }
        .into_any();
        self.around(frame, input)
    }
}

/// Which secret: children have passphrases, adults have passwords.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Secret {
    Passphrase,
    Password,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_stays_text_inside_a_textarea() {
        let typed = "</textarea><script>alert(1)</script> & more";
        let html = view! { <textarea>{textarea_text(typed)}</textarea> }.to_html();
        assert_eq!(
            html,
            "<textarea>&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</textarea>"
        );
    }

    #[test]
    fn a_field_is_described_by_its_hint_then_its_error() {
        let problems = [Problem::at("code", "Enter the code".into())];
        let field = Field {
            id: "code",
            label: "Code".into(),
            hint: Some("On the letter".into()),
            value: String::new(),
            autocomplete: "off",
            problems: &problems,
        };
        assert_eq!(
            field.described_by().as_deref(),
            Some("code-hint code-error")
        );
        let quiet = Field {
            problems: &[],
            hint: None,
            ..field
        };
        assert_eq!(quiet.described_by(), None);
    }
}
