//! A child's own words as pages from the server (`pages::own_words`):
//! "Tell Priya what you think" (`/my-views`) and "My meeting"
//! (`/my-meeting`). The draft is kept with "Save my draft" or as they type
//! (`enhance.js` posts the same form with `X-Autosave: 1`, answered without
//! a page); then the check step, sending, and adding to what was sent.
//! Every step goes through the same functions as the JSON API
//! (`drafts::save`, `sending::send_for`, `additions::add_for`), so
//! `policy`, the audit and the one-send-per-id rule are the same.

use super::additions::{add_for, may_add_to};
use super::drafts::{drafts_for, may_write, save};
use super::reading::sent_of_kind;
use super::sending::send_for;
use super::with_text_limit;
use crate::auth::sessions::CurrentUser;
use crate::http::error::{AppError, AppResult};
use crate::http::pages::{childs_page, random_token, see_other, sign_in_then, PageRequest};
use crate::http::routes::{route, ApiRoute};
use crate::policy::{self, Action};
use crate::AppState;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Form;
use domain::api::ErrorCode;
use domain::contributions::{
    AddToContribution, ContributionBody, SaveDraft, SendContribution, ShareChoice, MAX_TEXT_CHARS,
};
use pages::contributions::{question, AdditionProblem, ADDITION_OF, ADDITION_TEXT, SHARE_BOXES};
use pages::forms::Problem;
use pages::officer::officer_name;
use pages::own_words::{
    self, posted, OwnData, OwnPage, SentNote, ACTION_FIELD, CHECK, FROM_FIELD, FROM_HELPER,
    REVIEW_FIELD, SEND_ID_FIELD,
};

/// The header `enhance.js` sends when it saves as the child types.
const AUTOSAVE_HEADER: &str = "x-autosave";
const FORM_TOKEN: &str = pages::frame::FORM_TOKEN_FIELD;

/// The pages of every kind of a child's own words.
pub fn page_routes() -> Vec<ApiRoute> {
    [&pages::my_views::PAGE, &pages::my_meeting::PAGE]
        .into_iter()
        .flat_map(routes_of)
        .collect()
}

fn routes_of(page: &'static OwnPage) -> Vec<ApiRoute> {
    vec![
        route(
            Method::GET,
            page.path,
            move |State(state): State<AppState>, request: Request| show(page, state, request),
        ),
        with_text_limit(route(
            Method::POST,
            page.path,
            move |State(state): State<AppState>,
                  headers: HeaderMap,
                  asking: PageRequest,
                  Form(form): Form<Vec<(String, String)>>| {
                keep(page, state, headers, asking, form)
            },
        )),
        with_text_limit(route(
            Method::POST,
            page.send_path,
            move |State(state): State<AppState>,
                  asking: PageRequest,
                  Form(form): Form<Vec<(String, String)>>| {
                send(page, state, asking, form)
            },
        )),
        with_text_limit(route(
            Method::POST,
            page.add_path,
            move |State(state): State<AppState>,
                  asking: PageRequest,
                  Form(form): Form<Vec<(String, String)>>| {
                add(page, state, asking, form)
            },
        )),
    ]
}

/// Sign in, and come back to `page`.
fn sign_in_again(page: &OwnPage, timed_out: bool) -> Response {
    see_other(&sign_in_then(page.path, timed_out))
}

/// Not a child: someone signed out signs in and comes back; an adult,
/// who writes nothing here, goes home.
fn not_a_child(page: &OwnPage, asking: &PageRequest) -> Response {
    if asking.user.is_some() {
        see_other("/")
    } else {
        sign_in_again(page, true)
    }
}

async fn load(
    state: &AppState,
    page: &OwnPage,
    asking: &PageRequest,
    user: &CurrentUser,
    child_id: i64,
) -> AppResult<OwnData> {
    let officer_page = crate::my_officer::load(state, user, child_id).await?;
    let drafts: Vec<_> = (drafts_for(state, user, child_id).await?)
        .into_iter()
        .filter(|d| d.body.kind() == page.kind)
        .collect();
    let sent = sent_of_kind(state, user, child_id, page.kind).await?;
    let own = drafts.iter().find(|d| d.mine);
    // With no draft, wishes start from the last ones sent.
    let last = sent.first().filter(|_| page.latest_only.is_some());
    let (body, shared_with, saved_at_ms) = match (own, last) {
        (Some(d), _) => (d.body.clone(), d.shared_with, d.saved_at_ms),
        (None, Some(c)) => (c.body.clone(), c.summary.shared_with, 0),
        (None, None) => ((page.body_from)(&[]), ShareChoice::default(), 0),
    };
    Ok(OwnData {
        child_id,
        officer: officer_name(&asking.frame, &officer_page),
        review_id: (officer_page.next_review_booked.as_ref()).map(|r| r.review_id),
        own: body,
        own_saved_at_ms: saved_at_ms,
        shared_with,
        helper: drafts.into_iter().find(|d| !d.mine),
        sent,
        add_send_id: random_token(),
    })
}

fn query_value<'a>(query: &'a str, name: &str) -> Option<&'a str> {
    (query.split('&')).find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
}

async fn show(page: &'static OwnPage, state: AppState, request: Request) -> Response {
    let (asking, parts) = match childs_page(&state, request, page.path).await {
        Ok(read) => read,
        Err(answered) => return answered,
    };
    let Some((user, child_id)) = asking.child() else {
        return sign_in_again(page, false);
    };
    let query = parts.uri.query().unwrap_or_default();
    let data = match load(&state, page, &asking, user, child_id).await {
        Ok(data) => data,
        Err(e) => return e.into_response(),
    };
    let frame = &asking.frame;
    let html = match query_value(query, "step") {
        Some("check") => {
            let from_helper = query_value(query, FROM_FIELD) == Some(FROM_HELPER);
            // Only what is kept can be checked and sent.
            let nothing = if from_helper {
                data.helper.is_none()
            } else {
                data.own_saved_at_ms == 0 || data.own.is_empty()
            };
            if nothing {
                // Back to the form, in the language the address asked for.
                let lang = query.split('&').find(|pair| pair.starts_with("lang="));
                return match lang {
                    Some(lang) => see_other(&format!("{}?{lang}", page.path)),
                    None => see_other(page.path),
                };
            }
            own_words::check(frame, page, &data, from_helper, &[])
        }
        Some("sent") => {
            let note = SentNote {
                contribution_id: query_value(query, "sent")
                    .and_then(|id| id.parse().ok())
                    .unwrap_or_default(),
                moved_to_next_review: query_value(query, "moved") == Some("yes"),
                already_sent: query_value(query, "already") == Some("yes"),
            };
            own_words::sent(frame, page, &data, note)
        }
        _ => {
            let saved = query_value(query, "saved") == Some("yes");
            own_words::write(frame, page, &data, &data.own, &[], saved, None)
        }
    };
    asking.html(StatusCode::OK, html)
}

/// The boxes over the limit, each with its problem: nothing is kept until
/// they fit (the words come back in their boxes).
fn too_long(asking: &PageRequest, body: &ContributionBody, officer: &str) -> Vec<Problem> {
    let frame = &asking.frame;
    (body.too_long().into_iter())
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
    page: &'static OwnPage,
    state: AppState,
    headers: HeaderMap,
    asking: PageRequest,
    form: Vec<(String, String)>,
) -> Response {
    let autosave = headers.contains_key(AUTOSAVE_HEADER);
    let Some((user, child_id)) = asking.child() else {
        return if autosave {
            StatusCode::UNAUTHORIZED.into_response()
        } else {
            not_a_child(page, &asking)
        };
    };
    let body = (page.body_from)(&form);
    let ours = asking.form_is_ours(posted(&form, FORM_TOKEN));
    if autosave {
        if !ours {
            return StatusCode::FORBIDDEN.into_response();
        }
        return match kept(&state, user, child_id, &body).await {
            Ok(()) => StatusCode::NO_CONTENT.into_response(),
            Err(AppError::TooLong { .. }) => StatusCode::UNPROCESSABLE_ENTITY.into_response(),
            Err(e) => e.into_response(),
        };
    }
    let data = match load(&state, page, &asking, user, child_id).await {
        Ok(data) => data,
        Err(e) => return e.into_response(),
    };
    let again = |status: StatusCode, problems: Vec<Problem>| {
        let html = own_words::write(&asking.frame, page, &data, &body, &problems, false, None);
        asking.html(status, html)
    };
    if !ours {
        let problem = Problem::general(asking.frame.say("error-form-expired"));
        return again(StatusCode::FORBIDDEN, vec![problem]);
    }
    let problems = too_long(&asking, &body, &data.officer);
    if !problems.is_empty() {
        return again(StatusCode::UNPROCESSABLE_ENTITY, problems);
    }
    let draft = SaveDraft {
        body: body.clone(),
        shared_with: data.shared_with,
    };
    let saved = async {
        let access = may_write(&state, user, child_id, page.kind).await?;
        save(&state, user, &access, draft).await
    };
    if let Err(e) = saved.await {
        return e.into_response();
    }
    if posted(&form, ACTION_FIELD) != CHECK {
        return see_other(&format!("{}?saved=yes", page.path));
    }
    if body.is_empty() {
        // Kept, but there is nothing to check yet.
        let nothing = asking.frame.say("error-nothing-to-send");
        return again(
            StatusCode::UNPROCESSABLE_ENTITY,
            vec![Problem::at(page.first_field, nothing)],
        );
    }
    see_other(&format!("{}?step=check", page.path))
}

/// Saves `body` as the child's draft, keeping their share choice as the
/// draft has it. Called as the child types: it reads only their own draft's
/// choice, with no audited list of drafts.
async fn kept(
    state: &AppState,
    user: &CurrentUser,
    child_id: i64,
    body: &ContributionBody,
) -> AppResult<()> {
    let access = may_write(state, user, child_id, body.kind()).await?;
    let shared_with = (state
        .store
        .draft(&access, user.user_id, body.kind())
        .await?)
        .map(|d| d.shared)
        .unwrap_or_default();
    let draft = SaveDraft {
        body: body.clone(),
        shared_with,
    };
    save(state, user, &access, draft).await.map(drop)
}

/// Send: what the check step showed (the saved draft, or the advocate's
/// draft the child confirms), with the ticks as they are now.
async fn send(
    page: &'static OwnPage,
    state: AppState,
    asking: PageRequest,
    form: Vec<(String, String)>,
) -> Response {
    let Some((user, child_id)) = asking.child() else {
        return not_a_child(page, &asking);
    };
    let mut data = match load(&state, page, &asking, user, child_id).await {
        Ok(data) => data,
        Err(e) => return e.into_response(),
    };
    let from_helper = posted(&form, FROM_FIELD) == FROM_HELPER;
    let ticked = |n: usize| !posted(&form, SHARE_BOXES[n].0).is_empty();
    let shared_with = ShareChoice {
        social_worker: ticked(0),
        carer: ticked(1),
        advocate: ticked(2),
    };
    data.shared_with = shared_with;
    let again = |status: StatusCode, problem: String| {
        let problems = [Problem::general(problem)];
        let html = own_words::check(&asking.frame, page, &data, from_helper, &problems);
        asking.html(status, html)
    };
    if !asking.form_is_ours(posted(&form, FORM_TOKEN)) {
        return again(
            StatusCode::FORBIDDEN,
            asking.frame.say("error-form-expired"),
        );
    }
    let send_id = posted(&form, SEND_ID_FIELD).to_owned();
    // A second press, or a resend after a lost answer: the first send
    // emptied the draft, so look for what it made before reading the draft.
    let access = match policy::authorize(&state, user, Action::SendContribution, child_id).await {
        Ok(access) => access,
        Err(e) => return e.into_response(),
    };
    match state
        .store
        .sent_with_id(&access, user.user_id, &send_id)
        .await
    {
        Ok(Some(id)) => {
            return see_other(&format!("{}?step=sent&sent={id}&already=yes", page.path))
        }
        Ok(None) => {}
        Err(e) => return AppError::from(e).into_response(),
    }
    let (body, confirming_draft_by) = match (&data.helper, from_helper) {
        (Some(draft), true) => (draft.body.clone(), Some(draft.author.user_id)),
        (None, true) => return see_other(page.path),
        _ if data.own_saved_at_ms == 0 => return see_other(page.path),
        _ => (data.own.clone(), None),
    };
    let sending = SendContribution {
        send_id,
        body,
        shared_with,
        review_id: posted(&form, REVIEW_FIELD).parse().ok(),
        confirming_draft_by,
    };
    match send_for(&state, user, &access, sending).await {
        Ok(sent) => {
            let mut to = format!(
                "{}?step=sent&sent={}",
                page.path, sent.contribution.contribution_id
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
            asking.frame.say("error-nothing-to-send"),
        ),
        Err(AppError::TooLong { limit, .. }) => again(
            StatusCode::UNPROCESSABLE_ENTITY,
            (asking.frame.words).say_with("error-answers-too-long", &[("max", limit.into())]),
        ),
        Err(e) => e.into_response(),
    }
}

/// "I want to add something", under one of the child's sent ones.
async fn add(
    page: &'static OwnPage,
    state: AppState,
    asking: PageRequest,
    form: Vec<(String, String)>,
) -> Response {
    let Some((user, child_id)) = asking.child() else {
        return not_a_child(page, &asking);
    };
    let contribution_id: i64 = posted(&form, ADDITION_OF).parse().unwrap_or_default();
    let text = posted(&form, ADDITION_TEXT);
    if !asking.form_is_ours(posted(&form, FORM_TOKEN)) {
        let problems = [Problem::general(asking.frame.say("error-form-expired"))];
        let back = Back {
            page,
            state: &state,
            asking: &asking,
            user,
            child_id,
        };
        return back.write(StatusCode::FORBIDDEN, &problems, None).await;
    }
    let problem = if text.trim().is_empty() {
        Some(asking.frame.say("error-add-empty"))
    } else {
        let addition = AddToContribution {
            send_id: posted(&form, SEND_ID_FIELD).to_owned(),
            text: text.to_owned(),
        };
        let added = async {
            let (access, row) = may_add_to(&state, user, child_id, contribution_id).await?;
            add_for(&state, user, &access, row, addition).await
        };
        match added.await {
            Ok(_) => None,
            Err(AppError::TooLong { limit, .. }) => Some(
                (asking.frame.words).say_with("error-answers-too-long", &[("max", limit.into())]),
            ),
            // The send id was used: this addition is there already.
            Err(AppError::InvalidInput(fields))
                if fields.iter().any(|f| f.code == ErrorCode::InvalidInput) =>
            {
                None
            }
            Err(e) => return e.into_response(),
        }
    };
    match problem {
        None => see_other(&format!("{}#sent-{contribution_id}", page.path)),
        Some(problem) => {
            let addition = AdditionProblem {
                contribution_id,
                typed: text,
                problem: &problem,
            };
            let back = Back {
                page,
                state: &state,
                asking: &asking,
                user,
                child_id,
            };
            back.write(StatusCode::UNPROCESSABLE_ENTITY, &[], Some(addition))
                .await
        }
    }
}

/// The write step again, after a form under it came back with a problem.
struct Back<'a> {
    page: &'static OwnPage,
    state: &'a AppState,
    asking: &'a PageRequest,
    user: &'a CurrentUser,
    child_id: i64,
}

impl Back<'_> {
    async fn write(
        &self,
        status: StatusCode,
        problems: &[Problem],
        addition: Option<AdditionProblem<'_>>,
    ) -> Response {
        let data = match load(self.state, self.page, self.asking, self.user, self.child_id).await {
            Ok(data) => data,
            Err(e) => return e.into_response(),
        };
        let html = own_words::write(
            &self.asking.frame,
            self.page,
            &data,
            &data.own,
            problems,
            false,
            addition,
        );
        self.asking.html(status, html)
    }
}
