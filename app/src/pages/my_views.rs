//! `/my-views`: the child tells their reviewing officer what they think.
//! Write (saved as they type), check and choose who else may read it, send;
//! then see what was sent and who has read it. A draft their advocate wrote
//! with them waits beside their own until they confirm it.

use domain::contributions::{
    Contribution, ContributionBody, ContributionKind, Draft, MyViews as Views, ShareChoice,
};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::components::answers::Answers;
use crate::components::check_and_send::CheckAndSend;
use crate::components::error_summary::ErrorSummary;
use crate::components::page_loader::PageLoader;
use crate::components::route_announcer::use_page_title;
use crate::components::save_status::SaveStatusLine;
use crate::components::sent_contributions::SentContribution;
use crate::components::sent_notice::{Sending, SentNotice};
use crate::components::views_boxes::ViewsBoxes;
use crate::contribution_page::{load_mine, Loaded};
use crate::drafts::{starting_point, Drafts};
use crate::errors::Problem;
use crate::questions::GOING_WELL;
use crate::session::use_session;
use crate::t;

const PAGE: &str = "/my-views";
const KIND: ContributionKind = ContributionKind::MyViews;

/// Loads the drafts and what was sent, then shows the step in the address.
#[component]
pub fn MyViews() -> impl IntoView {
    let session = use_session();
    let data = LocalResource::new(move || load_mine(session, KIND));
    view! { <PageLoader data loaded=|loaded| view! { <ViewsPage loaded /> } /> }
}

fn views_of(body: ContributionBody) -> Views {
    match body {
        ContributionBody::MyViews(views) => views,
        _ => Views::default(),
    }
}

#[component]
fn ViewsPage(loaded: Loaded) -> impl IntoView {
    let child_id = loaded.child_id;
    let officer = loaded.officer.clone();
    let drafts = Drafts::new(child_id, KIND);
    let start = starting_point(loaded.own_draft(), drafts.waiting());
    let views = RwSignal::new(Views::default());
    let share = RwSignal::new(ShareChoice::default());
    if let Some((body, shared_with, unsaved)) = start {
        views.set(views_of(body.clone()));
        share.set(shared_with);
        if unsaved {
            if let Some(waiting) = drafts.waiting() {
                drafts.resume(waiting);
            }
        }
    }
    let helper = RwSignal::new(loaded.helper_draft());
    let sent = RwSignal::new(loaded.sent);
    let problems = RwSignal::new(Vec::<Problem>::new());
    let sending = Sending::new(loaded.review_id);
    let query = use_query_map();
    let navigate = use_navigate();
    let go = move |to: &str, replace: bool| {
        navigate(
            to,
            NavigateOptions {
                replace,
                ..NavigateOptions::default()
            },
        )
    };
    let go = StoredValue::new(go);

    let changed = move || {
        drafts.edited(
            ContributionBody::MyViews(views.get_untracked()),
            share.get_untracked(),
        )
    };
    let officer_for_check = officer.clone();
    let to_check = move |from: &'static str| {
        if from == "own" {
            let body = ContributionBody::MyViews(views.get_untracked());
            let found = crate::sending::check(&body, &officer_for_check, GOING_WELL);
            if !found.is_empty() {
                problems.set(found);
                return;
            }
        }
        problems.set(Vec::new());
        go.with_value(|go| go(&format!("{PAGE}?step=check&from={from}"), false));
    };

    let officer_for_send = officer.clone();
    let send = move |from_helper: Option<Draft>| {
        let (body, by, what) = match &from_helper {
            Some(draft) => (
                draft.body.clone(),
                Some(draft.author.user_id),
                "my_views-helped",
            ),
            None => (
                ContributionBody::MyViews(views.get_untracked()),
                None,
                KIND.code(),
            ),
        };
        let shared_with = share.get_untracked();
        let officer = officer_for_send.clone();
        sending.send(
            child_id,
            what,
            body.clone(),
            shared_with,
            by,
            officer,
            problems,
            move |answer| {
                if from_helper.is_some() {
                    helper.set(None);
                    // Sending the helper's draft must not cost the child their
                    // own: keep that on the server too.
                    if views.get_untracked() != Views::default() {
                        changed();
                    }
                } else {
                    drafts.sent();
                    views.set(Views::default());
                    share.set(ShareChoice::default());
                }
                sent.update(|list| {
                    if !list
                        .iter()
                        .any(|c| c.summary.contribution_id == answer.contribution.contribution_id)
                    {
                        list.insert(
                            0,
                            Contribution {
                                summary: answer.contribution.clone(),
                                body,
                                additions: Vec::new(),
                                attachments: Vec::new(),
                            },
                        );
                    }
                });
                go.with_value(|go| go(&format!("{PAGE}?step=sent"), true));
            },
        );
    };

    let title = use_page_title();
    move || {
        let step = query.read().get("step");
        let from = query.read().get("from");
        let officer = officer.clone();
        match (step.as_deref(), from.as_deref()) {
            (Some("check"), Some(from)) => {
                let helper_draft = helper.get();
                let from_helper = from == "helper";
                if from_helper && helper_draft.is_none() {
                    return form(
                        &officer,
                        views,
                        problems,
                        drafts,
                        helper,
                        sent,
                        child_id,
                        changed,
                        to_check.clone(),
                    )
                    .into_any();
                }
                Effect::new(move || title.set(t!("check-title"), !problems.read().is_empty()));
                let (body, helped, change) = match &helper_draft {
                    Some(draft) if from_helper => (
                        draft.body.clone(),
                        Some(t!("helped-by-draft", name = draft.author.name.as_str())),
                        None,
                    ),
                    _ => (
                        ContributionBody::MyViews(views.get_untracked()),
                        None,
                        Some(PAGE),
                    ),
                };
                let on_share = move |_| {
                    if !from_helper {
                        changed();
                    }
                };
                let send = send.clone();
                view! {
                    <CheckAndSend
                        body
                        officer
                        share
                        on_share
                        change
                        back=PAGE.to_owned()
                        helped
                        button=t!("send-button")
                        problems
                        sending=sending.busy
                        on_send=move |_| {
                            send(if from_helper { helper_draft.clone() } else { None })
                        }
                    />
                }
                .into_any()
            }
            (Some("sent"), _) if sending.answer.read().is_some() => view! {
                <SentNotice
                    answer=sending.answer.get().unwrap()
                    officer=officer.clone()
                    heading=t!("my-views-sent")
                />
                <SentList child_id sent officer />
            }
            .into_any(),
            _ => form(
                &officer,
                views,
                problems,
                drafts,
                helper,
                sent,
                child_id,
                changed,
                to_check.clone(),
            )
            .into_any(),
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn form(
    officer: &str,
    views: RwSignal<Views>,
    problems: RwSignal<Vec<Problem>>,
    drafts: Drafts,
    helper: RwSignal<Option<Draft>>,
    sent: RwSignal<Vec<Contribution>>,
    child_id: i64,
    changed: impl Fn() + Copy + Send + Sync + 'static,
    to_check: impl Fn(&'static str) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let heading = t!("my-views-title", name = officer);
    let title = use_page_title();
    let for_title = heading.clone();
    Effect::new(move || title.set(for_title.clone(), !problems.read().is_empty()));
    let helper_block = helper.get_untracked().map(|draft| {
        let to_check = to_check.clone();
        view! {
            <section class="panel" aria-labelledby="helper-title">
                <h2 id="helper-title">
                    {t!("helper-draft-title", name = draft.author.name.as_str())}
                </h2>
                <p>{t!("helper-draft-hint")}</p>
                <Answers body=draft.body.clone() officer=officer.to_owned() />
                <button type="button" class="button" on:click=move |_| to_check("helper")>
                    {t!("helper-draft-send")}
                </button>
            </section>
        }
    });
    view! {
        <a href="/" class="back-link">
            {t!("back")}
        </a>
        <ErrorSummary problems />
        <h1 tabindex="-1">{heading}</h1>
        <p>{t!("my-views-intro", name = officer)}</p>
        <p>{t!("draft-explained")}</p>
        {helper_block}
        <form novalidate on:submit=move |ev| {
            ev.prevent_default();
            to_check("own");
        }>
            <ViewsBoxes views officer=officer.to_owned() problems on_change=move |_| changed() />
            <SaveStatusLine drafts />
            <button type="submit" class="button">
                {t!("check-and-send")}
            </button>
        </form>
        <SentList child_id sent officer=officer.to_owned() />
    }
}

/// "What you sent", newest first.
#[component]
fn SentList(child_id: i64, sent: RwSignal<Vec<Contribution>>, officer: String) -> impl IntoView {
    move || {
        let list = sent.get();
        (!list.is_empty()).then(|| {
            let officer = officer.clone();
            view! {
                <h2>{t!("what-you-sent")}</h2>
                {list
                    .into_iter()
                    .map(|contribution| {
                        view! { <SentContribution child_id contribution officer=officer.clone() /> }
                    })
                    .collect_view()}
            }
        })
    }
}
