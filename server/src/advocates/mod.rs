//! Getting a child an advocate: adults suggest one and only the child says
//! yes or no (`referrals`), and the advocacy service takes on the requests
//! waiting for an advocate (`allocation`). The routes and shapes are in
//! `domain::requests`; who may do what is in `policy`.

mod allocation;
pub mod referrals;

use crate::http::routes::ApiRoute;

pub fn routes() -> Vec<ApiRoute> {
    [referrals::routes(), allocation::routes()]
        .into_iter()
        .flatten()
        .collect()
}
