//! The sign-in forms as pages: `/sign-in` (a child), `/activate` (a
//! child's first time, with a code) and `/sign-in/staff`. Each posts to its
//! own address and goes through the same functions as the JSON API, with
//! the same throttling and audit. Signed in, the browser is sent on with a
//! 303; turned down, the same page comes back with the problems and what
//! was typed, never the secret.

use crate::auth::sign_in::{activate_child, sign_in_child, sign_in_staff};
use crate::http::client_address::ClientAddress;
use crate::http::pages::{see_other, PageRequest};
use crate::http::routes::{route, ApiRoute};
use crate::AppState;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Form;
use domain::api::{Activation, ChildSignIn, StaffSignIn};
use pages::forms::Problem;
use pages::sign_in::{
    self as page, local_path, Form as Which, Typed, ACTIVATE_PATH, CHILD_PATH, STAFF_PATH,
    TIMED_OUT,
};
use serde::Deserialize;

pub fn page_routes() -> Vec<ApiRoute> {
    vec![
        route(Method::GET, CHILD_PATH, show_child),
        route(Method::POST, CHILD_PATH, child),
        route(Method::GET, STAFF_PATH, show_staff),
        route(Method::POST, STAFF_PATH, staff),
        route(Method::GET, ACTIVATE_PATH, show_activate),
        route(Method::POST, ACTIVATE_PATH, activate),
    ]
}

#[derive(Deserialize)]
struct Asked {
    reason: Option<String>,
    next: Option<String>,
}

/// The form as typed so far: every field is optional, so a form with a
/// box missing still gets a page that says what is needed.
#[derive(Deserialize)]
struct Posted {
    #[serde(default)]
    form_token: String,
    #[serde(default)]
    username: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    code: String,
    #[serde(default)]
    passphrase: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

fn blank(page: &PageRequest, which: Which, asked: Asked) -> Response {
    let typed = Typed {
        next: asked.next.as_deref().and_then(local_path),
        ..Typed::default()
    };
    let timed_out = asked.reason.as_deref() == Some(TIMED_OUT);
    page.html(
        StatusCode::OK,
        page::page(&page.frame, which, &typed, &[], timed_out),
    )
}

async fn show_child(page: PageRequest, Query(asked): Query<Asked>) -> Response {
    blank(&page, Which::Child, asked)
}

async fn show_staff(page: PageRequest, Query(asked): Query<Asked>) -> Response {
    blank(&page, Which::Staff, asked)
}

async fn show_activate(page: PageRequest, Query(asked): Query<Asked>) -> Response {
    blank(&page, Which::Activate, asked)
}

/// Sends the form on to `sign_in` and answers with the page that follows.
async fn answer(
    state: &AppState,
    page: &PageRequest,
    client: ClientAddress,
    headers: &HeaderMap,
    which: Which,
    posted: Posted,
) -> Response {
    let typed = Typed {
        name: match which {
            Which::Staff => posted.email.clone(),
            Which::Child | Which::Activate => posted.username.clone(),
        },
        code: posted.code.clone(),
        next: local_path(&posted.next),
    };
    let again = |status: StatusCode, problems: Vec<Problem>| {
        page.html(
            status,
            page::page(&page.frame, which, &typed, &problems, false),
        )
    };
    if !page.form_is_ours(&posted.form_token) {
        let expired = Problem::general(page.frame.say("error-form-expired"));
        return again(StatusCode::FORBIDDEN, vec![expired]);
    }
    let started = match which {
        Which::Child => {
            let body = ChildSignIn {
                username: posted.username.trim().to_owned(),
                passphrase: posted.passphrase,
            };
            sign_in_child(state, client, headers, body).await
        }
        Which::Staff => {
            let body = StaffSignIn {
                email: posted.email.trim().to_owned(),
                password: posted.password,
            };
            sign_in_staff(state, client, headers, body).await
        }
        Which::Activate => {
            let body = Activation {
                username: posted.username.trim().to_owned(),
                code: posted.code.trim().to_owned(),
                passphrase: posted.passphrase,
            };
            activate_child(state, client, headers, body).await
        }
    };
    match started {
        Ok(started) => {
            let next = typed.next.as_deref().unwrap_or("/");
            (started.cookie(), see_other(next)).into_response()
        }
        Err(e) => {
            let (status, error) = e.into_api_error();
            again(status, page::problems_for(&page.frame, which, &error))
        }
    }
}

async fn child(
    State(state): State<AppState>,
    page: PageRequest,
    client: ClientAddress,
    headers: HeaderMap,
    Form(posted): Form<Posted>,
) -> Response {
    answer(&state, &page, client, &headers, Which::Child, posted).await
}

async fn staff(
    State(state): State<AppState>,
    page: PageRequest,
    client: ClientAddress,
    headers: HeaderMap,
    Form(posted): Form<Posted>,
) -> Response {
    answer(&state, &page, client, &headers, Which::Staff, posted).await
}

async fn activate(
    State(state): State<AppState>,
    page: PageRequest,
    client: ClientAddress,
    headers: HeaderMap,
    Form(posted): Form<Posted>,
) -> Response {
    answer(&state, &page, client, &headers, Which::Activate, posted).await
}
