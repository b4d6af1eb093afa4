//! The API's route list. The router is built from this list and the access
//! test reads the same list, so no route can be added without a row in the
//! access table.

use crate::AppState;
use axum::handler::Handler;
use axum::http::Method;
use axum::routing::{on, MethodFilter, MethodRouter};

pub struct ApiRoute {
    pub method: Method,
    pub path: &'static str,
    pub handler: MethodRouter<AppState>,
}

pub fn route<H, T>(method: Method, path: &'static str, handler: H) -> ApiRoute
where
    H: Handler<T, AppState>,
    T: 'static,
{
    let filter = MethodFilter::try_from(method.clone()).expect("a standard HTTP method");
    ApiRoute {
        method,
        path,
        handler: on(filter, handler),
    }
}

/// Every `/api/` route, feature by feature.
pub fn all() -> Vec<ApiRoute> {
    [
        crate::settings::routes(),
        crate::auth::sign_in::routes(),
        crate::auth::sessions::routes(),
        crate::my_officer::routes(),
        crate::caseload::routes(),
        crate::children::routes(),
        crate::languages::routes(),
        crate::contributions::routes(),
        crate::reviews::routes(),
        crate::attachments::routes(),
        crate::requests::routes(),
        crate::advocates::routes(),
        crate::alerts::routes(),
        crate::what_changed::routes(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Every page route that is not `GET` of the front end: the server-rendered
/// pages and their forms.
pub fn pages() -> Vec<ApiRoute> {
    [
        crate::alerts::page_routes(),
        crate::auth::sessions::page_routes(),
        crate::auth::sign_in_pages::page_routes(),
        crate::home::page_routes(),
        crate::contributions::page_routes(),
        crate::requests::page_routes(),
        crate::whats_new_page::page_routes(),
        crate::rights::page_routes(),
        crate::languages::page_routes(),
    ]
    .into_iter()
    .flatten()
    .collect()
}
