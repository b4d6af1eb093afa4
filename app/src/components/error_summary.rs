//! The GOV.UK-style error summary at the top of a form.

use leptos::prelude::*;

use crate::dom;
use crate::errors::Problem;
use crate::t;

/// "There is a problem", with a link to each field that needs fixing; takes focus when shown.
#[component]
pub fn ErrorSummary(#[prop(into)] problems: Signal<Vec<Problem>>) -> impl IntoView {
    // Focus moves on every failed submit, even when the problems are the same
    // as last time, so the person always hears what is wrong.
    Effect::new(move || {
        if !problems.read().is_empty() {
            request_animation_frame(|| dom::focus_id("error-summary"));
        }
    });

    let items = move || {
        problems
            .get()
            .into_iter()
            .map(|problem| match problem.field {
                Some(field) => {
                    // Runs before the router's window-level handler, which would
                    // treat "#field" as a navigation and leave focus behind.
                    let go = move |ev: leptos::ev::MouseEvent| {
                        ev.prevent_default();
                        dom::focus_field(field);
                    };
                    view! {
                        <li>
                            <a href=format!("#{field}") on:click=go>
                                {problem.text}
                            </a>
                        </li>
                    }
                    .into_any()
                }
                None => view! { <li>{problem.text}</li> }.into_any(),
            })
            .collect_view()
    };

    view! {
        <div
            id="error-summary"
            class="error-summary"
            tabindex="-1"
            role="alert"
            aria-labelledby="error-summary-title"
            hidden=move || problems.read().is_empty()
        >
            <h2 id="error-summary-title" class="error-summary-title">
                {t!("error-summary-title")}
            </h2>
            <ul class="error-summary-list">{items}</ul>
        </div>
    }
}
