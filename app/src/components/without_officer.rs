//! For managers: children past the appointment deadline with no officer.

use domain::api::WithoutOfficerRow;
use leptos::prelude::*;

use crate::dates::long_date;
use crate::session::use_session;
use crate::t;

/// "Children without a CISRO", each with how many working days they have waited.
#[component]
pub fn WithoutOfficer(rows: Vec<WithoutOfficerRow>) -> impl IntoView {
    let officer = use_session().officer_title();
    let heading = t!("without-officer-title", officer = officer.as_str());
    let body = if rows.is_empty() {
        view! { <p>{t!("without-officer-none", officer = officer.as_str())}</p> }.into_any()
    } else {
        let cards = rows
            .into_iter()
            .map(|row| {
                let days = t!(
                    "without-officer-days",
                    days = row.working_days_in_care,
                    officer = officer.as_str()
                );
                view! {
                    <li class="card card-overdue">
                        <h3 class="card-title">
                            <a href=format!("/children/{}", row.child_id)>{row.name}</a>
                        </h3>
                        <p>{days}</p>
                        <p>{t!("in-care-since", date = long_date(row.looked_after_since))}</p>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="cards">{cards}</ul> }.into_any()
    };

    view! {
        <section class="section" aria-labelledby="without-officer-title">
            <h2 id="without-officer-title">{heading}</h2>
            {body}
        </section>
    }
}
