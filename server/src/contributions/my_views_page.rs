//! `/my-views` as pages from the server (`pages::my_views`): the child's
//! draft, kept with "Save my draft" or as they type (`enhance.js` posts the
//! same form with `X-Autosave: 1`, answered without a page); the check
//! step; sending; and adding to what was sent. Every step goes through the
//! same functions as the JSON API (`drafts::save`, `sending::send_for`,
//! `additions::add_for`), so `policy`, the audit and the one-send-per-id
//! rule are the same.

use super::additions::add_for;
use super::drafts::{drafts_for, save};
use super::reading::sent_of_kind;
use super::sending::send_for;
use crate::auth::sessions::CurrentUser;
use crate::http::error::{AppError, AppResult};
use crate::http::frontend;
use crate::http::pages::{random_token, see_other, PageRequest};
use crate::http::routes::{route, ApiRoute};
use crate::policy::{self, Action};
use crate::AppState;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Form;
use domain::api::ErrorCode;
use domain::contributions::{
    AddToContribution, ContributionBody, ContributionKind, MyViews, SaveDraft, SendContribution,
    ShareChoice, MAX_TEXT_CHARS,
};
use pages::contributions::{question, AdditionProblem};
use pages::forms::Problem;
use pages::my_views::{self, MyViewsData, SentNote, ADD_PATH, CHECK, FROM_HELPER, PATH, SEND_PATH};
use pages::officer::officer_name;
use pages::sign_in::{CHILD_PATH, NEXT_FIELD, REASON_QUERY, TIMED_OUT};
use serde::Deserialize;

const KIND: ContributionKind = ContributionKind::MyViews;
/// The header `enhance.js` sends when it saves as the child types.
const AUTOSAVE_HEADER: &str = "x-autosave";

pub fn page_routes() -> Vec<ApiRoute> {
    vec![
        super::with_text_limit(route(Method::GET, PATH, show)),
        super::with_text_limit(route(Method::POST, PATH, keep)),
        super::with_text_limit(route(Method::POST, SEND_PATH, send)),
        super::with_text_limit(route(Method::POST, ADD_PATH, add)),
    ]
}

/// Sign in, and come back here.
fn sign_in_again() -> Response {
    see_other(&format!(
        "{CHILD_PATH}?{REASON_QUERY}={TIMED_OUT}&{NEXT_FIELD}=%2Fmy-views"
    ))
}

async fn load(
    state: &AppState,
    page: &PageRequest,
    user: &CurrentUser,
    child_id: i64,
) -> AppResult<MyViewsData> {
    let officer_page = crate::my_officer::load(state, user, child_id).await?;
    let drafts: Vec<_> = drafts_for(state, user, child_id)
        .await?
        .into_iter()
        .filter(|d| d.body.kind() == KIND)
        .collect();
    let (own, shared_with, own_saved_at_ms) = my_views::own_views(drafts.iter().find(|d| d.mine));
    Ok(MyViewsData {
        child_id,
        officer: officer_name(&page.frame, &officer_page),
        review_id: officer_page
            .next_review_booked
            .as_ref()
            .map(|r| r.review_id),
        own,
        own_saved_at_ms,
        shared_with,
        helper: drafts.into_iter().find(|d| !d.mine),
        sent: sent_of_kind(state, user, child_id, KIND).await?,
    })
}

fn query_value<'a>(query: &'a str, name: &str) -> Option<&'a str> {
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
}

async fn show(State(state): State<AppState>, request: Request) -> Response {
    let (mut parts, body) = request.into_parts();
    let page = match PageRequest::from_request_parts(&mut parts, &state).await {
        Ok(page) => page,
        Err(refused) => return refused,
    };
    let Some((user, child_id)) = page.child() else {
        if page.user.is_some() {
            // Not an adult's page: the app says so in its own words.
            return frontend::fallback(State(state), Request::from_parts(parts, body)).await;
        }
        return see_other(&format!("{CHILD_PATH}?{NEXT_FIELD}=%2Fmy-views"));
    };
    let query = parts.uri.query().unwrap_or_default();
    let data = match load(&state, &page, user, child_id).await {
        Ok(data) => data,
        Err(e) => return e.into_response(),
    };
    let frame = &page.frame;
    let html = match query_value(query, "step") {
        Some("check") => {
            let from_helper = query_value(query, "from") == Some(FROM_HELPER);
            let nothing = if from_helper {
                data.helper.is_none()
            } else {
                ContributionBody::MyViews(data.own.clone()).is_empty()
            };
            if nothing {
                return see_other(PATH);
            }
            my_views::check(frame, &data, from_helper, &[])
        }
        Some("sent") => {
            let note = SentNote {
                contribution_id: query_value(query, "sent")
                    .and_then(|id| id.parse().ok())
                    .unwrap_or_default(),
                moved_to_next_review: query_value(query, "moved") == Some("yes"),
                already_sent: query_value(query, "already") == Some("yes"),
            };
            my_views::sent(frame, &data, note, &random_token())
        }
        _ => {
            let saved = query_value(query, "saved") == Some("yes");
            my_views::write(frame, &data, &data.own, &[], saved, &random_token(), None)
        }
    };
    page.html(StatusCode::OK, html)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Written {
    form_token: String,
    going_well: String,
    not_going_well: String,
    want_to_change: String,
    anything_else: String,
    action: String,
}

/// The boxes over the limit, each with its problem: nothing is kept until
/// they fit (the words come back in their boxes).
fn too_long(page: &PageRequest, views: &MyViews, officer: &str) -> Vec<Problem> {
    let frame = &page.frame;
    ContributionBody::MyViews(views.clone())
        .too_long()
        .into_iter()
        .map(|field| {
            let text = frame.words.say_with(
                "error-answer-too-long",
                &[
                    ("question", question(frame, field, officer).into()),
                    ("max", MAX_TEXT_CHARS.into()),
                ],
            );
            Problem::at(field, text)
        })
        .collect()
}

/// "Save my draft", "Check and send", and the saves `enhance.js` makes as
/// the child types. Nothing typed is lost: a problem brings the page back
/// with every word in its box.
async fn keep(
    State(state): State<AppState>,
    headers: HeaderMap,
    page: PageRequest,
    Form(form): Form<Written>,
) -> Response {
    let autosave = headers.contains_key(AUTOSAVE_HEADER);
    let Some((user, child_id)) = page.child() else {
        return if autosave {
            StatusCode::UNAUTHORIZED.into_response()
        } else if page.user.is_some() {
            see_other("/")
        } else {
            sign_in_again()
        };
    };
    let views = MyViews {
        going_well: form.going_well,
        not_going_well: form.not_going_well,
        want_to_change: form.want_to_change,
        anything_else: form.anything_else,
    };
    if autosave {
        if !page.form_is_ours(&form.form_token) {
            return StatusCode::FORBIDDEN.into_response();
        }
        return match kept(&state, user, child_id, &views).await {
            Ok(()) => StatusCode::NO_CONTENT.into_response(),
            Err(AppError::TooLong { .. }) => StatusCode::UNPROCESSABLE_ENTITY.into_response(),
            Err(e) => e.into_response(),
        };
    }
    let data = match load(&state, &page, user, child_id).await {
        Ok(data) => data,
        Err(e) => return e.into_response(),
    };
    let again = |status: StatusCode, problems: Vec<Problem>| {
        let html = my_views::write(
            &page.frame,
            &data,
            &views,
            &problems,
            false,
            &random_token(),
            None,
        );
        page.html(status, html)
    };
    if !page.form_is_ours(&form.form_token) {
        let problem = Problem::general(page.frame.say("error-form-expired"));
        return again(StatusCode::FORBIDDEN, vec![problem]);
    }
    let problems = too_long(&page, &views, &data.officer);
    if !problems.is_empty() {
        return again(StatusCode::UNPROCESSABLE_ENTITY, problems);
    }
    if let Err(e) = save(
        &state,
        user,
        child_id,
        SaveDraft {
            body: ContributionBody::MyViews(views.clone()),
            shared_with: data.shared_with,
        },
    )
    .await
    {
        return e.into_response();
    }
    if form.action != CHECK {
        return see_other(&format!("{PATH}?saved=yes"));
    }
    if ContributionBody::MyViews(views.clone()).is_empty() {
        // Kept, but there is nothing to check yet.
        let nothing = page.frame.say("error-nothing-to-send");
        return again(
            StatusCode::UNPROCESSABLE_ENTITY,
            vec![Problem::at(my_views::FIELDS[0], nothing)],
        );
    }
    see_other(&format!("{PATH}?step=check"))
}
async fn kept(
    state: &AppState,
    user: &CurrentUser,
    child_id: i64,
    views: &MyViews,
) -> AppResult<()> {
    // Keep the child's share choice as the draft has it.
    let shared_with = drafts_for(state, user, child_id)
        .await?
        .into_iter()
        .find(|d| d.mine && d.body.kind() == KIND)
        .map(|d| d.shared_with)
        .unwrap_or_default();
    let draft = SaveDraft {
        body: ContributionBody::MyViews(views.clone()),
        shared_with,
    };
    save(state, user, child_id, draft).await.map(drop)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Sending {
    form_token: String,
    send_id: String,
    from: String,
    review_id: Option<i64>,
    share_social_worker: Option<String>,
    share_carer: Option<String>,
    share_advocate: Option<String>,
}

/// Send: what the check step showed (the saved draft, or the advocate's
/// draft the child confirms), with the ticks as they are now.
async fn send(
    State(state): State<AppState>,
    page: PageRequest,
    Form(form): Form<Sending>,
) -> Response {
    let Some((user, child_id)) = page.child() else {
        return if page.user.is_some() {
            see_other("/")
        } else {
            sign_in_again()
        };
    };
    let mut data = match load(&state, &page, user, child_id).await {
        Ok(data) => data,
        Err(e) => return e.into_response(),
    };
    let from_helper = form.from == FROM_HELPER;
    let shared_with = ShareChoice {
        social_worker: form.share_social_worker.is_some(),
        carer: form.share_carer.is_some(),
        advocate: form.share_advocate.is_some(),
    };
    data.shared_with = shared_with;
    let again = |status: StatusCode, problem: String| {
        let problems = [Problem::general(problem)];
        let html = my_views::check(&page.frame, &data, from_helper, &problems);
        page.html(status, html)
    };
    if !page.form_is_ours(&form.form_token) {
        return again(StatusCode::FORBIDDEN, page.frame.say("error-form-expired"));
    }
    // A second press, or a resend after a lost answer: the first send
    // emptied the draft, so look for what it made before reading the draft.
    match sent_before(&state, user, child_id, &form.send_id).await {
        Ok(Some(id)) => return see_other(&format!("{PATH}?step=sent&sent={id}&already=yes")),
        Ok(None) => {}
        Err(e) => return e.into_response(),
    }
    let (body, confirming_draft_by) = match (&data.helper, from_helper) {
        (Some(draft), true) => (draft.body.clone(), Some(draft.author.user_id)),
        (None, true) => return see_other(PATH),
        _ => (ContributionBody::MyViews(data.own.clone()), None),
    };
    let sending = SendContribution {
        send_id: form.send_id.clone(),
        body,
        shared_with,
        review_id: form.review_id,
        confirming_draft_by,
    };
    match send_for(&state, user, child_id, sending).await {
        Ok(sent) => {
            let mut to = format!(
                "{PATH}?step=sent&sent={}",
                sent.contribution.contribution_id
            );
            if sent.moved_to_next_review {
                to.push_str("&moved=yes");
            }
            if sent.already_sent {
                to.push_str("&already=yes");
            }
            see_other(&to)
        }
        Err(AppError::NothingToSend) => again(
            StatusCode::UNPROCESSABLE_ENTITY,
            page.frame.say("error-nothing-to-send"),
        ),
        Err(AppError::TooLong { limit, .. }) => again(
            StatusCode::UNPROCESSABLE_ENTITY,
            page.frame
                .words
                .say_with("error-answers-too-long", &[("max", limit.into())]),
        ),
        Err(e @ AppError::Forbidden) => {
            tracing::warn!(error = ?e, "a child's own views were refused");
            again(
                StatusCode::FORBIDDEN,
                page.frame.say("error-send-not-allowed"),
            )
        }
        Err(e) => e.into_response(),
    }
}

async fn sent_before(
    state: &AppState,
    user: &CurrentUser,
    child_id: i64,
    send_id: &str,
) -> AppResult<Option<i64>> {
    let access = policy::authorize(state, user, Action::SendContribution, child_id).await?;
    Ok(state
        .store
        .sent_with_id(&access, user.user_id, send_id)
        .await?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Adding {
    form_token: String,
    send_id: String,
    contribution_id: i64,
    addition: String,
}

/// "I want to add something", under one of the child's sent views.
async fn add(
    State(state): State<AppState>,
    page: PageRequest,
    Form(form): Form<Adding>,
) -> Response {
    let Some((user, child_id)) = page.child() else {
        return if page.user.is_some() {
            see_other("/")
        } else {
            sign_in_again()
        };
    };
    if !page.form_is_ours(&form.form_token) {
        let data = match load(&state, &page, user, child_id).await {
            Ok(data) => data,
            Err(e) => return e.into_response(),
        };
        let problems = [Problem::general(page.frame.say("error-form-expired"))];
        let html = my_views::write(
            &page.frame,
            &data,
            &data.own,
            &problems,
            false,
            &random_token(),
            None,
        );
        return page.html(StatusCode::FORBIDDEN, html);
    }
    let problem = if form.addition.trim().is_empty() {
        Some(page.frame.say("error-add-empty"))
    } else {
        let addition = AddToContribution {
            send_id: form.send_id,
            text: form.addition.clone(),
        };
        match add_for(&state, user, child_id, form.contribution_id, addition).await {
            Ok(_) => None,
            Err(AppError::TooLong { limit, .. }) => Some(
                page.frame
                    .words
                    .say_with("error-answers-too-long", &[("max", limit.into())]),
            ),
            Err(AppError::InvalidInput(fields))
                if fields.iter().any(|f| f.code == ErrorCode::InvalidInput) =>
            {
                // The send id was used: this addition is there already.
                None
            }
            Err(e) => return e.into_response(),
        }
    };
    match problem {
        None => see_other(&format!("{PATH}#sent-{}", form.contribution_id)),
        Some(problem) => {
            let data = match load(&state, &page, user, child_id).await {
                Ok(data) => data,
                Err(e) => return e.into_response(),
            };
            let html = my_views::write(
                &page.frame,
                &data,
                &data.own,
                &[],
                false,
                &random_token(),
                Some(AdditionProblem {
                    contribution_id: form.contribution_id,
                    typed: &form.addition,
                    problem: &problem,
                }),
            );
            page.html(StatusCode::UNPROCESSABLE_ENTITY, html)
        }
    }
}
