//! The four parts of "My views", every one optional, in plain words.

use domain::contributions::MyViews;
use leptos::prelude::*;

use crate::components::long_text::LongText;
use crate::components::text_field::error_for;
use crate::errors::Problem;
use crate::questions::{
    optional, question, ANYTHING_ELSE, GOING_WELL, NOT_GOING_WELL, WANT_TO_CHANGE,
};

/// The boxes, bound to `views`; `on_change` runs after every change.
#[component]
pub fn ViewsBoxes(
    views: RwSignal<MyViews>,
    officer: String,
    problems: RwSignal<Vec<Problem>>,
    #[prop(into)] on_change: Callback<()>,
) -> impl IntoView {
    type Part = fn(&mut MyViews) -> &mut String;
    let parts: [(&'static str, Part); 4] = [
        (GOING_WELL, |v| &mut v.going_well),
        (NOT_GOING_WELL, |v| &mut v.not_going_well),
        (WANT_TO_CHANGE, |v| &mut v.want_to_change),
        (ANYTHING_ELSE, |v| &mut v.anything_else),
    ];
    parts
        .into_iter()
        .map(|(id, part)| {
            let value = Signal::derive(move || part(&mut views.get()).clone());
            let on_input = move |text: String| {
                views.update(|v| *part(v) = text);
                on_change.run(());
            };
            view! {
                <LongText
                    id
                    label=optional(question(id, &officer))
                    value
                    on_input
                    error=error_for(problems, id)
                />
            }
        })
        .collect_view()
}
