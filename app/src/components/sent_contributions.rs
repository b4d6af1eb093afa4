//! What the child has sent, each with the date, who can read it, who has
//! read it, who helped, what they added later, and "I want to add something".

use domain::api::ErrorCode;
use domain::contributions::Contribution;
use leptos::prelude::*;

use crate::components::answers::Answers;
use crate::components::long_text::LongText;
use crate::components::share_choice::WhoCanRead;
use crate::contribution_words::{helped_by, read_receipt, who_can_read_sent};
use crate::dates::long_date;
use crate::drafts::sign_in_again;
use crate::sending;
use crate::session::use_session;
use crate::t;

/// One sent contribution, as its author sees it.
#[component]
pub fn SentContribution(
    child_id: i64,
    contribution: Contribution,
    officer: String,
) -> impl IntoView {
    let title = use_session().officer_title();
    let contribution = RwSignal::new(contribution);
    move || {
        let c = contribution.get();
        let summary = &c.summary;
        let (line, names) = who_can_read_sent(summary, &title);
        let receipts: Vec<String> = summary.read_by.iter().map(read_receipt).collect();
        let id = summary.contribution_id;
        view! {
            <article class="sent" aria-labelledby=format!("sent-{id}")>
                <h3 id=format!("sent-{id}")>{t!("sent-on", date = long_date(summary.sent_on))}</h3>
                <Answers body=c.body.clone() officer=officer.clone() />
                {c
                    .additions
                    .iter()
                    .map(|addition| {
                        view! {
                            <h4>{t!("added-on", date = long_date(addition.added_on))}</h4>
                            <p class="own-words">{addition.text.clone()}</p>
                        }
                    })
                    .collect_view()}
                {helped_by(summary, &title).map(|line| view! { <p>{line}</p> })}
                <WhoCanRead line names />
                {if receipts.is_empty() {
                    view! { <p class="receipt">{t!("not-read-yet")}</p> }.into_any()
                } else {
                    receipts
                        .into_iter()
                        .map(|line| view! { <p class="receipt">{line}</p> })
                        .collect_view()
                        .into_any()
                }}
                <AddSomething child_id contribution />
            </article>
        }
    }
}

/// "I want to add something": a box that opens under the contribution.
#[component]
fn AddSomething(child_id: i64, contribution: RwSignal<Contribution>) -> impl IntoView {
    let id = contribution.with_untracked(|c| c.summary.contribution_id);
    let open = RwSignal::new(false);
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let sending = RwSignal::new(false);
    // Ids must be unique on a page that lists several contributions; a
    // few bytes per contribution shown, for as long as the page lives.
    let field: &'static str = Box::leak(format!("addition-{id}").into_boxed_str());
    let add = move |_| {
        if sending.get_untracked() {
            return;
        }
        let words = text.get_untracked();
        if words.trim().is_empty() {
            error.set(Some(t!("error-add-empty")));
            return;
        }
        sending.set(true);
        leptos::task::spawn_local(async move {
            let result = sending::add(child_id, id, words).await;
            sending.set(false);
            match result {
                Ok(updated) => {
                    contribution.set(updated);
                }
                Err(failure) if failure.code() == Some(ErrorCode::NotSignedIn) => sign_in_again(),
                Err(failure) => {
                    let problem = sending::problems(&failure, "");
                    error.set(problem.into_iter().next().map(|p| p.text));
                }
            }
        });
    };
    view! {
        <Show
            when=move || open.get()
            fallback=move || {
                view! {
                    <button type="button" class="button button-secondary" on:click=move |_| open.set(true)>
                        {t!("add-something")}
                    </button>
                }
            }
        >
            <LongText
                id=field
                label=t!("add-label")
                value=text
                on_input=move |value| text.set(value)
                error=error
            />
            <button
                type="button"
                class="button"
                disabled=move || sending.get()
                aria-disabled=move || sending.get().then_some("true")
                on:click=add
            >
                {t!("add-button")}
            </button>
        </Show>
    }
}
