//! "Suggest an advocate", for a child's officer, carer or social worker.
//! Only the child can take it up; after a recent "no" the server refuses,
//! and this says when it may be asked again.

use domain::api::{ErrorCode, OfficerPage};
use domain::requests::{Referral, ReferralAnswer, SuggestAdvocate as Suggest};
use leptos::prelude::*;

use crate::api::{self, Failure};
use crate::dates::long_date;
use crate::drafts::{forget_send_id, send_id};
use crate::t;

/// Names this send in `drafts::send_id`.
const SEND_NAME: &str = "suggest-advocate";

/// The button, and what came of pressing it.
#[component]
pub fn SuggestAdvocate(child_id: i64) -> impl IntoView {
    let child = LocalResource::new(move || async move {
        api::get::<OfficerPage>(&format!("/api/children/{child_id}/officer"))
            .await
            .map(|page| page.child_first_name)
    });
    let said = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let suggest = move |child_name: String| {
        busy.set(true);
        leptos::task::spawn_local(async move {
            let path = format!("/api/children/{child_id}/referrals");
            let body = Suggest {
                send_id: send_id(child_id, SEND_NAME),
            };
            let result = api::post::<_, Referral>(&path, &body).await;
            let keep_id = matches!(result, Err(Failure::Network))
                || result.as_ref().err().and_then(Failure::code) == Some(ErrorCode::ServerError);
            if !keep_id {
                forget_send_id(child_id, SEND_NAME);
            }
            let text = match result {
                Ok(_) => t!("suggest-advocate-sent", child = child_name),
                Err(Failure::Api(error)) if error.code == ErrorCode::AskedRecently => {
                    asked_recently(child_id, &child_name, error.from).await
                }
                Err(Failure::Api(error)) if error.code == ErrorCode::Forbidden => {
                    t!("suggest-advocate-not-allowed", child = child_name)
                }
                Err(_) => t!("suggest-advocate-failed"),
            };
            said.set(Some(text));
            busy.set(false);
        });
    };
    move || {
        let name = child.get()?.ok()?;
        let hint = t!("suggest-advocate-hint", child = name.as_str());
        Some(view! {
            <div class="suggest-advocate">
                <p id="suggest-advocate-hint" class="hint">{hint}</p>
                <button
                    type="button"
                    class="button button-secondary"
                    aria-describedby="suggest-advocate-hint"
                    disabled=move || busy.get()
                    on:click=move |_| suggest(name.clone())
                >
                    {t!("suggest-advocate")}
                </button>
                <p role="status">{move || said.get()}</p>
            </div>
        })
    }
}

/// "Sam said no on 3 November 2026; you can ask again from 1 February 2027."
async fn asked_recently(child_id: i64, child: &str, from: Option<chrono::NaiveDate>) -> String {
    let from = from.map(long_date).unwrap_or_default();
    let said_no_on = api::get::<Vec<Referral>>(&format!("/api/children/{child_id}/referrals"))
        .await
        .ok()
        .and_then(|referrals| {
            referrals
                .into_iter()
                .filter(|r| r.answer == Some(ReferralAnswer::No))
                .filter_map(|r| r.answered_on)
                .max()
        });
    match said_no_on {
        Some(on) => t!(
            "suggest-advocate-asked-recently",
            child = child,
            date = long_date(on),
            from = from
        ),
        None => t!(
            "suggest-advocate-asked-recently-undated",
            child = child,
            from = from
        ),
    }
}
