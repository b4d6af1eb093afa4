//! `/`, the first page after signing in. A child's home is drawn here, on
//! the server, from the same officer page as the JSON API
//! (`my_officer::load`, through `policy`); an adult's list of children is
//! still drawn by the app, so they get its page; and someone not signed in
//! is sent to sign in.
//!
//! A child answers a suggested advocate with the form on their home
//! (`POST /advocate-offer`), which comes back to `/?answered=…`.

use crate::advocates::referrals::record_answer;
use crate::auth::sessions::CurrentUser;
use crate::http::error::AppResult;
use crate::http::pages::{childs_page, see_other, PageRequest};
use crate::http::routes::{route, ApiRoute};
use crate::policy::{self, Action};
use crate::AppState;
use axum::extract::{Request, State};
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Form;
use domain::requests::ReferralAnswer;
use pages::home::{self, Answered, Offer, ADVOCATE_OFFER_PATH, ANSWERED_QUERY};
use pages::sign_in::CHILD_PATH;
use serde::Deserialize;

pub fn page_routes() -> Vec<ApiRoute> {
    vec![
        route(Method::GET, "/", show),
        route(Method::POST, ADVOCATE_OFFER_PATH, answer_offer),
    ]
}

async fn show(State(state): State<AppState>, request: Request) -> Response {
    let (page, parts) = match childs_page(&state, request, "/").await {
        Ok(page) => page,
        // An adult's first page is still the app's; someone signed out signs in.
        Err(answered) => return answered,
    };
    let Some((user, child_id)) = page.child() else {
        return see_other(CHILD_PATH);
    };
    let answered = parts.uri.query().and_then(|query| {
        let value = query
            .split('&')
            .find_map(|pair| pair.strip_prefix(ANSWERED_QUERY)?.strip_prefix('='))?;
        Answered::from_query(value)
    });
    match childs_home(&state, &page, user, child_id, answered).await {
        Ok(html) => page.html(StatusCode::OK, html),
        Err(e) => e.into_response(),
    }
}

async fn childs_home(
    state: &AppState,
    page: &PageRequest,
    user: &CurrentUser,
    child_id: i64,
    answered: Option<Answered>,
) -> AppResult<String> {
    let officer_page = crate::my_officer::load(state, user, child_id).await?;
    let offer = if officer_page.advocate_offer_waiting {
        let access = policy::authorize(state, user, Action::ListReferrals, child_id).await?;
        (state.store.referrals(&access).await?)
            .into_iter()
            .filter(|r| r.answer.is_none())
            .max_by_key(|r| r.id)
            .map(|r| Offer {
                referral_id: r.id,
                suggested_by: r.by_name,
            })
    } else {
        None
    };
    Ok(home::page(&page.frame, &officer_page, offer, answered))
}

#[derive(Deserialize)]
struct OfferAnswer {
    #[serde(default)]
    form_token: String,
    #[serde(default)]
    referral_id: i64,
    #[serde(default)]
    answer: String,
}

/// The child's yes or no, then their home again saying what happens next.
async fn answer_offer(
    State(state): State<AppState>,
    page: PageRequest,
    Form(form): Form<OfferAnswer>,
) -> Response {
    let Some((user, child_id)) = page.child() else {
        return see_other("/");
    };
    let answer = match form.answer.as_str() {
        "yes" => ReferralAnswer::Yes,
        "no" => ReferralAnswer::No,
        _ => return see_other("/"),
    };
    let done =
        |answered: Answered| see_other(&format!("/?{ANSWERED_QUERY}={}", answered.as_query()));
    if !page.form_is_ours(&form.form_token) {
        return done(Answered::Failed);
    }
    let recorded = async {
        let access = policy::authorize(&state, user, Action::AnswerReferral, child_id).await?;
        record_answer(&state, &access, user, form.referral_id, answer).await
    };
    match recorded.await {
        Ok(()) => done(match answer {
            ReferralAnswer::Yes => Answered::Yes,
            ReferralAnswer::No => Answered::No,
        }),
        Err(e) => {
            tracing::warn!(error = ?e, "a child's answer to a suggested advocate was not kept");
            done(Answered::Failed)
        }
    }
}
