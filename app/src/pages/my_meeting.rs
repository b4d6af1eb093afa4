//! `/my-meeting`: the child's wishes for their review meeting. Saved as
//! they choose, checked, sent; sending again later makes a newer record,
//! and the officer sees the newest.

use domain::contributions::{
    ChairWish, Contribution, ContributionBody, ContributionKind, MyMeeting as Meeting, ShareChoice,
    YesNoNotSure,
};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::components::check_and_send::CheckAndSend;
use crate::components::error_summary::ErrorSummary;
use crate::components::long_text::LongText;
use crate::components::page_loader::PageLoader;
use crate::components::route_announcer::use_page_title;
use crate::components::save_status::SaveStatusLine;
use crate::components::sent_contributions::SentContribution;
use crate::components::sent_notice::{Sending, SentNotice};
use crate::components::text_field::error_for;
use crate::contribution_page::{load_mine, Loaded};
use crate::drafts::{starting_point, Drafts};
use crate::errors::Problem;
use crate::questions::{
    chair_answer, come_answer, optional, question, HELP_DETAILS, NOT_THERE_FOR_SOME, WANT_TO_CHAIR,
    WANT_TO_COME, WHO_I_WANT,
};
use crate::session::use_session;
use crate::t;

const PAGE: &str = "/my-meeting";
const KIND: ContributionKind = ContributionKind::MyMeeting;

/// Loads the draft and the wishes sent before, then shows the step in the address.
#[component]
pub fn MyMeeting() -> impl IntoView {
    let session = use_session();
    let data = LocalResource::new(move || load_mine(session, KIND));
    view! { <PageLoader data loaded=|loaded| view! { <MeetingPage loaded /> } /> }
}

fn meeting_of(body: ContributionBody) -> Meeting {
    match body {
        ContributionBody::MyMeeting(meeting) => meeting,
        _ => Meeting::default(),
    }
}

#[component]
fn MeetingPage(loaded: Loaded) -> impl IntoView {
    let child_id = loaded.child_id;
    let officer = loaded.officer.clone();
    let drafts = Drafts::new(child_id, KIND);
    let meeting = RwSignal::new(Meeting::default());
    let share = RwSignal::new(ShareChoice::default());
    match starting_point(loaded.own_draft(), drafts.waiting()) {
        Some((body, shared_with, unsaved)) => {
            meeting.set(meeting_of(body));
            share.set(shared_with);
            if unsaved {
                if let Some(waiting) = drafts.waiting() {
                    drafts.resume(waiting);
                }
            }
        }
        // Nothing being written: start from the wishes sent last time.
        None => {
            if let Some(last) = loaded.sent.first() {
                meeting.set(meeting_of(last.body.clone()));
                share.set(last.summary.shared_with);
            }
        }
    }
    let latest = RwSignal::new(loaded.sent.into_iter().next());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let sending = Sending::new(loaded.review_id);
    let query = use_query_map();
    let navigate = StoredValue::new(use_navigate());
    let go = move |to: String, replace: bool| {
        navigate.with_value(|navigate| {
            navigate(
                &to,
                NavigateOptions {
                    replace,
                    ..NavigateOptions::default()
                },
            )
        })
    };
    let changed = move || {
        drafts.edited(
            ContributionBody::MyMeeting(meeting.get_untracked()),
            share.get_untracked(),
        )
    };
    let officer_for_check = officer.clone();
    let to_check = move || {
        let body = ContributionBody::MyMeeting(meeting.get_untracked());
        let found = crate::sending::check(&body, &officer_for_check, WANT_TO_COME);
        problems.set(found);
        if problems.read_untracked().is_empty() {
            go(format!("{PAGE}?step=check"), false);
        }
    };
    let officer_for_send = officer.clone();
    let send = move || {
        let body = ContributionBody::MyMeeting(meeting.get_untracked());
        let officer = officer_for_send.clone();
        let shared_with = share.get_untracked();
        sending.send(
            child_id,
            KIND.code(),
            body.clone(),
            shared_with,
            None,
            officer,
            problems,
            move |answer| {
                drafts.sent();
                latest.set(Some(Contribution {
                    summary: answer.contribution,
                    body,
                    additions: Vec::new(),
                    attachments: Vec::new(),
                }));
                go(format!("{PAGE}?step=sent"), true);
            },
        );
    };

    let title = use_page_title();
    move || {
        let officer = officer.clone();
        match query.read().get("step").as_deref() {
            Some("check") => {
                Effect::new(move || title.set(t!("check-title"), !problems.read().is_empty()));
                let send = send.clone();
                view! {
                    <CheckAndSend
                        body=ContributionBody::MyMeeting(meeting.get_untracked())
                        officer
                        share
                        on_share=move |_| changed()
                        change=Some(PAGE)
                        back=PAGE.to_owned()
                        helped=None
                        button=t!("send-wishes-button")
                        problems
                        sending=sending.busy
                        on_send=move |_| send()
                    />
                }
                .into_any()
            }
            Some("sent") if sending.answer.read().is_some() => view! {
                <SentNotice
                    answer=sending.answer.get().unwrap()
                    officer=officer.clone()
                    heading=t!("my-meeting-sent")
                />
                <p>{t!("my-meeting-send-again")}</p>
            }
            .into_any(),
            _ => {
                let heading = t!("my-meeting-title");
                let for_title = heading.clone();
                Effect::new(move || title.set(for_title.clone(), !problems.read().is_empty()));
                let to_check = to_check.clone();
                view! {
                    <a href="/" class="back-link">
                        {t!("back")}
                    </a>
                    <ErrorSummary problems />
                    <h1 tabindex="-1">{heading}</h1>
                    <p>{t!("my-meeting-intro", name = officer.as_str())}</p>
                    <p>{t!("draft-explained")}</p>
                    <form novalidate on:submit=move |ev| {
                        ev.prevent_default();
                        to_check();
                    }>
                        <MeetingFields meeting officer=officer.clone() problems on_change=move |_| changed() />
                        <SaveStatusLine drafts />
                        <button type="submit" class="button">
                            {t!("check-and-send")}
                        </button>
                    </form>
                    {move || {
                        latest
                            .get()
                            .map(|contribution| {
                                view! {
                                    <h2>{t!("my-meeting-last-sent")}</h2>
                                    <SentContribution child_id contribution officer=officer.clone() />
                                }
                            })
                    }}
                }
                .into_any()
            }
        }
    }
}

/// Radios for a one-of-three choice, as a fieldset whose legend is the question.
#[component]
fn Choice<T>(
    id: &'static str,
    legend: String,
    options: Vec<(T, String)>,
    value: Signal<Option<T>>,
    #[prop(into)] on_pick: Callback<T>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    view! {
        <fieldset class="fieldset" id=id tabindex="-1">
            <legend class="legend">{legend}</legend>
            {move || error.get().map(|error| view! { <p class="error-message">{error}</p> })}
            <div class="radios">
                {options
                    .into_iter()
                    .enumerate()
                    .map(|(n, (option, label))| {
                        let option_id = format!("{id}-{n}");
                        view! {
                            <div class="radio">
                                <input
                                    type="radio"
                                    id=option_id.clone()
                                    name=id
                                    prop:checked=move || value.get() == Some(option)
                                    on:change=move |_| on_pick.run(option)
                                />
                                <label for=option_id>{label}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

/// Every part of "My meeting", each optional.
#[component]
fn MeetingFields(
    meeting: RwSignal<Meeting>,
    officer: String,
    problems: RwSignal<Vec<Problem>>,
    #[prop(into)] on_change: Callback<()>,
) -> impl IntoView {
    let set = move |change: Box<dyn FnOnce(&mut Meeting)>| {
        meeting.update(|m| change(m));
        on_change.run(());
    };
    let come = [YesNoNotSure::Yes, YesNoNotSure::No, YesNoNotSure::NotSure]
        .map(|answer| (answer, come_answer(answer)))
        .to_vec();
    let chair = [ChairWish::No, ChairWish::WithHelp, ChairWish::OnMyOwn]
        .map(|answer| (answer, chair_answer(answer)))
        .to_vec();
    type Text = fn(&mut Meeting) -> &mut String;
    let text = move |id: &'static str, hint: Option<String>, part: Text| {
        view! {
            <LongText
                id
                label=optional(question(id, &officer))
                hint=hint.unwrap_or_default()
                value=Signal::derive(move || part(&mut meeting.get()).clone())
                on_input=move |value: String| set(Box::new(move |m| *part(m) = value))
                error=error_for(problems, id)
            />
        }
    };
    type Tick = fn(&mut Meeting) -> &mut bool;
    let ticks: [(&'static str, String, Tick); 3] = [
        ("need-interpreter", t!("meeting-help-interpreter"), |m| {
            &mut m.need_interpreter
        }),
        (
            "need-communication",
            t!("meeting-help-communication"),
            |m| &mut m.need_communication_help,
        ),
        ("need-advocate", t!("meeting-help-advocate"), |m| {
            &mut m.need_advocate
        }),
    ];
    view! {
        <Choice
            id=WANT_TO_COME
            legend=optional(question(WANT_TO_COME, ""))
            options=come
            value=Signal::derive(move || meeting.read().want_to_come)
            on_pick=move |answer| set(Box::new(move |m| m.want_to_come = Some(answer)))
            error=error_for(problems, WANT_TO_COME)
        />
        <Choice
            id=WANT_TO_CHAIR
            legend=optional(question(WANT_TO_CHAIR, ""))
            options=chair
            value=Signal::derive(move || meeting.read().want_to_chair)
            on_pick=move |answer| set(Box::new(move |m| m.want_to_chair = Some(answer)))
            error=error_for(problems, WANT_TO_CHAIR)
        />
        {text(WHO_I_WANT, None, |m| &mut m.who_i_want)}
        {text(NOT_THERE_FOR_SOME, Some(t!("meeting-not-there-hint")), |m| &mut m.not_there_for_some)}
        <fieldset class="fieldset">
            <legend class="legend">{optional(t!("meeting-help"))}</legend>
            <div class="checkboxes">
                {ticks
                    .into_iter()
                    .map(|(id, label, part)| {
                        view! {
                            <div class="checkbox">
                                <input
                                    type="checkbox"
                                    id=id
                                    prop:checked=move || *part(&mut meeting.get())
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        set(Box::new(move |m| *part(m) = on));
                                    }
                                />
                                <label for=id>{label}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
        {text(HELP_DETAILS, Some(t!("meeting-help-details-hint")), |m| &mut m.help_details)}
    }
}
