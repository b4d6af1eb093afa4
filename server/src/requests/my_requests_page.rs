//! `/my-requests` as a page from the server (`pages::my_requests`): the
//! child's requests from the same function as the JSON API
//! (`reading::requests_for`, through `policy`, marking each read by the
//! child and auditing the list), and who can help from their officer page.

use super::reading::requests_for;
use crate::http::pages::{childs_page, see_other};
use crate::http::routes::{route, ApiRoute};
use crate::AppState;
use axum::extract::{Request, State};
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Response};
use pages::my_requests::{self, PATH};

pub fn page_routes() -> Vec<ApiRoute> {
    vec![route(Method::GET, PATH, show)]
}

async fn show(State(state): State<AppState>, request: Request) -> Response {
    let (asking, _) = match childs_page(&state, request, PATH).await {
        Ok(read) => read,
        Err(answered) => return answered,
    };
    let Some((user, child_id)) = asking.child() else {
        return see_other(PATH);
    };
    let loaded = async {
        let officer_page = crate::my_officer::load(&state, user, child_id).await?;
        let requests = requests_for(&state, user, child_id).await?;
        Ok::<_, crate::http::error::AppError>((officer_page, requests))
    };
    match loaded.await {
        Ok((officer_page, requests)) => asking.html(
            StatusCode::OK,
            my_requests::page(&asking.frame, &officer_page, &requests),
        ),
        Err(e) => e.into_response(),
    }
}
