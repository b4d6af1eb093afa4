//! Reviews as records: the child's officer books the next review and
//! records it as held, which moves the clock for the one after; and what
//! the officer sees of the next review (`overview`).

mod booking;
mod overview;

use crate::http::routes::ApiRoute;

pub fn routes() -> Vec<ApiRoute> {
    booking::routes()
        .into_iter()
        .chain(overview::routes())
        .collect()
}
