//! `/rights`, a child's rights in care: readable by anyone, signed in or
//! not. A signed-in child gets the version for their age (from their own
//! file, through `policy`, as the officer page has it), unless the address
//! asks for another.

use crate::http::pages::PageRequest;
use crate::http::routes::{route, ApiRoute};
use crate::policy::{self, Action};
use crate::AppState;
use axum::extract::{Query, State};
use axum::http::{Method, StatusCode};
use axum::response::Response;
use domain::rights::AgeGroup;
use pages::rights::{self, Version, RIGHTS_PATH};
use serde::Deserialize;

pub fn page_routes() -> Vec<ApiRoute> {
    vec![route(Method::GET, RIGHTS_PATH, show)]
}

#[derive(Deserialize)]
struct Asked {
    version: Option<String>,
    english: Option<String>,
}

async fn show(
    State(state): State<AppState>,
    page: PageRequest,
    Query(asked): Query<Asked>,
) -> Response {
    let asked_version = asked.version.as_deref().and_then(Version::from_id_part);
    let version = match asked_version {
        Some(version) => version,
        None => Version::Age(
            childs_age(&state, &page)
                .await
                .unwrap_or(AgeGroup::From11To15),
        ),
    };
    let english = asked
        .english
        .is_some()
        .then(|| state.page_languages.find("en-GB"))
        .flatten();
    page.html(StatusCode::OK, rights::page(&page.frame, version, english))
}

/// The age group of the signed-in child, if a child is signed in: from
/// their own file alone, through `policy`.
async fn childs_age(state: &AppState, page: &PageRequest) -> Option<AgeGroup> {
    let (user, child_id) = page.child()?;
    let file = async {
        let access = policy::authorize(state, user, Action::SeeOfficerPage, child_id).await?;
        crate::children::file(state, &access).await
    };
    match file.await {
        Ok(file) => Some(AgeGroup::on(file.child.date_of_birth, state.clock.today())),
        Err(e) => {
            tracing::warn!(error = ?e, "could not read a child's age for the rights page");
            None
        }
    }
}
