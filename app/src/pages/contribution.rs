//! `/children/:id/contributions/:cid`: one contribution, in full, for those
//! the child (or the rule for carers) lets read it. Opening it is what marks
//! it read: the server records that when it answers.

use domain::api::{Me, OfficerPage, Role};
use domain::contributions::{Attachment, Contribution as ContributionData, ContributionBody};
use leptos::prelude::*;

use crate::api::{self, Failure};
use crate::components::contribution_list::read_line;
use crate::components::meeting_wishes::MeetingWishes;
use crate::components::page_loader::PageLoader;
use crate::components::route_announcer::use_page_title;
use crate::dates::long_date;
use crate::review_words::{file_kind, file_size, helped_by, kind, only_reader, person};
use crate::session::use_session;
use crate::t;

/// The contribution in the address (`crate::addresses`).
#[component]
pub fn Contribution(child_id: i64, contribution_id: i64) -> impl IntoView {
    view! { <ContributionLoader child_id contribution_id /> }
}

type Loaded = (Me, OfficerPage, ContributionData);

#[component]
fn ContributionLoader(child_id: i64, contribution_id: i64) -> impl IntoView {
    let session = use_session();
    let data = LocalResource::new(move || async move {
        let me = session.load_me().await?;
        let child = api::get::<OfficerPage>(&format!("/api/children/{child_id}/officer")).await?;
        let path = format!("/api/children/{child_id}/contributions/{contribution_id}");
        let contribution = api::get::<ContributionData>(&path).await?;
        Ok::<Loaded, Failure>((me, child, contribution))
    });
    view! { <PageLoader data loaded=|(me, child, contribution)| page(&me, &child, contribution) /> }
}

fn page(me: &Me, child: &OfficerPage, contribution: ContributionData) -> impl IntoView {
    let officer = use_session().officer_title();
    let name = child.child_first_name.as_str();
    let child_id = child.child_id;
    let summary = &contribution.summary;
    let heading = kind(summary.kind, name);
    use_page_title().set(heading.clone(), false);
    let back = match me.role {
        Role::ReviewingOfficer | Role::SocialWorker | Role::Manager => {
            format!("/children/{child_id}/review")
        }
        Role::Carer => format!("/children/{child_id}/carer-contribution"),
        _ => format!("/children/{child_id}"),
    };
    let agreement = summary.agreement.map(|agreement| match agreement {
        domain::contributions::ChildAgreement::InApp => {
            t!("contribution-agreed-in-app", child = name)
        }
        domain::contributions::ChildAgreement::InPerson => {
            t!("contribution-agreed-in-person", child = name)
        }
    });
    let readers = match only_reader(summary, &officer) {
        Some(one) => view! { <p class="readers">{one}</p> }.into_any(),
        None => view! {
            <p class="readers">{t!("contribution-readers-many")}</p>
            <ul>
                {summary
                    .can_be_read_by
                    .iter()
                    .map(|reader| view! { <li>{person(reader, &officer)}</li> })
                    .collect_view()}
            </ul>
        }
        .into_any(),
    };

    view! {
        <a href=back class="back-link">
            {t!("back")}
        </a>
        <h1 tabindex="-1">{heading}</h1>
        <p>{t!("contribution-from", person = person(&summary.author, &officer))}</p>
        <p>{t!("contribution-sent-on", date = long_date(summary.sent_on))}</p>
        {helped_by(summary, &officer).map(|line| view! { <p>{line}</p> })}
        {agreement.map(|line| view! { <p>{line}</p> })}
        {readers}
        {summary.read_by.iter().map(|r| view! { <p>{read_line(r)}</p> }).collect_view()}
        {body(&contribution.body, name)}
        {attachments(child_id, &contribution.attachments)}
        {(!contribution.additions.is_empty())
            .then(|| {
                view! {
                    <h2>{t!("contribution-additions")}</h2>
                    {contribution
                        .additions
                        .iter()
                        .map(|addition| {
                            view! {
                                <h3>{t!("contribution-added-on", date = long_date(addition.added_on))}</h3>
                                <p class="written">{addition.text.clone()}</p>
                            }
                        })
                        .collect_view()}
                }
            })}
    }
}

/// Each part under its label, the words exactly as written.
fn body(body: &ContributionBody, child: &str) -> AnyView {
    let part = |label: String, text: &str| {
        let text = if text.trim().is_empty() {
            view! { <p class="hint">{t!("contribution-nothing-written")}</p> }.into_any()
        } else {
            view! { <p class="written">{text.to_owned()}</p> }.into_any()
        };
        view! {
            <h2>{label}</h2>
            {text}
        }
    };
    match body {
        ContributionBody::MyViews(views) => view! {
            {part(t!("adult-views-going-well"), &views.going_well)}
            {part(t!("adult-views-not-going-well"), &views.not_going_well)}
            {part(t!("adult-views-want-to-change", child = child), &views.want_to_change)}
            {part(t!("adult-views-anything-else"), &views.anything_else)}
        }
        .into_any(),
        ContributionBody::MyMeeting(wishes) => {
            view! { <MeetingWishes wishes=wishes.clone() child=child.to_owned() /> }.into_any()
        }
        ContributionBody::Carer(carer) => part(t!("adult-carer-text"), &carer.text).into_any(),
    }
}

/// Download links: the server sends each as an attachment, never shown inline.
pub fn attachments(child_id: i64, files: &[Attachment]) -> impl IntoView {
    (!files.is_empty()).then(|| {
        view! {
            <h2>{t!("contribution-attachments")}</h2>
            <ul class="plain-list">
                {files
                    .iter()
                    .map(|file| {
                        let href = format!(
                            "/api/children/{child_id}/attachments/{}",
                            file.attachment_id,
                        );
                        let text = t!(
                            "contribution-attachment",
                            name = file.name.as_str(),
                            kind = file_kind(file.file_kind),
                            size = file_size(file.bytes)
                        );
                        view! {
                            <li>
                                <a href=href download="" rel="external">
                                    {text}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    })
}
