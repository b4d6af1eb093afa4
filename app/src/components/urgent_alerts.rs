//! "Urgent: a child does not feel safe", at the top of the list of an
//! officer, a social worker or a manager, said in words and not by colour.

use domain::requests::Alert;
use leptos::prelude::*;

use crate::api;
use crate::dates::long_date;
use crate::moments::date_and_time;
use crate::t;

/// The alerts this adult must act on; nothing at all when there are none,
/// or when they could not be fetched (the list below still shows).
#[component]
pub fn UrgentAlerts() -> impl IntoView {
    let alerts = LocalResource::new(|| api::get::<Vec<Alert>>("/api/alerts"));
    move || {
        let alerts = alerts.get()?.ok().filter(|alerts| !alerts.is_empty())?;
        let count = alerts.len();
        let lines = alerts
            .into_iter()
            .map(|alert| {
                let (date, time) = date_and_time(alert.raised_at_ms);
                let child = alert.child_first_name;
                // The child's own words, unchanged, so the adult reads them first-hand.
                let said = alert.said.map(|said| {
                    view! {
                        <p>{t!("alert-said", child = child.as_str())}</p>
                        <p class="own-words">{said}</p>
                    }
                });
                view! {
                    <li>
                        <p>
                            {t!(
                                "alert-line", child = child.as_str(), date = long_date(date), time = time
                            )} " " {t!("alert-act")}
                        </p>
                        {said}
                        <a href=format!("/children/{}", alert.child_id)>
                            {t!("alert-open", child = child)}
                        </a>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <section class="warning urgent-alerts" role="alert" aria-labelledby="alerts-title">
                <h2 id="alerts-title" class="warning-title">
                    {t!("alerts-title", count = count)}
                </h2>
                <ul class="list">{lines}</ul>
            </section>
        })
    }
}
