//! `/extra-review` as pages from the server (`pages::extra_review`): the
//! form, the check step (which carries what was typed), and sending,
//! through the same function as the JSON API (`asking::ask_for`: policy,
//! one request per send id, the officer told).

use super::asking::ask_for;
use super::reading::requests_for;
use crate::auth::sessions::CurrentUser;
use crate::http::error::{AppError, AppResult};
use crate::http::pages::{childs_page, random_token, see_other, sign_in_then, PageRequest};
use crate::http::routes::{route, ApiRoute};
use crate::policy::{self, Action};
use crate::AppState;
use axum::extract::{Request, State};
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Form;
use domain::requests::{Asking, NewRequest};
use pages::extra_review::{self, Asked, ACTION_FIELD, CHANGE, PATH, SEND_ID_FIELD, SENT_QUERY};
use pages::officer::officer_name;
use pages::own_words::posted;

pub fn page_routes() -> Vec<ApiRoute> {
    vec![
        route(Method::GET, PATH, show),
        route(Method::POST, PATH, to_check),
        route(Method::POST, extra_review::SEND_PATH, send),
    ]
}

async fn officer(
    state: &AppState,
    asking: &PageRequest,
    user: &CurrentUser,
    child_id: i64,
) -> AppResult<String> {
    let page = crate::my_officer::load(state, user, child_id).await?;
    Ok(officer_name(&asking.frame, &page))
}

async fn show(State(state): State<AppState>, request: Request) -> Response {
    let (asking, parts) = match childs_page(&state, request, PATH).await {
        Ok(read) => read,
        Err(answered) => return answered,
    };
    let Some((user, child_id)) = asking.child() else {
        return see_other(PATH);
    };
    let sent: Option<i64> = (parts.uri.query().unwrap_or_default().split('&')).find_map(|pair| {
        pair.strip_prefix(SENT_QUERY)?
            .strip_prefix('=')?
            .parse()
            .ok()
    });
    let page = async {
        let officer = officer(&state, &asking, user, child_id).await?;
        if let Some(id) = sent {
            let requests = requests_for(&state, user, child_id).await?;
            if let Some(request) = requests.iter().find(|r| r.request_id == id) {
                return Ok(extra_review::sent(
                    &asking.frame,
                    &officer,
                    request.answer_due,
                ));
            }
        }
        Ok::<_, AppError>(extra_review::write(
            &asking.frame,
            &officer,
            &Asked::default(),
            &[],
        ))
    };
    match page.await {
        Ok(html) => asking.html(StatusCode::OK, html),
        Err(e) => e.into_response(),
    }
}

/// The child who posted a form and their officer's name. Anyone else is
/// answered here: an adult goes home, someone whose session ended signs in
/// again and comes back.
async fn posted_by_child<'a>(
    state: &AppState,
    asking: &'a PageRequest,
) -> Result<(&'a CurrentUser, i64, String), Response> {
    let Some((user, child_id)) = asking.child() else {
        return Err(if asking.user.is_some() {
            see_other("/")
        } else {
            see_other(&sign_in_then(PATH, true))
        });
    };
    let officer =
        (officer(state, asking, user, child_id).await).map_err(IntoResponse::into_response)?;
    Ok((user, child_id, officer))
}

/// "Continue": the check step, or the form again with what to fix.
/// "Change what I wrote" on the check step comes here too.
async fn to_check(
    State(state): State<AppState>,
    asking: PageRequest,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let (_, _, officer) = match posted_by_child(&state, &asking).await {
        Ok(read) => read,
        Err(answered) => return answered,
    };
    let asked = Asked::from_form(&form);
    let frame = &asking.frame;
    if !asking.form_is_ours(posted(&form, pages::frame::FORM_TOKEN_FIELD)) {
        let problems = [pages::forms::Problem::general(
            frame.say("error-form-expired"),
        )];
        return asking.html(
            StatusCode::FORBIDDEN,
            extra_review::write(frame, &officer, &asked, &problems),
        );
    }
    if posted(&form, ACTION_FIELD) == CHANGE {
        return asking.html(
            StatusCode::OK,
            extra_review::write(frame, &officer, &asked, &[]),
        );
    }
    let problems = asked.problems(frame, &officer);
    if !problems.is_empty() {
        let html = extra_review::write(frame, &officer, &asked, &problems);
        return asking.html(StatusCode::UNPROCESSABLE_ENTITY, html);
    }
    asking.html(
        StatusCode::OK,
        extra_review::check(frame, &officer, &asked, &random_token(), &[]),
    )
}

async fn send(
    State(state): State<AppState>,
    asking: PageRequest,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let (user, child_id, officer) = match posted_by_child(&state, &asking).await {
        Ok(read) => read,
        Err(answered) => return answered,
    };
    let asked = Asked::from_form(&form);
    let frame = &asking.frame;
    let send_id = posted(&form, SEND_ID_FIELD);
    let again = |status: StatusCode, problem: String| {
        let problems = [pages::forms::Problem::general(problem)];
        asking.html(
            status,
            extra_review::check(frame, &officer, &asked, send_id, &problems),
        )
    };
    if !asking.form_is_ours(posted(&form, pages::frame::FORM_TOKEN_FIELD)) {
        return again(StatusCode::FORBIDDEN, frame.say("error-form-expired"));
    }
    let (Some(ask), true) = (asked.to_send(), asked.problems(frame, &officer).is_empty()) else {
        let problems = asked.problems(frame, &officer);
        let html = extra_review::write(frame, &officer, &asked, &problems);
        return asking.html(StatusCode::UNPROCESSABLE_ENTITY, html);
    };
    let new = NewRequest {
        send_id: send_id.to_owned(),
        asking: Asking::ExtraReview(ask),
    };
    let asked = async {
        let access = policy::authorize(&state, user, Action::AskForSomething, child_id).await?;
        ask_for(&state, user, &access, new).await
    };
    match asked.await {
        Ok((request, _)) => see_other(&format!("{PATH}?{SENT_QUERY}={}", request.request_id)),
        Err(AppError::Forbidden) => {
            again(StatusCode::FORBIDDEN, frame.say("error-send-not-allowed"))
        }
        Err(e) => e.into_response(),
    }
}
