//! "Priya thinks an advocate could help you. Do you want one?" on a
//! child's home. Only the child answers; a no is kept and the question goes
//! away, so nobody nags.

use domain::requests::{AnswerReferral, Referral, ReferralAnswer, Request};
use leptos::prelude::*;

use crate::api;
use crate::officer_words::first_name;
use crate::t;

/// Where the answer has got to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Answering {
    Asking,
    Sending,
    Answered(ReferralAnswer),
    Failed,
}

/// The newest suggestion still waiting for the child's answer, if any.
#[component]
pub fn AdvocateOffer(child_id: i64) -> impl IntoView {
    let referrals = LocalResource::new(move || async move {
        api::get::<Vec<Referral>>(&format!("/api/children/{child_id}/referrals")).await
    });
    move || {
        let waiting = referrals
            .get()?
            .ok()?
            .into_iter()
            .filter(|r| r.answer.is_none())
            .max_by_key(|r| r.referral_id)?;
        Some(view! { <Offer referral=waiting /> })
    }
}

#[component]
fn Offer(referral: Referral) -> impl IntoView {
    let state = RwSignal::new(Answering::Asking);
    let path = format!(
        "/api/children/{}/referrals/{}/answer",
        referral.child_id, referral.referral_id
    );
    let answer = move |answer: ReferralAnswer| {
        let path = path.clone();
        state.set(Answering::Sending);
        leptos::task::spawn_local(async move {
            // A yes answers with the advocate request it made; a no may
            // answer with nothing to read. Either way the status says.
            let result = api::post::<_, Option<Request>>(&path, &AnswerReferral { answer }).await;
            state.set(match result {
                Ok(_) | Err(api::Failure::BadResponse) => Answering::Answered(answer),
                Err(_) => Answering::Failed,
            });
        });
    };
    let answer_no = answer.clone();
    let asking = move || {
        matches!(
            state.get(),
            Answering::Asking | Answering::Sending | Answering::Failed
        )
    };
    let said = move || match state.get() {
        Answering::Answered(ReferralAnswer::Yes) => Some(t!("advocate-offer-said-yes")),
        Answering::Answered(ReferralAnswer::No) => Some(t!("advocate-offer-said-no")),
        Answering::Failed => Some(t!("advocate-offer-failed")),
        _ => None,
    };
    view! {
        <div class="offer">
            <Show when=asking>
                <h2>
                    {t!("advocate-offer-question", name = first_name(&referral.suggested_by_name))}
                </h2>
                <p>{t!("advocate-offer-what")}</p>
                <div class="button-group">
                    <button
                        type="button"
                        class="button"
                        disabled=move || state.get() == Answering::Sending
                        on:click={
                            let answer = answer.clone();
                            move |_| answer(ReferralAnswer::Yes)
                        }
                    >
                        {t!("advocate-offer-yes")}
                    </button>
                    <button
                        type="button"
                        class="button button-secondary"
                        disabled=move || state.get() == Answering::Sending
                        on:click={
                            let answer = answer_no.clone();
                            move |_| answer(ReferralAnswer::No)
                        }
                    >
                        {t!("advocate-offer-no")}
                    </button>
                </div>
            </Show>
            <p role="status">{said}</p>
        </div>
    }
}
