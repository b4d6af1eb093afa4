//! A child's reviewing officer: who, how to reach them, and when the next
//! review is. What a child sees first; adults who work with them see it too.

use domain::api::{Me, OfficerPage};
use leptos::prelude::*;

use crate::api::{self, Failure};
use crate::components::contact_links::ContactLinks;
use crate::components::lazy_page::LazyPage;
use crate::components::my_advocate::MyAdvocate;
use crate::components::officer_card::OfficerCard;
use crate::components::page_loader::PageLoader;
use crate::components::read_aloud::ReadAloud;
use crate::components::route_announcer::use_page_title;
use crate::officer_words::{first_name, OfficerWords, Viewer};
use crate::session::use_session;
use crate::{lazy_pages, t};

/// Loads and shows one child's officer page.
#[component]
pub fn MyOfficer(child_id: i64) -> impl IntoView {
    let session = use_session();
    let data = LocalResource::new(move || async move {
        let me = session.load_me().await?;
        let path = format!("/api/children/{child_id}/officer");
        let page = api::get::<OfficerPage>(&path).await?;
        Ok::<(Me, OfficerPage), Failure>((me, page))
    });
    view! { <PageLoader data loaded=|(me, page)| officer_page(&me, &page) /> }
}

fn officer_page(me: &Me, page: &OfficerPage) -> impl IntoView {
    let officer = use_session().officer_title();
    let viewer = Viewer::of(me.child_id, page.child_id);
    let words = OfficerWords {
        page,
        viewer,
        officer: &officer,
    };
    let heading = words.heading();
    use_page_title().set(heading.clone(), false);

    let siblings: Vec<String> = page.siblings.iter().map(|s| words.sibling(s)).collect();
    let who = match (&page.officer, words.since()) {
        (Some(contact), Some(since)) => {
            view! { <OfficerCard officer=contact.clone() since siblings /> }.into_any()
        }
        _ => {
            let worker = page.social_worker.clone();
            view! {
                <div class="officer-card">
                    <p>{words.no_officer()}</p>
                    {worker
                        .map(|worker| {
                            view! {
                                <p>{words.ask_social_worker(&worker.name)}</p>
                                <ContactLinks email=worker.email phone=worker.phone />
                            }
                        })}
                    {siblings.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
                </div>
            }
            .into_any()
        }
    };

    let mine = viewer == Viewer::Myself;
    let next = words.next_review();
    // A child's home is where they act: their next review and what they
    // can do about it come first.
    let actions = mine.then(|| {
        let name = page.officer.as_ref().map_or_else(
            || t!("your-officer", officer = officer.as_str()),
            |o| first_name(&o.name).to_owned(),
        );
        view! {
            <p class="next-review">{next.clone()}</p>
            <ul class="actions">
                <li>
                    <a class="action" href="/my-views">
                        {t!("home-tell", name = name)}
                    </a>
                </li>
                <li>
                    <a class="action" href="/my-meeting">
                        {t!("home-my-meeting")}
                    </a>
                </li>
                <li>
                    <a class="action" href="/extra-review">
                        {t!("home-extra-review")}
                    </a>
                </li>
                <li>
                    <a class="action" href="/my-requests">
                        {t!("home-my-requests")}
                    </a>
                </li>
                <li>
                    <a class="action" href="/advocate">
                        {t!("home-advocate")}
                    </a>
                </li>
                <li>
                    <a class="action" href="/rights">
                        {t!("rights-link")}
                    </a>
                </li>
            </ul>
        }
    });
    // Only the child answers a suggestion, and only when one waits does its
    // code load: it never holds up or weighs on the home page.
    let child_id = page.child_id;
    let offer = (mine && page.advocate_offer_waiting).then(|| {
        view! { <LazyPage page=move || lazy_pages::advocate_offer(child_id) words="advocate_offer" /> }
    });
    let advocate = page.advocate.clone().map(|advocate| {
        let child = page.child_first_name.clone();
        view! { <MyAdvocate advocate mine child /> }
    });

    // "Read this to me": the heading and when the next review is.
    let read = mine.then(|| {
        let text = format!("{heading}.\n{next}");
        view! { <ReadAloud text=move || text.clone() /> }
    });
    view! {
        <h1 tabindex="-1">{heading}</h1>
        {read}
        {offer}
        {actions}
        {who}
        {advocate}
        <h2>{words.reviews_heading()}</h2>
        {mine.then(|| view! { <p>{t!("review-explained")}</p> })}
        <p>{words.last_review()}</p>
        {(!mine).then(|| view! { <p class="next-review">{next}</p> })}
    }
}
