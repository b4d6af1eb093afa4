//! `/extra-review`: "I want an extra review". Why (free text, or quick
//! reasons), when, then a check step saying who will read it, then send.
//! What is typed is kept in this tab until the server has it, and the
//! send carries one id across retries, so a dropped connection neither
//! loses the words nor makes two requests.

use domain::api::{ErrorCode, OfficerPage};
use domain::requests::{
    Asking, ExtraReviewAsk, NewRequest, QuickReason, Request, WhenWanted, MAX_REQUEST_TEXT_CHARS,
};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use serde::{Deserialize, Serialize};

use crate::api::{self, error_for_status, Failure};
use crate::components::error_summary::ErrorSummary;
use crate::components::field_help::FieldHelp;
use crate::components::long_text::LongText;
use crate::components::page_loader::PageLoader;
use crate::components::route_announcer::use_page_title;
use crate::components::text_field::error_for;
use crate::dates::long_date;
use crate::drafts::{send_id, sign_in_again};
use crate::errors::Problem;
use crate::officer_words::first_name;
use crate::request_words::{
    ask_problems, quick_reason, when_wanted, QUICK_REASONS, WHEN, WHENS, WHY,
};
use crate::session::use_session;
use crate::{kept_in_tab, sending, t};

const PAGE: &str = "/extra-review";
/// Names the send for its id, and the kept form.
const WHAT: &str = "extra-review";

/// The form as typed: kept in this tab on every change.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
struct Ask {
    why: String,
    quick_reasons: Vec<QuickReason>,
    when: Option<WhenWanted>,
}

fn kept_name(child_id: i64) -> String {
    format!("{WHAT}-{child_id}")
}

#[derive(Clone)]
struct Loaded {
    child_id: i64,
    /// The officer's first name, or "your CISRO".
    officer: String,
}

/// Loads who the child is and who their officer is, then the step in the address.
#[component]
pub fn ExtraReview() -> impl IntoView {
    let session = use_session();
    let data = LocalResource::new(move || async move {
        let me = session.load_me().await?;
        let child_id = me
            .child_id
            .ok_or_else(|| Failure::Api(error_for_status(403)))?;
        let page = api::get::<OfficerPage>(&format!("/api/children/{child_id}/officer")).await?;
        let officer = match page.officer {
            Some(officer) => first_name(&officer.name).to_owned(),
            None => t!("your-officer", officer = session.officer_title()),
        };
        Ok::<_, Failure>(Loaded { child_id, officer })
    });
    view! { <PageLoader data loaded=|loaded| view! { <AskPage loaded /> } /> }
}

#[component]
fn AskPage(loaded: Loaded) -> impl IntoView {
    let Loaded { child_id, officer } = loaded;
    let kept = kept_name(child_id);
    let ask = RwSignal::new(kept_in_tab::kept::<Ask>(&kept).unwrap_or_default());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let busy = RwSignal::new(false);
    let answer = RwSignal::new(None::<Request>);
    let query = use_query_map();
    let navigate = StoredValue::new(use_navigate());
    let go = move |to: &str, replace: bool| {
        navigate.with_value(|navigate| {
            navigate(
                to,
                NavigateOptions {
                    replace,
                    ..NavigateOptions::default()
                },
            )
        })
    };
    let kept_for_change = kept.clone();
    let change = move |edit: Box<dyn FnOnce(&mut Ask)>| {
        ask.update(|a| edit(a));
        kept_in_tab::keep(&kept_for_change, &ask.get_untracked());
    };
    let officer_for_check = officer.clone();
    let to_check = move || {
        let a = ask.get_untracked();
        problems.set(ask_problems(
            &a.why,
            &a.quick_reasons,
            a.when,
            &officer_for_check,
        ));
        if problems.read_untracked().is_empty() {
            go(&format!("{PAGE}?step=check"), false);
        }
    };
    let officer_for_send = officer.clone();
    let send = move || {
        if busy.get_untracked() {
            return;
        }
        let a = ask.get_untracked();
        let Some(when) = a.when else {
            go(PAGE, false);
            return;
        };
        busy.set(true);
        let kept = kept_name(child_id);
        let officer = officer_for_send.clone();
        leptos::task::spawn_local(async move {
            let body = NewRequest {
                send_id: send_id(child_id, WHAT),
                asking: Asking::ExtraReview(ExtraReviewAsk {
                    why: a.why,
                    quick_reasons: a.quick_reasons,
                    when,
                }),
            };
            let path = format!("/api/children/{child_id}/requests");
            let result = api::post::<_, Request>(&path, &body).await;
            sending::settled(child_id, WHAT, &result);
            busy.set(false);
            match result {
                Ok(request) => {
                    kept_in_tab::forget(&kept);
                    // Sent: going back to the form starts a new request.
                    ask.set(Ask::default());
                    problems.set(Vec::new());
                    answer.set(Some(request));
                    go(&format!("{PAGE}?step=sent"), true);
                }
                Err(failure) if failure.code() == Some(ErrorCode::NotSignedIn) => sign_in_again(),
                Err(failure) => problems.set(send_problems(&failure, &officer)),
            }
        });
    };

    let title = use_page_title();
    move || {
        let officer = officer.clone();
        match query.read().get("step").as_deref() {
            Some("check") => {
                Effect::new(move || title.set(t!("check-title"), !problems.read().is_empty()));
                let send = send.clone();
                view! { <CheckStep ask=ask.get_untracked() officer problems busy on_send=move |_| send() /> }
                    .into_any()
            }
            Some("sent") if answer.read().is_some() => {
                view! { <SentStep request=answer.get_untracked().unwrap() officer /> }.into_any()
            }
            _ => {
                let heading = t!("extra-review-title");
                let for_title = heading.clone();
                Effect::new(move || title.set(for_title.clone(), !problems.read().is_empty()));
                let to_check = to_check.clone();
                let change = change.clone();
                view! {
                    <a href="/" class="back-link">
                        {t!("back")}
                    </a>
                    <ErrorSummary problems />
                    <h1 tabindex="-1">{heading}</h1>
                    <p>{t!("extra-review-intro", name = officer.as_str())}</p>
                    <form novalidate on:submit=move |ev| {
                        ev.prevent_default();
                        to_check();
                    }>
                        <AskFields ask problems on_change=move |edit| change(edit) />
                        <button type="submit" class="button">
                            {t!("extra-review-continue")}
                        </button>
                    </form>
                }
                .into_any()
            }
        }
    }
}

type Edit = Box<dyn FnOnce(&mut Ask)>;

/// Why (a box, and quick reasons) and when (radios).
#[component]
fn AskFields(
    ask: RwSignal<Ask>,
    problems: RwSignal<Vec<Problem>>,
    #[prop(into)] on_change: Callback<Edit>,
) -> impl IntoView {
    let when_error = error_for(problems, WHEN);
    view! {
        <fieldset class="fieldset">
            <legend class="legend">{t!("extra-review-reasons-legend")}</legend>
            <p class="hint">{t!("extra-review-reasons-hint")}</p>
            <div class="checkboxes">
                {QUICK_REASONS
                    .into_iter()
                    .enumerate()
                    .map(|(n, reason)| {
                        let id = format!("quick-reason-{n}");
                        view! {
                            <div class="checkbox">
                                <input
                                    type="checkbox"
                                    id=id.clone()
                                    prop:checked=move || ask.read().quick_reasons.contains(&reason)
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        on_change
                                            .run(
                                                Box::new(move |a: &mut Ask| {
                                                    a.quick_reasons.retain(|r| *r != reason);
                                                    if on {
                                                        a.quick_reasons.push(reason);
                                                    }
                                                }),
                                            );
                                    }
                                />
                                <label for=id>{quick_reason(reason)}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
        <LongText
            id=WHY
            label=t!("extra-review-why")
            hint=t!("extra-review-why-hint")
            value=Signal::derive(move || ask.read().why.clone())
            on_input=move |value: String| on_change.run(Box::new(move |a: &mut Ask| a.why = value))
            error=error_for(problems, WHY)
            max=MAX_REQUEST_TEXT_CHARS
        />
        <fieldset class="fieldset" id=WHEN tabindex="-1">
            <legend class="legend">{t!("extra-review-when")}</legend>
            <FieldHelp id=WHEN hint=None error=when_error />
            <div class="radios">
                {WHENS
                    .into_iter()
                    .enumerate()
                    .map(|(n, when)| {
                        let id = format!("when-{n}");
                        view! {
                            <div class="radio">
                                <input
                                    type="radio"
                                    id=id.clone()
                                    name=WHEN
                                    prop:checked=move || ask.read().when == Some(when)
                                    on:change=move |_| {
                                        on_change.run(Box::new(move |a: &mut Ask| a.when = Some(when)))
                                    }
                                />
                                <label for=id>{when_wanted(when)}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

/// Everything asked, each with a "Change" link, who will read it, and Send.
#[component]
fn CheckStep(
    ask: Ask,
    officer: String,
    problems: RwSignal<Vec<Problem>>,
    busy: RwSignal<bool>,
    #[prop(into)] on_send: Callback<()>,
) -> impl IntoView {
    let reasons = if ask.quick_reasons.is_empty() {
        None
    } else {
        Some(
            ask.quick_reasons
                .iter()
                .map(|r| view! { <li>{quick_reason(*r)}</li> })
                .collect_view(),
        )
    };
    let row = |label: String, field: &'static str, answer: AnyView| {
        view! {
            <div>
                <dt>{label.clone()}</dt>
                <dd>{answer}</dd>
                <dd class="change">
                    <a href=format!("{PAGE}#{field}") class="change-link">
                        {t!("check-change")}
                        <span class="visually-hidden">" " {label}</span>
                    </a>
                </dd>
            </div>
        }
    };
    let why = if ask.why.trim().is_empty() {
        view! { <span class="skipped">{t!("check-skipped")}</span> }.into_any()
    } else {
        view! { <span class="own-words">{ask.why.clone()}</span> }.into_any()
    };
    let reasons = match reasons {
        Some(items) => view! { <ul class="plain-list">{items}</ul> }.into_any(),
        None => view! { <span class="skipped">{t!("extra-review-no-reasons")}</span> }.into_any(),
    };
    let when = ask.when.map(when_wanted).unwrap_or_default();
    view! {
        <a href=PAGE class="back-link">
            {t!("back")}
        </a>
        <ErrorSummary problems />
        <h1 tabindex="-1">{t!("check-title")}</h1>
        <dl class="answers">
            {row(t!("extra-review-reasons-legend"), "quick-reason-0", reasons)}
            {row(t!("extra-review-why"), WHY, why)}
            {row(t!("extra-review-when"), WHEN, view! { <span>{when}</span> }.into_any())}
        </dl>
        <h2>{t!("who-can-read-title")}</h2>
        <p class="who-can-read">{t!("extra-review-who-reads", name = officer.as_str())}</p>
        <button
            type="button"
            class="button"
            disabled=move || busy.get()
            on:click=move |_| on_send.run(())
        >
            {move || if busy.get() { t!("sending") } else { t!("extra-review-send") }}
        </button>
    }
}

/// "Your request is sent": what happens next, by when, and where to see it.
#[component]
fn SentStep(request: Request, officer: String) -> impl IntoView {
    let heading = t!("extra-review-sent");
    use_page_title().set(heading.clone(), false);
    let due = long_date(request.answer_due);
    view! {
        <div class="panel panel-done">
            <h1 tabindex="-1">{heading}</h1>
            <p>{t!("extra-review-answer-by", name = officer.as_str(), date = due)}</p>
        </div>
        <p>{t!("extra-review-what-next", name = officer.as_str())}</p>
        <p>
            <a href="/my-requests">{t!("extra-review-see-later")}</a>
        </p>
        <p>
            <a href="/">{t!("go-home")}</a>
        </p>
    }
}

/// What to say when the server turned the request down.
fn send_problems(failure: &Failure, officer: &str) -> Vec<Problem> {
    let general = |text| Problem { field: None, text };
    let error = match failure {
        Failure::Api(error) => error,
        Failure::Network => return vec![general(t!("error-send-offline"))],
        Failure::BadResponse => return vec![general(t!("error-server"))],
    };
    match error.code {
        ErrorCode::InvalidInput | ErrorCode::TooLong | ErrorCode::NothingToSend => {
            let too_long = error.fields.iter().any(|f| f.code == ErrorCode::TooLong);
            if too_long {
                let max = error.limit.unwrap_or(MAX_REQUEST_TEXT_CHARS as u64);
                vec![general(t!("extra-review-error-why-long", max = max))]
            } else {
                vec![general(t!("extra-review-error-why", name = officer))]
            }
        }
        ErrorCode::Forbidden => vec![general(t!("error-send-not-allowed"))],
        _ => vec![general(t!("error-server"))],
    }
}
