//! One child on an adult's list: a card, so it reads on a 320 px phone.

use domain::api::CaseloadRow;
use leptos::prelude::*;

use crate::caseload_words::placement_words;
use crate::dates::long_date;
use crate::session::use_session;
use crate::t;

/// Name (linking to the child's page), age, home, officer, last and next review; "Overdue" in words.
#[component]
pub fn ChildCard(row: CaseloadRow, show_officer: bool) -> impl IntoView {
    let officer_title = use_session().officer_title();
    let officer = show_officer.then(|| {
        let name = row
            .officer_name
            .clone()
            .unwrap_or_else(|| t!("caseload-no-officer"));
        view! {
            <div>
                <dt>{t!("caseload-officer", officer = officer_title)}</dt>
                <dd>{name}</dd>
            </div>
        }
    });
    let last = row
        .last_review
        .map_or_else(|| t!("caseload-no-review"), long_date);

    view! {
        <li class="card" class:card-overdue=row.overdue>
            <h2 class="card-title">
                <a href=format!("/children/{}", row.child_id)>{row.name}</a>
            </h2>
            <dl class="facts">
                <div>
                    <dt>{t!("caseload-age")}</dt>
                    <dd>{row.age}</dd>
                </div>
                <div>
                    <dt>{t!("caseload-home")}</dt>
                    <dd>{placement_words(row.placement)}</dd>
                </div>
                {officer}
                <div>
                    <dt>{t!("caseload-last-review")}</dt>
                    <dd>{last}</dd>
                </div>
                <div>
                    <dt>{t!("caseload-next-review")}</dt>
                    <dd>
                        {long_date(row.next_review_due)}
                        {row
                            .overdue
                            .then(|| view! { " " <strong class="tag tag-overdue">{t!("overdue")}</strong> })}
                    </dd>
                </div>
            </dl>
        </li>
    }
}
