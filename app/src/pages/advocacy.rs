//! `/advocacy`: the advocacy service's list of children waiting for an
//! advocate, for advocates and managers. An advocate takes one on here; the
//! child's home then shows who their advocate is.

use domain::api::{ErrorCode, Me, Role};
use domain::requests::{Allocate, RequestListItem};
use leptos::prelude::*;

use crate::api::{self, Failure};
use crate::components::page_loader::PageLoader;
use crate::components::route_announcer::use_page_title;
use crate::dates::long_date;
use crate::session::use_session;
use crate::t;

/// Loads the waiting requests and lists them.
#[component]
pub fn Advocacy() -> impl IntoView {
    let session = use_session();
    let data = LocalResource::new(move || async move {
        let me = session.load_me().await?;
        let waiting = api::get::<Vec<RequestListItem>>("/api/advocate-requests").await?;
        Ok::<(Me, Vec<RequestListItem>), Failure>((me, waiting))
    });
    view! { <PageLoader data loaded=|(me, waiting)| waiting_list(me.role, waiting) /> }
}

fn waiting_list(role: Role, waiting: Vec<RequestListItem>) -> impl IntoView {
    use_page_title().set(t!("advocacy-title"), false);
    let advocate = role == Role::Advocate;
    let items = waiting
        .into_iter()
        .map(|item| view! { <Waiting item advocate /> })
        .collect_view();
    view! {
        <h1 tabindex="-1">{t!("advocacy-title")}</h1>
        {(role == Role::Manager).then(|| view! { <p>{t!("advocacy-manager-note")}</p> })}
        {if items.is_empty() {
            view! { <p>{t!("advocacy-none")}</p> }.into_any()
        } else {
            view! { <ul class="cards">{items}</ul> }.into_any()
        }}
    }
}

/// One child waiting: when they asked, whether it is overdue, and (for an
/// advocate) "Take this on".
#[component]
fn Waiting(item: RequestListItem, advocate: bool) -> impl IntoView {
    let child = item.child_first_name.clone();
    let said = RwSignal::new(None::<String>);
    let taken = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let take = {
        let child = child.clone();
        move |_| {
            let child = child.clone();
            busy.set(true);
            leptos::task::spawn_local(async move {
                let path = format!("/api/advocate-requests/{}/allocation", item.request_id);
                let result =
                    api::post::<_, serde::de::IgnoredAny>(&path, &Allocate::default()).await;
                let text = match result {
                    // Some answers carry no body to read: the server still said yes.
                    Ok(_) | Err(Failure::BadResponse) => {
                        taken.set(true);
                        t!("advocacy-taken", child = child)
                    }
                    Err(failure) if failure.code() == Some(ErrorCode::AlreadyDecided) => {
                        t!("advocacy-already-taken")
                    }
                    Err(_) => t!("advocacy-failed"),
                };
                said.set(Some(text));
                busy.set(false);
            });
        }
    };
    let child_page = format!("/children/{}", item.child_id);
    view! {
        <li class="card">
            <h2 class="card-title">
                <a href=child_page>{child.clone()}</a>
            </h2>
            <p>{t!("advocacy-asked", child = child.as_str(), date = long_date(item.asked_on))}</p>
            {item
                .overdue
                .then(|| {
                    view! {
                        <p>
                            <strong class="tag tag-overdue">
                                {t!("advocacy-overdue", date = long_date(item.answer_due))}
                            </strong>
                        </p>
                    }
                })}
            {advocate
                .then(|| {
                    view! {
                        <Show when=move || !taken.get()>
                            <button
                                type="button"
                                class="button"
                                disabled=move || busy.get()
                                on:click=take.clone()
                            >
                                {t!("advocacy-take", child = child.as_str())}
                            </button>
                        </Show>
                    }
                })}
            <p role="status">{move || said.get()}</p>
        </li>
    }
}
