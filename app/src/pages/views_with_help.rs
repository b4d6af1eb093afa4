//! `/children/:id/views-with-help`: an advocate writes a child's views with
//! them. It saves as the advocate's own draft, which the child sees and can
//! confirm in the app; or the advocate sends it, recording that the child
//! agreed to it in person. The child's own draft is never touched.

use domain::contributions::{
    Contribution, ContributionBody, ContributionKind, MyViews, ShareChoice,
};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::components::check_and_send::CheckAndSend;
use crate::components::error_summary::ErrorSummary;
use crate::components::page_loader::PageLoader;
use crate::components::route_announcer::use_page_title;
use crate::components::save_status::SaveStatusLine;
use crate::components::sent_contributions::SentContribution;
use crate::components::sent_notice::{Sending, SentNotice};
use crate::components::views_boxes::ViewsBoxes;
use crate::contribution_page::{load_for, Loaded};
use crate::drafts::{starting_point, Drafts};
use crate::errors::Problem;
use crate::questions::GOING_WELL;
use crate::session::use_session;
use crate::t;

const KIND: ContributionKind = ContributionKind::MyViews;

/// The page for the child in the address (`crate::addresses`).
#[component]
pub fn ViewsWithHelp(child_id: i64) -> impl IntoView {
    let session = use_session();
    let data = LocalResource::new(move || load_for(session, child_id, KIND));
    view! { <PageLoader data loaded=|loaded| view! { <WithHelpPage loaded /> } /> }
}

#[component]
fn WithHelpPage(loaded: Loaded) -> impl IntoView {
    let child_id = loaded.child_id;
    let child = loaded.child_first_name.clone();
    let officer = loaded.officer.clone();
    let page = format!("/children/{child_id}/views-with-help");
    let page_static: &'static str = Box::leak(page.clone().into_boxed_str());
    let drafts = Drafts::new(child_id, KIND);
    let views = RwSignal::new(MyViews::default());
    let share = RwSignal::new(ShareChoice::default());
    if let Some((body, shared_with, unsaved)) = starting_point(loaded.own_draft(), drafts.waiting())
    {
        if let ContributionBody::MyViews(body) = body {
            views.set(body);
        }
        share.set(shared_with);
        if unsaved {
            if let Some(waiting) = drafts.waiting() {
                drafts.resume(waiting);
            }
        }
    }
    let sent = RwSignal::new(loaded.sent);
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
            ContributionBody::MyViews(views.get_untracked()),
            share.get_untracked(),
        )
    };
    let officer_for_check = officer.clone();
    let to_check = move || {
        let body = ContributionBody::MyViews(views.get_untracked());
        problems.set(crate::sending::check(&body, &officer_for_check, GOING_WELL));
        if problems.read_untracked().is_empty() {
            go(format!("{page_static}?step=check"), false);
        }
    };
    let officer_for_send = officer.clone();
    let send = move || {
        let body = ContributionBody::MyViews(views.get_untracked());
        let officer = officer_for_send.clone();
        sending.send(
            child_id,
            KIND.code(),
            body.clone(),
            share.get_untracked(),
            None,
            officer,
            problems,
            move |answer| {
                drafts.sent();
                views.set(MyViews::default());
                share.set(ShareChoice::default());
                sent.update(|list| {
                    list.insert(
                        0,
                        Contribution {
                            summary: answer.contribution,
                            body,
                            additions: Vec::new(),
                            attachments: Vec::new(),
                        },
                    )
                });
                go(format!("{page_static}?step=sent"), true);
            },
        );
    };

    let title = use_page_title();
    move || {
        let officer = officer.clone();
        let child = child.clone();
        match query.read().get("step").as_deref() {
            Some("check") => {
                Effect::new(move || title.set(t!("check-title"), !problems.read().is_empty()));
                let send = send.clone();
                view! {
                    <CheckAndSend
                        body=ContributionBody::MyViews(views.get_untracked())
                        officer
                        share
                        on_share=move |_| changed()
                        change=Some(page_static)
                        back=page.clone()
                        helped=None
                        button=t!("with-help-send", child = child.as_str())
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
                    heading=t!("with-help-sent", child = child.as_str())
                />
            }
            .into_any(),
            _ => {
                let heading = t!("with-help-title", child = child.as_str());
                let for_title = heading.clone();
                Effect::new(move || title.set(for_title.clone(), !problems.read().is_empty()));
                let to_check = to_check.clone();
                view! {
                    <a href=format!("/children/{child_id}") class="back-link">
                        {t!("back")}
                    </a>
                    <ErrorSummary problems />
                    <h1 tabindex="-1">{heading}</h1>
                    <p>{t!("with-help-intro", child = child.as_str(), name = officer.as_str())}</p>
                    <form novalidate on:submit=move |ev| {
                        ev.prevent_default();
                        to_check();
                    }>
                        <ViewsBoxes views officer=officer.clone() problems on_change=move |_| changed() />
                        <SaveStatusLine drafts />
                        <button type="submit" class="button">
                            {t!("check-and-send")}
                        </button>
                    </form>
                    {move || {
                        let list = sent.get();
                        (!list.is_empty())
                            .then(|| {
                                let officer = officer.clone();
                                view! {
                                    <h2>{t!("with-help-sent-before")}</h2>
                                    {list
                                        .into_iter()
                                        .map(|contribution| {
                                            view! { <SentContribution child_id contribution officer=officer.clone() /> }
                                        })
                                        .collect_view()}
                                }
                            })
                    }}
                }
                .into_any()
            }
        }
    }
}
