//! `/requests`: the requests an adult must answer or follow: an officer's
//! children's, a social worker's (extra reviews), or all of them for a
//! manager. Each as a card with who asked, when, the answer-by date and
//! "Overdue" in words.

use domain::requests::{RequestKind, RequestListItem};
use leptos::prelude::*;

use crate::api;
use crate::components::page_loader::PageLoader;
use crate::components::route_announcer::use_page_title;
use crate::dates::long_date;
use crate::request_words::{kind_words, state_words};
use crate::t;

#[component]
pub fn RequestsList() -> impl IntoView {
    let data = LocalResource::new(|| api::get::<Vec<RequestListItem>>("/api/requests"));
    view! { <PageLoader data loaded=requests_page /> }
}

fn requests_page(items: Vec<RequestListItem>) -> impl IntoView {
    let heading = t!("requests-title");
    use_page_title().set(heading.clone(), false);
    let list = if items.is_empty() {
        view! { <p>{t!("requests-none")}</p> }.into_any()
    } else {
        view! { <ul class="cards">{items.into_iter().map(card).collect_view()}</ul> }.into_any()
    };
    view! {
        <a href="/" class="back-link">
            {t!("back")}
        </a>
        <h1 tabindex="-1">{heading}</h1>
        {list}
    }
}

fn card(item: RequestListItem) -> impl IntoView {
    // Advocate requests are answered on the advocacy pages; an extra
    // review on its own page.
    let href = match item.kind {
        RequestKind::ExtraReview => {
            format!("/children/{}/requests/{}", item.child_id, item.request_id)
        }
        RequestKind::Advocate => format!("/children/{}", item.child_id),
    };
    let title = t!(
        "requests-card-title",
        child = item.child_first_name.as_str(),
        kind = kind_words(item.kind)
    );
    view! {
        <li class="card" class:card-overdue=item.overdue>
            <h2 class="card-title">
                <a href=href>{title}</a>
            </h2>
            <dl class="facts">
                <div>
                    <dt>{t!("requests-asked-on")}</dt>
                    <dd>{long_date(item.asked_on)}</dd>
                </div>
                <div>
                    <dt>{t!("requests-answer-by")}</dt>
                    <dd>
                        {long_date(item.answer_due)}
                        {item
                            .overdue
                            .then(|| view! { " " <strong class="tag tag-overdue">{t!("overdue")}</strong> })}
                    </dd>
                </div>
                <div>
                    <dt>{t!("requests-state")}</dt>
                    <dd>{state_words(item.state)}</dd>
                </div>
            </dl>
        </li>
    }
}
