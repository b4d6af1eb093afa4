//! Reviews as records: what the officer sees of the next review.

mod overview;

pub use overview::routes;
