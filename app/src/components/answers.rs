//! What a child wrote or chose, under each question, in their own words,
//! unchanged; on the check page with a "Change" link for each part.

use domain::contributions::ContributionBody;
use leptos::prelude::*;

use crate::questions::answers;
use crate::t;

/// The answers of one body; `change` is the form's address, to link each
/// part back to its box.
#[component]
pub fn Answers(
    body: ContributionBody,
    officer: String,
    #[prop(default = None)] change: Option<&'static str>,
) -> impl IntoView {
    let rows = answers(&body, &officer)
        .into_iter()
        .map(|(field, question, answer)| {
            let skipped = answer.trim().is_empty();
            let change = change.map(|page| {
                view! {
                    <a href=format!("{page}#{field}") class="change-link">
                        {t!("check-change")}
                        <span class="visually-hidden">" " {question.clone()}</span>
                    </a>
                }
            });
            view! {
                <div>
                    <dt>{question.clone()}</dt>
                    <dd class="own-words" class:skipped=skipped>
                        {if skipped { t!("check-skipped") } else { answer }}
                    </dd>
                    {change.map(|link| view! { <dd class="change">{link}</dd> })}
                </div>
            }
        })
        .collect_view();
    view! { <dl class="answers">{rows}</dl> }
}
