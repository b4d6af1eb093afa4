//! `/children/:id/requests/:rid`: one child's request for an extra review,
//! as their officer, a manager or their social worker reads it. The
//! officer (or a manager) decides here: agree, with a direction to the
//! team, then book the review; or say no, with reasons, previewed as the
//! child will read them. A social worker reads the decision as their copy.

use domain::api::{ErrorCode, Me, Role};
use domain::requests::{Asking, Decide, Decision, Outcome, Request};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::api::{self, Failure};
use crate::components::decision_for_child::DecisionForChild;
use crate::components::error_summary::ErrorSummary;
use crate::components::field_help::FieldHelp;
use crate::components::long_text::LongText;
use crate::components::page_loader::PageLoader;
use crate::components::route_announcer::use_page_title;
use crate::components::text_field::error_for;
use crate::dates::long_date;
use crate::drafts::sign_in_again;
use crate::errors::Problem;
use crate::officer_words::Viewer;
use crate::request_words::{
    decision_problems, may_decide, quick_reason, standing, step_line, when_wanted, DIRECTION,
    OUTCOME, REASONS,
};
use crate::session::use_session;
use crate::{kept_in_tab, t};

use domain::requests::MAX_DECISION_TEXT_CHARS;

#[component]
pub fn RequestDecision(child_id: i64, request_id: i64) -> impl IntoView {
    view! { <RequestLoader child_id request_id /> }
}

/// The decision form as typed, kept in this tab until the server has it.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
struct Draft {
    agree: Option<bool>,
    direction: String,
    reasons: String,
}

#[derive(Clone, Copy)]
struct PageState {
    data: LocalResource<Result<(Me, Request), Failure>>,
    notice: RwSignal<Option<String>>,
    problems: RwSignal<Vec<Problem>>,
    /// A decision someone else sent first (409), shown instead of losing anything.
    existing: RwSignal<Option<Decision>>,
    /// The officer or manager is correcting the standing decision.
    correcting: RwSignal<bool>,
}

#[component]
fn RequestLoader(child_id: i64, request_id: i64) -> impl IntoView {
    let session = use_session();
    let data = LocalResource::new(move || async move {
        let me = session.load_me().await?;
        let path = format!("/api/children/{child_id}/requests/{request_id}");
        let request = api::get::<Request>(&path).await?;
        Ok::<_, Failure>((me, request))
    });
    let state = PageState {
        data,
        notice: RwSignal::new(None),
        problems: RwSignal::new(Vec::new()),
        existing: RwSignal::new(None),
        correcting: RwSignal::new(false),
    };
    view! { <PageLoader data loaded=move |(me, request)| request_page(state, &me, request) /> }
}

fn request_page(state: PageState, me: &Me, request: Request) -> impl IntoView {
    let child = request.child_first_name.clone();
    let heading = t!("decide-title", child = child.as_str());
    let title = use_page_title();
    let problems = state.problems;
    let for_title = heading.clone();
    Effect::new(move || title.set(for_title.clone(), !problems.read().is_empty()));

    let asked = match &request.asking {
        Asking::ExtraReview(ask) => {
            let reasons = ask
                .quick_reasons
                .iter()
                .map(|r| view! { <li>{quick_reason(*r)}</li> })
                .collect_view();
            let why = if ask.why.trim().is_empty() {
                view! { <p class="skipped">{t!("decide-nothing-written", child = child.as_str())}</p> }
                    .into_any()
            } else {
                view! { <blockquote class="own-words">{ask.why.clone()}</blockquote> }.into_any()
            };
            view! {
                <h2>{t!("decide-child-words", child = child.as_str())}</h2>
                <ul class="plain-list">{reasons}</ul>
                {why}
                <p>{t!("decide-when", when = when_wanted(ask.when))}</p>
            }
            .into_any()
        }
        Asking::Advocate(ask) => view! {
            <p>{t!("decide-advocate-request", child = child.as_str())}</p>
            {(!ask.about.trim().is_empty())
                .then(|| view! { <blockquote class="own-words">{ask.about.clone()}</blockquote> })}
        }
        .into_any(),
    };
    let steps = request
        .steps
        .iter()
        .map(|step| view! { <li>{step_line(step, Viewer::Other, &child)}</li> })
        .collect_view();
    let is_extra = matches!(request.asking, Asking::ExtraReview(_));
    let decided = standing(&request).cloned();
    let deciding = is_extra && decided.is_none() && may_decide(me.role);
    let answer = match decided {
        Some(decision) => {
            let booking = (may_decide(me.role)
                && matches!(decision.outcome, Outcome::Agreed { .. }))
            .then(|| match &request.review_booked {
                Some(review) => view! {
                    <p>{t!("decide-booked", child = child.as_str(), date = long_date(review.on))}</p>
                }
                .into_any(),
                None => view! {
                    <p>
                        <a class="button" href=format!("/children/{}/review", request.child_id)>
                            {t!("decide-book-link", child = child.as_str())}
                        </a>
                    </p>
                }
                .into_any(),
            });
            let earlier = request
                .decisions
                .iter()
                .find(|d| Some(d.decision_id) == decision.corrects)
                .map(|d| d.on);
            // A correction is a new decision that points to this one.
            let correct = may_decide(me.role).then(|| {
                let corrects = decision.decision_id;
                let request = request.clone();
                let correcting = state.correcting;
                move || {
                    if correcting.get() {
                        let request = request.clone();
                        view! {
                            <p class="notice-line">{t!("decide-correcting")}</p>
                            <DecideForm state request corrects=Some(corrects) />
                            <button type="button" class="button button-secondary" on:click=move |_| correcting.set(false)>
                                {t!("decide-keep")}
                            </button>
                        }
                        .into_any()
                    } else {
                        view! {
                            <button type="button" class="button button-secondary" on:click=move |_| correcting.set(true)>
                                {t!("decide-correct-button")}
                            </button>
                        }
                        .into_any()
                    }
                }
            });
            view! {
                <StandingDecision decision copy=me.role == Role::SocialWorker child=child.clone() />
                {earlier.map(|on| view! { <p>{t!("decide-corrects", date = long_date(on))}</p> })}
                {booking}
                {correct}
            }
            .into_any()
        }
        None if deciding => {
            view! { <DecideForm state request=request.clone() corrects=None /> }.into_any()
        }
        None if is_extra => view! {
            <p>{t!("decide-waiting", date = long_date(request.answer_due))}</p>
        }
        .into_any(),
        None => ().into_any(),
    };
    view! {
        <a href="/requests" class="back-link">
            {t!("back")}
        </a>
        <ErrorSummary problems />
        {move || {
            state
                .notice
                .get()
                .map(|text| {
                    view! {
                        <div class="notice" role="status">
                            <p>{text}</p>
                        </div>
                    }
                })
        }}
        <h1 tabindex="-1">{heading}</h1>
        <dl class="facts">
            <div>
                <dt>{t!("requests-asked-on")}</dt>
                <dd>{long_date(request.asked_on)}</dd>
            </div>
            <div>
                <dt>{t!("requests-answer-by")}</dt>
                <dd>
                    {long_date(request.answer_due)}
                    {request
                        .overdue
                        .then(|| view! { " " <strong class="tag tag-overdue">{t!("overdue")}</strong> })}
                </dd>
            </div>
        </dl>
        {asked}
        {answer}
        <h2>{t!("my-requests-steps")}</h2>
        <ol class="steps">{steps}</ol>
    }
}

/// The decision that stands; for a social worker, headed as their copy.
#[component]
fn StandingDecision(decision: Decision, copy: bool, child: String) -> impl IntoView {
    let heading = if copy {
        t!("decide-copy-title")
    } else {
        t!("decide-decision-title")
    };
    let (line, text) = match &decision.outcome {
        Outcome::Agreed { direction } => (
            t!(
                "decide-agreed-by",
                name = decision.by_name.as_str(),
                date = long_date(decision.on)
            ),
            direction.clone(),
        ),
        Outcome::Declined { reasons } => (
            t!(
                "decide-declined-by",
                name = decision.by_name.as_str(),
                date = long_date(decision.on)
            ),
            reasons.clone(),
        ),
    };
    let label = match decision.outcome {
        Outcome::Agreed { .. } => t!("decide-direction-label"),
        Outcome::Declined { .. } => t!("decide-reasons-shown", child = child.as_str()),
    };
    view! {
        <section class="section decision">
            <h2>{heading}</h2>
            <p>{line}</p>
            <h3>{label}</h3>
            <blockquote class="reasons own-words">{text}</blockquote>
        </section>
    }
}

#[component]
fn DecideForm(state: PageState, request: Request, corrects: Option<i64>) -> impl IntoView {
    let child = request.child_first_name.clone();
    let child_id = request.child_id;
    let request_id = request.request_id;
    let kept = match corrects {
        None => format!("decision-{request_id}"),
        Some(decision) => format!("decision-{request_id}-corrects-{decision}"),
    };
    let draft = RwSignal::new(kept_in_tab::kept::<Draft>(&kept).unwrap_or_default());
    let busy = RwSignal::new(false);
    let problems = state.problems;
    let by_name = use_session()
        .me()
        .map(|me| me.display_name)
        .unwrap_or_default();
    let kept_for_change = kept.clone();
    let change = move |edit: Box<dyn FnOnce(&mut Draft)>| {
        draft.update(|d| edit(d));
        kept_in_tab::keep(&kept_for_change, &draft.get_untracked());
    };
    let child_for_send = child.clone();
    let send = move || {
        if busy.get_untracked() {
            return;
        }
        let d = draft.get_untracked();
        let outcome = match decision_problems(d.agree, &d.direction, &d.reasons, &child_for_send) {
            Ok(outcome) => outcome,
            Err(found) => {
                problems.set(found);
                return;
            }
        };
        busy.set(true);
        let kept = kept.clone();
        let child = child_for_send.clone();
        leptos::task::spawn_local(async move {
            let path = format!("/api/children/{child_id}/requests/{request_id}/decision");
            let body = Decide { outcome, corrects };
            let result = api::post::<_, Request>(&path, &body).await;
            busy.set(false);
            match result {
                Ok(_) => {
                    kept_in_tab::forget(&kept);
                    problems.set(Vec::new());
                    state.correcting.set(false);
                    state.notice.set(Some(t!("decide-sent")));
                    state.data.refetch();
                }
                Err(failure) if failure.code() == Some(ErrorCode::NotSignedIn) => sign_in_again(),
                Err(Failure::Api(error)) if error.code == ErrorCode::AlreadyDecided => {
                    state.existing.set(error.decision.map(|d| *d));
                    problems.set(vec![Problem {
                        field: None,
                        text: t!("decide-error-already"),
                    }]);
                }
                Err(failure) => problems.set(decide_problems(&failure, &child)),
            }
        });
    };
    let agree_error = error_for(problems, OUTCOME);
    let options = [
        (true, t!("decide-agree", child = child.as_str())),
        (false, t!("decide-decline")),
    ];
    let preview_by = by_name.clone();
    let preview = move || {
        let d = draft.get();
        (d.agree == Some(false) && !d.reasons.trim().is_empty()).then(|| {
            view! {
                <section class="section preview" aria-labelledby="preview-title">
                    <h2 id="preview-title">{t!("decide-preview-title", child = child.as_str())}</h2>
                    <div class="preview-box">
                        <DecisionForChild
                            by=preview_by.clone()
                            outcome=Outcome::Declined {
                                reasons: d.reasons.clone(),
                            }
                        />
                    </div>
                </section>
            }
        })
    };
    let child_for_existing = request.child_first_name.clone();
    let reasons_hint = t!(
        "decide-reasons-hint",
        child = request.child_first_name.as_str()
    );
    let who_reads = t!(
        "decide-who-reads",
        child = request.child_first_name.as_str()
    );
    let change_for_direction = change.clone();
    let change_for_reasons = change.clone();
    view! {
        {move || {
            state
                .existing
                .get()
                .map(|decision| {
                    view! {
                        <StandingDecision
                            decision
                            copy=false
                            child=child_for_existing.clone()
                        />
                    }
                })
        }}
        <h2>{t!("decide-form-title")}</h2>
        <form novalidate on:submit=move |ev| {
            ev.prevent_default();
            send();
        }>
            <fieldset class="fieldset" id=OUTCOME tabindex="-1">
                <legend class="legend">{t!("decide-legend")}</legend>
                <FieldHelp id=OUTCOME hint=None error=agree_error />
                <div class="radios">
                    {options
                        .into_iter()
                        .enumerate()
                        .map(|(n, (agree, label))| {
                            let id = format!("outcome-{n}");
                            let change = change.clone();
                            view! {
                                <div class="radio">
                                    <input
                                        type="radio"
                                        id=id.clone()
                                        name=OUTCOME
                                        prop:checked=move || draft.read().agree == Some(agree)
                                        on:change=move |_| change(Box::new(move |d| d.agree = Some(agree)))
                                    />
                                    <label for=id>{label}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
            <Show when=move || draft.read().agree == Some(true)>
                <LongText
                    id=DIRECTION
                    label=t!("decide-direction-label")
                    hint=t!("decide-direction-hint")
                    value=Signal::derive(move || draft.read().direction.clone())
                    on_input={
                        let change = change_for_direction.clone();
                        move |value: String| change(Box::new(move |d| d.direction = value))
                    }
                    error=error_for(problems, DIRECTION)
                    max=MAX_DECISION_TEXT_CHARS
                />
            </Show>
            <Show when=move || draft.read().agree == Some(false)>
                <LongText
                    id=REASONS
                    label=t!("decide-reasons-label")
                    hint=reasons_hint.clone()
                    value=Signal::derive(move || draft.read().reasons.clone())
                    on_input={
                        let change = change_for_reasons.clone();
                        move |value: String| change(Box::new(move |d| d.reasons = value))
                    }
                    error=error_for(problems, REASONS)
                    max=MAX_DECISION_TEXT_CHARS
                />
            </Show>
            {preview}
            <p class="who-can-read">{who_reads}</p>
            <button type="submit" class="button" disabled=move || busy.get()>
                {move || if busy.get() { t!("sending") } else { t!("decide-send") }}
            </button>
        </form>
    }
}

/// What to say when the server turned the decision down.
fn decide_problems(failure: &Failure, child: &str) -> Vec<Problem> {
    let error = match failure {
        Failure::Api(error) => error,
        Failure::Network => return vec![Problem::at(OUTCOME, t!("decide-error-offline"))],
        Failure::BadResponse => return vec![Problem::at(OUTCOME, t!("error-server"))],
    };
    match error.code {
        ErrorCode::InvalidInput | ErrorCode::TooLong => {
            let field = error.fields.first();
            match field.map(|f| (f.field.as_str(), f.code)) {
                Some((_, ErrorCode::TooLong)) => vec![Problem::at(
                    OUTCOME,
                    t!(
                        "decide-error-too-long",
                        max = error.limit.unwrap_or(MAX_DECISION_TEXT_CHARS as u64)
                    ),
                )],
                Some(("direction", _)) => {
                    vec![Problem::at(DIRECTION, t!("decide-error-direction"))]
                }
                _ => vec![Problem::at(
                    REASONS,
                    t!("decide-error-reasons", child = child),
                )],
            }
        }
        ErrorCode::Forbidden => vec![Problem::at(
            OUTCOME,
            t!("decide-error-not-allowed", child = child),
        )],
        _ => vec![Problem::at(OUTCOME, t!("error-server"))],
    }
}
