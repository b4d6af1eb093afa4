//! "Check what you are sending": every answer with a "Change" link, who
//! else may read it, who can read it in words right above the button, and
//! the button, which cannot be pressed twice while sending.

use domain::contributions::{ContributionBody, ShareChoice};
use leptos::prelude::*;

use crate::components::answers::Answers;
use crate::components::error_summary::ErrorSummary;
use crate::components::share_choice::{ShareChoiceField, WhoCanReadChoice};
use crate::errors::Problem;
use crate::t;

/// The check step of a contribution form.
#[component]
pub fn CheckAndSend(
    body: ContributionBody,
    officer: String,
    share: RwSignal<ShareChoice>,
    #[prop(into)] on_share: Callback<ShareChoice>,
    /// The form, for the Back and "Change" links; None: nothing to change here.
    change: Option<&'static str>,
    back: String,
    /// "Written with help from …", when someone helped.
    helped: Option<String>,
    #[prop(into)] button: String,
    problems: RwSignal<Vec<Problem>>,
    sending: RwSignal<bool>,
    #[prop(into)] on_send: Callback<()>,
) -> impl IntoView {
    view! {
        <a href=back class="back-link">
            {t!("back")}
        </a>
        <ErrorSummary problems />
        <h1 tabindex="-1">{t!("check-title")}</h1>
        <Answers body officer=officer.clone() change=change />
        {helped.map(|line| view! { <p>{line}</p> })}
        <ShareChoiceField officer=officer.clone() choice=share on_change=on_share />
        <h2>{t!("who-can-read-title")}</h2>
        <WhoCanReadChoice officer choice=share />
        <button
            type="button"
            class="button"
            disabled=move || sending.get()
            on:click=move |_| on_send.run(())
        >
            {move || if sending.get() { t!("sending") } else { button.clone() }}
        </button>
    }
}
